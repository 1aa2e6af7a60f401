/**
 * Clore.ai (CLORE): the folder's public surface. The catalog functions are declared in ./functions.ts (called
 * through the generic runner); this module adds what other networks' functions reuse.
 */
import type { Dec } from "../../core";
import { hostPayoutOf } from "./formulas";
import { currency } from "./validate";

export { cloreParams } from "./params";

/**
 * Host payout of an already validated price, on demand, current regime, no PoH or MFP reduction:
 * what DEPIN_PROVIDER_NET uses. `currency` is a raw cell value (CLORE, BTC, USDT, USDC; blank = CLORE).
 */
export function hostPayoutOnDemand(price: number, rawCurrency: unknown): Dec | number {
  return hostPayoutOf(price, "on_demand", currency(rawCurrency, "current"), 0, 0, "current");
}
