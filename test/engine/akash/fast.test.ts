/**
 * The fast cores (src/engine/networks/akash/fast.ts, sdkdec.ts) against the 40-digit decimal cores of
 * formulas.ts, bit for bit (Object.is on the doubles), over wide random domains and targeted hard cases
 * (exact midpoints between doubles, half-even ties of sdk.Dec, decay coefficients next to a multiple of
 * 10^−6). The double-double fallback rate is counted (core/dd.ts stats) and must stay small on typed inputs.
 */
import fc from "fast-check";
import * as dd from "../../../src/engine/core/dd";
import { fallbackRate } from "../../helpers/fallback";
import { D, type Dec } from "../../../src/engine/core/decimal";
import * as fast from "../../../src/engine/networks/akash/fast";
import * as f from "../../../src/engine/networks/akash/formulas";
import * as S from "../../../src/engine/networks/akash/sdkdec";

const num = (x: number | Dec): number => (typeof x === "number" ? x : x.toNumber());
const s = (x: number): Dec => f.sdkDec(new D(x));
/** A typed value: an integer up to `max` with `k` decimals. */
const typed = (max: number, k: number) => fc.integer({ min: 0, max: Math.round(max * 10 ** k) }).map((m) => m / 10 ** k);
const anyDouble = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const RUNS = { numRuns: 3000, seed: 14 };


// Decimal references on numbers, as the declarations called them before (every `as: "decimal"` argument is new D(x)).
const ref = {
  maxSupply: (m0: number, i0: number, l: number) => f.maxSupply(new D(m0), new D(i0), new D(l)).toNumber(),
  supply: (t: number, m0: number, i0: number | undefined, l: number, model: "linear" | "compounding") => {
    const i = i0 !== undefined ? new D(i0) : model === "linear" ? new D(1) : f.calibratedInitialInflation(new D(l));
    return f.supply(new D(t), new D(m0), i, new D(l), model).toNumber();
  },
  emission: (t: number, m0: number, i0: number, l: number) => f.emissionRate(new D(t), new D(m0), new D(i0), new D(l)).toNumber(),
  apr: (i: number, b: number, tax: number, c: number) => f.stakingApr(new D(i), new D(b), new D(tax), new D(c)).toNumber(),
  mint: (i: number, b: number, g: number, rc: number, min: number, max: number, bpy: number) =>
    f.mintInflation(s(i), s(b), s(g), s(rc), s(min), s(max), new D(bpy)).toNumber(),
  block: (i: number, sup: number, bpy: number) => f.blockProvision(s(i), new D(sup), new D(bpy)).toNumber(),
  decay: (t: number, i: number, b: number, i0: number, l: number, v: number, g: number, rc: number, bpy: number) =>
    f.decayInflation(new D(t), s(i), s(b), s(i0), new D(l), s(v), s(g), s(rc), new D(bpy)).toNumber(),
};

