/**
 * io.net formulas: typed inputs in, Decimal out (REFERENCE.md §A). Epoch, hour and month counts are JS
 * integers (validated in validate.ts); amounts, rates and shares are Decimals.
 *
 * The hourly rule in closed form: with G = 500M, r1 = 0.08/8,760 and d = 1.38869523959793e-5,
 *   E(N) = min(pool, G·r1·(1 − (1−d)^N)/d),
 * computed as G·r1/d − G·r1/d·(1−d)^N with the scaled power from two tables (see {@link scaledPow}): an exact
 * subtraction that loses only the leading digits the two terms share (the −expm1 form of 1 − (1−d)^N in a
 * 40-digit decimal, ≥ 35 significant digits left). No loop over hours.
 */
import Decimal from "decimal.js";
import type { Arith } from "../../core/arith";
import { D, type Dec } from "../../core/decimal";
import { ionetParams as P } from "./params";

const ZERO = new D(0);
const ONE = new D(1);

export const GENESIS = new D(P.genesisSupply.value);
export const POOL = new D(P.emissionPool.value);
const MAX_SUPPLY = new D(P.maxSupply.value);
export const R0 = new D(P.initialRate.value);
const HOURS_PER_YEAR = Number(P.hoursPerYear.value);
const MONTHS_PER_YEAR = Number(P.monthsPerYear.value);
const DISINFLATION = new D(P.disinflationRate.value);
/** The last hourly epoch that emits (175,319). */
export const LAST_EPOCH = Number(P.lastEpoch.value);
/** Months of the monthly proposal (240). */
const MONTHLY_PERIODS = Number(P.monthlyPeriods.value);
/** 1 − d, exact. */
const KEEP = ONE.minus(DISINFLATION);
/** Working precision for constants and tables: 20 guard digits over the engine's 40. */
const Wide = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
const round40 = (x: Decimal): Dec => new D(x.toPrecision(40));
/** Emission of epoch 1, G·0.08/8,760 = 4,566.2100456621… IO, at 60 digits. */
const EPOCH1_WIDE = new Wide(P.genesisSupply.value).mul(P.initialRate.value).div(P.hoursPerYear.value);
/** G·r1/d, the coefficient of the closed form, at 60 digits. */
const COEF_WIDE = EPOCH1_WIDE.div(P.disinflationRate.value);
export const COEF = round40(COEF_WIDE);
/** Emission of month 1 of the monthly views: G·0.08/12. */
const MONTH1 = GENESIS.mul(R0).div(MONTHS_PER_YEAR);

// ---------------------------------------------------------------------------------------------
// (1 − d)^n by table lookup

export const BLOCK = 512;

/** (1 − d)^k, G·r1/d·(1 − d)^k and G·r1·(1 − d)^k for k < 512, and (1 − d)^(512·j) for 512·j ≤ 175,319. */
export interface PowerTables {
  readonly low: readonly Dec[];
  readonly lowCoef: readonly Dec[];
  readonly lowEpoch: readonly Dec[];
  readonly high: readonly Dec[];
}
let tables: PowerTables | undefined;

function buildTables(): PowerTables {
  const keep = new Wide(KEEP.toString());
  const low: Dec[] = [];
  const lowCoef: Dec[] = [];
  const lowEpoch: Dec[] = [];
  let y = new Wide(1);
  for (let k = 0; k < BLOCK; k++) {
    low.push(round40(y));
    lowCoef.push(round40(y.mul(COEF_WIDE)));
    lowEpoch.push(round40(y.mul(EPOCH1_WIDE)));
    y = y.mul(keep);
  }
  // y is now (1 − d)^512 at 60 digits.
  const high: Dec[] = [];
  let z = new Wide(1);
  for (let j = 0; j <= Math.floor(LAST_EPOCH / BLOCK); j++) {
    high.push(round40(z));
    z = z.mul(y);
  }
  return { low, lowCoef, lowEpoch, high };
}

/**
 * x·(1 − d)^n for an integer 0 ≤ n ≤ 175,319, where `low` holds x·(1 − d)^k for k < 512:
 * low[n mod 512] × (1 − d)^(512·⌊n/512⌋), one 40-digit multiplication of two table entries. The tables
 * (512 × 3 + 343 entries, built lazily in a few milliseconds) are successive products at 60 digits, so each
 * entry is the correctly rounded 40-digit value up to a few units in the 55th digit; the result agrees with
 * x·exp(n·ln(1 − d)) within a relative 5e-40, about one unit in the 40th digit (checked in tests).
 * Rounding: one 40-digit half-even rounding per table entry and one for the product.
 */
