/**
 * Headless evaluation of Excel formulas that use the DEPIN functions (HyperFormula + the DEPIN plugin):
 * single formulas, SPEC §6 case files, and .xlsx templates.
 *
 * Values are entered before formulas so that spilled functions can size their results from the cells they
 * read (see plugin.ts). `smartRounding` is off: results are the doubles the engine returns, as Excel gets
 * them.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { registerDepinPlugin } from "./plugin";

export type CellOut = number | string | boolean | null;
/** A formula's result: a scalar, a spilled 2-D array, or an Excel error with its message. */
export type EvalResult = { value: CellOut | CellOut[][] } | { error: string; message: string };

/** A SPEC §6 case. */
export interface Case {
  id: string;
  formula: string;
  names?: Record<string, unknown[][]>;
  expected?: unknown;
  tolerance?: number;
  source?: string;
}

const CONFIG = { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: false } as const;

/** A fresh HyperFormula instance with the DEPIN plugin registered. */
export function createEngine(): HyperFormula {
  registerDepinPlugin();
  return HyperFormula.buildEmpty(CONFIG);
}

function cellOut(v: unknown): CellOut | { error: string; message: string } {
  if (v instanceof DetailedCellError) return { error: v.value, message: v.message ?? "" };
  if (v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

function isError(x: unknown): x is { error: string; message: string } {
  return typeof x === "object" && x !== null && "error" in x;
}

/** Reads the result at `address`: a scalar, or the whole spilled range when the formula spills. */
export function readResult(hf: HyperFormula, sheet: number, row: number, col: number): EvalResult {
  const top = cellOut(hf.getCellValue({ sheet, row, col }));
  if (isError(top)) return top;
  const arr = hf.isCellPartOfArray({ sheet, row, col });
  if (!arr) return { value: top };
  // The spill is the rectangle of array cells starting here.
  let height = 1;
  let width = 1;
  while (hf.isCellPartOfArray({ sheet, row: row + height, col }) && !hf.doesCellHaveFormula({ sheet, row: row + height, col })) height++;
  while (hf.isCellPartOfArray({ sheet, row, col: col + width }) && !hf.doesCellHaveFormula({ sheet, row, col: col + width })) width++;
  const values = hf.getRangeValues({ start: { sheet, row, col }, end: { sheet, row: row + height - 1, col: col + width - 1 } });
  const rows: CellOut[][] = [];
  for (const r of values) {
    const out: CellOut[] = [];
    for (const c of r) {
      const v = cellOut(c);
      if (isError(v)) return v;
      out.push(v);
    }
    rows.push(out);
  }
  return { value: rows };
}

/** Spreadsheet column letters for a 0-based index. */
export function columnLetters(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function rawCell(v: unknown): RawCellContent {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  // A text value that looks like a formula or a number stays text.
  return s.startsWith("=") || /^[+-]?\d/.test(s) ? `'${s}` : s;
}

/**
 * Evaluates one formula. `names` maps defined names to 2-D arrays: each is written to a block of a
 * "Data" sheet and bound as a workbook-scoped name over that block, as SPEC §6 requires.
 */
export function evaluateFormula(formula: string, names: Record<string, unknown[][]> = {}, hf?: HyperFormula): EvalResult {
  const engine = hf ?? createEngine();
  try {
    const dataName = engine.addSheet("Data");
    const data = engine.getSheetId(dataName)!;
    let row = 0;
    for (const [name, block] of Object.entries(names)) {
      const rows = block.length;
      const cols = Math.max(1, ...block.map((r) => r.length));
      if (rows > 0) engine.setCellContents({ sheet: data, row, col: 0 }, block.map((r) => r.map(rawCell)));
      const end = `${columnLetters(cols - 1)}${row + Math.max(rows, 1)}`;
      engine.addNamedExpression(name, `=Data!$A$${row + 1}:$${end.replace(/(\d+)$/, "$$$1")}`);
      row += Math.max(rows, 1) + 1;
    }
    const calcName = engine.addSheet("Calc");
    const calc = engine.getSheetId(calcName)!;
    const text = formula.trim().startsWith("=") ? formula.trim() : `=${formula.trim()}`;
    engine.setCellContents({ sheet: calc, row: 0, col: 0 }, [[text]]);
    return readResult(engine, calc, 0, 0);
  } catch (e) {
    return { error: "#VALUE!", message: e instanceof Error ? e.message : String(e) };
  } finally {
    if (!hf) engine.destroy();
  }
}

/** One case's output line (SPEC §6). */
export type CaseOutput = { id: string; value: CellOut | CellOut[][] } | { id: string; error: string; message: string };

/** Evaluates every case (each in a fresh workbook, so names never leak between cases). */
export function runCases(cases: readonly Case[]): CaseOutput[] {
  const hf = createEngine();
  try {
    return cases.map((c) => {
      for (const s of hf.getSheetNames()) hf.removeSheet(hf.getSheetId(s)!);
      for (const n of hf.listNamedExpressions()) hf.removeNamedExpression(n);
      const r = evaluateFormula(c.formula, c.names ?? {}, hf);
      return "error" in r ? { id: c.id, error: r.error, message: r.message } : { id: c.id, value: r.value };
    });
  } finally {
    hf.destroy();
  }
}

/** Compares an output with a case's expected value (numbers within the tolerance; arrays cell by cell). */
export function matchesExpected(out: CaseOutput, expected: unknown, tolerance = 0): boolean {
  if (typeof expected === "object" && expected !== null && !Array.isArray(expected) && "error" in expected) {
    return "error" in out && out.error === (expected as { error: string }).error;
  }
  if ("error" in out) return false;
  return sameValue(out.value, expected, tolerance);
}

function sameValue(actual: unknown, expected: unknown, tol: number): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    return expected.every((row, i) => {
      const a = actual[i] as unknown;
      if (Array.isArray(row)) {
        if (!Array.isArray(a) || a.length !== row.length) return false;
        return row.every((e, j) => sameValue(a[j], e, tol));
      }
      return sameValue(a, row, tol);
    });
  }
  if (expected === null) return true; // null in an expected table: the cell is not checked
  if (typeof expected === "number") return typeof actual === "number" && Math.abs(actual - expected) <= tol;
  return actual === expected;
}
