/* eslint-disable @typescript-eslint/naming-convention -- parameter names are Excel's argument names */
/**
 * Akash (AKT) custom functions: thin adapters over src/engine/networks/akash.
 * The JSDoc here is the only source of the functions' Excel metadata.
 */
import * as akash from "../../engine/networks/akash";
import { cellMatrix, cellNumber } from "../boundary";

/**
 * AKT 2.0 take fee charged on a lease payment, in the payment's token: amount × take_rate × (1 − discount).
 * @customfunction AKT_TAKE_FEE
 * @param amount Lease payment F0 in tokens, at least 0.
 * @param take_rate Take rate R_t as a fraction, 0 to 1.
 * @param [discount] Discount rate R_d as a fraction, 0 to 1. Default 0.
 * @returns Take fee F_t, in the payment's token.
 * @helpurl https://localhost:3000/help/functions.html#AKT_TAKE_FEE
 */
export function aktTakeFee(amount: number, take_rate: number, discount?: number): number {
  return cellNumber("AKT_TAKE_FEE", () => akash.takeFee(amount, take_rate, discount));
}

/**
 * AKT 2.0 make fee charged on a lease payment, in the payment's token: amount × make_rate × (1 − discount).
 * @customfunction AKT_MAKE_FEE
 * @param amount Lease payment F0 in tokens, at least 0.
 * @param make_rate Make rate R_m as a fraction, 0 to 1.
 * @param [discount] Discount rate R_d as a fraction, 0 to 1. Default 0.
 * @returns Make fee F_m, in the payment's token.
 * @helpurl https://localhost:3000/help/functions.html#AKT_MAKE_FEE
 */
export function aktMakeFee(amount: number, make_rate: number, discount?: number): number {
  return cellNumber("AKT_MAKE_FEE", () => akash.makeFee(amount, make_rate, discount));
}

/**
 * AKT 2.0 network fee (take plus make) on a lease payment, in the payment's token: amount × (1 − discount) × (take_rate + make_rate).
 * @customfunction AKT_NETWORK_FEE
 * @param amount Lease payment F0 in tokens, at least 0.
 * @param take_rate Take rate R_t as a fraction, 0 to 1.
 * @param make_rate Make rate R_m as a fraction, 0 to 1.
 * @param [discount] Discount rate R_d as a fraction, 0 to 1. Default 0.
 * @returns Network fee F_n, in the payment's token.
 * @helpurl https://localhost:3000/help/functions.html#AKT_NETWORK_FEE
 */
export function aktNetworkFee(amount: number, take_rate: number, make_rate: number, discount?: number): number {
  return cellNumber("AKT_NETWORK_FEE", () => akash.networkFee(amount, take_rate, make_rate, discount));
}

/**
 * What the provider receives of a lease payment under AKT 2.0, in the payment's token: amount − take fee (− make fee when the provider pays it).
 * @customfunction AKT_PROVIDER_FEE
 * @param amount Lease payment F0 in tokens, at least 0.
 * @param take_rate Take rate R_t as a fraction, 0 to 1.
 * @param [discount] Discount rate R_d as a fraction, 0 to 1. Default 0.
 * @param [make_rate] Make rate R_m as a fraction, 0 to 1. Default 0.
 * @param [provider_pays_make] TRUE when the provider also pays the make fee. Default FALSE.
 * @returns Provider's amount F_p, in the payment's token.
 * @helpurl https://localhost:3000/help/functions.html#AKT_PROVIDER_FEE
 */
export function aktProviderFee(
  amount: number,
  take_rate: number,
  discount?: number,
  make_rate?: number,
  provider_pays_make?: boolean
): number {
  return cellNumber("AKT_PROVIDER_FEE", () => akash.providerFee(amount, take_rate, discount, make_rate, provider_pays_make));
}

/**
 * On-chain take of a lease payment in micro units, as Akash's x/take module computes it: ⌊amount × rate / 100⌋.
 * @customfunction AKT_ONCHAIN_TAKE_UAKT
 * @param amount_micro Payment in micro units (uakt or micro-denom), a whole number at least 0.
 * @param [denom] Payment denomination, e.g. "uakt" or "ibc/…", matched case-insensitively. Default "uakt" (2 %); any other denom 20 %.
 * @param [rate_pct] Take rate in percent, 0 to 100, overriding the denom's default. Default: by denom.
 * @returns Take in micro units (integer).
 * @helpurl https://localhost:3000/help/functions.html#AKT_ONCHAIN_TAKE_UAKT
 */
export function aktOnchainTakeUakt(amount_micro: number, denom?: string, rate_pct?: number): number {
  return cellNumber("AKT_ONCHAIN_TAKE_UAKT", () => akash.onchainTakeUakt(amount_micro, denom, rate_pct));
}

