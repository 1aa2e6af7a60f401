/* eslint-disable @typescript-eslint/naming-convention -- parameter names are Excel's argument names */
/**
 * io.net (IO) custom functions: thin adapters over src/engine/networks/ionet.
 * The JSDoc here is the only source of the functions' Excel metadata.
 */
import * as ionet from "../../engine/networks/ionet";
import { cellMatrix, cellNumber } from "../boundary";

/**
 * IO emitted in one hourly epoch under the documented hourly rule, in IO (0 for epoch 0 and after epoch 175,319).
 * @customfunction IO_EPOCH_EMISSION
 * @param epoch Hourly epoch number, a whole number at least 0; epoch 1 is the first emitting hour, 175,319 the last.
 * @returns IO emitted in that epoch.
 * @helpurl https://localhost:3000/help/functions.html#IO_EPOCH_EMISSION
 */
export function ioEpochEmission(epoch: number): number {
  return cellNumber("IO_EPOCH_EMISSION", () => ionet.epochEmission(epoch));
}

/**
 * Cumulative IO emitted after a number of hourly epochs, in IO, capped at 300,000,000.
 * @customfunction IO_EMITTED
 * @param hours Number of hourly epochs elapsed, a whole number at least 0.
 * @returns Cumulative emission in IO.
 * @helpurl https://localhost:3000/help/functions.html#IO_EMITTED
 */
export function ioEmitted(hours: number): number {
  return cellNumber("IO_EMITTED", () => ionet.emitted(hours));
}

/**
 * Annualised emission rate on the 500M base in force at an hourly epoch, as a fraction per year (0.08 at epoch 1; 0 at epoch 0 and after 175,319).
 * @customfunction IO_INFLATION_RATE
 * @param epoch Hourly epoch number, a whole number at least 0.
 * @returns Emission rate as a fraction per year.
 * @helpurl https://localhost:3000/help/functions.html#IO_INFLATION_RATE
 */
export function ioInflationRate(epoch: number): number {
  return cellNumber("IO_INFLATION_RATE", () => ionet.inflationRate(epoch));
}

/**
 * IO emitted in one month of an emission schedule, in IO (month 0 and months after the schedule give 0).
 * @customfunction IO_MONTH_EMISSION
 * @param month Month number, 1-based, a whole number at least 0.
 * @param [schedule] "hourly" (sum of the documented hourly epochs of the month), "monthly" (the monthly proposal, 240 months) or "note" (the research note's −1.02% a month), case-insensitive. Default "hourly".
 * @param [hours_per_month] Hours in a month for the "hourly" schedule, a whole number at least 1. Default 730.
 * @param [monthly_factor] Disinflation factor per month for the "monthly" schedule, greater than 0 and at most 1. Default 0.989849199.
 * @returns IO emitted in that month.
 * @helpurl https://localhost:3000/help/functions.html#IO_MONTH_EMISSION
 */
export function ioMonthEmission(month: number, schedule?: string, hours_per_month?: number, monthly_factor?: number): number {
  return cellNumber("IO_MONTH_EMISSION", () => ionet.monthEmission(month, schedule, hours_per_month, monthly_factor));
}

/**
 * Total IO supply after a number of hourly epochs, in IO: 500,000,000 + IO_EMITTED(hours) − burned.
 * @customfunction IO_SUPPLY
 * @param hours Number of hourly epochs elapsed, a whole number at least 0.
 * @param [burned] IO burned so far, at least 0 and at most the supply before burning. Default 0.
 * @returns Total supply in IO.
 * @helpurl https://localhost:3000/help/functions.html#IO_SUPPLY
 */
export function ioSupply(hours: number, burned?: number): number {
  return cellNumber("IO_SUPPLY", () => ionet.supply(hours, burned));
}

