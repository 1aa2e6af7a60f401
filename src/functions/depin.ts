/* eslint-disable @typescript-eslint/naming-convention -- parameter names are Excel's argument names */
/**
 * Cross-network (DEPIN_) custom functions: thin adapters over src/engine/networks/crossnet.
 * The JSDoc here is the only source of the functions' Excel metadata.
 */
import { catalog, ENGINE_VERSION, REGISTRY_DATE } from "../engine/catalog";
import * as crossnet from "../engine/networks/crossnet";
import { cellMatrix, cellNumber, cellValue } from "./boundary";

/**
 * What a GPU provider keeps of gross rental revenue under the network's default regime, in the revenue's currency (io.net supplier payout, Clore host payout on demand, Akash gross − on-chain take).
 * @customfunction DEPIN_PROVIDER_NET
 * @param network "io", "clore" or "akash" (case-insensitive).
 * @param gross Gross rental revenue, at least 0, in the payment currency.
 * @param [currency] Payment currency. io: "USDC" or "IO", default "USDC"; clore: "CLORE", "BTC", "USDT" or "USDC", default "CLORE"; akash: "AKT" (2 % take) or "USDC" / an "ibc/…" denom (20 %), default "AKT".
 * @returns Provider's net revenue, in the payment currency.
 * @helpurl https://localhost:3000/help/functions.html#DEPIN_PROVIDER_NET
 */
export function depinProviderNet(network: string, gross: number, currency?: string): number {
  return cellNumber("DEPIN_PROVIDER_NET", () => crossnet.providerNet(network, gross, currency));
}

/**
 * Months for a GPU provider to recover capex: capex / (net_per_hour × utilization × hours_per_month).
 * @customfunction DEPIN_PAYBACK_MONTHS
 * @param capex Hardware cost, at least 0, in the same currency as net_per_hour.
 * @param net_per_hour Net revenue per rented hour, greater than 0.
 * @param [utilization] Fraction of hours rented, greater than 0 and at most 1. Default 1.
 * @param [hours_per_month] Hours in a month, greater than 0. Default 730.
 * @returns Payback period in months.
 * @helpurl https://localhost:3000/help/functions.html#DEPIN_PAYBACK_MONTHS
 */
export function depinPaybackMonths(capex: number, net_per_hour: number, utilization?: number, hours_per_month?: number): number {
  return cellNumber("DEPIN_PAYBACK_MONTHS", () => crossnet.paybackMonths(capex, net_per_hour, utilization, hours_per_month));
}

/**
 * Explains a DEPIN function as text: spills 2 columns (label, text): formula, defaults with value, unit, source, retrieval date and confidence, source URL, as-of date, assumptions, rounding and an example.
 * @customfunction DEPIN_EXPLAIN
 * @param function_name Function name such as "IO_AVAIL_REWARD", "DEPIN.IO_AVAIL_REWARD" or "=DEPIN.IO_AVAIL_REWARD", any case.
 * @returns Table of labels and texts, no header row.
 * @helpurl https://localhost:3000/help/functions.html#DEPIN_EXPLAIN
 */
export function depinExplain(function_name: string): any[][] {
  return cellMatrix("DEPIN_EXPLAIN", () => crossnet.explain(function_name, catalog));
}

/**
 * Engine version and parameter-registry date, as text, e.g. "depin-engine 0.1.0 (parameters 2026-11-24)".
 * @customfunction DEPIN_VERSION
 * @returns Text: engine version and the date of the parameter registry.
 * @helpurl https://localhost:3000/help/functions.html#DEPIN_VERSION
 */
export function depinVersion(): string {
  return cellValue("DEPIN_VERSION", () => crossnet.version(ENGINE_VERSION, REGISTRY_DATE)) as string;
}
