/** Cross-network formulas: typed Decimal inputs in, Decimal out . */
import * as dd from "../../core/dd";
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
 * Rounding: the double nearest the exact quotient of the inputs' shortest decimals: double-double with a
 * rounding test (core/dd.ts), else 40-digit decimal; the same double either way.
 */
export function paybackMonths(capex: number, netPerHour: number, utilization: number, hoursPerMonth: number): number | Dec {
  return dd.fastOr(
    () => {
      const x = dd.inputsAny(capex, netPerHour, utilization, hoursPerMonth);
      return x && dd.div(x[0]!, dd.mul(dd.mul(x[1]!, x[2]!), x[3]!));
    },
    () => new D(capex).div(new D(netPerHour).mul(utilization).mul(hoursPerMonth))
  );
}
