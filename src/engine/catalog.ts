/**
 * The engine's catalog of function documentation: formula, defaults with provenance, source, as-of
 * date, assumptions and rounding, keyed by function id. DEPIN_EXPLAIN, the generated function
 * reference and the taskpane's function browser all read this one record.
 */
import type { FunctionDoc } from "./core";
import { docs as akash } from "./networks/akash/docs";
import { docs as bittensor } from "./networks/bittensor/docs";
import { docs as clore } from "./networks/clore/docs";
import { docs as crossnet } from "./networks/crossnet/docs";
import { docs as ionet } from "./networks/ionet/docs";

export const catalog: Readonly<Record<string, FunctionDoc>> = {
  ...ionet,
  ...clore,
  ...bittensor,
  ...akash,
  ...crossnet,
};

/** Engine version (semver) and the date of the parameter registry (the newest `retrieved` date). */
export const ENGINE_VERSION = "0.1.0";
export const REGISTRY_DATE = "2026-11-24";
