/**
 * Clore.ai argument rules: coercion plus range checks, which throw DepinError. Rule objects are built
 * once at module load (these run on every scalar evaluation).
 */
import { coerce, type NumberRule } from "../../core";
import { D, type Dec } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import { cloreParams as P } from "./params";

const num = (p: { value: string }) => Number(p.value);

const HEIGHT: NumberRule = { min: 0, integer: true };
const AMOUNT: NumberRule = { min: 0 };
const HOLDING: NumberRule = { min: 0, default: num(P.pohHolding) };
const MFP: NumberRule = { min: 0, max: 1, default: num(P.mfpReduction) };
const POSITIVE: NumberRule = { gt: 0 };
const POOL: NumberRule = { min: 0, default: num(P.pohDailyPool) };
const BLOCKS_PER_DAY: NumberRule = { min: 0, default: num(P.blocksPerDay) };
const BASKET_SHARE: NumberRule = { min: 0, max: 1, default: num(P.basketShare) };

/** A block height: a whole number ≥ 0. */
export const height = (v: unknown): number => coerce.num("height", v, HEIGHT);

/** A non-negative amount (price, reward, stake) as a Decimal. */
export const amount = (param: string, v: unknown): Dec => coerce.dec(param, v, AMOUNT);

/** A PoH holding in CLORE, ≥ 0; blank is 0. */
export const holding = (param: string, v: unknown): Dec => coerce.dec(param, v, HOLDING);

/** A required PoH holding (CLORE_POH_DISCOUNT), ≥ 0. */
export const requiredHolding = (v: unknown): Dec => coerce.dec("holding", v, AMOUNT);

export const mfpReduction = (v: unknown): Dec => coerce.dec("mfp_reduction", v, MFP);

/** The same rules as `amount`, `holding` and `mfpReduction`, returning the validated JS number (core/arith formulas). */
export const amountNum = (param: string, v: unknown): number => coerce.num(param, v, AMOUNT);
export const holdingNum = (param: string, v: unknown): number => coerce.num(param, v, HOLDING);
export const mfpReductionNum = (v: unknown): number => coerce.num("mfp_reduction", v, MFP);

export const SCHEMES = ["chain", "docs"] as const;
export type Scheme = (typeof SCHEMES)[number];
export const scheme = (v: unknown): Scheme => coerce.choice<Scheme>("scheme", v, SCHEMES, "chain");

export const ORDER_TYPES = ["on_demand", "spot"] as const;
export type OrderType = (typeof ORDER_TYPES)[number];
export const orderType = (v: unknown): OrderType => coerce.choice<OrderType>("order_type", v, ORDER_TYPES, "on_demand");

export const REGIMES = ["current", "legacy"] as const;
export type Regime = (typeof REGIMES)[number];
export const regime = (v: unknown): Regime => coerce.choice<Regime>("regime", v, REGIMES, "current");

export const CURRENT_CURRENCIES = ["CLORE", "BTC", "USDT", "USDC"] as const;
export const LEGACY_CURRENCIES = ["CLORE", "BTC", "USDT", "USDC", "USD"] as const;
export type Currency = (typeof LEGACY_CURRENCIES)[number];

/**
 * The payment currency, case-insensitive. "USD" (fiat, the note's 19.5 % fee) exists only in the legacy
 * regime; with regime "current" it is an error that names the valid values.
 */
export function currency(v: unknown, r: Regime): Currency {
  if (r === "legacy") return coerce.choice<Currency>("currency", v, LEGACY_CURRENCIES, "CLORE");
  const x = coerce.single("currency", v);
  if (typeof x === "string" && x.trim().toUpperCase() === "USD") {
    throw new DepinError("UNKNOWN_REGIME", "currency", x, msg.onlyInRegime("currency", "USD", "legacy", "current", CURRENT_CURRENCIES, x));
  }
  return coerce.choice<Currency>("currency", x, CURRENT_CURRENCIES, "CLORE");
}

/** PoH staking: user ≥ 0, total > 0 and user ≤ total. */
export function stakes(user: unknown, total: unknown): { user: Dec; total: Dec } {
  const u = coerce.num("user_staked", user, AMOUNT);
  const t = coerce.num("total_staked", total, POSITIVE);
  if (u > t) throw new DepinError("OUT_OF_RANGE", "user_staked", user, msg.atMost("user_staked", `total_staked (${t})`, user));
  return { user: new D(u), total: new D(t) };
}

export const dailyPool = (v: unknown): Dec => coerce.dec("daily_pool", v, POOL);
export const blocksPerDay = (v: unknown): Dec => coerce.dec("blocks_per_day", v, BLOCKS_PER_DAY);
export const basketShare = (v: unknown): Dec => coerce.dec("basket_share", v, BASKET_SHARE);
