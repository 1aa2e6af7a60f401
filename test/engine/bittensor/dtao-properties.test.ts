/**
 * Invariants of the Bittensor dTAO functions (STYLE.md §Tests; SPEC §4.6), checked with fast-check on the
 * cores of src/engine/networks/bittensor/dtao.ts and, for the halving calendar and the flow shares, through
 * the declared functions (generic runner).
 */
import fc from "fast-check";
import { D, type Dec } from "../../../src/engine/core/decimal";
import { bind } from "../../../src/engine/core/runner";
import * as dtao from "../../../src/engine/networks/bittensor/dtao";
import { functions } from "../../../src/engine/networks/bittensor/dtao-functions";
import { oracle } from "./dtao-oracle";

const declared = (id: string) => bind(functions.find((d) => d.id === id)!);
const dbl = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const reserve = dbl(1e-6, 1e12).filter((x) => x > 0);
const amount = dbl(0, 1e12);
const weight = dbl(0.01, 0.99);
const fee = dbl(0, 1);
const direction = fc.constantFrom<dtao.SwapDirection>("stake", "unstake");
const d = (x: number) => new D(x);

describe("TAO_POOL_SWAP invariants", () => {
  it("a swap never returns more than the output reserve, nor less than 0", () => {
    fc.assert(
      fc.property(reserve, reserve, amount, direction, weight, fee, (y, x, a, dir, w, f) => {
        const out = dtao.poolSwap(d(y), d(x), d(a), dir, d(w), d(f));
        const outReserve = dir === "stake" ? x : y;
        expect(out.gte(0)).toBe(true);
        expect(out.lte(outReserve)).toBe(true);
      })
    );
  });

  it("the output is monotone (non-decreasing) in the amount put in", () => {
    fc.assert(
      fc.property(reserve, reserve, amount, amount, direction, weight, fee, (y, x, a1, a2, dir, w, f) => {
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const outLo = dtao.poolSwap(d(y), d(x), d(lo), dir, d(w), d(f));
        const outHi = dtao.poolSwap(d(y), d(x), d(hi), dir, d(w), d(f));
        expect(outLo.lte(outHi)).toBe(true);
      })
    );
  });

  it("staking then unstaking what was received never returns more TAO than was staked", () => {
    // The pool after the stake holds y + net TAO and x − alpha_out alpha (the fee goes to the block author).
    // That state is formed here at 40 digits rounded in the pool's favour (TAO down, alpha up), so any gain the
    // round trip showed would be the swap's own, not rounding in this test's bookkeeping.
    const Down = D.clone({ rounding: D.ROUND_FLOOR });
    const Up = D.clone({ rounding: D.ROUND_CEIL });
    fc.assert(
      fc.property(reserve, reserve, amount, weight, fee, (y, x, t, w, f) => {
        const alphaOut = dtao.poolSwap(d(y), d(x), d(t), "stake", d(w), d(f));
        const net = Down.mul(t, Down.sub(1, f));
        const y2 = new D(Down.add(y, net));
        const x2 = new D(Up.sub(x, alphaOut));
        if (!x2.gt(0)) return; // the whole alpha reserve left the pool: nothing to sell back into
        const back = dtao.poolSwap(y2, x2, alphaOut, "unstake", d(w), d(f));
        expect(back.lte(t)).toBe(true);
        expect(back.lte(net)).toBe(true);
      })
    );
  });

  // Within 40-digit rounding, which is relative to the reserves: an input below 1e-40 of the TAO reserve vanishes.
  it("without fee and with w = 0.5 it is the constant-product x·a/(y + a) (within 40-digit rounding of the reserve)", () => {
    fc.assert(
      fc.property(reserve, reserve, amount, (y, x, a) => {
        const out = dtao.poolSwap(d(y), d(x), d(a), "stake", d(0.5), d(0));
        const cp = d(x).mul(a).div(d(y).plus(a));
        expect(out.minus(cp).abs().lte(d(x).mul("1e-38"))).toBe(true);
      })
    );
  });
});

describe("TAO_INJECTION invariants", () => {
  const nonNeg = fc.oneof(fc.constant(0), dbl(0, 1e9));
  it("tao_in + excess_tao = T exactly; tao_in ≤ T; excess ≥ 0; alpha_in ≤ cap; tao_in = alpha_in × p when capped", () => {
    fc.assert(
      fc.property(nonNeg, nonNeg, nonNeg, (t, p, cap) => {
        const r = dtao.injection(d(t), d(p), d(cap));
        expect(r.taoIn.plus(r.excessTao).eq(t)).toBe(true);
        expect(r.taoIn.lte(t)).toBe(true);
        expect(r.excessTao.gte(0)).toBe(true);
        expect(r.alphaIn.lte(cap) || p === 0).toBe(true);
        if (r.excessTao.gt(0)) expect(r.taoIn.eq(d(cap).mul(p))).toBe(true);
      })
    );
  });
});

