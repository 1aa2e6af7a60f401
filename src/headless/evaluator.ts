/**
 * Headless evaluation of Excel formulas that use the DEPIN functions (HyperFormula + the DEPIN plugin):
 * single formulas, case files (test/data/cases.public.json is the reference set), and .xlsx templates.
 *
 * Values are entered before formulas so that spilled functions can size their results from the cells they
 * read (see plugin.ts). `smartRounding` is off: results are the doubles the engine returns, as Excel gets
 * them.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { columnLetters } from "./a1";
import { nameErrorMessage, separatorMessage, syntaxMessage, withBooleanFunctions } from "./formula-text";
import { registerDepinPlugin, registeredIds } from "./plugin";

export type CellOut = number | string | boolean | null;
/** A formula's result: a scalar, a spilled 2-D array, or an Excel error with its message. */
export type EvalResult = { value: CellOut | CellOut[][] } | { error: string; message: string };

/** One case of a case file: a formula, optional defined names, and what it should give. */
export interface Case {
  id: string;
  formula: string;
  names?: Record<string, unknown[][]>;
  expected?: unknown;
  tolerance?: number;
  source?: string;
}

/** Excel's sheet size (1,048,576 × 16,384), not HyperFormula's smaller default, so long named ranges fit. */
const CONFIG = { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: false, maxRows: 1048576, maxColumns: 16384 } as const;

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

function rawCell(v: unknown): RawCellContent {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  // A text value that looks like a formula or a number stays text.
  return s.startsWith("=") || /^[+-]?\d/.test(s) ? `'${s}` : s;
}

type ErrorOut = { error: string; message: string };

/**
 * The formula as HyperFormula reads it: a leading "=" added when missing, TRUE/FALSE literals written as
 * TRUE()/FALSE() (see formula-text.ts); or an error when it uses ';' between arguments.
 */
export function prepareFormula(formula: string): { text: string } | ErrorOut {
  const trimmed = formula.trim();
  const text = trimmed.startsWith("=") ? trimmed : `=${trimmed}`;
  const sep = separatorMessage(text);
  if (sep) return { error: "#ERROR!", message: sep };
  return { text: withBooleanFunctions(text) };
}

/** An engine error result with the message an analyst can act on (names, syntax). */
export function explainError(formula: string, r: ErrorOut): ErrorOut {
  if (r.error === "#NAME?") return { error: r.error, message: nameErrorMessage(formula, r.message, registeredIds()) };
  if (r.error === "#ERROR!" && /^Parsing error/.test(r.message)) return { error: r.error, message: syntaxMessage(formula) };
  return r;
}

/** Why `names` cannot be written to a sheet, or null when every value is a 2-D array of cells. */
export function namesProblem(names: unknown): string | null {
  if (typeof names !== "object" || names === null || Array.isArray(names)) return "names must be an object mapping each defined name to a 2-D array of cells";
  for (const [name, block] of Object.entries(names)) {
    const shape = 'a 2-D array of cells (rows of numbers, text, true/false or null), e.g. [[1,2],[3,4]]';
    if (!Array.isArray(block)) return `names.${name} must be ${shape}; got ${block === null ? "null" : typeof block}`;
    for (let i = 0; i < block.length; i++) {
      const row: unknown = block[i];
      if (!Array.isArray(row)) return `names.${name} must be ${shape}; row ${i + 1} is ${row === null ? "null" : typeof row}`;
      for (let j = 0; j < row.length; j++) {
        const c: unknown = row[j];
        const ok = c === null || typeof c === "string" || typeof c === "boolean" || (typeof c === "number" && Number.isFinite(c));
        if (!ok) return `names.${name}: the cell in row ${i + 1}, column ${j + 1} is ${Array.isArray(c) ? "an array" : typeof c}; a cell holds a number, text, true/false or null`;
      }
    }
  }
  return null;
}

/** A message for an exception thrown while a workbook was set up (never a raw JavaScript message). */
function exceptionMessage(e: unknown): string {
  // HyperFormula's API errors (invalid names, sheet sizes) are written for users; language errors are bugs.
  const builtIn = e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError || e instanceof SyntaxError;
  if (e instanceof Error && !builtIn) return e.message;
  return "internal error while evaluating the formula; please report it with the formula and its names";
}

/**
 * Evaluates one formula. `names` maps defined names to 2-D arrays: each is written to a block of a
 * "Data" sheet and bound as a workbook-scoped name over that block, as a case file's names are.
 */
export function evaluateFormula(formula: string, names: Record<string, unknown[][]> = {}, hf?: HyperFormula): EvalResult {
  const prepared = prepareFormula(formula);
  if ("error" in prepared) return prepared;
  const problem = namesProblem(names);
  if (problem) return { error: "#VALUE!", message: problem };
  const engine = hf ?? createEngine();
  try {
    const dataName = engine.addSheet("Data");
    const data = engine.getSheetId(dataName)!;
    let row = 0;
    for (const [name, block] of Object.entries(names)) {
      const rows = block.length;
      let cols = 1;
      for (const r of block) if (r.length > cols) cols = r.length; // a loop: Math.max(...rows) overflows the stack on long blocks
      if (rows > 0) engine.setCellContents({ sheet: data, row, col: 0 }, block.map((r) => r.map(rawCell)));
      const end = `${columnLetters(cols - 1)}${row + Math.max(rows, 1)}`;
      engine.addNamedExpression(name, `=Data!$A$${row + 1}:$${end.replace(/(\d+)$/, "$$$1")}`);
      row += Math.max(rows, 1) + 1;
    }
    const calcName = engine.addSheet("Calc");
    const calc = engine.getSheetId(calcName)!;
    engine.setCellContents({ sheet: calc, row: 0, col: 0 }, [[prepared.text]]);
    const r = readResult(engine, calc, 0, 0);
    return "error" in r ? explainError(formula, r) : r;
  } catch (e) {
    return { error: "#VALUE!", message: exceptionMessage(e) };
  } finally {
    if (!hf) engine.destroy();
  }
}

/** One case's output line, as `depin-calc cases` prints it. */
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
