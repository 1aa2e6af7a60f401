/**
 * The cross-network (DEPIN_) function table: one declaration per function (see src/engine/core/decl.ts).
 * DEPIN_EXPLAIN and DEPIN_VERSION read the whole table, so they are declared in src/engine/functions.ts.
 */
import { defineFunction, type FunctionDecl } from "../../core/decl";
import { akashParams } from "../akash/params";
import { cloreParams } from "../clore/params";
import { ionetParams } from "../ionet/params";
import * as f from "./formulas";
import { providerNet } from "./index";
import { crossnetParams as P } from "./params";
import { NETWORKS } from "./validate";

const RETRIEVED = P.hoursPerMonth.retrieved;
const DEC40 = "40-digit decimal, no output rounding.";

export const functions: readonly FunctionDecl[] = [
  defineFunction({
    id: "DEPIN_PROVIDER_NET",
    summary:
      "What a GPU provider keeps of gross rental revenue under the network's default regime, in the revenue's currency (io.net supplier payout, Clore host payout on demand, Akash gross − on-chain take).",
    args: [
      { name: "network", kind: "enum", values: NETWORKS, help: "Network" },
      { name: "gross", kind: "number", min: 0, help: "Gross rental revenue in the payment currency" },
      {
        name: "currency",
        kind: "raw",
        range: false,
        type: "string",
        optional: true,
        help: 'Payment currency. io: "USDC" or "IO"; clore: "CLORE", "BTC", "USDT" or "USDC"; akash: "AKT" (2 % take) or "USDC" / an "ibc/…" denom (20 %)',
        defaultText: `by network: io "${P.ioCurrency.value}", clore "${P.cloreCurrency.value}", akash "${P.akashCurrency.value}"`,
      },
    ],
    result: { kind: "number", help: "Provider's net revenue, in the payment currency." },
    core: (network, gross, currency) => providerNet(network, gross, currency),
    doc: {
      formula:
        'io: gross × (1 − 0.0025 − 0.02 × usdc_share) (IO_SUPPLIER_PAYOUT); clore: CLORE_HOST_PAYOUT(gross, "on_demand", currency); akash: gross × (1 − rate/100), rate 2 in AKT, 20 otherwise',
      params: {
        io_currency: P.ioCurrency,
        io_reservation_fee: ionetParams.reservationFee,
        io_usdc_fee: ionetParams.usdcFee,
        clore_currency: P.cloreCurrency,
        clore_on_demand_base: cloreParams.baseOnDemand,
        clore_extra_hoster_fee: cloreParams.extraHosterFee,
        akash_currency: P.akashCurrency,
        akash_take_uakt: akashParams.takeRateUakt,
        akash_take_other: akashParams.takeRateDefault,
      },
      source: `io.net: ${ionetParams.reservationFee.source}; Clore: ${cloreParams.baseOnDemand.source}; Akash: ${akashParams.takeRateUakt.source}`,
      asOf: RETRIEVED,
      assumptions: [
        'currency defaults per network: io "USDC" (or "IO": usdc_share 0); clore "CLORE" (or "BTC", "USDT", "USDC": extra 15 % hoster fee); akash "AKT" (or "uakt"; "USDC" or an "ibc/…" denom pays 20 %).',
        "Clore: on-demand order, no PoH holding, no MFP reduction. io.net: the supplier pays the reservation fee and, in USDC, the USDC fee.",
        "Akash: the take is not truncated to micro-units, since a gross revenue spans many settlements.",
      ],
      rounding: DEC40,
      example: { formula: '=DEPIN.DEPIN_PROVIDER_NET("clore",100)', result: "95" },
    },
  }),
  defineFunction({
    id: "DEPIN_PAYBACK_MONTHS",
    summary: "Months for a GPU provider to recover capex: capex / (net_per_hour × utilization × hours_per_month).",
    args: [
      { name: "capex", kind: "number", min: 0, help: "Hardware cost in the same currency as net_per_hour" },
      { name: "net_per_hour", kind: "number", gt: 0, help: "Net revenue per rented hour" },
      { name: "utilization", kind: "number", gt: 0, max: 1, default: P.utilization, help: "Fraction of hours rented" },
      { name: "hours_per_month", kind: "number", gt: 0, default: P.hoursPerMonth, help: "Hours in a month" },
    ],
    result: { kind: "number", help: "Payback period in months." },
    core: f.paybackMonths,
    doc: {
      formula: "capex / (net_per_hour × utilization × hours_per_month)",
      source: P.hoursPerMonth.source,
      asOf: RETRIEVED,
      assumptions: [
        "net_per_hour is what the provider keeps per rented hour (e.g. DEPIN_PROVIDER_NET of an hour's price).",
        "No discounting, no running costs.",
      ],
      rounding: `${DEC40} Computed in double-double with a rounding test first (core/dd.ts), the same double.`,
      example: { formula: "=DEPIN.DEPIN_PAYBACK_MONTHS(7300,1)", result: "10" },
    },
  }),
];
