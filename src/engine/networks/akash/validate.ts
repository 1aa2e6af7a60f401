/**
 * Akash argument rules the function table cannot declare: arguments read by the core itself (after other
 * arguments, to keep the order in which errors are reported) and the incentive pool's ranges. Rule objects
 * are built once at module load. Every failure throws DepinError.
 */
import { coerce, type NumberRule } from "../../core";
import { D, type Dec } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import { akashParams as P } from "./params";

const INITIAL_INFLATION_OPT: NumberRule = { min: 0 };
const BLOCKS_PER_YEAR: NumberRule = { min: 1, integer: true, default: Number(P.blocksPerYear.value) };

/** initial_inflation without a default (the compounding model calibrates a blank one). */
export const optInitialInflation = (v: unknown): number | undefined => coerce.optNum("initial_inflation", v, INITIAL_INFLATION_OPT);

export const blocksPerYear = (v: unknown): number => coerce.num("blocks_per_year", v, BLOCKS_PER_YEAR);

// Incentive pool ------------------------------------------------------------------------------
const MAX_SHARES = 10000;
const SHARE_RULE = { min: 0, max: 1, maxLength: MAX_SHARES };

/** Shares: a row or column of fractions ≥ 0 (blank cells 0) summing to at most 1. */
export function shares(v: unknown): Dec[] {
  if (coerce.isBlank(v)) throw new DepinError("INVALID_ARG", "shares", v, msg.required("shares"));
  const xs = coerce.vector("shares", v, SHARE_RULE).map((x) => new D(x));
  let total = new D(0);
  for (const x of xs) total = total.plus(x);
  if (total.gt(1)) throw new DepinError("OUT_OF_RANGE", "shares", total.toNumber(), msg.sumAtMost("shares", 1, total.toNumber()));
  return xs;
}

/** Labels: blank gives "share 1", "share 2", …; otherwise one text per share (blank cells get the default label). */
export function labels(v: unknown, n: number): string[] {
  if (coerce.isBlank(v)) return defaultLabels(n);
  const g = coerce.grid(v);
  const cells = g.length <= 1 ? (g[0] ?? []) : g.every((r) => r.length === 1) ? g.map((r) => r[0]) : null;
  if (cells === null) throw new DepinError("INVALID_ARG", "labels", v, msg.vector("labels", v));
  if (cells.length !== n) throw new DepinError("INVALID_ARG", "labels", v, msg.sameLength("labels", "share", n, v));
  return cells.map((c, i) => coerce.text("labels", c, defaultLabel(i)));
}

export const defaultLabel = (i: number): string => `share ${i + 1}`;
const defaultLabels = (n: number): string[] => Array.from({ length: n }, (_x, i) => defaultLabel(i));
