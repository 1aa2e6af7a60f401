/** The share of core/dd.ts fast-path decisions that fell back to decimal.js while `body` ran (issue 14). */
import * as dd from "../../src/engine/core/dd";

export function fallbackRate(body: () => void): number {
  const before = { ...dd.stats };
  body();
  const fastN = dd.stats.fast - before.fast;
  const slowN = dd.stats.fallback - before.fallback;
  return slowN / Math.max(1, fastN + slowN);
}
