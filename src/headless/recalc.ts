/**
 * `depin-calc recalc`: every formula of a workbook evaluated headlessly (HyperFormula + the DEPIN plugin), the
 * results written back as cached values, errors reported by address, and `--check` against the values the
 * file already caches.
 *
 * What a real workbook needs, and how it is handled:
 * - Excel's sheet size (1,048,576 rows × 16,384 columns), not HyperFormula's 40,000-row default;
 * - the undo stack off (`undoLimit: 0`): a batch recalculation never undoes, and the bookkeeping dominated the
 *   time of large files;
 * - stored formula forms: `_xldudf_DEPIN_X(` (how Excel saves JS custom functions, inferred from OfficeDev/Excel-Custom-Functions issue #108 and real files) is read as
 *   `DEPIN.X(`; the `_xlfn.`, `_xlfn._xlws.` and `_xlpm.` prefixes of newer functions are dropped (`_xlfn.IFS`
 *   → `IFS`; `_xlfn.SINGLE(x)`, Excel's `@x`, → `(x)`: HyperFormula applies implicit intersection itself);
 *   TRUE/FALSE literals become TRUE()/FALSE() (formula-text.ts: HyperFormula has only the functions), number literals with
 *   an upper-case exponent (`1E-12`, as Excel stores them) get a lower-case one (HyperFormula's lexer);
 * - defined names HyperFormula does not accept (`收益`, `\amount`) are bound under an alias and every formula
 *   is rewritten to it; names keep their sheet scope; unquoted sheet names outside A-Z/0-9/_ are quoted;
 * - date cells (exceljs gives a Date) become Excel date serials (1900 or 1904 system, as the file says);
 * - error cells (`#DIV/0!` …) carry their error into the formulas that read them;
 * - spills: values are entered before formulas (plugin.ts sizes spills from the cells it reads); the cells of
 *   an array formula's stored range (`ref`) are left blank for the spill and compared with its values.
 */
