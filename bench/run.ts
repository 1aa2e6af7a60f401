/**
 * `npm run bench`: runs every benchmark module that exists and prints an aligned table plus one JSON line.
 * Modules written by other areas are loaded with a guarded require, so a file that does not exist yet is
 * reported as "not built yet" instead of stopping the run; a module that fails is reported with its error.
 * Exits 0 either way: the figures are measurements against SPEC §7, not pass/fail gates.
 *
 * `npm run bench` runs this file compiled by tsc (lib/compiled/), the transpiler ts-loader uses for the
 * add-in bundle. Under tsx the same kernels measure slower (TAO_YUMA 4096² about 20 %, scalar functions up
 * to 2×): tsx's esbuild transform wraps each module in a closure and keeps function names, which changes
 * what V8 can specialise.
 */
import * as path from "path";
import { stats as ddStats } from "../src/engine/core/dd";
import type { BenchRow } from "./types";

interface Section {
  module: string;
  status: "ok" | "not built yet" | "failed";
  rows: BenchRow[];
  error?: string;
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
function fallbackRow(before: { fast: number; fallback: number }): BenchRow | undefined {
  const fast = ddStats.fast - before.fast;
  const fallback = ddStats.fallback - before.fallback;
  const n = fast + fallback;
  if (n === 0) return undefined;
  return {
    name: `dd fast path: fallback rate (${fallback.toLocaleString("en-US")} of ${n.toLocaleString("en-US")} decisions)`,
    value: (100 * fallback) / n,
    unit: "% to decimal.js",
  };
}

async function runModule(file: string, exportName: string): Promise<Section> {
  const before = { ...ddStats };
  try {
    const mod = load(file);
    if (mod === null) return { module: file, status: "not built yet", rows: [] };
    const fn = mod[exportName] ?? Object.values(mod).find((v) => typeof v === "function");
    if (typeof fn !== "function") return { module: file, status: "failed", rows: [], error: `no export ${exportName}` };
    const rows = (await (fn as () => BenchRow[] | Promise<BenchRow[]>)()) ?? [];
    const fb = fallbackRow(before);
    return { module: file, status: "ok", rows: fb ? [...rows, fb] : rows };
  } catch (e) {
    return { module: file, status: "failed", rows: [], error: e instanceof Error ? e.message : String(e) };
  }
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
  const sections: Section[] = [];
  const before = { ...ddStats };
  for (const [file, name] of MODULES) sections.push(await runModule(file, name));
  const total = fallbackRow(before);
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
