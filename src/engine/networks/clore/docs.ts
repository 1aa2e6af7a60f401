/**
 * Documentation of the folder's functions (formula, defaults with provenance, source, as-of date,
 * assumptions, rounding, example): data only, so the function reference, DEPIN_EXPLAIN and the taskpane's
 * function browser can read it without loading the formulas.
 */
import type { FunctionDoc } from "../../core";
import { cloreParams as P } from "./params";

// Documentation ------------------------------------------------------------------------------

const RETRIEVED = P.initialSubsidy.retrieved;
const DEC40 = "40-digit decimal, no output rounding.";
const FEE_SOURCE = P.baseOnDemand.source.split(" (")[0]!;
const LEGACY_ASSUMPTION =
  'regime "legacy" (the 2024-06-05 note): one fee on the price, 2.5 % spot, 10 % on demand, 19.5 % when currency is "USD"; it is withheld from the host, so the renter pays the listed price; PoH holdings and mfp_reduction are validated but do not apply.';
const CURRENCY_ASSUMPTION =
  'currency "USD" (fiat) exists only in the legacy regime; with regime "current" it is an error naming CLORE, BTC, USDT, USDC. Enumerations are case-insensitive.';
const FEES = {
  base_on_demand: P.baseOnDemand,
  base_spot: P.baseSpot,
  side_share: P.sideShare,
  poh_max_reduction: P.pohMaxReduction,
  poh_full_holding: P.pohFullHolding,
};

