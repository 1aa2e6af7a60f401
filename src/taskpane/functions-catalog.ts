/**
 * The function browser's data, read from the function table (src/engine/functions.ts): each function's
 * summary, arguments with their help, valid values and defaults rendered from the declared rules
 * (src/engine/core/render.ts, the same text Excel's argument help shows), result, help link and
 * documentation (formula, defaults with provenance, source, as-of date, regime). Pure; the pane renders it.
 */
import type { FunctionDoc } from "../engine/core";
import type { ArgDecl, FunctionDecl } from "../engine/core/decl";
import { argHelp, argRangeWords, defaultWords, isOptional } from "../engine/core/render";
import { catalog, FUNCTIONS } from "../engine/functions";

export interface FunctionParam {
  readonly name: string;
  /** The argument help as Excel shows it (meaning, unit, valid values, default). */
  readonly description: string;
  readonly optional: boolean;
  readonly type: string;
  readonly range: boolean;
  /** Valid values in words ("0 to 1", "a whole number at least 1", …), or "". */
  readonly valid: string;
  /** The default in words ("0.95", "\"linear\"", "FALSE"), or "" for a required argument. */
  readonly default: string;
}
export interface FunctionEntry {
  readonly id: string;
  readonly description: string;
  readonly params: readonly FunctionParam[];
  readonly result: string;
  readonly helpUrl: string;
  readonly doc?: FunctionDoc;
}

const HELP_PAGE = "https://localhost:3000/help/functions.html";

function kindLabel(a: ArgDecl): string {
  switch (a.kind) {
    case "number":
    case "fraction":
    case "integer":
      return "number";
    case "enum":
    case "text":
      return "text";
    case "boolean":
      return "boolean";
    case "vector":
    case "matrix":
      return "range";
    case "raw":
      return a.range ? "range" : (a.type ?? "any");
  }
}

function entry(d: FunctionDecl): FunctionEntry {
  const isRange = (a: ArgDecl): boolean => a.kind === "vector" || a.kind === "matrix" || (a.kind === "raw" && a.range);
  return {
    id: d.id,
    description: d.summary,
    params: d.args.map((a) => ({
      name: a.name,
      description: argHelp(a),
      optional: isOptional(a),
      type: kindLabel(a),
      range: isRange(a),
      valid: argRangeWords(a),
      default: defaultWords(a),
    })),
    result: d.result.kind === "spill" ? `spills ${d.result.shape}` : d.result.help,
    helpUrl: `${HELP_PAGE}#${d.id}`,
    doc: catalog[d.id],
  };
}

let entries: FunctionEntry[] | undefined;

export function functionEntries(): readonly FunctionEntry[] {
  entries ??= FUNCTIONS.map(entry).sort((a, b) => a.id.localeCompare(b.id));
  return entries;
}

/** Entries whose id, description or parameter names contain every word of `query` (case-insensitive). */
export function searchFunctions(query: string, all: readonly FunctionEntry[] = functionEntries()): FunctionEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return [...all];
  return all.filter((e) => {
    const hay = [e.id, e.description, ...e.params.map((p) => p.name), e.doc?.formula ?? ""].join(" ").toLowerCase();
    return words.every((w) => hay.includes(w) || hay.includes(w.replace(/^depin\./, "")));
  });
}

/**
 * A formula skeleton for the selected cell: the required arguments as placeholders named after the
 * parameters (the cell shows #NAME? until they are replaced by values or cell references).
 */
export function formulaSkeleton(e: FunctionEntry): string {
  const required = e.params.filter((p) => !p.optional).map((p) => p.name);
  return `=DEPIN.${e.id}(${required.join(", ")})`;
}

/** A parameter's default in words, as declared (never parsed back out of prose). */
export function defaultOf(p: FunctionParam): string {
  return p.default;
}

/** "regime-id: in force from 2025-02-13 (current); confidence documented", or "". */
export function regimeOf(e: FunctionEntry): string {
  const r = e.doc?.regime;
  return r ? `${r.id}: in force from ${r.from}${r.to ? ` to ${r.to}` : " (current)"}; confidence ${r.confidence}` : "";
}
