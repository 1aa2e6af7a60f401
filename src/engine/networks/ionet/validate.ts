/**
 * io.net argument rules: coercion plus range checks, which throw DepinError (SPEC §3). Rule objects are
 * built once at module load (these run on every scalar evaluation).
 *
 * Counts of epochs, hours and months are whole numbers (IO_UNLOCKED alone floors a fractional month);
 * fractions lie in [0, 1]; prices are > 0; capex, amounts and revenue are ≥ 0; enumerations are matched
 * case-insensitively and a wrong value lists the accepted ones.
 */
import { coerce, type NumberRule } from "../../core";
import { D, type Dec } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import type { Basis, Category, Period, RndVesting, Schedule } from "./formulas";
import { CATEGORIES } from "./formulas";
import { ionetParams as P } from "./params";

const num = (p: { value: string }) => Number(p.value);

// Limits of the spilled tables ------------------------------------------------------------------
/**
 * Largest `periods` of IO_EMISSION_SCHEDULE per period. Hours: 20,000 rows (about 2.3 years of epochs, a
 * spill computed in under ~0.2 s; the whole 175,319-epoch schedule is better read by month); months: 1,200
 * (100 years; the schedules end in month 241 or 244); years: 100 (they end in year 21). A spill of at most
 * 20,000 × 5 cells.
 */
export const MAX_PERIODS: Readonly<Record<Period, number>> = { hour: 20000, month: 1200, year: 100 };
/** Largest `months` of IO_VESTING_SCHEDULE: 1,200 (100 years; every category is fully unlocked at 48). */
export const MAX_VESTING_MONTHS = 1200;

// Enumerations ----------------------------------------------------------------------------------
export const SCHEDULES = ["hourly", "monthly", "note"] as const satisfies readonly Schedule[];
export const PERIODS = ["hour", "month", "year"] as const satisfies readonly Period[];
/** Periods the monthly views ("monthly", "note") can be read in. */
export const MONTHLY_VIEW_PERIODS = ["month", "year"] as const satisfies readonly Period[];
export const BASES = ["max_supply", "genesis"] as const satisfies readonly Basis[];
export const RND_VESTING = ["core", "unlocked"] as const satisfies readonly RndVesting[];
export const UPTIME_MODES = ["proportional", "all_or_nothing"] as const;
export type UptimeMode = (typeof UPTIME_MODES)[number];
export const MIN_STAKE_RULES = ["docs", "note"] as const;
export type MinStakeRule = (typeof MIN_STAKE_RULES)[number];

export const schedule = (v: unknown): Schedule => coerce.choice("schedule", v, SCHEDULES, "hourly");
export const basis = (v: unknown): Basis => coerce.choice("basis", v, BASES, P.allocationBasis.value as Basis);
export const category = (v: unknown): Category => coerce.choice("category", v, CATEGORIES);
export const rndVesting = (v: unknown): RndVesting => coerce.choice("rnd_vesting", v, RND_VESTING, P.rndVesting.value as RndVesting);
export const uptimeMode = (v: unknown): UptimeMode => coerce.choice("uptime_mode", v, UPTIME_MODES, P.uptimeMode.value as UptimeMode);
export const minStakeRule = (v: unknown): MinStakeRule => coerce.choice("rule", v, MIN_STAKE_RULES, "docs");

/** `period` of IO_EMISSION_SCHEDULE; "hour" only with the hourly rule. */
export function period(v: unknown, s: Schedule): Period {
  const p = coerce.choice("period", v, PERIODS, "month");
  if (s !== "hourly" && p === "hour") {
    throw new DepinError("UNKNOWN_REGIME", "period", v, msg.onlyInRegime("period", p, "hourly", s, MONTHLY_VIEW_PERIODS, v));
  }
  return p;
}

// Counts ----------------------------------------------------------------------------------------
const COUNT: NumberRule = { min: 0, integer: true };
const HOURS_PER_MONTH: NumberRule = { min: 1, integer: true, default: num(P.hoursPerMonth) };
const MONTH_REAL: NumberRule = { min: 0 };
const OFFLINE_HOURS: NumberRule = { min: 0, integer: true, default: num(P.offlineHours) };
const GPUS: NumberRule = { min: 1, integer: true };
const PERIOD_RULES: Record<Period, NumberRule> = {
  hour: { min: 1, max: MAX_PERIODS.hour, integer: true },
  month: { min: 1, max: MAX_PERIODS.month, integer: true },
  year: { min: 1, max: MAX_PERIODS.year, integer: true },
};
const VESTING_MONTHS: NumberRule = { min: 1, max: MAX_VESTING_MONTHS, integer: true };

