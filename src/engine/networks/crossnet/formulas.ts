/** Cross-network formulas: typed Decimal inputs in, Decimal out . */
import { D, type Dec } from "../../core/decimal";

const HUNDRED = new D(100);

/**
 * Akash provider net: gross − gross × rate / 100 (the on-chain take at `ratePct` percent).
 * Rounding: 40-digit decimal, no truncation: a gross aggregated over many settlements is not one
 * micro-unit amount (the chain truncates each settlement's take, < 1e-6 token each).
 */
export function akashNet(gross: Dec, ratePct: Dec): Dec {
  return gross.minus(gross.mul(ratePct).div(HUNDRED));
}

/**
 * Months to recover capex: capex / (net_per_hour × utilization × hours_per_month).
 * Rounding: 40-digit decimal, no output rounding.
 */
export function paybackMonths(capex: Dec, netPerHour: Dec, utilization: Dec, hoursPerMonth: Dec): Dec {
  return capex.div(netPerHour.mul(utilization).mul(hoursPerMonth));
}
