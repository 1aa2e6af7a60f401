/** The io.net launch-era functions as the tests call them: declared, bound by the generic runner, raw cell values in. */
import { fn } from "../../helpers/fn";

export const io = {
  epochEmission: fn("IO_EPOCH_EMISSION"),
  emitted: fn("IO_EMITTED"),
  inflationRate: fn("IO_INFLATION_RATE"),
  supply: fn("IO_SUPPLY"),
  monthEmission: fn("IO_MONTH_EMISSION"),
  emissionSchedule: fn("IO_EMISSION_SCHEDULE"),
  allocation: fn("IO_ALLOCATION"),
  unlocked: fn("IO_UNLOCKED"),
  vestingSchedule: fn("IO_VESTING_SCHEDULE"),
  availReward: fn("IO_AVAIL_REWARD"),
  availRewardIo: fn("IO_AVAIL_REWARD_IO"),
  stakerReward: fn("IO_STAKER_REWARD"),
  offlinePenalty: fn("IO_OFFLINE_PENALTY"),
  maxStake: fn("IO_MAX_STAKE"),
  minStake: fn("IO_MIN_STAKE"),
  renterCost: fn("IO_RENTER_COST"),
  supplierPayout: fn("IO_SUPPLIER_PAYOUT"),
  networkRevenue: fn("IO_NETWORK_REVENUE"),
  burn: fn("IO_BURN"),
};
