/**
 * One formula, two number backends (STYLE.md §Numbers; the dinero.js "injected calculator" pattern).
 *
 * A formula written as `<T>(A: Arith<T>, …) => T` runs on {@link decimalArith} (decimal.js at 40 digits,
 * the reference) or on {@link exactArith}: exact small decimals m·10^−k held in doubles (|m| < 2^53). The
 * exact backend refuses whenever a value or an intermediate result does not fit: it returns {@link INEXACT}
 * (m = NaN), which every later operation carries through, and {@link run} then runs the same formula on
 * decimal.js. No exception is thrown: leaving the fast path by a throw cost ten times the arithmetic. So the
 * fast path never changes a result:
 *
 * - Input: `exactArith.num(x)` finds the smallest k (0…15) with Math.round(|x|·10^k)/10^k === |x|, and only
 *   accepts it while |x|·10^k < 2^49. Under that bound the decimal with k fractional digits that rounds to
 *   x is unique and Math.round finds it (the product's rounding error and x's half-ulp are each < 1/16),
 *   and no decimal with fewer fractional digits rounds to x (else a smaller k would have been found), so it
 *   is the shortest round-trip decimal of x: the value `new Decimal(x)` builds from `x.toString()`.
 * - add, sub, mul: exact integer arithmetic on m while every integer stays below 2^53 in magnitude
 *   (checked on the rounded double, which is ≥ 2^53 whenever the exact value is).
 * - Output: m / 10^k with both operands exact (10^k ≤ 10^22) is one IEEE division, hence the double
 *   nearest the exact value; decimal.js's result is exact as well (at most 32 significant digits here)
 *   and its toNumber is also the nearest double. The two are the same double.
 *
 * test/engine/core/arith.test.ts checks bit-identity against decimal.js on random inputs (fast-check).
 * Division is not offered: a quotient is rarely an exact small decimal.
 */
import type Decimal from "decimal.js";
import { D } from "./decimal";

export interface Arith<T> {
  /** A JS number as the backend's value (its shortest round-trip decimal). */
  num(x: number): T;
  /** A decimal constant written as a string (parsed once per backend at first use). */
  c(text: string): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  isZero(a: T): boolean;
}

/** The reference backend: decimal.js at the engine's 40-digit precision. */
export const decimalArith: Arith<Decimal> = {
  num: (x) => new D(x),
  c: (() => {
    const cache = new Map<string, Decimal>();
    return (text: string) => {
      let d = cache.get(text);
      if (d === undefined) cache.set(text, (d = new D(text)));
      return d;
    };
  })(),
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  mul: (a, b) => a.mul(b),
  isZero: (a) => a.isZero(),
};

/** An exact decimal m·10^−k (m an integer, |m| < 2^53, 0 ≤ k ≤ 22). */
export interface Small {
  readonly m: number;
  readonly k: number;
}

/**
 * The exact backend's value that does not fit (m = NaN): every operation on it gives INEXACT again, and
 * {@link run} then falls back to decimal.js. `isZero` is false for it, which is also decimal.js's answer: a
 * value refused for its size or its digits is never 0.
 */
export const INEXACT: Small = Object.freeze({ m: NaN, k: 0 });
/** True for {@link INEXACT} (and any value with m = NaN). */
export const isInexact = (s: Small): boolean => s.m !== s.m;

const MAX = 2 ** 53;
const INPUT_LIMIT = 2 ** 49;
const P10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Allocation-free steps of the exact backend, for the fast paths of functions filled down thousands of rows: the
 * same readings, operations and limits as {@link exactArith}, on (m, k) pairs in locals and two scratch arrays
 * instead of one object per value (in a 10,000-formula recalculation the objects' young-generation collections
 * cost ~4 % of the time: bench/headless.ts). A fast path built from them returns undefined wherever the exact
 * backend would give INEXACT, and its caller then runs the generic formula.
 *
 * The reading, without an object: true when x's shortest decimal is short enough (the rule in the header), with
 * m in READ[0] and k in READ[1]. `exactArith.num` reads through it.
 */
