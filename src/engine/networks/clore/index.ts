/**
 * Clore.ai (CLORE): the folder's public surface. Functions take raw cell values, validate them and return
 * Decimal results (tables as rows of label and Decimal). Nothing else in this folder is imported from outside.
 */
import type { Dec } from "../../core";
import { D } from "../../core/decimal";
import { run } from "../../core/arith";
import * as f from "./formulas";
import { cloreParams as P } from "./params";
import * as v from "./validate";

export { cloreParams } from "./params";
export type { OrderType, Currency, Regime, Scheme } from "./validate";
export { ORDER_TYPES, CURRENT_CURRENCIES, LEGACY_CURRENCIES, REGIMES, SCHEMES } from "./validate";

const SIDE_SHARE = new D(P.sideShare.value);
/** Each side's half of the base fee, by order type. */
const SIDE_BASE: Record<v.OrderType, string> = {
  on_demand: new D(P.baseOnDemand.value).mul(SIDE_SHARE).toString(),
  spot: new D(P.baseSpot.value).mul(SIDE_SHARE).toString(),
};
const LEGACY_RATE: Record<v.OrderType, Dec> = { on_demand: new D(P.legacyOnDemand.value), spot: new D(P.legacySpot.value) };
const LEGACY_USD = new D(P.legacyUsd.value);

/** Extra hoster fee of the current regime: 15 % in BTC, USDT or USDC, 0 in CLORE. */
const extraFee = (c: v.Currency): string => (c === "CLORE" ? "0" : P.extraHosterFee.value);
/** The legacy single fee: 19.5 % in USD whatever the order type, else 10 % on demand or 2.5 % spot. */
const legacyRate = (o: v.OrderType, c: v.Currency): Dec => (c === "USD" ? LEGACY_USD : LEGACY_RATE[o]);

// Block subsidy and emission ---------------------------------------------------------------------

export function blockReward(height: unknown): Dec {
  return f.blockReward(v.height(height));
}

/** The block subsidy in satoshi (an integer), for callers that need the chain's unit. */
export function blockSubsidySat(height: unknown): Dec {
  return f.blockSubsidySat(v.height(height));
}

export function emitted(height: unknown): Dec {
  return f.emitted(v.height(height));
}

/** Recipient labels of CLORE_REWARD_SPLIT, by scheme, in row order. */
export const SPLIT_LABELS: Record<v.Scheme, readonly string[]> = {
  chain: ["miner", "community"],
  docs: ["miners", "PoH staking", "MFP lock", "developers"],
};

/** Rows (recipient label, CLORE) for the block at `height`: 2 rows ("chain") or 4 rows ("docs"). */
export function rewardSplit(height: unknown, scheme: unknown): (string | Dec)[][] {
  const h = v.height(height);
  const s = v.scheme(scheme);
  if (s === "chain") {
    const { miner, community } = f.chainSplit(h);
    return [
      [SPLIT_LABELS.chain[0]!, miner],
      [SPLIT_LABELS.chain[1]!, community],
    ];
  }
  return f.docsSplit(h).map((amount, i) => [SPLIT_LABELS.docs[i]!, amount]);
}

// Marketplace fees ----------------------------------------------------------------------------

export function pohDiscount(holding: unknown): Dec {
  return f.pohDiscount(v.requiredHolding(holding));
}

const POH_FULL_N = Number(P.pohFullHolding.value); // 2,000,000 CLORE
const POH_MAX_PCT_N = Number(P.pohMaxReduction.value); // 50 %
/** Holding per whole percent of discount: 2,000,000 / 50 = 40,000 CLORE. */
const PER_PCT = POH_FULL_N / POH_MAX_PCT_N;

/**
 * A validated holding's PoH discount as a JS number: round_half_up(min(h / 2,000,000, 1) × 50) / 100, the
 * same value as formulas.pohDiscount, in exact integer steps: pct = ⌊h / 40,000⌋ corrected so that the
 * remainder h − pct·40,000 (exact in doubles, as both terms are below 2^21) lies in [0, 40,000), plus one
 * when the remainder is at least half a step. Tested against formulas.pohDiscount.
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

export function renterCost(price: unknown, orderType: unknown, renterPoh: unknown, regime: unknown): Dec | number {
  const p = v.amountNum("price", price);
  const o = v.orderType(orderType);
  const h = v.holdingNum("renter_poh", renterPoh);
  if (v.regime(regime) === "legacy") return p; // the legacy fee is withheld from the host: the renter pays the listed price
  const rd = discountOf(h);
  return run((A) => f.renterCost(A, A.num(p), A.c(SIDE_BASE[o]), A.num(rd)));
}

export function hostPayout(
  price: unknown,
  orderType: unknown,
  currency: unknown,
  hostPoh: unknown,
  mfpReduction: unknown,
  regime: unknown
): Dec | number {
  const p = v.amountNum("price", price);
  const o = v.orderType(orderType);
  const r = v.regime(regime);
  const c = v.currency(currency, r);
  const h = v.holdingNum("host_poh", hostPoh);
  const m = v.mfpReductionNum(mfpReduction);
  if (r === "legacy") {
    const pd = new D(p);
    return pd.minus(f.legacyFee(pd, legacyRate(o, c)));
  }
  const hd = discountOf(h);
  return run((A) => f.hostPayout(A, A.num(p), A.c(SIDE_BASE[o]), A.num(hd), A.c(extraFee(c)), A.num(m)));
}

/**
 * Host payout of an already validated price, on demand, current regime, no PoH or MFP reduction:
 * what DEPIN_PROVIDER_NET uses. `currency` is a raw cell value (CLORE, BTC, USDT, USDC; blank = CLORE).
 */
export function hostPayoutOnDemand(price: number, currency: unknown): Dec | number {
  const extra = extraFee(v.currency(currency, "current"));
  return run((A) => f.hostPayout(A, A.num(price), A.c(SIDE_BASE.on_demand), A.c("0"), A.c(extra), A.c("0")));
}

export function platformFee(
  price: unknown,
  orderType: unknown,
  currency: unknown,
  renterPoh: unknown,
  hostPoh: unknown,
  mfpReduction: unknown,
  regime: unknown
): Dec | number {
  const p = v.amountNum("price", price);
  const o = v.orderType(orderType);
  const r = v.regime(regime);
  const c = v.currency(currency, r);
  const rh = v.holdingNum("renter_poh", renterPoh);
  const hh = v.holdingNum("host_poh", hostPoh);
  const m = v.mfpReductionNum(mfpReduction);
  if (r === "legacy") return f.legacyFee(new D(p), legacyRate(o, c));
  const rd = discountOf(rh);
  const hd = discountOf(hh);
  return run((A) => f.platformFee(A, A.num(p), A.c(SIDE_BASE[o]), A.num(rd), A.num(hd), A.c(extraFee(c)), A.num(m)));
}

// PoH staking and MFP -----------------------------------------------------------------------------

export function pohReward(userStaked: unknown, totalStaked: unknown, dailyPool: unknown): Dec {
  const { user, total } = v.stakes(userStaked, totalStaked);
  return f.pohReward(user, total, v.dailyPool(dailyPool));
}

export function mfpBasket(rewardPerBlock: unknown, blocksPerDay: unknown, basketShare: unknown): Dec {
  return f.mfpBasket(v.amount("reward_per_block", rewardPerBlock), v.blocksPerDay(blocksPerDay), v.basketShare(basketShare));
}

export { docs } from "./docs";
