/**
 * Documentation of the folder's functions (formula, defaults with provenance, source, as-of date,
 * assumptions, rounding, example): data only, so the function reference, DEPIN_EXPLAIN and the taskpane's
 * function browser can read it without loading the formulas.
 */
import type { FunctionDoc } from "../../core";
import { akashParams } from "../akash/params";
import { cloreParams } from "../clore/params";
import { ionetParams } from "../ionet/params";
import { crossnetParams as P } from "./params";
// The other networks' provenance records come from their params.ts (data only), not their index.ts, so the
// documentation stays free of formulas (the taskpane's function browser loads it on its own).
const ionet = { ionetParams };
const clore = { cloreParams };

// Documentation ------------------------------------------------------------------------------

const RETRIEVED = P.hoursPerMonth.retrieved;
const DEC40 = "40-digit decimal, no output rounding.";

export const docs: Record<string, FunctionDoc> = {
  DEPIN_PROVIDER_NET: {
    formula:
      "io: gross × (1 − 0.0025 − 0.02 × usdc_share) (IO_SUPPLIER_PAYOUT); clore: CLORE_HOST_PAYOUT(gross, \"on_demand\", currency); akash: gross × (1 − rate/100), rate 2 in AKT, 20 otherwise",
    params: {
      io_reservation_fee: ionet.ionetParams.reservationFee,
      io_usdc_fee: ionet.ionetParams.usdcFee,
      io_currency: P.ioCurrency,
      clore_currency: P.cloreCurrency,
      clore_on_demand_base: clore.cloreParams.baseOnDemand,
      clore_extra_hoster_fee: clore.cloreParams.extraHosterFee,
      akash_currency: P.akashCurrency,
      akash_take_uakt: akashParams.takeRateUakt,
      akash_take_other: akashParams.takeRateDefault,
    },
    source: "REFERENCE.md §E; per network: REFERENCE.md §A.4, §D.3, §C.2",
    asOf: RETRIEVED,
    assumptions: [
      "network is \"io\", \"clore\" or \"akash\" (case-insensitive); each network's default regime applies.",
      "currency defaults per network: io \"USDC\" (or \"IO\": usdc_share 0); clore \"CLORE\" (or \"BTC\", \"USDT\", \"USDC\": extra 15 % hoster fee); akash \"AKT\" (or \"uakt\"; \"USDC\" or an \"ibc/…\" denom pays 20 %).",
      "Clore: on-demand order, no PoH holding, no MFP reduction. io.net: the supplier pays the reservation fee and, in USDC, the USDC fee.",
      "Akash: the take is not truncated to micro-units, since a gross revenue spans many settlements.",
    ],
    rounding: DEC40,
    example: { formula: '=DEPIN.DEPIN_PROVIDER_NET("clore",100)', result: "95" },
  },
  DEPIN_PAYBACK_MONTHS: {
    formula: "capex / (net_per_hour × utilization × hours_per_month)",
    params: { utilization: P.utilization, hours_per_month: P.hoursPerMonth },
    source: "REFERENCE.md §E",
    asOf: RETRIEVED,
    assumptions: [
      "net_per_hour is what the provider keeps per rented hour (e.g. DEPIN_PROVIDER_NET of an hour's price), greater than 0.",
      "utilization is the fraction of hours rented, greater than 0 and at most 1; no discounting, no running costs.",
    ],
    rounding: DEC40,
    example: { formula: "=DEPIN.DEPIN_PAYBACK_MONTHS(7300,1)", result: "10" },
  },
  DEPIN_EXPLAIN: {
    formula: "rows (label, text) from the engine catalog: formula, defaults with provenance, source, as-of date, assumptions, rounding, example",
    params: {},
    source: "src/engine/catalog.ts (every network's docs records)",
    asOf: RETRIEVED,
    assumptions: [
      "function_name may be written IO_AVAIL_REWARD, DEPIN.IO_AVAIL_REWARD or =DEPIN.IO_AVAIL_REWARD(…), in any case.",
      "An unknown name is #VALUE! with a pointer to the function reference.",
    ],
    rounding: "Text only.",
    example: { formula: '=DEPIN.DEPIN_EXPLAIN("CLORE_POH_DISCOUNT")', result: "rows: function, formula, default: …, source, as of, assumption, rounding, example" },
  },
  DEPIN_VERSION: {
    formula: '"depin-engine <version> (parameters <registry date>)"',
    params: {},
    source: "src/engine/catalog.ts (ENGINE_VERSION, REGISTRY_DATE)",
    asOf: RETRIEVED,
    assumptions: ["One text cell; the registry date is the newest retrieval date of the parameter records."],
    rounding: "Text only.",
    example: { formula: "=DEPIN.DEPIN_VERSION()", result: "depin-engine 0.1.0 (parameters 2026-11-24)" },
  },
};
