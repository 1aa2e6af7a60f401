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


/** The double nearest v when the rounding test decides (counted in dd.stats), else the decimal value's double. */
function cell(v: DD | undefined, slow: () => Dec): number {
  const n = v === undefined ? undefined : dd.nearest(v);
  if (n !== undefined) {
    dd.stats.fast++;
    return n;
  }
  dd.stats.fallback++;
  return slow().toNumber();
}

/**
 * Rows (k, emitted, cumulative, total supply, rate at start) of the hourly rule for periods of `h` epochs, k = 1 …
 * `periods`: formulas.ts emissionSchedule's cells as doubles (each the double its 40-digit Decimal rounds to).
 */
export function hourlyRows(periods: number, h: number): EngineCell[][] {
  const rows: EngineCell[][] = new Array<EngineCell[]>(periods);
  const clamp = (n: number) => (n >= LAST ? LAST : n);
  let prevN = 0;
  let prev: DD | undefined = dd.exact(0);
  const t = tables();
  for (let k = 1; k <= periods; k++) {
    const n = clamp(k * h);
    const cum = cumulative(n);
    const c = cum === undefined ? f.emitted(n).toNumber() : cell(cum, () => f.emitted(n));
    const pn = prevN;
    const emitted = n === pn ? 0 : cell(cum && prev && dd.sub(cum, prev), () => f.emitted(n).minus(f.emitted(pn)));
    const supply = cell(cum && dd.add(GENESIS, cum), () => f.GENESIS.plus(f.emitted(n)));
    const e = (k - 1) * h + 1;
    let rate = 0;
    if (e <= LAST) {
      const m = e - 1;
      rate = cell(dd.mul(t.lowRate[m % BLOCK]!, t.high[Math.floor(m / BLOCK)]!), () => f.inflationRate(e));
    }
    rows[k - 1] = [k, emitted, c, supply, rate];
    prev = cum;
    prevN = n;
  }
  return rows;
}
