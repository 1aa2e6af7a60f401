/** Akash formulas: typed Decimal inputs in, Decimal out (REFERENCE.md §C). */
import Decimal from "decimal.js";
import type { Arith } from "../../core/arith";
import { D, type Dec } from "../../core/decimal";

const ZERO = new D(0);
const ONE = new D(1);
const HUNDRED = new D(100);
const MILLION = new D(1000000);
/** ln 2 to 40 digits, computed once at module load. */
const LN2 = new D(2).ln();
/** λ of the default regime (2 years) and its precomputed derived values. */
const LAMBDA_DEFAULT = new D(2);
/** ln2/λ × ln(1 + λ/ln2) for λ = 2: the compounding model's calibrated I0 (REFERENCE.md §C.3). */
const CALIBRATED_I0_DEFAULT = calibratedI0Core(LAMBDA_DEFAULT);

// ---------------------------------------------------------------------------------------------
// AKT 2.0 fees (REFERENCE.md §C.1)

/**
 * F_t = amount × R_t × (1 − R_d) (AKT 2.0).
 * Rounding: exact small-decimal arithmetic when every value fits (core/arith.ts), else 40-digit decimal;
 * no output rounding. Both give the same double.
 */
export function takeFee<T>(A: Arith<T>, amount: T, takeRate: T, discount: T): T {
  return discounted(A, A.mul(amount, takeRate), discount);
}

/** x × (1 − R_d), skipping the multiplication when there is no discount. */
function discounted<T>(A: Arith<T>, x: T, discount: T): T {
  return A.isZero(discount) ? x : A.mul(x, A.sub(A.c("1"), discount));
}

/**
 * F_m = amount × R_m × (1 − R_d) (AKT 2.0).
 * Rounding: as takeFee.
 */
export function makeFee<T>(A: Arith<T>, amount: T, makeRate: T, discount: T): T {
  return discounted(A, A.mul(amount, makeRate), discount);
}

/**
 * F_n = amount × (1 − R_d) × (R_t + R_m) (AKT 2.0).
 * Rounding: as takeFee.
 */
export function networkFee<T>(A: Arith<T>, amount: T, takeRate: T, makeRate: T, discount: T): T {
  return discounted(A, A.mul(amount, A.add(takeRate, makeRate)), discount);
}

/**
 * F_p = amount − F_t, minus F_m as well when the provider pays the make fee (AKT 2.0, L105-107).
 * Rounding: as takeFee.
 */
export function providerFee<T>(A: Arith<T>, amount: T, takeRate: T, discount: T, makeRate: T, providerPaysMake: boolean): T {
  const rate = providerPaysMake ? A.add(takeRate, makeRate) : takeRate;
  return A.sub(amount, discounted(A, A.mul(amount, rate), discount));
}

// ---------------------------------------------------------------------------------------------
// On-chain take (REFERENCE.md §C.2)

/**
 * On-chain take in micro units: ⌊amount × rate / 100⌋ (x/take keeper).
 * Rounding: exact integer arithmetic, truncated toward zero like sdk.Dec.TruncateInt.
 */
export function onchainTakeUakt(amountMicro: Dec, ratePct: Dec): Dec {
  return amountMicro.mul(ratePct).div(HUNDRED).trunc();
}

/**
 * On-chain provider earnings in micro units: amount − ⌊amount × rate / 100⌋.
 * Rounding: exact integer arithmetic; the take is truncated, so earnings keep the remainder.
 */
export function onchainEarningsUakt(amountMicro: Dec, ratePct: Dec): Dec {
  return amountMicro.minus(onchainTakeUakt(amountMicro, ratePct));
}

// ---------------------------------------------------------------------------------------------
// Supply curve (REFERENCE.md §C.3)

/** 2^(−t/λ) = exp(−t·ln2/λ), at 40 digits. */
function decay(years: Dec, halfLife: Dec): Dec {
  return years.isZero() ? ONE : years.mul(LN2).div(halfLife).neg().exp();
}

function calibratedI0Core(halfLife: Dec): Dec {
  return LN2.div(halfLife).mul(ONE.plus(halfLife.div(LN2)).ln());
}

/**
 * The compounding model's initial inflation that reaches the linear cap: I0 = ln2/λ × ln(1 + λ/ln2).
 * Rounding: 40-digit decimal (ln at 40 digits), no output rounding.
 */