import ExcelJS from "exceljs";
import { AlwaysSparse, DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { columnLetters, columnNumber } from "./a1";
import { type CellOut, explainError, readResult } from "./evaluator";
import { segments, withBooleanFunctions } from "./formula-text";
import { METADATA, registerDepinPlugin } from "./plugin";
import type { DefinedNameXml, LoadedWorkbook } from "./workbook-io";

/** Excel's grid and batch settings (see the module comment). */
export const ENGINE_CONFIG = {
  licenseKey: "gpl-v3",
  smartRounding: false,
  useArrayArithmetic: false,
  maxRows: 1048576,
  maxColumns: 16384,
  undoLimit: 0,
} as const;

/** Sheets whose used rectangle has more cells than this are stored sparsely by the engine. */
const DENSE_LIMIT = 10_000_000;

export type ErrorValue = { error: string };
export type CachedValue = CellOut | ErrorValue;
export type Computed = CellOut | { error: string; message: string };

export interface RecalcCell {
  readonly sheet: string;
  readonly address: string;
  /** The formula as stored in the file ("" for a cell filled by a spill). */
  readonly formula: string;
  readonly value: Computed;
  readonly cached?: CachedValue;
  readonly status: "match" | "differs" | "no-cache" | "error";
  /** The anchor address of the spill this cell belongs to, for spilled cells. */
  readonly spillOf?: string;
}

export interface RecalcReport {
  readonly cells: readonly RecalcCell[];
  readonly formulaCount: number;
  /** Names that could not be bound, spills the file does not hold as arrays, … */
  readonly warnings: readonly string[];
}

export interface RecalcOptions {
  /** Relative tolerance for numbers: |a − b| ≤ tol × max(1, |cached|). Default 1e-9. */
  readonly tolerance?: number;
}

// ---------------------------------------------------------------------------------------------
// Formula text

const ID_CHAR = "\\p{L}\\p{N}_.\\\\?";
/** A number literal with an upper-case exponent (Excel stores `1E-12`; HyperFormula reads only `1e-12`). */
const EXPONENT = new RegExp(`(?<![${ID_CHAR}$])(\\d+(?:\\.\\d*)?|\\.\\d+)E([+-]?\\d+)(?![${ID_CHAR}])`, "gu");
/** An unquoted sheet name with characters HyperFormula's lexer does not take unquoted. */
const UNQUOTED_SHEET = new RegExp(`(?<![${ID_CHAR}'])([${ID_CHAR}]*[^\\x00-\\x7f][${ID_CHAR}]*)!`, "gu");

/** The formula as HyperFormula reads it; `aliases` maps upper-cased defined names to their engine alias. */
export function engineFormula(stored: string, aliases: ReadonlyMap<string, string> = new Map()): string {
  const body = stored.startsWith("=") ? stored.slice(1) : stored;
  const nameRe = aliases.size > 0 ? new RegExp(`(?<![${ID_CHAR}])(${[...aliases.keys()].map(escapeRe).join("|")})(?![${ID_CHAR}(])`, "giu") : null;
  const text = segments(body)
    .map((s) => {
      if (s.kind !== "code") return s.text;
      let t = s.text
        .replace(/_xldudf_DEPIN_([A-Za-z0-9_]+)\s*\(/g, (_m, id: string) => `DEPIN.${id.toUpperCase()}(`)
        .replace(/_xlfn\.SINGLE\s*\(/gi, "(")
        .replace(/_xlfn\.(_xlws\.)?/gi, "")
        .replace(/_xlpm\./gi, "")
        .replace(EXPONENT, (_m, mantissa: string, exp: string) => `${mantissa}e${exp}`)
        .replace(UNQUOTED_SHEET, (_m, sheet: string) => `'${sheet}'!`);
      if (nameRe) t = t.replace(nameRe, (m) => aliases.get(m.toUpperCase()) ?? m);
      return t;
    })
    .join("");
  return withBooleanFunctions(`=${text}`);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** True when the stored formula calls a DEPIN function (either spelling). */
export function callsDepin(formula: string): boolean {
  return segments(formula).some((s) => s.kind === "code" && /(_xldudf_DEPIN_|\bDEPIN\.)[A-Za-z0-9_]+\s*\(/i.test(s.text));
}

// ---------------------------------------------------------------------------------------------
// Cells

/** Excel date serial of a Date as exceljs reads it (exceljs builds the Date in UTC from the serial). */
export function dateSerial(d: Date, date1904: boolean): number {
  return 25569 + d.getTime() / 86400000 - (date1904 ? 1462 : 0);
}

/** Error literals HyperFormula reads from raw content; others are entered as #N/A (see `rawValue`). */
const ENGINE_ERRORS = new Set(["#DIV/0!", "#N/A", "#NAME?", "#NUM!", "#REF!", "#VALUE!"]);

interface FormulaInfo {
  formula: string;
  result: unknown;
  shareType?: string;
  ref?: string;
}

function formulaOf(cell: ExcelJS.Cell): FormulaInfo | null {
  const v = cell.value as unknown;
  if (!v || typeof v !== "object") return null;
  if ("formula" in v || "sharedFormula" in v) {
    const o = v as { formula?: string; sharedFormula?: string; result?: unknown; shareType?: string; ref?: string };
    const formula = o.formula ?? cell.formula;
    if (!formula) return null;
    // exceljs's `value` getter drops a cached result of 0 (a falsy check); its `model` keeps it.
    const model = (cell as unknown as { model?: { result?: unknown } }).model;
    const result = model && model.result !== undefined ? model.result : o.result;
    return { formula, result, shareType: o.shareType, ref: o.ref };
  }
  return null;
}

/** A non-formula cell's content for the engine. */
function rawValue(v: unknown, date1904: boolean): RawCellContent {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v.startsWith("=") || v.startsWith("'") ? `'${v}` : v;
  if (v instanceof Date) return dateSerial(v, date1904);
  if (typeof v === "object") {
    if ("error" in v) {
      const e = String((v as ErrorValue).error);
      return ENGINE_ERRORS.has(e) ? e : "#N/A";
    }
    if ("richText" in v) return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
    if ("text" in v) return rawValue((v as { text: unknown }).text, date1904);
  }
  return null;
}

function cachedValue(v: unknown, date1904: boolean): CachedValue | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (v instanceof Date) return dateSerial(v, date1904);
  if (typeof v === "object" && "error" in v) return { error: String((v as ErrorValue).error) };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object" && "richText" in v) return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
  return undefined;
}

function decodeAddress(a: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a.trim());
  if (!m) throw new Error(`bad address ${a}`);
  return { row: Number(m[2]) - 1, col: columnNumber(m[1]!) - 1 };
}

export function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b] = ref.split(":");
  const s = decodeAddress(a!);
  const e = decodeAddress(b ?? a!);
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}

function same(value: Computed, cached: CachedValue, tol: number): boolean {
  if (typeof value === "object" && value !== null) return typeof cached === "object" && cached !== null && cached.error === value.error;
  if (typeof value === "number" && typeof cached === "number") return Math.abs(value - cached) <= tol * Math.max(1, Math.abs(cached));
  if (value === null) return cached === null || cached === "" || cached === 0;
  return value === cached;
}

function computedOf(v: unknown): Computed {
  if (v instanceof DetailedCellError) return { error: v.value, message: v.message ?? "" };
  if (v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

// ---------------------------------------------------------------------------------------------
// Names

/** Names HyperFormula cannot take as written (`收益`, `\\amount`) get an alias `_DN<i>_`; `_xlnm.` names are skipped. */
function aliasesFor(names: readonly DefinedNameXml[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const taken = new Set(names.map((n) => n.name.toUpperCase()));
  const probe = HyperFormula.buildEmpty(ENGINE_CONFIG);
  try {
    let k = 0;
    for (const n of names) {
      if (n.name.startsWith("_xlnm.") || aliases.has(n.name.toUpperCase())) continue;
      if (probe.isItPossibleToAddNamedExpression(n.name, "=0")) continue;
      let alias: string;
      do alias = `_DN${++k}_`;
      while (taken.has(alias));
      aliases.set(n.name.toUpperCase(), alias);
    }
  } finally {
    probe.destroy();
  }
  return aliases;
}

/** Binds the names (with their sheet scope) under their alias; a name that cannot be bound is a warning. */
function bindNames(hf: HyperFormula, names: readonly DefinedNameXml[], aliases: ReadonlyMap<string, string>, sheetIds: readonly number[], warnings: string[]): void {
  for (const n of names) {
    if (n.name.startsWith("_xlnm.") || n.text.trim() === "") continue;
    const scope = n.localSheetId === undefined ? undefined : sheetIds[n.localSheetId];
    if (n.localSheetId !== undefined && scope === undefined) {
      warnings.push(`name ${n.name} is scoped to sheet index ${n.localSheetId}, which does not exist: not defined`);
      continue;
    }
    try {
      hf.addNamedExpression(aliases.get(n.name.toUpperCase()) ?? n.name, engineFormula(n.text, aliases), scope);
    } catch (err) {
      warnings.push(`name ${n.name} could not be defined (${err instanceof Error ? err.message : "unknown reason"}); formulas using it give #NAME?`);
    }
  }
}

/** DEPIN functions whose result spills: their formulas are entered again once values and names are in place. */
let spilling: RegExp | undefined;
function callsSpillingFunction(engineText: string): boolean {
  spilling ??= new RegExp(`DEPIN\\.(${METADATA.filter((f) => f.result.dimensionality === "matrix").map((f) => f.id).join("|")})\\s*\\(`, "i");
  return spilling.test(engineText);
}

// ---------------------------------------------------------------------------------------------
// Engine: linear edge insertion

interface GraphInternals {
  edgesSparseArray: number[][];
  getNodeIdIfNotNumber(node: unknown): number | undefined;
  missingNodeError(node: unknown): Error;
  addEdge(from: unknown, to: unknown): void;
}

/**
 * HyperFormula 3.5's `Graph.addEdge` checks for a duplicate edge with `Array.includes` over the node's edge
 * list, so a cell read by n formulas (a rate in `$E$1`) costs O(n²) to build: 100,000 such formulas spent 5 of
 * 7 seconds there. The replacement keeps, per node, the set of every id ever added: an id not in it cannot be
 * in the edge list (only addEdge appends; removals only delete), so it is appended at once; an id in it is
 * checked exactly as before. Lists shorter than 32 keep the original check and no set. Same graph, same results. HyperFormula is pinned (package-lock) and this is a
 * dev/CLI-only engine; test/headless/recalc.test.ts covers the shared-dependency case.
 */
let edgesPatched = false;
function patchEdgeInsertion(): void {
  if (edgesPatched) return;
  edgesPatched = true;
  const probe = HyperFormula.buildEmpty(ENGINE_CONFIG);
  const proto = Object.getPrototypeOf((probe as unknown as { graph: GraphInternals }).graph) as GraphInternals;
  probe.destroy();
  if (typeof proto.addEdge !== "function" || typeof proto.getNodeIdIfNotNumber !== "function") return;
  const seen = new WeakMap<object, Map<number, Set<number>>>();
  proto.addEdge = function (this: GraphInternals, fromNode: unknown, toNode: unknown): void {
    const fromId = this.getNodeIdIfNotNumber(fromNode);
    const toId = this.getNodeIdIfNotNumber(toNode);
    if (fromId === undefined) throw this.missingNodeError(fromNode);
    if (toId === undefined) throw this.missingNodeError(toNode);
    const edges = this.edgesSparseArray[fromId]!;
    let byNode = seen.get(this);
    if (!byNode) seen.set(this, (byNode = new Map()));
    let ids = byNode.get(fromId);
    if (!ids) {
      // Short lists: the original check, and no set for the many nodes with few dependents.
      if (edges.length < 32) {
        if (!edges.includes(toId)) edges.push(toId);
        return;
      }
      ids = new Set(edges.filter((x) => x !== undefined));
      byNode.set(fromId, ids);
    }
    if (ids.has(toId) && edges.includes(toId)) return;
    ids.add(toId);
    edges.push(toId);
  };
}

// ---------------------------------------------------------------------------------------------
// Recalculation

interface FormulaCell {
  sheetIndex: number;
  row: number;
  col: number;
  address: string;
  info: FormulaInfo;
  cached?: CachedValue;
  engine: string;
}

/** Evaluates every formula of a loaded workbook; `wb` is not changed (see `writeResults`). */
export function recalcWorkbook(book: Pick<LoadedWorkbook, "wb" | "definedNames" | "date1904">, opts: RecalcOptions = {}): RecalcReport {
  const tol = opts.tolerance ?? 1e-9;
  registerDepinPlugin();
  patchEdgeInsertion();
  const warnings: string[] = [];
  const sheets: Record<string, RawCellContent[][]> = {};
  const formulas: FormulaCell[] = [];
  const spillAreas: { sheetIndex: number; anchor: FormulaCell; top: number; left: number; bottom: number; right: number; cached: Map<string, CachedValue> }[] = [];
  const worksheets = book.wb.worksheets;
  const aliases = aliasesFor(book.definedNames);
  const EMPTY: RawCellContent[] = [];
  worksheets.forEach((ws, sheetIndex) => {
    const rows: RawCellContent[][] = [];
    const cachedInSheet = new Map<string, CachedValue>();
    const arrays: FormulaCell[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const info = formulaOf(cell);
        if (info) {
          const engine = engineFormula(info.formula, aliases);
          const f: FormulaCell = { sheetIndex, row: r - 1, col: c - 1, address: cell.address, info, cached: cachedValue(info.result, book.date1904), engine };
          formulas.push(f);
          if (info.shareType === "array" && info.ref && info.ref.includes(":")) arrays.push(f);
          (rows[r - 1] ??= [])[c - 1] = engine;
          return;
        }
        const raw = rawValue(cell.value, book.date1904);
        const cached = cachedValue(cell.value instanceof Date ? cell.value : (cell.value as unknown), book.date1904);
        if (cached !== undefined) cachedInSheet.set(cell.address, cached);
        if (raw === null) return;
        const target = (rows[r - 1] ??= []);
        target[c - 1] = raw;
      });
    });
    // The other cells of an array formula's range hold the previous spill: leave them blank for the new one.
    for (const a of arrays) {
      const area = decodeRange(a.info.ref!);
      const cached = new Map<string, CachedValue>();
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          if (r === a.row && c === a.col) continue;
          const address = `${columnLetters(c)}${r + 1}`;
          const v = cachedInSheet.get(address);
          if (v !== undefined) cached.set(address, v);
          if (rows[r]) rows[r]![c] = null;
        }
      }
      spillAreas.push({ sheetIndex, anchor: a, ...area, cached });
    }
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = EMPTY;
    for (const r of rows) for (let j = 0; j < r.length; j++) if (r[j] === undefined) r[j] = null;
    sheets[ws.name] = rows;
  });

  // Values and formulas in one build (entering 10,000 formulas one by one, even in a batch, took 10 s); then the
  // names, and the formulas of spilling functions once more, so that their size is predicted from the values and
  // names now in place (plugin.ts).
  // HyperFormula stores a sheet densely when it is mostly filled; a few cells at row 100,000 and column XFD
  // would then allocate the whole rectangle (out of memory): large rectangles are always stored sparsely.
  const largest = Math.max(0, ...Object.values(sheets).map((rows) => rows.length * rows.reduce((w, r) => Math.max(w, r.length), 0)));
  const hf = HyperFormula.buildFromSheets(sheets, largest > DENSE_LIMIT ? { ...ENGINE_CONFIG, chooseAddressMappingPolicy: new AlwaysSparse() } : ENGINE_CONFIG);
  try {
    const sheetIds = worksheets.map((ws) => hf.getSheetId(ws.name)!);
    hf.batch(() => {
      bindNames(hf, book.definedNames, aliases, sheetIds, warnings);
      for (const f of formulas) if (callsSpillingFunction(f.engine)) hf.setCellContents({ sheet: sheetIds[f.sheetIndex]!, row: f.row, col: f.col }, f.engine);
    });
    const cells: RecalcCell[] = [];
    for (const f of formulas) {
      const ws = worksheets[f.sheetIndex]!;
      const sheet = sheetIds[f.sheetIndex]!;
      const r = readResult(hf, sheet, f.row, f.col);
      let value: Computed;
      let spill: CellOut[][] | null = null;
      if ("error" in r) value = explainError(f.info.formula.replace(/_xldudf_DEPIN_/gi, "DEPIN."), r);
      else if (Array.isArray(r.value)) {
        spill = r.value;
        value = r.value[0]?.[0] ?? null;
      } else value = r.value;
      cells.push(status(ws.name, f.address, f.info.formula, value, f.cached, tol));
      const area = spillAreas.find((a) => a.anchor === f);
      if (spill && !area && (spill.length > 1 || (spill[0]?.length ?? 0) > 1)) {
        warnings.push(`${ws.name}!${f.address} spills ${spill.length}×${spill[0]?.length ?? 0} but the file stores it as a single-cell formula: only the top-left value is written`);
      }
      if (area) {
        for (let rr = area.top; rr <= area.bottom; rr++) {
          for (let cc = area.left; cc <= area.right; cc++) {
            if (rr === f.row && cc === f.col) continue;
            const address = `${columnLetters(cc)}${rr + 1}`;
            const v = spill ? (spill[rr - f.row]?.[cc - f.col] ?? null) : computedOf(hf.getCellValue({ sheet, row: rr, col: cc }));
            const c = status(ws.name, address, "", typeof value === "object" && value !== null ? value : v, area.cached.get(address), tol);
            cells.push({ ...c, spillOf: f.address });
          }
        }
      }
    }
    return { cells, formulaCount: formulas.length, warnings };
  } finally {
    hf.destroy();
  }
}

