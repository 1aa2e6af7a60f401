/**
 * io.net's hourly emission as double-doubles (issue 14): the decimal power tables of formulas.ts converted once
 * ({@link ddOf}), E(n) with its cap decided exactly ({@link cumulative}), and the hourly rows of
 * IO_EMISSION_SCHEDULE from them ({@link hourlyRows}). Every value is the double the decimal core's result rounds
 * to, by the rounding test of core/dd.ts; when the test cannot decide, the decimal value is computed instead.
 */
import Decimal from "decimal.js";
import * as dd from "../../core/dd";
import type { Dec } from "../../core/decimal";
import type { EngineCell } from "../../core/decl";
import * as f from "./formulas";

type DD = dd.DD;

/** Room to subtract a double's exact expansion (≤ 100 significant digits here) from a 40-digit decimal. */
const Exact = Decimal.clone({ precision: 200 });

/**
 * A decimal as a double-double: hi the nearest double, lo the nearest double to the rest (|hi + lo − x| ≤
 * 2^−106 |x|), err = |x| (2^−104 + rel), `rel` the decimal's own relative distance from the exact value it
 * stands for. hi.toPrecision(100) is hi's exact expansion for the magnitudes met here (10^−3 … 10^11).
 */
export function ddOf(x: Dec, rel: number): DD {
  const hi = x.toNumber();
  const lo = Number(new Exact(x).minus(new Exact(hi.toPrecision(100))).toString());
  return { hi, lo, err: Math.abs(hi) * (2 ** -104 + rel) };
}

/**
 * The power tables are within 5·10^−40 relative of x·(1 − d)^k (formulas.ts scaledPow): 10^−38 is allowed. The
 * decimal path's own results (one 40-digit product or difference of these entries) are within 10^−38 relative
 * of the exact value, far inside every interval the rounding test accepts.
 */
const TABLE_REL = 1e-38;

interface DDTables {
  /** 0.08 × (1 − d)^k for k < 512 (the rate's low table: one product per rate). */
  readonly lowRate: DD[];
  readonly lowCoef: DD[];
  readonly lowEpoch: DD[];
  readonly high: DD[];
}
let ddTables: DDTables | undefined;

export function tables(): DDTables {
  if (ddTables !== undefined) return ddTables;
  const t = f.powerTables();
  const conv = (xs: readonly Dec[]) => xs.map((x) => ddOf(x, TABLE_REL));
  const lowRate = conv(t.low).map((x) => dd.mul(R0, x));
  return (ddTables = { lowRate, lowCoef: conv(t.lowCoef), lowEpoch: conv(t.lowEpoch), high: conv(t.high) });
}

const COEF = ddOf(f.COEF, TABLE_REL);
export const POOL = Number(f.POOL);
export const GENESIS = dd.exact(Number(f.GENESIS));
export const R0 = dd.fromNumber(f.R0.toNumber())!;
export const LAST = f.LAST_EPOCH;
export const BLOCK = f.BLOCK;

/** True when every value within v's error bound is below `limit` (false when undecided or above). */
export const below = (v: DD, limit: number): boolean => v.hi - limit + (v.lo + v.err * 1.125) < 0;
/** True when every value within v's error bound is above `limit`. */
export const above = (v: DD, limit: number): boolean => v.hi - limit + (v.lo - v.err * 1.125) > 0;

/**
 * E(n) for 0 ≤ n ≤ LAST as a double-double: 0, the 300M pool, or G·r1/d − G·r1/d·(1 − d)^n capped at the pool;
 * undefined when the cap cannot be decided.
 */
export function cumulative(n: number): DD | undefined {
  if (n <= 0) return dd.exact(0);
  if (n >= LAST) return dd.exact(POOL);
  const t = tables();
  const v = dd.sub(COEF, dd.mul(t.lowCoef[n % BLOCK]!, t.high[Math.floor(n / BLOCK)]!));
  if (below(v, POOL)) return v;
  return above(v, POOL) ? dd.exact(POOL) : undefined;
}


/**
 * The double nearest v when the rounding test decides (counted in dd.stats), else the decimal value's double:
 * `slow(a, b)`. The fallbacks are module-level functions of two numbers, so a row allocates no closures.
 */
function cell(v: DD | undefined, slow: (a: number, b: number) => Dec, a: number, b: number): number {
  const n = v === undefined ? undefined : dd.nearest(v);
  if (n !== undefined) {
    dd.stats.fast++;
    return n;
  }
  dd.stats.fallback++;
  return slow(a, b).toNumber();
}

const slowCumulative = (n: number): Dec => f.emitted(n);
const slowEmitted = (n: number, pn: number): Dec => f.emitted(n).minus(f.emitted(pn));
const slowSupply = (n: number): Dec => f.GENESIS.plus(f.emitted(n));
const slowRate = (e: number): Dec => f.inflationRate(e);

/**
 * Rows (k, emitted, cumulative, total supply, rate at start) of the hourly rule for periods of `h` epochs, k = 1 …
 * `periods`: formulas.ts emissionSchedule's cells as doubles (each the double its 40-digit Decimal rounds to).
 * `header`, when given, is row 0 (the rows follow it, so no second array is built to prepend it).
 *
 * Two passes: the values go to a Float64Array first, and the row arrays are built after. The double-double
 * temporaries (several hundred bytes a row) then die while nothing else is young, instead of making the young
 * generation copy every finished row again at each collection: 20,000 rows take half the time this way.
 */
export function hourlyRows(periods: number, h: number, header?: EngineCell[]): EngineCell[][] {
  const values = new Float64Array(periods * 4);
  const clamp = (n: number) => (n >= LAST ? LAST : n);
  let prevN = 0;
  let prev: DD | undefined = dd.exact(0);
  const t = tables();
  for (let k = 1, at = 0; k <= periods; k++, at += 4) {
    const n = clamp(k * h);
    const cum = cumulative(n);
    const pn = prevN;
    values[at] = n === pn ? 0 : cell(cum && prev && dd.sub(cum, prev), slowEmitted, n, pn);
    values[at + 1] = cum === undefined ? f.emitted(n).toNumber() : cell(cum, slowCumulative, n, 0);
    values[at + 2] = cell(cum && dd.add(GENESIS, cum), slowSupply, n, 0);
    const e = (k - 1) * h + 1;
    if (e <= LAST) {
      const m = e - 1;
      values[at + 3] = cell(dd.mul(t.lowRate[m % BLOCK]!, t.high[Math.floor(m / BLOCK)]!), slowRate, e, 0);
    }
    prev = cum;
    prevN = n;
  }
  const first = header === undefined ? 0 : 1;
  const rows: EngineCell[][] = new Array<EngineCell[]>(periods + first);
  if (header !== undefined) rows[0] = header;
  for (let k = 1, at = 0; k <= periods; k++, at += 4) rows[k - 1 + first] = [k, values[at]!, values[at + 1]!, values[at + 2]!, values[at + 3]!];
  return rows;
}
