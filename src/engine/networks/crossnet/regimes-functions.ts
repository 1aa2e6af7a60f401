/** This network's function table (one `defineFunction` entry per DEPIN function; see src/engine/core/decl.ts). */
import { defineFunction, type FunctionDecl } from "../../core/decl";
import { REGIME_HEADER, REGIME_NETWORKS, REGIMES, depinRegimes, sourceCell } from "./regimes";

/**
 * REFERENCE §G.25's worked example: DEPIN_REGIMES("tao", "2026-04-01") → gross_tao_flow_post_halving, 2025-12-14 …
 * 2026-05-26 = serials 46005 … 46168 (reference case G-DEPIN_REGIMES-01); rule and source are the row's data.
 */
const EXAMPLE = REGIMES.tao.find((r) => r.id === "gross_tao_flow_post_halving")!;
const RETRIEVED = EXAMPLE.provenance.retrieved;

export const functions: readonly FunctionDecl[] = [
  defineFunction({
    id: "DEPIN_REGIMES",
    summary:
      "The regime timeline of a network: a header row (regime, from, to, rule, source) and one row per regime in date order, from/to as Excel date serials (to blank while current); with as_of, only the regime in force that day.",
    args: [
      { name: "network", kind: "enum", values: REGIME_NETWORKS, help: "Network" },
      {
        name: "as_of",
        kind: "raw",
        range: false,
        optional: true,
        help: 'Date: an Excel date serial (1900 date system; a time of day is ignored) or ISO text "YYYY-MM-DD", read as a UTC date',
        defaultText: "blank: every regime of the network",
      },
    ],
    result: {
      kind: "spill",
      help: "Table of regimes: id, first and last day in force (Excel date serials, UTC), the rule in one line, and its sources ending with the confidence H, M or L.",
      shape: "a header row and one row per regime (one row with as_of), 5 columns",
      header: REGIME_HEADER,
    },
    core: (network, asOf) => depinRegimes(network, asOf),
    doc: {
      formula:
        "rows of the network's timeline; with as_of, the row with from ≤ as_of ≤ to (to blank = still in force). Rows do not overlap; each to is the day before the next from (UTC dates).",
      source:
        "per row, in the source column: tao opentensor/subtensor main merges (e.g. opentensor/subtensor@14bc6f9f964b9cc362e9635dd110a487fa5d15a0, #2800); akash https://polkachu.com/gov_proposals/6985 and akash-network/node tags; io ionet-official/docs@5d3be72c830ea5cc3b97c6835629d57edb8b62b3 and dated announcements; clore Clore-ai/Clore@013e7976a6fc2b93a37720bec80780184e1708fd (genesis) and docs.clore.ai",
      asOf: RETRIEVED,
      assumptions: [
        "Boundaries are UTC dates, both inclusive; a regime that started during a day (e.g. io.net pools at 15:00 UTC) starts on that date.",
        "Bittensor boundaries are first-parent merge dates on subtensor main; the mainnet deploy on the same day was not verified on chain.",
        "Clore.ai boundaries other than the 2022-05-01 genesis are placeholders or estimates (confidence L), said so in each row's rule.",
        "as_of before a network's first regime returns #N/A; a number is a date serial (numeric text too); TRUE/FALSE are not dates.",
        "Confidence H = code or official document quoted, M = official document paraphrased or several consistent secondary sources, L = one secondary source or inference.",
      ],
      rounding: "None: dates are whole Excel serials; a fractional as_of (a time of day) is that day.",
      example: {
        formula: '=DEPIN.DEPIN_REGIMES("tao","2026-04-01")',
        result: [[...REGIME_HEADER], [EXAMPLE.id, 46005, 46168, EXAMPLE.rule, sourceCell(EXAMPLE)]],
      },
    },
  }),
];
