/** Clore.ai formulas: typed inputs in, Decimal out (REFERENCE.md §D). */
import { run, type Arith } from "../../core/arith";
import * as dd from "../../core/dd";
import { D, type Dec } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import { cloreParams as P } from "./params";
import { powDouble } from "./chain-pow";
import { DdPowerTable, ddOf, PowerTable, TABLE_LIMIT } from "./powers";
import type { Currency, OrderType, Regime, Scheme } from "./validate";

const ZERO = new D(0);
const ONE = new D(1);
const HUNDRED = new D(100);
const COIN = new D(P.satoshiPerCoin.value);
/** 1 / COIN = 1e-8: multiplying an integer satoshi amount by it is exact and cheaper than dividing by 1e8. */
const SATOSHI = ONE.div(COIN);
const R0 = new D(P.initialSubsidy.value);
const DECAY = new D(P.decayLiteral.value);
/** 1 − d as an exact decimal string (74 digits; computed at 100 digits, where the subtraction is exact). */
const Q_DECIMAL = new (D.clone({ precision: 100 }))(1).minus(P.decayLiteral.value).toFixed();

// ---------------------------------------------------------------------------------------------
// Block subsidy (REFERENCE.md §D.1)

/** (1 − d)^h by table (d the source's decimal literal), for the closed-form cumulative emission. */
const DECIMAL_POWERS = new PowerTable(Q_DECIMAL);
/** R0 / d / 1e8: the limit of cumulative emission, in CLORE (1,300,000,000.1165…). */
const EMISSION_LIMIT = R0.div(DECAY).div(COIN);
/** (1 − d)^h as double-doubles with error bounds, and the limit R0 / d / 1e8 as one (both from 60-digit values). */
const DD_DECIMAL_POWERS = new DdPowerTable(Q_DECIMAL);
const D60 = D.clone({ precision: 60 });
const DD_EMISSION_LIMIT = ddOf(new D60(P.initialSubsidy.value).div(P.decayLiteral.value).div(P.satoshiPerCoin.value));

/** R0 and COIN as JS doubles (exact: both below 2^53). */
const R0_NUM = Number(P.initialSubsidy.value);
const COIN_NUM = Number(P.satoshiPerCoin.value);

/**
 * Block subsidy in satoshi as the chain computes `54193019856*pow(1-d, nHeight)` in IEEE doubles, as a JS number
 * (an integer below 2^36, exact): P = q^h rounded to the nearest double (a correctly rounded pow, chain-pow.ts),
 * then the double product R0 × P (one IEEE multiplication, round to nearest even, exactly what JS `*` does),
 * truncated to CAmount.
 * Rounding: chain-exact in doubles. This differs from ⌊R0 × q^h⌋ computed exactly at a few heights (10 below
 * 10 million, e.g. 118,550: exact …169, chain …170), where the exact product lies within 7e-6 satoshi below an
 * integer and the two double roundings carry it across. h ≥ 2^27 gives 0 (R0·q^(2^27) < 3e-14 satoshi and
 * the result never increases with h: both roundings are monotone).
 */
export function blockSubsidyNum(h: number): number {
  return h >= TABLE_LIMIT ? 0 : Math.floor(R0_NUM * powDouble(h));
}

/** {@link blockSubsidyNum} as a Decimal. */
export function blockSubsidySat(h: number): Dec {
  return new D(blockSubsidyNum(h));
}

/**
 * Block subsidy in CLORE: the chain's satoshi / 1e8.
 * Rounding: chain-exact satoshi (see blockSubsidyNum); the scaling by 1e-8 is exact (an 11-digit integer times 1e-8).
 */
export function blockReward(h: number): Dec {
  return blockSubsidySat(h).mul(SATOSHI);
}

/**
 * {@link blockReward} as the JS number Excel receives: S / 1e8 in one IEEE division of two exact doubles, which is
 * correctly rounded, so it is the same double as the exact decimal S × 1e-8 converted once.
 */
