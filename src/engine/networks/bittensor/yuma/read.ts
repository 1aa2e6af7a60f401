/**
 * Input reading for the Yuma epoch: shapes of the n×n arguments and the row reader both kernels validate
 * cells with. A fast path for up to 4,096 × 4,096 ranges (no Decimal, no per-cell allocation) that falls
 * back to the core coercion for any cell that is not a plain non-negative finite number, so it gives exactly
 * the messages of `coerce.matrix`.
 */
import { coerce, DepinError, msg } from "../../../core";
import { bittensorParams as P } from "../params";
import type { BondRows, MatrixSource, Row } from "./types";

/** Largest subnet TAO_YUMA accepts (SPEC §7). */
export const MAX_UIDS = Number(P.maxUids.value);

/** Largest stored bond: bonds are u16 on chain, written as ⌊x·65535⌋ (math.rs:53). */
export const U16_MAX = 0xffff;

/**
 * A whole argument that is an object but not a range (a host error value, or what a script passes) is read as
 * one cell: the cell's message naming `param` (`coerce` reads any such object as an error value). Messages
 * that show the argument never see the object itself.
 */
export function rejectObject(param: string, v: unknown): void {
  if (typeof v === "object" && v !== null && !Array.isArray(v)) coerce.num(param, v);
}

/** The rows of a range argument (a scalar is 1×1, a plain list is one column), without copying a 2-D range. */
function gridOf(param: string, v: unknown): readonly unknown[] {
  rejectObject(param, v);
  if (!Array.isArray(v)) return [[v]];
  return v.length > 0 && !Array.isArray(v[0]) ? coerce.grid(v) : v;
}

/** Checks that rows[0..n) are arrays of n cells (a hole or a scalar row is a shape error). */
function checkSquare(param: string, v: unknown, rows: readonly unknown[], n: number): void {
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length !== n) throw new DepinError("INVALID_ARG", param, v, msg.square(param, v));
  }
}

/** The size n of a square n×n matrix argument (1 ≤ n ≤ 4,096, checked before any row is read), or a DepinError naming `param`. */
export function squareSize(param: string, v: unknown): number {
  rejectObject(param, v);
  const n = Array.isArray(v) ? v.length : 1;
  if (n === 0) throw new DepinError("INVALID_ARG", param, v, msg.required(param));
  if (n > MAX_UIDS) throw new DepinError("OUT_OF_RANGE", param, v, msg.tooLarge(param, MAX_UIDS, v));
  checkSquare(param, v, gridOf(param, v), n);
  return n;
}

/**
 * Checks the shape of an n×n matrix argument (n rows of n cells; cells are checked by {@link readRow}).
 * `max` bounds the cells (none when omitted).
 */
export function matrixSource(param: string, v: unknown, n: number, max?: number): MatrixSource {
  rejectObject(param, v);
  const g = gridOf(param, v);
  if (g.length !== n) throw new DepinError("INVALID_ARG", param, v, msg.sameLength(param, "uid", n, v));
  checkSquare(param, v, g, n);
  return { param, rows: g as readonly (readonly unknown[])[], max: max ?? Number.MAX_VALUE };
}

function slowCell(param: string, c: unknown, max: number | undefined): number {
  if (coerce.isBlank(c)) return 0;
  return coerce.num(param, c, max === undefined ? { min: 0 } : { min: 0, max });
}

/**
 * Validates row i of `src` (blank cells, and holes, are 0; anything else must be a number in [0, max], else
 * the DepinError of `coerce.num`) and sets `out.sum` to the row's sum. Returns the row itself when every cell
 * is a plain number or a blank (null), else a validated Float64Array copy. A 4,096² range with blank cells
 * (Excel users leave zeros empty) copied row by row put 134 MB of JS arrays on the collected heap (measured:
 * the epoch took 3× as long, mostly in the garbage collector; as Float64Array copies 1.6×).
 */