/** The power tables (built at first use). */
export const powerTables = (): PowerTables => tables ?? (tables = buildTables());

function scaledPow(pick: (t: PowerTables) => readonly Dec[], n: number): Dec {
  const t = tables ?? (tables = buildTables());
  return pick(t)[n % BLOCK]!.mul(t.high[Math.floor(n / BLOCK)]!);
}
const pickLow = (t: PowerTables) => t.low;
const pickCoef = (t: PowerTables) => t.lowCoef;
const pickEpoch = (t: PowerTables) => t.lowEpoch;

/** (1 − d)^n for an integer 0 ≤ n ≤ 175,319 (see {@link scaledPow}). */
export function keepPow(n: number): Dec {
  return scaledPow(pickLow, n);
}

// ---------------------------------------------------------------------------------------------
// Hourly rule (REFERENCE.md §A.1)

/**
 * Cumulative IO emitted after `hours` hourly epochs: min(300M, G·r1·(1 − (1−d)^N)/d); 300M from epoch 175,319 on.
 * Rounding: 40-digit decimal (1 − (1−d)^N keeps ≥ 35 significant digits); no output rounding.
 */
export function emitted(hours: number): Dec {
  if (hours <= 0) return ZERO;
  if (hours >= LAST_EPOCH) return POOL;
  // G·r1/d − G·r1/d·(1 − d)^N: the subtraction is exact, so the result keeps ≥ 35 significant digits.
  const cf = COEF.minus(scaledPow(pickCoef, hours));
  return cf.gt(POOL) ? POOL : cf;
}

/**
 * IO emitted in hourly epoch `epoch` = E(T) − E(T−1): G·r1·(1−d)^(T−1) for 1 ≤ T < 175,319 (the exact
 * difference of the uncapped closed form), 300M − E(175,318) for the last epoch, 0 for T = 0 and after.
 * Rounding: 40-digit decimal; no output rounding.
 */
export function epochEmission(epoch: number): Dec {
  if (epoch < 1 || epoch > LAST_EPOCH) return ZERO;
  if (epoch === LAST_EPOCH) return POOL.minus(emitted(LAST_EPOCH - 1));
  return scaledPow(pickEpoch, epoch - 1);
}

/**
 * Annualised emission rate in force at epoch T: 0.08·(1−d)^(T−1) for 1 ≤ T ≤ 175,319, else 0.
 * Rounding: 40-digit decimal; no output rounding.
 */
export function inflationRate(epoch: number): Dec {
  if (epoch < 1 || epoch > LAST_EPOCH) return ZERO;
  return R0.mul(keepPow(epoch - 1));
}

/**
 * Total supply: 500M + E(hours) − burned.
 * Rounding: 40-digit decimal; no output rounding.
 */
export function supply(hours: number, burned: Dec): Dec {
  return GENESIS.plus(emitted(hours)).minus(burned);
}

// ---------------------------------------------------------------------------------------------
// Monthly views (REFERENCE.md §A.2)

export type Schedule = "hourly" | "monthly" | "note";

/**
 * A geometric monthly schedule E_m = G·0.08/12·f^(m−1) for months 1 … `periods`, cumulative capped at 300M.
 * `cum[m]` is the capped cumulative after month m from the closed form G·0.08/12·(1 − f^m)/(1 − f)
 * (G·0.08/12·m when f = 1), for m = 0 … `last`, the last month that emits (the end of the schedule or the
 * month the cap is reached, whichever comes first); `pow[m]` = f^m.
 */
export interface Geometric {
  readonly last: number;
  readonly cum: readonly Dec[];
  readonly pow: readonly Dec[];
}

const geometricCache = new Map<string, Geometric>();
const GEOMETRIC_CACHE_SIZE = 64;

/**
 * The table of a geometric monthly schedule, built once per factor (at most `periods` months, and never past
 * the month the 300M cap is reached) and cached; a loop over at most a few hundred months, each cumulative
 * from the closed form. f must lie in (0, 1]. When the months sum to less than 300M (a small f), the cap is
 * never reached and the schedule simply ends after `periods` months; `periods` may be infinite only when the
 * cap is reached (the "note" factor 0.9898 reaches it in month 244).
 */
