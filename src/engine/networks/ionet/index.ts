/**
 * io.net (IO): the folder's public surface. The functions themselves are declarations (./functions.ts), run by
 * the generic runner; other folders use them through the bound forms below. Nothing else in this folder is
 * imported from outside.
 */
import type { Dec } from "../../core";
import { bind } from "../../core/runner";
import { functions } from "./functions";

export { functions } from "./functions";
export { ionetParams } from "./params";
export type { Category } from "./formulas";
export { CATEGORIES } from "./formulas";
/** IO_SUPPLIER_PAYOUT's typed core (numbers already validated): DEPIN_PROVIDER_NET's io.net leg. */
export { supplierPayout as supplierPayoutCore } from "./launch";

/** A fee function on raw cell values (blank → the declared default), as a spreadsheet host calls it. */
type RawFee = (...raw: unknown[]) => Dec | number;
const bound = (id: string): RawFee => bind(functions.find((d) => d.id === id)!) as RawFee;

/** IO_RENTER_COST(reservation_total, [usdc_share], [reservation_fee], [usdc_fee]) on raw values. */
export const renterCost = bound("IO_RENTER_COST");
/** IO_SUPPLIER_PAYOUT(reservation_total, [usdc_share], [reservation_fee], [usdc_fee]) on raw values. */
export const supplierPayout = bound("IO_SUPPLIER_PAYOUT");
/** IO_NETWORK_REVENUE(reservation_total, [renter_usdc_share], [supplier_usdc_share]) on raw values. */
export const networkRevenue = bound("IO_NETWORK_REVENUE");
