/**
 * Fast cores of the Akash supply-curve, x/mint and staking functions: JS numbers in (each stands for its
 * shortest decimal, the value `new Decimal(x)` reads), the same double out as the decimal cores of
 * formulas.ts, which stay as the reference and the fallback (issue 14, SPEC §7).
 *
 * - Supply curve and staking APR (real arithmetic): double-double with a running error bound and the rounding
 *   test of core/dd.ts (`fastOr`): the double nearest the exact result when the test decides, else the 40-digit
 *   decimal core (the same double either way).
 * - x/mint and the decay calculator (sdk.Dec emulation): BigInt fixed point (sdkdec.ts), exact like the decimal
 *   emulation inside its range; the decay coefficient ⌊2^(−t/λ)·10^6⌋ comes from double-double when its
 *   interval, widened by the decimal path's 18-significant-digit roundings, holds no multiple of 10^−6.
 *
 * test/engine/akash/fast.test.ts compares every function with the decimal core bit for bit (fast-check) and
 * counts the fallbacks.
 */
import { addShort, exactArith as X, exactQuotient, isInexact, mulShort, OUT, READ, readShort, shortToDouble, type Small } from "../../core/arith";
import * as dd from "../../core/dd";
import { D, type Dec } from "../../core/decimal";
import * as f from "./formulas";
import * as S from "./sdkdec";

type DD = dd.DD;
const ONE = dd.exact(1);
/** ln 2 with its error bound. */
const LN2 = dd.ln(dd.exact(2));
/** The default half-life (2 years) and the calibrated compounding I0 for it. */
const LAMBDA_DEFAULT = 2;
const MILLION = dd.exact(1e6);

/** Below e^−700 (< 10^−300): decay is known only as 0 ± 10^−300 (dd.exp refuses beyond ±700). */
const TINY: DD = { hi: 0, lo: 0, err: 1e-300 };

/** 2^(−t/λ) = e^(−t·(ln2/λ)) from ln2/λ; exactly 1 at t = 0. */
function decay(t: DD, ln2OverLambda: DD): DD {
  if (t.hi === 0) return ONE;
  const a = dd.neg(dd.mul(t, ln2OverLambda));
  return a.hi < -701 ? TINY : dd.exp(a);
}

/** The curve's constants for one (I0, λ): ln2/λ and I0·λ/ln2. */
interface Curve {
  readonly ln2OverLambda: DD;
  readonly growthScale: DD;
}
/**
 * A one-entry cache of {@link Curve} by the arguments' values (a filled-down column keeps its I0 and λ); `i0Key`
 * is I0's value, or −1 for the compounding model's calibrated I0.
 */
let cachedLambda = NaN;
let cachedI0 = NaN;
let cachedCurve: Curve | undefined;

function curve(lambda: number, L: DD, i0Key: number, I0: () => DD | undefined): Curve | undefined {
  if (cachedCurve !== undefined && Object.is(lambda, cachedLambda) && Object.is(i0Key, cachedI0)) return cachedCurve;
  const i = I0();
  if (i === undefined) return undefined;
  cachedLambda = lambda;
  cachedI0 = i0Key;
  return (cachedCurve = { ln2OverLambda: dd.div(LN2, L), growthScale: dd.div(dd.mul(i, L), LN2) });
}

/** The curve of validated λ and I0 (`i0` undefined: the model's default), or undefined when an input is refused. */
function curveOf(lambda: number, i0: number | undefined, model: "linear" | "compounding"): Curve | undefined {
  const L = dd.fromAnyNumber(lambda);
  if (L === undefined) return undefined;
  if (i0 !== undefined) return curve(lambda, L, i0, () => dd.fromAnyNumber(i0));
  if (model === "linear") return curve(lambda, L, 1, () => ONE);
  return curve(lambda, L, -1, () => (lambda === LAMBDA_DEFAULT ? CALIBRATED_DEFAULT : calibrated(L)));
}

/** I0 = ln2/λ × ln(1 + λ/ln2). */
function calibrated(lambda: DD): DD {
  return dd.mul(dd.div(LN2, lambda), dd.ln(dd.add(ONE, dd.div(lambda, LN2))));
}
const CALIBRATED_DEFAULT = calibrated(dd.exact(LAMBDA_DEFAULT));