function geometric(factor: Dec, periods: number): Geometric {
  const key = `${factor.toString()}|${periods}`;
  const hit = geometricCache.get(key);
  if (hit !== undefined) return hit;
  const f = new Wide(factor.toString());
  const one = factor.eq(ONE);
  const scale = one ? MONTH1 : MONTH1.div(ONE.minus(factor));
  const cum: Dec[] = [ZERO];
  const pow: Dec[] = [ONE];
  let y = new Wide(1);
  let m = 0;
  while (m < periods) {
    m++;
    y = y.mul(f);
    const fm = new D(y.toPrecision(40));
    pow.push(fm);
    const c = one ? MONTH1.mul(m) : scale.mul(ONE.minus(fm));
    if (c.gte(POOL)) {
      cum.push(POOL);
      break;
    }
    cum.push(c);
  }
  const g: Geometric = { last: m, cum, pow };
  if (geometricCache.size >= GEOMETRIC_CACHE_SIZE) geometricCache.clear();
  geometricCache.set(key, g);
  return g;
}

const NOTE_FACTOR = ONE.minus(P.noteMonthlyDecline.value);
/** The "note" schedule has no fixed end; the cap (month 244) ends it. */
const NOTE_PERIODS = Number.POSITIVE_INFINITY;

export function geometricOf(schedule: "monthly" | "note", factor: Dec): Geometric {
  return schedule === "monthly" ? geometric(factor, MONTHLY_PERIODS) : geometric(NOTE_FACTOR, NOTE_PERIODS);
}

/**
 * Cumulative IO after `month` months (month integer ≥ 0) of a schedule: "hourly" E(h·m); "monthly" and
 * "note" the capped geometric closed form.
 * Rounding: 40-digit decimal; no output rounding.
 */
function monthCumulative(schedule: Schedule, month: number, hoursPerMonth: number, factor: Dec): Dec {
  if (month <= 0) return ZERO;
  if (schedule === "hourly") return emitted(month * hoursPerMonth >= LAST_EPOCH ? LAST_EPOCH : month * hoursPerMonth);
  const g = geometricOf(schedule, factor);
  return g.cum[Math.min(month, g.last)]!;
}

/**
 * IO emitted in month `month` (1-based; 0 → 0): the difference of the cumulative at the month's end and start.
 * "hourly": E(h·m) − E(h·(m−1)); "monthly": G·0.08/12·f^(m−1) for months 1 … 240, capped so the cumulative
 * stays ≤ 300M, 0 after; "note": G·0.08/12·0.9898^(m−1), capped the same way (0 from month 245).
 * Rounding: 40-digit decimal; no output rounding.
 */
export function monthEmission(schedule: Schedule, month: number, hoursPerMonth: number, factor: Dec): Dec {
  if (month <= 0) return ZERO;
  return monthCumulative(schedule, month, hoursPerMonth, factor).minus(monthCumulative(schedule, month - 1, hoursPerMonth, factor));
}

export type Period = "hour" | "month" | "year";
/** Labels of IO_EMISSION_SCHEDULE's header row. */
export const SCHEDULE_HEADER = ["period", "emitted", "cumulative", "total supply", "rate at start"] as const;

/**
 * Rows (period k, emitted, cumulative, total supply, rate at start) for k = 1 … `periods`. Each cumulative is a
 * closed form (one table lookup per row); emitted is the difference of consecutive cumulatives; the rate is
 * the one in force at the period's first epoch (hourly rule) or first month (monthly views).
 * "hourly": a period is 1, 730 or 8,760 hourly epochs; "monthly"/"note": 1 or 12 months ("hour" is rejected
 * by validation).
 * Rounding: 40-digit decimal; no output rounding.
 */
