/**
 * `pow(q, h)` as the Clore chain's C++ evaluates it: q^h rounded once to the nearest IEEE double (ties to even),
 * i.e. a correctly rounded pow, with q = 0.9999995831306165428031818009912967681884765625 (the double `1-d`).
 * JS Math.pow is not required to be correctly rounded, so it is only used as a guess.
 *
 * Three paths, each deciding the rounding or handing over to the next:
 * 1. {@link powDouble}: double-double arithmetic (core/dd.ts, with a running error bound) over tables of
 *    q^(j·512^k) (k = 0, 1, 2; j < 512), at most two products; the answer when every value within the bound
 *    rounds to the same double.
 * 2. {@link powDoubleDecimal}: the 40-digit decimal tables (relative error 3.1e-39), scaled to the 53-bit
 *    significand and rounded; undecided within 2.8e-22 of a midpoint.
 * 3. {@link exactPowDouble}: Decimal.pow at 80, 160, … digits until decided.
 * There are no exact ties for h ≥ 1: q = m/2^46 with m odd, so q^h has a (46h)-bit odd numerator, never a
 * 54-bit midpoint. Valid for 0 ≤ h < 2^27 (q^h > 2^−82: always a normal double).
 */
import * as dd from "../../core/dd";
import { D, type Dec } from "../../core/decimal";
import { cloreParams as P } from "./params";
import { DdPowerTable, PowerTable, TABLE_REL_ERROR } from "./powers";

const Q = P.decayBase.value;
const Q_NUM = Number(Q);
/** q^h by 40-digit tables (q the chain's double). */
const CHAIN_POWERS = new PowerTable(Q);

// 1. Double-double fast path ----------------------------------------------------------------------------

/** q^h as double-doubles with error bounds, from 60-digit level steps (powers.ts). */
const DD_POWERS = new DdPowerTable(Q);

/**
 * q^h rounded once to the nearest double (the value of a correctly rounded `pow(q, h)`), 0 ≤ h < 2^27.
 * Rounding: the product of at most three table entries in double-double with a running error bound (core/dd.ts),
 * accepted when every value within the bound rounds to one double (dd.nearest); else {@link powDoubleDecimal}
 * (never needed at any height tested; it keeps the result exact by construction).
 */
export function powDouble(h: number): number {
  if (h === 0) return 1;
  return dd.nearest(DD_POWERS.pow(h)) ?? powDoubleDecimal(h);
}

// 2. Decimal-table path ------------------------------------------------------------------------------------

const TWO_52 = 2 ** 52;
const TWO_53 = 2 ** 53;
/** 2^n as exact Decimals (built from BigInt strings, which the constructor keeps in full), 0 ≤ n ≤ 160. */
const POW2_DEC: Dec[] = Array.from({ length: 161 }, (_, n) => new D((1n << BigInt(n)).toString()));
/** 2^−n as exact doubles (repeated halving is exact in the normal range), 0 ≤ n ≤ 160. */
const POW2_NEG: number[] = [1];
for (let n = 1; n <= 160; n++) POW2_NEG.push(POW2_NEG[n - 1]! / 2);
/**
 * Bound on |table q^h × 2^s − exact q^h × 2^s| for a value below 2^53 (table 3e-39 relative, one 40-digit product
 * 5e-41), times 10 for safety: 2^53 × 3.05e-38 < 2.8e-22. Fractions within it of one half go to the exact path.
 */
const Y_GUARD = TABLE_REL_ERROR.plus("5e-41").mul(10).mul(2 ** 53);
const HALF = new D("0.5");
const HALF_LO = HALF.minus(Y_GUARD);
const HALF_HI = HALF.plus(Y_GUARD);

/**
 * {@link powDouble} from the 40-digit decimal tables: with 2^e ≤ q^h < 2^(e+1), N = round(q^h × 2^(52−e)) is the
 * 53-bit significand and the double is N × 2^(e−52) (N = 2^53 is the next binade's 2^(e+1), also exact). When
 * the scaled value lies within 2.8e-22 of a rounding midpoint, {@link exactPowDouble} decides.
 */
export function powDoubleDecimal(h: number): number {
  if (h === 0) return 1;
  const t = CHAIN_POWERS.pow(h);
  // The binade from Math.pow (not trusted: only a guess, checked against the 40-digit value below).
  let e = Math.floor(Math.log2(Math.pow(Q_NUM, h)));
  let y = t.mul(POW2_DEC[52 - e]!);
  if (y.lt(TWO_52)) y = t.mul(POW2_DEC[52 - --e]!);
  else if (y.gte(TWO_53)) y = t.mul(POW2_DEC[52 - ++e]!);
  const floor = y.trunc();
  const frac = y.minus(floor);
  if (frac.gte(HALF_LO) && frac.lte(HALF_HI)) return exactPowDouble(h);
  return (floor.toNumber() + (frac.gt(HALF) ? 1 : 0)) * POW2_NEG[52 - e]!;
}

// 3. Exact path --------------------------------------------------------------------------------------------

/** {@link powDouble} by Decimal.pow at 80, 160, … digits until the rounding is decided (the slow, certain path). */
export function exactPowDouble(h: number): number {
  if (h === 0) return 1;
  for (let p = 80; p <= 5120; p *= 2) {
    const Dp = D.clone({ precision: p });
    const x = new Dp(Q).pow(h);
    const e = Math.floor(Math.log2(x.toNumber())); // a guess, corrected below
    for (const s of [52 - e, 51 - e, 53 - e]) {
      // x × 2^s lies in [2^52, 2^53) for exactly one of the three shifts
      const y = x.mul(new Dp(2).pow(s));
      if (y.lt(TWO_52) || y.gte(TWO_53)) continue;
      // intPow carries guard digits and rounds once: relative error < 10^(2−p); the product adds 10^(1−p).
      const bound = y.mul(new Dp(10).pow(3 - p));
      const floor = y.trunc();
      const frac = y.minus(floor);
      if (frac.minus(HALF).abs().lte(bound)) break; // undecided at this precision
      const n = (frac.gt(HALF) ? floor.plus(1) : floor).toNumber();
      return n * POW2_NEG[s]!;
    }
  }
  throw new Error(`pow(q, ${h}) could not be rounded to a double`);
}
