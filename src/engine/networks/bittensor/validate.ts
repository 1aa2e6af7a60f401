/**
 * Bittensor argument rules: coercion plus range checks, which throw DepinError. The matrix reader is a
 * fast path for up to 4,096 × 4,096 ranges (no Decimal, no per-cell allocation) that falls back to the
 * core coercion for any cell that is not a plain non-negative finite number, so it gives exactly the
 * messages of `coerce.matrix`.
 */
import { coerce, DepinError, msg } from "../../core";
import type { YumaSettings, YumaVariant } from "./yuma";

/** Largest subnet TAO_YUMA accepts (SPEC §7). */
export const MAX_UIDS = 4096;

function slowCell(param: string, c: unknown, max: number | undefined): number {
  if (coerce.isBlank(c)) return 0;
  return coerce.num(param, c, max === undefined ? { min: 0 } : { min: 0, max });
}

/** The size n of a square n×n matrix argument (1 ≤ n ≤ 4,096), or a DepinError naming `param`. */
export function squareSize(param: string, v: unknown): number {
  const g = coerce.grid(v);
  const n = g.length;
  if (n === 0) throw new DepinError("INVALID_ARG", param, v, msg.required(param));
  if (n > MAX_UIDS) throw new DepinError("OUT_OF_RANGE", param, v, msg.tooLarge(param, MAX_UIDS, v));
  for (let i = 0; i < n; i++) {
    const row = g[i];
    if (!Array.isArray(row) || row.length !== n) throw new DepinError("INVALID_ARG", param, v, msg.square(param, v));
  }
  return n;
}

/**
 * An n×n numeric argument as the Yuma kernel reads it: the caller's rows, validated cell by cell in the
 * kernel's first pass over them ({@link readRow}), so the matrix is never copied into a second n×n store.
 */
export interface MatrixSource {
  readonly param: string;
  readonly rows: readonly (readonly unknown[])[];
  /** Largest accepted value (Number.MAX_VALUE when unbounded, so that ±Infinity takes the slow path). */
  readonly max: number;
}

/**
 * Checks the shape of an n×n matrix argument (n rows of n cells; cells are checked by {@link readRow}).
 * `max` bounds the cells (none when omitted).
 */
export function matrixSource(param: string, v: unknown, n: number, max?: number): MatrixSource {
  const g = coerce.grid(v);
  if (g.length !== n) throw new DepinError("INVALID_ARG", param, v, msg.sameLength(param, "uid", n, v));
  for (let i = 0; i < n; i++) {
    const row = g[i];
    if (!Array.isArray(row) || row.length !== n) throw new DepinError("INVALID_ARG", param, v, msg.square(param, v));
  }
  return { param, rows: g, max: max ?? Number.MAX_VALUE };
}

/**
 * A validated matrix row: the caller's array, or a Float64Array copy where some cell needed coercion. The
 * caller's array may hold null for a blank cell (typed as number: every use multiplies or adds it, which
 * reads null as 0); it never holds anything else that is not a number.
 */
export type Row = ArrayLike<number>;

/**
 * Validates row i of `src` (blank cells are 0; anything else must be a number in [0, max], else the
 * DepinError of `coerce.num`) and sets `out.sum` to the row's sum. Returns the row itself when every cell is a plain
 * number or a blank (null), else a validated Float64Array copy. A 4,096² range with blank cells (Excel
 * users leave zeros empty) copied row by row put 134 MB of JS arrays on the collected heap (measured: the
 * epoch took 3× as long, mostly in the garbage collector; as Float64Array copies 1.6×).
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

/** A vector of n non-negative numbers (blank cells 0). */
export function vectorN(param: string, v: unknown, n: number, other: string): Float64Array {
  const x = coerce.vector(param, v, { min: 0 });
  if (x.length !== n) throw new DepinError("INVALID_ARG", param, v, msg.sameLength(param, other, n, v));
  return Float64Array.from(x);
}

