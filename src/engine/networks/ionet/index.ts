/**
 * io.net (IO): the folder's public surface. Functions take raw cell values, validate them and return
 * Decimal results (tables as rows of labels and Decimals, header row first). Nothing else in this folder is
 * imported from outside.
 */
import type { Dec } from "../../core";
import { D } from "../../core/decimal";
import { decimalArith, run } from "../../core/arith";
import * as f from "./formulas";
import { ionetParams as P } from "./params";
import * as v from "./validate";

export { ionetParams } from "./params";
export type { Schedule, Period, Category, Basis, RndVesting } from "./formulas";
export { CATEGORIES, SCHEDULE_HEADER, VESTING_HEADER, LAST_EPOCH } from "./formulas";
export { SCHEDULES, PERIODS, BASES, RND_VESTING, UPTIME_MODES, MIN_STAKE_RULES, MAX_PERIODS, MAX_VESTING_MONTHS } from "./validate";

const SUPPLIER_SHARE = Number(P.supplierShare.value);
const STAKER_SHARE = Number(P.stakerShare.value);
const USDC_SHARE = Number(P.usdcShare.value);
const BURN_SHARE = Number(P.burnShare.value);
const RESERVATION_FEE = Number(P.reservationFee.value);
const USDC_FEE = Number(P.usdcFee.value);
const MONTHLY_FACTOR = new D(P.monthlyFactor.value);
const PAYBACK_HOURS = new D(P.paybackHours.value);

/** Omitted (Excel's null); the full coercion handles every other blank. */
const omitted = (x: unknown): boolean => x === null || x === undefined;

// Defaults precomputed once: the same formulas on the default arguments, so results are identical.
const SUPPLIER_PER_HOUR = f.sharePerHour(new D(P.supplierShare.value), PAYBACK_HOURS);
const STAKER_PER_HOUR = f.sharePerHour(new D(P.stakerShare.value), PAYBACK_HOURS);

// Hourly emission -------------------------------------------------------------------------------

export function epochEmission(epoch: unknown): Dec {
  return f.epochEmission(v.count("epoch", epoch));
}

export function emitted(hours: unknown): Dec {
  return f.emitted(v.count("hours", hours));
}

export function inflationRate(epoch: unknown): Dec {
  return f.inflationRate(v.count("epoch", epoch));
}

export function supply(hours: unknown, burned: unknown): Dec {
  const h = v.count("hours", hours);
  const b = v.burned(burned);
  const before = f.supply(h, new D(0));
  v.checkBurned(b, before);
  return b.isZero() ? before : before.minus(b);
}

// Monthly views ---------------------------------------------------------------------------------

export function monthEmission(month: unknown, schedule: unknown, hoursPerMonth: unknown, monthlyFactor: unknown): Dec {
  const m = v.count("month", month);
  const s = v.schedule(schedule);
  const h = v.hoursPerMonth(hoursPerMonth);
  const factor = omitted(monthlyFactor) ? MONTHLY_FACTOR : v.monthlyFactor(monthlyFactor);
  return f.monthEmission(s, m, h, factor);
}

/** Header row, then (period, emitted, cumulative, total supply, rate at start) per period. */
export function emissionSchedule(periods: unknown, period: unknown, schedule: unknown): (string | Dec)[][] {
  const s = v.schedule(schedule);
  const p = v.period(period, s);
  const n = v.periods(periods, p);
  const rows: (string | Dec)[][] = f.emissionSchedule(n, p, s, MONTHLY_FACTOR);
  rows.unshift([...f.SCHEDULE_HEADER]);
  return rows;
}

// Allocation and vesting ------------------------------------------------------------------------

export function allocation(category: unknown, basis: unknown): Dec {
  return f.allocation(v.category(category), v.basis(basis));
}

export function unlocked(category: unknown, month: unknown, basis: unknown, rndVesting: unknown): Dec {
  const c = v.category(category);
  const m = v.monthFloor(month);
  return f.unlocked(c, m, v.basis(basis), v.rndVesting(rndVesting));
}

/** Header row, then (month, community, seed, series_a, core, rnd) for months 1 … `months`. */
export function vestingSchedule(months: unknown, basis: unknown): (string | Dec)[][] {
  const n = v.vestingMonths(months);
  const rows: (string | Dec)[][] = f.vestingSchedule(n, v.basis(basis));
  rows.unshift([...f.VESTING_HEADER]);
  return rows;
}

// Rewards, penalty and stakes -------------------------------------------------------------------

/** share / payback_hours, from the cache when both are omitted. */
function perHour(shareParam: string, share: unknown, def: number, cached: Dec, paybackHours: unknown): Dec {
  if (omitted(share) && omitted(paybackHours)) return cached;
  return f.sharePerHour(v.fraction(shareParam, share, def), v.paybackHours(paybackHours));
}

