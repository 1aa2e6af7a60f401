/**
 * Documentation of the folder's functions (formula, defaults with provenance, source, as-of date,
 * assumptions, rounding, example): data only, so the function reference, DEPIN_EXPLAIN and the taskpane's
 * function browser can read it without loading the formulas.
 */
import type { FunctionDoc } from "../../core";
import { bittensorParams as P } from "./params";

const ASOF_HEAD = "2025-02-13";
const ASOF_PRE = "2024-06-05";

export const docs: Record<string, FunctionDoc> = {
  TAO_BLOCK_EMISSION: {
    formula: "⌊1e9 / 2^k⌋ rao per block, k = ⌊log2(1/(1 − I/21e15))⌋ for issuance I in rao; 0 at I ≥ 21e15 or k ≥ 30",
    params: { raoPerTao: P.raoPerTao, totalSupply: P.totalSupply, defaultBlockEmission: P.defaultBlockEmission, lastHalving: P.lastHalving },
    source: P.defaultBlockEmission.source,
    asOf: ASOF_HEAD,
    assumptions: [
      "Halvings follow TotalIssuance (the k-th at 21M × (1 − 2^−k)), not time; recycled TAO postpones them.",
      "The issuance is converted to rao from the number's shortest decimal form (round half up).",
    ],
    rounding: "Issuance rounded to whole rao; emission truncated to whole rao as the chain does (I96F32); exact decimal TAO out.",
    example: { formula: "=DEPIN.TAO_BLOCK_EMISSION(10500000)", result: "0.5" },
  },
  TAO_HALVING_ISSUANCE: {
    formula: "21,000,000 × (1 − 2^−k)",
    params: { totalSupply: P.totalSupply },
    source: P.totalSupply.source,
    asOf: ASOF_HEAD,
    assumptions: ["The chain's threshold is the next whole rao, ⌈21e15 × (1 − 2^−k)⌉."],
    rounding: "40-digit decimal, no output rounding.",
    example: { formula: "=DEPIN.TAO_HALVING_ISSUANCE(1)", result: "10500000" },
  },
  TAO_DAILY_EMISSION: {
    formula: "TAO_BLOCK_EMISSION(total_issuance) × blocks_per_day",
    params: { blocksPerDay: P.blocksPerDay, raoPerTao: P.raoPerTao },
    source: P.defaultBlockEmission.source,
    asOf: ASOF_HEAD,
    assumptions: ["12-second blocks: 7,200 per day."],
    rounding: "Block emission truncated to rao, then exact decimal.",
    example: { formula: "=DEPIN.TAO_DAILY_EMISSION(10500000)", result: "3600" },
  },
  TAO_YUMA: {
    formula:
      "Yuma epoch: S = stake/Σ; permits = top max_validators; Sa = S·active·permit; W row-normalised; C_j = κ-quantile of column j over Sa; Wc = min(W, C); R = Sa·Wc; I = R/ΣR; bonds EMA (α = 1 − β); D from bonds × I; emission = (I, D)/Σ(I + D) × E",
    params: {
      kappa: P.kappa,
      bonds_moving_average: P.bondsMovingAverage,
      bonds_penalty: P.bondsPenalty,
      yuma: P.yumaVariant,
      max_validators: P.maxValidators,
      epoch: P.epochSource,
      maxUids: P.maxUids,
    },
    source: P.epochSource.source,
    asOf: ASOF_HEAD,
    assumptions: [
      "Chain masks (activity cutoff, outdated weights and bonds) are applied by the caller to active, weights and bonds_prev.",
      "Permits lag one epoch: the given validator_permit is used, the new top-k permits decide stored bond rows and the validator_permit output.",
      "A blank validator_permit means the new top-k permits (a brand-new subnet on chain has none).",
      "Float64 kernel: within 2.6e-9 of the chain's I32F32 proportions at ≤ 10 uids, 1.6e-6 at 256 uids (REFERENCE.md B.3).",
      "EMA rate α = 1 − β with β truncated to 32 fractional bits as on chain (0.10000000009313226 for β = 0.9).",
      "Liquid alpha is off (the chain default) and not a setting.",
      "At most 4,096 uids: weights and bonds_prev n×n, stake, validator_permit and active n entries (sizes checked before a cell is read).",
      "Consensus ties are decided exactly (the first value whose cumulative stake exceeds Σσ − κ·Σσ) when the consensus stakes have at most 9 decimals and sum below 2^53 in those units; κ is read as a u16 ratio when one rounds to it (0.4 = 26214/65535 = 2/5), else as the decimal typed.",
    ],
    rounding: "Float64, no output rounding; stored bonds ⌊x·65535⌋; emissions not floored to rao.",
    example: {
      formula: '=DEPIN.TAO_YUMA({0,0,1,0;0,0,0,1;0,0,0,0;0,0,0,0},{600;400;0;0},,,,,"incentive")',
      result: "{0;0;1;0}",
    },
  },
  TAO_SUBNET_EMISSION: {
    formula: "E_j = normalise(consensus_j × rank_j) × block_emission, rank_j = Σ s_i W_ij, trust_j = Σ s_i [W_ij > 0], consensus_j = 1/(1 + e^(−ρ(trust_j − κ)))",
    params: { kappa: P.kappa, rho: P.rho, defaultBlockEmission: P.defaultBlockEmission },
    source: P.rho.source,
    asOf: ASOF_PRE,
    assumptions: [
      "Pre-dTAO root network (the research note's model); since 2025-02 subnet shares follow EMA prices (TAO_SUBNET_EMISSION_DTAO).",
      "root_weights at most 1,024 rows (root validators; the chain's root network had 64) × 1,024 columns (subnets); root_stake one per row (sizes checked before a cell is read).",
    ],
    rounding: "40-digit decimal (the chain uses I64F64: agreement within a relative 1e-6), no output rounding.",
    example: { formula: "=DEPIN.TAO_SUBNET_EMISSION({1,1,0;0,1,1;0,0,1},{5000;3000;2000})", result: "{0.183549;0.559482;0.256969}" },
  },
  TAO_SUBNET_EMISSION_DTAO: {
    formula: "E_i ∝ p_i/Σp × (1 − min(burned_i, 1)), renormalised; disabled subnets 0, renormalised over the enabled ones; × block_emission",
    params: { dtaoShares: P.dtaoShares, defaultBlockEmission: P.defaultBlockEmission },
    source: P.dtaoShares.source,
    asOf: ASOF_HEAD,
    assumptions: [
      "Root weights play no part in dTAO subnet shares.",
      "When every subnet burns all miner emission, the price shares are used.",
      "At most 4,096 subnets in ema_prices, miner_burned and emission_enabled (checked before a cell is read).",
    ],
    rounding: "40-digit decimal (the chain uses U96F32), no output rounding.",
    example: { formula: "=DEPIN.TAO_SUBNET_EMISSION_DTAO({0.02;0.01;0.05;0.02})", result: "{0.2;0.1;0.5;0.2}" },
  },
  TAO_EMISSION_SPLIT: {
    formula: "owner = E × cut; r = E − owner; miners = r/2; root stakers = rp × r/2; validators = r/2 − root stakers",
    params: { owner_cut: P.ownerCut, root_proportion: P.rootProportion },
    source: P.ownerCut.source,
    asOf: ASOF_HEAD,
    assumptions: [
      "The owner cut is 11796/65535 = 17.9995 %, not 18 %; miners and validators 41.0002 % each.",
      "Before dTAO the owner cut was taken at epoch time and the epoch split the rest ½/½.",
    ],
    rounding: "Exact decimal, no output rounding (the chain floors each amount to rao; ≤ a few rao per TAO lower).",
    example: { formula: "=DEPIN.TAO_EMISSION_SPLIT(1)", result: "subnet owner ≈ 0.179995422, miners ≈ 0.410002289, validators ≈ 0.410002289, root stakers 0" },
  },
  TAO_NEURON_EMISSION: {
    formula: "(incentive + dividends) / (Σ incentive + Σ dividends) × epoch_emission",
    params: {},
    source: `${P.epochSource.source.split(";")[0]} (lines 926-979)`,
    asOf: ASOF_HEAD,
    assumptions: ["Equals the note's I × E × 0.41 + D × E × 0.41 only when both sums are 1 and E excludes the owner's cut."],
    rounding: "40-digit decimal, no output rounding (the chain floors to rao).",
    example: { formula: "=DEPIN.TAO_NEURON_EMISSION(0.5,0,1)", result: "0.25" },
  },
  TAO_DELEGATE_REWARD: {
    formula: "validator_reward × (1 − take) × delegated_share",
    params: { take: P.delegateTake },
    source: P.delegateTake.source,
    asOf: ASOF_HEAD,
    assumptions: ["The default and maximum take is 11796/65535 (not 18 %), the minimum 0."],
    rounding: "40-digit decimal, no output rounding (the chain floors to rao).",
    example: { formula: "=DEPIN.TAO_DELEGATE_REWARD(100,0.5,0.1)", result: "45" },
  },
  TAO_SUBNET_TO_PRUNE: {
    formula: "argmin emission over subnets with current_block − registered_at ≥ immunity_blocks; ties → earliest registered, then lowest index",
    params: { immunity_blocks: P.immunityBlocks, immunityDtao: P.immunityBlocksDtao },
    source: P.immunityBlocks.source,
    asOf: ASOF_PRE,
    assumptions: [
      "Pre-dTAO rule (lowest emission, 7 × 7,200 blocks of immunity); for dTAO pass EMA prices and 1,296,000.",
      "#N/A when every subnet is still immune.",
      "At most 4,096 subnets in emissions and registered_at (checked before a cell is read).",
    ],
    rounding: "Exact comparisons; result is a 0-based index.",
    example: { formula: "=DEPIN.TAO_SUBNET_TO_PRUNE({3;1;2},{0;0;0},100000)", result: "1" },
  },
};