/** A vector of n TRUE/FALSE values, or null when the whole argument is blank. Blank cells are FALSE. */
export function boolsN(param: string, v: unknown, n: number, other: string): Uint8Array | null {
  if (coerce.isBlankInput(v)) return null;
  const x = coerce.boolVector(param, v, false);
  if (x.length !== n) throw new DepinError("INVALID_ARG", param, v, msg.sameLength(param, other, n, v));
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = x[i] ? 1 : 0;
  return out;
}

export const SETTING_NAMES = [
  "kappa",
  "bonds_moving_average",
  "bonds_penalty",
  "yuma",
  "max_validators",
  "owner_uid",
  "stake_threshold",
  "emission",
] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

export const YUMA_VARIANTS: readonly YumaVariant[] = ["yuma", "yuma3"];

/** Defaults of the TAO_YUMA settings (REFERENCE.md B.2). */
export const DEFAULT_SETTINGS: YumaSettings = {
  kappa: 32767 / 65535,
  bondsMovingAverage: 0.9,
  bondsPenalty: 1,
  yuma: "yuma",
  maxValidators: 64,
  ownerUid: -1,
  stakeThreshold: 0,
  emission: 1,
};

/**
 * The `settings` argument: a 2-column name/value range (names case-insensitive; rows whose name and
 * value are both blank are skipped). Unknown names, repeated names and bad values are errors naming
 * the setting. A blank value means the setting's default.
 */
export function settings(v: unknown, n: number): YumaSettings {
  const s: { -readonly [K in keyof YumaSettings]: YumaSettings[K] } = { ...DEFAULT_SETTINGS };
  if (coerce.isBlankInput(v)) return s;
  const g = coerce.grid(v);
  const seen = new Set<string>();
  for (const row of g) {
    if (!Array.isArray(row) || row.length !== 2) throw new DepinError("INVALID_ARG", "settings", v, msg.pairs("settings", v));
    const [rawName, value] = row as [unknown, unknown];
    if (coerce.isBlank(rawName) && coerce.isBlank(value)) continue;
    const name = coerce.choice("settings", rawName, SETTING_NAMES);
    if (seen.has(name)) throw new DepinError("INVALID_ARG", "settings", v, msg.duplicate("settings", name));
    seen.add(name);
    switch (name) {
      case "kappa":
        s.kappa = coerce.num(name, value, { gt: 0, lt: 1, default: DEFAULT_SETTINGS.kappa });
        break;
      case "bonds_moving_average":
        s.bondsMovingAverage = coerce.num(name, value, { min: 0, max: 1, default: DEFAULT_SETTINGS.bondsMovingAverage });
        break;
      case "bonds_penalty":
        s.bondsPenalty = coerce.num(name, value, { min: 0, max: 1, default: DEFAULT_SETTINGS.bondsPenalty });
        break;
      case "yuma":
        s.yuma = coerce.choice(name, value, YUMA_VARIANTS, DEFAULT_SETTINGS.yuma);
        break;
      case "max_validators":
        s.maxValidators = coerce.num(name, value, { min: 0, integer: true, default: DEFAULT_SETTINGS.maxValidators });
        break;
      case "owner_uid": {
        const o = coerce.optNum(name, value, { min: 0, max: n - 1, integer: true });
        s.ownerUid = o === undefined ? -1 : o;
        break;
      }
      case "stake_threshold":
        s.stakeThreshold = coerce.num(name, value, { min: 0, default: 0 });
        break;
      case "emission":
        s.emission = coerce.num(name, value, { min: 0, default: 1 });
        break;
    }
  }
  return s;
}

/** Non-negative finite number. */
export const nonNeg = (param: string, v: unknown, def?: number) =>
  coerce.dec(param, v, def === undefined ? { min: 0 } : { min: 0, default: def });

/** A fraction in [0, 1]. */
export const fraction = (param: string, v: unknown, def?: number) =>
  coerce.dec(param, v, def === undefined ? { min: 0, max: 1 } : { min: 0, max: 1, default: def });