export function calibratedInitialInflation(halfLife: Dec): Dec {
  return halfLife.eq(LAMBDA_DEFAULT) ? CALIBRATED_I0_DEFAULT : calibratedI0Core(halfLife);
}

/**
 * Limit of the linear model: M_max = M0 × (1 + I0 × λ / ln 2).
 * Rounding: 40-digit decimal, no output rounding.
 */
export function maxSupply(m0: Dec, i0: Dec, halfLife: Dec): Dec {
  return m0.mul(ONE.plus(i0.mul(halfLife).div(LN2)));
}

/**
 * Supply after `years`. Linear: M0 (1 + I0 λ/ln2 (1 − 2^(−t/λ))); compounding: M0 exp(I0 λ/ln2 (1 − 2^(−t/λ))).
 * Rounding: 40-digit decimal (exp at 40 digits), no output rounding.
 */
export function supply(years: Dec, m0: Dec, i0: Dec, halfLife: Dec, model: "linear" | "compounding"): Dec {
  const growth = i0.mul(halfLife).div(LN2).mul(ONE.minus(decay(years, halfLife)));
  return model === "linear" ? m0.mul(ONE.plus(growth)) : m0.mul(growth.exp());
}

/**
 * Emission at `years` in tokens per year (linear model): M0 × I0 × 2^(−t/λ).
 * Rounding: 40-digit decimal (exp at 40 digits), no output rounding.
 */
export function emissionRate(years: Dec, m0: Dec, i0: Dec, halfLife: Dec): Dec {
  return m0.mul(i0).mul(decay(years, halfLife));
}

// ---------------------------------------------------------------------------------------------
// Cosmos sdk.Dec emulation (18 decimal places) for the chain's inflation maths (REFERENCE.md §C.4-5)

/** Exact arithmetic room for products and quotients of 18-place decimals; division truncates. */
const Wide = D.clone({ precision: 120, rounding: Decimal.ROUND_DOWN });
const SDK_PRECISION = 18;

/**
 * A number as an sdk.Dec: rounded half-even to 18 places. The chain's NewDecFromStr refuses more
 * than 18 places; spreadsheet doubles carry ~17 significant digits, so this only trims binary noise.
 */
export function sdkDec(x: Dec): Dec {
  return x.toDecimalPlaces(SDK_PRECISION, Decimal.ROUND_HALF_EVEN);
}

/** sdk.Dec.Mul: exact product, then chopPrecisionAndRound (banker's rounding to 18 places). */
export function sdkMul(a: Dec, b: Dec): Dec {
  return new D(new Wide(a).mul(b).toDecimalPlaces(SDK_PRECISION, Decimal.ROUND_HALF_EVEN));
}

/**
 * sdk.Dec.Quo: (a·10^36) / b truncated toward zero (big.Int.Quo), i.e. a/b cut at 36 places, then
 * chopPrecisionAndRound (banker's rounding to 18 places).
 */
export function sdkQuo(a: Dec, b: Dec): Dec {
  const q36 = new Wide(a).div(b).toDecimalPlaces(2 * SDK_PRECISION, Decimal.ROUND_DOWN);
  return new D(q36.toDecimalPlaces(SDK_PRECISION, Decimal.ROUND_HALF_EVEN));
}

/**
 * LegacyDec.Power(n) (cosmossdk.io/math legacy_dec.go): square-and-multiply, each product a rounded
 * {@link sdkMul}; `base` ≥ 1 and an sdk.Dec. Every intermediate is then at most the result, so once one
 * exceeds `limit` the result does too: `undefined` is returned, and the products that are computed stay
 * small enough for {@link sdkMul}'s exact range.
 * Rounding: sdk.Dec, 18 places, half-even after every product.
 */
export function sdkPowAtMost(base: Dec, n: number, limit: Dec): Dec | undefined {
  if (n === 0) return ONE;
  let d = base;
  let tmp = ONE;
  for (let i = n; i > 1; i = Math.floor(i / 2)) {
    if (i % 2 !== 0) tmp = sdkMul(tmp, d);
    d = sdkMul(d, d);
    if (d.gt(limit) || tmp.gt(limit)) return undefined;
  }
  const r = sdkMul(d, tmp);
  return r.gt(limit) ? undefined : r;
}

