/**
 * `depin-calc`: the DEPIN functions outside Excel.
 *
 *   depin-calc eval "=DEPIN.IO_EPOCH_EMISSION(1)"   one formula; spills print as a table (--json for JSON)
 *   depin-calc cases FILE                           a case file: one JSON line per case
 *   depin-calc recalc FILE.xlsx [-o OUT] [--check]  recalculate a workbook; errors by address; compare / write cached values
 *   depin-calc freeze FILE.xlsx -o OUT.xlsx         a copy with every DEPIN formula replaced by its value
 *   depin-calc presets | preset ID                  list presets / print one as a table
 *   depin-calc functions                            the catalog with argument names
 *   depin-calc demo                                 sample formulas and the reference cases, with a pass count
 *
 * bin/depin-calc.js runs the compiled form of this file (lib/cli/depin-calc.js, see bin/build.js).
 */
import * as fs from "fs";
import * as path from "path";
import { type Case, type CaseOutput, type CellOut, evaluateFormula, matchesExpected, runCases } from "./evaluator";
import { closestIds } from "./formula-text";
import { METADATA } from "./plugin";

/** How to run the CLI without any download (never a bare `npx depin-calc`, which may fetch a package of that name). */
const RUN = "npm run -s depin-calc --";

const EXIT_CODES = `Exit codes:
  0  success
  1  eval: the formula evaluated to an error;  recalc/freeze: a cell is an error, or (recalc) moved from its cached value
  2  bad usage, or a file that cannot be read (missing, not JSON, not an .xlsx workbook, over the size cap)
  3  internal error (a bug: please report it with the command line)`;

const USAGE = `depin-calc — DePIN tokenomics functions without Excel

Usage: depin-calc <command> [options]      (from this project: ${RUN} <command> [options])

Commands:
  eval "<formula>" [--json]        evaluate one formula, e.g. "=DEPIN.AKT_TAKE_FEE(1000,0.2)"
  cases FILE                       evaluate a case file: one JSON line per case
  recalc FILE.xlsx [-o OUT.xlsx] [--check] [--tolerance X]
                                   recalculate every formula of a workbook; report error cells by address;
                                   compare with the values cached in the file, or write them (-o)
  freeze FILE.xlsx -o OUT.xlsx     a copy for people without the add-in: DEPIN formulas replaced by values
  presets                          list the parameter presets (id, network, regime, as-of date)
  preset ID                        print one preset as a table, with each value's source
  functions                        list the functions with their arguments ([x] = optional)
  demo                             sample formulas from every network, plus the reference cases
  --version                        print the version

Run depin-calc <command> --help for the details of one command.

${EXIT_CODES}`;