describe("supply curve and staking APR: double-double = decimal, bit for bit", () => {
  const model = fc.constantFrom<"linear" | "compounding">("linear", "compounding");

  it("typed inputs (the spreadsheet's short decimals), with a small fallback rate", () => {
    const rate = fallbackRate(() =>
      fc.assert(
        fc.property(typed(200, 6), typed(1e10, 2), typed(5, 4), fc.integer({ min: 500, max: 100000 }), model, fc.boolean(), (t, m0, i0, l1, model, blank) => {
          const l = l1 / 1000;
          expect(num(fast.maxSupply(m0, i0, l))).toBe(ref.maxSupply(m0, i0, l));
          expect(num(fast.supply(t, m0, blank ? undefined : i0, l, model))).toBe(ref.supply(t, m0, blank ? undefined : i0, l, model));
          expect(num(fast.emissionRate(t, m0, i0, l))).toBe(ref.emission(t, m0, i0, l));
          const b = Math.max(l1 / 100000, 1e-5);
          const tax = (l1 % 10000) / 10000;
          expect(num(fast.stakingApr(i0, b, tax, 0.05))).toBe(ref.apr(i0, b, tax, 0.05));
        }),
        RUNS
      )
    );
    // Only exact-zero results and values the test cannot separate from a rounding boundary fall back.
    expect(rate).toBeLessThan(0.02);
  });

  it("arbitrary doubles (most are not short decimals and fall back; the rest must agree)", () => {
    fc.assert(
      fc.property(anyDouble(0, 1e4), anyDouble(0, 1e15), anyDouble(0, 50), anyDouble(1e-3, 1e3), model, (t, m0, i0, l, model) => {
        expect(num(fast.maxSupply(m0, i0, l))).toBe(ref.maxSupply(m0, i0, l));
        expect(num(fast.supply(t, m0, i0, l, model))).toBe(ref.supply(t, m0, i0, l, model));
        expect(num(fast.emissionRate(t, m0, i0, l))).toBe(ref.emission(t, m0, i0, l));
      }),
      { numRuns: 1500, seed: 15 }
    );
  });

  it("formula results (years = seconds / 31,557,600, full doubles) take the fast path too (dd.fromAnyNumber)", () => {
    const seconds = fc.integer({ min: 1, max: 60 * 31557600 }).map((x) => x / 31557600);
    const rate = fallbackRate(() =>
      fc.assert(
        fc.property(seconds, fc.integer({ min: 1, max: 1000 }).map((x) => x / 7), model, (t, l, model) => {
          expect(num(fast.supply(t, 1e8, undefined, l, model))).toBe(ref.supply(t, 1e8, undefined, l, model));
          expect(num(fast.emissionRate(t, 1e8, 1, l))).toBe(ref.emission(t, 1e8, 1, l));
        }),
        { numRuns: 3000, seed: 23 }
      )
    );
    expect(rate).toBeLessThan(0.001);
  });

  it("hard cases: exact midpoints between doubles (half-even ties) and exact powers of two", () => {
    // 134217729 × 67108865 = 2^53 + 2^27 + 2^26 + 1: odd above 2^53, exactly halfway between two doubles.
    const cases: [number, number, number, number][] = [];
    for (const [m0, i0] of [
      [134217729, 67108865],
      [134217731, 67108867],
      [13421772.9, 671088.65],
      [1e8, 1],
    ] as const) {
      for (const [t, l] of [[0, 2], [2, 2], [4, 2], [3, 1.5], [1, 3], [1e-9, 2], [1e-15, 7], [600, 1], [1e6, 1]] as const) cases.push([t, m0, i0, l]);
    }
    for (const [t, m0, i0, l] of cases) {
      expect(num(fast.emissionRate(t, m0, i0, l))).toBe(ref.emission(t, m0, i0, l));
      expect(num(fast.maxSupply(m0, i0, l))).toBe(ref.maxSupply(m0, i0, l));
      for (const model of ["linear", "compounding"] as const) expect(num(fast.supply(t, m0, i0 / 1e8, l, model))).toBe(ref.supply(t, m0, i0 / 1e8, l, model));
    }
    // APR with exact midpoint products: 0.2 × 0.98 / 0.5 × 0.95 and friends, and the zero results.
    for (const [i, b, tax, c] of [[0.13, 0.5, 0.02, 0], [134217729, 1, 0, 0.5], [0, 0.5, 0.02, 0.1], [-0, 0.5, 0.02, 0.1], [0.13, 0.5, -0, -0], [1, 0.25, 1, 0], [0.2, 1, 0.02, 0.05], [0.1, 3, 0, 0]] as const) {
      expect(num(fast.stakingApr(i, b, tax, c))).toBe(ref.apr(i, b, tax, c));
    }
  });
});

describe("sdk.Dec in BigInt = the decimal emulation, bit for bit", () => {
  const sdkText = (n: bigint) => new D(`${n}e-18`);
  const grid = fc.bigInt({ min: -(10n ** 34n), max: 10n ** 34n });

  it("Mul, Quo and the 18-place reading agree on random 18-place values (ties included)", () => {
    fc.assert(
      fc.property(grid, grid, fc.integer({ min: 0, max: 3 }), (a, b, tie) => {
        // tie: make the product's 19th+ digits exactly …5000 (a half-even tie) by multiplying by 5·10^17 / 10^18.
        const bb = tie === 0 ? 500000000000000000n : b;
        expect(sdkText(S.mul(a, bb)).eq(f.sdkMul(sdkText(a), sdkText(bb)))).toBe(true);
        if (bb !== 0n) expect(sdkText(S.quo(a, bb)).eq(f.sdkQuo(sdkText(a), sdkText(bb)))).toBe(true);
      }),
      { numRuns: 5000, seed: 16 }
    );
  });

  it("toSdk reads a double as decimal.js does, then rounds half-even to 18 places", () => {
    const xs = fc.oneof(anyDouble(-1e15, 1e15), typed(1e6, 9), fc.bigInt({ min: 0n, max: 10n ** 21n }).map((n) => Number(`${n}e-21`)));
    fc.assert(
      fc.property(xs, (x) => {
        expect(sdkText(S.toSdk(x)!).eq(s(x))).toBe(true);
      }),
      { numRuns: 5000, seed: 17 }
    );
    for (const x of [5e-19, 1.5e-18, 2.5e-18, 5e-324, 1e-7, 123456789.123456789, 1e15, -0]) expect(sdkText(S.toSdk(x)!).eq(s(x))).toBe(true);
  });
});

