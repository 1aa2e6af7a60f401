/** Invariants of the io.net current-regime functions (SPEC §4.6), checked with fast-check through the declarations. */
import fc from "fast-check";
import { D, type Dec } from "../../../src/engine/core/decimal";
import { bind } from "../../../src/engine/core/runner";
import { functions } from "../../../src/engine/networks/ionet/functions";

// Reproducible runs (docs/RELIABILITY.md): one seed for every property of this file.
fc.configureGlobal({ seed: 20261206, numRuns: 300 });

const fn = (id: string) => bind(functions.find((f) => f.id === id)!);
const blockReward = fn("IO_BLOCK_REWARD");
const costake = fn("IO_COSTAKE_SPLIT");
const ide = fn("IO_IDE_EPOCH");
const score = fn("IO_DEVICE_SCORE");

const amount = (max = 1e9) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
const fraction = fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true });
const price = fc.double({ min: 1e-6, max: 1e4, noNaN: true, noDefaultInfinity: true });
const value = (rows: unknown, label: string): Dec => D(String((rows as unknown[][]).find((r) => r[0] === label)![1]));

describe("IO_BLOCK_REWARD", () => {
  it("a pool's device rewards sum to the pool's share of the block, and the two pools to the block", () => {
    fc.assert(
      fc.property(
        // No subnormal scores: their doubles are too coarse to carry the rescaling below (a test artefact).
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1e7, noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 30 }),
        amount(1e5),
        fraction,
        (scores, emission, share) => {
          const sum = scores.reduce((s, x) => s.plus(x), D(0));
          fc.pre(sum.gt(0));
          const sumN = sum.toNumber();
          // The pool sum handed over is the double nearest Σ; scores are scaled so none exceeds it.
          const scale = D(sumN).div(sum);
          let enterprise = D(0);
          let community = D(0);
          for (const s of scores) {
            const x = D(s).times(scale).toNumber();
            if (D(x).gt(sumN)) continue;
            enterprise = enterprise.plus(D(String(blockReward(x, sumN, emission, "enterprise", share))));
            community = community.plus(D(String(blockReward(x, sumN, emission, "community", share))));
          }
          // Σ x_i may differ from sumN by the doubles' rounding of each scaled score (≤ n ulps).
          const tol = D(emission).times(scores.length).times("1e-15").plus("1e-25");
          expect(enterprise.minus(D(emission).times(share)).abs().lte(tol)).toBe(true);
          expect(enterprise.plus(community).minus(emission).abs().lte(tol.times(2))).toBe(true);
        }
      )
    );
  });

  it("exact pool sums: rewards of integer scores sum to block × share (each reward the double nearest its exact value)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 40 }), amount(1e5), fraction, (scores, emission, share) => {
        const sum = scores.reduce((s, x) => s + x, 0);
        fc.pre(sum > 0);
        const total = scores.reduce((t, x) => t.plus(D(String(blockReward(x, sum, emission, "enterprise", share)))), D(0));
        // Each reward is within half an ulp (2^-53 relative) of its exact value, so n rewards sum to within n ulps.
        const tol = D(emission).times(share).times(scores.length).times(2 ** -52).plus("1e-300");
        expect(total.minus(D(emission).times(share)).abs().lte(tol)).toBe(true);
      }),
      { seed: 20261206, numRuns: 1000 }
    );
  });
});

describe("IO_COSTAKE_SPLIT", () => {
  it("owner + co-staker = reward (to the 40-digit working precision); both ≥ 0; the co-staker gets reward × share", () => {
    fc.assert(
      fc.property(amount(), fraction, amount(1e8), fraction, (reward, share, owner, ratio) => {
        const c = owner * ratio; // ratio ≤ 1: co-stake ≤ owner stake, i.e. ≤ 50 % of the total
        fc.pre(D(c).lte(D(owner)));
        const rows = costake(reward, share, owner, c);
        const o = value(rows, "owner");
        const k = value(rows, "costaker");
        // owner = reward − reward × share is exact unless the product lies more than ~23 digits below the
        // reward (a tiny share), where the 40-digit subtraction rounds: conserved to 1e-39 relative then.
        expect(o.plus(k).minus(reward).abs().lte(D(reward).times("1e-39"))).toBe(true);
        if (share === 0 || share === 1 || share === 0.5) expect(o.plus(k).eq(reward)).toBe(true);
        expect(o.gte(0) && k.gte(0)).toBe(true);
        expect(k.eq(D(reward).times(share))).toBe(true);
      })
    );
  });

  it("a co-stake above the owner stake (over 50 % of the total) is always rejected", () => {
    fc.assert(
      fc.property(amount(), fraction, amount(1e8), fc.double({ min: 1e-6, max: 1e8, noNaN: true }), (reward, share, owner, extra) => {
        fc.pre(D(owner + extra).gt(owner));
        expect(() => costake(reward, share, owner, owner + extra)).toThrow(/costake must be at most 50%/);
      })
    );
  });
});

describe("IO_IDE_EPOCH", () => {
  it("release ≤ vault; burn, draw and surplus ≥ 0; draw ≤ payout; IO released × price + draw = payout", () => {
    fc.assert(
      fc.property(amount(), amount(), price, amount(1e10), fraction, (payout, fees, p, vault, beta) => {
        const rows = ide(payout, fees, p, vault, beta);
        const released = value(rows, "io_released");
        const draw = value(rows, "fee_draw_usd");
        const surplus = value(rows, "surplus_usd");
        const burned = value(rows, "io_burned");
        expect(released.lte(vault)).toBe(true);
        expect(released.gte(0)).toBe(true);
        expect(burned.gte(0)).toBe(true);
        expect(draw.gte(0) && draw.lte(payout)).toBe(true);
        expect(surplus.gte(0)).toBe(true);
        // each cell is the double nearest its exact value (half an ulp, 2^-53 relative, each)
        const scale = D.max(payout, released.times(p), 1e-300);
        expect(released.times(p).plus(draw).minus(payout).abs().lte(scale.times(2 ** -50))).toBe(true);
        // the burn spends at most the surplus (β ≤ 1)
        expect(burned.times(p).lte(surplus.times(1 + 2 ** -50).plus(1e-300))).toBe(true);
      })
    );
  });
});

describe("IO_DEVICE_SCORE", () => {
  it("gives the double nearest the exact score on either backend: the formula in decimal.js, written out here", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(0.25, 0.4, 0.5, 0.75, 1.25, 2.75, 4.5, 10, 12, 30), fc.double({ min: 1e-9, max: 1e4, noNaN: true })),
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (m, n, tier, hired) => {
          const exact = D("0.02").times(tier).div(4).plus(D(2).times(m).times(n)).times(100).plus(hired ? "0.05" : 0).times(10);
          const got = score(m, n, tier, hired) as Dec | number;
          expect(typeof got === "number" ? got : got.toNumber()).toBe(exact.toNumber());
        }
      )
    );
  });

  it("is ≥ 0 and does not decrease as the multiplier, processors or tier rise", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 50, noNaN: true }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 3 }), fc.boolean(), (m, n, tier, hired) => {
        const s = D(String(score(m, n, tier, hired)));
        expect(s.gte(0)).toBe(true);
        expect(D(String(score(m + 0.25, n, tier, hired))).gte(s)).toBe(true);
        expect(D(String(score(m, n + 1, tier, hired))).gte(s)).toBe(true);
        expect(D(String(score(m, n, tier + 1, hired))).gte(s)).toBe(true);
      })
    );
  });
});