export function availReward(capexUsd: unknown, uptime: unknown, supplierShare: unknown, paybackHours: unknown, uptimeMode: unknown): Dec {
  const capex = v.amount("capex_usd", capexUsd);
  const u = v.fraction("uptime", uptime);
  const k = perHour("supplier_share", supplierShare, SUPPLIER_SHARE, SUPPLIER_PER_HOUR, paybackHours);
  const allOrNothing = !omitted(uptimeMode) && v.uptimeMode(uptimeMode) === "all_or_nothing";
  return f.availReward(capex, u, k, allOrNothing);
}

export function availRewardIo(capexUsd: unknown, uptime: unknown, ioPriceUsd: unknown, supplierShare: unknown, paybackHours: unknown): Dec {
  const capex = v.amount("capex_usd", capexUsd);
  const u = v.fraction("uptime", uptime);
  const price = v.price("io_price_usd", ioPriceUsd);
  const k = perHour("supplier_share", supplierShare, SUPPLIER_SHARE, SUPPLIER_PER_HOUR, paybackHours);
  return f.availReward(capex, u, k, false).div(price);
}

export function stakerReward(capexUsd: unknown, uptime: unknown, stakerShare: unknown, paybackHours: unknown): Dec {
  const capex = v.amount("capex_usd", capexUsd);
  const u = v.fraction("uptime", uptime);
  const k = perHour("staker_share", stakerShare, STAKER_SHARE, STAKER_PER_HOUR, paybackHours);
  return f.availReward(capex, u, k, false);
}

export function offlinePenalty(
  capexUsd: unknown,
  ioPriceUsd: unknown,
  offlineHours: unknown,
  supplierShare: unknown,
  paybackHours: unknown
): Dec {
  const capex = v.amount("capex_usd", capexUsd);
  const price = v.price("io_price_usd", ioPriceUsd);
  const hours = v.offlineHours(offlineHours);
  const k = perHour("supplier_share", supplierShare, SUPPLIER_SHARE, SUPPLIER_PER_HOUR, paybackHours);
  return f.offlinePenalty(capex, price, hours, k);
}

export function maxStake(deviceMaxStake: unknown, modifiers: unknown): Dec {
  return f.maxStake(v.amount("device_max_stake", deviceMaxStake), v.modifierSum(modifiers));
}

export function minStake(gpus: unknown, earningMultiplier: unknown, rule: unknown): Dec {
  return f.minStake(v.gpus(gpus), v.earningMultiplier(earningMultiplier), v.minStakeRule(rule));
}

// Fees and burn ---------------------------------------------------------------------------------

/** One side's fee rate reservation_fee + usdc_fee × usdc_share, from the cache when all three are omitted. */
/** One side's fee inputs as validated numbers (defaults for blanks). */
function sideInputs(shareParam: string, usdcShare: unknown, reservationFee: unknown, usdcFee: unknown): [number, number, number] {
  return [
    v.fractionNum(shareParam, usdcShare, USDC_SHARE),
    v.fractionNum("reservation_fee", reservationFee, RESERVATION_FEE),
    v.fractionNum("usdc_fee", usdcFee, USDC_FEE),
  ];
}

export function renterCost(reservationTotal: unknown, usdcShare: unknown, reservationFee: unknown, usdcFee: unknown): Dec | number {
  const r = v.amountNum("reservation_total", reservationTotal);
  const [s, res, usdc] = sideInputs("usdc_share", usdcShare, reservationFee, usdcFee);
  return run((A) => f.renterCost(A, A.num(r), f.sideFee(A, A.num(s), A.num(res), A.num(usdc))));
}

export function supplierPayout(reservationTotal: unknown, usdcShare: unknown, reservationFee: unknown, usdcFee: unknown): Dec | number {
  const r = v.amountNum("reservation_total", reservationTotal);
  const [s, res, usdc] = sideInputs("usdc_share", usdcShare, reservationFee, usdcFee);
  // The fee rate may not pass 1; checked exactly (in decimal) only when the double estimate comes near.
  if (res + usdc * s > 0.999999) v.checkSupplierFee(f.sideFee(decimalArith, new D(s), new D(res), new D(usdc)));
  return run((A) => f.supplierPayout(A, A.num(r), f.sideFee(A, A.num(s), A.num(res), A.num(usdc))));
}

export function networkRevenue(reservationTotal: unknown, renterUsdcShare: unknown, supplierUsdcShare: unknown): Dec | number {
  const r = v.amountNum("reservation_total", reservationTotal);
  const rs = v.fractionNum("renter_usdc_share", renterUsdcShare, USDC_SHARE);
  const ss = v.fractionNum("supplier_usdc_share", supplierUsdcShare, USDC_SHARE);
  return run((A) => {
    const res = A.num(RESERVATION_FEE);
    const usdc = A.num(USDC_FEE);
    return f.networkRevenue(A, A.num(r), f.sideFee(A, A.num(rs), res, usdc), f.sideFee(A, A.num(ss), res, usdc));
  });
}

export function burn(revenueUsd: unknown, ioPriceUsd: unknown, burnShare: unknown): Dec {
  const rev = v.amount("revenue_usd", revenueUsd);
  const price = v.price("io_price_usd", ioPriceUsd);
  return f.burn(rev, price, v.fraction("burn_share", burnShare, BURN_SHARE));
}

export { docs } from "./docs";
