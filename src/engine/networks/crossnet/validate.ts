/**
 * Cross-network argument rules: coercion plus range checks, which throw DepinError. Rule objects are
 * built once at module load.
 */
import { coerce } from "../../core";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import { crossnetParams as P } from "./params";

export const NETWORKS = ["io", "clore", "akash"] as const;
export type Network = (typeof NETWORKS)[number];

export const IO_CURRENCIES = ["USDC", "IO"] as const;
export type IoCurrency = (typeof IO_CURRENCIES)[number];
export const ioCurrency = (v: unknown): IoCurrency => coerce.choice<IoCurrency>("currency", v, IO_CURRENCIES, P.ioCurrency.value as IoCurrency);

export const AKASH_CURRENCIES = ["AKT", "USDC"] as const;
/**
 * Akash payment currency: "AKT" (or the chain denom "uakt") pays the 2 % take; "USDC" (or any IBC
 * denom "ibc/…") the 20 % take. Returns true for AKT. Anything else is an error naming the accepted values.
 */
export function akashIsAkt(v: unknown): boolean {
  const x = coerce.single("currency", v);
  if (coerce.isBlank(x) || (typeof x === "string" && x.trim() === "")) return P.akashCurrency.value === "AKT";
  if (typeof x === "string") {
    const t = x.trim().toLowerCase();
    if (t === "akt" || t === "uakt") return true;
    if (t === "usdc" || t.startsWith("ibc/")) return false;
  }
  throw new DepinError("UNKNOWN_REGIME", "currency", x, msg.oneOf("currency", [...AKASH_CURRENCIES, "uakt", "ibc/…"], x));
}

/** DEPIN_EXPLAIN's function name: "IO_AVAIL_REWARD", "DEPIN.IO_AVAIL_REWARD", "=DEPIN.io_avail_reward(B2)", any case. */
export function functionName(v: unknown): { raw: unknown; id: string } {
  const raw = coerce.single("function_name", v);
  let s = coerce.text("function_name", raw).trim();
  if (s.startsWith("=")) s = s.slice(1).trim();
  const paren = s.indexOf("(");
  if (paren >= 0) s = s.slice(0, paren).trim();
  s = s.toUpperCase();
  if (s.startsWith("DEPIN.")) s = s.slice(6);
  return { raw, id: s };
}
