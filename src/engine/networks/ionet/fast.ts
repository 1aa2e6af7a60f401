/**
 * Fast cores of the io.net emission, reward, stake and burn functions: JS numbers in (each stands for its
 * shortest decimal, the value `new Decimal(x)` reads), the same double out as the decimal cores of
 * formulas.ts / launch.ts, which stay as the reference and the fallback (issue 14, SPEC §7).
 *
 * - Emission (integer epochs, hours, months): the decimal power tables of formulas.ts as double-doubles
 *   ({@link ddOf}: hi + lo within 2^−104 of the 40-digit entry, plus the entry's own distance from the exact
 *   power), one double-double product or difference per call, the rounding test of core/dd.ts.
 * - Rewards, penalty and burn (real ×, ÷): double-double with the rounding test (`dd.fastOr`).
 * - Stakes (×, + only) and vesting (a × k / n with integers): exact small decimals (core/arith.ts) or one
 *   correctly rounded division of integers.
 * Whenever a test cannot decide, the decimal core runs: the result never differs.
 *
 * test/engine/ionet/fast.test.ts compares each function with the decimal core bit for bit (fast-check) and
 * counts the fallbacks.
 */
import { run } from "../../core/arith";
import * as dd from "../../core/dd";
import { D, type Dec } from "../../core/decimal";
import { above, BLOCK, cumulative, ddOf, GENESIS, LAST, POOL, tables } from "./emission-dd";
import * as f from "./formulas";
import * as launch from "./launch";
import { ionetParams as P } from "./params";
import type { UPTIME_MODES } from "./validate";

type DD = dd.DD;

/** IO_EMITTED. Rounding: the double nearest the exact closed form (decimal fallback). */
export function emitted(hours: number): number | Dec {
  if (hours <= 0) return 0;
  if (hours >= LAST) return POOL;
  return dd.fastOr(() => cumulative(hours), () => f.emitted(hours));
}

let lastEpochEmission: number | undefined;

/** IO_EPOCH_EMISSION. Rounding: as {@link emitted}; the last epoch's value is the decimal core's, computed once. */
export function epochEmission(epoch: number): number | Dec {
  if (epoch < 1 || epoch > LAST) return 0;
  if (epoch === LAST) return (lastEpochEmission ??= f.epochEmission(LAST).toNumber());
  const n = epoch - 1;
  return dd.fastOr(
    () => {
      const t = tables();
      return dd.mul(t.lowEpoch[n % BLOCK]!, t.high[Math.floor(n / BLOCK)]!);
    },
    () => f.epochEmission(epoch)
  );
}

/** IO_INFLATION_RATE: 0.08 (1 − d)^(T−1). Rounding: as {@link emitted}. */
export function inflationRate(epoch: number): number | Dec {
  if (epoch < 1 || epoch > LAST) return 0;
  const n = epoch - 1;
  return dd.fastOr(
    () => {
      const t = tables();
      return dd.mul(t.lowRate[n % BLOCK]!, t.high[Math.floor(n / BLOCK)]!);
    },
    () => f.inflationRate(epoch)
  );
}

/**
 * IO_SUPPLY: 500M + E(hours) − burned, with launch.supply's check that burned does not exceed the supply before
 * burning (decided exactly, else the decimal core runs and reports it with the same message).
 */
export function supply(hours: number, burned: number): number | Dec {
  return dd.fastOr(
    () => {
      const e = cumulative(hours >= LAST ? LAST : hours);
      if (e === undefined) return undefined;
      const before = dd.add(GENESIS, e);
      if (burned === 0) return before;
      const b = dd.fromAnyNumber(burned);
      if (b === undefined) return undefined;
      const after = dd.sub(before, b);
      // burned < before for certain; otherwise (equal, above or undecided) the decimal core decides.
      return above(after, 0) ? after : undefined;
    },
    () => launch.supply(hours, new D(burned))
  );
}

/** Double-doubles of a geometric schedule's cumulatives, converted on first use (the decimals are taken as exact). */
const geometricDD = new WeakMap<f.Geometric, (DD | undefined)[]>();
/** The last factor's Decimal (the monthly schedule is cached by its factor's text in formulas.ts). */
let lastFactor: number | undefined;
let lastFactorDec: Dec | undefined;

