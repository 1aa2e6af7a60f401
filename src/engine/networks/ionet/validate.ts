/**
 * io.net argument rules the declarations (./functions.ts) cannot state as one rule per argument: the
 * enumerations and limits they declare, IO_EMISSION_SCHEDULE's `period` (valid values depend on `schedule`)
 * and `periods` (its limit depends on `period`), and the cross-argument checks, which throw DepinError (SPEC §3).
 */
import { coerce, type NumberRule } from "../../core";
import type { Dec } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import type { Basis, Period, RndVesting, Schedule } from "./formulas";

// Limits of the spilled tables and ranges ----------------------------------------------------------
/**
 * Largest `periods` of IO_EMISSION_SCHEDULE per period. Hours: 20,000 rows (about 2.3 years of epochs, a
 * spill computed in under ~0.2 s; the whole 175,319-epoch schedule is better read by month); months: 1,200
 * (100 years; the schedules end in month 241 or 244); years: 100 (they end in year 21). A spill of at most
 * 20,000 × 5 cells.
 */
export const MAX_PERIODS: Readonly<Record<Period, number>> = { hour: 20000, month: 1200, year: 100 };
/** Largest `months` of IO_VESTING_SCHEDULE: 1,200 (100 years; every category is fully unlocked at 48). */
export const MAX_VESTING_MONTHS = 1200;
/** Largest number of IO_MAX_STAKE modifier cells, in any shape. */
export const MAX_MODIFIERS = 10000;

// Enumerations ----------------------------------------------------------------------------------
export const SCHEDULES = ["hourly", "monthly", "note"] as const satisfies readonly Schedule[];
export const PERIODS = ["hour", "month", "year"] as const satisfies readonly Period[];
/** Periods the monthly views ("monthly", "note") can be read in. */
export const MONTHLY_VIEW_PERIODS = ["month", "year"] as const satisfies readonly Period[];
export const BASES = ["max_supply", "genesis"] as const satisfies readonly Basis[];
export const RND_VESTING = ["core", "unlocked"] as const satisfies readonly RndVesting[];
export const UPTIME_MODES = ["proportional", "all_or_nothing"] as const;
export const MIN_STAKE_RULES = ["docs", "note"] as const;

/** `period` of IO_EMISSION_SCHEDULE; "hour" only with the hourly rule. */
export function period(v: unknown, s: Schedule): Period {
  const p = coerce.choice("period", v, PERIODS, "month");
  if (s !== "hourly" && p === "hour") {
    throw new DepinError("UNKNOWN_REGIME", "period", v, msg.onlyInRegime("period", p, "hourly", s, MONTHLY_VIEW_PERIODS, v));
  }
  return p;
}

const PERIOD_RULES: Record<Period, NumberRule> = {
  hour: { min: 1, max: MAX_PERIODS.hour, integer: true },
  month: { min: 1, max: MAX_PERIODS.month, integer: true },
  year: { min: 1, max: MAX_PERIODS.year, integer: true },
};
/** `periods` of IO_EMISSION_SCHEDULE: a whole number from 1 to the period's limit. */
export const periods = (v: unknown, p: Period): number => coerce.num("periods", v, PERIOD_RULES[p]);

// Cross-argument checks ---------------------------------------------------------------------------

/** `burned` may not exceed the supply it is taken from. */
export function checkBurned(burnedIo: Dec, supplyBefore: Dec): void {
  if (burnedIo.gt(supplyBefore)) {
    throw new DepinError(
      "OUT_OF_RANGE",
      "burned",
      burnedIo.toNumber(),
      msg.atMost("burned", `the supply before burning (${supplyBefore.toNumber()})`, burnedIo.toNumber())
    );
  }
}

/** A supplier's fee rate above 1 would make the payout negative. */
export function checkSupplierFee(feeRate: Dec): void {
  if (feeRate.gt(1)) {
    const shown = feeRate.toNumber();
    throw new DepinError("OUT_OF_RANGE", "usdc_fee", shown, msg.inRange("reservation_fee + usdc_fee × usdc_share", "at most 1", shown));
  }
}