function status(sheet: string, address: string, formula: string, value: Computed, cached: CachedValue | undefined, tol: number): RecalcCell {
  const isError = typeof value === "object" && value !== null;
  const s: RecalcCell["status"] = isError ? "error" : cached === undefined ? "no-cache" : same(value, cached, tol) ? "match" : "differs";
  return { sheet, address, formula, value, ...(cached !== undefined ? { cached } : {}), status: s };
}

/** Excel's cached-value form of a computed value (exceljs: an error is `{ error }`). */
function excelValue(v: Computed): ExcelJS.CellValue {
  if (typeof v === "object" && v !== null) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/** Writes every computed value into `wb` as the formula's cached result (spilled cells as plain values). */
export function writeResults(wb: ExcelJS.Workbook, report: RecalcReport): void {
  const bySheet = new Map(wb.worksheets.map((ws) => [ws.name, ws]));
  for (const c of report.cells) {
    const cell = bySheet.get(c.sheet)!.getCell(c.address);
    if (c.spillOf) {
      cell.value = excelValue(c.value);
      continue;
    }
    const v = cell.value as unknown as Record<string, unknown>;
    cell.value = { ...v, result: excelValue(c.value) } as unknown as ExcelJS.CellValue;
  }
}

/**
 * How a run is judged. Error cells always fail.
 * - "check" (`--check`): every formula cell must match the value cached in the file; a moved cell or one without a
 *   cached value fails, with its address and both values;
 * - "report" (plain `recalc FILE`): a moved cell fails; a cell without a cached value is listed as not compared;
 * - "write" (`-o OUT` without --check): the file's cached values are being replaced, so moved cells are counted only.
 */
export type ReportMode = "check" | "report" | "write";

/** Lines describing the report (every error, then the cells the mode compares), a summary, and the verdict. */
export function describeReport(report: RecalcReport, mode: ReportMode): { lines: string[]; failed: boolean } {
  const lines: string[] = [];
  const show = (v: Computed | CachedValue | undefined) => (v === undefined ? "(none)" : typeof v === "object" && v !== null ? v.error : JSON.stringify(v));
  const where = (c: RecalcCell) => (c.formula ? `  (${c.formula})` : c.spillOf ? `  (spill of ${c.spillOf})` : "");
  const of = (status: RecalcCell["status"]) => report.cells.filter((c) => c.status === status);
  const [errors, differs, uncached] = [of("error"), of("differs"), of("no-cache")];
  for (const c of errors) {
    const v = c.value as { error: string; message: string };
    lines.push(`error    ${c.sheet}!${c.address}  ${v.error}${v.message ? ` ${v.message}` : ""}${where(c)}`);
  }
  if (mode !== "write") for (const c of differs) lines.push(`differs  ${c.sheet}!${c.address}  computed ${show(c.value)}, cached ${show(c.cached)}${where(c)}`);
  if (mode === "check") for (const c of uncached) lines.push(`no-cache ${c.sheet}!${c.address}  computed ${show(c.value)}, the file caches no value${where(c)}`);
  for (const w of report.warnings) lines.push(`warning  ${w}`);
  // The DEPIN cells in the summary's first form (what `recalc` has always printed), then every formula.
  const depin = report.cells.filter((c) => callsDepin(c.formula));
  const count = (status: RecalcCell["status"]) => depin.filter((c) => c.status === status).length;
  const dErrors = count("error");
  const dUncached = count("no-cache");
  lines.push(
    `${depin.length} DEPIN cells recalculated: ${count("match")} match, ${count("differs")} differ, ${dErrors} error${dErrors === 1 ? "" : "s"}` +
      (dUncached > 0 ? `, ${dUncached} without a cached value${mode === "check" ? "" : " (not compared)"}` : ""),
  );
  const n = report.cells.length;
  lines.push(
    `${report.formulaCount} formulas (${n} cells with their spills): ${errors.length} error${errors.length === 1 ? "" : "s"}, ` +
      `${n - errors.length - differs.length - uncached.length} match the cached values, ${differs.length} ${mode === "write" ? "updated" : "differ"}, ${uncached.length} had no cached value`,
  );
  const failed = errors.length > 0 || (mode !== "write" && differs.length > 0) || (mode === "check" && uncached.length > 0);
  return { lines, failed };
}
