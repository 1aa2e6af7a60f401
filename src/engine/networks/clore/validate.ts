/**
 * Clore.ai enumerations and the one argument rule the generic runner cannot express: the payment currency,
 * whose valid values depend on the regime. Everything else is declared in ./functions.ts.
 */
import { coerce } from "../../core";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";

export const SCHEMES = ["chain", "docs"] as const;
export type Scheme = (typeof SCHEMES)[number];

export const ORDER_TYPES = ["on_demand", "spot"] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

export const REGIMES = ["current", "legacy"] as const;
export type Regime = (typeof REGIMES)[number];

export const CURRENT_CURRENCIES = ["CLORE", "BTC", "USDT", "USDC"] as const;
export const LEGACY_CURRENCIES = ["CLORE", "BTC", "USDT", "USDC", "USD"] as const;
export type Currency = (typeof LEGACY_CURRENCIES)[number];

/**
 * The payment currency, case-insensitive; blank is "CLORE". "USD" (fiat, the note's 19.5 % fee) exists only in
 * the legacy regime; with regime "current" it is an error that names the valid values.
 */
export function currency(v: unknown, r: Regime): Currency {
  if (r === "legacy") return coerce.choice<Currency>("currency", v, LEGACY_CURRENCIES, "CLORE");
  const x = coerce.single("currency", v);
  if (typeof x === "string" && x.trim().toUpperCase() === "USD") {
    throw new DepinError("UNKNOWN_REGIME", "currency", x, msg.onlyInRegime("currency", "USD", "legacy", "current", CURRENT_CURRENCIES, x));
  }
  return coerce.choice<Currency>("currency", x, CURRENT_CURRENCIES, "CLORE");
}