/**
 * IO emission schedule table, amounts in IO: spills a header row (period, emitted, cumulative, total supply, rate at start) and one row per period.
 * @customfunction IO_EMISSION_SCHEDULE
 * @param periods Number of periods (rows), a whole number from 1 to 20,000 for "hour", 1,200 for "month", 100 for "year".
 * @param [period] "hour", "month" (730 h) or "year" (8,760 h), case-insensitive; the "monthly" and "note" schedules take "month" or "year" (12 months). Default "month".
 * @param [schedule] "hourly", "monthly" or "note", case-insensitive. Default "hourly".
 * @returns Table: period number, IO emitted in the period, cumulative IO, total supply in IO, annual rate (fraction) at the period's start.
 * @helpurl https://localhost:3000/help/functions.html#IO_EMISSION_SCHEDULE
 */
export function ioEmissionSchedule(periods: number, period?: string, schedule?: string): any[][] {
  return cellMatrix("IO_EMISSION_SCHEDULE", () => ionet.emissionSchedule(periods, period, schedule));
}

/**
 * Genesis IO allocated to a category, in IO.
 * @customfunction IO_ALLOCATION
 * @param category "community", "seed", "series_a", "core" or "rnd", case-insensitive.
 * @param [basis] "max_supply" (shares of 800M; the community's 300M emission comes on top of its 100M) or "genesis" (shares of 500M, the note's reading), case-insensitive. Default "max_supply".
 * @returns Genesis allocation in IO.
 * @helpurl https://localhost:3000/help/functions.html#IO_ALLOCATION
 */
export function ioAllocation(category: string, basis?: string): number {
  return cellNumber("IO_ALLOCATION", () => ionet.allocation(category, basis));
}

/**
 * Genesis IO of a category unlocked at the end of a month since launch, in IO.
 * @customfunction IO_UNLOCKED
 * @param category "community", "seed", "series_a", "core" or "rnd", case-insensitive.
 * @param month Months since launch, at least 0; a fractional month is floored.
 * @param [basis] "max_supply" or "genesis", case-insensitive. Default "max_supply".
 * @param [rnd_vesting] "core" (R&D follows the 48-month core schedule) or "unlocked" (at launch), case-insensitive. Default "core".
 * @returns Unlocked amount in IO.
 * @helpurl https://localhost:3000/help/functions.html#IO_UNLOCKED
 */
export function ioUnlocked(category: string, month: number, basis?: string, rnd_vesting?: string): number {
  return cellNumber("IO_UNLOCKED", () => ionet.unlocked(category, month, basis, rnd_vesting));
}

/**
 * IO vesting table, amounts in IO: spills a header row (month, community, seed, series_a, core, rnd) and the unlocked IO per category at the end of each month.
 * @customfunction IO_VESTING_SCHEDULE
 * @param months Number of months (rows), a whole number from 1 to 1,200.
 * @param [basis] "max_supply" or "genesis", case-insensitive. Default "max_supply".
 * @returns Table: month number, then unlocked IO of each category.
 * @helpurl https://localhost:3000/help/functions.html#IO_VESTING_SCHEDULE
 */
export function ioVestingSchedule(months: number, basis?: string): any[][] {
  return cellMatrix("IO_VESTING_SCHEDULE", () => ionet.vestingSchedule(months, basis));
}

/**
 * Supplier availability reward for one io.net node, in USD per node-hour: capex_usd / payback_hours × uptime × supplier_share.
 * @customfunction IO_AVAIL_REWARD
 * @param capex_usd Hardware cost in USD, at least 0.
 * @param uptime Share of the hour the node was up, 0 to 1.
 * @param [supplier_share] Supplier's share of the reward, 0 to 1. Default 0.95.
 * @param [payback_hours] Hours over which the capex is paid back, greater than 0. Default 13,140 (18 months).
 * @param [uptime_mode] "proportional" or "all_or_nothing" (0 below uptime 1), case-insensitive. Default "proportional".
 * @returns Reward in USD per node-hour.
 * @helpurl https://localhost:3000/help/functions.html#IO_AVAIL_REWARD
 */
export function ioAvailReward(capex_usd: number, uptime: number, supplier_share?: number, payback_hours?: number, uptime_mode?: string): number {
  return cellNumber("IO_AVAIL_REWARD", () => ionet.availReward(capex_usd, uptime, supplier_share, payback_hours, uptime_mode));
}

