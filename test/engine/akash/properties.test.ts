/** Invariants of the Akash functions (STYLE.md §Tests), checked with fast-check. */
import fc from "fast-check";
import { D } from "../../../src/engine/core/decimal";
import { fn } from "../../helpers/fn";

const amount = fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true });
const fraction = fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true });
/**
 * The fee functions return the nearest double of their exact result when the exact small-decimal backend
 * applies (core/arith.ts), else a 40-digit Decimal: compare as decimals, allowing the double's rounding.
 */
const dd = (x: { toString(): string } | number) => new D(x.toString());
const ulps = (a: number) => new D(Math.max(a, 1)).mul("4e-16");
const micro = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

describe("AKT fee invariants", () => {
  it("take, make and network fees never exceed the payment", () => {
    fc.assert(
      fc.property(amount, fraction, fraction, fraction, (a, t, m, d) => {
        expect(dd(fn("AKT_TAKE_FEE")(a, t, d)).lte(a)).toBe(true);
        expect(dd(fn("AKT_MAKE_FEE")(a, m, d)).lte(a)).toBe(true);
        // F_n can exceed F0 only when R_t + R_m > 1 (summed exactly, not in doubles).
        if (new D(t).plus(m).lte(1)) expect(dd(fn("AKT_NETWORK_FEE")(a, t, m, d)).lte(a)).toBe(true);
      })
    );
  });

  it("provider fee + take fee = payment; with provider_pays_make, + make fee too", () => {
    fc.assert(
      fc.property(amount, fraction, fraction, fraction, (a, t, m, d) => {
                const tol = ulps(a); // each output is at most half an ulp from its exact value
        const sum1 = dd(fn("AKT_PROVIDER_FEE")(a, t, d, m, false)).plus(dd(fn("AKT_TAKE_FEE")(a, t, d)));
        const sum2 = dd(fn("AKT_PROVIDER_FEE")(a, t, d, m, true)).plus(dd(fn("AKT_TAKE_FEE")(a, t, d))).plus(dd(fn("AKT_MAKE_FEE")(a, m, d)));
        expect(sum1.minus(a).abs().lte(tol)).toBe(true);
        expect(sum2.minus(a).abs().lte(tol)).toBe(true);
      })
    );
  });

  it("network fee = take fee + make fee", () => {
    fc.assert(
      fc.property(amount, fraction, fraction, fraction, (a, t, m, d) => {
        const diff = dd(fn("AKT_NETWORK_FEE")(a, t, m, d)).minus(dd(fn("AKT_TAKE_FEE")(a, t, d)).plus(dd(fn("AKT_MAKE_FEE")(a, m, d))));
        expect(diff.abs().lte(ulps(a))).toBe(true);
      })
    );
  });

  it("on-chain take is a whole number ≤ the payment, and take + earnings = payment", () => {
    fc.assert(
      fc.property(micro, fc.constantFrom<unknown>("uakt", "ibc/USDC", null), fc.option(fc.integer({ min: 0, max: 100 })), (a, denom, r) => {
        const take = dd(fn("AKT_ONCHAIN_TAKE_UAKT")(a, denom, r));
        const earn = dd(fn("AKT_ONCHAIN_EARNINGS_UAKT")(a, denom, r));
        expect(take.isInteger()).toBe(true);
        expect(take.lte(a)).toBe(true);
        expect(take.plus(earn).eq(a)).toBe(true);
      })
    );
  });
});

describe("AKT supply invariants", () => {
  const years = fc.double({ min: 0, max: 200, noNaN: true, noDefaultInfinity: true });
  const halfLife = fc.double({ min: 0.25, max: 10, noNaN: true, noDefaultInfinity: true });
  const model = fc.constantFrom("linear", "compounding");

  it("supply is monotone in time and stays below the linear cap", () => {
    fc.assert(
      fc.property(years, years, halfLife, model, (t1, t2, l, m) => {
        const [a, b] = t1 <= t2 ? [t1, t2] : [t2, t1];
        // Each result is the double nearest its exact value (a fallback's 40-digit Decimal rounds to that double):
        // rounding to the nearest double is monotone, so the order and the bounds hold between the doubles.
        const sa = Number(fn("AKT_SUPPLY")(a, null, null, l, m));
        const sb = Number(fn("AKT_SUPPLY")(b, null, null, l, m));
        const cap = Number(fn("AKT_MAX_SUPPLY")(null, null, l));
        expect(sa <= sb).toBe(true);
        expect(sb <= cap).toBe(true);
        expect(sa >= 1e8).toBe(true);
      })
    );
  });

  it("emission rate halves every half-life", () => {
    fc.assert(
      fc.property(years, halfLife, (t, l) => {
        // t + l is rounded to a double before the engine sees it, hence the 1e-12 tolerance.
        const r0 = dd(fn("AKT_EMISSION_RATE")(t, null, null, l));
        const r1 = dd(fn("AKT_EMISSION_RATE")(t + l, null, null, l));
        expect(r0.div(r1).minus(2).abs().lte("1e-12")).toBe(true);
      })
    );
  });
});

describe("AKT_POOL_SPLIT invariants", () => {
  it("the rows sum to the pool", () => {
    const shares = fc
      .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 })
      .map((xs) => {
        const total = xs.reduce((s, x) => s + x, 0);
        const scale = Math.max(total, 1000);
        return xs.map((x) => x / scale);
      })
      .filter((xs) => xs.reduce((s, x) => s.plus(x), new D(0)).lte(1));
    fc.assert(
      fc.property(amount, shares, (pool, xs) => {
        const rows = fn("AKT_POOL_SPLIT")(pool, [xs], null) as unknown[][];
        expect(rows.length).toBe(xs.length + 1);
        const total = rows.reduce((s, r) => s.plus(r[1] as InstanceType<typeof D>), new D(0));
        expect(total.minus(pool).abs().lte(new D(pool).mul("1e-35"))).toBe(true);
        for (const r of rows) expect((r[1] as InstanceType<typeof D>).gte(0)).toBe(true);
      })
    );
  });
});
