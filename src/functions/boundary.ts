/**
 * The only place engine results and errors cross into a spreadsheet host.
 *
 * - Decimal results become IEEE doubles here, once per output cell.
 * - Every output cell is checked with Number.isFinite; NaN, Infinity and undefined never reach Excel.
 * - DepinError becomes `#VALUE!` (argument problems, unknown enumerations) or `#N/A` (NOT_AVAILABLE: a
 *   result that does not exist), with the engine's message. Anything else becomes
 *   `#VALUE!` "[DEPIN] internal error in <FUNCTION>".
 *
 * In Excel, errors are thrown as `CustomFunctions.Error`; elsewhere (the headless evaluator, tests) as
 * {@link HostError}, which the HyperFormula plugin turns into a CellError.
 */
import type Decimal from "decimal.js";
import { DepinError } from "../engine/core/errors";
import { msg } from "../engine/core/messages";

export type ExcelErrorCode = "#VALUE!" | "#N/A";

/** An Excel error outside Excel: carries the code and the message the cell would show. */
export class HostError extends Error {
  readonly code: ExcelErrorCode;
  constructor(code: ExcelErrorCode, message: string) {
    super(message);
    this.name = "HostError";
    this.code = code;
  }
}

/** One output cell as the engine produces it; `null` is a blank cell inside a table. */
export type EngineCell = Decimal | number | string | boolean | null;
/** One output cell as Excel receives it. */
export type HostCell = number | string | boolean;

function hostError(code: ExcelErrorCode, message: string): unknown {
  if (typeof CustomFunctions !== "undefined" && CustomFunctions && CustomFunctions.Error) {
    const ec = code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(ec, message);
  }
  return new HostError(code, message);
}

/** Converts any thrown value into the host error to throw. */
export function toHostError(fn: string, e: unknown): unknown {
  if (e instanceof DepinError) return hostError(e.code === "NOT_AVAILABLE" ? "#N/A" : "#VALUE!", e.message);
  if (e instanceof HostError) return hostError(e.code, e.message);
  return hostError("#VALUE!", msg.internal(fn));
}

function outCell(fn: string, x: EngineCell): HostCell {
  if (typeof x === "string" || typeof x === "boolean") return x;
  // Excel shows null inside a returned matrix as 0 (office-js#1503): an empty-looking cell is "".
  if (x === null) return "";
  const n = typeof x === "number" ? x : x.toNumber();
  if (!Number.isFinite(n)) throw new HostError("#VALUE!", msg.nonFiniteResult(fn));
  // Excel shows -0 as 0 but some hosts print "-0": normalise.
  return n === 0 ? 0 : n;
}

/** One number result as Excel receives it (a finite double). */
export function outNumber(fn: string, x: unknown): number {
  return outCell(fn, x as EngineCell) as number;
}

/** One cell of any type as Excel receives it. */
export function outValue(fn: string, x: unknown): HostCell {
  return outCell(fn, x as EngineCell);
}

/**
 * A table as Excel receives it: a rectangular, non-empty 2-D array of finite cells. Rows whose cells are already
 * what Excel receives (numbers, text, booleans) are passed on as they are, and so is the table when every row is:
 * a copy is made only from the first cell that converts (a Decimal, null, −0), so a 20,000-row numeric spill is
 * not copied (a second array of that size lands in V8's large-object space and slows every collection).
 */
export function outMatrix(fn: string, x: unknown): HostCell[][] {
  const rows = x as readonly (readonly EngineCell[])[];
  if (!Array.isArray(rows) || rows.length === 0) throw new HostError("#VALUE!", msg.internal(fn));
  const width = rows[0]!.length;
  let out: HostCell[][] | undefined;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.length !== width || width === 0) throw new HostError("#VALUE!", msg.internal(fn));
    let o: HostCell[] | undefined;
    for (let j = 0; j < width; j++) {
      const cell = r[j]!;
      const c = outCell(fn, cell);
      if (o === undefined && !Object.is(c, cell)) o = r.slice(0, j) as HostCell[];
      if (o !== undefined) o[j] = c;
    }
    if (o !== undefined && out === undefined) out = rows.slice(0, i) as HostCell[][];
    if (out !== undefined) out[i] = o ?? (r as HostCell[]);
  }
  return out ?? (rows as HostCell[][]);
}
