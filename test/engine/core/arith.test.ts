/**
 * core/arith.ts: the exact small-decimal backend must give the very same double as decimal.js (the
 * reference backend) for every formula it accepts, and must refuse (fall back) when a value does not fit.
 */
import fc from "fast-check";
import { addShort, type Arith, decimalArith, exactArith, INEXACT, isInexact, mulShort, OUT, READ, readShort, run, shortToDouble } from "../../../src/engine/core/arith";
import { D } from "../../../src/engine/core/decimal";
import * as ionet from "../../../src/engine/networks/ionet";
import { fn } from "../../helpers/fn";

/** Decimals as analysts type them: up to 10 fractional digits, any magnitude sign. */
const typed = fc
  .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 10 }))
  .map(([m, k]) => Number(`${m}e-${k}`));
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 });
const value = fc.oneof(typed, anyDouble, fc.constantFrom(0, 1, 0.1, 0.2, 0.3, 2 ** 49 / 1e3, 2 ** 53 - 1, 1e-7, 0.0025, 0.02));

const formulas: [string, <T>(A: Arith<T>, x: T, y: T, z: T) => T][] = [
  ["x·y", (A, x, y) => A.mul(x, y)],
  ["x·y·(1 − z)", (A, x, y, z) => A.mul(A.mul(x, y), A.sub(A.c("1"), z))],
  ["x − x·(y + z)", (A, x, y, z) => A.sub(x, A.mul(x, A.add(y, z)))],
  ["x·(1 + 0.0025 + 0.02·y)", (A, x, y) => A.mul(x, A.add(A.add(A.c("1"), A.c("0.0025")), A.mul(A.c("0.02"), y)))],
];

describe("exact backend = decimal.js, bit for bit", () => {
  it.each(formulas)("%s", (_name, f) => {
    fc.assert(
      fc.property(value, value, value, (x, y, z) => {
        const fast = run((A) => f(A, A.num(x), A.num(y), A.num(z)));
        const reference = f(decimalArith, new D(x), new D(y), new D(z)).toNumber();
        const got = typeof fast === "number" ? fast : fast.toNumber();
        expect(Object.is(got, reference) || (got === 0 && reference === 0)).toBe(true);
      }),
      { numRuns: 3000 }
    );
  });

  it("reads a typed decimal as its shortest round-trip value", () => {
    fc.assert(
      fc.property(value, (x) => {
        const s = exactArith.num(x);
        if (isInexact(s)) return expect(s).toBe(INEXACT);
        expect(new D(s.m).div(new D(10).pow(s.k)).eq(new D(x))).toBe(true);
      }),
      { numRuns: 5000 }
    );
  });
});

describe("fallback", () => {
  it.each<[string, number]>([
    ["a double with more than 15 fractional digits", 0.1 + 0.2],
    ["a value whose scaled integer passes 2^49", 123456789.1234567],
    ["an integer above 2^53", 2 ** 60],
  ])("refuses %s", (_why, x) => {
    expect(exactArith.num(x)).toBe(INEXACT);
  });
  it("refuses a product past 2^53 and run() then answers with decimal.js", () => {
    const f = <T>(A: Arith<T>) => A.mul(A.num(99999999.99), A.num(99999999.99));
    expect(f(exactArith)).toBe(INEXACT); // carried to the end, not thrown
    const r = run(f);
    expect(typeof r).not.toBe("number");
    expect(new D(r.toString()).eq("9999999998000000.0001")).toBe(true);
  });
  it("the Akash fee functions take the fast path for typical inputs and agree with the reference", () => {
    expect(fn("AKT_TAKE_FEE")(1000, 0.2, 0.9)).toBe(20); // REFERENCE.md C.1 [AKT-01]
    expect(typeof fn("AKT_TAKE_FEE")(1234.56, 0.2, 0.05)).toBe("number");
    expect(fn("AKT_TAKE_FEE")(1234.56, 0.2, 0.05)).toBe(new D("1234.56").mul("0.2").mul("0.95").toNumber());
  });
  it("the io.net fee functions give the reference double (REFERENCE.md A.4 written out in decimal.js)", () => {
    const money = fc.oneof(typed.map(Math.abs), fc.double({ min: 0, max: 1e12, noNaN: true }));
    const share = fc.oneof(fc.integer({ min: 0, max: 100 }).map((p) => p / 100), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(money, share, share, (r, s1, s2) => {
        const num = (x: unknown) => (typeof x === "number" ? x : new D(String(x)).toNumber());
        const fee = (s: number) => new D("0.0025").plus(new D("0.02").mul(new D(s)));
        expect(num(ionet.renterCost(r, s1, null, null))).toBe(new D(r).mul(fee(s1).plus(1)).toNumber());
        expect(num(ionet.supplierPayout(r, s1, null, null))).toBe(new D(r).mul(new D(1).minus(fee(s1))).toNumber());
        expect(num(ionet.networkRevenue(r, s1, s2))).toBe(new D(r).mul(fee(s1).plus(fee(s2))).toNumber());
      }),
      { numRuns: 2000 }
    );
    expect(ionet.renterCost(1000, 1, null, null)).toBe(1022.5); // [IO-14]
    expect(ionet.supplierPayout(1000, 0, null, null)).toBe(997.5); // [IO-15]
  });
  it("the Clore.ai fee functions give the reference double (REFERENCE.md D.3 written out in decimal.js)", () => {
    const money = fc.oneof(typed.map(Math.abs), fc.double({ min: 0, max: 1e12, noNaN: true }));
    const holding = fc.constantFrom(0, 500000, 1000000, 3000000); // discounts 0, 0.13, 0.25, 0.5
    const rho: Record<number, string> = { 0: "0", 500000: "0.13", 1000000: "0.25", 3000000: "0.5" };
    const mfp = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 }).map((x) => x / 100));
    fc.assert(
      fc.property(money, holding, holding, mfp, (p, rh, hh, m) => {
        const num = (x: unknown) => (typeof x === "number" ? x : new D(String(x)).toNumber());
        const side = (h: number) => new D("0.05").mul(new D(1).minus(rho[h]!));
        const renter = new D(p).mul(side(rh).plus(1));
        const host = new D(p).mul(new D(1).minus(side(hh)).minus(new D("0.15").mul(new D(1).minus(new D(m)))));
        expect(num(fn("CLORE_RENTER_COST")(p, "on_demand", rh, null))).toBe(renter.toNumber());
        expect(num(fn("CLORE_HOST_PAYOUT")(p, "on_demand", "BTC", hh, m, null))).toBe(host.toNumber());
        expect(num(fn("CLORE_PLATFORM_FEE")(p, "on_demand", "BTC", rh, hh, m, null))).toBe(renter.minus(host).toNumber());
      }),
      { numRuns: 2000 }
    );
    expect(fn("CLORE_RENTER_COST")(100, null, null, null)).toBe(105); // [CLR-06]
    expect(fn("CLORE_HOST_PAYOUT")(100, null, null, 1000000, null, null)).toBe(96.25); // [CLR-07]
  });
});