const HELP: Record<string, string> = {
  eval: `Usage: depin-calc eval "<formula>" [--json]

Evaluates one formula as Excel (en-US) writes it and prints the result: a number, text, TRUE/FALSE, or
a table when the function spills. The leading "=" is optional. Quote the formula for the shell.

  --json   print the result as JSON (a spilled table as an array of rows)

Formulas use ',' between arguments and ';' only between the rows of an array constant:
  depin-calc eval "=DEPIN.AKT_PROVIDER_FEE(1000,0.2,0,0.05,TRUE)"
  depin-calc eval "=DEPIN.TAO_YUMA({0,0,2,0;0,0,0,3;0,0,0,0;0,0,0,0},{600;400;0;0},,{1;1;0;0},,,\\"incentive\\")"

An error result (e.g. #VALUE! with the reason) is printed on stderr and the exit code is 1.

${EXIT_CODES}`,
  cases: `Usage: depin-calc cases FILE

FILE is a JSON array (UTF-8, a byte-order mark is accepted) of cases:
  {"id": "AKT-01", "formula": "=DEPIN.AKT_TAKE_FEE(1000,0.2)", "names": {"Rate": [[0.2]]}, "expected": 200, "tolerance": 0}
"names" (optional) binds defined names to 2-D arrays of cells, each written to its own block of a sheet.
Every case is evaluated in a fresh workbook and printed as one JSON line, in order:
  {"id": …, "value": …}   or   {"id": …, "error": "#VALUE!", "message": …}
A summary goes to stderr: how many were evaluated and which called functions do not exist.
"expected" and "tolerance" are not read here: the output is for a checker (npm run demo counts passes).
The reference set is test/data/cases.public.json.

${EXIT_CODES}`,
  recalc: `Usage: depin-calc recalc FILE.xlsx [-o OUT.xlsx] [--check] [--tolerance X] [--max-uncompressed-mb N]

Reads an .xlsx workbook and evaluates every formula — DEPIN functions and the ordinary functions around them,
spills included — as Excel would: Excel's grid (1,048,576 rows × 16,384 columns), defined names (also names
such as 收益 or \\amount, sheet-scoped names), Excel's stored forms (_xldudf_DEPIN_X for custom functions,
_xlfn. prefixes, 1E-12), date cells as date serials, error cells carrying their error.

Prints every cell that evaluates to an error, by address, with the reason; then:
  (plain)     every cell whose value moved from the value cached in the file (numbers beyond the tolerance),
              with both values; cells without a cached value are counted as not compared
  --check     the same, and a cell without a cached value fails too (for CI: the file must hold current values)
  -o OUT.xlsx writes a copy with the computed values cached (a file opened without recalculation shows them);
              moved cells are then counted, not failed (unless --check). The input is never overwritten.
              The copy is written by exceljs; native charts are carried over to the same sheets (their
              cached values updated); pivot tables and other parts it cannot write are dropped, and a
              warning lists them.
Then a summary: the DEPIN cells (match / differ / errors) and every formula.

  --tolerance X              relative tolerance for numbers: |computed − cached| ≤ X × max(1, |cached|)
                             (default 1e-9)
  --max-uncompressed-mb N    refuse a package that inflates to more than N MiB (default 256): a small
                             hostile file can inflate to gigabytes

Exit 1 when a cell is an error or (as above) moved or uncached; a workbook that cannot be read is exit 2.

${EXIT_CODES}`,
  freeze: `Usage: depin-calc freeze FILE.xlsx -o OUT.xlsx [--max-uncompressed-mb N]

Writes a copy for people without the add-in: every formula that calls a DEPIN function is replaced by its
value (spills included); ordinary formulas stay live and read the frozen values. Each sheet with frozen cells
gets a visible note to the right of its used range: which cells were frozen, the engine version, and the
preset ids and as-of dates the sheet documents. Error cells are listed by address (and frozen as errors).
The input is never overwritten; native charts are carried over to the same sheets (caches updated); parts
exceljs cannot write (pivot tables, charts with embedded parts) are dropped, with a warning.

Exit 1 when a cell evaluates to an error; a workbook that cannot be read is exit 2.

${EXIT_CODES}`,
  presets: `Usage: depin-calc presets

Lists the parameter presets the task pane loads into a workbook: id, network, regime, as-of date, title.

${EXIT_CODES}`,
  preset: `Usage: depin-calc preset ID

Prints one preset as a table: each parameter with its value, unit, confidence, retrieval date and source.
The ids are listed by depin-calc presets.

${EXIT_CODES}`,
  functions: `Usage: depin-calc functions

Lists every DEPIN function with its arguments ([x] = optional) and a one-line description.
docs/functions.md has the full reference (formula, defaults with sources, worked example).

${EXIT_CODES}`,
  demo: `Usage: depin-calc demo

Evaluates sample formulas from every network and prints them rounded for reading (eval prints full
precision), then evaluates the reference cases in test/data/cases.public.json and counts passes.
This is what npm run demo runs.

${EXIT_CODES}`,
};

type Out = (line: string) => void;

class UsageError extends Error {}
/** A file that cannot be read: one line, no usage hint. */
class InputError extends UsageError {}

function formatCell(v: CellOut): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** A 2-D array as an aligned text table (numbers right-aligned); `fmt` formats a cell for display. */
export function formatTable(rows: CellOut[][], fmt: (v: CellOut, col: number) => string = (v) => formatCell(v)): string {
  const text = rows.map((r) => r.map((v, j) => fmt(v, j)));
  const widths: number[] = [];
  for (const r of text) r.forEach((c, j) => (widths[j] = Math.max(widths[j] ?? 0, c.length)));
  return text
    .map((r, i) => r.map((c, j) => (typeof rows[i]?.[j] === "number" ? c.padStart(widths[j]!) : c.padEnd(widths[j]!))).join("  ").trimEnd())
    .join("\n");
}

