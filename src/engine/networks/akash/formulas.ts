/** Akash formulas: typed Decimal inputs in, Decimal out (REFERENCE.md §C). */
import { D, type Dec } from "../../core/decimal";

const ONE = new D(1);
const HUNDRED = new D(100);

/**
 * F_t = amount × R_t × (1 − R_d) (AKT 2.0).
 * Rounding: 40-digit decimal, no output rounding.
 */
export function takeFee(amount: Dec, takeRate: Dec, discount: Dec): Dec {
  return amount.mul(takeRate).mul(ONE.minus(discount));
}

/**
 * On-chain take in micro units: ⌊amount × rate / 100⌋ (x/take keeper).
 * Rounding: exact integer arithmetic, truncated toward zero like sdk.Dec.TruncateInt.
 */
export function onchainTakeUakt(amountMicro: Dec, ratePct: Dec): Dec {
  return amountMicro.mul(ratePct).div(HUNDRED).trunc();
}
