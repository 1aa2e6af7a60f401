/**
 * An independent oracle for the Clore block subsidy, written only from REFERENCE.md §D.1 and the chain's
 * source line `54193019856*pow(1-0.000000416869…,nHeight)`: q is the double nearest 1 − d, i.e.
 * q = m / 2^53 with m an integer; q^h is bracketed in BigInt fixed point (2^-K scale) by rounding every
 * product down (lower bound) and up (upper bound); the truncated subsidy is certified when both bounds
 * give the same floor. No Decimal and no engine code are involved.
 */
const R0 = 54193019856n;
const K = 256n;
const ONE = 1n << K;

/** The chain's base 1 − d as a JS double, and its 53-bit integer mantissa m (q = m / 2^53 exactly). */
export const Q_DOUBLE = 1 - 0.00000041686938347033551682078457954749861613663597381673753261566162109375;
export const Q_MANTISSA = BigInt(Q_DOUBLE * 2 ** 53);

function mulDown(a: bigint, b: bigint): bigint {
  return (a * b) >> K;
}
function mulUp(a: bigint, b: bigint): bigint {
  const p = a * b;
  const q = p >> K;
  return (q << K) === p ? q : q + 1n;
}

/** [lower, upper] bounds of q^h scaled by 2^K. */
function powBounds(h: number): [bigint, bigint] {
  const base = Q_MANTISSA << (K - 53n); // exact: q × 2^K
  let lo = ONE;
  let hi = ONE;
  let n = BigInt(h);
  let baseLo = base;
  let baseHi = base;
  while (n > 0n) {
    if (n & 1n) {
      lo = mulDown(lo, baseLo);
      hi = mulUp(hi, baseHi);
    }
    n >>= 1n;
    if (n > 0n) {
      baseLo = mulDown(baseLo, baseLo);
      baseHi = mulUp(baseHi, baseHi);
    }
  }
  return [lo, hi];
}

/** ⌊R0 × q^h⌋ in satoshi, certified; throws if the bounds straddle an integer (never seen at K = 256). */
export function oracleSubsidySat(h: number): bigint {
  const [lo, hi] = powBounds(h);
  const sLo = (R0 * lo) >> K;
  const sHi = (R0 * hi) >> K;
  if (sLo !== sHi) throw new Error(`oracle could not decide the floor at height ${h}`);
  return sLo;
}

/** The decimal string of a satoshi amount in CLORE (exact: s / 1e8). */
export function satToClore(s: bigint): string {
  const neg = s < 0n;
  const a = neg ? -s : s;
  const int = a / 100000000n;
  const frac = (a % 100000000n).toString().padStart(8, "0").replace(/0+$/, "");
  return `${neg ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/** Bit length of a positive BigInt. */
function bitLength(x: bigint): number {
  return x.toString(2).length;
}

/**
 * x × 2^exp (x > 0) rounded to the nearest 53-bit significand, ties to even, as IEEE double arithmetic
 * rounds (no subnormals occur here): returns [significand, exponent] with the value = significand × 2^exponent.
 */
export function roundToDouble(x: bigint, exp: bigint): [bigint, bigint] {
  const s = BigInt(bitLength(x) - 53);
  if (s <= 0n) return [x, exp];
  let n = x >> s;
  const rem = x & ((1n << s) - 1n);
  const half = 1n << (s - 1n);
  if (rem > half || (rem === half && (n & 1n) === 1n)) n += 1n;
  if (n === 1n << 53n) return [1n << 52n, exp + s + 1n];
  return [n, exp + s];
}

/** ⌊n × 2^e⌋ for n ≥ 0. */
function floorScaled(n: bigint, e: bigint): bigint {
  return e >= 0n ? n << e : n >> -e;
}

/**
 * The chain's reading of `54193019856*pow(q, nHeight)` in IEEE doubles (x86-64, SSE2: every operation
 * rounded to nearest, ties to even): P = q^h rounded once to the nearest double (a correctly rounded pow),
 * then R0 × P rounded to the nearest double, then truncated to CAmount. Computed from the BigInt bounds of
 * q^h: both bounds must round to the same double, which decides P (rounding is monotone).
 */
export function oracleChainSubsidySat(h: number): bigint {
  const [p, pe] = oraclePowDouble(h);
  const [c, e] = roundToDouble(R0 * p, pe);
  return floorScaled(c, e);
}

/** q^h rounded to the nearest double, as [53-bit significand, exponent] (value = significand × 2^exponent). */
export function oraclePowDouble(h: number): [bigint, bigint] {
  const [lo, hi] = powBounds(h);
  const a = roundToDouble(lo, -K);
  const b = roundToDouble(hi, -K);
  if (a[0] !== b[0] || a[1] !== b[1]) throw new Error(`oracle could not round q^${h} to a double`);
  return a;
}

/** A positive normal double as [53-bit significand, exponent], read from its IEEE bits. */
export function doubleParts(x: number): [bigint, bigint] {
  const bits = new BigUint64Array(new Float64Array([x]).buffer)[0]!;
  const biased = (bits >> 52n) & 0x7ffn;
  return [(bits & ((1n << 52n) - 1n)) | (1n << 52n), biased - 1075n];
}
