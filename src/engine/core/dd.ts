/**
 * Double-double arithmetic with a running error bound, and the rounding test that makes it a provably
 * exact fast path for the decimal formulas (SPEC §7: "exactly as accurate as the decimal path").
 *
 * A value is hi + lo (|lo| ≤ ulp(hi)/2, about 106 significant bits) plus `err`, an upper bound on
 * |hi + lo − v| where v is the exact mathematical value the computation stands for. Every operation is
 * built from error-free transformations (Knuth's TwoSum, Dekker's TwoProd with Veltkamp splitting) and
 * propagates the bound (running error analysis): inputs' bounds are carried through first-order
 * (with the second-order term kept), and each operation adds its own rounding, bounded by
 * {@link U} × |result| for +, −, ×, ÷ (the double-double algorithms below have relative error below
 * 2^−102; U = 2^−100 leaves a factor 4); exp and ln are compositions of those, plus their series
 * truncation and Newton terms, bounded explicitly.
 *
 * {@link nearest} is the rounding test of correctly-rounded libraries: when every real number within
 * `err` of hi + lo rounds to the same double, that double is the double nearest v, which is also what the
 * decimal path returns (its 40-digit result lies within 10^−38 relative of v, far inside the interval).
 * Otherwise it returns undefined and the caller falls back to decimal.js: the result never differs.
 *
 * Inputs enter through {@link fromNumber}, which reads a double as its shortest round-trip decimal (the
 * value `new Decimal(x)` uses) when that decimal has at most 15 fractional digits and |x|·10^k < 2^49 (the
 * same test as core/arith.ts), exactly as m / 10^k. Otherwise it refuses (undefined): the caller falls back.
 *
 * test/engine/core/dd.test.ts checks every operation against decimal.js bit for bit after rounding, on
 * wide random domains and on values next to rounding boundaries, and counts the fallbacks.
 */

import { exactArith, isInexact } from "./arith";

export interface DD {
  readonly hi: number;
  readonly lo: number;
  /** Upper bound on |hi + lo − exact value|. */
  readonly err: number;
}

/** Relative rounding bound of one double-double +, −, ×, ÷ (conservative: the algorithms reach 2^−102). */
export const U = 2 ** -100;

const SPLITTER = 134217729; // 2^27 + 1
/** Above this magnitude Veltkamp splitting overflows; such values refuse the fast path. */
const SPLIT_MAX = 2 ** 996;

function twoSumLo(a: number, b: number, s: number): number {
  const bb = s - a;
  return a - (s - bb) + (b - bb);
}

