/* eslint-disable @typescript-eslint/naming-convention -- parameter names are Excel's argument names */
/**
 * Clore.ai (CLORE) custom functions: thin adapters over src/engine/networks/clore.
 * The JSDoc here is the only source of the functions' Excel metadata.
 */
import * as clore from "../../engine/networks/clore";
import { cellMatrix, cellNumber } from "../boundary";

/**
 * Block subsidy of the Clore chain at a height, in CLORE, exactly as the chain computes it: ⌊54,193,019,856 × q^height⌋ satoshi / 1e8 (no halving).
 * @customfunction CLORE_BLOCK_REWARD
 * @param height Block height, a whole number at least 0.
 * @returns Block subsidy in CLORE (whole satoshi).
 * @helpurl https://localhost:3000/help/functions.html#CLORE_BLOCK_REWARD
 */
export function cloreBlockReward(height: number): number {
  return cellNumber("CLORE_BLOCK_REWARD", () => clore.blockReward(height));
}

/**
 * Cumulative CLORE emitted by blocks 0 to height − 1, in CLORE (closed form; tends to 1.3 billion).
 * @customfunction CLORE_EMITTED
 * @param height Number of blocks mined, a whole number at least 0.
 * @returns Cumulative emission in CLORE.
 * @helpurl https://localhost:3000/help/functions.html#CLORE_EMITTED
 */
export function cloreEmitted(height: number): number {
  return cellNumber("CLORE_EMITTED", () => clore.emitted(height));
}

/**
 * Split of the block subsidy at a height, in CLORE: spills 2 columns (recipient label, CLORE) and no header row; 2 rows ("chain") or 4 rows ("docs").
 * @customfunction CLORE_REWARD_SPLIT
 * @param height Block height, a whole number at least 0.
 * @param [scheme] "chain" (miner and community, integer satoshi as the coinbase pays) or "docs" (miners 50 %, PoH staking 20 %, MFP lock 20 %, developers 10 %). Default "chain".
 * @returns Table of recipient labels and CLORE amounts.
 * @helpurl https://localhost:3000/help/functions.html#CLORE_REWARD_SPLIT
 */
export function cloreRewardSplit(height: number, scheme?: string): any[][] {
  return cellMatrix("CLORE_REWARD_SPLIT", () => clore.rewardSplit(height, scheme));
}

/**
 * Proof-of-Holding fee reduction for a CLORE holding, as a fraction: round-half-up(min(holding / 2,000,000, 1) × 50) / 100.
 * @customfunction CLORE_POH_DISCOUNT
 * @param holding CLORE held in Proof of Holding, at least 0.
 * @returns Fee reduction as a fraction, 0 to 0.5 (500,000 CLORE gives 0.13).
 * @helpurl https://localhost:3000/help/functions.html#CLORE_POH_DISCOUNT
 */
export function clorePohDiscount(holding: number): number {
  return cellNumber("CLORE_POH_DISCOUNT", () => clore.pohDiscount(holding));
}

/**
 * What a Clore.ai renter pays for a listed price, in the price's currency: price × (1 + base/2 × (1 − PoH discount)).
 * @customfunction CLORE_RENTER_COST
 * @param price Listed rental price, at least 0.
 * @param [order_type] "on_demand" (base fee 10 %) or "spot" (2.5 %). Default "on_demand".
 * @param [renter_poh] Renter's PoH holding in CLORE (not a discount), at least 0. Default 0.
 * @param [regime] "current" (the docs) or "legacy" (the 2024 note: the renter pays the listed price). Default "current".
 * @returns Renter's cost, in the price's currency.
 * @helpurl https://localhost:3000/help/functions.html#CLORE_RENTER_COST
 */
export function cloreRenterCost(price: number, order_type?: string, renter_poh?: number, regime?: string): number {
  return cellNumber("CLORE_RENTER_COST", () => clore.renterCost(price, order_type, renter_poh, regime));
}