/** Splits options (`--name [value]`) from positional arguments; unknown options are a usage error. */
function parseArgs(args: string[], known: Record<string, "flag" | "value">): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith("--") && a.length > 2) {
      const kind = known[a];
      if (!kind) throw new UsageError(`unknown option ${a}`);
      if (kind === "value") {
        const v = args[++i];
        if (v === undefined) throw new UsageError(`${a} needs a value`);
        options[a] = v;
      } else options[a] = true;
    } else positional.push(a);
  }
  return { positional, options };
}

function cmdEval(args: string[], out: Out, err: Out): number {
  const { positional, options } = parseArgs(args, { "--json": "flag" });
  const json = options["--json"] === true;
  if (positional.length === 0) throw new UsageError('eval needs a formula, e.g. depin-calc eval "=DEPIN.IO_EPOCH_EMISSION(1)"');
  if (positional.length > 1) throw new UsageError(`eval takes one formula (got ${positional.length} arguments): quote the formula for the shell`);
  const r = evaluateFormula(positional[0]!);
  if ("error" in r) {
    err(`${r.error} ${r.message}`.trim());
    if (json) out(JSON.stringify(r));
    return 1;
  }
  if (json) out(JSON.stringify(r.value));
  else out(Array.isArray(r.value) ? formatTable(r.value) : formatCell(r.value));
  return 0;
}

