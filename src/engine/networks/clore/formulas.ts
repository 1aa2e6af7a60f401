/** Clore.ai formulas: typed inputs in, Decimal out (REFERENCE.md §D). */
import type { Arith } from "../../core/arith";
import { D, type Dec } from "../../core/decimal";
import { cloreParams as P } from "./params";
import { PowerTable, TABLE_LIMIT, TABLE_REL_ERROR } from "./powers";

const ZERO = new D(0);
const ONE = new D(1);
const HUNDRED = new D(100);
const COIN = new D(P.satoshiPerCoin.value);
/** 1 / COIN = 1e-8: multiplying an integer satoshi amount by it is exact and cheaper than dividing by 1e8. */
const SATOSHI = ONE.div(COIN);
const R0 = new D(P.initialSubsidy.value);
const Q = P.decayBase.value;
const DECAY = new D(P.decayLiteral.value);
/** 1 − d as an exact decimal string (74 digits; computed at 100 digits, where the subtraction is exact). */
const Q_DECIMAL = new (D.clone({ precision: 100 }))(1).minus(P.decayLiteral.value).toFixed();

/** R0 × q^h by table (q the chain's double). */
const SUBSIDY = new PowerTable(Q, P.initialSubsidy.value);
/** (1 − d)^h by table (d the source's decimal literal), for the closed-form cumulative emission. */
const DECIMAL_POWERS = new PowerTable(Q_DECIMAL);
/** R0 / d / 1e8: the limit of cumulative emission, in CLORE (1,300,000,000.1165…). */
const EMISSION_LIMIT = R0.div(DECAY).div(COIN);
/** Ten times the bound on |table value − R0·q^h| for every h (R0 × TABLE_REL_ERROR < 1.7e-28 satoshi). */
const GUARD = R0.mul(TABLE_REL_ERROR).mul(10);
const ONE_MINUS_GUARD = ONE.minus(GUARD);

// ---------------------------------------------------------------------------------------------
// Block subsidy (REFERENCE.md §D.1)

/**
 * Block subsidy in satoshi: ⌊R0 × q^h⌋ with q the exact double 0.9999995831306165428031818009912967681884765625.
 * Rounding: exact. R0·q^h is taken from 40-digit tables (error < 1.7e-28 satoshi); when its fractional
 * part lies within 1.7e-27 of an integer the floor is recomputed with Decimal.pow at 80, 160, … digits
 * until it is decided (R0·q^h is never an integer for h ≥ 1: q = m/2^46 with m odd and R0 = 2^4 × odd).
 * Truncated toward zero like the chain's conversion to CAmount. h ≥ 2^27 gives 0 (S(2^27) = 0 and S never increases).
 */
export function blockSubsidySat(h: number): Dec {
  if (h === 0) return R0;
  if (h >= TABLE_LIMIT) return ZERO;
  const x = SUBSIDY.pow(h);
  const floor = x.trunc();
  const frac = x.minus(floor);
  if (frac.gt(GUARD) && frac.lt(ONE_MINUS_GUARD)) return floor;
  return exactSubsidySat(h);
}

/** ⌊R0 × q^h⌋ by Decimal.pow at increasing precision until the floor is decided (the slow, certain path). */
export function exactSubsidySat(h: number): Dec {
  if (h === 0) return R0;
  for (let p = 80; p <= 5120; p *= 2) {
    const Dp = D.clone({ precision: p });
    const x = new Dp(Q).pow(h).mul(P.initialSubsidy.value);
    // intPow carries guard digits and rounds once: relative error < 10^(2−p); the multiplication adds 0.5·10^(1−p).
    const bound = x.mul(new Dp(10).pow(2 - p));
    const floor = x.trunc();
    const frac = x.minus(floor);
    if (frac.gt(bound) && frac.lt(new Dp(1).minus(bound))) return new D(floor.toFixed());
  }
  throw new Error(`block subsidy at height ${h} could not be decided`);
}

/**
 * Block subsidy in CLORE: ⌊R0 × q^h⌋ / 1e8.
 * Rounding: exact satoshi (see blockSubsidySat); the scaling by 1e-8 is exact (an 11-digit integer times 1e-8).
 */
export function blockReward(h: number): Dec {
  return blockSubsidySat(h).mul(SATOSHI);
}

/**
 * Cumulative CLORE of blocks 0 … h−1 in closed form: R0 × (1 − (1 − d)^h) / d / 1e8, with d the source's
 * decimal literal and no per-block truncation (REFERENCE.md §D.1).
 * Rounding: 40-digit decimal; (1 − d)^h from 40-digit tables (relative error < 3e-39) below 2^27, else
 * Decimal.pow at 40 digits; no output rounding. Differs from the sum of truncated subsidies by less than
 * 1 satoshi per block.
 */
export function emitted(h: number): Dec {
  if (h === 0) return ZERO;
  const powered = h < TABLE_LIMIT ? DECIMAL_POWERS.pow(h) : new D(Q_DECIMAL).pow(h);
  return EMISSION_LIMIT.mul(ONE.minus(powered));
}

/** The limit of {@link emitted} as h grows: R0 / d / 1e8 CLORE. */
export function emissionLimit(): Dec {
  return EMISSION_LIMIT;
}

