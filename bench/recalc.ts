/**
 * `depin-calc recalc` on generated workbooks of 25,000, 50,000 and 100,000 formulas (issue 12: "100,000 formulas
 * must recalculate in seconds"; SPEC §7: "growing linearly with the formula count"): read (zip check + exceljs),
 * evaluate every formula with HyperFormula + DEPIN (one rate cell read by every formula, the case that was
 * quadratic), compare with the cached values. Times in ms, one run each after a 5,000-formula warm-up (building a
 * workbook is not measured), and the time per 1,000 formulas at each size: flat when the growth is linear.
 */
import ExcelJS from "exceljs";
import { describeReport, recalcWorkbook } from "../src/headless/recalc";
import { loadWorkbook, workbookBytes } from "../src/headless/workbook-io";
import type { BenchRow } from "./types";

const SIZES = [25_000, 50_000, 100_000];

async function workbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("T");
  ws.getCell("E1").value = 0.2;
  for (let r = 1; r <= rows; r++) {
    ws.getCell(r, 1).value = 1000 + r;
    ws.getCell(r, 2).value = { formula: `_xldudf_DEPIN_AKT_TAKE_FEE(A${r},$E$1)`, result: (1000 + r) * 0.2 } as ExcelJS.CellFormulaValue;
  }
  return workbookBytes(wb, { stamp: new Date(Date.UTC(2026, 0, 1)) });
}

const ms = (a: bigint, b: bigint) => Number(b - a) / 1e6;

async function recalcOnce(rows: number): Promise<{ read: number; evaluate: number }> {
  const bytes = await workbook(rows);
  const t0 = process.hrtime.bigint();
  const book = await loadWorkbook(bytes);
  const t1 = process.hrtime.bigint();
  const report = recalcWorkbook(book);
  const { failed } = describeReport(report, "check");
  const t2 = process.hrtime.bigint();
  if (failed || report.cells.length !== rows) throw new Error(`the generated ${rows}-formula workbook did not recalculate cleanly`);
  return { read: ms(t0, t1), evaluate: ms(t1, t2) };
}

export async function benchRecalc(): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  await recalcOnce(5_000); // warm-up: the first workbook also pays for loading and compiling the readers
  for (const n of SIZES) {
    const { read, evaluate } = await recalcOnce(n);
    const label = `recalc ${n.toLocaleString("en-US")} formulas`;
    if (n === SIZES[SIZES.length - 1]) {
      out.push({ name: `${label}: read .xlsx`, value: read, unit: "ms" }, { name: `${label}: evaluate + check`, value: evaluate, unit: "ms" });
    }
    out.push({ name: `${label}: total`, value: read + evaluate, unit: "ms", target: n === 100_000 ? "seconds" : undefined });
    out.push({ name: `${label}: per 1,000 formulas`, value: ((read + evaluate) * 1000) / n, unit: "ms", target: "flat (linear growth)" });
  }
  return out;
}

if (require.main === module) {
  benchRecalc().then((rows) => {
    for (const r of rows) console.log(`${r.name.padEnd(48)} ${r.value.toFixed(1).padStart(10)} ${r.unit} ${r.target ?? ""}`);
  });
}