export function blockRewardNum(h: number): number {
  return blockSubsidyNum(h) / COIN_NUM;
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

/**
 * {@link emitted} as the JS number Excel receives, below 2^27 blocks by double-double with a running error bound
 * (core/dd.ts): limit × (1 − (1 − d)^h). The bound (≥ 2^−100 absolute on (1 − d)^h, so ≥ 1.9e-24 relative after
 * the subtraction) contains the 40-digit decimal result (within 7.2e-33 relative of the exact value), so when
 * every value within it rounds to one double that double is also the decimal path's; otherwise, and from 2^27
 * blocks on, the decimal path itself.
 */
export function emittedNum(h: number): Dec | number {
  if (h === 0 || h >= TABLE_LIMIT) return emitted(h);
  return dd.nearest(dd.mul(DD_EMISSION_LIMIT, dd.sub(dd.exact(1), DD_DECIMAL_POWERS.pow(h)))) ?? emitted(h);
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

/** Recipient labels of CLORE_REWARD_SPLIT, by scheme, in row order. */
const SPLIT_LABELS: Readonly<Record<Scheme, readonly string[]>> = {
  chain: ["miner", "community"],
  docs: ["miners", "PoH staking", "MFP lock", "developers"],
};

/** CLORE_REWARD_SPLIT: rows (recipient label, CLORE) for the block at height h, 2 rows ("chain") or 4 ("docs"). */
export function rewardSplit(h: number, scheme: Scheme): (string | Dec)[][] {
  if (scheme === "chain") {
    const { miner, community } = chainSplit(h);
    return [
      [SPLIT_LABELS.chain[0]!, miner],
      [SPLIT_LABELS.chain[1]!, community],
    ];
  }
  return docsSplit(h).map((amount, i) => [SPLIT_LABELS.docs[i]!, amount]);
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
 * Rounding: exact (core/arith: small decimals, else 40-digit decimal), no output rounding.
 */
export function legacyFee<T>(A: Arith<T>, price: T, rate: T): T {
  return A.mul(price, rate);
}

// The fee functions of the catalog, over validated arguments: price, holdings and mfp_reduction as JS numbers
// (core/arith picks exact doubles or decimal.js), order type, currency and regime in their canonical spelling.

const SIDE_SHARE = new D(P.sideShare.value);
/** Each side's half of the base fee, by order type. */
const SIDE_BASE: Readonly<Record<OrderType, string>> = {
  on_demand: new D(P.baseOnDemand.value).mul(SIDE_SHARE).toString(),
  spot: new D(P.baseSpot.value).mul(SIDE_SHARE).toString(),
};
const LEGACY_RATE: Readonly<Record<OrderType, string>> = { on_demand: P.legacyOnDemand.value, spot: P.legacySpot.value };
const LEGACY_USD = P.legacyUsd.value;

/** Extra hoster fee of the current regime: 15 % in BTC, USDT or USDC, 0 in CLORE. */
const extraFee = (c: Currency): string => (c === "CLORE" ? "0" : P.extraHosterFee.value);
/** The legacy single fee: 19.5 % in USD whatever the order type, else 10 % on demand or 2.5 % spot. */
const legacyRate = (o: OrderType, c: Currency): string => (c === "USD" ? LEGACY_USD : LEGACY_RATE[o]);

const POH_FULL_N = Number(P.pohFullHolding.value); // 2,000,000 CLORE
const POH_MAX_PCT_N = Number(P.pohMaxReduction.value); // 50 %
/** Holding per whole percent of discount: 2,000,000 / 50 = 40,000 CLORE. */
const PER_PCT = POH_FULL_N / POH_MAX_PCT_N;

/**
 * A validated holding's PoH discount as a JS number: round_half_up(min(h / 2,000,000, 1) × 50) / 100, the
 * same value as {@link pohDiscount}, in exact integer steps: pct = ⌊h / 40,000⌋ corrected so that the
 * remainder h − pct·40,000 (exact in doubles, as both terms are below 2^21) lies in [0, 40,000), plus one
 * when the remainder is at least half a step. Tested against pohDiscount.
 */
export function discountOf(holding: number): number {
  if (holding >= POH_FULL_N) return POH_MAX_PCT_N / 100;
  if (holding <= 0) return 0;
  let pct = Math.floor(holding / PER_PCT);
  let rem = holding - pct * PER_PCT;
  if (rem < 0) {
    pct--;
    rem += PER_PCT;
  } else if (rem >= PER_PCT) {
    pct++;
    rem -= PER_PCT;
  }
  return (rem >= PER_PCT / 2 ? pct + 1 : pct) / 100;
}

/** CLORE_RENTER_COST: current price × (1 + base/2 × (1 − ρ_r)); legacy: the listed price (the fee is withheld from the host). */
export function renterCostOf(price: number, o: OrderType, renterPoh: number, r: Regime): Dec | number {
  if (r === "legacy") return price;
  const rd = discountOf(renterPoh);
  return run((A) => renterCost(A, A.num(price), A.c(SIDE_BASE[o]), A.num(rd)));
}

/** CLORE_HOST_PAYOUT: current price × (1 − base/2 × (1 − ρ_h) − extra × (1 − mfp)); legacy: price − the single fee. */
export function hostPayoutOf(price: number, o: OrderType, c: Currency, hostPoh: number, mfp: number, r: Regime): Dec | number {
  if (r === "legacy") {
    const rate = legacyRate(o, c);
    return run((A) => {
      const p = A.num(price);
      return A.sub(p, legacyFee(A, p, A.c(rate)));
    });
  }
  const hd = discountOf(hostPoh);
  return run((A) => hostPayout(A, A.num(price), A.c(SIDE_BASE[o]), A.num(hd), A.c(extraFee(c)), A.num(mfp)));
}

/** CLORE_PLATFORM_FEE: renter cost − host payout (current); legacy: price × the single fee. */
export function platformFeeOf(price: number, o: OrderType, c: Currency, renterPoh: number, hostPoh: number, mfp: number, r: Regime): Dec | number {
  if (r === "legacy") {
    const rate = legacyRate(o, c);
    return run((A) => legacyFee(A, A.num(price), A.c(rate)));
  }
  const rd = discountOf(renterPoh);
  const hd = discountOf(hostPoh);
  return run((A) => platformFee(A, A.num(price), A.c(SIDE_BASE[o]), A.num(rd), A.num(hd), A.c(extraFee(c)), A.num(mfp)));
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
 * {@link pohReward} over validated numbers: the double nearest the exact value by double-double with a running
 * error bound (core/dd.ts), else the decimal path (the same double either way); +0 when a factor is +0.
 */
export function pohRewardNum(user: number, total: number, pool: number): Dec | number {
  // A +0 stake or pool (the other ≥ 0, total > 0): the decimal product and quotient are +0 too.
  if ((dd.isPlusZero(user) && !Object.is(pool, -0)) || (dd.isPlusZero(pool) && !Object.is(user, -0))) return 0;
  return dd.fastOr(
    () => {
      const x = dd.inputs(user, total, pool);
      return x === undefined ? undefined : dd.div(dd.mul(x[0]!, x[2]!), x[1]!);
    },
    () => pohReward(new D(user), new D(total), new D(pool))
  );
}

/** CLORE_POH_REWARD's cross-check of validated stakes: user_staked above total_staked is an error (showing the cell as given). */
export function checkStakes(user: number, total: number, shown: unknown): void {
  if (user > total) throw new DepinError("OUT_OF_RANGE", "user_staked", shown, msg.atMost("user_staked", `total_staked (${total})`, shown));
}

/**
 * CLORE per day in one MFP lock basket: reward per block × blocks per day × basket share.
 * Rounding: the double nearest the exact product (core/arith.ts: exact small decimals in doubles, else the same
 * products on decimal.js at 40 digits, as before: the same double).
 */
export function mfpBasket(rewardPerBlock: number, blocksPerDay: number, basketShare: number): Dec | number {
  return run((A) => A.mul(A.mul(A.num(rewardPerBlock), A.num(blocksPerDay)), A.num(basketShare)));
}