/** M_max = M0 (1 + I0 λ / ln 2). Rounding: the double nearest the exact value (decimal fallback). */
export function maxSupply(m0: number, i0: number, lambda: number): number | Dec {
  if (dd.isPlusZero(m0)) return 0;
  return dd.fastOr(
    () => {
      const c = curveOf(lambda, i0, "linear");
      const M0 = dd.fromAnyNumber(m0);
      return c && M0 && dd.mul(M0, dd.add(ONE, c.growthScale));
    },
    () => f.maxSupply(new D(m0), new D(i0), new D(lambda))
  );
}

/**
 * Supply after t years; `i0` undefined is the model's default (1 for linear, the calibrated I0 for compounding).
 * Rounding: the double nearest the exact value (decimal fallback).
 */
export function supply(t: number, m0: number, i0: number | undefined, lambda: number, model: "linear" | "compounding"): number | Dec {
  if (dd.isPlusZero(m0)) return 0;
  return dd.fastOr(
    () => {
      const c = curveOf(lambda, i0, model);
      const x = c && dd.inputs(t, m0);
      if (x === undefined) return undefined;
      const growth = dd.mul(c!.growthScale, dd.sub(ONE, decay(x[0]!, c!.ln2OverLambda)));
      return dd.mul(x[1]!, model === "linear" ? dd.add(ONE, growth) : dd.exp(growth));
    },
    () => {
      const L = new D(lambda);
      const I0 = i0 !== undefined ? new D(i0) : model === "linear" ? new D(1) : f.calibratedInitialInflation(L);
      return f.supply(new D(t), new D(m0), I0, L, model);
    }
  );
}

/** M0 × I0 × 2^(−t/λ). Rounding: the double nearest the exact value (decimal fallback). */
export function emissionRate(t: number, m0: number, i0: number, lambda: number): number | Dec {
  if (dd.isPlusZero(m0) || dd.isPlusZero(i0)) return 0;
  return dd.fastOr(
    () => {
      const c = curveOf(lambda, i0, "linear");
      const x = c && dd.inputs(t, m0, i0);
      return x && dd.mul(dd.mul(x[1]!, x[2]!), decay(x[0]!, c!.ln2OverLambda));
    },
    () => f.emissionRate(new D(t), new D(m0), new D(i0), new D(lambda))
  );
}

const ONE_S = X.c("1");

/**
 * inflation × (1 − tax) / bonded × (1 − commission). Rounding: the double nearest the exact value, by one IEEE
 * division of exact integers (core/arith.ts exactQuotient) when the inputs are short decimals, else double-double with
 * the rounding test, else the decimal core.
 */
export function stakingApr(inflation: number, bonded: number, tax: number, commission: number): number | Dec {
  // 1 − 1 is +0 in decimal.js (round half-even), so a tax or commission of 1 gives +0 as well.
  if (dd.isPlusZero(inflation) || tax === 1 || commission === 1) return 0;
  // −0 keeps its sign in decimal.js but not in the exact backend: such inputs skip the exact quotient.
  if (!Object.is(inflation, -0) && !Object.is(tax, -0) && !Object.is(commission, -0)) {
    const q = exactQuotient(X.mul(X.mul(X.num(inflation), X.sub(ONE_S, X.num(tax))), X.sub(ONE_S, X.num(commission))), X.num(bonded));
    if (q !== undefined) return q;
  }
  return dd.fastOr(
    () => {
      const x = dd.inputs(inflation, bonded, tax, commission);
      return x && dd.div(dd.mul(dd.mul(x[0]!, dd.sub(ONE, x[2]!)), dd.sub(ONE, x[3]!)), x[1]!);
    },
    () => f.stakingApr(new D(inflation), new D(bonded), new D(tax), new D(commission))
  );
}

// sdk.Dec ------------------------------------------------------------------------------------------------

const SDK_ONE = S.ONE;
/** Largest blocks-per-year (an integer) the BigInt path takes. */
const MAX_INT = 2 ** 53;

/** (1 − b/g)·rc / BPY in sdk.Dec, as formulas.ts sdkRateChange. */
function rateChange(b: bigint, g: bigint, rc: bigint, bpy: bigint): bigint {
  return S.quo(S.mul(SDK_ONE - S.quo(b, g), rc), bpy);
}

