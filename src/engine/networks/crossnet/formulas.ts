/** Cross-network formulas: validated JS numbers in, the double nearest the exact result out (or a Decimal). */
import { exactArith as X, exactQuotient, run, type Arith } from "../../core/arith";
import * as dd from "../../core/dd";
import { D, type Dec } from "../../core/decimal";

/**
 * Akash provider net: gross − gross × rate (the on-chain take as a fraction: `rate` = rate percent / 100, an
 * exact decimal such as "0.02").
 * Rounding: exact (small decimals, else 40-digit decimal), no truncation: a gross aggregated over many
 * settlements is not one micro-unit amount (the chain truncates each settlement's take, < 1e-6 token each).
 */
export function akashNet<T>(A: Arith<T>, gross: T, rate: T): T {
  return A.sub(gross, A.mul(gross, rate));
}

/** {@link akashNet} on a JS number and a rate fraction given as decimal text. */
export function akashNetOf(gross: number, rate: string): number | Dec {
  return run((A) => akashNet(A, A.num(gross), A.c(rate)));
}

/**
 * Months to recover capex: capex / (net_per_hour × utilization × hours_per_month).
 * Rounding: the double nearest the exact quotient of the inputs' shortest decimals: one division of exact
 * integers when the inputs are short decimals (core/arith.ts exactQuotient), else double-double with a
 * rounding test (core/dd.ts), else 40-digit decimal; the same double every way.
 */
export function paybackMonths(capex: number, netPerHour: number, utilization: number, hoursPerMonth: number): number | Dec {
  // A capex of −0 keeps its sign in decimal.js (−0 / x) but not in the exact backend: it skips the exact quotient.
  if (!Object.is(capex, -0)) {
    const q = exactQuotient(X.num(capex), X.mul(X.mul(X.num(netPerHour), X.num(utilization)), X.num(hoursPerMonth)));
    if (q !== undefined) return q;
  }
  return dd.fastOr(
    () => {
      const x = dd.inputs(capex, netPerHour, utilization, hoursPerMonth);
      return x && dd.div(x[0]!, dd.mul(dd.mul(x[1]!, x[2]!), x[3]!));
    },
    () => new D(capex).div(new D(netPerHour).mul(utilization).mul(hoursPerMonth))
  );
}
