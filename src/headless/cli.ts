/**
 * `depin-calc`: the DEPIN functions outside Excel (SPEC §2.4, §6).
 *
 *   depin-calc eval "=DEPIN.IO_EPOCH_EMISSION(1)"   one formula; spills print as a table (--json for JSON)
 *   depin-calc cases FILE                           a SPEC §6 case file: one JSON line per case
 *   depin-calc recalc FILE.xlsx                     recalculate a template; compare with cached values
 *   depin-calc presets | preset ID                  list presets / print one as a table
 *   depin-calc functions                            the catalog with argument names
 *   depin-calc demo                                 sample formulas and the public cases, with a pass count
 */
import * as fs from "fs";
import * as path from "path";
import { METADATA } from "./plugin";
import { type Case, type CaseOutput, type CellOut, evaluateFormula, matchesExpected, runCases } from "./evaluator";
import { recalcXlsx } from "./xlsx";

const USAGE = `depin-calc — DePIN tokenomics functions without Excel

Usage:
  depin-calc eval "<formula>" [--json]   evaluate one formula, e.g. "=DEPIN.AKT_TAKE_FEE(1000,0.2)"
  depin-calc cases FILE                  evaluate a case file (SPEC §6): one JSON line per case
  depin-calc recalc FILE.xlsx [--tolerance X]
                                         recalculate an .xlsx template; report every DEPIN cell and
                                         whether it matches the value cached in the file
  depin-calc presets                     list the presets (id, network, regime, as-of date)
  depin-calc preset ID                   print one preset as a table
  depin-calc functions                   list the functions with their arguments ([x] = optional)
  depin-calc demo                        sample formulas from every network, plus the public cases
  depin-calc --help                      this text

Exit codes: 0 success; 1 a formula evaluated to an error (eval) or a template cell differs (recalc);
2 bad usage or an unreadable file.`;

type Out = (line: string) => void;

class UsageError extends Error {}

function formatCell(v: CellOut): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** A 2-D array as an aligned text table. */
export function formatTable(rows: CellOut[][]): string {
  const text = rows.map((r) => r.map(formatCell));
  const widths: number[] = [];
  for (const r of text) r.forEach((c, j) => (widths[j] = Math.max(widths[j] ?? 0, c.length)));
  return text.map((r) => r.map((c, j) => (typeof rows[0]?.[j] === "number" ? c.padStart(widths[j]!) : c.padEnd(widths[j]!))).join("  ").trimEnd()).join("\n");
}

function cmdEval(args: string[], out: Out, err: Out): number {
  const json = args.includes("--json");
  const formula = args.filter((a) => a !== "--json")[0];
  if (!formula) throw new UsageError('eval needs a formula, e.g. depin-calc eval "=DEPIN.IO_EPOCH_EMISSION(1)"');
  const r = evaluateFormula(formula);
  if ("error" in r) {
    err(`${r.error} ${r.message}`.trim());
    if (json) out(JSON.stringify(r));
    return 1;
  }
  if (json) out(JSON.stringify(r.value));
  else out(Array.isArray(r.value) ? formatTable(r.value) : formatCell(r.value));
  return 0;
}

function readCases(file: string): Case[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`cannot read case file ${file}`);
  }
  let cases: unknown;
  try {
    cases = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(cases)) throw new UsageError(`${file} must hold a JSON array of cases`);
  cases.forEach((c: unknown, i) => {
    const ok = typeof c === "object" && c !== null && typeof (c as Case).id === "string" && typeof (c as Case).formula === "string";
    if (!ok) throw new UsageError(`case ${i} in ${file} needs an "id" and a "formula"`);
  });
  return cases as Case[];
}

