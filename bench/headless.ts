/**
 * SPEC §7: "A 10,000-formula template recalculates headlessly no slower than the same arithmetic written as
 * native spreadsheet formulas in the same engine." Two HyperFormula workbooks of 10,000 rows each: one with
 * `=DEPIN.AKT_TAKE_FEE(A1,$F$1,C1)`, one with the native `=A1*$F$1*(1-C1)`. Changing F1 recalculates every
 * row; the figure is the median recalculation time over several changes, plus the initial build.
 */
import { HyperFormula } from "hyperformula";
import { createEngine } from "../src/headless/evaluator";
import type { BenchRow } from "./types";
import { round } from "./util";

const ROWS = 10_000;

function workbook(formula: (r: number) => string): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let r = 1; r <= ROWS; r++) rows.push([1000 + r, 0, (r % 50) / 100, formula(r), "", r === 1 ? 0.2 : ""]);
  return rows;
}

function measure(formula: (r: number) => string): { build: number; recalc: number } {
  createEngine().destroy(); // registers the plugin
  const data = workbook(formula);
  const t0 = process.hrtime.bigint();
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", smartRounding: false });
  const build = Number(process.hrtime.bigint() - t0) / 1e6;
  const times: number[] = [];
  for (let k = 0; k < 9; k++) {
    const t = process.hrtime.bigint();
    // A rate as an analyst types it: 0.12, not the 0.12000000000000001 that 0.1 + 2/100 gives in binary.
    hf.setCellContents({ sheet: 0, row: 0, col: 5 }, [[round(0.1 + k / 100, 2)]]);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const check = hf.getCellValue({ sheet: 0, row: ROWS - 1, col: 3 });
  if (typeof check !== "number") throw new Error(`unexpected result ${String(check)}`);
  hf.destroy();
  times.sort((a, b) => a - b);
  return { build, recalc: times[4]! };
}

export function benchHeadless(): BenchRow[] {
  measure((r) => `=A${r}*$F$1*(1-C${r})`); // warm-up
  const native = measure((r) => `=A${r}*$F$1*(1-C${r})`);
  const depin = measure((r) => `=DEPIN.AKT_TAKE_FEE(A${r},$F$1,C${r})`);
  return [
    { name: "headless 10,000 × native =A*B*(1-C): recalc", value: native.recalc, unit: "ms" },
    { name: "headless 10,000 × DEPIN.AKT_TAKE_FEE: recalc", value: depin.recalc, unit: "ms" },
    { name: "headless DEPIN / native recalc time", value: depin.recalc / native.recalc, unit: "ratio", target: "≤ 1" },
    { name: "headless 10,000 × native: build", value: native.build, unit: "ms" },
    { name: "headless 10,000 × DEPIN: build", value: depin.build, unit: "ms" },
  ];
}

if (require.main === module) {
  for (const r of benchHeadless()) console.log(`${r.name.padEnd(48)} ${r.value.toFixed(3).padStart(10)} ${r.unit} ${r.target ?? ""}`);
}