export const docs: Record<string, FunctionDoc> = {
  CLORE_BLOCK_REWARD: {
    formula: "⌊54,193,019,856 × q^height⌋ / 1e8 CLORE, q = 0.9999995831306165428031818009912967681884765625 (the double 1 − d)",
    params: { initial_subsidy: P.initialSubsidy, q: P.decayBase, d: P.decayLiteral, coin: P.satoshiPerCoin, consensus_table: P.consensusTable },
    source: P.initialSubsidy.source.split(":")[0]!,
    asOf: RETRIEVED,
    assumptions: [
      "There is no halving: nSubsidyHalvingInterval is never read by GetBlockSubsidy.",
      "q is the IEEE double the chain's 1 − d evaluates to, not the decimal 1 − d (they give different satoshi at about half of all heights).",
      "height is a whole number ≥ 0; from height 2^27 on the subsidy is 0 (it falls below 1 satoshi near height 59.3 million).",
      "The chain multiplies in doubles: at a few heights (10 below 10 million, e.g. 118,550) this gives 1 satoshi more than the exact ⌊R0 × q^h⌋; the function follows the chain.",
    ],
    rounding:
      "Chain-exact in IEEE doubles: q^h rounded once to the nearest double (a correctly rounded pow, decided from 40-digit power tables or at 80, 160, … digits near a midpoint), times R0 in one double multiplication, truncated to whole satoshi like the chain; exact division by 1e8.",
    example: { formula: "=DEPIN.CLORE_BLOCK_REWARD(76084)", result: "525.01147075" },
  },
  CLORE_EMITTED: {
    formula: "R0 × (1 − (1 − d)^height) / d / 1e8, d = 4.1686938347033551682…e-7 (the source's literal)",
    params: { initial_subsidy: P.initialSubsidy, d: P.decayLiteral, supply_cap: P.supplyCap },
    source: P.initialSubsidy.source.split(":")[0]!,
    asOf: RETRIEVED,
    assumptions: [
      "Closed form of the subsidies of blocks 0 … height−1 without per-block truncation (REFERENCE.md §D.1); it tends to R0/d/1e8 = 1,300,000,000.1165 CLORE.",
      "The sum of the truncated subsidies is lower by less than 1 satoshi per block.",
    ],
    rounding: "40-digit decimal; (1 − d)^h from 40-digit power tables (relative error < 3e-39); no output rounding.",
    example: { formula: "=DEPIN.CLORE_EMITTED(10519200)", result: "1283800405.6187119" },
  },
  CLORE_REWARD_SPLIT: {
    formula: 'chain: miner ⌊50·S/100⌋, community ⌊S·50/100⌋ satoshi; docs: miners 50 %, PoH staking 20 %, MFP lock 20 %, developers 10 % of S',
    params: {
      community_autonomous_amount: P.communityAutonomousAmount,
      docs_miners: P.docsSplitMiners,
      docs_poh: P.docsSplitPoh,
      docs_mfp: P.docsSplitMfp,
      docs_developers: P.docsSplitDevelopers,
    },
    source: P.communityAutonomousAmount.source,
    asOf: RETRIEVED,
    assumptions: [
      'scheme "chain" (default) is what the coinbase pays; rows "miner", "community". Miner fees are excluded; 1 satoshi can be lost to integer division.',
      'scheme "docs" follows the docs\' reward distribution page; rows "miners", "PoH staking", "MFP lock", "developers", exact shares of the subsidy.',
      "Spills 2 columns (label, CLORE) and no header row.",
    ],
    rounding: "chain: integer satoshi, each output truncated like C++ integer division; docs: exact decimal shares; exact division by 1e8.",
    example: { formula: "=DEPIN.CLORE_REWARD_SPLIT(76084)", result: "miner 262.50573537, community 262.50573537" },
  },
  CLORE_POH_DISCOUNT: {
    formula: "round_half_up(min(holding / 2,000,000, 1) × 50) / 100",
    params: { poh_max_reduction: P.pohMaxReduction, poh_full_holding: P.pohFullHolding },
    source: P.pohMaxReduction.source.split(" (")[0]!,
    asOf: RETRIEVED,
    assumptions: ["holding is CLORE held (≥ 0), not a discount.", "Half percentages round up: 500,000 CLORE gives 0.13, as in the docs' table."],
    rounding: "The percentage is rounded half up to a whole number, then divided by 100 exactly.",
    example: { formula: "=DEPIN.CLORE_POH_DISCOUNT(1000000)", result: "0.25" },
  },
  CLORE_RENTER_COST: {
    formula: "price × (1 + base/2 × (1 − PoH discount)), base 0.10 on demand, 0.025 spot",
    params: { ...FEES, renter_poh: P.pohHolding, legacy_on_demand: P.legacyOnDemand, legacy_spot: P.legacySpot },
    source: FEE_SOURCE,
    asOf: RETRIEVED,
    assumptions: [
      "The renter's half of the base fee is added on top of the listed price (\"Renter Pays 5%\").",
      "renter_poh is the renter's PoH holding in CLORE; its discount is CLORE_POH_DISCOUNT.",
      LEGACY_ASSUMPTION,
    ],
    rounding: DEC40,
    example: { formula: '=DEPIN.CLORE_RENTER_COST(100,"on_demand")', result: "105" },
  },
  CLORE_HOST_PAYOUT: {
    formula: "price × (1 − base/2 × (1 − PoH discount) − extra × (1 − mfp_reduction)), extra 0.15 in BTC/USDT/USDC, 0 in CLORE",
    params: { ...FEES, extra_hoster_fee: P.extraHosterFee, host_poh: P.pohHolding, mfp_reduction: P.mfpReduction, legacy_usd: P.legacyUsd },
    source: FEE_SOURCE,
    asOf: RETRIEVED,
    assumptions: [
      "The host's half of the base fee and the extra hoster fee are deducted from the listed price.",
      "host_poh is the host's PoH holding in CLORE; mfp_reduction is the fraction of the extra fee waived by an MFP lock.",
      CURRENCY_ASSUMPTION,
      LEGACY_ASSUMPTION,
    ],
    rounding: DEC40,
    example: { formula: '=DEPIN.CLORE_HOST_PAYOUT(100,"on_demand","CLORE",1000000)', result: "96.25" },
  },
  CLORE_PLATFORM_FEE: {
    formula: "renter cost − host payout = price × (base/2 × (1 − ρ_r) + base/2 × (1 − ρ_h) + extra × (1 − mfp)); legacy: price × single fee",
    params: {
      ...FEES,
      extra_hoster_fee: P.extraHosterFee,
      mfp_reduction: P.mfpReduction,
      legacy_on_demand: P.legacyOnDemand,
      legacy_spot: P.legacySpot,
      legacy_usd: P.legacyUsd,
    },
    source: FEE_SOURCE,
    asOf: RETRIEVED,
    assumptions: ["Equals CLORE_RENTER_COST − CLORE_HOST_PAYOUT with the same arguments.", CURRENCY_ASSUMPTION, LEGACY_ASSUMPTION],
    rounding: DEC40,
    example: { formula: '=DEPIN.CLORE_PLATFORM_FEE(200,"spot",,,,,"legacy")', result: "5" },
  },
  CLORE_POH_REWARD: {
    formula: "user_staked / total_staked × daily_pool",
    params: { daily_pool: P.pohDailyPool },
    source: P.pohDailyPool.source.split(" (")[0]!,
    asOf: RETRIEVED,
    assumptions: [
      "The PoH page's fixed 80,000 CLORE per day; the rework page's 20 % of block emission is the alternative (pass it as daily_pool).",
      "user_staked must not exceed total_staked; total_staked must be greater than 0.",
    ],
    rounding: DEC40,
    example: { formula: "=DEPIN.CLORE_POH_REWARD(1000,100000)", result: "800" },
  },
  CLORE_MFP_BASKET: {
    formula: "reward_per_block × blocks_per_day × basket_share",
    params: { blocks_per_day: P.blocksPerDay, basket_share: P.basketShare },
    source: P.blocksPerDay.source.split(" (")[0]!,
    asOf: RETRIEVED,
    assumptions: ["One basket (Tier 1 or Tier 2) receives 10 % of each block reward: the 20 % MFP lock share split in two."],
    rounding: DEC40,
    example: { formula: "=DEPIN.CLORE_MFP_BASKET(313,1440,0.1)", result: "45072" },
  },
};
