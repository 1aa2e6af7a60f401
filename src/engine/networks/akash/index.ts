/**
 * Akash (AKT): the folder's public surface. Functions take raw cell values, validate them and return
 * Decimal results. Nothing else in this folder is imported from outside.
 */
import { coerce, type Dec } from "../../core";
import { D } from "../../core/decimal";
import { run } from "../../core/arith";
import * as f from "./formulas";
import { akashParams as P } from "./params";
import * as v from "./validate";

export { akashParams } from "./params";

const RATE_UAKT = new D(P.takeRateUakt.value);
const RATE_DEFAULT = new D(P.takeRateDefault.value);
const DISCOUNT = Number(P.discount.value);
const MAKE_RATE = Number(P.makeRate.value);
const RATE_PCT_RULE = { min: 0, max: 100 };
const MODELS = ["linear", "compounding"] as const;
export type SupplyModel = (typeof MODELS)[number];

// AKT 2.0 fees -------------------------------------------------------------------------------

// Validated as numbers, then computed by one formula on the exact small-decimal backend, or on decimal.js
// when a value does not fit (core/arith.ts): the same double either way.

export function takeFee(amount: unknown, takeRate: unknown, discount: unknown): Dec | number {
  const a = v.amountNum("amount", amount);
  const r = v.rateNum("take_rate", takeRate);
  const d = v.rateNum("discount", discount, DISCOUNT);
  return run((A) => f.takeFee(A, A.num(a), A.num(r), A.num(d)));
}

export function makeFee(amount: unknown, makeRate: unknown, discount: unknown): Dec | number {
  const a = v.amountNum("amount", amount);
  const r = v.rateNum("make_rate", makeRate);
  const d = v.rateNum("discount", discount, DISCOUNT);
  return run((A) => f.makeFee(A, A.num(a), A.num(r), A.num(d)));
}

export function networkFee(amount: unknown, takeRate: unknown, makeRate: unknown, discount: unknown): Dec | number {
  const a = v.amountNum("amount", amount);
  const t = v.rateNum("take_rate", takeRate);
  const m = v.rateNum("make_rate", makeRate);
  const d = v.rateNum("discount", discount, DISCOUNT);
  return run((A) => f.networkFee(A, A.num(a), A.num(t), A.num(m), A.num(d)));
}

export function providerFee(amount: unknown, takeRate: unknown, discount: unknown, makeRate: unknown, providerPaysMake: unknown): Dec | number {
  const a = v.amountNum("amount", amount);
  const t = v.rateNum("take_rate", takeRate);
  const d = v.rateNum("discount", discount, DISCOUNT);
  const m = v.rateNum("make_rate", makeRate, MAKE_RATE);
  const pays = coerce.bool("provider_pays_make", providerPaysMake, false);
  return run((A) => f.providerFee(A, A.num(a), A.num(t), A.num(d), A.num(m), pays));
}

// On-chain take ------------------------------------------------------------------------------

/** The take rate in percent: `rate_pct` when given, else 2 for uakt (any case) and 20 for any other denom. */
function takeRatePct(denom: unknown, ratePct: unknown): Dec {
  const rate = coerce.optNum("rate_pct", ratePct, RATE_PCT_RULE);
  if (rate !== undefined) return new D(rate);
  const d = coerce.text("denom", denom, P.takeDenom.value);
  return d.trim().toLowerCase() === P.takeDenom.value ? RATE_UAKT : RATE_DEFAULT;
}

export function onchainTakeUakt(amountMicro: unknown, denom: unknown, ratePct: unknown): Dec {
  const amount = v.microAmount("amount_micro", amountMicro);
  return f.onchainTakeUakt(amount, takeRatePct(denom, ratePct));
}

export function onchainEarningsUakt(amountMicro: unknown, denom: unknown, ratePct: unknown): Dec {
  const amount = v.microAmount("amount_micro", amountMicro);
  return f.onchainEarningsUakt(amount, takeRatePct(denom, ratePct));
}

// Supply curve -------------------------------------------------------------------------------