export function emissionSchedule(periods: number, period: Period, schedule: Schedule, factor: Dec): Dec[][] {
  const rows: Dec[][] = new Array<Dec[]>(periods);
  let prev = ZERO;
  if (schedule === "hourly") {
    const h = period === "hour" ? 1 : period === "month" ? Number(P.hoursPerMonth.value) : HOURS_PER_YEAR;
    for (let k = 1; k <= periods; k++) {
      const n = k * h;
      const cum = emitted(n >= LAST_EPOCH ? LAST_EPOCH : n);
      rows[k - 1] = [new D(k), cum.minus(prev), cum, GENESIS.plus(cum), inflationRate((k - 1) * h + 1)];
      prev = cum;
    }
    return rows;
  }
  const q = period === "year" ? MONTHS_PER_YEAR : 1;
  const g = geometricOf(schedule, factor);
  for (let k = 1; k <= periods; k++) {
    const cum = g.cum[Math.min(k * q, g.last)]!;
    const first = (k - 1) * q + 1;
    const rate = first <= g.last ? R0.mul(g.pow[first - 1]!) : ZERO;
    rows[k - 1] = [new D(k), cum.minus(prev), cum, GENESIS.plus(cum), rate];
    prev = cum;
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Allocation and vesting (REFERENCE.md §A.3)

export const CATEGORIES = ["community", "seed", "series_a", "core", "rnd"] as const;
export type Category = (typeof CATEGORIES)[number];
export type Basis = "max_supply" | "genesis";
export type RndVesting = "core" | "unlocked";

const SHARE: Record<Category, Dec> = {
  community: new D(P.communityShare.value),
  seed: new D(P.seedShare.value),
  series_a: new D(P.seriesAShare.value),
  core: new D(P.coreShare.value),
  rnd: new D(P.rndShare.value),
};

function allocationTable(basis: Basis): Record<Category, Dec> {
  const base = basis === "max_supply" ? MAX_SUPPLY : GENESIS;
  const t = {} as Record<Category, Dec>;
  for (const c of CATEGORIES) t[c] = SHARE[c].mul(base);
  // On the 800M basis the community's 50% includes the 300M emission, which is not genesis supply.
  if (basis === "max_supply") t.community = t.community.minus(POOL);
  return t;
}

const ALLOCATION: Record<Basis, Record<Category, Dec>> = {
  max_supply: allocationTable("max_supply"),
  genesis: allocationTable("genesis"),
};

/**
 * Genesis IO of a category: share × 800M ("max_supply"; the community's 400M less the 300M emission) or
 * share × 500M ("genesis").
 * Rounding: exact (products of short decimals); no output rounding.
 */
export function allocation(category: Category, basis: Basis): Dec {
  return ALLOCATION[basis][category];
}

const INVESTOR_CLIFF = Number(P.investorCliffMonths.value);
const INVESTOR_MONTHS = Number(P.investorVestingMonths.value);
const CORE_CLIFF = Number(P.coreCliffMonths.value);
const CORE_MONTHS = Number(P.coreVestingMonths.value);

/** A × clamp(m − cliff, 0, n)/n. */
function vested(a: Dec, month: number, cliff: number, n: number): Dec {
  const k = Math.min(Math.max(month - cliff, 0), n);
  if (k === 0) return ZERO;
  if (k === n) return a;
  return a.mul(k).div(n);
}

/**
 * Genesis IO of a category unlocked at the end of whole month `month` (≥ 0): investors (seed, series_a)
 * A·clamp(m − 12, 0, 24)/24; core A·clamp(m − 12, 0, 36)/36; rnd as core, or all of A when "unlocked";
 * community all of A from launch.
 * Rounding: 40-digit decimal (A·k/n); no output rounding.
 */
export function unlocked(category: Category, month: number, basis: Basis, rndVesting: RndVesting): Dec {
  const a = ALLOCATION[basis][category];
  switch (category) {
    case "community":
      return a;
    case "seed":
    case "series_a":
      return vested(a, month, INVESTOR_CLIFF, INVESTOR_MONTHS);
    case "core":
      return vested(a, month, CORE_CLIFF, CORE_MONTHS);
    case "rnd":
      return rndVesting === "unlocked" ? a : vested(a, month, CORE_CLIFF, CORE_MONTHS);
  }
}

/** Labels of IO_VESTING_SCHEDULE's header row. */
export const VESTING_HEADER = ["month", ...CATEGORIES] as const;

/**
 * Rows (month m, then each category's unlocked IO at the end of month m) for m = 1 … `months`, with R&D
 * following the core schedule.
 * Rounding: 40-digit decimal; no output rounding.
 */
export function vestingSchedule(months: number, basis: Basis): Dec[][] {
  const rows: Dec[][] = new Array<Dec[]>(months);
  for (let m = 1; m <= months; m++) {
    const row: Dec[] = [new D(m)];
    for (const c of CATEGORIES) row.push(unlocked(c, m, basis, "core"));
    rows[m - 1] = row;
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Availability reward, penalty and stakes (REFERENCE.md §A.5)

/**
 * A share of the capex paid per node-hour: share / payback_hours.
 * Rounding: 40-digit decimal.
 */
export function sharePerHour(share: Dec, paybackHours: Dec): Dec {
  return share.div(paybackHours);
}

/**
 * Availability reward in USD per node-hour: capex × uptime × (share / payback_hours); 0 below uptime 1 when
 * `allOrNothing`.
 * Rounding: 40-digit decimal; no output rounding.
 */
export function availReward(capexUsd: Dec, uptime: Dec, perHour: Dec, allOrNothing: boolean): Dec {
  if (allOrNothing && uptime.lt(ONE)) return ZERO;
  return capexUsd.mul(uptime).mul(perHour);
}

/**
 * IO slashed for `offlineHours` hours offline while marked available: hours × capex × (share / payback_hours) / price.
 * Rounding: 40-digit decimal; no output rounding.
 */
export function offlinePenalty(capexUsd: Dec, ioPriceUsd: Dec, offlineHours: Dec, perHour: Dec): Dec {
  return offlineHours.mul(capexUsd).mul(perHour).div(ioPriceUsd);
}

const MAX_STAKE_BASE = new D(P.maxStakeBase.value);
const MAX_STAKE_WEIGHT = new D(P.maxStakeModifierWeight.value);

/**
 * Node maximum stake: device_max_stake × (2 + 3 × Σ modifiers).
 * Rounding: 40-digit decimal; no output rounding.
 */
export function maxStake(deviceMaxStake: Dec, modifierSum: Dec): Dec {
  return deviceMaxStake.mul(MAX_STAKE_BASE.plus(MAX_STAKE_WEIGHT.mul(modifierSum)));
}

const PER_GPU = new D(P.minStakePerGpu.value);
const PER_NODE_NOTE = new D(P.minStakePerNodeNote.value);

/**
 * Minimum stake in IO: "docs" 200 × max(1, multiplier) × gpus; "note" 100 per node.
 * Rounding: 40-digit decimal; no output rounding.
 */
export function minStake(gpus: Dec, earningMultiplier: Dec, rule: "docs" | "note"): Dec {
  if (rule === "note") return PER_NODE_NOTE;
  return PER_GPU.mul(D.max(ONE, earningMultiplier)).mul(gpus);
}

// ---------------------------------------------------------------------------------------------
// Fees and burn (REFERENCE.md §A.4)

// These four are written once over core/arith.ts: exact small decimals in doubles when every value fits,
// else decimal.js at 40 digits; the same double either way. No output rounding.

/** The fee rate one side pays: reservation_fee + usdc_fee × usdc_share. */
export function sideFee<T>(A: Arith<T>, usdcShare: T, reservationFee: T, usdcFee: T): T {
  return A.add(reservationFee, A.mul(usdcFee, usdcShare));
}

/** What the renter pays: R × (1 + fee rate). */
export function renterCost<T>(A: Arith<T>, reservationTotal: T, feeRate: T): T {
  return A.mul(reservationTotal, A.add(A.c("1"), feeRate));
}

/** What the supplier nets: R × (1 − fee rate). */
export function supplierPayout<T>(A: Arith<T>, reservationTotal: T, feeRate: T): T {
  return A.mul(reservationTotal, A.sub(A.c("1"), feeRate));
}

/** Fees collected from both sides: R × (renter fee rate + supplier fee rate). */
export function networkRevenue<T>(A: Arith<T>, reservationTotal: T, renterFeeRate: T, supplierFeeRate: T): T {
  return A.mul(reservationTotal, A.add(renterFeeRate, supplierFeeRate));
}

/**
 * IO bought back and burned: revenue × burn_share / price.
 * Rounding: 40-digit decimal; no output rounding.
 */
export function burn(revenueUsd: Dec, ioPriceUsd: Dec, burnShare: Dec): Dec {
  return revenueUsd.mul(burnShare).div(ioPriceUsd);
}