/** Function names a case's formula calls that the evaluator does not know. */
function unknownFunctions(formula: string): string[] {
  const known = new Set(METADATA.map((f) => f.id));
  const called = [...formula.matchAll(/DEPIN\.([A-Z0-9_]+)\s*\(/gi)].map((m) => m[1]!.toUpperCase());
  return [...new Set(called.filter((id) => !known.has(id)))];
}

function cmdCases(args: string[], out: Out, err: Out): number {
  const file = args[0];
  if (!file) throw new UsageError("cases needs a case file");
  const cases = readCases(file);
  const results = runCases(cases);
  const pending = new Set<string>();
  for (const [i, r] of results.entries()) {
    out(JSON.stringify(r));
    unknownFunctions(cases[i]!.formula).forEach((id) => pending.add(id));
  }
  const nPending = cases.filter((c) => unknownFunctions(c.formula).length > 0).length;
  err(`${results.length - nPending} evaluated, ${nPending} pending${pending.size > 0 ? ` (function not implemented: ${[...pending].join(", ")})` : ""}`);
  return 0;
}

async function cmdRecalc(args: string[], out: Out): Promise<number> {
  const file = args[0];
  if (!file) throw new UsageError("recalc needs an .xlsx file");
  const ti = args.indexOf("--tolerance");
  const tolerance = ti >= 0 ? Number(args[ti + 1]) : 1e-9;
  if (!Number.isFinite(tolerance) || tolerance < 0) throw new UsageError("--tolerance needs a number ≥ 0");
  if (!fs.existsSync(file)) throw new UsageError(`cannot read ${file}`);
  const report = await recalcXlsx(file, tolerance);
  for (const c of report.cells) {
    const v = "error" in c.result ? `${c.result.error} ${c.result.message}` : JSON.stringify(c.result.value);
    out(`${c.status.padEnd(9)} ${c.sheet}!${c.address}  ${c.formula}  → ${v}${c.cached !== undefined ? `  (cached ${JSON.stringify(c.cached)})` : ""}`);
  }
  const bad = report.cells.filter((c) => c.status === "differs").length;
  out(`${report.cells.length} DEPIN cells recalculated: ${report.cells.length - bad} match, ${bad} differ`);
  return bad > 0 ? 1 : 0;
}

interface PresetApi {
  listPresets(): { id: string; network: string; regime: string; asOf: string; title?: string }[];
  getPreset(id: string): { id: string; title?: string; parameters: { key: string; label?: string; value: unknown; unit?: string; confidence?: string; retrieved?: string; source?: string }[] } | undefined;
}

function presets(): PresetApi {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("../presets") as PresetApi;
}

function cmdPresets(out: Out): number {
  const rows = presets().listPresets().map((p) => [p.id, p.network, p.regime, p.asOf, p.title ?? ""] as CellOut[]);
  out(formatTable([["id", "network", "regime", "as of", "title"], ...rows]));
  return 0;
}

function cmdPreset(args: string[], out: Out): number {
  const id = args[0];
  if (!id) throw new UsageError("preset needs an id; see depin-calc presets");
  const p = presets().getPreset(id);
  if (!p) throw new UsageError(`unknown preset "${id}"; ids: ${presets().listPresets().map((x) => x.id).join(", ")}`);
  out(`${p.id}${p.title ? ` — ${p.title}` : ""}`);
  const rows = p.parameters.map((q) => [q.key, formatCell(q.value as CellOut), q.unit ?? "", q.confidence ?? "", q.retrieved ?? "", q.source ?? ""] as CellOut[]);
  out(formatTable([["key", "value", "unit", "confidence", "retrieved", "source"], ...rows]));
  return 0;
}

function cmdFunctions(out: Out): number {
  for (const f of METADATA) {
    const params = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    out(`DEPIN.${f.id}(${params})${f.description ? `  — ${f.description}` : ""}`);
  }
  return 0;
}

const DEMO: [string, string][] = [
  ["io.net: IO emitted in hourly epoch 1", "=DEPIN.IO_EPOCH_EMISSION(1)"],
  ["io.net: supplier reward, USD per node-hour ($25,000 node, 100 % uptime)", "=DEPIN.IO_AVAIL_REWARD(25000,1)"],
  ["io.net: first 3 months of emission", "=DEPIN.IO_EMISSION_SCHEDULE(3)"],
  ["Clore.ai: block reward at height 76,084", "=DEPIN.CLORE_BLOCK_REWARD(76084)"],
  ["Clore.ai: host payout on a 100 CLORE on-demand rental", "=DEPIN.CLORE_HOST_PAYOUT(100)"],
  ["Bittensor: TAO per block at 10.5M issuance", "=DEPIN.TAO_BLOCK_EMISSION(10500000)"],
  ["Bittensor: one Yuma epoch (2 validators, 2 miners)", '=DEPIN.TAO_YUMA({0,0,2,0;0,0,0,3;0,0,0,0;0,0,0,0},{600;400;0;0},,{1;1;0;0},,,"incentive")'],
  ["Akash: provider fee on 1,000 (take 20 %, discount 90 %)", "=DEPIN.AKT_PROVIDER_FEE(1000,0.2,0.9)"],
  ["Akash: supply after 1 year", "=DEPIN.AKT_SUPPLY(1)"],
  ["Cross-network: what a provider keeps of $1,000", '=DEPIN.DEPIN_PROVIDER_NET("akash",1000)'],
  ["Version", "=DEPIN.DEPIN_VERSION()"],
];

function cmdDemo(out: Out): number {
  out("DePIN tokenomics functions, evaluated headlessly (HyperFormula + the add-in's engine)\n");
  for (const [label, formula] of DEMO) {
    const r = evaluateFormula(formula);
    out(`${label}\n  ${formula}`);
    if ("error" in r) out(`  → ${r.error} ${r.message}`);
    else if (Array.isArray(r.value)) out(formatTable(r.value).replace(/^/gm, "    "));
    else out(`  → ${formatCell(r.value)}`);
    out("");
  }
  const file = path.resolve(__dirname, "../../../shared/reference/cases.public.json");
  if (fs.existsSync(file)) {
    const cases = readCases(file);
    const results = runCases(cases);
    const failed = results.filter((r, i) => !matchesExpected(r, cases[i]!.expected, cases[i]!.tolerance ?? 0));
    out(`Reference cases (${path.relative(process.cwd(), file)}): ${results.length - failed.length} passed, ${failed.length} failed`);
    for (const f of failed.slice(0, 10)) out(`  failed: ${f.id} → ${JSON.stringify("error" in f ? f : f.value)}`);
  } else {
    out("(../shared/reference/cases.public.json not found: reference cases skipped)");
  }
  out('\nTry: npx depin-calc eval "=DEPIN.IO_EMITTED(8760)"   ·   npx depin-calc functions   ·   npx depin-calc --help');
  return 0;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], out: Out = (s) => console.log(s), err: Out = (s) => console.error(s)): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case "eval":
        return cmdEval(rest, out, err);
      case "cases":
        return cmdCases(rest, out, err);
      case "recalc":
        return await cmdRecalc(rest, out);
      case "presets":
        return cmdPresets(out);
      case "preset":
        return cmdPreset(rest, out);
      case "functions":
        return cmdFunctions(out);
      case "demo":
        return cmdDemo(out);
      case undefined:
      case "-h":
      case "--help":
      case "help":
        out(USAGE);
        return cmd === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`depin-calc: ${e.message}\nRun depin-calc --help for usage.`);
      return 2;
    }
    throw e;
  }
}

export type { CaseOutput };