function cumulativeOf(g: f.Geometric, m: number): DD {
  let a = geometricDD.get(g);
  if (a === undefined) geometricDD.set(g, (a = []));
  return (a[m] ??= ddOf(g.cum[m]!, 0));
}

/** IO_MONTH_EMISSION: the difference of two cumulatives. Rounding: as {@link emitted}. */
export function monthEmission(schedule: f.Schedule, month: number, hoursPerMonth: number, factor: number): number | Dec {
  if (month <= 0) return 0;
  if (schedule === "hourly") {
    const clamp = (n: number) => (n >= LAST ? LAST : n);
    const a = clamp(month * hoursPerMonth);
    const b = clamp((month - 1) * hoursPerMonth);
    if (a === b) return 0;
    return dd.fastOr(
      () => {
        const x = cumulative(a);
        const y = cumulative(b);
        return x && y && dd.sub(x, y);
      },
      () => f.monthEmission(schedule, month, hoursPerMonth, new D(factor))
    );
  }
  if (factor !== lastFactor) {
    lastFactor = factor;
    lastFactorDec = new D(factor);
  }
  const fd = lastFactorDec!;
  const g = f.geometricOf(schedule, fd);
  const i = Math.min(month, g.last);
  const j = Math.min(month - 1, g.last);
  if (i === j) return 0;
  return dd.fastOr(
    () => dd.sub(cumulativeOf(g, i), cumulativeOf(g, j)),
    () => f.monthEmission(schedule, month, hoursPerMonth, fd)
  );
}

// Rewards, penalty, burn ---------------------------------------------------------------------------------

/** capex × uptime × (share / payback) as a double-double, or undefined when an input is not a short decimal. */
function reward(capex: number, uptime: number, share: number, payback: number): DD | undefined {
  const x = dd.inputs(capex, uptime, share, payback);
  return x && dd.div(dd.mul(dd.mul(x[0]!, x[1]!), x[2]!), x[3]!);
}

/** IO_AVAIL_REWARD. Rounding: the double nearest the exact result (decimal fallback). */
export function availReward(capex: number, uptime: number, share: number, payback: number, mode: (typeof UPTIME_MODES)[number]): number | Dec {
  if (mode === "all_or_nothing" && uptime < 1) return 0;
  if (dd.isPlusZero(capex) || dd.isPlusZero(uptime) || dd.isPlusZero(share)) return 0;
  return dd.fastOr(
    () => reward(capex, uptime, share, payback),
    () => launch.availReward(new D(capex), new D(uptime), new D(share), new D(payback), mode)
  );
}

/** capex × x × (share / payback) / price, x the uptime or the hours offline (+0 when a factor is +0). */
function rewardIn(capex: number, x: number, price: number, share: number, payback: number, slow: () => Dec): number | Dec {
  if (dd.isPlusZero(capex) || dd.isPlusZero(x) || dd.isPlusZero(share)) return 0;
  return dd.fastOr(() => {
    const r = reward(capex, x, share, payback);
    const p = dd.fromAnyNumber(price);
    return r && p && dd.div(r, p);
  }, slow);
}

/** IO_AVAIL_REWARD_IO. Rounding: as {@link availReward}. */
export function availRewardIo(capex: number, uptime: number, price: number, share: number, payback: number): number | Dec {
  return rewardIn(capex, uptime, price, share, payback, () => launch.availRewardIo(new D(capex), new D(uptime), new D(price), new D(share), new D(payback)));
}

/** IO_STAKER_REWARD. Rounding: as {@link availReward}. */
export function stakerReward(capex: number, uptime: number, share: number, payback: number): number | Dec {
  if (dd.isPlusZero(capex) || dd.isPlusZero(uptime) || dd.isPlusZero(share)) return 0;
  return dd.fastOr(
    () => reward(capex, uptime, share, payback),
    () => launch.stakerReward(new D(capex), new D(uptime), new D(share), new D(payback))
  );
}

