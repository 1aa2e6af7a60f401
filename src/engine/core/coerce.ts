/**
 * Coercion of raw spreadsheet values into validated engine inputs. Both hosts (the Excel custom
 * functions and the headless HyperFormula plugin) hand their raw argument values to these helpers,
 * so one set of rules applies everywhere:
 *
 * - blank (`null`, `undefined`, `""`, or an empty cell) means "omitted": an optional argument takes its
 *   documented default, a required one is an error;
 * - numbers must be finite; numeric text (`" 5 "`, `"1e3"`) is read as a number; TRUE/FALSE count as 1/0
 *   where a number is expected (as Excel's own arithmetic does);
 * - an error value in a cell (an object carrying an Excel error such as `#DIV/0!`) is rejected with a message;
 * - a 1×1 range passed where a single value is expected is that value;
 * - vectors accept a single row, a single column or a single cell; blank cells inside numeric ranges are 0;
 * - enumerations are matched case-insensitively after trimming and returned in their canonical spelling.
 *
 * Every failure throws {@link DepinError} with a message naming the parameter, the value and the valid range.
 */
import { D, type Dec } from "./decimal";
import { DepinError } from "./errors";
import { msg } from "./messages";

/** A scalar as a host hands it over. */
export type CellScalar = number | string | boolean | null | undefined;
/** A scalar, or a 2-D range / array constant. */
export type CellInput = CellScalar | CellScalar[][] | unknown;

export interface NumberRule {
  /** Inclusive lower bound. */
  min?: number;
  /** Inclusive upper bound. */
  max?: number;
  /** Exclusive lower bound (value must be greater). */
  gt?: number;
  /** Exclusive upper bound (value must be less). */
  lt?: number;
  /** Value must be a whole number. */
  integer?: boolean;
  /** Default when the argument is blank; absent means the argument is required. */
  default?: number;
}

/** True for the blanks a host may hand over for an omitted argument or an empty cell. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/** Reads a host error value (an Excel error object or a HyperFormula CellError) as its display text, or null. */
function errorText(v: unknown): string | null {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return null;
  // HyperFormula CellError: { type: "DIV_BY_ZERO", value: "#DIV/0!" }; Excel API error cell values:
  // { type: "Error", errorType: "Div0", basicValue: "#DIV/0!" }; CustomFunctions.Error: { code: "#VALUE!" }.
  const o = v as { code?: unknown; type?: unknown; value?: unknown; errorType?: unknown; basicValue?: unknown };
  for (const k of [o.value, o.basicValue, o.code, o.errorType, o.type]) {
    if (typeof k === "string" && k.length > 0 && k !== "Error") return k.startsWith("#") ? k : `#${k}`;
  }
  return "#VALUE!";
}

/** Unwraps a 1×1 range to its single value; rejects larger ranges where one value is expected. */
export function single(param: string, v: unknown): unknown {
  if (Array.isArray(v)) {
    if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
    if (v.length === 1 && !Array.isArray(v[0])) return v[0];
    throw new DepinError("INVALID_ARG", param, v, msg.single(param, v));
  }
  return v;
}

const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Reads a non-blank scalar as a finite JS number, or throws. */
function readNumber(param: string, v: unknown): number {
  if (typeof v === "number") {
    if (Number.isFinite(v)) return v;
    throw new DepinError("INVALID_ARG", param, v, msg.notFinite(param, v));
  }
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const t = v.trim();
    if (NUMERIC_TEXT.test(t)) {
      const n = Number(t);
      if (Number.isFinite(n)) return n;
    }
    throw new DepinError("INVALID_ARG", param, v, msg.notNumber(param, v));
  }
  const e = errorText(v);
  if (e !== null) throw new DepinError("INVALID_ARG", param, e, msg.errorValue(param, e));
  throw new DepinError("INVALID_ARG", param, v, msg.notNumber(param, v));
}

/** The valid range of a rule in words: "between 0 and 1", "greater than 0 and at most 1", "at least 0", … */
function rangeText(rule: NumberRule): string {
  const { min, max, gt, lt } = rule;
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  const lo = min !== undefined ? `at least ${min}` : gt !== undefined ? `greater than ${gt}` : undefined;
  const hi = max !== undefined ? `at most ${max}` : lt !== undefined ? `less than ${lt}` : undefined;
  if (lo !== undefined && hi !== undefined) return `${lo} and ${hi}`;
  return lo ?? hi ?? "";
}

