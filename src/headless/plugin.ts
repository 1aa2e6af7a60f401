/**
 * The DEPIN functions as a HyperFormula plugin (GPL-3.0 engine: dev/CLI only, never bundled).
 *
 * Everything is derived from the generated metadata (src/functions/functions.generated.json, made from
 * the adapters' JSDoc) and the adapter exports of src/functions/index.ts: no second list of functions.
 * Each formula call runs what Excel's adapter runs — the declaration bound by the runner (runtime.ts
 * `hostFunction`) and, on a throw, the adapter's `toHostError` — with the same coercion rules:
 *
 * - scalar parameters are declared `ANY`: an omitted or blank argument reaches the
 *   adapter as `null`, exactly as in Excel, so the documented default applies (a `NUMBER` parameter would
 *   turn `=F(1,)` into 0); numeric text and booleans go through the engine's own coercion;
 * - matrix parameters are declared `RANGE` and handed over as 2-D arrays (empty cells → `null`, error
 *   cells → error objects the engine reports by name);
 * - an error argument (e.g. `1/0`) short-circuits to that error before the function runs, as in Excel;
 * - a wrong number of arguments is `#N/A` (HyperFormula's convention);
 * - `HostError` from src/functions/boundary.ts becomes a CellError (`#VALUE!` or `#N/A`) with its message;
 *   any other exception is a bug and becomes `#VALUE!` saying so, never the raw JavaScript message.
 *
 * Speed (bench/headless.ts, SPEC §7): a formula call costs no argument array, spread call or closure on
 * our side (functions of up to six arguments; longer ones use an array), the generated adapter's extra
 * call layer is skipped, and a same-sheet reference to a number is read without the interpreter's
 * allocations (see `numberAt`). What remains per call is HyperFormula's function-call machinery, the
 * runner's coercion and the core.
 *
 * Spilled results need their size before evaluation (HyperFormula predicts array sizes when a formula is
 * entered). The predictor resolves the arguments to values when they are literals, array constants,
 * references or ranges of value cells, or defined names over such ranges (working around the missing
 * named-expression case in HyperFormula 3.5's predictor, HyperFormula issue #1533), runs the function once and
 * uses the size of the real result (the evaluation that follows computes it again). When an argument is itself
 * computed by a formula, the size cannot be known at that point and a 1×1 result is predicted; the
 * evaluator (evaluator.ts) therefore enters values before formulas. Limitation: if a value cell that
 * determines a spill's size changes later, the spill keeps its predicted size until the formula is
 * entered again.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import * as adapters from "../functions";
import { msg } from "../engine/core/messages";
import { HostError } from "../functions/boundary";
import metadataJson from "../functions/functions.generated.json";
import { hostFunction, toHostError, type HostFunction } from "../functions/runtime";
import { adapterName } from "../functions/naming";

interface ParamMeta {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: ParamMeta[];
  result: { type?: string; dimensionality?: string };
}

export const METADATA: readonly FunctionMeta[] = (metadataJson as { functions: FunctionMeta[] }).functions;

/**
 * The function Excel's adapter for `id` calls: its declaration bound by the runner, with the boundary's
 * result conversion (src/functions/runtime.ts). The adapter itself (src/functions/<family>.ts) adds only
 * `catch (e) { throw toHostError(id, e) }`, which {@link call} applies the same way; calling the bound
 * function directly saves a call layer per formula. Fails at load when the adapter is missing.
 */
function hostFunctionFor(id: string): HostFunction {
  if (typeof (adapters as unknown as Record<string, unknown>)[adapterName(id)] !== "function") {
    throw new Error(`no adapter ${adapterName(id)} for ${id}`);
  }
  return hostFunction(id);
}

/** Excel's text for a HyperFormula error type. */
const ERROR_TEXT: Record<string, string> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.CYCLE]: "#CYCLE!",
  [ErrorType.SPILL]: "#SPILL!",
  [ErrorType.LIC]: "#LIC!",
  [ErrorType.ERROR]: "#ERROR!",
};

/** A cell error as the engine's coercion sees it (an object with the Excel error text in `value`). */
function errorObject(e: CellError): { value: string } {
  return { value: ERROR_TEXT[e.type] ?? "#VALUE!" };
}