describe("allocation-free steps = the exact backend", () => {
  /** (m, k) as the exact backend holds it, or undefined for INEXACT. */
  const held = (x: { m: number; k: number }) => (isInexact(x) ? undefined : [x.m, x.k]);
  const out = (ok: boolean) => (ok ? [OUT[0], OUT[1]] : undefined);
  it("readShort reads what exactArith.num reads, and refuses what it refuses", () => {
    fc.assert(
      fc.property(value, (x) => {
        const ok = readShort(x);
        expect(ok ? [READ[0], READ[1]] : undefined).toEqual(held(exactArith.num(x)));
      }),
      { numRuns: 5000 }
    );
  });
  it("mulShort, addShort (and a − b as a + (−b)) give exactArith's mul, add and sub, INEXACT included", () => {
    fc.assert(
      fc.property(value, value, (x, y) => {
        const a = exactArith.num(x);
        const b = exactArith.num(y);
        fc.pre(!isInexact(a) && !isInexact(b));
        expect(out(mulShort(a.m, a.k, b.m, b.k))).toEqual(held(exactArith.mul(a, b)));
        expect(out(addShort(a.m, a.k, b.m, b.k))).toEqual(held(exactArith.add(a, b)));
        expect(out(addShort(a.m, a.k, -b.m, b.k))).toEqual(held(exactArith.sub(a, b)));
        const p = exactArith.mul(a, b);
        // The exact product's double (zeros compared as 0: the exact backend reads −0 as 0).
        if (!isInexact(p)) expect(shortToDouble(p.m, p.k) || 0).toBe(new D(x).mul(new D(y)).toNumber() || 0);
      }),
      { numRuns: 5000 }
    );
  });
  it("addShort refuses, as exactArith.add does, when an operand brought to the common scale passes 2^53", () => {
    // 900719925474100 at scale 10^-1 is 9007199254741000 > 2^53, though the sum with b would be 0.9.
    const a = { m: 900719925474100, k: 0 };
    const b = { m: -9007199254740991, k: 1 };
    expect(isInexact(exactArith.add(a, b))).toBe(true);
    expect(addShort(a.m, a.k, b.m, b.k)).toBe(false);
    expect(addShort(b.m, b.k, a.m, a.k)).toBe(false);
  });
  it("the Akash fee functions' fast paths give the reference double (REFERENCE.md C.1 written out in decimal.js)", () => {
    const money = fc.oneof(typed.map(Math.abs), fc.double({ min: 0, max: 1e12, noNaN: true }), fc.constantFrom(0, -0, 2 ** 49 / 1e3));
    const fraction = fc.oneof(fc.integer({ min: 0, max: 10000 }).map((p) => p / 10000), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, -0, 1));
    const num = (x: unknown) => (typeof x === "number" ? x : new D(String(x)).toNumber());
    fc.assert(
      fc.property(money, fraction, fraction, (amount, rate, discount) => {
        const feeOf = new D(amount).mul(new D(rate)).mul(new D(1).minus(new D(discount)));
        const want = (d: InstanceType<typeof D>) => {
          const n = d.toNumber();
          return n === 0 ? 0 : n; // −0 is shown as 0, as every result is
        };
        expect(num(fn("AKT_TAKE_FEE")(amount, rate, discount))).toBe(want(feeOf));
        expect(num(fn("AKT_MAKE_FEE")(amount, rate, discount))).toBe(want(feeOf));
        expect(num(fn("AKT_PROVIDER_FEE")(amount, rate, discount, null, false))).toBe(want(new D(amount).minus(feeOf)));
      }),
      { numRuns: 3000 }
    );
  });
});