/** Checks a finite number against a rule and throws the matching message. */
export function checkNumber(param: string, n: number, rule: NumberRule, shown: unknown = n): number {
  if (rule.integer && !Number.isInteger(n)) {
    throw new DepinError("INVALID_ARG", param, shown, msg.integer(param, rangeText(rule), shown));
  }
  const { min, max, gt, lt } = rule;
  const tooLow = (min !== undefined && n < min) || (gt !== undefined && n <= gt);
  const tooHigh = (max !== undefined && n > max) || (lt !== undefined && n >= lt);
  if (tooLow || tooHigh) {
    let text: string;
    if (min !== undefined && max !== undefined) text = msg.between(param, min, max, shown);
    else if (gt !== undefined && lt !== undefined) text = msg.betweenExclusive(param, gt, lt, shown);
    else if ((min ?? gt) !== undefined && (max ?? lt) !== undefined) text = msg.inRange(param, rangeText(rule), shown);
    else if (min !== undefined) text = msg.atLeast(param, min, shown);
    else if (gt !== undefined) text = msg.greaterThan(param, gt, shown);
    else if (max !== undefined) text = msg.atMost(param, max, shown);
    else text = msg.inRange(param, rangeText(rule), shown);
    throw new DepinError("OUT_OF_RANGE", param, shown, text);
  }
  return n;
}

/** A validated scalar argument as a JS number (for float kernels and integer counts). */
export function num(param: string, v: unknown, rule: NumberRule = {}): number {
  // Fast path: a plain finite number (the common case in a filled-down column). x − x is 0 only when finite.
  if (typeof v === "number" && v - v === 0) return checkNumber(param, v, rule, v);
  const x = single(param, v);
  if (isBlank(x)) {
    if (rule.default !== undefined) return rule.default;
    throw new DepinError("INVALID_ARG", param, x, msg.required(param));
  }
  return checkNumber(param, readNumber(param, x), rule, x);
}

/** Decimal form of each rule's default, built once (Decimal instances are immutable, so sharing is safe). */
const defaultDecs = new WeakMap<NumberRule, Dec>();

/** A validated scalar argument as a Decimal (built from the number's shortest decimal form). */
export function dec(param: string, v: unknown, rule: NumberRule = {}): Dec {
  if ((v === null || v === undefined) && rule.default !== undefined) {
    let d = defaultDecs.get(rule);
    if (d === undefined) defaultDecs.set(rule, (d = new D(rule.default)));
    return d;
  }
  return new D(num(param, v, rule));
}

/** A validated optional argument that has no numeric default: blank gives `undefined`. */
export function optNum(param: string, v: unknown, rule: NumberRule = {}): number | undefined {
  const x = single(param, v);
  if (isBlank(x)) return undefined;
  return checkNumber(param, readNumber(param, x), rule, x);
}

/** A TRUE/FALSE argument: booleans, 1/0, or the text TRUE/FALSE. */
export function bool(param: string, v: unknown, def?: boolean): boolean {
  const x = single(param, v);
  if (isBlank(x)) {
    if (def !== undefined) return def;
    throw new DepinError("INVALID_ARG", param, x, msg.required(param));
  }
  if (typeof x === "boolean") return x;
  if (typeof x === "number" && (x === 0 || x === 1)) return x === 1;
  if (typeof x === "string") {
    const t = x.trim().toUpperCase();
    if (t === "TRUE" || t === "1") return true;
    if (t === "FALSE" || t === "0") return false;
  }
  const e = errorText(x);
  if (e !== null && typeof x === "object") throw new DepinError("INVALID_ARG", param, e, msg.errorValue(param, e));
  throw new DepinError("INVALID_ARG", param, x, msg.notBoolean(param, x));
}