/**
 * On-chain provider earnings of a lease payment in micro units: amount − ⌊amount × rate / 100⌋.
 * @customfunction AKT_ONCHAIN_EARNINGS_UAKT
 * @param amount_micro Payment in micro units (uakt or micro-denom), a whole number at least 0.
 * @param [denom] Payment denomination, e.g. "uakt" or "ibc/…", matched case-insensitively. Default "uakt" (2 %); any other denom 20 %.
 * @param [rate_pct] Take rate in percent, 0 to 100, overriding the denom's default. Default: by denom.
 * @returns Provider earnings in micro units (integer).
 * @helpurl https://localhost:3000/help/functions.html#AKT_ONCHAIN_EARNINGS_UAKT
 */
export function aktOnchainEarningsUakt(amount_micro: number, denom?: string, rate_pct?: number): number {
  return cellNumber("AKT_ONCHAIN_EARNINGS_UAKT", () => akash.onchainEarningsUakt(amount_micro, denom, rate_pct));
}

/**
 * Maximum AKT supply of the linear AKT 2.0 curve, in AKT: initial_supply × (1 + initial_inflation × half_life_years / ln 2).
 * @customfunction AKT_MAX_SUPPLY
 * @param [initial_supply] Supply M0 at genesis in AKT, at least 0. Default 100,000,000.
 * @param [initial_inflation] Initial inflation I0 as a fraction per year (1 = 100 %), at least 0. Default 1.
 * @param [half_life_years] Inflation half-life λ in years, greater than 0. Default 2.
 * @returns Maximum supply in AKT.
 * @helpurl https://localhost:3000/help/functions.html#AKT_MAX_SUPPLY
 */
export function aktMaxSupply(initial_supply?: number, initial_inflation?: number, half_life_years?: number): number {
  return cellNumber("AKT_MAX_SUPPLY", () => akash.maxSupply(initial_supply, initial_inflation, half_life_years));
}

/**
 * AKT supply after a number of years on the AKT 2.0 curve, in AKT (linear or compounding model).
 * @customfunction AKT_SUPPLY
 * @param years Years since genesis, at least 0.
 * @param [initial_supply] Supply M0 at genesis in AKT, at least 0. Default 100,000,000.
 * @param [initial_inflation] Initial inflation I0 as a fraction per year, at least 0. Default 1 (linear); for "compounding", blank means ln2/λ × ln(1 + λ/ln2), which reaches the linear cap.
 * @param [half_life_years] Inflation half-life λ in years, greater than 0. Default 2.
 * @param [model] "linear" or "compounding", case-insensitive. Default "linear".
 * @returns Supply in AKT.
 * @helpurl https://localhost:3000/help/functions.html#AKT_SUPPLY
 */
export function aktSupply(
  years: number,
  initial_supply?: number,
  initial_inflation?: number,
  half_life_years?: number,
  model?: string
): number {
  return cellNumber("AKT_SUPPLY", () => akash.supply(years, initial_supply, initial_inflation, half_life_years, model));
}

/**
 * AKT emitted per year at a point on the linear AKT 2.0 curve, in AKT per year: initial_supply × initial_inflation × 2^(−years/half_life_years).
 * @customfunction AKT_EMISSION_RATE
 * @param years Years since genesis, at least 0.
 * @param [initial_supply] Supply M0 at genesis in AKT, at least 0. Default 100,000,000.
 * @param [initial_inflation] Initial inflation I0 as a fraction per year, at least 0. Default 1.
 * @param [half_life_years] Inflation half-life λ in years, greater than 0. Default 2.
 * @returns Emission rate in AKT per year.
 * @helpurl https://localhost:3000/help/functions.html#AKT_EMISSION_RATE
 */
export function aktEmissionRate(years: number, initial_supply?: number, initial_inflation?: number, half_life_years?: number): number {
  return cellNumber("AKT_EMISSION_RATE", () => akash.emissionRate(years, initial_supply, initial_inflation, half_life_years));
}

/**
 * Next-block inflation of Cosmos SDK x/mint (what Akash runs), as a fraction per year: clamp(inflation + (1 − bonded_ratio/goal_bonded) × rate_change / blocks_per_year, inflation_min, inflation_max).
 * @customfunction AKT_MINT_INFLATION
 * @param inflation Current inflation as a fraction per year, at least 0.
 * @param bonded_ratio Bonded share of the supply as a fraction, 0 to 1.
 * @param [goal_bonded] Target bonded ratio as a fraction, greater than 0 and at most 1. Default 0.67.
 * @param [rate_change] Maximum inflation change per year as a fraction, 0 to 1. Default 0.13.
 * @param [inflation_min] Lower inflation bound as a fraction, 0 to 1, at most inflation_max. Default 0.07.
 * @param [inflation_max] Upper inflation bound as a fraction, 0 to 1. Default 0.20.
 * @param [blocks_per_year] Blocks per year, a whole number at least 1. Default 6,311,520.
 * @returns Next inflation as a fraction per year.
 * @helpurl https://localhost:3000/help/functions.html#AKT_MINT_INFLATION
 */