/** One HyperFormula scalar as the adapter receives it. */
function toHostScalar(x: unknown): unknown {
  if (typeof x === "number") return x; // the common case first
  if (x === EmptyValue || x === undefined) return null;
  if (x instanceof CellError) return errorObject(x);
  if (typeof x === "object" && x !== null && "val" in x) return (x as { val: unknown }).val; // rich numbers (dates, %)
  return x;
}

/** One argument as the adapter receives it: scalars, or 2-D arrays for ranges. */
function toHostArg(x: unknown): unknown {
  if (typeof x === "number") return x;
  if (x instanceof SimpleRangeValue) return x.rawData().map((row) => row.map(toHostScalar));
  return toHostScalar(x);
}

/** The function's result as HyperFormula expects it. */
function toHfResult(value: unknown): unknown {
  if (Array.isArray(value)) return SimpleRangeValue.onlyValues(value as (number | string | boolean)[][]);
  return value;
}

/** What the adapter would throw for `e`, as a CellError. */
function cellError(id: string, e: unknown): CellError {
  const h = toHostError(id, e); // the adapter's catch
  if (h instanceof HostError) return new CellError(h.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, h.message);
  // Not a documented error: a bug. The raw JavaScript message ("x.map is not a function") would mean
  // nothing to the person who typed the formula.
  return new CellError(ErrorType.VALUE, msg.internal(`DEPIN.${id}`));
}

/** Runs a host function on an argument list (size prediction, and functions of more than six arguments). */
function call(fn: HostFunction, id: string, args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (e) {
    return cellError(id, e);
  }
}

/**
 * Runs a host function of up to six arguments, without an argument array: this is the per-formula path.
 * Arguments past the function's arity are null and ignored by the bound function.
 */
function call6(fn: HostFunction, id: string, a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown): unknown {
  let r: unknown;
  try {
    r = fn(a, b, c, d, e, f);
  } catch (x) {
    return cellError(id, x);
  }
  return typeof r === "number" ? r : toHfResult(r);
}

function wrongArity(id: string, required: number, arity: number): CellError {
  return new CellError(ErrorType.NA, `Wrong number of arguments: DEPIN.${id} takes ${required === arity ? required : `${required} to ${arity}`}.`);
}

/**
 * The address {@link DepinPluginBase.numberAt} looks up (read, never kept, by the address mapping), and the
 * options it passes (none: a missing sheet is `undefined`, not an exception). Module constants, so a lookup
 * allocates nothing.
 */
const SCRATCH = { sheet: 0, col: 0, row: 0 };
const NO_OPTIONS = {};

/** Marker for an argument whose value cannot be known when the formula is entered. */
const UNRESOLVED = Symbol("unresolved");

// HyperFormula's AST and graph are internals: typed loosely here, pinned by tests (test/headless).
/* eslint-disable @typescript-eslint/no-explicit-any */
type Ast = any;

class DepinPluginBase extends FunctionPlugin {
  /** A value cell's content, null for an empty cell, UNRESOLVED for a formula (or a vertex not built yet). */
  private cellAt(address: any): unknown {
    const graph: any = this.dependencyGraph;
    const vertex = graph.getCell(address);
    if (vertex === undefined || vertex === null) return null;
    if (typeof vertex.getFormula === "function") return UNRESOLVED;
    if (typeof vertex.getCellValue === "function") return toHostScalar(vertex.getCellValue());
    return null; // empty cell vertex
  }

