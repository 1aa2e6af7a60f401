/**
 * Cross-network (DEPIN_) constants: dated, sourced records (data only). See REFERENCE.md §E.
 * The per-network fee rules live in their own folders (clore, akash, ionet) and are imported from
 * their index.ts.
 */
import { param } from "../../core/provenance";

const R = "2026-11-24";

export const crossnetParams = {
  /** Default currency per network for DEPIN_PROVIDER_NET. */
  ioCurrency: param({
    value: "USDC",
    unit: "text",
    source: "REFERENCE.md §E (USDC → usdc_share 1, IO → 0); IO_SUPPLIER_PAYOUT's default usdc_share is 1",
    retrieved: R,
    confidence: "derived",
    note: "Matches IO_SUPPLIER_PAYOUT's default (all in USDC).",
  }),
  cloreCurrency: param({
    value: "CLORE",
    unit: "text",
    source: "REFERENCE.md §E (Clore host payout on demand); CLORE_HOST_PAYOUT's default currency",
    retrieved: R,
    confidence: "derived",
    note: "Matches CLORE_HOST_PAYOUT's default: paid in CLORE, no extra hoster fee.",
  }),
  akashCurrency: param({
    value: "AKT",
    unit: "text",
    source: "REFERENCE.md §E (2% in AKT, 20% otherwise); the chain's take default denom uakt",
    retrieved: R,
    confidence: "derived",
    note: "Matches AKT_ONCHAIN_TAKE_UAKT's default denom (uakt).",
  }),
  /** Hours in a month for DEPIN_PAYBACK_MONTHS. */
  hoursPerMonth: param({
    value: "730",
    unit: "hours",
    source: "REFERENCE.md §E (730 hours per month by default)",
    retrieved: R,
    confidence: "derived",
    note: "8,760 hours a year / 12.",
  }),
  utilization: param({
    value: "1",
    unit: "fraction",
    source: "REFERENCE.md §E",
    retrieved: R,
    confidence: "estimate",
    note: "Rented every hour unless given; real utilisation is lower, so pass your own.",
  }),
} as const;
