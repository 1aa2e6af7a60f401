/**
 * Cross-network (DEPIN_) constants: dated, sourced records (data only).
 * The per-network fee rules live in their own folders (clore, akash, ionet) and are imported from
 * their index.ts.
 */
import { param } from "../../core/provenance";
import { cloreParams } from "../clore/params";
import { ionetParams } from "../ionet/params";

const R = "2026-11-24";

export const crossnetParams = {
  /** Default currency per network for DEPIN_PROVIDER_NET. */
  ioCurrency: param({
    value: "USDC",
    unit: "text",
    source: `${ionetParams.usdcFee.source}; IO_SUPPLIER_PAYOUT's default usdc_share is 1`,
    retrieved: R,
    confidence: "derived",
    note: "Matches IO_SUPPLIER_PAYOUT's default (all in USDC).",
  }),
  cloreCurrency: param({
    value: "CLORE",
    unit: "text",
    source: `${cloreParams.baseOnDemand.source}; CLORE_HOST_PAYOUT's default currency`,
    retrieved: R,
    confidence: "derived",
    note: "Matches CLORE_HOST_PAYOUT's default: paid in CLORE, no extra hoster fee.",
  }),
  akashCurrency: param({
    value: "AKT",
    unit: "text",
    source: "akash-network/akash-api@694852ea7d3e7a83e629d816d5ed80a1e6b4c40c go/node/take/v1beta3/params.go:30-34 (2 % for uakt, 20 % otherwise)",
    retrieved: R,
    confidence: "derived",
    note: "Matches AKT_ONCHAIN_TAKE_UAKT's default denom (uakt).",
  }),
  /** Hours in a month for DEPIN_PAYBACK_MONTHS. */
  hoursPerMonth: param({
    value: "730",
    unit: "hours",
    source: "Gregorian calendar: 365 days × 24 hours / 12 months = 730",
    retrieved: R,
    confidence: "derived",
    note: "8,760 hours a year / 12.",
  }),
  utilization: param({
    value: "1",
    unit: "fraction",
    source: "analyst assumption (no protocol value): every hour rented",
    retrieved: R,
    confidence: "estimate",
    note: "Rented every hour unless given; real utilisation is lower, so pass your own.",
  }),
} as const;