/** IO_OFFLINE_PENALTY: hours × capex × (share / payback) / price. Rounding: as {@link availReward}. */
export function offlinePenalty(capex: number, price: number, hours: number, share: number, payback: number): number | Dec {
  return rewardIn(capex, hours, price, share, payback, () => launch.offlinePenalty(new D(capex), new D(price), new D(hours), new D(share), new D(payback)));
}

/** IO_BURN: revenue × share / price. Rounding: as {@link availReward}. */
export function burn(revenue: number, price: number, share: number): number | Dec {
  if (dd.isPlusZero(revenue) || dd.isPlusZero(share)) return 0;
  return dd.fastOr(
    () => {
      const x = dd.inputs(revenue, price, share);
      return x && dd.div(dd.mul(x[0]!, x[2]!), x[1]!);
    },
    () => f.burn(new D(revenue), new D(price), new D(share))
  );
}

// Stakes (exact small decimals, core/arith.ts) -----------------------------------------------------------

const MAX_STAKE_BASE = P.maxStakeBase.value;
const MAX_STAKE_WEIGHT = P.maxStakeModifierWeight.value;
const PER_GPU = P.minStakePerGpu.value;
const PER_NODE_NOTE = Number(P.minStakePerNodeNote.value);

/** IO_MAX_STAKE: stake × (2 + 3 Σ modifiers), the same operations as formulas.ts maxStake / launch.maxStake. */
export function maxStake(stake: number, modifiers: number[][] | undefined): number | Dec {
  return run((A) => {
    let total = A.c("0");
    if (modifiers !== undefined) for (const r of modifiers) for (const x of r) if (x !== 0) total = A.add(total, A.num(x));
    return A.mul(A.num(stake), A.add(A.c(MAX_STAKE_BASE), A.mul(A.c(MAX_STAKE_WEIGHT), total)));
  });
}

/** IO_MIN_STAKE: "docs" 200 × max(1, multiplier) × gpus (formulas.ts minStake); "note" 100. */
export function minStake(gpus: number, multiplier: number, rule: "docs" | "note"): number | Dec {
  if (rule === "note") return PER_NODE_NOTE;
  // Doubles order like their shortest decimals, so max(1, m) picks the same value as D.max.
  const m = multiplier > 1 ? multiplier : 1;
  return run((A) => A.mul(A.mul(A.c(PER_GPU), A.num(m)), A.num(gpus)));
}

// Allocation and vesting ----------------------------------------------------------------------------------

const allocationNumbers = new Map<string, number>();
/** Cliff and vesting months of the investors and of the core contributors (formulas.ts unlocked). */
const INVESTOR = [Number(P.investorCliffMonths.value), Number(P.investorVestingMonths.value)] as const;
const CORE = [Number(P.coreCliffMonths.value), Number(P.coreVestingMonths.value)] as const;

/** IO_ALLOCATION: the decimal table's values as doubles (exact products of short decimals). */
export function allocation(category: f.Category, basis: f.Basis): number {
  const key = `${category}|${basis}`;
  let v = allocationNumbers.get(key);
  if (v === undefined) allocationNumbers.set(key, (v = f.allocation(category, basis).toNumber()));
  return v;
}

/**
 * IO_UNLOCKED: the decimal core's A × k / n as one IEEE division of the integers A·k and n when A is a whole
 * number and A·k < 2^53. A quotient of integers with a denominator ≤ 36 below 2^48 is never halfway between two
 * doubles, so the decimal core's 40-digit quotient rounds to the same double; otherwise the decimal core runs.
 */
export function unlocked(category: f.Category, month: number, basis: f.Basis, rndVesting: f.RndVesting): number | Dec {
  const a = allocation(category, basis);
  if (category === "community" || (category === "rnd" && rndVesting === "unlocked")) return a;
  const [cliff, n] = category === "seed" || category === "series_a" ? INVESTOR : CORE;
  const k = Math.min(Math.max(Math.floor(month) - cliff, 0), n);
  if (k === 0) return 0;
  if (k === n) return a;
  const p = a * k;
  return Number.isInteger(a) && p < 2 ** 48 ? p / n : launch.unlocked(category, month, basis, rndVesting);
}