export function maxSupply(initialSupply: unknown, initialInflation: unknown, halfLifeYears: unknown): Dec {
  return f.maxSupply(v.initialSupply(initialSupply), v.initialInflation(initialInflation), v.halfLife(halfLifeYears));
}

export function supply(years: unknown, initialSupply: unknown, initialInflation: unknown, halfLifeYears: unknown, model: unknown): Dec {
  const t = v.years(years);
  const m0 = v.initialSupply(initialSupply);
  const lambda = v.halfLife(halfLifeYears);
  const m = coerce.choice<SupplyModel>("model", model, MODELS, "linear");
  const given = v.optInitialInflation(initialInflation);
  const i0 = given ?? (m === "linear" ? new D(P.initialInflation.value) : f.calibratedInitialInflation(lambda));
  return f.supply(t, m0, i0, lambda, m);
}

export function emissionRate(years: unknown, initialSupply: unknown, initialInflation: unknown, halfLifeYears: unknown): Dec {
  return f.emissionRate(v.years(years), v.initialSupply(initialSupply), v.initialInflation(initialInflation), v.halfLife(halfLifeYears));
}

// x/mint and the decay calculator ---------------------------------------------------------------

export function mintInflation(
  inflation: unknown,
  bondedRatio: unknown,
  goalBonded: unknown,
  rateChange: unknown,
  inflationMin: unknown,
  inflationMax: unknown,
  blocksPerYear: unknown
): Dec {
  const i = f.sdkDec(v.inflation(inflation));
  const b = f.sdkDec(v.bondedRatio(bondedRatio));
  const g = f.sdkDec(v.goalBonded(goalBonded));
  const rc = f.sdkDec(v.rateChange(rateChange));
  const { min, max } = v.inflationBounds(inflationMin, inflationMax);
  return f.mintInflation(i, b, g, rc, f.sdkDec(min), f.sdkDec(max), v.blocksPerYear(blocksPerYear));
}

export function blockProvision(inflation: unknown, totalSupply: unknown, blocksPerYear: unknown): Dec {
  return f.blockProvision(f.sdkDec(v.inflation(inflation)), v.totalSupply(totalSupply), v.blocksPerYear(blocksPerYear));
}

export function decayInflation(
  yearsSinceGenesis: unknown,
  inflation: unknown,
  bondedRatio: unknown,
  initialInflation: unknown,
  halfLifeYears: unknown,
  variance: unknown,
  goalBonded: unknown,
  rateChange: unknown,
  blocksPerYear: unknown
): Dec {
  return f.decayInflation(
    v.yearsSinceGenesis(yearsSinceGenesis),
    f.sdkDec(v.inflation(inflation)),
    f.sdkDec(v.bondedRatio(bondedRatio)),
    f.sdkDec(v.initialInflationPct(initialInflation)),
    v.halfLife(halfLifeYears),
    f.sdkDec(v.variance(variance)),
    f.sdkDec(v.goalBonded(goalBonded)),
    f.sdkDec(v.rateChange(rateChange)),
    v.blocksPerYear(blocksPerYear)
  );
}

// Staking and the pool -----------------------------------------------------------------------

export function stakingApr(inflation: unknown, bondedRatio: unknown, communityTax: unknown, commission: unknown): Dec {
  return f.stakingApr(v.inflation(inflation), v.bondedRatioPositive(bondedRatio), v.communityTax(communityTax), v.commission(commission));
}

/** Rows (label, amount) per share, then ("unallocated", remainder). */
export function poolSplit(poolAmount: unknown, shares: unknown, labels: unknown): (string | Dec)[][] {
  const pool = v.amount("pool_amount", poolAmount);
  const s = v.shares(shares);
  const names = v.labels(labels, s.length);
  const { amounts, unallocated } = f.poolSplit(pool, s);
  const rows: (string | Dec)[][] = amounts.map((a, i) => [names[i]!, a]);
  rows.push([UNALLOCATED, unallocated]);
  return rows;
}

/** Label of the pool's last row: what no share claims (burned, per the proposal). */
export const UNALLOCATED = "unallocated";

export { docs } from "./docs";