describe("TAO_SHARE_FLOW invariants", () => {
  const shares = declared("TAO_SHARE_FLOW");
  const flows = fc.array(fc.oneof(fc.constant(0), dbl(-1e9, 1e9)), { minLength: 1, maxLength: 40 });
  const cutoff = fc.oneof(fc.constant(null), dbl(-1e9, 1e9));
  const exponent = fc.oneof(fc.constant(null), dbl(0.1, 4));
  it("shares are fractions that sum to 1, or all 0 exactly when no flow is above the lower limit", () => {
    fc.assert(
      fc.property(flows, cutoff, exponent, (s, c, p) => {
        const out = (shares(s.map((x) => [x]), c, p) as Dec[][]).map((r) => r[0]!);
        expect(out.length).toBe(s.length);
        const lower = Math.max(c ?? 0, Math.min(0, ...s));
        const anyAbove = s.some((x) => x > lower);
        const sum = out.reduce((a, x) => a.plus(x), new D(0));
        for (const x of out) expect(x.gte(0) && x.lte(1)).toBe(true);
        if (anyAbove) expect(sum.minus(1).abs().lte("1e-30")).toBe(true);
        else expect(out.every((x) => x.isZero())).toBe(true);
      })
    );
  });

  it("feeding TAO_NET_FLOW's result keeps the shares summing to 1 (or all 0)", () => {
    const net = declared("TAO_NET_FLOW");
    const pair = fc.integer({ min: 1, max: 20 }).chain((n) =>
      fc.tuple(fc.array(dbl(-1e6, 1e6), { minLength: n, maxLength: n }), fc.array(dbl(-1e6, 1e6), { minLength: n, maxLength: n }))
    );
    fc.assert(
      fc.property(pair, ([u, p]) => {
        const s = (net(u.map((x) => [x]), p) as Dec[][]).map((r) => r[0]!.toNumber());
        const out = (shares(s.map((x) => [x])) as Dec[][]).map((r) => r[0]!);
        const sum = out.reduce((a, x) => a.plus(x), new D(0));
        expect(sum.isZero() || sum.minus(1).abs().lte("1e-30")).toBe(true);
      })
    );
  });
});

describe("TAO_HALVING_SCHEDULE invariants", () => {
  const schedule = declared("TAO_HALVING_SCHEDULE");
  it("equals the BigInt oracle of REFERENCE.md §G.8 at any issuance in whole micro-TAO", () => {
    // u micro-TAO: the double u / 1e6 has at most 14 significant digits, so its shortest decimal form is exact
    // and the issuance in rao is u × 1000.
    const micro = fc.integer({ min: 0, max: 21_000_000_000_000 });
    fc.assert(
      fc.property(micro, fc.integer({ min: 1, max: 12 }), (u, n) => {
        const got = schedule(u / 1e6, n) as unknown[][];
        const want = oracle(BigInt(u) * 1000n, n, 7200);
        expect(got.length).toBe(want.length);
        got.forEach((row, i) =>
          row.forEach((cell, j) => {
            const w = want[i]![j]!;
            if (w === null) expect(cell).toBeNull();
            else if (typeof cell === "string") expect(cell).toBe(w);
            else expect(new D(String(cell)).minus(w).abs().lte("1e-30")).toBe(true);
          })
        );
      })
    );
  });

  it("blocks_from_now increases row by row and the rows' issuances increase", () => {
    fc.assert(
      fc.property(dbl(0, 20_999_999), (issuance) => {
        const rows = (schedule(issuance, 8) as unknown[][]).slice(1);
        for (let i = 1; i < rows.length; i++) {
          expect(new D(String(rows[i]![1])).gt(String(rows[i - 1]![1]))).toBe(true);
          if (rows[i]![3] !== null) expect(new D(String(rows[i]![3])).gt(String(rows[i - 1]![3]))).toBe(true);
        }
      })
    );
  });
});

describe("scalar functions on numbers: the same double as the Decimal path (fast path or fallback)", () => {
  /** A decimal as users type them (m / 10^k), or any double (which the fast path may refuse). */
  const typed = (maxM: number, maxK: number) =>
    fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: maxM }), fc.integer({ min: 0, max: maxK })).map(([m, k]) => m / 10 ** k),
      dbl(0, maxM)
    );
  const num = (x: number | Dec) => (typeof x === "number" ? x : x.toNumber());
  const same = (fast: number | Dec, slow: Dec) => expect(Object.is(num(fast), slow.toNumber()) || num(fast) === slow.toNumber()).toBe(true);
  const frac = typed(1000, 3).map((x) => Math.min(x / 1000, 1));
  const pos = typed(1e9, 6).filter((x) => x > 0);
  const weightArb = fc.oneof(fc.constant(0.5), fc.integer({ min: 1, max: 99 }).map((n) => n / 100), weight);
  const feeArb = fc.oneof(fc.constant(33 / 65535), fc.constant(0), fc.integer({ min: 0, max: 10000 }).map((n) => n / 1e6), fee);

  it("TAO_ROOT_PROP", () => {
    fc.assert(fc.property(frac, typed(1e9, 4), typed(1e9, 4), (t, r, a) => same(dtao.rootPropValue(t, r, a), dtao.rootProp(d(t), d(r), d(a)))), { numRuns: 300 });
  });
  it("TAO_POOL_PRICE", () => {
    fc.assert(fc.property(typed(1e9, 4), pos, weightArb, (y, x, w) => same(dtao.poolPriceValue(y, x, w), dtao.poolPrice(d(y), d(x), d(w)))), { numRuns: 300 });
  });
  it("TAO_EMA_PRICE", () => {
    const b = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000_000 }));
    const ma = fc.oneof(fc.constant(0.000003), fc.constant(12885 / 2 ** 32), frac);
    const h = fc.oneof(fc.constant(201600), fc.integer({ min: 1, max: 1_000_000 }));
    fc.assert(
      fc.property(typed(1000, 6), typed(1000, 6), b, ma, h, (prev, spot, bb, m, hh) => same(dtao.emaPriceValue(prev, spot, bb, m, hh), dtao.emaPrice(d(prev), d(spot), bb, d(m), d(hh)))),
      { numRuns: 300 }
    );
  });
  it("TAO_POOL_SWAP", () => {
    fc.assert(
      fc.property(pos, pos, typed(1e7, 4), direction, weightArb, feeArb, (y, x, a, dir, w, f) =>
        same(dtao.poolSwapValue(y, x, a, dir, w, f), dtao.poolSwap(d(y), d(x), d(a), dir, d(w), d(f)))
      ),
      { numRuns: 300 }
    );
  });
});
