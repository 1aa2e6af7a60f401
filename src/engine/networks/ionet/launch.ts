/**
 * Typed cores of the io.net functions of the research note's era (REFERENCE.md §A) that do more than call one
 * formula: cross-argument checks, defaults precomputed once, the tables with their header row, and the fee
 * functions on the exact small-decimal backend. Arguments arrive validated by the declarations (./functions.ts).
 */
import { addShort, decimalArith, mulShort, OUT, READ, readShort, run, shortToDouble } from "../../core/arith";
import { D, type Dec } from "../../core/decimal";
import type { EngineCell } from "../../core/decl";
import { hourlyRows } from "./emission-dd";
import * as f from "./formulas";
import { ionetParams as P } from "./params";
import * as v from "./validate";

const MONTHLY_FACTOR = new D(P.monthlyFactor.value);
const HOURS_PER_MONTH = Number(P.hoursPerMonth.value);
const HOURS_PER_YEAR = Number(P.hoursPerYear.value);
const PAYBACK_HOURS = new D(P.paybackHours.value);
const SUPPLIER_SHARE = new D(P.supplierShare.value);
const STAKER_SHARE = new D(P.stakerShare.value);
const RESERVATION_FEE = Number(P.reservationFee.value);
const USDC_FEE = Number(P.usdcFee.value);

// Hourly emission and the tables ---------------------------------------------------------------------

/** IO_SUPPLY: 500M + E(hours) − burned; burned may not exceed the supply before burning. */
export function supply(hours: number, burned: Dec): Dec {
  const before = f.supply(hours, new D(0));
  v.checkBurned(burned, before);
  return burned.isZero() ? before : before.minus(burned);
}

/**
 * IO_EMISSION_SCHEDULE: header row, then (period, emitted, cumulative, total supply, rate at start) per period.
 * `periods` and `period` are checked here, after `schedule` (their rules depend on it): schedule, period, periods.
 */
export function emissionSchedule(periods: unknown, period: unknown, schedule: f.Schedule): EngineCell[][] {
  const p = v.period(period, schedule);
  const n = v.periods(periods, p);
  // The hourly rule's cells as doubles by double-double (emission-dd.ts), each the double of the decimal cell.
  if (schedule === "hourly") return hourlyRows(n, p === "hour" ? 1 : p === "month" ? HOURS_PER_MONTH : HOURS_PER_YEAR, [...f.SCHEDULE_HEADER]);
  const rows: EngineCell[][] = f.emissionSchedule(n, p, schedule, MONTHLY_FACTOR);
  rows.unshift([...f.SCHEDULE_HEADER]);
  return rows;
}

/** IO_UNLOCKED: a fractional month is floored. */
export function unlocked(category: f.Category, month: number, basis: f.Basis, rndVesting: f.RndVesting): Dec {
  return f.unlocked(category, Math.floor(month), basis, rndVesting);
}

/** IO_VESTING_SCHEDULE: header row, then (month, community, seed, series_a, core, rnd) for months 1 … `months`. */
export function vestingSchedule(months: number, basis: f.Basis): EngineCell[][] {
  const rows: EngineCell[][] = f.vestingSchedule(months, basis);
  rows.unshift([...f.VESTING_HEADER]);
  return rows;
}

// Rewards, penalty and stakes ------------------------------------------------------------------------

// share / payback_hours at the defaults, computed once (the same formula, so results are identical).
const SUPPLIER_PER_HOUR = f.sharePerHour(SUPPLIER_SHARE, PAYBACK_HOURS);
const STAKER_PER_HOUR = f.sharePerHour(STAKER_SHARE, PAYBACK_HOURS);

/** share / payback_hours, from the precomputed value at the defaults. */
function perHour(share: Dec, paybackHours: Dec, defShare: Dec, cached: Dec): Dec {
  return share.eq(defShare) && paybackHours.eq(PAYBACK_HOURS) ? cached : f.sharePerHour(share, paybackHours);
}

export function availReward(capexUsd: Dec, uptime: Dec, supplierShare: Dec, paybackHours: Dec, uptimeMode: (typeof v.UPTIME_MODES)[number]): Dec {
  const k = perHour(supplierShare, paybackHours, SUPPLIER_SHARE, SUPPLIER_PER_HOUR);
  return f.availReward(capexUsd, uptime, k, uptimeMode === "all_or_nothing");
}