/** Reads a case file: a JSON array of cases (UTF-8, with or without a byte-order mark). */
export function readCases(file: string): Case[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new InputError(`cannot read case file ${file}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte-order mark, as Windows editors write
  let cases: unknown;
  try {
    cases = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(cases)) throw new InputError(`${file} must hold a JSON array of cases`);
  cases.forEach((c: unknown, i) => {
    const ok = typeof c === "object" && c !== null && typeof (c as Case).id === "string" && typeof (c as Case).formula === "string";
    if (!ok) throw new InputError(`case ${i + 1} in ${file} needs an "id" and a "formula" (both text)`);
  });
  return cases as Case[];
}

/** Function names a case's formula calls that the evaluator does not know. */
function unknownFunctions(formula: string, known: ReadonlySet<string>): string[] {
  const called = [...formula.matchAll(/DEPIN\.([A-Z0-9_]+)\s*\(/gi)].map((m) => m[1]!.toUpperCase());
  return [...new Set(called.filter((id) => !known.has(id)))];
}

function cmdCases(args: string[], out: Out, err: Out): number {
  const { positional } = parseArgs(args, {});
  const file = positional[0];
  if (!file) throw new UsageError("cases needs a case file");
  const cases = readCases(file);
  const results = runCases(cases);
  const known = new Set(METADATA.map((f) => f.id));
  const missing = new Set<string>();
  let nPending = 0;
  for (const [i, r] of results.entries()) {
    out(JSON.stringify(r));
    const unknown = unknownFunctions(cases[i]!.formula, known);
    unknown.forEach((id) => missing.add(id));
    if (unknown.length > 0) nPending++;
  }
  err(`${results.length - nPending} evaluated, ${nPending} pending${missing.size > 0 ? ` (function not implemented: ${[...missing].join(", ")})` : ""}`);
  return 0;
}

/** `-o FILE` / `--output FILE` taken out of the arguments (parseArgs knows only `--` options). */
function takeOutput(args: string[]): { rest: string[]; output?: string } {
  const i = args.findIndex((a) => a === "-o" || a === "--output");
  if (i < 0) return { rest: args };
  const output = args[i + 1];
  if (output === undefined || output.startsWith("-")) throw new UsageError(`${args[i]} needs an output file name`);
  return { rest: [...args.slice(0, i), ...args.slice(i + 2)], output };
}

/** recalc and freeze: arguments, then src/headless/workbook-commands.ts (exceljs loads only for these commands). */
async function cmdWorkbook(cmd: "recalc" | "freeze", args: string[], out: Out): Promise<number> {
  const { rest, output } = takeOutput(args);
  const { positional, options } = parseArgs(rest, cmd === "recalc" ? { "--tolerance": "value", "--check": "flag", "--max-uncompressed-mb": "value" } : { "--max-uncompressed-mb": "value" });
  const file = positional[0];
  if (!file) throw new UsageError(`${cmd} needs an .xlsx file`);
  if (positional.length > 1) throw new UsageError(`${cmd} takes one input file (got ${positional.join(", ")}); the output goes after -o`);
  if (cmd === "freeze" && !output) throw new UsageError("freeze needs -o OUT.xlsx (the input is never overwritten)");
  const tolerance = options["--tolerance"] === undefined ? 1e-9 : Number(options["--tolerance"]);
  if (!Number.isFinite(tolerance) || tolerance < 0) throw new UsageError("--tolerance needs a number ≥ 0");
  const mb = options["--max-uncompressed-mb"] === undefined ? undefined : Number(options["--max-uncompressed-mb"]);
  if (mb !== undefined && !(Number.isFinite(mb) && mb > 0)) throw new UsageError("--max-uncompressed-mb needs a number > 0");
  if (output && path.resolve(output) === path.resolve(file)) throw new UsageError("-o must name a new file, not the input (the input is never overwritten)");
  if (!fs.existsSync(file)) throw new InputError(`cannot read ${file}: no such file`);
  const commands = await import("./workbook-commands");
  const a = { file, output, check: options["--check"] === true, tolerance, maxUncompressedMb: mb };
  try {
    return cmd === "recalc" ? await commands.recalcCommand(a, out) : await commands.freezeCommand(a, out);
  } catch (e) {
    if (e instanceof commands.PackageError) throw new InputError(`${file} is not a readable .xlsx workbook: ${e.message}`);
    throw e;
  }
}

interface PresetApi {
  listPresets(): { id: string; network: string; regime: string; asOf: string; title?: string }[];
  getPreset(id: string): { id: string; title?: string; parameters: { key: string; label?: string; value: unknown; unit?: string; confidence?: string; retrieved?: string; source?: string }[] } | undefined;
}

function presets(): PresetApi {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("../presets") as PresetApi;
}

function cmdPresets(args: string[], out: Out): number {
  parseArgs(args, {});
  const rows = presets().listPresets().map((p) => [p.id, p.network, p.regime, p.asOf, p.title ?? ""] as CellOut[]);
  out(formatTable([["id", "network", "regime", "as of", "title"], ...rows]));
  return 0;
}

function cmdPreset(args: string[], out: Out): number {
  const id = parseArgs(args, {}).positional[0];
  if (!id) throw new UsageError("preset needs an id; see depin-calc presets");
  const p = presets().getPreset(id);
  if (!p) {
    const ids = presets().listPresets().map((x) => x.id);
    const close = closestIds(id, ids.map((x) => x.toUpperCase())).map((x) => x.toLowerCase());
    throw new UsageError(`unknown preset "${id}"${close.length ? `; did you mean ${close.join(", ")}?` : ""} Ids: ${ids.join(", ")}`);
  }
  out(`${p.id}${p.title ? ` — ${p.title}` : ""}`);
  const rows = p.parameters.map((q) => [q.key, formatCell(q.value as CellOut), q.unit ?? "", q.confidence ?? "", q.retrieved ?? "", q.source ?? ""] as CellOut[]);
  out(formatTable([["key", "value", "unit", "confidence", "retrieved", "source"], ...rows]));
  return 0;
}

function cmdFunctions(args: string[], out: Out): number {
  parseArgs(args, {});
  for (const f of METADATA) {
    const params = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    out(`DEPIN.${f.id}(${params})${f.description ? `  — ${f.description}` : ""}`);
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------- demo

/** How the demo shows a number: a unit and the decimals an analyst reads (eval prints full precision). */
type Display = { unit: string; digits: number } | "percent" | "percent2" | "int";

function formatNumber(x: number, d: Display): string {
  const fixed = (v: number, digits: number) => v.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (d === "int") return fixed(x, 0);
  if (d === "percent") return `${fixed(x * 100, 4)} %`;
  if (d === "percent2") return `${fixed(x * 100, 2)} %`;
  const unit = d.unit === "USD" ? "" : ` ${d.unit}`;
  return `${d.unit === "USD" ? "$" : ""}${fixed(x, d.digits)}${unit}`;
}

interface DemoItem {
  title: string;
  formula: string;
  /** The display of a scalar result, or of each column of a spilled table. */
  display: Display | Display[];
  /** Lines that explain the arguments (printed before the result). */
  notes?: string[];
  /** A label for each row of a spilled column (printed as its first column). */
  rowLabel?: (i: number) => string;
  /** Lines that explain the result (printed after it). */
  after?: string[];
}

const DEMO: DemoItem[] = [
  { title: "io.net: IO emitted in hourly epoch 1", formula: "=DEPIN.IO_EPOCH_EMISSION(1)", display: { unit: "IO", digits: 2 } },
  {
    title: "io.net: supplier availability reward for a $25,000 node at 100 % uptime",
    formula: "=DEPIN.IO_AVAIL_REWARD(25000,1)",
    display: { unit: "USD", digits: 4 },
    notes: ["result in USD per node-hour"],
  },
  {
    title: "io.net: emission in the first 3 monthly periods",
    formula: "=DEPIN.IO_EMISSION_SCHEDULE(3)",
    display: ["int", { unit: "IO", digits: 0 }, { unit: "IO", digits: 0 }, { unit: "IO", digits: 0 }, "percent"],
  },
  { title: "Clore.ai: block reward at height 76,084", formula: "=DEPIN.CLORE_BLOCK_REWARD(76084)", display: { unit: "CLORE", digits: 8 } },
  { title: "Clore.ai: what a host receives of a 100 CLORE on-demand rental", formula: "=DEPIN.CLORE_HOST_PAYOUT(100)", display: { unit: "CLORE", digits: 2 } },
  { title: "Bittensor: TAO emitted per block at a total issuance of 10.5 M TAO", formula: "=DEPIN.TAO_BLOCK_EMISSION(10500000)", display: { unit: "TAO", digits: 9 } },
  {
    title: "Bittensor: one Yuma Consensus epoch of a 4-uid subnet (2 validators, 2 miners)",
    formula: '=DEPIN.TAO_YUMA({0,0,2,0;0,0,0,3;0,0,0,0;0,0,0,0},{600;400;0;0},,{1;1;0;0},,,"incentive")',
    display: "percent2",
    rowLabel: (i) => `uid ${i}`,
    notes: [
      "weights          {0,0,2,0;0,0,0,3;…}  row i = the weights uid i sets: validator 0 weights uid 2, validator 1 weights uid 3",
      "stake            {600;400;0;0}        stake of each uid: the two validators hold 600 and 400 (60 % and 40 %)",
      "bonds_prev       (blank)              no bonds from a previous epoch",
      "validator_permit {1;1;0;0}            uids 0 and 1 hold validator permits",
      "active, settings (blank)              every uid active; chain defaults (kappa = 32767/65535, about 0.5)",
      'output           "incentive"          spill each uid\'s share of the miner incentive, one row per uid',
    ],
    after: [
      "uid 2 gets all of the incentive. Consensus keeps a weight only when validators holding more than kappa of the",
      "stake back it: 60 % of the stake backs uid 2, only 40 % backs uid 3, so uid 3's weight is clipped to 0.",
    ],
  },
  {
    title: "Akash: what a provider keeps of a 1,000 AKT lease payment (take rate 20 %, discount 90 %)",
    formula: "=DEPIN.AKT_PROVIDER_FEE(1000,0.2,0.9)",
    display: { unit: "AKT", digits: 2 },
    notes: ["take fee = 1,000 × 0.2 × (1 − 0.9) = 20; the result is in the payment's token"],
  },
  { title: "Akash: AKT supply after 1 year on the AKT 2.0 curve", formula: "=DEPIN.AKT_SUPPLY(1)", display: { unit: "AKT", digits: 0 } },
  { title: "Cross-network: what an Akash provider keeps of $1,000 gross", formula: '=DEPIN.DEPIN_PROVIDER_NET("akash",1000)', display: { unit: "USD", digits: 2 } },
  { title: "Engine and parameter version", formula: "=DEPIN.DEPIN_VERSION()", display: "int" },
];

function demoValue(v: CellOut, d: Display | undefined): string {
  return typeof v === "number" && d !== undefined ? formatNumber(v, d) : formatCell(v);
}

/** The in-repository reference cases (a copy of the project's reference set; see test/data/README.md). */
export const REFERENCE_CASES = path.resolve(__dirname, "../../test/data/cases.public.json");

function cmdDemo(args: string[], out: Out): number {
  parseArgs(args, {});
  out("DePIN tokenomics functions, evaluated without Excel (HyperFormula + the add-in's engine).");
  out(`Figures are rounded for reading; ${RUN} eval "<formula>" prints full precision.\n`);
  for (const item of DEMO) {
    const r = evaluateFormula(item.formula);
    out(item.title);
    out(`  ${item.formula}`);
    for (const n of item.notes ?? []) out(`    ${n}`);
    if ("error" in r) out(`  → ${r.error} ${r.message}`);
    else if (Array.isArray(r.value)) {
      const cols = Array.isArray(item.display) ? item.display : [item.display];
      const label = item.rowLabel;
      const rows = label ? r.value.map((row, i) => [label(i), ...row]) : r.value;
      const fmt = (v: CellOut, j: number) => (label && j === 0 ? formatCell(v) : demoValue(v, cols[label ? j - 1 : j] ?? cols[cols.length - 1]));
      out(formatTable(rows, fmt).replace(/^/gm, "    "));
    } else out(`  → ${demoValue(r.value, Array.isArray(item.display) ? item.display[0] : item.display)}`);
    for (const n of item.after ?? []) out(`  ${n}`);
    out("");
  }
  out(referenceSummary().join("\n"));
  out(`\nTry:  ${RUN} eval "=DEPIN.IO_EMITTED(8760)"   ·   ${RUN} functions   ·   ${RUN} --help`);
  return 0;
}

/** Evaluates the reference cases: passed, failed (by id), pending (function not implemented yet). */
function referenceSummary(): string[] {
  const file = REFERENCE_CASES;
  if (!fs.existsSync(file)) return [`Reference cases: ${path.relative(process.cwd(), file)} is missing (it is part of the repository).`];
  const cases = readCases(file);
  const known = new Set(METADATA.map((f) => f.id));
  const results = runCases(cases);
  const pending = new Set<string>();
  const failed: string[] = [];
  let passed = 0;
  let nPending = 0;
  results.forEach((r, i) => {
    const c = cases[i]!;
    const unknown = unknownFunctions(c.formula, known);
    if (unknown.length > 0) {
      nPending++;
      unknown.forEach((id) => pending.add(id));
    } else if (matchesExpected(r, c.expected, c.tolerance ?? 0)) passed++;
    else failed.push(c.id);
  });
  const lines = [
    `Reference cases (${path.relative(process.cwd(), file) || file}): ${cases.length} cases, ${passed} passed, ${failed.length} failed` +
      (nPending > 0 ? `, ${nPending} pending (function not implemented yet: ${[...pending].join(", ")})` : ""),
  ];
  if (failed.length > 0) lines.push(`  failed: ${failed.slice(0, 20).join(", ")}${failed.length > 20 ? ` and ${failed.length - 20} more` : ""}`);
  return lines;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], out: Out = (s) => console.log(s), err: Out = (s) => console.error(s)): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd !== undefined && HELP[cmd] && (rest.includes("--help") || rest.includes("-h"))) {
      out(HELP[cmd]!);
      return 0;
    }
    switch (cmd) {
      case "eval":
        return cmdEval(rest, out, err);
      case "cases":
        return cmdCases(rest, out, err);
      case "recalc":
      case "freeze":
        return await cmdWorkbook(cmd, rest, out);
      case "presets":
        return cmdPresets(rest, out);
      case "preset":
        return cmdPreset(rest, out);
      case "functions":
        return cmdFunctions(rest, out);
      case "demo":
        return cmdDemo(rest, out);
      case "--version":
      case "-V":
      case "version":
        out(`depin-calc ${(require("../../package.json") as { version: string }).version}`);
        return 0;
      case "help":
        if (rest[0] && HELP[rest[0]]) {
          out(HELP[rest[0]]!);
          return 0;
        }
        out(USAGE);
        return 0;
      case undefined:
        err(USAGE);
        return 2;
      case "-h":
      case "--help":
        out(USAGE);
        return 0;
      default: {
        const close = closestIds(cmd, Object.keys(HELP).map((c) => c.toUpperCase())).map((c) => c.toLowerCase());
        throw new UsageError(`unknown command "${cmd}"${close.length ? `; did you mean ${close.join(", ")}?` : ""}`);
      }
    }
  } catch (e) {
    if (e instanceof InputError) {
      err(`depin-calc: ${e.message}`);
      return 2;
    }
    if (e instanceof UsageError) {
      err(`depin-calc: ${e.message}\nRun depin-calc ${cmd && HELP[cmd] ? `${cmd} ` : ""}--help for usage.`);
      return 2;
    }
    throw e;
  }
}

export type { CaseOutput };