describe("x/mint and the decay calculator: BigInt = decimal emulation, bit for bit", () => {
  const frac = fc.oneof(typed(1, 4), anyDouble(0, 1), fc.constantFrom(0, 1, 0.67, 0.5));
  const goal = fc.oneof(typed(1, 4).filter((g) => g > 0), anyDouble(1e-20, 1), fc.constant(1e-300));
  const bpy = fc.oneof(fc.integer({ min: 1, max: 1e7 }), fc.constantFrom(5256000, 6311520, 2 ** 53, 2 ** 60));
  const infl = fc.oneof(typed(1, 6), anyDouble(0, 1e17));

  it("AKT_MINT_INFLATION", () => {
    fc.assert(
      fc.property(infl, frac, goal, frac, frac, frac, bpy, (i, b, g, rc, m1, m2, n) => {
        const [min, max] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(num(fast.mintInflation(i, b, g, rc, min, max, n))).toBe(ref.mint(i, b, g, rc, min, max, n));
      }),
      { numRuns: 5000, seed: 18 }
    );
  });

  it("AKT_BLOCK_PROVISION", () => {
    const supply = fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(296512863216948, 6311529999999, 2 ** 60, 1e21));
    fc.assert(
      fc.property(infl, supply, bpy, (i, sup, n) => {
        expect(num(fast.blockProvision(i, sup, n))).toBe(ref.block(i, sup, n));
      }),
      { numRuns: 5000, seed: 19 }
    );
    // exact multiples: floor of an integer quotient
    expect(num(fast.blockProvision(0.1, 6311520000000, 6311520))).toBe(ref.block(0.1, 6311520000000, 6311520));
  });

  const pct = fc.oneof(typed(100, 6), anyDouble(0, 1e3));
  const check = (t: number, i: number, b: number, i0: number, l: number, v: number, g: number, rc: number, n: number) =>
    expect(num(fast.decayInflation(t, i, b, i0, l, v, g, rc, n))).toBe(ref.decay(t, i, b, i0, l, v, g, rc, n));

  it("AKT_DECAY_INFLATION on wide random inputs (any doubles, extremes included)", () => {
    const years = fc.oneof(typed(40, 6), anyDouble(0, 1e3), fc.constantFrom(0, 2, 35090906 / 31557600));
    const lambda = fc.oneof(typed(10, 8).filter((l) => l > 0), anyDouble(1e-3, 1e3));
    fc.assert(
      fc.property(years, pct, frac, pct.map((x) => Math.min(x, 100)), lambda, frac, goal, frac, bpy, check),
      { numRuns: 5000, seed: 20 }
    );
  });

  it("AKT_DECAY_INFLATION on sheet-like inputs (t = seconds / 31,557,600, full doubles): the coefficient rarely falls back", () => {
    const seconds = fc.integer({ min: 1, max: 40 * 31557600 }).map((x) => x / 31557600);
    const rate = fallbackRate(() =>
      fc.assert(
        fc.property(seconds, typed(100, 6), typed(1, 4), typed(10, 8).filter((l) => l > 0.1), typed(1, 2), bpy, (t, i, b, l, v, n) =>
          check(t, i, b, 48.546257, l, v, 0.67, 0.05, n)
        ),
        { numRuns: 5000, seed: 21 }
      )
    );
    expect(rate).toBeLessThan(0.001);
  });

  it("AKT_DECAY_INFLATION hard cases: 2^(−t/λ) next to a multiple of 10^−6, exact powers of two, ties", () => {
    const cases: number[][] = [];
    // t/λ = −log2(c·10^−6): the coefficient sits on a truncation boundary (to double precision).
    for (let c = 1; c <= 1000000; c = Math.ceil(c * 1.37) + 1) {
      const t = -Math.log2(c * 1e-6);
      cases.push([t, 50, 0.5, 100, 1], [t * 2.5, 50, 0.67, 48.546257, 2.5], [Math.round(t * 1e6) / 1e6, 10, 0.9, 100, 1]);
    }
    for (let k = 0; k <= 10; k++) cases.push([2 * k, 10, 0.67, 100, 2], [k, 100, 0.3, 100, 1]);
    let fell = 0;
    const before = dd.stats.fallback;
    for (const [t, i, b, i0, l] of cases as [number, number, number, number, number][]) {
      // variance 0.5 and odd ideal digits make spread a half-even tie
      for (const v of [0.05, 0.5, 0.000000000000000005]) {
        expect(num(fast.decayInflation(t, i, b, i0, l, v, 0.67, 0.13, 5256000))).toBe(ref.decay(t, i, b, i0, l, v, 0.67, 0.13, 5256000));
      }
    }
    fell = dd.stats.fallback - before;
    // Boundary cases are meant to fall back; some must (else the hard cases are not hard).
    expect(fell).toBeGreaterThan(0);
  });
});

describe("x/take: BigInt = decimal core, bit for bit", () => {
  it("AKT_ONCHAIN_TAKE_UAKT and AKT_ONCHAIN_EARNINGS_UAKT on integer amounts (to 2^53 and past) and any rate", () => {
    const amount = fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(2 ** 53, 2 ** 53 + 2, 2 ** 80, 1e21, 12345679, 1000000));
    const rate = fc.oneof(typed(100, 4), anyDouble(0, 100), fc.constantFrom(0, -0, 2, 20, 100, 33.333333333333336));
    fc.assert(
      fc.property(amount, rate, (a, r) => {
        expect(num(fast.onchainTakeUakt(a, r))).toBe(f.onchainTakeUakt(new D(a), new D(r)).toNumber());
        expect(num(fast.onchainEarningsUakt(a, r))).toBe(f.onchainEarningsUakt(new D(a), new D(r)).toNumber());
      }),
      { numRuns: 5000, seed: 22 }
    );
  });
});