  /** Resolves an argument AST to a host value when that needs no evaluation. */
  private resolve(ast: Ast, state: any): unknown {
    const base = state.formulaAddress;
    switch (ast.type) {
      case "EMPTY":
        return null;
      case "NUMBER":
      case "STRING":
        return ast.value;
      case "MINUS_UNARY_OP": {
        const v = this.resolve(ast.value, state);
        return typeof v === "number" ? -v : UNRESOLVED;
      }
      case "PLUS_UNARY_OP":
        return this.resolve(ast.value, state);
      case "PERCENT_OP": {
        const v = this.resolve(ast.value, state);
        return typeof v === "number" ? v / 100 : UNRESOLVED;
      }
      case "PARENTHESES":
        return this.resolve(ast.expression, state);
      case "FUNCTION_CALL": {
        const name = String(ast.procedureName).toUpperCase();
        if (ast.args.length === 0 && (name === "TRUE" || name === "FALSE")) return name === "TRUE";
        return UNRESOLVED;
      }
      case "ARRAY": {
        const rows = (ast.args as Ast[][]).map((row) => row.map((c) => this.resolve(c, state)));
        return rows.some((r) => r.includes(UNRESOLVED)) ? UNRESOLVED : rows;
      }
      case "CELL_REFERENCE":
        return this.cellAt(ast.reference.toSimpleCellAddress(base));
      case "CELL_RANGE": {
        const start = ast.start.toSimpleCellAddress(base);
        const end = ast.end.toSimpleCellAddress(base);
        const rows: unknown[][] = [];
        for (let r = Math.min(start.row, end.row); r <= Math.max(start.row, end.row); r++) {
          const row: unknown[] = [];
          for (let c = Math.min(start.col, end.col); c <= Math.max(start.col, end.col); c++) {
            const v = this.cellAt({ sheet: start.sheet, row: r, col: c });
            if (v === UNRESOLVED) return UNRESOLVED;
            row.push(v);
          }
          rows.push(row);
        }
        return rows;
      }
      case "NAMED_EXPRESSION": {
        const graph: any = this.dependencyGraph;
        const named = graph.namedExpressions.namedExpressionOrPlaceholder(ast.expressionName, base.sheet);
        const vertex = named && graph.getCell(named.address);
        if (vertex === undefined || vertex === null) return UNRESOLVED;
        if (typeof vertex.getFormula === "function") {
          const inner = vertex.getFormula(graph.lazilyTransformingAstService);
          return this.resolve(inner, { ...state, formulaAddress: named.address });
        }
        return typeof vertex.getCellValue === "function" ? toHostScalar(vertex.getCellValue()) : null;
      }
      default:
        return UNRESOLVED;
    }
  }

  /** Size prediction for a spilling function: run it on the resolved arguments and measure the result. */
  protected predictSize(fn: HostFunction, id: string, ast: Ast, state: any): ArraySize {
    const args = (ast.args as Ast[]).map((a) => this.resolve(a, state));
    if (args.includes(UNRESOLVED)) return new ArraySize(1, 1);
    const result = call(fn, id, args);
    if (Array.isArray(result) && result.length > 0 && Array.isArray(result[0])) {
      return new ArraySize((result[0] as unknown[]).length, result.length);
    }
    return new ArraySize(1, 1);
  }

  /**
   * The number in the cell a same-sheet reference points at, read as HyperFormula's interpreter reads it
   * (Interpreter.evaluateAst on a CELL_REFERENCE: the address relative to the formula, the vertex's value,
   * −0 as 0) but without allocating an address or going through the interpreter's generic post-processing:
   * the common argument of a filled-down column. `undefined` whenever anything else could apply — another
   * sheet, an address off the sheet (#REF!), an empty cell, a spilled array, a value that is not a finite
   * plain number (text, booleans, errors, dates and percentages) — and the caller then asks the interpreter.
   * Reading a reference this way saves ~290 bytes of garbage per formula call of three references
   * (~9 % of a recalculation's allocation) and ~4 % of the SPEC §7 bench's time.
   */
  private numberAt(ref: any, base: any): number | undefined {
    if (ref.sheet !== undefined) return undefined;
    const col = ref.isColumnAbsolute() ? ref.col : base.col + ref.col;
    const row = ref.isRowAbsolute() ? ref.row : base.row + ref.row;
    if (col < 0 || row < 0) return undefined;
    SCRATCH.sheet = base.sheet;
    SCRATCH.col = col;
    SCRATCH.row = row;
    const graph: any = this.dependencyGraph;
    const vertex = graph.addressMapping.getCell(SCRATCH, NO_OPTIONS);
    if (vertex === undefined || typeof vertex.getArrayCellValue === "function") return undefined;
    const x: unknown = vertex.getCellValue();
    if (typeof x !== "number" || x - x !== 0) return undefined;
    return x === 0 ? 0 : x;
  }

  /**
   * One argument as the function receives it, or the CellError it evaluates to (which the caller returns:
   * an error argument short-circuits, as in Excel). Evaluated directly (cheaper than the generic
   * `runFunction`, which also vectorises and coerces, neither of which applies here): an omitted argument is
   * `null`, a range a 2-D array (a 1×1 range passed to a scalar parameter is its value, as in Excel).
   */
  protected arg(ast: Ast, state: any): unknown {
    if (ast.type === "EMPTY") return null;
    if (ast.type === "CELL_REFERENCE") {
      const x = this.numberAt(ast.reference, state.formulaAddress);
      if (x !== undefined) return x;
    }
    const v = this.evaluateAst(ast, state);
    if (typeof v === "number" || v instanceof CellError) return v;
    return toHostArg(v);
  }

