/**
 * Headless recalculation of .xlsx templates (exceljs to read, HyperFormula + DEPIN to compute).
 *
 * Every sheet's values are entered first and its formulas after (so spilled DEPIN functions can size their
 * results, see plugin.ts); workbook-scoped defined names are bound; Excel's stored form of JS custom
 * functions, `_xldudf_DEPIN_X(`, is read as `DEPIN.X(`; TRUE/FALSE literals are read as in Excel (see
 * formula-text.ts). Each DEPIN cell's computed value is compared with the value cached in the file: an
 * error result is never a match unless the file cached that same error.
 */
import ExcelJS from "exceljs";
import type { RawCellContent } from "hyperformula";
import { type CellOut, createEngine, type EvalResult, explainError, prepareFormula, readResult } from "./evaluator";

export interface RecalcCell {
  sheet: string;
  address: string;
  formula: string;
  result: EvalResult;
  cached?: unknown;
  /**
   * match: equals the cached value; differs: does not; error: an error result the file did not cache as
   * that same error; no-cache: a value, and the file holds none to compare with.
   */
  status: "match" | "differs" | "error" | "no-cache";
}

/** The file is not a readable .xlsx workbook (one line for the user, no stack). */
export class XlsxReadError extends Error {}

export interface RecalcReport {
  cells: RecalcCell[];
}

/** `_xldudf_DEPIN_IO_AVAIL_REWARD(` → `DEPIN.IO_AVAIL_REWARD(`. */
export function normaliseFormula(f: string): string {
  const body = f.replace(/_xldudf_DEPIN_([A-Z0-9_]+)\s*\(/gi, (_m, id: string) => `DEPIN.${id.toUpperCase()}(`);
  return body.startsWith("=") ? body : `=${body}`;
}

function cachedOf(v: unknown): unknown {
  if (v && typeof v === "object" && "error" in v) return { error: (v as { error: string }).error };
  return v;
}

function same(result: EvalResult, cached: unknown, tol: number): boolean {
  if ("error" in result) return typeof cached === "object" && cached !== null && (cached as { error?: string }).error === result.error;
  const v = Array.isArray(result.value) ? (result.value[0]?.[0] ?? null) : result.value;
  if (typeof v === "number" && typeof cached === "number") return Math.abs(v - cached) <= tol * Math.max(1, Math.abs(cached));
  return v === (cached as CellOut);
}

/** The status of one recalculated cell against the value cached in the file. */
export function statusOf(result: EvalResult, cached: unknown, tolerance: number): RecalcCell["status"] {
  if ("error" in result) return same(result, cached, tolerance) ? "match" : "error";
  if (cached === undefined || cached === null) return "no-cache";
  return same(result, cached, tolerance) ? "match" : "differs";
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    const text = String(e instanceof Error ? e.message : e);
    // jszip's wording ("Can't find end of central directory : is this a zip file ? If it is, see https://…")
    // means the file is not a zip archive, which every .xlsx is.
    const why = /central directory|zip/i.test(text)
      ? "not a zip archive, which every .xlsx file is"
      : e instanceof TypeError || e instanceof RangeError
        ? "its parts are damaged or are not those of an Excel workbook"
        : text.split("\n")[0]!.slice(0, 120);
    throw new XlsxReadError(`${file} is not a readable .xlsx workbook: ${why}`);
  }
  // Every workbook Excel writes has a sheet; a zip without one (a .docx, an archive renamed) is not a workbook.
  if (wb.worksheets.length === 0) throw new XlsxReadError(`${file} is not a readable .xlsx workbook: it holds no worksheet`);
  return wb;
}

export async function recalcXlsx(file: string, tolerance = 1e-9): Promise<RecalcReport> {
  const wb = await readWorkbook(file);
  const hf = createEngine();
  try {
    const formulas: { sheetId: number; sheet: string; row: number; col: number; address: string; formula: string; cached: unknown }[] = [];
    for (const ws of wb.worksheets) {
      const name = hf.addSheet(ws.name);
      const sheetId = hf.getSheetId(name)!;
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const v = cell.value as unknown;
          const f = (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v) ? (v as { formula?: string }).formula ?? cell.formula : undefined) as string | undefined;
          if (f) {
            formulas.push({ sheetId, sheet: ws.name, row: r - 1, col: c - 1, address: cell.address, formula: normaliseFormula(f), cached: cachedOf((v as { result?: unknown }).result) });
          } else {
            let raw: RawCellContent = null;
            if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") raw = typeof v === "string" && v.startsWith("=") ? `'${v}` : v;
            else if (v instanceof Date) raw = v.toISOString();
            else if (v && typeof v === "object" && "richText" in v) raw = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
            else if (v && typeof v === "object" && "text" in v) raw = String((v as { text: unknown }).text);
            if (raw !== null) hf.setCellContents({ sheet: sheetId, row: r - 1, col: c - 1 }, [[raw]]);
          }
        });
      });
    }
    const defined = (wb as unknown as { definedNames: { model: { name: string; ranges: string[] }[] } }).definedNames.model;
    for (const d of defined) {
      const range = d.ranges[0];
      if (!range) continue;
      const [sheet, ref] = range.includes("!") ? [range.slice(0, range.lastIndexOf("!")), range.slice(range.lastIndexOf("!") + 1)] : ["", range];
      const quoted = sheet && !/^'.*'$/.test(sheet) && /[^A-Za-z0-9_]/.test(sheet) ? `'${sheet}'` : sheet;
      try {
        hf.addNamedExpression(d.name, `=${quoted ? `${quoted}!` : ""}${ref}`);
      } catch {
        // A name the engine cannot bind (e.g. one that spans several areas): formulas using it give #NAME?.
      }
    }
    hf.batch(() => {
      for (const f of formulas) {
        const prepared = prepareFormula(f.formula);
        // A formula that cannot be prepared stays as typed: the engine reports it as an error.
        hf.setCellContents({ sheet: f.sheetId, row: f.row, col: f.col }, [["text" in prepared ? prepared.text : f.formula]]);
      }
    });
    const cells: RecalcCell[] = [];
    for (const f of formulas) {
      if (!/DEPIN\./i.test(f.formula)) continue;
      const raw = readResult(hf, f.sheetId, f.row, f.col);
      const result = "error" in raw ? explainError(f.formula, raw) : raw;
      cells.push({ sheet: f.sheet, address: f.address, formula: f.formula, result, cached: f.cached ?? undefined, status: statusOf(result, f.cached, tolerance) });
    }
    return { cells };
  } finally {
    hf.destroy();
  }
}
