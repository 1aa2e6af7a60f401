/* eslint-disable @typescript-eslint/naming-convention -- parameter names are Excel's argument names */
/**
 * Bittensor (TAO) custom functions: thin adapters over src/engine/networks/bittensor.
 * The JSDoc here is the only source of the functions' Excel metadata.
 */
import * as tao from "../../engine/networks/bittensor";
import { cellMatrix, cellNumber } from "../boundary";

/**
 * TAO emitted per block at a given total issuance, in TAO: 1 TAO halved at each 21M × (1 − 2^−k) of issuance, truncated to whole rao.
 * @customfunction TAO_BLOCK_EMISSION
 * @param total_issuance Total TAO issuance in TAO (net of recycled TAO), at least 0; converted to whole rao from the number as written.
 * @returns TAO per block (0 from the 30th halving or at 21,000,000).
 * @helpurl https://localhost:3000/help/functions.html#TAO_BLOCK_EMISSION
 */
export function taoBlockEmission(total_issuance: number): number {
  return cellNumber("TAO_BLOCK_EMISSION", () => tao.blockEmission(total_issuance));
}

/**
 * Total issuance at which the k-th TAO halving happens, in TAO: 21,000,000 × (1 − 2^−k).
 * @customfunction TAO_HALVING_ISSUANCE
 * @param k Halving number, a whole number at least 0 (0 gives 0).
 * @returns Total issuance in TAO.
 * @helpurl https://localhost:3000/help/functions.html#TAO_HALVING_ISSUANCE
 */
export function taoHalvingIssuance(k: number): number {
  return cellNumber("TAO_HALVING_ISSUANCE", () => tao.halvingIssuance(k));
}

/**
 * TAO emitted per day at a given total issuance, in TAO: block emission × blocks per day.
 * @customfunction TAO_DAILY_EMISSION
 * @param total_issuance Total TAO issuance in TAO, at least 0.
 * @param [blocks_per_day] Blocks per day, at least 0. Default 7200 (12-second blocks).
 * @returns TAO per day.
 * @helpurl https://localhost:3000/help/functions.html#TAO_DAILY_EMISSION
 */
export function taoDailyEmission(total_issuance: number, blocks_per_day?: number): number {
  return cellNumber("TAO_DAILY_EMISSION", () => tao.dailyEmission(total_issuance, blocks_per_day));
}

/**
 * One Yuma Consensus epoch of a subnet; emissions in TAO, other columns as proportions (spills a table, a column or the n×n bonds).
 * @customfunction TAO_YUMA
 * @param weights n×n weights, row i = weights set by uid i, any non-negative scale (rows are normalised); n at most 4096.
 * @param stake n stakes, any non-negative unit (normalised).
 * @param [bonds_prev] n×n bonds as stored on chain, 0 to 65535. Default blank = no previous bonds.
 * @param [validator_permit] n TRUE/FALSE permits from the previous epoch. Default blank = the top max_validators non-zero stakes.
 * @param [active] n TRUE/FALSE activity flags. Default blank = all active.
 * @param [settings] 2-column name/value range: kappa (0 to 1, default 32767/65535), bonds_moving_average (0 to 1, default 0.9), bonds_penalty (0 to 1, default 1), yuma ("yuma" or "yuma3", default "yuma"), max_validators (default 64), owner_uid (0-based, default none), stake_threshold (default 0), emission (TAO, default 1).
 * @param [output] "table" (default: header row + one row per uid), a column name (uid, stake, active_stake, consensus, validator_trust, rank, trust, incentive, dividends, miner_emission, validator_emission, validator_permit), "bonds" (stored u16) or "bonds_normalized".
 * @returns The requested table, column (n×1) or n×n bonds; emissions in TAO.
 * @helpurl https://localhost:3000/help/functions.html#TAO_YUMA
 */
export function taoYuma(
  weights: any[][],
  stake: any[][],
  bonds_prev?: any[][],
  validator_permit?: any[][],
  active?: any[][],
  settings?: any[][],
  output?: string,
): any[][] {
  return cellMatrix("TAO_YUMA", () => tao.yuma(weights, stake, bonds_prev, validator_permit, active, settings, output));
}

/**
 * Pre-dTAO root network emission per subnet, in TAO per block: normalised sigmoid(rho × (trust − kappa)) × rank (spills one row per subnet).
 * @customfunction TAO_SUBNET_EMISSION
 * @param root_weights Root weights, one row per root validator and one column per subnet, non-negative (rows are normalised).
 * @param root_stake Stake of each root validator, non-negative, one per row of root_weights.
 * @param [block_emission] TAO per block to distribute, at least 0. Default 1.
 * @param [kappa] Trust threshold of the sigmoid, 0 to 1. Default 32767/65535.
 * @param [rho] Sigmoid steepness, at least 0. Default 10.
 * @returns TAO per block for each subnet (one column).
 * @helpurl https://localhost:3000/help/functions.html#TAO_SUBNET_EMISSION
 */