// ---------------------------------------------------------------------------------------------
// Block split (REFERENCE.md §D.2)

const COMMUNITY_PCT = new D(P.communityAutonomousAmount.value);
const MINER_PCT = HUNDRED.minus(COMMUNITY_PCT);

/**
 * The chain's coinbase split of the subsidy at height h: miner ⌊(100 − n)·S/100⌋ and community ⌊S·n/100⌋
 * satoshi (n = 50), as CLORE. Miner fees are excluded.
 * Rounding: integer satoshi, each output truncated like C++ integer division; exact division by 1e8.
 */
export function chainSplit(h: number): { miner: Dec; community: Dec } {
  const s = blockSubsidySat(h);
  return {
    miner: MINER_PCT.mul(s).div(HUNDRED).trunc().mul(SATOSHI),
    community: s.mul(COMMUNITY_PCT).div(HUNDRED).trunc().mul(SATOSHI),
  };
}

const DOCS_SHARES = [P.docsSplitMiners, P.docsSplitPoh, P.docsSplitMfp, P.docsSplitDevelopers].map((p) => new D(p.value));

/**
 * The docs' reward distribution of the subsidy at height h: miners 50 %, PoH staking 20 %, MFP lock 20 %,
 * developers 10 %, in CLORE.
 * Rounding: exact decimal shares of the exact subsidy; no truncation (the docs give percentages, not chain code).
 */
export function docsSplit(h: number): Dec[] {
  const s = blockReward(h);
  return DOCS_SHARES.map((share) => s.mul(share));
}

// ---------------------------------------------------------------------------------------------
// Marketplace fees (REFERENCE.md §D.3)

const POH_FULL = new D(P.pohFullHolding.value);
const POH_MAX_PCT = new D(P.pohMaxReduction.value);

/**
 * Proof-of-Holding fee reduction as a fraction: round_half_up(min(holding / 2,000,000, 1) × 50) / 100.
 * Rounding: the percentage is rounded half up to a whole number (500,000 → 13 %), as the docs' table shows.
 */
export function pohDiscount(holding: Dec): Dec {
  if (holding.isZero()) return ZERO;
  const ratio = holding.gte(POH_FULL) ? ONE : holding.div(POH_FULL);
  return ratio.mul(POH_MAX_PCT).toDecimalPlaces(0, D.ROUND_HALF_UP).div(HUNDRED);
}

// The current-regime fee formulas are written once over core/arith.ts: exact small decimals in doubles when
// every value fits, else decimal.js at 40 digits; the same double either way. No output rounding.

/** One side's share of the base fee after its PoH discount: base × side × (1 − discount). */
function sideFee<T>(A: Arith<T>, sideBase: T, discount: T): T {
  return A.isZero(discount) ? sideBase : A.mul(sideBase, A.sub(A.c("1"), discount));
}

/** Current regime: what the renter pays, price × (1 + base/2 × (1 − ρ_r)). */
export function renterCost<T>(A: Arith<T>, price: T, sideBase: T, renterDiscount: T): T {
  return A.mul(price, A.add(A.c("1"), sideFee(A, sideBase, renterDiscount)));
}

/** Current regime: what the host receives, price × (1 − base/2 × (1 − ρ_h) − extra × (1 − mfp)). */
export function hostPayout<T>(A: Arith<T>, price: T, sideBase: T, hostDiscount: T, extra: T, mfpReduction: T): T {
  let rate = sideFee(A, sideBase, hostDiscount);
  if (!A.isZero(extra)) rate = A.add(rate, A.isZero(mfpReduction) ? extra : A.mul(extra, A.sub(A.c("1"), mfpReduction)));
  return A.mul(price, A.sub(A.c("1"), rate));
}

/**
 * Current regime: the platform's fees, renter cost − host payout
 * = price × (base/2 × (1 − ρ_r) + base/2 × (1 − ρ_h) + extra × (1 − mfp)).
 */
export function platformFee<T>(A: Arith<T>, price: T, sideBase: T, renterDiscount: T, hostDiscount: T, extra: T, mfpReduction: T): T {
  return A.sub(renterCost(A, price, sideBase, renterDiscount), hostPayout(A, price, sideBase, hostDiscount, extra, mfpReduction));
}

/**
 * Legacy regime (the note, 2024): a single fee on the price at `rate`.
 * Rounding: 40-digit decimal, no output rounding.
 */
export function legacyFee(price: Dec, rate: Dec): Dec {
  return price.mul(rate);
}

// ---------------------------------------------------------------------------------------------
// PoH staking and MFP (REFERENCE.md §D.4)

/**
 * CLORE per day a PoH staker earns: user / total × daily pool.
 * Rounding: 40-digit decimal, no output rounding.
 */
export function pohReward(user: Dec, total: Dec, pool: Dec): Dec {
  return user.mul(pool).div(total);
}

/**
 * CLORE per day in one MFP lock basket: reward per block × blocks per day × basket share.
 * Rounding: 40-digit decimal, no output rounding.
 */
export function mfpBasket(rewardPerBlock: Dec, blocksPerDay: Dec, basketShare: Dec): Dec {
  return rewardPerBlock.mul(blocksPerDay).mul(basketShare);
}
