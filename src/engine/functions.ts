/**
 * The function table: every DEPIN function's declaration (src/engine/core/decl.ts), in catalog order.
 * The generated adapters (src/functions/*.ts, scripts/gen-functions.ts), the function reference, the
 * help page, DEPIN_EXPLAIN, the taskpane's function browser and the headless evaluator all read it.
 *
 * DEPIN_EXPLAIN and DEPIN_VERSION describe the table itself, so they are declared here.
 */
import type { FunctionDoc } from "./core";
import { defineFunction, type FunctionDecl } from "./core/decl";
import { functionDoc } from "./core/render";
import { functions as akash } from "./networks/akash/functions";
import { functions as bittensor } from "./networks/bittensor/functions";
import { functions as dtao } from "./networks/bittensor/dtao-functions";
import { functions as clore } from "./networks/clore/functions";
import { functions as crossnet } from "./networks/crossnet/functions";
import { explain, version } from "./networks/crossnet/index";
import { functions as regimes } from "./networks/crossnet/regimes-functions";
import { functions as ionet } from "./networks/ionet/functions";
import { ENGINE_VERSION, REGISTRY_DATE } from "./version";

const meta: readonly FunctionDecl[] = [
  defineFunction({
    id: "DEPIN_EXPLAIN",
    summary:
      "Explains a DEPIN function as text: spills 2 columns (label, text): formula, defaults with value, unit, source, retrieval date and confidence, source URL, as-of date, assumptions, rounding and an example.",
    args: [
      {
        name: "function_name",
        kind: "raw",
        range: false,
        type: "string",
        help: 'Function name such as "IO_AVAIL_REWARD", "DEPIN.IO_AVAIL_REWARD" or "=DEPIN.IO_AVAIL_REWARD", any case',
      },
    ],
    result: { kind: "spill", help: "Table of labels and texts, no header row.", shape: "2 columns (label, text), one row per item" },
    core: (name) => explain(name, catalog),
    doc: {
      formula: "rows (label, text) from the function table: formula, defaults with provenance, source, as-of date, regime, assumptions, rounding, example",
      source: "this add-in's function table (every function's declaration)",
      asOf: REGISTRY_DATE,
      assumptions: [
        "function_name may be written IO_AVAIL_REWARD, DEPIN.IO_AVAIL_REWARD or =DEPIN.IO_AVAIL_REWARD(…), in any case.",
        "An unknown name is #VALUE! with a pointer to the function reference.",
      ],
      rounding: "Text only.",
      example: {
        formula: '=DEPIN.DEPIN_EXPLAIN("DEPIN_VERSION")',
        result: [["function", "DEPIN.DEPIN_VERSION"], ["formula", null], ["source", null], ["as of", REGISTRY_DATE], ["assumption", null], ["rounding", "Text only."], ["example", null]],
      },
    },
  }),
  defineFunction({
    id: "DEPIN_VERSION",
    summary: `Engine version and parameter-registry date, as text, e.g. "depin-engine ${ENGINE_VERSION} (parameters ${REGISTRY_DATE})".`,
    args: [],
    result: { kind: "text", help: "Text: engine version and the date of the parameter registry." },
    core: () => version(ENGINE_VERSION, REGISTRY_DATE),
    doc: {
      formula: '"depin-engine <version> (parameters <registry date>)"',
      source: "this add-in's build (engine version and the newest retrieval date of its parameter records)",
      asOf: REGISTRY_DATE,
      assumptions: ["One text cell; the registry date is the newest retrieval date of the parameter records."],
      rounding: "Text only.",
      example: { formula: "=DEPIN.DEPIN_VERSION()", result: `depin-engine ${ENGINE_VERSION} (parameters ${REGISTRY_DATE})` },
    },
  }),
];

/** Every declared function, in catalog order (io.net, Clore.ai, Bittensor, Akash, cross-network). */
export const FUNCTIONS: readonly FunctionDecl[] = [...ionet, ...clore, ...bittensor, ...dtao, ...akash, ...crossnet, ...regimes, ...meta];

/** Declarations by id. */
export const FUNCTION_BY_ID: ReadonlyMap<string, FunctionDecl> = new Map(FUNCTIONS.map((d) => [d.id, d]));

/** Documentation of every function by id, derived from its declaration. */
export const catalog: Readonly<Record<string, FunctionDoc>> = Object.fromEntries(FUNCTIONS.map((d) => [d.id, functionDoc(d)]));
