/**
 * The number cores of the pre-dTAO scalar functions (issue 14, SPEC §7 speed) against their decimal cores, bit for
 * bit (Object.is: −0 included) over wide random domains (fast-check) and targeted hard cases: issuances at and
 * next to every halving threshold (1 rao either side, the rounding of a tenth of a rao, half-up ties), every k
 * of TAO_HALVING_ISSUANCE, and the fallback rate of the double-double paths.
 */
import fc from "fast-check";
import { D } from "../../../src/engine/core/decimal";
import * as f from "../../../src/engine/networks/bittensor/formulas";
import { fallbackRate } from "../../helpers/fallback";
import { coerce, DepinError, msg } from "../../../src/engine/core";
import { subnetToPrune } from "../../../src/engine/networks/bittensor";
import * as v from "../../../src/engine/networks/bittensor/validate";
import * as dtao from "../../../src/engine/networks/bittensor/dtao";

const num = (x: number | { toNumber(): number }): number => (typeof x === "number" ? x : x.toNumber());
const same = (a: number | { toNumber(): number }, b: number | { toNumber(): number }): void => {
  const x = num(a);
  const y = num(b);
  if (!Object.is(x, y)) throw new Error(`${x} !== ${y}`);
};
/** The same value for Excel: bit for bit, except that ±0 are one cell value (the host writes 0 for both). */
const sameCell = (a: number | { toNumber(): number }, b: number | { toNumber(): number }): void => {
  const x = num(a);
  const y = num(b);
  if (!(Object.is(x, y) || (x === 0 && y === 0))) throw new Error(`${x} !== ${y}`);
};

/** H_k = 21e15 − ⌊21e15 / 2^k⌋ rao, derived here in BigInt (block_emission.rs:38-84). */
const H = Array.from({ length: 31 }, (_v, k) => 21_000_000_000_000_000n - 21_000_000_000_000_000n / 2n ** BigInt(k));
/** rao as a decimal TAO string: 9 places. */
const taoText = (rao: bigint): string => `${rao / 1_000_000_000n}.${(rao % 1_000_000_000n).toString().padStart(9, "0")}`;

/** Issuances at, 1 rao around, and a fraction of a rao around every threshold, as the doubles users type. */
const hardIssuances: number[] = [];
for (const h of H) {
  for (const d of [-2n, -1n, 0n, 1n, 2n]) hardIssuances.push(Number(taoText(h + d)));
  const base = taoText(h);
  for (const tail of ["4", "5", "6", "49", "51", "5000001", "4999999"]) {
    hardIssuances.push(Number(`${taoText(h - 1n)}${tail}`), Number(`${base}${tail}`));
  }
}

/** A decimal with up to `k` places as typed (m / 10^k), or any double. */
const typed = (max: number, k: number) =>
  fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: Math.floor(max) }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 10 ** Math.min(k, 9) - 1 })).map(
      ([w, kk, frac]) => w + (frac % 10 ** kk) / 10 ** kk
    ),
    fc.double({ min: 0, max, noNaN: true })
  );

describe("halvings of an issuance: exact in doubles, the same as round(issuance × 1e9) rao in Decimal", () => {
  it("thresholds and their neighbours (every halving, 1 rao and fractions of a rao around it)", () => {
    for (const x of hardIssuances) {
      expect([x, f.halvingsAt(x)]).toEqual([x, f.halvingsDecimal(x)]);
    }
  });
  it("random issuances 0…25M (fast-check)", () => {
    fc.assert(fc.property(typed(25e6, 12), (x) => f.halvingsAt(x) === f.halvingsDecimal(x)), { numRuns: 20000 });
  });
  it("random issuances near a random threshold (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 0, max: 6 }), (k, off, places) => {
        const x = Number((Number(taoText(H[k]!)) + off / 10 ** (places + 3)).toFixed(9 + places));
        return f.halvingsAt(x) === f.halvingsDecimal(x);
      }),
      { numRuns: 20000 }
    );
  });
});