export const READ = new Float64Array(2);
export function readShort(x: number): boolean {
  if (Number.isInteger(x)) {
    READ[0] = x === 0 ? 0 : x;
    READ[1] = 0;
    return Math.abs(x) < MAX;
  }
  const ax = Math.abs(x);
  for (let k = 1; k <= 15; k++) {
    const p = P10[k]!;
    const s = ax * p;
    if (s >= INPUT_LIMIT) break;
    const m = Math.round(s);
    if (m / p === ax) {
      READ[0] = x < 0 ? -m : m;
      READ[1] = k;
      return true;
    }
  }
  return false;
}

/** The result of {@link mulShort} and {@link addShort}: m in OUT[0], k in OUT[1]. */
export const OUT = new Float64Array(2);

/**
 * a × b of two exact decimals given as (m, k), without an object: true with the product in OUT, or false
 * exactly where `exactArith.mul` gives INEXACT.
 */
export function mulShort(ma: number, ka: number, mb: number, kb: number): boolean {
  const m = ma * mb;
  const k = ka + kb;
  if (!(Math.abs(m) < MAX) || k > 22) return false;
  OUT[0] = m;
  OUT[1] = k;
  return true;
}

/** a + b as {@link mulShort} (`exactArith.add`'s alignment and limits); a − b is a + (−b). */
export function addShort(ma: number, ka: number, mb: number, kb: number): boolean {
  const k = ka > kb ? ka : kb;
  const a = ka === k ? ma : ma * P10[k - ka]!;
  const b = kb === k ? mb : mb * P10[k - kb]!;
  const m = a + b;
  if (!(Math.abs(a) < MAX) || !(Math.abs(b) < MAX) || !(Math.abs(m) < MAX) || k > 22) return false;
  OUT[0] = m;
  OUT[1] = k;
  return true;
}

/** The double nearest m·10^−k (exact operands: one correctly rounded division). */
export function shortToDouble(m: number, k: number): number {
  return k === 0 ? m : m / P10[k]!;
}

function fromNumber(x: number): Small {
  return readShort(x) ? { m: READ[0]!, k: READ[1]! } : INEXACT;
}

/** OUT as a value of the exact backend when `ok`, else INEXACT. */
function held(ok: boolean): Small {
  return ok ? { m: OUT[0]!, k: OUT[1]! } : INEXACT;
}

/** The fast backend: exact small decimals in doubles; INEXACT when a value does not fit. */
export const exactArith: Arith<Small> = {
  num: fromNumber,
  c: (() => {
    const cache = new Map<string, Small>();
    return (text: string) => {
      let s = cache.get(text);
      if (s === undefined) cache.set(text, (s = fromNumber(Number(text))));
      return s;
    };
  })(),
  // The allocation-free steps above, with one object for the result: one set of limits for both.
  add: (a, b) => held(addShort(a.m, a.k, b.m, b.k)),
  sub: (a, b) => held(addShort(a.m, a.k, -b.m, b.k)),
  mul: (a, b) => held(mulShort(a.m, a.k, b.m, b.k)),
  isZero: (a) => a.m === 0,
};

/**
 * Runs a formula on the exact backend and returns the nearest double of its exact result; when a value
 * does not fit, runs it on decimal.js and returns the Decimal (converted at the boundary as usual).
 */
export function run(formula: <T>(A: Arith<T>) => T): number | Decimal {
  const r = formula(exactArith);
  return isInexact(r) ? formula(decimalArith) : shortToDouble(r.m, r.k);
}

/**
 * The double nearest n / d (d ≠ 0) by one division of integers brought to one scale, or undefined when n or d
 * is INEXACT or a scaled integer does not fit below 2^53. The division of two integers
 * a, b below 2^53 is correctly rounded, and a / b is never halfway between two doubles: it is at least
 * 2^−54 / b > 2^−107 away from such a point, relatively, far more than decimal.js's 40-digit rounding error, so
 * decimal.js's quotient rounds to the same double.
 */
export function exactQuotient(n: Small, d: Small): number | undefined {
  if (isInexact(n) || isInexact(d)) return undefined;
  const shift = n.k - d.k;
  if (Math.abs(shift) > 22) return undefined;
  const a = shift < 0 ? n.m * P10[-shift]! : n.m;
  const b = shift > 0 ? d.m * P10[shift]! : d.m;
  return Math.abs(a) < 2 ** 53 && Math.abs(b) < 2 ** 53 ? a / b : undefined;
}