export function aktMintInflation(
  inflation: number,
  bonded_ratio: number,
  goal_bonded?: number,
  rate_change?: number,
  inflation_min?: number,
  inflation_max?: number,
  blocks_per_year?: number
): number {
  return cellNumber("AKT_MINT_INFLATION", () =>
    akash.mintInflation(inflation, bonded_ratio, goal_bonded, rate_change, inflation_min, inflation_max, blocks_per_year)
  );
}

/**
 * Tokens minted per block by Cosmos SDK x/mint, in micro units (uakt): ⌊inflation × total_supply / blocks_per_year⌋.
 * @customfunction AKT_BLOCK_PROVISION
 * @param inflation Inflation as a fraction per year, at least 0.
 * @param total_supply Total supply in micro units (uakt), a whole number at least 0.
 * @param [blocks_per_year] Blocks per year, a whole number at least 1. Default 6,311,520.
 * @returns Block provision in micro units (integer).
 * @helpurl https://localhost:3000/help/functions.html#AKT_BLOCK_PROVISION
 */
export function aktBlockProvision(inflation: number, total_supply: number, blocks_per_year?: number): number {
  return cellNumber("AKT_BLOCK_PROVISION", () => akash.blockProvision(inflation, total_supply, blocks_per_year));
}

/**
 * Next-block inflation of Akash's dormant decay calculator, in percent per year (the chain code's unit).
 * @customfunction AKT_DECAY_INFLATION
 * @param years_since_genesis Years since genesis (seconds / 31,557,600), at least 0.
 * @param inflation Current inflation in percent per year, at least 0.
 * @param bonded_ratio Bonded share of the supply as a fraction, 0 to 1.
 * @param [initial_inflation] Initial inflation in percent per year, 0 to 100. Default 100.
 * @param [half_life_years] Inflation decay factor (half-life) in years, greater than 0. Default 2.
 * @param [variance] Allowed deviation from the ideal inflation as a fraction, 0 to 1. Default 0.05.
 * @param [goal_bonded] Target bonded ratio as a fraction, greater than 0 and at most 1. Default 0.67.
 * @param [rate_change] Maximum inflation change per year as a fraction, 0 to 1. Default 0.13.
 * @param [blocks_per_year] Blocks per year, a whole number at least 1. Default 6,311,520.
 * @returns Next inflation in percent per year.
 * @helpurl https://localhost:3000/help/functions.html#AKT_DECAY_INFLATION
 */
export function aktDecayInflation(
  years_since_genesis: number,
  inflation: number,
  bonded_ratio: number,
  initial_inflation?: number,
  half_life_years?: number,
  variance?: number,
  goal_bonded?: number,
  rate_change?: number,
  blocks_per_year?: number
): number {
  return cellNumber("AKT_DECAY_INFLATION", () =>
    akash.decayInflation(
      years_since_genesis,
      inflation,
      bonded_ratio,
      initial_inflation,
      half_life_years,
      variance,
      goal_bonded,
      rate_change,
      blocks_per_year
    )
  );
}

/**
 * Staking APR from inflation, as a fraction per year: inflation × (1 − community_tax) / bonded_ratio × (1 − commission).
 * @customfunction AKT_STAKING_APR
 * @param inflation Inflation as a fraction per year, at least 0.
 * @param bonded_ratio Bonded share of the supply as a fraction, greater than 0 and at most 1.
 * @param [community_tax] Community pool tax as a fraction, 0 to 1. Default 0.02.
 * @param [commission] Validator commission as a fraction, 0 to 1. Default 0.
 * @returns Staking APR as a fraction per year (fees and proposer rewards not included).
 * @helpurl https://localhost:3000/help/functions.html#AKT_STAKING_APR
 */
export function aktStakingApr(inflation: number, bonded_ratio: number, community_tax?: number, commission?: number): number {
  return cellNumber("AKT_STAKING_APR", () => akash.stakingApr(inflation, bonded_ratio, community_tax, commission));
}

/**
 * Splits the AKT 2.0 incentive distribution pool by governance shares, in the pool's token; spills (label, amount) rows and a final "unallocated" row.
 * @customfunction AKT_POOL_SPLIT
 * @param pool_amount Pool size in tokens, at least 0.
 * @param shares Shares as fractions, each 0 to 1 and summing to at most 1; a single row or column (blank cells are 0).
 * @param [labels] One label per share, a single row or column of the same length. Default "share 1", "share 2", ….
 * @returns Rows of (label, amount in the pool's token), then ("unallocated", the remainder, which is burned).
 * @helpurl https://localhost:3000/help/functions.html#AKT_POOL_SPLIT
 */
export function aktPoolSplit(pool_amount: number, shares: number[][], labels?: any[][]): any[][] {
  return cellMatrix("AKT_POOL_SPLIT", () => akash.poolSplit(pool_amount, shares, labels));
}