export function availRewardIo(capexUsd: Dec, uptime: Dec, ioPriceUsd: Dec, supplierShare: Dec, paybackHours: Dec): Dec {
  const k = perHour(supplierShare, paybackHours, SUPPLIER_SHARE, SUPPLIER_PER_HOUR);
  return f.availReward(capexUsd, uptime, k, false).div(ioPriceUsd);
}

export function stakerReward(capexUsd: Dec, uptime: Dec, stakerShare: Dec, paybackHours: Dec): Dec {
  return f.availReward(capexUsd, uptime, perHour(stakerShare, paybackHours, STAKER_SHARE, STAKER_PER_HOUR), false);
}

export function offlinePenalty(capexUsd: Dec, ioPriceUsd: Dec, offlineHours: Dec, supplierShare: Dec, paybackHours: Dec): Dec {
  return f.offlinePenalty(capexUsd, ioPriceUsd, offlineHours, perHour(supplierShare, paybackHours, SUPPLIER_SHARE, SUPPLIER_PER_HOUR));
}

// Fees (core/arith: exact small decimals in doubles, else decimal.js; the same double either way) ----------

/**
 * reservation_total × (1 ± (reservation_fee + usdc_fee × usdc_share)) (formulas.ts sideFee, renterCost,
 * supplierPayout, in the same order) on exact small decimals without allocating (core/arith.ts, "Allocation-free
 * steps"), or undefined where the exact backend gives INEXACT.
 */
function reservationShort(total: number, share: number, fee: number, usdcFee: number, sign: 1 | -1): number | undefined {
  if (!readShort(usdcFee)) return undefined;
  const mu = READ[0]!;
  const ku = READ[1]!;
  if (!readShort(share) || !mulShort(mu, ku, READ[0]!, READ[1]!)) return undefined;
  const mp = OUT[0]!;
  const kp = OUT[1]!;
  if (!readShort(fee) || !addShort(READ[0]!, READ[1]!, mp, kp)) return undefined;
  if (!addShort(1, 0, sign * OUT[0]!, OUT[1]!)) return undefined;
  const m1 = OUT[0]!;
  const k1 = OUT[1]!;
  if (!readShort(total) || !mulShort(READ[0]!, READ[1]!, m1, k1)) return undefined;
  return shortToDouble(OUT[0]!, OUT[1]!);
}

export function renterCost(reservationTotal: number, usdcShare: number, reservationFee: number, usdcFee: number): Dec | number {
  const fast = reservationShort(reservationTotal, usdcShare, reservationFee, usdcFee, 1);
  if (fast !== undefined) return fast;
  return run((A) => f.renterCost(A, A.num(reservationTotal), f.sideFee(A, A.num(usdcShare), A.num(reservationFee), A.num(usdcFee))));
}

export function supplierPayout(reservationTotal: number, usdcShare: number, reservationFee: number, usdcFee: number): Dec | number {
  // The fee rate may not pass 1; checked exactly (in decimal) only when the double estimate comes near.
  if (reservationFee + usdcFee * usdcShare > 0.999999) {
    v.checkSupplierFee(f.sideFee(decimalArith, new D(usdcShare), new D(reservationFee), new D(usdcFee)));
  }
  const fast = reservationShort(reservationTotal, usdcShare, reservationFee, usdcFee, -1);
  if (fast !== undefined) return fast;
  return run((A) => f.supplierPayout(A, A.num(reservationTotal), f.sideFee(A, A.num(usdcShare), A.num(reservationFee), A.num(usdcFee))));
}

export function networkRevenue(reservationTotal: number, renterUsdcShare: number, supplierUsdcShare: number): Dec | number {
  return run((A) => {
    const res = A.num(RESERVATION_FEE);
    const usdc = A.num(USDC_FEE);
    return f.networkRevenue(A, A.num(reservationTotal), f.sideFee(A, A.num(renterUsdcShare), res, usdc), f.sideFee(A, A.num(supplierUsdcShare), res, usdc));
  });
}
