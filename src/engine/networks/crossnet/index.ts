/**
 * Cross-network (DEPIN_): the folder's public surface. Functions take raw cell values, validate them and
 * return Decimal results (tables as rows of text). Other networks are used only through their index.ts.
 *
 * DEPIN_EXPLAIN and DEPIN_VERSION read the engine catalog (src/engine/catalog.ts), which itself imports
 * this folder's `docs`; to keep the module graph acyclic the catalog is passed in by the caller (the
 * adapter), never imported here.
 */
import type { Dec, FunctionDoc, Param } from "../../core";
import { D } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import { akashParams } from "../akash";
import * as clore from "../clore";
import * as ionet from "../ionet";
import * as f from "./formulas";
import { crossnetParams as P } from "./params";
import * as v from "./validate";

export { crossnetParams } from "./params";
export { NETWORKS, type Network } from "./validate";

// Provider net --------------------------------------------------------------------------------

/** usdc_share of io.net's supplier payout for each payment currency (REFERENCE.md §E). */
const IO_USDC_SHARE: Record<v.IoCurrency, number> = { USDC: 1, IO: 0 };
const AKT_RATE_PCT = new D(akashParams.takeRateUakt.value);
const OTHER_RATE_PCT = new D(akashParams.takeRateDefault.value);

/**
 * What a GPU provider keeps of `gross` rental revenue under the network's default regime: io.net supplier
 * payout (USDC by default), Clore host payout on demand (CLORE by default), Akash gross − on-chain take
 * (AKT by default: 2 %; USDC or an IBC denom: 20 %).
 */
export function providerNet(network: unknown, gross: unknown, currency: unknown): Dec | number {
  const n = v.network(network);
  const g = v.amount("gross", gross);
  switch (n) {
    case "io":
      // `g` is validated above so errors name `gross`; the io engine re-reads the same number.
      return ionet.supplierPayout(g.toNumber(), IO_USDC_SHARE[v.ioCurrency(currency)], null, null);
    case "clore":
      return clore.hostPayoutOnDemand(g.toNumber(), currency);
    case "akash":
      return f.akashNet(g, v.akashIsAkt(currency) ? AKT_RATE_PCT : OTHER_RATE_PCT);
  }
}

// Payback -------------------------------------------------------------------------------------

export function paybackMonths(capex: unknown, netPerHour: unknown, utilization: unknown, hoursPerMonth: unknown): Dec {
  return f.paybackMonths(
    v.amount("capex", capex),
    v.positive("net_per_hour", netPerHour),
    v.utilization(utilization),
    v.hoursPerMonth(hoursPerMonth)
  );
}

// Explain and version ----------------------------------------------------------------------------

/** A catalog of function docs keyed by id, as src/engine/catalog.ts exports it. */
export type Catalog = Readonly<Record<string, FunctionDoc>>;

/** "0.95 fraction; documented; source …; retrieved 2026-11-24; note" — one default's provenance in a cell. */
function provenanceText(p: Param): string {
  const parts = [`${p.value}${p.unit && p.unit !== "text" ? ` ${p.unit}` : ""}`, p.confidence, `source: ${p.source}`, `retrieved ${p.retrieved}`];
  if (p.note) parts.push(p.note);
  return parts.join("; ");
}

/** Where to look when a name is not in the catalog (plus the family's names when the prefix is known). */
function unknownHint(id: string, catalog: Catalog): string {
  const family = /^([A-Z]+)_/.exec(id)?.[1];
  const ids = Object.keys(catalog).sort();
  const same = family ? ids.filter((k) => k.startsWith(`${family}_`)) : [];
  const where = 'see the function reference (help/functions.html) or type "=DEPIN." in a cell to list the functions';
  return same.length > 0 ? `${where}; ${family}_ functions: ${same.join(", ")}` : where;
}

/**
 * DEPIN_EXPLAIN: rows (label, text) describing a function from the catalog: function, formula, one row per
 * default or constant with its provenance (value, unit, confidence, source, retrieval date, note),
 * source, as-of date, one row per assumption, rounding, and the worked example when there is one.
 */
export function explain(functionName: unknown, catalog: Catalog): string[][] {
  const { raw, id } = v.functionName(functionName);
  const doc = Object.prototype.hasOwnProperty.call(catalog, id) ? catalog[id] : undefined;
  if (doc === undefined) {
    throw new DepinError("INVALID_ARG", "function_name", raw, msg.unknownFunction("function_name", raw, unknownHint(id, catalog)));
  }
  const rows: string[][] = [
    ["function", `DEPIN.${id}`],
    ["formula", doc.formula],
  ];
  for (const [name, p] of Object.entries(doc.params)) rows.push([`default: ${name}`, provenanceText(p)]);
  rows.push(["source", doc.source], ["as of", doc.asOf]);
  for (const a of doc.assumptions) rows.push(["assumption", a]);
  rows.push(["rounding", doc.rounding]);
  if (doc.example) rows.push(["example", `${doc.example.formula} → ${doc.example.result}`]);
  return rows;
}

/** DEPIN_VERSION: "depin-engine 0.1.0 (parameters 2026-11-24)". */
export function version(engineVersion: string, registryDate: string): string {
  return `depin-engine ${engineVersion} (parameters ${registryDate})`;
}

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