/** An epoch, hour or month count: a whole number ≥ 0. */
export const count = (param: string, v: unknown): number => coerce.num(param, v, COUNT);
export const hoursPerMonth = (v: unknown): number => coerce.num("hours_per_month", v, HOURS_PER_MONTH);
/** IO_UNLOCKED's month: any number ≥ 0, floored to whole months. */
export const monthFloor = (v: unknown): number => Math.floor(coerce.num("month", v, MONTH_REAL));
export const offlineHours = (v: unknown): Dec => coerce.dec("offline_hours", v, OFFLINE_HOURS);
export const gpus = (v: unknown): Dec => coerce.dec("gpus", v, GPUS);
export const periods = (v: unknown, p: Period): number => coerce.num("periods", v, PERIOD_RULES[p]);
export const vestingMonths = (v: unknown): number => coerce.num("months", v, VESTING_MONTHS);

// Amounts, prices and fractions -------------------------------------------------------------------
const NON_NEGATIVE: NumberRule = { min: 0 };
const POSITIVE: NumberRule = { gt: 0 };
const MONTHLY_FACTOR: NumberRule = { gt: 0, max: 1, default: num(P.monthlyFactor) };
const PAYBACK_HOURS: NumberRule = { gt: 0, default: num(P.paybackHours) };
const EARNING_MULTIPLIER: NumberRule = { min: 0, default: num(P.earningMultiplier) };
const BURNED: NumberRule = { min: 0, default: 0 };

const fractionRules = new Map<number | undefined, NumberRule>();
function fractionRule(def?: number): NumberRule {
  let r = fractionRules.get(def);
  if (r === undefined) {
    r = def === undefined ? { min: 0, max: 1 } : { min: 0, max: 1, default: def };
    fractionRules.set(def, r);
  }
  return r;
}

/** A fraction in [0, 1]; blank takes `def` when given. */
export const fraction = (param: string, v: unknown, def?: number): Dec => coerce.dec(param, v, fractionRule(def));
/** A USD or IO amount ≥ 0 (capex, reservation total, revenue, device stake). */
export const amount = (param: string, v: unknown): Dec => coerce.dec(param, v, NON_NEGATIVE);
/** The same rules as `fraction` and `amount`, returning the validated JS number (for core/arith formulas). */
export const fractionNum = (param: string, v: unknown, def?: number): number => coerce.num(param, v, fractionRule(def));
export const amountNum = (param: string, v: unknown): number => coerce.num(param, v, NON_NEGATIVE);
/** A price > 0. */
export const price = (param: string, v: unknown): Dec => coerce.dec(param, v, POSITIVE);
export const monthlyFactor = (v: unknown): Dec => coerce.dec("monthly_factor", v, MONTHLY_FACTOR);
export const paybackHours = (v: unknown): Dec => coerce.dec("payback_hours", v, PAYBACK_HOURS);
export const earningMultiplier = (v: unknown): Dec => coerce.dec("earning_multiplier", v, EARNING_MULTIPLIER);
export const burned = (v: unknown): Dec => coerce.dec("burned", v, BURNED);

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

const MAX_MODIFIERS = 10000;
const MODIFIER_RULE = { min: 0 };

/** Σ modifiers: any rectangular range of numbers ≥ 0 (blank cells 0); blank or omitted → 0 (×2). */
export function modifierSum(v: unknown): Dec {
  if (coerce.isBlankInput(v)) return new D(0);
  const rows = coerce.matrix("modifiers", v, MODIFIER_RULE);
  let n = 0;
  for (const r of rows) n += r.length;
  if (n > MAX_MODIFIERS) throw new DepinError("OUT_OF_RANGE", "modifiers", v, msg.tooLarge("modifiers", MAX_MODIFIERS, v));
  let total = new D(0);
  for (const r of rows) for (const x of r) if (x !== 0) total = total.plus(x);
  return total;
}
