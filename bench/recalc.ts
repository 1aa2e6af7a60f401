/**
 * `depin-calc recalc` on a generated 100,000-formula workbook (issue 12: "100,000 formulas must recalculate in
 * seconds"): read (zip check + exceljs), evaluate every formula with HyperFormula + DEPIN (one rate cell read by
 * every formula, the case that was quadratic), compare with the cached values. Times in ms, one run each (the
 * workbook is built once; building it is not measured).
 */
import ExcelJS from "exceljs";
import { describeReport, recalcWorkbook } from "../src/headless/recalc";
import { loadWorkbook, workbookBytes } from "../src/headless/workbook-io";
import type { BenchRow } from "./types";

const ROWS = 100_000;

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("T");
  ws.getCell("E1").value = 0.2;
  for (let r = 1; r <= ROWS; r++) {
    ws.getCell(r, 1).value = 1000 + r;
    ws.getCell(r, 2).value = { formula: `_xldudf_DEPIN_AKT_TAKE_FEE(A${r},$E$1)`, result: (1000 + r) * 0.2 } as ExcelJS.CellFormulaValue;
  }
  return workbookBytes(wb, { stamp: new Date(Date.UTC(2026, 0, 1)) });
}

export async function benchRecalc(): Promise<BenchRow[]> {
  const bytes = await workbook();
  const t0 = process.hrtime.bigint();
  const book = await loadWorkbook(bytes);
  const t1 = process.hrtime.bigint();
  const report = recalcWorkbook(book);
  const { failed } = describeReport(report, "check");
  const t2 = process.hrtime.bigint();
  if (failed || report.cells.length !== ROWS) throw new Error("the generated workbook did not recalculate cleanly");
  const ms = (a: bigint, b: bigint) => Number(b - a) / 1e6;
  return [
    { name: "recalc 100,000 formulas: read .xlsx", value: ms(t0, t1), unit: "ms" },
    { name: "recalc 100,000 formulas: evaluate + check", value: ms(t1, t2), unit: "ms" },
    { name: "recalc 100,000 formulas: total", value: ms(t0, t2), unit: "ms", target: "seconds" },
  ];
}

if (require.main === module) {
  benchRecalc().then((rows) => {
    for (const r of rows) console.log(`${r.name.padEnd(48)} ${r.value.toFixed(1).padStart(10)} ${r.unit} ${r.target ?? ""}`);
  });
}