/** A text argument (numbers are turned into their text). Blank gives the default or an error. */
export function text(param: string, v: unknown, def?: string): string {
  const x = single(param, v);
  if (isBlank(x) || (typeof x === "string" && x.trim() === "")) {
    if (def !== undefined) return def;
    throw new DepinError("INVALID_ARG", param, x, msg.required(param));
  }
  if (typeof x === "string") return x;
  if (typeof x === "number" && Number.isFinite(x)) return String(x);
  if (typeof x === "boolean") return x ? "TRUE" : "FALSE";
  const e = errorText(x);
  throw new DepinError("INVALID_ARG", param, e ?? x, msg.notText(param, e ?? x));
}

/**
 * A case-insensitive enumeration. Returns the canonical spelling from `values`.
 * Unknown values are `UNKNOWN_REGIME` errors listing the accepted values.
 */
export function choice<T extends string>(param: string, v: unknown, values: readonly T[], def?: T): T {
  const x = single(param, v);
  if (isBlank(x) || (typeof x === "string" && x.trim() === "")) {
    if (def !== undefined) return def;
    throw new DepinError("INVALID_ARG", param, x, msg.required(param));
  }
  if (typeof x === "string") {
    const t = x.trim().toLowerCase();
    for (const c of values) if (c.toLowerCase() === t) return c;
  }
  const e = typeof x === "object" ? errorText(x) : null;
  if (e !== null) throw new DepinError("INVALID_ARG", param, e, msg.errorValue(param, e));
  throw new DepinError("UNKNOWN_REGIME", param, x, msg.oneOf(param, values, x));
}

/** Normalises any range-ish input to a 2-D array of raw cells (a scalar becomes 1×1). */
export function grid(v: unknown): unknown[][] {
  if (Array.isArray(v)) {
    if (v.length === 0) return [];
    if (Array.isArray(v[0])) return (v as unknown[]).map((r) => (Array.isArray(r) ? r : [r]));
    return (v as unknown[]).map((x) => [x]);
  }
  return [[v]];
}

/** True when the whole argument is blank: omitted, or a range whose every cell is blank. */
export function isBlankInput(v: unknown): boolean {
  if (!Array.isArray(v)) return isBlank(v);
  return grid(v).every((row) => row.every(isBlank));
}

export interface VectorRule extends Omit<NumberRule, "default"> {
  /** Value used for blank cells inside the range (default 0). */
  blank?: number;
  /** Maximum number of entries. */
  maxLength?: number;
}

/** A single row or column (or one cell) of numbers; blank cells are `rule.blank` (0). */
export function vector(param: string, v: unknown, rule: VectorRule = {}): number[] {
  const g = grid(v);
  const rows = g.length;
  let cells: unknown[];
  if (rows <= 1) cells = rows === 1 ? (g[0] as unknown[]) : [];
  else if (g.every((r) => r.length === 1)) cells = g.map((r) => r[0]);
  else throw new DepinError("INVALID_ARG", param, v, msg.vector(param, v));
  if (rule.maxLength !== undefined && cells.length > rule.maxLength) {
    throw new DepinError("OUT_OF_RANGE", param, v, msg.tooLarge(param, rule.maxLength, v));
  }
  const blank = rule.blank ?? 0;
  const out = new Array<number>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    const n = isBlank(c) ? blank : readNumber(param, c);
    out[i] = checkNumber(param, n, rule, c);
  }
  return out;
}

/** A single row or column of TRUE/FALSE (or 1/0) values. */
export function boolVector(param: string, v: unknown, def = false): boolean[] {
  const g = grid(v);
  const cells = g.length <= 1 ? (g[0] ?? []) : g.every((r) => r.length === 1) ? g.map((r) => r[0]) : null;
  if (cells === null) throw new DepinError("INVALID_ARG", param, v, msg.vector(param, v));
  return cells.map((c) => bool(param, c, def));
}

/** A rectangular 2-D range of numbers; blank cells are `rule.blank` (0). Rows must have equal length. */
export function matrix(param: string, v: unknown, rule: VectorRule = {}): number[][] {
  const g = grid(v);
  const blank = rule.blank ?? 0;
  const width = g.length > 0 ? (g[0] as unknown[]).length : 0;
  return g.map((row) => {
    if (row.length !== width) throw new DepinError("INVALID_ARG", param, v, msg.matrix(param, v));
    return row.map((c) => checkNumber(param, isBlank(c) ? blank : readNumber(param, c), rule, c));
  });
}
