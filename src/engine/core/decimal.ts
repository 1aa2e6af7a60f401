/**
 * The engine's own decimal constructor. Nobody calls `Decimal.set` on the global constructor.
 *
 * precision 40 significant digits: enough for supply math up to 1e30 with 1e-9 resolution and for
 * geometric series such as io.net's 175,319-epoch schedule. ROUND_HALF_EVEN for every internal
 * rounding; functions that mimic a chain's integer unit truncate explicitly (see each `Rounding:` line).
 */
import Decimal from "decimal.js";

export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});

/** Instance type of {@link D}. */
export type Dec = Decimal;

export const ZERO = new D(0);
export const ONE = new D(1);

/** Converts a Decimal to the IEEE double handed to Excel (the only place precision is lost). */
export function toNumber(x: Decimal | number): number {
  return typeof x === "number" ? x : x.toNumber();
}