/** (1 − b/g)·rc / BPY in sdk.Dec arithmetic: the per-block inflation change of x/mint. */
function sdkRateChange(bondedRatio: Dec, goalBonded: Dec, rateChange: Dec, blocksPerYear: Dec): Dec {
  const perYear = sdkMul(ONE.minus(sdkQuo(bondedRatio, goalBonded)), rateChange);
  return sdkQuo(perYear, blocksPerYear);
}

/**
 * Cosmos SDK x/mint NextInflationRate: clamp(i + (1 − b/g)·rc/BPY, min, max), the max test first as in
 * minter.go:55-67. All arguments are sdk.Dec values (see {@link sdkDec}).
 * Rounding: sdk.Dec, 18 places; Mul and Quo round half-even (chopPrecisionAndRound), Quo truncates at 36 places first.
 */
export function mintInflation(
  inflation: Dec,
  bondedRatio: Dec,
  goalBonded: Dec,
  rateChange: Dec,
  inflationMin: Dec,
  inflationMax: Dec,
  blocksPerYear: Dec
): Dec {
  let next = inflation.plus(sdkRateChange(bondedRatio, goalBonded, rateChange, blocksPerYear));
  if (next.gt(inflationMax)) next = inflationMax;
  if (next.lt(inflationMin)) next = inflationMin;
  return next;
}

/**
 * Cosmos SDK x/mint block provision: ⌊inflation × supply / BPY⌋ micro-units (minter.go:74-82).
 * Rounding: MulInt is exact, QuoInt truncates at 18 places, TruncateInt truncates: together an exact floor.
 */
export function blockProvision(inflation: Dec, totalSupply: Dec, blocksPerYear: Dec): Dec {
  return new Wide(inflation).mul(totalSupply).div(blocksPerYear).floor();
}

/** 18 significant digits with ties to even: the ericlagergren/decimal context the calculator uses. */
const Sig18 = D.clone({ precision: SDK_PRECISION, rounding: Decimal.ROUND_HALF_EVEN });

/**
 * Akash's dormant decay calculator (node@61fd2633 inflation_calculator.go:47-92), in percent:
 * coef = 2^(−t/λ) at 18 significant digits, truncated to 6 places; ideal = I_init × coef;
 * next = clamp(i + (1 − b/g)·rc/BPY, max(0, ideal − ideal·v), ideal + ideal·v), the min test first.
 * Rounding: t/λ and 2^x at 18 significant digits (ties to even); coef truncated toward zero at 6 places;
 * the rest in sdk.Dec (18 places, Mul/Quo round half-even).
 */
export function decayInflation(
  years: Dec,
  inflation: Dec,
  bondedRatio: Dec,
  initialInflation: Dec,
  halfLife: Dec,
  variance: Dec,
  goalBonded: Dec,
  rateChange: Dec,
  blocksPerYear: Dec
): Dec {
  const exponent = new Sig18(years).div(halfLife).neg();
  const coefFull = Sig18.pow(2, exponent);
  const coef = new D(coefFull).mul(MILLION).trunc().div(MILLION);
  const ideal = sdkMul(initialInflation, coef);
  let current = inflation.plus(sdkRateChange(bondedRatio, goalBonded, rateChange, blocksPerYear));
  const spread = sdkMul(ideal, variance);
  const max = ideal.plus(spread);
  let min = ideal.minus(spread);
  if (min.lt(ZERO)) min = ZERO;
  if (current.lt(min)) current = min;
  else if (current.gt(max)) current = max;
  return current;
}

// ---------------------------------------------------------------------------------------------
// Staking and the incentive pool (REFERENCE.md §C.6-7)

/**
 * Staking APR = inflation × (1 − community_tax) / bonded_ratio × (1 − commission); ignores fees and proposer rewards.
 * Rounding: 40-digit decimal, no output rounding.
 */
export function stakingApr(inflation: Dec, bondedRatio: Dec, communityTax: Dec, commission: Dec): Dec {
  return inflation.mul(ONE.minus(communityTax)).div(bondedRatio).mul(ONE.minus(commission));
}

/**
 * Splits the pool: amount_k = pool × share_k, and pool × (1 − Σ share) unallocated (burned).
 * Rounding: 40-digit decimal, no output rounding.
 */
export function poolSplit(pool: Dec, shares: readonly Dec[]): { amounts: Dec[]; unallocated: Dec } {
  let total = ZERO;
  const amounts = shares.map((s) => {
    total = total.plus(s);
    return pool.mul(s);
  });
  return { amounts, unallocated: pool.mul(ONE.minus(total)) };
}
