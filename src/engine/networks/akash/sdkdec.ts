/**
 * Cosmos sdk.Dec (18 decimal places) in BigInt fixed point: the fast path of the x/mint and decay-calculator
 * emulations in formulas.ts (sdkDec, sdkMul, sdkQuo, mintInflation, blockProvision, decayInflation), which stay
 * as the reference and the fallback. A value is an integer N standing for N / 10^18.
 *
 * - {@link toSdk}: a double read as its shortest decimal (what `new Decimal(x)` reads) rounded half-even to 18
 *   places, as formulas.ts sdkDec does.
 * - {@link mul}: exact product, then half-even to 18 places (chopPrecisionAndRound).
 * - {@link quo}: a·10^36 / b truncated toward zero (big.Int.Quo), then half-even to 18 places.
 * - {@link toDouble}: N / 10^18 as the nearest double (a correctly rounded decimal-string parse), the double
 *   decimal.js's toNumber gives for the same exact value.
 *
 * The decimal emulation computes products and quotients at 120 significant digits and stores results at the
 * engine's 40: exact while every value stays small. The BigInt path is exact always, so the callers use it
 * only inside {@link LIMIT} (then both are exact and agree) and hand anything larger to the decimal emulation;
 * test/engine/akash/fast.test.ts checks the agreement bit for bit.
 */

const P10: bigint[] = Array.from({ length: 40 }, (_v, i) => 10n ** BigInt(i));
const P10N: number[] = Array.from({ length: 16 }, (_v, i) => 10 ** i);
export const ONE = P10[18]!;
const E36 = P10[36]!;

/** Largest input magnitude of the BigInt path (sums and products then stay within 40 significant digits). */
export const LIMIT = 1e15;

/** n / d (d > 0) rounded half-even to an integer. */
export function roundHalfEven(n: bigint, d: bigint): bigint {
  let q = n / d;
  const r = n - q * d;
  const r2 = (r < 0n ? -r : r) * 2n;
  if (r2 > d || (r2 === d && (q & 1n) !== 0n)) q += n < 0n ? -1n : 1n;
  return q;
}

/**
 * x as an sdk.Dec (|x| ≤ {@link LIMIT}), else undefined. Short decimals (at most 15 fractional digits and
 * |x|·10^k < 2^49, the test of core/arith.ts) are read without a string; others parse `String(x)`, the text
 * decimal.js reads.
 */
export function toSdk(x: number): bigint | undefined {
  if (!(Math.abs(x) <= LIMIT)) return undefined;
  if (Number.isInteger(x)) return BigInt(x) * ONE;
  const ax = Math.abs(x);
  for (let k = 1; k <= 15; k++) {
    const s = ax * P10N[k]!;
    if (s >= 2 ** 49) break;
    const m = Math.round(s);
    if (m / P10N[k]! === ax) return BigInt(x < 0 ? -m : m) * P10[18 - k]!;
  }
  return parse(String(x));
}

/** A decimal numeral (optionally with an exponent) rounded half-even to 18 places. */
function parse(text: string): bigint {
  const neg = text.startsWith("-");
  const s = neg ? text.slice(1) : text;
  const e = s.indexOf("e");
  const mant = e < 0 ? s : s.slice(0, e);
  const exp = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mant.indexOf(".");
  const digits = dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1);
  // value = digits × 10^−frac
  const frac = (dot < 0 ? 0 : mant.length - dot - 1) - exp;
  const m = BigInt(digits);
  const n = frac <= 18 ? m * 10n ** BigInt(18 - frac) : roundHalfEven(m, 10n ** BigInt(frac - 18));
  return neg ? -n : n;
}

/** sdk.Dec.Mul: exact product, half-even to 18 places. */
export function mul(a: bigint, b: bigint): bigint {
  return roundHalfEven(a * b, ONE);
}

/** sdk.Dec.Quo (b ≠ 0): a/b truncated toward zero at 36 places, then half-even to 18 places. */
export function quo(a: bigint, b: bigint): bigint {
  return roundHalfEven((a * E36) / b, ONE);
}

/** N / 10^18 as the nearest double. */
export function toDouble(n: bigint): number {
  return Number(`${n}e-18`);
}