/**
 * What a Clore.ai host receives for a listed price, in the price's currency: price × (1 − base/2 × (1 − PoH discount) − extra × (1 − mfp_reduction)).
 * @customfunction CLORE_HOST_PAYOUT
 * @param price Listed rental price, at least 0.
 * @param [order_type] "on_demand" (base fee 10 %) or "spot" (2.5 %). Default "on_demand".
 * @param [currency] Payment currency: "CLORE", "BTC", "USDT", "USDC" (extra 15 % hoster fee outside CLORE); "USD" with regime "legacy" only. Default "CLORE".
 * @param [host_poh] Host's PoH holding in CLORE (not a discount), at least 0. Default 0.
 * @param [mfp_reduction] Fraction of the extra hoster fee waived by an MFP lock, 0 to 1. Default 0.
 * @param [regime] "current" (the docs) or "legacy" (the 2024 note: one fee of 2.5 % spot, 10 % on demand, 19.5 % in USD). Default "current".
 * @returns Host's payout, in the price's currency.
 * @helpurl https://localhost:3000/help/functions.html#CLORE_HOST_PAYOUT
 */
export function cloreHostPayout(
  price: number,
  order_type?: string,
  currency?: string,
  host_poh?: number,
  mfp_reduction?: number,
  regime?: string
): number {
  return cellNumber("CLORE_HOST_PAYOUT", () => clore.hostPayout(price, order_type, currency, host_poh, mfp_reduction, regime));
}

/**
 * Total fees Clore.ai keeps on a listed price (renter cost − host payout), in the price's currency.
 * @customfunction CLORE_PLATFORM_FEE
 * @param price Listed rental price, at least 0.
 * @param [order_type] "on_demand" (base fee 10 %) or "spot" (2.5 %). Default "on_demand".
 * @param [currency] Payment currency: "CLORE", "BTC", "USDT", "USDC"; "USD" with regime "legacy" only. Default "CLORE".
 * @param [renter_poh] Renter's PoH holding in CLORE, at least 0. Default 0.
 * @param [host_poh] Host's PoH holding in CLORE, at least 0. Default 0.
 * @param [mfp_reduction] Fraction of the extra hoster fee waived by an MFP lock, 0 to 1. Default 0.
 * @param [regime] "current" (the docs) or "legacy" (the 2024 note: 2.5 % spot, 10 % on demand, 19.5 % whenever currency is "USD"). Default "current".
 * @returns Platform fee, in the price's currency.
 * @helpurl https://localhost:3000/help/functions.html#CLORE_PLATFORM_FEE
 */
export function clorePlatformFee(
  price: number,
  order_type?: string,
  currency?: string,
  renter_poh?: number,
  host_poh?: number,
  mfp_reduction?: number,
  regime?: string
): number {
  return cellNumber("CLORE_PLATFORM_FEE", () =>
    clore.platformFee(price, order_type, currency, renter_poh, host_poh, mfp_reduction, regime)
  );
}

/**
 * CLORE per day a Proof-of-Holding staker earns: user_staked / total_staked × daily_pool.
 * @customfunction CLORE_POH_REWARD
 * @param user_staked The staker's CLORE in PoH, at least 0 and at most total_staked.
 * @param total_staked All CLORE in PoH, greater than 0.
 * @param [daily_pool] CLORE distributed per day, at least 0. Default 80,000.
 * @returns CLORE per day.
 * @helpurl https://localhost:3000/help/functions.html#CLORE_POH_REWARD
 */
export function clorePohReward(user_staked: number, total_staked: number, daily_pool?: number): number {
  return cellNumber("CLORE_POH_REWARD", () => clore.pohReward(user_staked, total_staked, daily_pool));
}

/**
 * CLORE per day in one MFP lock basket: reward_per_block × blocks_per_day × basket_share.
 * @customfunction CLORE_MFP_BASKET
 * @param reward_per_block Block reward in CLORE, at least 0.
 * @param [blocks_per_day] Blocks per day, at least 0. Default 1,440 (1-minute blocks).
 * @param [basket_share] Share of each block reward going to one basket, 0 to 1. Default 0.10.
 * @returns CLORE per day in the basket.
 * @helpurl https://localhost:3000/help/functions.html#CLORE_MFP_BASKET
 */
export function cloreMfpBasket(reward_per_block: number, blocks_per_day?: number, basket_share?: number): number {
  return cellNumber("CLORE_MFP_BASKET", () => clore.mfpBasket(reward_per_block, blocks_per_day, basket_share));
}
