/**
 * Evaluates the formula shapes of test/data/cases.public.json (one DEPIN call whose arguments are literals,
 * array constants, defined names or blanks) by calling the custom-function adapters directly, without a
 * spreadsheet engine. test/headless runs the same cases through HyperFormula and `depin-calc cases`; this
 * path checks the adapters as Excel calls them (an omitted argument arrives as null).
 */
import * as fs from "fs";
import * as path from "path";
import { adapterName } from "../../src/functions/naming";
import * as adapters from "../../src/functions";

export interface Case {
  id: string;
  formula: string;
  names?: Record<string, unknown[][]>;
  expected: unknown;
  tolerance: number;
  source: string;
}

/**
 * The reference cases: test/data/cases.public.json, the in-repository copy of the project's reference set
 * (test/data/README.md). DEPIN_CASES points the tests at another case file of the same shape.
 */
export const CASES_FILE = process.env.DEPIN_CASES ?? path.resolve(__dirname, "../data/cases.public.json");

/** The sourced lookup tables and regime timelines (test/data/current-regimes.json, see test/data/README.md). */
export const REGIMES_FILE = path.resolve(__dirname, "../data/current-regimes.json");

/** Every case of the file. A missing or empty file is an error, never an empty (silently passing) list. */
export function loadCases(): Case[] {
  let text: string;
  try {
    text = fs.readFileSync(CASES_FILE, "utf8");
  } catch {
    throw new Error(`reference case file ${CASES_FILE} is missing (it is part of the repository: test/data/)`);
  }
  const cases = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Case[];
  if (!Array.isArray(cases) || cases.length === 0) throw new Error(`reference case file ${CASES_FILE} holds no cases`);
  return cases;
}

/** Splits a top-level argument list on commas, respecting quotes and braces. */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = "";
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "{") depth++;
    if (!quoted && ch === "}") depth--;
    if (!quoted && depth === 0 && ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * A constant arithmetic expression as Excel reads it: numbers, + − * / ^ and parentheses; negation binds
 * tighter than ^, ^ is left-associative (35090906/31557600, 3320413933267719290/(2^64-1)).
 */
function arithmetic(s: string): number {
  let i = 0;
  const fail = (): never => {
    throw new Error(`cannot read ${s}`);
  };
  const primary = (): number => {
    if (s[i] === "(") {
      i++;
      const v = sum();
      if (s[i++] !== ")") fail();
      return v;
    }
    const m = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(s.slice(i)) ?? fail();
    i += m[0].length;
    return Number(m[0]);
  };
  const unary = (): number => (s[i] === "-" ? (i++, -unary()) : s[i] === "+" ? (i++, unary()) : primary());
  const power = (): number => {
    let v = unary();
    while (s[i] === "^") {
      i++;
      v = v ** unary();
    }
    return v;
  };
  const product = (): number => {
    let v = power();
    while (s[i] === "*" || s[i] === "/") v = s[i++] === "*" ? v * power() : v / power();
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (s[i] === "+" || s[i] === "-") v = s[i++] === "+" ? v + product() : v - product();
    return v;
  };
  const v = sum();
  return i === s.length ? v : fail();
}

function scalar(t: string): unknown {
  const s = t.trim();
  if (s === "") return null;
  if (s.startsWith('"')) return s.slice(1, -1).replace(/""/g, '"');
  if (/^TRUE$/i.test(s)) return true;
  if (/^FALSE$/i.test(s)) return false;
  if (/[*/^()]/.test(s)) return arithmetic(s.replace(/\s+/g, ""));
  const n = Number(s);
  if (s !== "" && Number.isFinite(n)) return n;
  throw new Error(`cannot read ${t}`);
}

function arg(t: string, names: Record<string, unknown[][]>): unknown {
  const s = t.trim();
  if (s.startsWith("{")) {
    return s
      .slice(1, -1)
      .split(";")
      .map((row) => splitArgs(row).map(scalar));
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s) && !/^(TRUE|FALSE)$/i.test(s)) {
    const v = names[s];
    if (v === undefined) throw new Error(`unknown name ${s}`);
    return v;
  }
  return scalar(s);
}


/**
 * A one-call formula `=DEPIN.ID(args)` whose arguments are literals, array constants, constant arithmetic,
 * defined names (from `names`) or blanks: the id and the arguments as Excel hands them to the adapter.
 */
export function parseCall(formula: string, names: Record<string, unknown[][]> = {}): { id: string; args: unknown[] } {
  const m = /^=DEPIN\.([A-Z0-9_]+)\((.*)\)$/s.exec(formula.trim());
  if (!m) throw new Error(`unsupported formula ${formula}`);
  return { id: m[1]!, args: m[2]!.trim() === "" ? [] : splitArgs(m[2]!).map((a) => arg(a, names)) };
}

/** Evaluates a case formula; returns the value or { error } when the adapter throws a host error. */
export function evaluate(c: Case): unknown {
  const { id, args } = parseCall(c.formula, c.names ?? {});
  const fn = (adapters as Record<string, unknown>)[adapterName(id)];
  if (typeof fn !== "function") throw new Error(`no adapter for ${id}`);
  try {
    return (fn as (...a: unknown[]) => unknown)(...args);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return { error: code, message: (e as Error).message };
  }
}

/** Null when `actual` matches `expected` within `tol`, else a description of the first difference. */
export function compare(actual: unknown, expected: unknown, tol: number, where = ""): string | null {
  if (expected === null) return null; // unchecked cell (e.g. a label)
  if (typeof expected === "object" && !Array.isArray(expected)) {
    const e = expected as { error: string };
    const a = actual as { error?: string };
    return a && a.error === e.error ? null : `${where}: expected error ${e.error}, got ${JSON.stringify(actual)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return `${where}: expected ${expected.length} rows, got ${JSON.stringify(actual)?.slice(0, 200)}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const d = compare(actual[i], expected[i], tol, `${where}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (typeof expected === "number") {
    if (typeof actual !== "number" || !(Math.abs(actual - expected) <= tol)) {
      return `${where}: expected ${expected} ± ${tol}, got ${String(actual)}`;
    }
    return null;
  }
  return actual === expected ? null : `${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}