/** The arguments as sdk.Decs, or undefined when one is outside the BigInt path's range. */
function sdks(xs: readonly number[]): bigint[] | undefined {
  const out: bigint[] = [];
  for (const x of xs) {
    const v = S.toSdk(x);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

/**
 * x/mint NextInflationRate on validated numbers (formulas.ts mintInflation with every argument an sdk.Dec).
 * Rounding: sdk.Dec (18 places, Mul/Quo half-even, Quo truncated at 36 places first), exact; nearest double.
 */
export function mintInflation(i: number, b: number, g: number, rc: number, min: number, max: number, bpy: number): number | Dec {
  const x = bpy <= MAX_INT ? sdks([i, b, g, rc, min, max]) : undefined;
  if (x === undefined || x[2] === 0n) {
    const s = (v: number) => f.sdkDec(new D(v));
    return f.mintInflation(s(i), s(b), s(g), s(rc), s(min), s(max), new D(bpy));
  }
  const [I, B, G, RC, MIN, MAX] = x as [bigint, bigint, bigint, bigint, bigint, bigint];
  let next = I + rateChange(B, G, RC, BigInt(bpy) * SDK_ONE);
  if (next > MAX) next = MAX;
  if (next < MIN) next = MIN;
  return S.toDouble(next);
}

/** x/mint block provision ⌊sdkDec(i) × supply / BPY⌋ (formulas.ts blockProvision). Rounding: exact floor; nearest double. */
export function blockProvision(i: number, supplyMicro: number, bpy: number): number | Dec {
  const I = supplyMicro <= MAX_INT && bpy <= MAX_INT ? S.toSdk(i) : undefined;
  if (I === undefined) return f.blockProvision(f.sdkDec(new D(i)), new D(supplyMicro), new D(bpy));
  return Number((I * BigInt(supplyMicro)) / (SDK_ONE * BigInt(bpy)));
}

/**
 * ⌊2^(−t/λ) × 10^6⌋ as the decimal path computes it (t and λ read as their shortest decimals, t/λ and 2^x
 * rounded to 18 significant digits, then truncated at 6 places), or undefined when a multiple of 10^−6 is too
 * close to decide. Any doubles are accepted (years since genesis is usually seconds / 31,557,600, a full double):
 *
 * - the shortest decimals of t and λ are within 2^−53 relative of the doubles, and the 18-digit rounding of t/λ
 *   adds 5·10^−18: the exponent the decimal path uses is e(1 + δ) with |δ| ≤ 2.3·10^−16, which changes 2^−e by
 *   a factor within 1 ± ln2·e·|δ|(1 + 10^−9) (e ≤ 30 here);
 * - 2^x at 18 significant digits moves by at most one unit in the 18th digit, 10^−17 relative (decimal.js
 *   documents pow as correctly rounded or at most 1 ulp off).
 *
 * The double-double interval widened by both must lie strictly between two multiples of 10^−6; then every value
 * the decimal path can produce truncates to the same one.
 */
function decayCoefMicro(t: number, lambda: number): number | undefined {
  if (t === 0) return 1e6;
  const e = dd.div(dd.exact(t), dd.exact(lambda));
  // 2^−30 < 10^−9: far below 10^−6 whatever the roundings.
  if (e.hi > 30) return 0;
  const y = dd.mul(dd.exp(dd.neg(dd.mul(e, LN2))), MILLION);
  const w = (y.err + Math.abs(y.hi) * (2e-17 + 0.7 * e.hi * 2.4e-16)) * 1.125;
  if (!(w < 1e-3)) return undefined;
  const c = Math.floor(y.hi);
  // y.hi − c is exact (c ≤ y.hi < c + 1 ≤ 10^6 + 1).
  const frac = y.hi - c + y.lo;
  return frac > w && 1 - frac > w ? c : undefined;
}

/**
 * Akash's decay calculator on validated numbers (formulas.ts decayInflation with i, b, I_init, v, g, rc as sdk.Decs).
 * Rounding: as formulas.ts decayInflation, exact; nearest double of the percent value.
 */
export function decayInflation(
  t: number,
  i: number,
  b: number,
  i0: number,
  lambda: number,
  variance: number,
  g: number,
  rc: number,
  bpy: number
): number | Dec {
  const x = bpy <= MAX_INT ? sdks([i, b, i0, variance, g, rc]) : undefined;
  let coef: number | undefined;
  if (x !== undefined && x[4] !== 0n) {
    // The coefficient is the double-double step: counted with the other fast-path decisions.
    coef = decayCoefMicro(t, lambda);
    if (coef === undefined) dd.stats.fallback++;
    else dd.stats.fast++;
  }
  if (coef === undefined) {
    const s = (v: number) => f.sdkDec(new D(v));
    return f.decayInflation(new D(t), s(i), s(b), s(i0), new D(lambda), s(variance), s(g), s(rc), new D(bpy));
  }
  const [I, B, I0, V, G, RC] = x as [bigint, bigint, bigint, bigint, bigint, bigint];
  const ideal = S.mul(I0, BigInt(coef) * 1000000000000n);
  let current = I + rateChange(B, G, RC, BigInt(bpy) * SDK_ONE);
  const spread = S.mul(ideal, V);
  const max = ideal + spread;
  let min = ideal - spread;
  if (min < 0n) min = 0n;
  if (current < min) current = min;
  else if (current > max) current = max;
  return S.toDouble(current);
}

// x/take ----------------------------------------------------------------------------------------------------

const P10N: bigint[] = Array.from({ length: 16 }, (_v, i) => 10n ** BigInt(i));

/**
 * ⌊amount × rate / 100⌋ exactly in BigInt: an integer amount ≤ 2^53 (its shortest decimal is the integer itself)
 * and a rate whose shortest decimal is m·10^−k (core/arith.ts's reading); undefined otherwise.
 */
function takeMicro(amount: number, ratePct: number): bigint | undefined {
  // −0 (a product's sign) is left to the decimal core.
  if (!(amount <= 2 ** 53) || Object.is(amount, -0) || Object.is(ratePct, -0)) return undefined;
  const r: Small = X.num(ratePct);
  if (isInexact(r)) return undefined;
  // amount, m ≥ 0: BigInt division truncates, as the decimal core's trunc does.
  return (BigInt(amount) * BigInt(r.m)) / (100n * P10N[r.k]!);
}

/** AKT_ONCHAIN_TAKE_UAKT: formulas.ts onchainTakeUakt on numbers. Rounding: exact integer, truncated. */
export function onchainTakeUakt(amountMicro: number, ratePct: number): number | Dec {
  const t = takeMicro(amountMicro, ratePct);
  return t === undefined ? f.onchainTakeUakt(new D(amountMicro), new D(ratePct)) : Number(t);
}

/** AKT_ONCHAIN_EARNINGS_UAKT: amount − the truncated take (exact below 2^53). */
export function onchainEarningsUakt(amountMicro: number, ratePct: number): number | Dec {
  const t = takeMicro(amountMicro, ratePct);
  return t === undefined ? f.onchainEarningsUakt(new D(amountMicro), new D(ratePct)) : amountMicro - Number(t);
}

/**
 * amount × rate × (1 − discount) (formulas.ts takeFee, makeFee: the product first, the discount factor skipped
 * when the discount is 0) on exact small decimals without allocating, left in OUT; false where the exact backend
 * gives INEXACT (core/arith.ts, "Allocation-free steps").
 */
function feeShort(amount: number, rate: number, discount: number): boolean {
  if (!readShort(amount)) return false;
  const ma = READ[0]!;
  const ka = READ[1]!;
  if (!readShort(rate) || !mulShort(ma, ka, READ[0]!, READ[1]!)) return false;
  if (discount === 0) return true;
  const mx = OUT[0]!;
  const kx = OUT[1]!;
  if (!readShort(discount) || !addShort(1, 0, -READ[0]!, READ[1]!)) return false;
  return mulShort(mx, kx, OUT[0]!, OUT[1]!);
}

/** AKT_TAKE_FEE / AKT_MAKE_FEE's exact result without allocating, or undefined (then the generic formula runs). */
export function fee(amount: number, rate: number, discount: number): number | undefined {
  return feeShort(amount, rate, discount) ? shortToDouble(OUT[0]!, OUT[1]!) : undefined;
}

/**
 * AKT_PROVIDER_FEE when the provider does not pay the make fee: amount − amount × take × (1 − discount)
 * (formulas.ts providerFee), without allocating, or undefined.
 */
export function providerFee(amount: number, takeRate: number, discount: number): number | undefined {
  if (!feeShort(amount, takeRate, discount)) return undefined;
  const mf = OUT[0]!;
  const kf = OUT[1]!;
  readShort(amount); // short: feeShort read it
  return addShort(READ[0]!, READ[1]!, -mf, kf) ? shortToDouble(OUT[0]!, OUT[1]!) : undefined;
}