describe("TAO_BLOCK_EMISSION / TAO_DAILY_EMISSION / TAO_HALVING_ISSUANCE on numbers: the decimal cores' doubles", () => {
  it("TAO_BLOCK_EMISSION: hard cases and random issuances", () => {
    for (const x of hardIssuances) same(f.blockEmissionValue(x), f.blockEmission(x));
    fc.assert(fc.property(typed(25e6, 12), (x) => same(f.blockEmissionValue(x), f.blockEmission(x))), { numRuns: 5000 });
  });
  it("TAO_DAILY_EMISSION: random issuances and blocks per day (integers, short decimals, any double, −0)", () => {
    const blocks = fc.oneof(fc.constant(7200), fc.constant(-0), fc.constant(0), fc.integer({ min: 0, max: 2 ** 53 - 1 }), typed(1e7, 13), fc.double({ min: 0, max: 1e300, noNaN: true }));
    const iss = fc.oneof(fc.constantFrom(...hardIssuances), typed(25e6, 12));
    fc.assert(fc.property(iss, blocks, (x, b) => same(f.dailyEmissionValue(x, b), f.dailyEmission(x, new D(b)))), { numRuns: 20000 });
  });
  it("TAO_HALVING_ISSUANCE: every k = 0…200 and beyond", () => {
    for (let k = 0; k <= 260; k++) same(f.halvingIssuanceValue(k), f.halvingIssuance(k));
    for (const k of [1e6, 2 ** 53 - 1, 1e300]) same(f.halvingIssuanceValue(k), f.halvingIssuance(k));
  });
});

describe("TAO_NEURON_EMISSION / TAO_DELEGATE_REWARD on numbers: the decimal cores' doubles", () => {
  /** Inputs as typed (short decimals), any double (the double-double path), zeros, −0 and 1. */
  const wide = (max: number) => fc.oneof(typed(max, 9), fc.constantFrom(0, -0, 1), fc.double({ min: 0, max, noNaN: true }), fc.double({ min: 0, max: 1e-300, noNaN: true }));
  const fraction = fc.oneof(typed(1, 15).map((x) => Math.min(x, 1)), fc.constantFrom(0, -0, 1, 0.5, 11796 / 65535, 0.18), fc.double({ min: 0, max: 1, noNaN: true }));
  const d = (x: number) => new D(x);

  it("TAO_NEURON_EMISSION: random inputs (fast-check), the same double or the same error", () => {
    fc.assert(
      fc.property(wide(1e9), wide(1e9), wide(1e12), wide(1e9), wide(1e9), (i, dv, e, si, sd) => {
        let slow: number | string;
        try {
          slow = f.neuronEmission(d(i), d(dv), d(e), d(si), d(sd)).toNumber();
        } catch (err) {
          slow = (err as Error).message;
        }
        let fast: number | string;
        try {
          fast = num(f.neuronEmissionValue(i, dv, e, si, sd));
        } catch (err) {
          fast = (err as Error).message;
        }
        if (typeof slow === "string" || typeof fast === "string") expect(fast).toEqual(slow);
        else sameCell(fast, slow);
      }),
      { numRuns: 20000 }
    );
  });

  it("TAO_NEURON_EMISSION: hard cases (quotients of integers near 2^53, sums that carry, long decimals)", () => {
    const cases: number[][] = [
      [0.5, 0, 1, 1, 1],
      [1, 2, 3, 4, 5],
      [2 ** 52, 2 ** 52 - 1, 1, 3, 0],
      [2 ** 53 - 1, 0, 1, 2 ** 53 - 2, 0],
      [0.1, 0.2, 0.3, 0.7, 0.9],
      [1 / 3, 2 / 3, 1, 1, 1],
      [123456789.123456, 0.000001, 7.5, 3e-7, 1e9],
      [1e-300, 1e-300, 1e300, 1e-300, 0],
    ];
    for (const [i, dv, e, si, sd] of cases) same(f.neuronEmissionValue(i!, dv!, e!, si!, sd!), f.neuronEmission(d(i!), d(dv!), d(e!), d(si!), d(sd!)));
  });

  it("TAO_DELEGATE_REWARD: random inputs (fast-check), explicit and default take", () => {
    fc.assert(
      fc.property(wide(1e12), fraction, fc.option(fraction, { nil: undefined }), (r, s, t) =>
        sameCell(f.delegateRewardValue(r, s, t), f.delegateReward(d(r), d(s), t === undefined ? f.OWNER_CUT : d(t)))
      ),
      { numRuns: 20000 }
    );
  });

  it("TAO_DELEGATE_REWARD: hard cases (products at 2^53, 15-place fractions, the default take)", () => {
    const cases: [number, number, number | undefined][] = [
      [100, 0.5, 0.1],
      [100, 1, undefined],
      [100, 1, 0],
      [2 ** 53 - 1, 1, 0],
      [2 ** 53 - 1, 0.5, 0.5],
      [9007199254740.991, 0.999999999999999, 0.000000000000001],
      [1e-7, 0.123456789012345, 0.987654321098765],
      [1 / 3, 1 / 7, 1 / 11],
      [1e300, 1, undefined],
      [5e-324, 1, undefined],
    ];
    for (const [r, s, t] of cases) same(f.delegateRewardValue(r, s, t), f.delegateReward(d(r), d(s), t === undefined ? f.OWNER_CUT : d(t)));
  });

  it("fallback rate of the double-double paths on inputs that leave the exact integers (uniformly random doubles)", () => {
    // Uniform in each range: 16–17-digit decimals, so nearly every call takes the double-double path. (fast-check's
    // fc.double over-samples the bounds: takes within a few ulps of 1 lose their relative accuracy in 1 − take
    // and fall back, about 2 % of such calls.)
    const uniform = (lo: number, hi: number) => fc.integer({ min: 1, max: 2 ** 30 }).map((n) => lo + ((hi - lo) * n) / 2 ** 30);
    const r = fallbackRate(() =>
      fc.assert(
        fc.property(uniform(1e-6, 1e12), uniform(1e-6, 1), uniform(1e-6, 1e9), (a, b, c) => {
          f.neuronEmissionValue(a, c, a, b, c);
          f.delegateRewardValue(a, b, undefined);
          f.delegateRewardValue(a, b, b);
        }),
        { numRuns: 5000 }
      )
    );
    console.log(`TAO_NEURON_EMISSION / TAO_DELEGATE_REWARD double-double fallback rate: ${(r * 100).toFixed(3)} %`);
    expect(r).toBeLessThan(0.001);
  });
});

