/**
 * Akash argument rules: coercion plus range checks, which throw DepinError. Rule objects are built
 * once at module load (these run on every scalar evaluation).
 */
import { coerce, type NumberRule } from "../../core";
import { D, type Dec } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import { akashParams as P } from "./params";

const num = (p: { value: string }) => Number(p.value);

const FRACTION: NumberRule = { min: 0, max: 1 };
const NON_NEGATIVE: NumberRule = { min: 0 };
const MICRO: NumberRule = { min: 0, integer: true };

/** A fraction in [0,1]; blank takes `def` when given. */
const fractionRules = new Map<number | undefined, NumberRule>();
function fractionRule(def?: number): NumberRule {
  let r = fractionRules.get(def);
  if (r === undefined) {
    r = def === undefined ? FRACTION : { ...FRACTION, default: def };
    fractionRules.set(def, r);
  }
  return r;
}

export const rate = (param: string, v: unknown, def?: number): Dec => coerce.dec(param, v, fractionRule(def));

export const amount = (param: string, v: unknown): Dec => coerce.dec(param, v, NON_NEGATIVE);

/** The same rules as `rate` and `amount`, returning the validated JS number (for core/arith formulas). */
export const rateNum = (param: string, v: unknown, def?: number): number => coerce.num(param, v, fractionRule(def));
export const amountNum = (param: string, v: unknown): number => coerce.num(param, v, NON_NEGATIVE);

export const microAmount = (param: string, v: unknown): Dec => coerce.dec(param, v, MICRO);

// Supply curve --------------------------------------------------------------------------------
const YEARS: NumberRule = { min: 0 };
const INITIAL_SUPPLY: NumberRule = { min: 0, default: num(P.initialSupply) };
const INITIAL_INFLATION: NumberRule = { min: 0, default: num(P.initialInflation) };
const INITIAL_INFLATION_OPT: NumberRule = { min: 0 };
const HALF_LIFE: NumberRule = { gt: 0, default: num(P.halfLifeYears) };

export const years = (v: unknown): Dec => coerce.dec("years", v, YEARS);
export const yearsSinceGenesis = (v: unknown): Dec => coerce.dec("years_since_genesis", v, YEARS);
export const initialSupply = (v: unknown): Dec => coerce.dec("initial_supply", v, INITIAL_SUPPLY);
export const initialInflation = (v: unknown): Dec => coerce.dec("initial_inflation", v, INITIAL_INFLATION);
/** initial_inflation without a default (the compounding model calibrates a blank one). */
export const optInitialInflation = (v: unknown): Dec | undefined => {
  const n = coerce.optNum("initial_inflation", v, INITIAL_INFLATION_OPT);
  return n === undefined ? undefined : new D(n);
};
export const halfLife = (v: unknown): Dec => coerce.dec("half_life_years", v, HALF_LIFE);

// x/mint and the decay calculator ---------------------------------------------------------------
const GOAL_BONDED: NumberRule = { gt: 0, max: 1, default: num(P.goalBonded) };
const RATE_CHANGE: NumberRule = { min: 0, max: 1, default: num(P.inflationRateChange) };
const INFLATION_MIN: NumberRule = { min: 0, max: 1, default: num(P.inflationMin) };
const INFLATION_MAX: NumberRule = { min: 0, max: 1, default: num(P.inflationMax) };
const BLOCKS_PER_YEAR: NumberRule = { min: 1, integer: true, default: num(P.blocksPerYear) };
const INITIAL_INFLATION_PCT: NumberRule = { min: 0, max: 100, default: num(P.initialInflationPct) };
const VARIANCE: NumberRule = { min: 0, max: 1, default: num(P.variance) };
const COMMUNITY_TAX: NumberRule = { min: 0, max: 1, default: num(P.communityTax) };
const COMMISSION: NumberRule = { min: 0, max: 1, default: num(P.commission) };
const BONDED_POSITIVE: NumberRule = { gt: 0, max: 1 };

/** Current inflation: a fraction for x/mint, percent for the decay calculator; at least 0 either way. */
export const inflation = (v: unknown): Dec => coerce.dec("inflation", v, NON_NEGATIVE);
export const bondedRatio = (v: unknown): Dec => coerce.dec("bonded_ratio", v, FRACTION);
/** bonded_ratio as a divisor (staking APR): greater than 0. */
export const bondedRatioPositive = (v: unknown): Dec => coerce.dec("bonded_ratio", v, BONDED_POSITIVE);
export const goalBonded = (v: unknown): Dec => coerce.dec("goal_bonded", v, GOAL_BONDED);
export const rateChange = (v: unknown): Dec => coerce.dec("rate_change", v, RATE_CHANGE);
export const blocksPerYear = (v: unknown): Dec => coerce.dec("blocks_per_year", v, BLOCKS_PER_YEAR);
export const initialInflationPct = (v: unknown): Dec => coerce.dec("initial_inflation", v, INITIAL_INFLATION_PCT);
export const variance = (v: unknown): Dec => coerce.dec("variance", v, VARIANCE);
export const totalSupply = (v: unknown): Dec => coerce.dec("total_supply", v, MICRO);
export const communityTax = (v: unknown): Dec => coerce.dec("community_tax", v, COMMUNITY_TAX);
export const commission = (v: unknown): Dec => coerce.dec("commission", v, COMMISSION);

/** inflation_min and inflation_max, with min ≤ max (the x/mint params validation). */
export function inflationBounds(minV: unknown, maxV: unknown): { min: Dec; max: Dec } {
  const min = coerce.num("inflation_min", minV, INFLATION_MIN);
  const max = coerce.num("inflation_max", maxV, INFLATION_MAX);
  if (min > max) throw new DepinError("OUT_OF_RANGE", "inflation_min", min, msg.atMost("inflation_min", `inflation_max (${max})`, min));
  return { min: new D(min), max: new D(max) };
}

// Incentive pool ------------------------------------------------------------------------------
const MAX_SHARES = 10000;
const SHARE_RULE = { min: 0, max: 1, maxLength: MAX_SHARES };

/** Shares: a row or column of fractions ≥ 0 (blank cells 0) summing to at most 1. */
export function shares(v: unknown): Dec[] {
  if (coerce.isBlank(v)) throw new DepinError("INVALID_ARG", "shares", v, msg.required("shares"));
  const xs = coerce.vector("shares", v, SHARE_RULE).map((x) => new D(x));
  let total = new D(0);
  for (const x of xs) total = total.plus(x);
  if (total.gt(1)) throw new DepinError("OUT_OF_RANGE", "shares", total.toNumber(), msg.sumAtMost("shares", 1, total.toNumber()));
  return xs;
}

/** Labels: blank gives "share 1", "share 2", …; otherwise one text per share (blank cells get the default label). */
export function labels(v: unknown, n: number): string[] {
  if (coerce.isBlank(v)) return defaultLabels(n);
  const g = coerce.grid(v);
  const cells = g.length <= 1 ? (g[0] ?? []) : g.every((r) => r.length === 1) ? g.map((r) => r[0]) : null;
  if (cells === null) throw new DepinError("INVALID_ARG", "labels", v, msg.vector("labels", v));
  if (cells.length !== n) throw new DepinError("INVALID_ARG", "labels", v, msg.sameLength("labels", "share", n, v));
  return cells.map((c, i) => coerce.text("labels", c, defaultLabel(i)));
}

export const defaultLabel = (i: number): string => `share ${i + 1}`;
const defaultLabels = (n: number): string[] => Array.from({ length: n }, (_x, i) => defaultLabel(i));
