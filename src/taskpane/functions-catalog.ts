/**
 * The function browser's data: every custom function of functions.generated.json (the metadata
 * Excel reads) joined with the engine's documentation (src/engine/catalog.ts: formula, defaults with
 * provenance, source, as-of date). Pure; the pane renders it.
 */
import metadata from "../functions/functions.generated.json";
import { catalog } from "../engine/catalog";
import type { FunctionDoc } from "../engine/core";

export interface FunctionParam {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
  readonly type: string;
  readonly range: boolean;
}
export interface FunctionEntry {
  readonly id: string;
  readonly description: string;
  readonly params: readonly FunctionParam[];
  readonly result: string;
  readonly helpUrl: string;
  readonly doc?: FunctionDoc;
}

interface MetaFunction {
  id: string;
  description?: string;
  helpUrl?: string;
  parameters?: { name: string; description?: string; optional?: boolean; type?: string; dimensionality?: string }[];
  result?: { type?: string; dimensionality?: string };
}

let entries: FunctionEntry[] | undefined;

export function functionEntries(): readonly FunctionEntry[] {
  if (!entries) {
    entries = ((metadata as { functions: MetaFunction[] }).functions ?? [])
      .map((f) => ({
        id: f.id,
        description: f.description ?? "",
        params: (f.parameters ?? []).map((p) => ({
          name: p.name,
          description: p.description ?? "",
          optional: p.optional === true,
          type: p.type ?? "any",
          range: p.dimensionality === "matrix",
        })),
        result: f.result?.dimensionality === "matrix" ? "spills a table" : (f.result?.type ?? "any"),
        helpUrl: f.helpUrl ?? "",
        doc: catalog[f.id],
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }
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

/** The default written in a parameter's description ("Default 0.95."), or "". */
export function defaultOf(p: FunctionParam): string {
  const m = /Default[s]?\s*(?:is\s*)?([^.;]+(?:\.\d+)?[^.;]*)/i.exec(p.description);
  return m ? m[1]!.trim() : "";
}
