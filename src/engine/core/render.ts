/**
 * Words rendered from a declaration's rules: the valid range and default of each argument, as the
 * JSDoc `@param` text (and so Excel's argument help), the function reference and DEPIN_EXPLAIN show
 * them. Help text never restates a range or a default by hand, so the two cannot drift apart.
 */
import type { ArgDecl, FunctionDecl, NumberArg, Range } from "./decl";
import type { FunctionDoc, Param } from "./provenance";
import { numberRule } from "./runner";

/** A number as people read it in help text: 100,000,000; 0.000003; 1e-12. */
export function showNumber(n: number): string {
  if (n !== 0 && (Math.abs(n) < 1e-6 || Math.abs(n) >= 1e21)) return String(n);
  return n.toLocaleString("en-US", { maximumFractionDigits: 20, useGrouping: Math.abs(n) >= 10000 });
}

/** "0 to 1", "at least 0", "greater than 0 and at most 1", … ("" when unbounded). */
export function rangeWords(r: Range): string {
  const { min, max, gt, lt } = r;
  if (min !== undefined && max !== undefined) return `${showNumber(min)} to ${showNumber(max)}`;
  if (gt !== undefined && lt !== undefined) return `greater than ${showNumber(gt)} and less than ${showNumber(lt)}`;
  const lo = min !== undefined ? `at least ${showNumber(min)}` : gt !== undefined ? `greater than ${showNumber(gt)}` : "";
  const hi = max !== undefined ? `at most ${showNumber(max)}` : lt !== undefined ? `less than ${showNumber(lt)}` : "";
  return lo && hi ? `${lo} and ${hi}` : lo || hi;
}

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]!}`;
}

function isParam(x: unknown): x is Param {
  return typeof x === "object" && x !== null && "value" in x && "source" in x;
}

/** The valid values of an argument in words, or "". */
export function argRangeWords(a: ArgDecl): string {
  switch (a.kind) {
    case "number":
    case "integer":
    case "fraction": {
      const r = numberRule(a);
      const range = rangeWords(r);
      return a.kind === "integer" ? `a whole number${range ? ` ${range}` : ""}` : range;
    }
    case "enum":
      return `${orList(a.values.map((v) => `"${v}"`))} (case-insensitive)`;
    case "text":
      return "";
    case "boolean":
      return "TRUE or FALSE";
    case "vector": {
      const each = rangeWords(a);
      return `a row or column of at most ${showNumber(a.maxLength)} values${each ? `, each ${each}` : ""}${a.integer ? ", whole numbers" : ""} (blank cells ${a.blank ?? 0})`;
    }
    case "matrix": {
      const each = rangeWords(a);
      const size = a.maxCells !== undefined ? `${showNumber(a.maxCells)} values in any shape` : `${showNumber(a.maxRows)} × ${showNumber(a.maxCols)} values`;
      return `a range of at most ${size}${each ? `, each ${each}` : ""} (blank cells 0)`;
    }
    case "raw":
      return a.limit ?? "";
  }
}

/** The default in words ("0.95", "\"linear\"", "FALSE"), or "" for a required argument. */
export function defaultWords(a: ArgDecl): string {
  if (a.defaultText !== undefined) return a.defaultText;
  if (!("default" in a) || a.default === undefined) return "";
  const d = a.default;
  const v = isParam(d) ? d.value : d;
  switch (a.kind) {
    case "number":
    case "integer":
    case "fraction":
      return showNumber(Number(v));
    case "boolean":
      return String(v).toUpperCase();
    default:
      return `"${String(v)}"`;
  }
}

/** True when Excel may omit the argument. */
export function isOptional(a: ArgDecl): boolean {
  return a.optional === true || ("default" in a && a.default !== undefined);
}

/** The JSDoc `@param` text: help, valid range, default ("Take rate as a fraction, 0 to 1. Default 0."). */
export function argHelp(a: ArgDecl): string {
  const base = a.help.replace(/[.\s]+$/, "");
  const range = argRangeWords(a);
  const def = defaultWords(a);
  return `${base}${range ? `, ${range}` : ""}.${def ? ` Default ${def}.` : ""}`;
}

/** The provenance records a function's documentation shows: argument defaults first, then its constants. */
export function docParams(d: FunctionDecl): Record<string, Param> {
  const out: Record<string, Param> = {};
  for (const a of d.args) {
    const def = (a as Partial<NumberArg>).default;
    if (isParam(def)) out[a.name] = def;
  }
  return { ...out, ...(d.doc.params ?? {}) };
}

/** An example's expected result as one line of text (a spilled table as "a, b; c, d"). */
export function exampleText(r: FunctionDecl["doc"]["example"]["result"]): string {
  if (typeof r === "string") return r;
  return r.map((row) => row.map((c) => (c === null ? "(blank)" : String(c))).join(", ")).join("; ");
}

/** The FunctionDoc record the reference, DEPIN_EXPLAIN and the function browser read. */
export function functionDoc(d: FunctionDecl): FunctionDoc {
  const regime = d.doc.regime;
  return {
    formula: d.doc.formula,
    params: docParams(d),
    source: d.doc.source,
    asOf: d.doc.asOf,
    assumptions: d.doc.assumptions ?? [],
    rounding: d.doc.rounding,
    example: { formula: d.doc.example.formula, result: exampleText(d.doc.example.result) },
    ...(regime ? { regime } : {}),
  };
}
