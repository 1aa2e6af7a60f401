/* eslint-disable @typescript-eslint/naming-convention -- parameter names are Excel's argument names */
/**
 * Akash (AKT) custom functions: thin adapters over src/engine/networks/akash.
 * The JSDoc here is the only source of the functions' Excel metadata.
 */
import * as akash from "../engine/networks/akash";
import { cellNumber } from "./boundary";

/**
 * AKT 2.0 take fee charged on a lease payment, in the payment's token: amount × take_rate × (1 − discount).
 * @customfunction AKT_TAKE_FEE
 * @param amount Lease payment F0 in tokens, at least 0.
 * @param take_rate Take rate R_t as a fraction, 0 to 1.
 * @param [discount] Discount rate R_d as a fraction, 0 to 1. Default 0.
 * @returns Take fee F_t, in the payment's token.
 * @helpurl https://localhost:3000/help/functions.html#AKT_TAKE_FEE
 */
export function aktTakeFee(amount: number, take_rate: number, discount?: number): number {
  return cellNumber("AKT_TAKE_FEE", () => akash.takeFee(amount, take_rate, discount));
}

/**
 * On-chain take of a lease payment in micro units, as Akash's x/take module computes it: ⌊amount × rate / 100⌋.
 * @customfunction AKT_ONCHAIN_TAKE_UAKT
 * @param amount_micro Payment in micro units (uakt or micro-denom), a whole number at least 0.
 * @param [denom] Payment denomination, e.g. "uakt" or "ibc/…". Default "uakt" (2 %); any other denom 20 %.
 * @param [rate_pct] Take rate in percent, 0 to 100, overriding the denom's default.
 * @returns Take in micro units (integer).
 * @helpurl https://localhost:3000/help/functions.html#AKT_ONCHAIN_TAKE_UAKT
 */
export function aktOnchainTakeUakt(amount_micro: number, denom?: string, rate_pct?: number): number {
  return cellNumber("AKT_ONCHAIN_TAKE_UAKT", () => akash.onchainTakeUakt(amount_micro, denom, rate_pct));
}