export function readRow(src: MatrixSource, i: number, out: { sum: number }): Row {
  const row = src.rows[i]!;
  const n = row.length;
  const hi = src.max;
  let s = 0;
  let j = 0;
  for (; j < n; j++) {
    const c = row[j];
    if (typeof c === "number" && c >= 0 && c <= hi) s += c;
    else break;
  }
  if (j === n) {
    out.sum = s;
    return row as readonly number[];
  }
  // Blank cells (null, as Excel on the web and the headless engine pass them) and numbers only: keep the
  // caller's row, since arithmetic reads null as 0 (null·x = 0, x + null = x) — every kernel loop only
  // multiplies and adds cells — so a matrix with empty cells costs no copy.
  let k = j;
  for (; k < n; k++) {
    const c = row[k];
    if (c === null) continue;
    if (typeof c === "number" && c >= 0 && c <= hi) s += c;
    else break;
  }
  if (k === n) {
    out.sum = s;
    return row as Row;
  }
  const copy = new Float64Array(n);
  s = 0;
  for (j = 0; j < n; j++) {
    const c = row[j];
    const x = typeof c === "number" && c >= 0 && c <= hi ? c : slowCell(src.param, c, src.max === Number.MAX_VALUE ? undefined : src.max);
    copy[j] = x;
    s += x;
  }
  out.sum = s;
  return copy;
}

/**
 * {@link readRow} that also adds the row's cells to `colSum` (column sums of a matrix read row by row), in the
 * same loop. Returns the row, or a validated copy.
 */
export function readRowAdding(src: MatrixSource, i: number, out: { sum: number }, colSum: Float64Array): Row {
  const row = src.rows[i]!;
  const n = row.length;
  const hi = src.max;
  let s = 0;
  let j = 0;
  for (; j < n; j++) {
    const c = row[j];
    if (typeof c === "number" && c >= 0 && c <= hi) {
      s += c;
      colSum[j] = colSum[j]! + c;
    } else break;
  }
  if (j === n) {
    out.sum = s;
    return row as readonly number[];
  }
  // A cell that is not a plain number: validate the rest through readRow, then add what is left.
  const rest = readRow(src, i, out);
  for (let k = j; k < n; k++) colSum[k] = colSum[k]! + rest[k]!;
  return rest;
}

/** An n×n matrix read by {@link matrixRows}: kept rows (null = all zero or not kept) and their sums. */
export interface MatrixRows {
  /** The caller's rows where every cell was a number or blank, else validated copies ({@link Row}); never modified. */
  readonly rows: (Row | null)[];
  /** Σ_j of each kept row (0 for rows not kept). */
  readonly sums: Float64Array;
}

/**
 * Reads an n×n matrix of non-negative finite numbers (blank cells are 0, at most `max` when given). Every cell
 * is validated ({@link readRow}); only rows with `keep[i]` (all rows when `keep` is null) are kept, and
 * all-zero rows are null.
 */
export function matrixRows(param: string, v: unknown, n: number, keep: Uint8Array | null, max?: number): MatrixRows {
  const src = matrixSource(param, v, n, max);
  const rows = new Array<Row | null>(n).fill(null);
  const sums = new Float64Array(n);
  const out = { sum: 0 };
  for (let i = 0; i < n; i++) {
    const row = readRow(src, i, out);
    if ((keep === null || keep[i]) && out.sum > 0) {
      rows[i] = row;
      sums[i] = out.sum;
    }
  }
  return { rows, sums };
}

/** The bonds argument as validated rows (all-zero rows dropped) and its column sums, in one pass. */
export function bondRows(B: MatrixSource, n: number): BondRows {
  const rowOut = { sum: 0 };
  const rows = new Array<Row | null>(n).fill(null);
  const colSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = readRowAdding(B, i, rowOut, colSum);
    if (rowOut.sum > 0) rows[i] = b;
  }
  return { rows, colSum };
}

/** acc += row, element-wise. */
function addTo(acc: Float64Array, row: Row): void {
  for (let j = 0; j < acc.length; j++) acc[j] = acc[j]! + row[j]!;
}

/** Stored bond rows (null = none) with their column sums. */
export function withColumnSums(rows: readonly (Row | null)[], n: number): BondRows {
  const colSum = new Float64Array(n);
  for (const b of rows) if (b) addTo(colSum, b);
  return { rows, colSum };
}
