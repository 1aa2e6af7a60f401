/**
 * dd.fromAnyNumber (src/engine/core/dd.ts): any double read as its shortest decimal (String(x), what
 * `new Decimal(x)` parses), as a double-double whose error bound covers that decimal exactly. Checked against
 * exact decimal arithmetic on the double-double's parts, over wide random doubles and formula-like results.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import * as dd from "../../../src/engine/core/dd";

/** Exact arithmetic on doubles' full expansions (at most ~80 significant digits in the range tested). */
const Exact = Decimal.clone({ precision: 400 });
const expansion = (d: number) => new Exact(d.toPrecision(100));

function covers(x: number): boolean {
  const v = dd.fromAnyNumber(x);
  if (v === undefined) return false;
  const diff = expansion(v.hi).plus(expansion(v.lo)).minus(new Exact(String(x))).abs();
  expect(diff.lte(v.err)).toBe(true);
  expect(dd.nearest(v)).toBe(x);
  return true;
}

describe("dd.fromAnyNumber", () => {
  it("covers the shortest decimal of any double in 1e-6 … 1e16 (both signs), and accepts every one", () => {
    let accepted = 0;
    let n = 0;
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e16, noNaN: true }), fc.boolean(), (x, negative) => {
        n++;
        if (covers(negative ? -x : x)) accepted++;
      }),
      { numRuns: 5000, seed: 1406 }
    );
    expect(accepted).toBe(n);
  });

  it("formula results: seconds / 31,557,600, 1/3, 0.1 + 0.2, 23/24, and short decimals as fromNumber reads them", () => {
    for (const x of [35090906 / 31557600, 1 / 3, 0.1 + 0.2, 23 / 24, 2 / 3 * 100, 1e21, 123456789012345680000, 0.1, 5e-7, 9007199254740993]) {
      expect(covers(x)).toBe(true);
    }
    fc.assert(fc.property(fc.integer({ min: 1, max: 2e9 }), (s) => expect(covers(s / 31557600)).toBe(true)), { numRuns: 2000, seed: 1407 });
  });

  it("refuses exponents beyond 10^±44 and non-finite values", () => {
    expect(covers(1.2345678901234567e-25)).toBe(true);
    expect(dd.fromAnyNumber(1.2345678901234567e-30)).toBeUndefined();
    expect(covers(1.2345678901234567e50)).toBe(true);
    expect(dd.fromAnyNumber(1.2345678901234567e70)).toBeUndefined();
    expect(dd.fromAnyNumber(Infinity)).toBeUndefined();
    expect(dd.fromAnyNumber(NaN)).toBeUndefined();
  });
});