/**
 * Supplier availability reward for one io.net node, in IO per node-hour: the USD reward divided by the IO price.
 * @customfunction IO_AVAIL_REWARD_IO
 * @param capex_usd Hardware cost in USD, at least 0.
 * @param uptime Share of the hour the node was up, 0 to 1.
 * @param io_price_usd IO price in USD, greater than 0.
 * @param [supplier_share] Supplier's share of the reward, 0 to 1. Default 0.95.
 * @param [payback_hours] Hours over which the capex is paid back, greater than 0. Default 13,140 (18 months).
 * @returns Reward in IO per node-hour.
 * @helpurl https://localhost:3000/help/functions.html#IO_AVAIL_REWARD_IO
 */
export function ioAvailRewardIo(capex_usd: number, uptime: number, io_price_usd: number, supplier_share?: number, payback_hours?: number): number {
  return cellNumber("IO_AVAIL_REWARD_IO", () => ionet.availRewardIo(capex_usd, uptime, io_price_usd, supplier_share, payback_hours));
}

/**
 * Stakers' share of a node's availability reward, in USD per node-hour: capex_usd / payback_hours × uptime × staker_share.
 * @customfunction IO_STAKER_REWARD
 * @param capex_usd Hardware cost in USD, at least 0.
 * @param uptime Share of the hour the node was up, 0 to 1.
 * @param [staker_share] Stakers' share of the reward, 0 to 1. Default 0.05.
 * @param [payback_hours] Hours over which the capex is paid back, greater than 0. Default 13,140 (18 months).
 * @returns Stakers' reward in USD per node-hour.
 * @helpurl https://localhost:3000/help/functions.html#IO_STAKER_REWARD
 */
export function ioStakerReward(capex_usd: number, uptime: number, staker_share?: number, payback_hours?: number): number {
  return cellNumber("IO_STAKER_REWARD", () => ionet.stakerReward(capex_usd, uptime, staker_share, payback_hours));
}

/**
 * IO slashed from a node's stake for hours offline while marked available, in IO (one hour's reward per hour; the hour's reward is also forgone).
 * @customfunction IO_OFFLINE_PENALTY
 * @param capex_usd Hardware cost in USD, at least 0.
 * @param io_price_usd IO price in USD, greater than 0.
 * @param [offline_hours] Hours offline while marked available, a whole number at least 0. Default 1.
 * @param [supplier_share] Supplier's share of the reward, 0 to 1. Default 0.95.
 * @param [payback_hours] Hours over which the capex is paid back, greater than 0. Default 13,140 (18 months).
 * @returns Slashed stake in IO.
 * @helpurl https://localhost:3000/help/functions.html#IO_OFFLINE_PENALTY
 */
export function ioOfflinePenalty(
  capex_usd: number,
  io_price_usd: number,
  offline_hours?: number,
  supplier_share?: number,
  payback_hours?: number
): number {
  return cellNumber("IO_OFFLINE_PENALTY", () => ionet.offlinePenalty(capex_usd, io_price_usd, offline_hours, supplier_share, payback_hours));
}

/**
 * Maximum stake of a node, in IO: device_max_stake × (2 + 3 × Σ modifiers).
 * @customfunction IO_MAX_STAKE
 * @param device_max_stake Device maximum stake in IO, at least 0.
 * @param [modifiers] Modifier values, each at least 0, in any range or array constant (blank cells 0). Default none (× 2).
 * @returns Maximum stake in IO.
 * @helpurl https://localhost:3000/help/functions.html#IO_MAX_STAKE
 */
export function ioMaxStake(device_max_stake: number, modifiers?: any[][]): number {
  return cellNumber("IO_MAX_STAKE", () => ionet.maxStake(device_max_stake, modifiers));
}

/**
 * Minimum stake of a node, in IO: 200 × max(1, earning_multiplier) × gpus ("docs") or 100 per node ("note").
 * @customfunction IO_MIN_STAKE
 * @param gpus GPUs in the device, a whole number at least 1.
 * @param [earning_multiplier] Earning multiplier, at least 0 (values below 1 count as 1). Default 1.
 * @param [rule] "docs" (current staking docs) or "note" (the research note's 100 IO per node), case-insensitive. Default "docs".
 * @returns Minimum stake in IO.
 * @helpurl https://localhost:3000/help/functions.html#IO_MIN_STAKE
 */
