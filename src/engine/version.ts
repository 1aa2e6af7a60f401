/**
 * Engine version (semver) and the date of the parameter registry: the newest `retrieved` date of every
 * provenance record in the networks' params.ts files (data only), computed, so it cannot go stale.
 */
import type { Param } from "./core/provenance";
import * as akash from "./networks/akash/params";
import * as bittensor from "./networks/bittensor/params";
import * as clore from "./networks/clore/params";
import * as crossnet from "./networks/crossnet/params";
import * as ionet from "./networks/ionet/params";

export const ENGINE_VERSION = "0.1.0";

function isParam(x: unknown): x is Param {
  return typeof x === "object" && x !== null && "retrieved" in x && "source" in x && "confidence" in x;
}

function newestRetrieved(modules: readonly object[]): string {
  let newest = "";
  for (const m of modules) {
    for (const group of Object.values(m)) {
      if (typeof group !== "object" || group === null) continue;
      for (const p of Object.values(group as Record<string, unknown>)) {
        if (isParam(p) && p.retrieved > newest) newest = p.retrieved;
      }
    }
  }
  return newest;
}

export const REGISTRY_DATE = newestRetrieved([akash, bittensor, clore, crossnet, ionet]);
