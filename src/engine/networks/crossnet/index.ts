/**
 * Cross-network (DEPIN_): the folder's public surface. Functions take raw cell values, validate them and
 * return Decimal results (tables as rows of text). Other networks are used only through their index.ts.
 *
 * DEPIN_EXPLAIN and DEPIN_VERSION read the function table (src/engine/functions.ts), which itself imports
 * this folder's table; to keep the module graph acyclic the catalog is passed in by the caller, never
 * imported here.
 */
import type { Dec, FunctionDoc, Param } from "../../core";
import { D } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import { akashParams } from "../akash";
import * as clore from "../clore";
import * as ionet from "../ionet";
import * as f from "./formulas";
import * as v from "./validate";

export { crossnetParams } from "./params";
export { NETWORKS, type Network } from "./validate";

// Provider net --------------------------------------------------------------------------------

/** usdc_share of io.net's supplier payout for each payment currency (USDC → 1, IO → 0). */
const IO_USDC_SHARE: Record<v.IoCurrency, number> = { USDC: 1, IO: 0 };
/** The Akash take as a fraction of the gross (percent / 100, exact decimal text). */
const takeFraction = (pct: string): string => new D(pct).div(100).toString();
const AKT_RATE = takeFraction(akashParams.takeRateUakt.value);
const IO_RESERVATION_FEE = Number(ionet.ionetParams.reservationFee.value);
const IO_USDC_FEE = Number(ionet.ionetParams.usdcFee.value);
const OTHER_RATE = takeFraction(akashParams.takeRateDefault.value);

/**
 * What a GPU provider keeps of `gross` rental revenue under the network's default regime: io.net supplier
 * payout (USDC by default), Clore host payout on demand (CLORE by default), Akash gross − on-chain take
 * (AKT by default: 2 %; USDC or an IBC denom: 20 %).
 */
export function providerNet(n: v.Network, g: number, currency: unknown): Dec | number {
  switch (n) {
    case "io":
      return ionet.supplierPayoutCore(g, IO_USDC_SHARE[v.ioCurrency(currency)], IO_RESERVATION_FEE, IO_USDC_FEE);
    case "clore":
      return clore.hostPayoutOnDemand(g, currency);
    case "akash":
      return f.akashNetOf(g, v.akashIsAkt(currency) ? AKT_RATE : OTHER_RATE);
  }
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
  if (doc.regime) {
    const r = doc.regime;
    rows.push(["regime", `${r.id}: in force from ${r.from}${r.to ? ` to ${r.to}` : " (current)"}; confidence ${r.confidence}`]);
  }
  for (const a of doc.assumptions) rows.push(["assumption", a]);
  rows.push(["rounding", doc.rounding]);
  if (doc.example) rows.push(["example", `${doc.example.formula} → ${doc.example.result}`]);
  return rows;
}

/** DEPIN_VERSION: "depin-engine 0.1.0 (parameters 2026-11-24)". */
export function version(engineVersion: string, registryDate: string): string {
  return `depin-engine ${engineVersion} (parameters ${registryDate})`;
}