export function ioMinStake(gpus: number, earning_multiplier?: number, rule?: string): number {
  return cellNumber("IO_MIN_STAKE", () => ionet.minStake(gpus, earning_multiplier, rule));
}

/**
 * What the renter pays for a reservation, in the reservation's currency (USD): reservation_total × (1 + reservation_fee + usdc_fee × usdc_share).
 * @customfunction IO_RENTER_COST
 * @param reservation_total Reservation total before fees, at least 0.
 * @param [usdc_share] Fraction paid in USDC, 0 to 1 (0 = all in IO). Default 1.
 * @param [reservation_fee] Reservation fee as a fraction, 0 to 1. Default 0.0025.
 * @param [usdc_fee] Fee on USDC payments as a fraction, 0 to 1. Default 0.02.
 * @returns Renter's cost, in the reservation's currency.
 * @helpurl https://localhost:3000/help/functions.html#IO_RENTER_COST
 */
export function ioRenterCost(reservation_total: number, usdc_share?: number, reservation_fee?: number, usdc_fee?: number): number {
  return cellNumber("IO_RENTER_COST", () => ionet.renterCost(reservation_total, usdc_share, reservation_fee, usdc_fee));
}

/**
 * What the supplier nets from a reservation, in the reservation's currency (USD): reservation_total × (1 − reservation_fee − usdc_fee × usdc_share).
 * @customfunction IO_SUPPLIER_PAYOUT
 * @param reservation_total Reservation total before fees, at least 0.
 * @param [usdc_share] Fraction paid out in USDC, 0 to 1 (0 = all in IO). Default 1.
 * @param [reservation_fee] Reservation fee as a fraction, 0 to 1. Default 0.0025.
 * @param [usdc_fee] Fee on USDC payments as a fraction, 0 to 1; reservation_fee + usdc_fee × usdc_share at most 1. Default 0.02.
 * @returns Supplier's payout, in the reservation's currency.
 * @helpurl https://localhost:3000/help/functions.html#IO_SUPPLIER_PAYOUT
 */
export function ioSupplierPayout(reservation_total: number, usdc_share?: number, reservation_fee?: number, usdc_fee?: number): number {
  return cellNumber("IO_SUPPLIER_PAYOUT", () => ionet.supplierPayout(reservation_total, usdc_share, reservation_fee, usdc_fee));
}

/**
 * Fees io.net collects on a reservation from both sides, in the reservation's currency (USD): reservation_total × (0.005 + 0.02 × (renter_usdc_share + supplier_usdc_share)).
 * @customfunction IO_NETWORK_REVENUE
 * @param reservation_total Reservation total before fees, at least 0.
 * @param [renter_usdc_share] Fraction the renter pays in USDC, 0 to 1. Default 1.
 * @param [supplier_usdc_share] Fraction the supplier is paid in USDC, 0 to 1. Default 1.
 * @returns Network fee revenue, in the reservation's currency.
 * @helpurl https://localhost:3000/help/functions.html#IO_NETWORK_REVENUE
 */
export function ioNetworkRevenue(reservation_total: number, renter_usdc_share?: number, supplier_usdc_share?: number): number {
  return cellNumber("IO_NETWORK_REVENUE", () => ionet.networkRevenue(reservation_total, renter_usdc_share, supplier_usdc_share));
}

/**
 * IO bought back and burned from revenue, in IO: revenue_usd × burn_share / io_price_usd.
 * @customfunction IO_BURN
 * @param revenue_usd Revenue in USD, at least 0.
 * @param io_price_usd IO price in USD, greater than 0.
 * @param [burn_share] Share of the revenue used to buy back and burn IO, 0 to 1. Default 1.
 * @returns IO burned.
 * @helpurl https://localhost:3000/help/functions.html#IO_BURN
 */
export function ioBurn(revenue_usd: number, io_price_usd: number, burn_share?: number): number {
  return cellNumber("IO_BURN", () => ionet.burn(revenue_usd, io_price_usd, burn_share));
}