describe("TAO_SUBNET_TO_PRUNE: plain numbers skip the per-cell rule checks, with the same result or the same error", () => {
  /** The core as it read its arguments before (every cell through v.vector / coerce.num): the oracle. */
  function before(e: number[], registeredAt: unknown, currentBlock: unknown, immunityBlocks: unknown): number {
    if (e.length === 0) throw new DepinError("INVALID_ARG", "emissions", e, msg.required("emissions"));
    const reg = v.vector("registered_at", registeredAt, v.MAX_SUBNETS, { min: 0 });
    if (reg.length !== e.length) throw new DepinError("INVALID_ARG", "registered_at", registeredAt, msg.sameLength("registered_at", "subnet", e.length, registeredAt));
    const cur = coerce.num("current_block", currentBlock, v.RULES.currentBlock);
    const imm = coerce.num("immunity_blocks", immunityBlocks, v.RULES.immunityBlocks);
    const i = f.subnetToPrune(e, reg, cur, imm);
    if (i < 0) throw new DepinError("NOT_AVAILABLE", "registered_at", reg, msg.notAvailable(`every subnet is still immune (current_block − registered_at < ${imm} for all ${e.length} subnets)`));
    return i;
  }
  const outcome = (g: () => number): string => {
    try {
      return `value ${Object.is(g(), -0) ? "-0" : g()}`;
    } catch (err) {
      return `${(err as DepinError).code} ${(err as DepinError).param} ${(err as Error).message}`;
    }
  };
  const cell = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 2_000_000 }) },
    fc.constantFrom(-1, -0, 0.5, NaN, Infinity, null, undefined, "", "12", "abc", true, { error: "#N/A" }),
    fc.double({ min: -10, max: 1e7 })
  );
  const scalar = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 3_000_000 }) }, fc.constantFrom(-1, -0, 1.5, NaN, null, undefined, "7", "x", [[5]], [[1, 2]]));

  it("random emissions, registration ranges (columns, rows, ragged, wrong lengths, odd cells) and blocks (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.array(cell, { minLength: 0, maxLength: 7 }),
        fc.constantFrom("column", "row", "flat", "ragged"),
        scalar,
        scalar,
        (e, cells, shape, cur, imm) => {
          const reg = shape === "column" ? cells.map((c) => [c]) : shape === "row" ? [cells] : shape === "flat" ? cells : cells.map((c, i) => (i % 2 ? [c, c] : [c]));
          expect(outcome(() => subnetToPrune(e, reg, cur, imm))).toBe(outcome(() => before(e, reg, cur, imm)));
        }
      ),
      { numRuns: 20000 }
    );
  });
});