export function taoSubnetEmission(root_weights: any[][], root_stake: any[][], block_emission?: number, kappa?: number, rho?: number): any[][] {
  return cellMatrix("TAO_SUBNET_EMISSION", () => tao.subnetEmission(root_weights, root_stake, block_emission, kappa, rho));
}

/**
 * dTAO emission per subnet, in TAO per block: proportional to EMA alpha price × (1 − miner_burned), disabled subnets 0 (spills one row per subnet).
 * @customfunction TAO_SUBNET_EMISSION_DTAO
 * @param ema_prices EMA alpha price of each subnet in TAO, non-negative.
 * @param [block_emission] TAO per block to distribute, at least 0. Default 1.
 * @param [miner_burned] Share of each subnet's miner emission burned, at least 0 (values above 1 count as 1). Default blank = 0.
 * @param [emission_enabled] TRUE/FALSE per subnet. Default blank = all enabled.
 * @returns TAO per block for each subnet (one column).
 * @helpurl https://localhost:3000/help/functions.html#TAO_SUBNET_EMISSION_DTAO
 */
export function taoSubnetEmissionDtao(ema_prices: any[][], block_emission?: number, miner_burned?: any[][], emission_enabled?: any[][]): any[][] {
  return cellMatrix("TAO_SUBNET_EMISSION_DTAO", () => tao.subnetEmissionDtao(ema_prices, block_emission, miner_burned, emission_enabled));
}

/**
 * Split of a subnet's emission, in TAO: spills 4 rows (subnet owner, miners, validators, root stakers) × 2 columns (label, amount).
 * @customfunction TAO_EMISSION_SPLIT
 * @param emission TAO to split, at least 0.
 * @param [owner_cut] Subnet owner's cut, 0 to 1. Default 11796/65535 (17.9995 %).
 * @param [root_proportion] Share of the validators' half that goes to root stakers, 0 to 1. Default 0.
 * @returns 4 × 2 table of recipient labels and TAO amounts.
 * @helpurl https://localhost:3000/help/functions.html#TAO_EMISSION_SPLIT
 */
export function taoEmissionSplit(emission: number, owner_cut?: number, root_proportion?: number): any[][] {
  return cellMatrix("TAO_EMISSION_SPLIT", () => tao.emissionSplit(emission, owner_cut, root_proportion));
}

/**
 * A neuron's share of an epoch's emission, in TAO: (incentive + dividends) / (Σ incentive + Σ dividends) × epoch_emission.
 * @customfunction TAO_NEURON_EMISSION
 * @param incentive The neuron's incentive, at least 0.
 * @param dividends The neuron's dividends, at least 0.
 * @param epoch_emission TAO given to the epoch (after the owner cut), at least 0.
 * @param [sum_incentive] Sum of incentive over the subnet, at least 0. Default 1.
 * @param [sum_dividends] Sum of dividends over the subnet, at least 0. Default 1.
 * @returns TAO for the neuron.
 * @helpurl https://localhost:3000/help/functions.html#TAO_NEURON_EMISSION
 */
export function taoNeuronEmission(incentive: number, dividends: number, epoch_emission: number, sum_incentive?: number, sum_dividends?: number): number {
  return cellNumber("TAO_NEURON_EMISSION", () => tao.neuronEmission(incentive, dividends, epoch_emission, sum_incentive, sum_dividends));
}

/**
 * What nominators holding a share of a validator's stake receive, in TAO: validator_reward × (1 − take) × delegated_share.
 * @customfunction TAO_DELEGATE_REWARD
 * @param validator_reward The validator's dividends in TAO, at least 0.
 * @param delegated_share Nominators' share of the validator's stake, 0 to 1.
 * @param [take] Delegate take, 0 to 1. Default 11796/65535 (17.9995 %, also the chain's maximum).
 * @returns TAO for the nominators.
 * @helpurl https://localhost:3000/help/functions.html#TAO_DELEGATE_REWARD
 */
export function taoDelegateReward(validator_reward: number, delegated_share: number, take?: number): number {
  return cellNumber("TAO_DELEGATE_REWARD", () => tao.delegateReward(validator_reward, delegated_share, take));
}

/**
 * 0-based index of the subnet deregistered next (a number): lowest emission among subnets past immunity, ties to the earliest registered; #N/A when all are immune.
 * @customfunction TAO_SUBNET_TO_PRUNE
 * @param emissions Emission of each subnet (or EMA price under dTAO), non-negative.
 * @param registered_at Block at which each subnet registered, non-negative, one per subnet.
 * @param current_block Current block number, at least 0.
 * @param [immunity_blocks] Immunity period in blocks, at least 0. Default 50400 (pre-dTAO; dTAO uses 1296000).
 * @returns 0-based subnet index.
 * @helpurl https://localhost:3000/help/functions.html#TAO_SUBNET_TO_PRUNE
 */
export function taoSubnetToPrune(emissions: any[][], registered_at: any[][], current_block: number, immunity_blocks?: number): number {
  return cellNumber("TAO_SUBNET_TO_PRUNE", () => tao.subnetToPrune(emissions, registered_at, current_block, immunity_blocks));
}
