/**
 * Akash (AKT): the folder's public surface. Functions take raw cell values, validate them and return
 * Decimal results. Nothing else in this folder is imported from outside.
 */
import { coerce, type Dec, type FunctionDoc } from "../../core";
import { D } from "../../core/decimal";
import * as f from "./formulas";
import { akashParams as P } from "./params";
import * as v from "./validate";

export { akashParams } from "./params";

export function takeFee(amount: unknown, takeRate: unknown, discount: unknown): Dec {
  return f.takeFee(v.amount("amount", amount), v.rate("take_rate", takeRate), v.rate("discount", discount, 0));
}

export function onchainTakeUakt(amountMicro: unknown, denom: unknown, ratePct: unknown): Dec {
  const amount = v.microAmount("amount_micro", amountMicro);
  const d = coerce.text("denom", denom, "uakt");
  const rate = coerce.optNum("rate_pct", ratePct, { min: 0, max: 100 });
  const r = rate !== undefined ? new D(rate) : new D(d.trim().toLowerCase() === "uakt" ? P.takeRateUakt.value : P.takeRateDefault.value);
  return f.onchainTakeUakt(amount, r);
}

export const docs: Record<string, FunctionDoc> = {
  AKT_TAKE_FEE: {
    formula: "F_t = amount × R_t × (1 − R_d)",
    params: { discount: P.discount },
    source: P.akt20Source.source,
    asOf: "2023-03-01",
    assumptions: ["AKT 2.0 proposal formula; on chain the take is a flat rate (see AKT_ONCHAIN_TAKE_UAKT)."],
    rounding: "40-digit decimal, no output rounding.",
    example: { formula: "=DEPIN.AKT_TAKE_FEE(1000,0.2,0.9)", result: "20" },
  },
  AKT_ONCHAIN_TAKE_UAKT: {
    formula: "take = ⌊amount × rate / 100⌋, rate 2 for uakt, 20 for any other denom",
    params: { rateUakt: P.takeRateUakt, rateDefault: P.takeRateDefault, keeper: P.takeKeeper },
    source: P.takeKeeper.source,
    asOf: "2024-01-01",
    assumptions: ["Since v0.24 the take goes to the community pool."],
    rounding: "Integer micro-units, truncated toward zero as sdk.Dec.TruncateInt does.",
    example: { formula: "=DEPIN.AKT_ONCHAIN_TAKE_UAKT(1000000)", result: "20000" },
  },
};