describe("TAO_ROOT_PROP / TAO_POOL_PRICE / TAO_EMA_PRICE: the integer quotient route, the same double as the Decimal functions", () => {
  const d = (x: number) => new D(x);
  /** Short decimals (the integer route), near-2^53 integers (its limit) and any doubles (double-double / decimal). */
  const wide = (max: number, places: number) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: places })).map(([m, k]) => Math.min(max, m / 10 ** k)) },
      fc.integer({ min: 2 ** 52, max: 2 ** 53 - 1 }).map((n) => Math.min(max, n)),
      fc.double({ min: 0, max, noNaN: true })
    );
  const frac = wide(1, 15).map((x) => Math.min(x, 1));
  const weight = fc.oneof(fc.constantFrom(0.5, 0.01, 0.99, 0.6), fc.integer({ min: 1, max: 99 }).map((n) => n / 100), fc.double({ min: 0.01, max: 0.99, noNaN: true }));

  it("TAO_ROOT_PROP (fast-check)", () => {
    fc.assert(fc.property(frac, wide(1e12, 9), wide(1e12, 9), (t, r, a) => same(dtao.rootPropValue(t, r, a), dtao.rootProp(d(t), d(r), d(a)))), { numRuns: 20000 });
  });
  it("TAO_POOL_PRICE (fast-check)", () => {
    fc.assert(
      fc.property(wide(1e12, 9), wide(1e12, 9).filter((x) => x > 0), weight, (y, x, w) => same(dtao.poolPriceValue(y, x, w), dtao.poolPrice(d(y), d(x), d(w)))),
      { numRuns: 20000 }
    );
  });
  it("TAO_EMA_PRICE (fast-check: spot above and below prev, clamped spots, the chain's alpha)", () => {
    const b = fc.oneof(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 2 ** 52, max: 2 ** 53 - 1 }));
    const ma = fc.oneof(fc.constantFrom(0.000003, 12885 / 2 ** 32, 1, 0), frac);
    const h = fc.oneof(fc.constant(201600), fc.integer({ min: 1, max: 1_000_000 }), wide(1e7, 6).filter((x) => x > 0));
    fc.assert(
      fc.property(wide(10, 9), wide(10, 9), b, ma, h, (prev, spot, bb, m, hh) => same(dtao.emaPriceValue(prev, spot, bb, m, hh), dtao.emaPrice(d(prev), d(spot), bb, d(m), d(hh)))),
      { numRuns: 20000 }
    );
  });
  it("hard cases: integers at 2^53, A = 0, spot = prev, spot above 1", () => {
    same(dtao.rootPropValue(0.18, 5e6, 1e6), dtao.rootProp(d(0.18), d(5e6), d(1e6)));
    same(dtao.rootPropValue(1, 2 ** 53 - 1, 0), dtao.rootProp(d(1), d(2 ** 53 - 1), d(0)));
    same(dtao.rootPropValue(0.5, 2 ** 53 - 1, 1), dtao.rootProp(d(0.5), d(2 ** 53 - 1), d(1)));
    same(dtao.rootPropValue(1, 2 ** 52, 2 ** 52 - 1), dtao.rootProp(d(1), d(2 ** 52), d(2 ** 52 - 1)));
    same(dtao.poolPriceValue(20000, 1e6, 0.6), dtao.poolPrice(d(20000), d(1e6), d(0.6)));
    same(dtao.poolPriceValue(2 ** 53 - 1, 3, 0.5), dtao.poolPrice(d(2 ** 53 - 1), d(3), d(0.5)));
    same(dtao.emaPriceValue(0.02, 0.025, 100000, 0.000003, 201600), dtao.emaPrice(d(0.02), d(0.025), 100000, d(0.000003), d(201600)));
    same(dtao.emaPriceValue(0.5, 0.5, 7, 0.3, 3), dtao.emaPrice(d(0.5), d(0.5), 7, d(0.3), d(3)));
    same(dtao.emaPriceValue(0.5, 7, 7, 0.3, 3), dtao.emaPrice(d(0.5), d(7), 7, d(0.3), d(3)));
    same(dtao.emaPriceValue(0.9, 0.1, 2 ** 53 - 1, 1, 1), dtao.emaPrice(d(0.9), d(0.1), 2 ** 53 - 1, d(1), d(1)));
  });
  it("fallback rate of the double-double paths on uniformly random doubles", () => {
    const uniform = (lo: number, hi: number) => fc.integer({ min: 1, max: 2 ** 30 }).map((n) => lo + ((hi - lo) * n) / 2 ** 30);
    const r = fallbackRate(() =>
      fc.assert(
        fc.property(uniform(1e-6, 1), uniform(1e-6, 1e9), uniform(1e-6, 1e9), uniform(0.01, 0.99), (t, a, b, w) => {
          dtao.rootPropValue(t, a, b);
          dtao.poolPriceValue(a, b, w);
          dtao.emaPriceValue(t, w, 1 + Math.floor(a), t, b);
        }),
        { numRuns: 5000 }
      )
    );
    console.log(`TAO_ROOT_PROP / TAO_POOL_PRICE / TAO_EMA_PRICE double-double fallback rate: ${(r * 100).toFixed(3)} %`);
    expect(r).toBeLessThan(0.001);
  });
});