  /** Evaluation of a function of more than six arguments (the common arities take {@link scalarMethod}'s path). */
  protected evaluate(fn: HostFunction, id: string, ast: Ast, state: any, arity: number, required: number): any {
    const given = ast.args as Ast[];
    if (given.length > arity || given.length < required) return wrongArity(id, required, arity);
    const args = new Array<unknown>(arity).fill(null);
    for (let i = 0; i < given.length; i++) {
      const v = this.arg(given[i], state);
      if (v instanceof CellError) return v;
      args[i] = v;
    }
    const result = call(fn, id, args);
    return result instanceof CellError ? result : toHfResult(result);
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * The evaluation method of a function of at most six arguments: the per-formula path, so no argument
 * array, no spread call and no closure per call. Same rules as {@link DepinPluginBase.evaluate}: wrong
 * arity is #N/A, arguments are evaluated left to right and the first error is the result, omitted ones
 * are null.
 */
function scalarMethod(fn: HostFunction, id: string, arity: number, required: number) {
  return function (this: DepinPluginBase, ast: Ast, state: unknown): unknown {
    const g = ast.args as Ast[];
    const n = g.length;
    if (n > arity || n < required) return wrongArity(id, required, arity);
    const a = n > 0 ? this["arg"](g[0], state) : null;
    if (a instanceof CellError) return a;
    const b = n > 1 ? this["arg"](g[1], state) : null;
    if (b instanceof CellError) return b;
    const c = n > 2 ? this["arg"](g[2], state) : null;
    if (c instanceof CellError) return c;
    const d = n > 3 ? this["arg"](g[3], state) : null;
    if (d instanceof CellError) return d;
    const e = n > 4 ? this["arg"](g[4], state) : null;
    if (e instanceof CellError) return e;
    const f = n > 5 ? this["arg"](g[5], state) : null;
    if (f instanceof CellError) return f;
    return call6(fn, id, a, b, c, d, e, f);
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Builds the plugin class and its translations from the metadata (done once per process). */
function buildPlugin(): { plugin: typeof DepinPluginBase; translations: Record<string, Record<string, string>> } {
  class DepinPlugin extends DepinPluginBase {}
  const implemented: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  const proto = DepinPlugin.prototype as unknown as Record<string, unknown>;
  for (const f of METADATA) {
    const fn = hostFunctionFor(f.id); // fails loudly at load when an adapter is missing; bound once, not per call
    const method = `fn_${f.id}`;
    const spills = f.result.dimensionality === "matrix";
    const parameters = f.parameters.map((p) => ({
      argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
      ...(p.optional ? { optionalArg: true } : {}),
    }));
    implemented[`DEPIN.${f.id}`] = {
      method,
      parameters,
      vectorizationForbidden: true,
      ...(spills ? { sizeOfResultArrayMethod: `size_${f.id}` } : {}),
    };
    const required = f.parameters.filter((p) => !p.optional).length;
    const arity = f.parameters.length;
    proto[method] =
      arity <= 6
        ? scalarMethod(fn, f.id, arity, required)
        : function (this: DepinPluginBase, ast: unknown, state: unknown) {
            return this["evaluate"](fn, f.id, ast, state, arity, required);
          };
    if (spills) {
      proto[`size_${f.id}`] = function (this: DepinPluginBase, ast: unknown, state: unknown) {
        return this["predictSize"](fn, f.id, ast, state);
      };
    }
    names[`DEPIN.${f.id}`] = `DEPIN.${f.id}`;
  }
  (DepinPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  return { plugin: DepinPlugin, translations: { enGB: names, enUS: names } };
}

let registered = false;

/** Registers the DEPIN plugin with HyperFormula (idempotent). */
export function registerDepinPlugin(): void {
  if (registered) return;
  const { plugin, translations } = buildPlugin();
  HyperFormula.registerFunctionPlugin(plugin as never, translations);
  registered = true;
}

/** The ids the plugin registers, in catalog order. */
export function registeredIds(): string[] {
  return METADATA.map((f) => f.id);
}
