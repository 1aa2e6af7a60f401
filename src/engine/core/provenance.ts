/**
 * Provenance records: every constant in a network's `params.ts` is one of these, never a bare literal.
 * The function reference, `DEPIN_EXPLAIN` and the presets all read these records.
 */
export type Confidence = "documented" | "derived" | "estimate";

export interface Param {
  /** The value as a decimal string (or a plain string for enumerations). */
  readonly value: string;
  /** Unit: "fraction", "IO", "TAO", "rao", "uakt", "USD", "hours", "blocks", "years", "percent", … */
  readonly unit: string;
  /** Source URL, or code as owner/repo@commit path:line. */
  readonly source: string;
  /** Date (YYYY-MM-DD) the source was read. */
  readonly retrieved: string;
  readonly confidence: Confidence;
  /** How a derived value was computed, or where the research note disagrees. */
  readonly note?: string;
}

/** Builds a provenance record; the identity function keeps records typed and greppable. */
export function param(p: Param): Param {
  return p;
}

/**
 * What the function reference and `DEPIN_EXPLAIN` say about one catalog function. Each network's
 * `index.ts` exports a `docs` record keyed by function id (e.g. `AKT_TAKE_FEE`).
 */
export interface FunctionDoc {
  /** The formula in plain text, as the reference shows it. */
  readonly formula: string;
  /** Provenance records of the defaults and constants the function uses, keyed by argument or constant name. */
  readonly params: Readonly<Record<string, Param>>;
  /** Primary source (URL or code reference). */
  readonly source: string;
  /** As-of date (YYYY-MM-DD) of the rule the default regime implements. */
  readonly asOf: string;
  /** Assumptions and deviations from the research note, one sentence each. */
  readonly assumptions: readonly string[];
  /** Rounding policy: internal precision, output rounding, chain integer units. */
  readonly rounding: string;
  /** A worked example formula and its expected value, from REFERENCE.md or an independent derivation. */
  readonly example?: { readonly formula: string; readonly result: string };
  /** The dated rule set the function models (validity dates, confidence), when it is declared. */
  readonly regime?: { readonly id: string; readonly from: string; readonly to?: string; readonly confidence: Confidence };
}
