/**
 * `npm run bench`: runs every benchmark module and prints an aligned table plus one JSON line.
 *
 * Each module runs in a child process of its own (this file with `--module <name>`), so one family's figures
 * are not shaped by what an earlier module left behind: TAO_YUMA's 4096² run leaves a 366 MB heap that makes
 * every later young-generation collection slower, and code that all 81 functions share (the runner, the
 * double-double core) is compiled for the mix of functions seen before. The `table` module still measures
 * every declared function in one process, one after the other, which is the shared state a workbook full of
 * DEPIN formulas creates. A module that does not exist yet is reported as "not built yet"; a module that
 * fails is reported with its error. Exits 0 either way: the figures are measurements against SPEC §7, not
 * pass/fail gates.
 *
 * `npm run bench` runs this file compiled by tsc (lib/compiled/), the transpiler ts-loader uses for the
 * add-in bundle. Under tsx the same kernels measure slower (TAO_YUMA 4096² about 20 %, scalar functions up
 * to 2×): tsx's esbuild transform wraps each module in a closure and keeps function names, which changes
 * what V8 can specialise.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import type * as DdModule from "../src/engine/core/dd";
import type { BenchRow } from "./types";

interface Section {
  module: string;
  status: "ok" | "not built yet" | "failed";
  rows: BenchRow[];
  error?: string;
  /** The double-double fast path's decisions in the module's process (core/dd.ts stats). */
  dd?: { fast: number; fallback: number };
}

/** Module file (without extension) → the function it exports. */
const MODULES: [string, string][] = [
  ["akt", "benchAkt"],
  ["io", "benchIo"],
  ["clore", "benchClore"],
  ["tao", "benchTao"],
  ["table", "benchTable"],
  ["headless", "benchHeadless"],
  ["recalc", "benchRecalc"],
  ["cli", "benchCli"],
  ["bundle", "benchBundle"],
];

function load(file: string): Record<string, unknown> | null {
  const full = path.join(__dirname, file);
  let resolved: string;
  try {
    resolved = require.resolve(full);
  } catch {
    return null;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(resolved) as Record<string, unknown>;
}

/**
 * The core/dd.ts fast path's decisions while a module ran: how many results the rounding test gave and how many
 * fell back to decimal.js (issue 14). Undefined when the module made none.
 */
function fallbackRow({ fast, fallback }: { fast: number; fallback: number }): BenchRow | undefined {
  const n = fast + fallback;
  if (n === 0) return undefined;
  return {
    name: `dd fast path: fallback rate (${fallback.toLocaleString("en-US")} of ${n.toLocaleString("en-US")} decisions)`,
    value: (100 * fallback) / n,
    unit: "% to decimal.js",
  };
}

/**
 * The core/dd.ts decision counters, read after the module ran. Loaded only then, so that the child process
 * loads the engine the way the product does (the module under test decides the order): importing core/dd
 * here at the top — that is, the engine before HyperFormula — made the headless DEPIN/native ratio read
 * 2–3 % higher than the same bench run on its own, in the order the depin-calc CLI loads (HyperFormula
 * first), with no change to the work measured (five alternating runs each: 1.00–1.05 against 0.96–1.00).
 */
function ddStats(): { fast: number; fallback: number } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../src/engine/core/dd") as typeof DdModule).stats;
}

/** Runs one module in this process (the child's side: a fresh process per module, so the counters start at 0). */
async function runModule(file: string, exportName: string): Promise<Section> {
  try {
    const mod = load(file);
    if (mod === null) return { module: file, status: "not built yet", rows: [] };
    const fn = mod[exportName] ?? Object.values(mod).find((v) => typeof v === "function");
    if (typeof fn !== "function") return { module: file, status: "failed", rows: [], error: `no export ${exportName}` };
    const rows = (await (fn as () => BenchRow[] | Promise<BenchRow[]>)()) ?? [];
    const { fast, fallback } = ddStats();
    const dd = { fast, fallback };
    const fb = fallbackRow(dd);
    return { module: file, status: "ok", rows: fb ? [...rows, fb] : rows, dd };
  } catch (e) {
    return { module: file, status: "failed", rows: [], error: e instanceof Error ? e.message : String(e) };
  }
}

const RESULT_MARK = "BENCH-MODULE-RESULT ";

/** Runs one module in a child process and reads its section back (the parent's side). */
function runChild(file: string): Section {
  const child = spawnSync(process.execPath, [__filename, "--module", file], { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "inherit"] });
  const line = (child.stdout ?? "").split("\n").find((l) => l.startsWith(RESULT_MARK));
  if (line === undefined) return { module: file, status: "failed", rows: [], error: `the child process ended without a result (exit ${child.status ?? child.signal})` };
  return JSON.parse(line.slice(RESULT_MARK.length)) as Section;
}

function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString("en-US");
  return Number(v.toPrecision(4)).toString();
}

function print(sections: Section[]): void {
  const lines: string[][] = [["benchmark", "value", "unit", "target"]];
  for (const s of sections) {
    if (s.status !== "ok") lines.push([`bench/${s.module}.ts`, s.status, s.error ?? "", ""]);
    for (const r of s.rows) lines.push([r.name, fmt(r.value), r.unit, r.target ?? ""]);
  }
  const w = lines[0]!.map((_h, j) => Math.max(...lines.map((l) => l[j]!.length)));
  const row = (l: string[]) => l.map((c, j) => (j === 1 ? c.padStart(w[j]!) : c.padEnd(w[j]!))).join("  ").trimEnd();
  console.log(row(lines[0]!));
  console.log(w.map((n) => "-".repeat(n)).join("  "));
  for (const l of lines.slice(1)) console.log(row(l));
}

async function main(): Promise<void> {
  const only = process.argv.indexOf("--module");
  if (only >= 0) {
    const file = process.argv[only + 1]!;
    const entry = MODULES.find(([m]) => m === file);
    const section = entry ? await runModule(entry[0], entry[1]) : { module: file, status: "failed" as const, rows: [], error: "unknown module" };
    console.log(RESULT_MARK + JSON.stringify(section));
    return;
  }
  const sections = MODULES.map(([file]) => runChild(file));
  const all = sections.reduce((t, s) => ({ fast: t.fast + (s.dd?.fast ?? 0), fallback: t.fallback + (s.dd?.fallback ?? 0) }), { fast: 0, fallback: 0 });
  const total = fallbackRow(all);
  if (total) sections.push({ module: "all", status: "ok", rows: [{ ...total, name: `${total.name.replace("dd fast path", "dd fast path, all benches")}` }] });
  print(sections);
  const json = {
    node: process.version,
    rows: sections.flatMap((s) => s.rows.map((r) => ({ module: s.module, ...r }))),
    modules: Object.fromEntries(sections.map((s) => [s.module, s.error ? `${s.status}: ${s.error}` : s.status])),
  };
  console.log(JSON.stringify(json));
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(0);
  }
);