function twoProdLo(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

function make(hi: number, lo: number, err: number): DD {
  const s = hi + lo;
  return { hi: s, lo: lo - (s - hi), err };
}

/** An exact double (no error). */
export function exact(x: number): DD {
  return { hi: x, lo: 0, err: 0 };
}

const POW10: number[] = [];
const POW5: number[] = [];
for (let k = 0; k <= 22; k++) {
  POW10.push(Number(`1e${k}`));
  POW5.push(5 ** k);
}

/**
 * A double as the decimal path reads it: its shortest round-trip decimal m·10^−k, found by core/arith.ts's reading
 * (`exactArith.num`: k ≤ 15, |x|·10^k < 2^49), as hi = x plus lo, the rest m/10^k − x (error ≤ U × |x|).
 * Undefined when that decimal is not short enough.
 */
export function fromNumber(x: number): DD | undefined {
  if (!Number.isFinite(x)) return undefined;
  if (Number.isInteger(x)) return Math.abs(x) < 2 ** 53 ? exact(x) : undefined;
  const d = exactArith.num(x);
  if (isInexact(d)) return undefined;
  const m = Math.abs(d.m);
  // The decimal is the double itself when 5^k divides m (a finite binary fraction): exact.
  if (m % POW5[d.k]! === 0) return exact(x);
  // |x| is the double nearest m / p, so m / p = |x| + R / p with R = m − |x|·p: |x|·p = prod + e exactly
  // (TwoProd), m − prod is exact (Sterbenz: prod is within a factor 2 of m), and R and R / p are each
  // rounded once: |lo − R/p| ≤ 2^−52 |R/p| ≤ 2^−105 |x|, inside the U·|x| bound of a division.
  const ax = Math.abs(x);
  const p = POW10[d.k]!;
  const prod = ax * p;
  const lo = (m - prod - twoProdLo(ax, p, prod)) / p;
  return x < 0 ? { hi: x, lo: -lo, err: U * ax } : { hi: x, lo, err: U * ax };
}

export function add(a: DD, b: DD): DD {
  const s = a.hi + b.hi;
  const e = twoSumLo(a.hi, b.hi, s);
  const t = a.lo + b.lo;
  const f = twoSumLo(a.lo, b.lo, t);
  let hi = s;
  let lo = e + t;
  let h2 = hi + lo;
  lo = lo - (h2 - hi) + f;
  hi = h2 + lo;
  lo = lo - (hi - h2);
  h2 = hi;
  // Two doubles: TwoSum is error-free, so the sum is exact.
  const own = a.lo === 0 && b.lo === 0 ? 0 : U * Math.abs(h2);
  return { hi: h2, lo, err: a.err + b.err + own };
}

export function neg(a: DD): DD {
  return { hi: -a.hi, lo: -a.lo, err: a.err };
}

export function sub(a: DD, b: DD): DD {
  return add(a, neg(b));
}

export function mul(a: DD, b: DD): DD {
  if (Math.abs(a.hi) > SPLIT_MAX || Math.abs(b.hi) > SPLIT_MAX) return { hi: a.hi * b.hi, lo: 0, err: Infinity };
  const p = a.hi * b.hi;
  const e = twoProdLo(a.hi, b.hi, p) + (a.hi * b.lo + a.lo * b.hi);
  const r = make(p, e, 0);
  const A = Math.abs(a.hi) * (1 + 2 ** -50);
  const B = Math.abs(b.hi) * (1 + 2 ** -50);
  // Two doubles: TwoProd is error-free, so the product is exact.
  const own = a.lo === 0 && b.lo === 0 ? 0 : U * Math.abs(r.hi);
  return { hi: r.hi, lo: r.lo, err: A * b.err + B * a.err + a.err * b.err + own };
}

export function div(a: DD, b: DD): DD {
  if (b.hi === 0 || Math.abs(b.hi) > SPLIT_MAX || Math.abs(a.hi) > SPLIT_MAX) return { hi: a.hi / b.hi, lo: 0, err: Infinity };
  const q1 = a.hi / b.hi;
  let r = sub(a, mul(b, exact(q1)));
  const q2 = r.hi / b.hi;
  r = sub(r, mul(b, exact(q2)));
  const q3 = r.hi / b.hi;
  const s = make(q1, q2, 0);
  const q = add({ hi: s.hi, lo: s.lo, err: 0 }, exact(q3));
  // |a/b − A/B| ≤ (|A| eb + |B| ea) / (|B| (|B| − eb)) for exact A, B within ea, eb of a, b.
  const B = Math.abs(b.hi) * (1 - 2 ** -50);
  const inherited = B > b.err ? ((Math.abs(a.hi) * (1 + 2 ** -50) + a.err) * b.err + B * a.err) / (B * (B - b.err)) : Infinity;
  return { hi: q.hi, lo: q.lo, err: inherited + U * Math.abs(q.hi) };
}

/** ln 2 to 107 bits (|error| < 2^−107). */
const LN2: DD = { hi: 0.6931471805599453, lo: 2.3190468138462996e-17, err: 2 ** -107 };
/** 1/n! for n = 1…27 (INV_FACT[n − 1]), with their error bounds. */
const INV_FACT: DD[] = [];
{
  let f: DD = exact(1);
  for (let n = 1; n <= 27; n++) {
    f = div(f, exact(n));
    INV_FACT.push(f);
  }
}

/**
 * e^a by the long route (used once, at module load, for the table below): a = k ln2 + r with |r| ≤ ln2/2,
 * r /= 2^10, s = e^r − 1 by its Taylor series, ten squarings s ← s (2 + s), e^a = (1 + s) 2^k.
 */
function expSlow(a: DD): DD {
  const k = Math.round(a.hi / LN2.hi);
  const r0 = sub({ hi: a.hi, lo: a.lo, err: a.err }, mul(LN2, exact(k)));
  const r = mul(r0, exact(2 ** -10));
  let term: DD = r;
  let sum: DD = r;
  for (let n = 2; n <= 27; n++) {
    term = mul(term, r);
    sum = add(sum, mul(term, INV_FACT[n - 1]!));
  }
  sum = { hi: sum.hi, lo: sum.lo, err: sum.err + 2 ** -118 * Math.abs(sum.hi) };
  for (let i = 0; i < 10; i++) sum = mul(sum, add(sum, exact(2)));
  const e = add(sum, exact(1));
  const scale = 2 ** k;
  return { hi: e.hi * scale, lo: e.lo * scale, err: e.err * scale };
}

/** 2^(j/64) and 2^(j/4096) for j = 0…63, with their computed error bounds. */
const EXP2_64: DD[] = Array.from({ length: 64 }, (_v, j) => expSlow(mul(LN2, exact(j / 64))));
const EXP2_4096: DD[] = Array.from({ length: 64 }, (_v, j) => expSlow(mul(LN2, exact(j / 4096))));
/** ln 2 / 4096 (exact scaling of LN2 by a power of two). */
const LN2_4096: DD = { hi: LN2.hi / 4096, lo: LN2.lo / 4096, err: LN2.err / 4096 };

/** The Taylor tail's coefficients 1/4! … 1/7! as doubles (their rounding is inside the tail's bound below). */
const C4 = 1 / 24;
const C5 = 1 / 120;
const C6 = 1 / 720;
const C7 = 1 / 5040;

/**
 * e^a for |a.hi| ≤ 700 (else refuses with err = Infinity): a = k ln2/4096 + r with |r| ≤ ln2/8192 (about
 * 8.5·10^−5), k = 4096m + 64i + j, and e^a = 2^m × 2^(i/64) × 2^(j/4096) × (1 + s), s = e^r − 1 =
 * r (1 + r (1/2 + r (1/6 + T))). The tail T = r/4! + r²/5! + r³/6! + r⁴/7! (|T| < 4·10^−6) is summed in plain
 * doubles from r's high part; it enters s multiplied by r³ (< 6.2·10^−13), so its bound
 * - 2^−48 |T| for the seven roundings and the four coefficients' (each below 2^−53 relative),
 * - 0.042 (|r.lo| + r.err) for using r.hi alone (|dT/dr| < 0.0417 on this interval),
 * - |r|^5 / 40,000 for the series beyond r⁷/7! (Σ r^(n−3)/n! over n ≥ 8)
 * contributes below 10^−37 to s. The rest is double-double with every step's rounding tracked (add/mul
 * above), so the bound is the computed one, not an estimate.
 */
export function exp(a: DD): DD {
  if (!(Math.abs(a.hi) <= 700)) return { hi: Math.exp(a.hi), lo: 0, err: Infinity };
  const k = Math.round(a.hi / LN2_4096.hi);
  const j = ((k % 64) + 64) % 64;
  const k64 = (k - j) / 64;
  const i = ((k64 % 64) + 64) % 64;
  const m = (k64 - i) / 64;
  const r = sub({ hi: a.hi, lo: a.lo, err: 0 }, mul(LN2_4096, exact(k)));
  const rh = r.hi;
  const T = rh * (C4 + rh * (C5 + rh * (C6 + rh * C7)));
  const r2 = rh * rh;
  const tErr = Math.abs(T) * 2 ** -48 + (Math.abs(r.lo) + r.err) * 0.042 + (r2 * r2 * Math.abs(rh)) / 40000;
  const p3 = add(INV_FACT[2]!, { hi: T, lo: 0, err: tErr });
  const p2 = add(INV_FACT[1]!, mul(r, p3));
  const s = mul(r, add(INV_FACT[0]!, mul(r, p2)));
  const t = j === 0 ? EXP2_64[i]! : mul(EXP2_64[i]!, EXP2_4096[j]!);
  const e = add(t, mul(t, s));
  const scale = 2 ** m;
  const mag = Math.abs(e.hi * scale);
  // Input error: |e^(a+δ) − e^a| ≤ e^a (e^|δ| − 1) ≤ e^a 2|δ| for |δ| < 1.
  const inherited = a.err > 0 ? (a.err < 1 ? mag * 2 * a.err * (1 + 2 ** -40) : Infinity) : 0;
  // Scaling by 2^m is exact unless lo·2^m falls below the normal range (m < −969): then it loses < 2^−1074.
  const subnormal = m < -969 ? Number.MIN_VALUE : 0;
  return { hi: e.hi * scale, lo: e.lo * scale, err: e.err * scale + inherited + subnormal };
}

/**
 * ln a for a > 0 (else refuses with err = Infinity): one Newton step from the double x = Math.log(a):
 * ln a = x + ln(1 + t) with t = a e^−x − 1 (|t| ≈ 2^−52), and |ln(1 + t) − t| ≤ t² for |t| < 1/2.
 */
export function ln(a: DD): DD {
  if (!(a.hi > 0) || !Number.isFinite(a.hi)) return { hi: NaN, lo: 0, err: Infinity };
  const x = exact(Math.log(a.hi));
  const t = sub(mul({ hi: a.hi, lo: a.lo, err: 0 }, exp(neg(x))), exact(1));
  if (!(Math.abs(t.hi) < 0.25)) return { hi: NaN, lo: 0, err: Infinity };
  const y = add(x, t);
  // Input error: |ln(A) − ln(a)| ≤ |δ| / (a − |δ|).
  const inherited = a.err > 0 ? (a.hi * (1 - 2 ** -50) > a.err ? a.err / (a.hi * (1 - 2 ** -50) - a.err) : Infinity) : 0;
  const tAbs = Math.abs(t.hi) + t.err;
  return { hi: y.hi, lo: y.lo, err: y.err + tAbs * tAbs * (1 + 2 ** -40) + inherited };
}

/** a^b = e^(b ln a) for a > 0. */
export function pow(a: DD, b: DD): DD {
  return exp(mul(b, ln(a)));
}

/**
 * The rounding test: the double nearest the exact value when every number within `err` of hi + lo rounds
 * to the same double (round-half-even), else undefined. Results that would overflow or are 0 refuse too.
 */
export function nearest(v: DD): number | undefined {
  // × 1.125: the two endpoint sums below are themselves rounded (by far less than err / 16).
  const e = v.err * 1.125 + Number.MIN_VALUE;
  if (!(e < Infinity) || !Number.isFinite(v.hi)) return undefined;
  const down = v.hi + (v.lo - e);
  const up = v.hi + (v.lo + e);
  return down === up && Number.isFinite(down) ? down : undefined;
}

/** How often the fast path answered and how often it fell back to decimal.js (read by `npm run bench`). */
export const stats = { fast: 0, fallback: 0 };

/**
 * The fast path with its fallback: the double-double result when the rounding test accepts it, else the
 * decimal path's (the same double either way). `fast` returns undefined to refuse (an input that is not a
 * short decimal, a domain it cannot bound).
 */
export function fastOr<T>(fast: () => DD | undefined, slow: () => T): number | T {
  const v = fast();
  const n = v === undefined ? undefined : nearest(v);
  if (n !== undefined) {
    stats.fast++;
    return n;
  }
  stats.fallback++;
  return slow();
}

/**
 * Double-doubles of several inputs read by {@link fromAnyNumber} (any double whose shortest decimal has at most
 * 17 digits and an exponent within ±44), or undefined when any is refused.
 */
export function inputs(...xs: number[]): DD[] | undefined {
  const out: DD[] = [];
  for (const x of xs) {
    const v = fromAnyNumber(x);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

/** +0 (not −0): a product with a +0 factor and other factors ≥ 0 is +0 in decimal.js too. */
export const isPlusZero = (x: number): boolean => x === 0 && 1 / x > 0;

/**
 * {@link fromNumber} widened to any double whose shortest decimal d·10^e (String(x): the text `new Decimal(x)`
 * parses; at most 17 digits d) has |e| ≤ 44: d as two exact pieces (⌊d / 10^8⌋·10^8 by an exact product, plus
 * the last 8 digits), scaled by at most two × or ÷ by exact powers of ten (|e| ≤ 44), the error tracked. Formula results
 * such as seconds / 31,557,600 (17 significant digits) take the fast path this way. Undefined otherwise.
 */
export function fromAnyNumber(x: number): DD | undefined {
  const v = fromNumber(x);
  if (v !== undefined || !Number.isFinite(x)) return v;
  const s = String(x < 0 ? -x : x);
  const ei = s.indexOf("e");
  const mant = ei < 0 ? s : s.slice(0, ei);
  const dot = mant.indexOf(".");
  const all = (dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1)).replace(/^0+/, "");
  // Integers up to 10^21 print in full ("123456789012345680000"): trailing zeros go to the exponent.
  const digits = all.replace(/0+$/, "");
  const e10 = (ei < 0 ? 0 : Number(s.slice(ei + 1))) - (dot < 0 ? 0 : mant.length - dot - 1) + (all.length - digits.length);
  if (digits.length > 17 || Math.abs(e10) > 44) return undefined;
  const cut = Math.max(0, digits.length - 8);
  const low = exact(Number(digits.slice(cut)));
  const m = cut === 0 ? low : add(mul(exact(Number(digits.slice(0, cut))), exact(1e8)), low);
  const r = scale10(scale10(m, Math.sign(e10) * Math.min(Math.abs(e10), 22)), e10 - Math.sign(e10) * Math.min(Math.abs(e10), 22));
  return x < 0 ? neg(r) : r;
}

/** m × 10^e for |e| ≤ 22 (10^|e| is an exact double): one product or quotient, error tracked. */
function scale10(m: DD, e: number): DD {
  return e === 0 ? m : e > 0 ? mul(m, exact(POW10[e]!)) : div(m, exact(POW10[-e]!));
}
