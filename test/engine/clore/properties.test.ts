/** Invariants of the Clore.ai functions (STYLE.md §Tests), checked with fast-check. */
import fc from "fast-check";
import { D } from "../../../src/engine/core/decimal";
import { fn } from "../../helpers/fn";
import { blockSubsidySat, discountOf, emitted as emittedDecimal, pohDiscount as pohDiscountDecimal } from "../../../src/engine/networks/clore/formulas";
import { oracleChainSubsidySat } from "./subsidy-oracle";

const blockReward = fn("CLORE_BLOCK_REWARD");
const emitted = fn("CLORE_EMITTED");
const rewardSplit = fn("CLORE_REWARD_SPLIT");
const pohDiscount = fn("CLORE_POH_DISCOUNT");
const renterCost = fn("CLORE_RENTER_COST");
const hostPayout = fn("CLORE_HOST_PAYOUT");
const platformFee = fn("CLORE_PLATFORM_FEE");

/** Fee results are the nearest double of the exact value when core/arith's exact backend applies: compare as decimals. */
const dd = (x: { toString(): string } | number) => D(x.toString());
const ulps = (a: number) => D(Math.max(a, 1)).mul("8e-16");
const price = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true });
const holding = fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.double({ min: 0, max: 1e8, noNaN: true, noDefaultInfinity: true }));
const fraction = fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true });
const orderType = fc.constantFrom("on_demand", "spot", "SPOT", null);
const currentCurrency = fc.constantFrom("CLORE", "BTC", "USDT", "usdc", null);
const legacyCurrency = fc.constantFrom("CLORE", "BTC", "USDT", "USDC", "USD", null);
const height = fc.integer({ min: 0, max: 60_000_000 });

describe("CLORE block subsidy invariants", () => {
  it("equals the independent BigInt oracle of the chain's double reading at random heights", () => {
    fc.assert(
      fc.property(height, (h) => {
        expect(blockSubsidySat(h).toString()).toBe(oracleChainSubsidySat(h).toString());
      }),
      { numRuns: 300 }
    );
  });

  it("never increases with height", () => {
    fc.assert(
      fc.property(height, fc.integer({ min: 1, max: 1_000_000 }), (h, k) => {
        expect(blockReward(h + 1)).toBeLessThanOrEqual(blockReward(h));
        expect(blockReward(h + k)).toBeLessThanOrEqual(blockReward(h));
      })
    );
  });

  it("the chain split never exceeds the subsidy and loses at most 1 satoshi; the docs split sums to it", () => {
    fc.assert(
      fc.property(height, (h) => {
        const s = D(blockReward(h));
        const chain = rewardSplit(h, "chain").map((r: unknown[]) => r[1] as InstanceType<typeof D>);
        const lost = s.minus(chain[0]!.plus(chain[1]!));
        expect(lost.gte(0) && lost.lte("0.00000001")).toBe(true);
        const docs = rewardSplit(h, "docs").map((r: unknown[]) => r[1] as InstanceType<typeof D>);
        expect(docs.reduce((a: InstanceType<typeof D>, b: InstanceType<typeof D>) => a.plus(b), new D(0)).eq(s)).toBe(true);
      })
    );
  });

  it("cumulative emission increases, stays below the 1.3 billion limit, and its step is the smooth subsidy", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (h) => {
        const e0 = emittedDecimal(h);
        const e1 = emittedDecimal(h + 1);
        expect(e1.gt(e0)).toBe(true);
        expect(e1.lt("1300000000.1165")).toBe(true);
        // e(h+1) − e(h) = R0 (1 − d)^h / 1e8, within one satoshi of the chain's truncated subsidy (q vs 1 − d: < 0.6 sat).
        const step = e1.minus(e0);
        expect(step.minus(blockReward(h)).abs().lte("0.00000001")).toBe(true);
      })
    );
  });
});

describe("CLORE_EMITTED's double-double path", () => {
  it("gives the 40-digit decimal result's double at every height tried (small heights, where 1 − (1 − d)^h cancels, included)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2 ** 27 + 10 })), (h) => {
        const num = (x: unknown) => (typeof x === "number" ? x : D(String(x)).toNumber());
        expect(num(emitted(h))).toBe(emittedDecimal(h).toNumber());
        expect(num(emitted(h + 1))).toBeGreaterThanOrEqual(num(emitted(h))); // rounding an increasing function
      }),
      { numRuns: 5000 }
    );
  });
});

describe("CLORE fee invariants", () => {
  it("renter cost − host payout = platform fee (current regime)", () => {
    fc.assert(
      fc.property(price, orderType, currentCurrency, holding, holding, fraction, (p, o, c, rp, hp, m) => {
        const renter = dd(renterCost(p, o, rp, null));
        const host = dd(hostPayout(p, o, c, hp, m, null));
        const fee = dd(platformFee(p, o, c, rp, hp, m, "current"));
        expect(renter.minus(host).minus(fee).abs().lte(ulps(p))).toBe(true);
      })
    );
  });

  it("renter cost − host payout = platform fee (legacy regime)", () => {
    fc.assert(
      fc.property(price, orderType, legacyCurrency, holding, holding, fraction, (p, o, c, rp, hp, m) => {
        const renter = dd(renterCost(p, o, rp, "legacy"));
        const host = dd(hostPayout(p, o, c, hp, m, "legacy"));
        const fee = dd(platformFee(p, o, c, rp, hp, m, "legacy"));
        expect(renter.minus(host).eq(fee)).toBe(true);
      })
    );
  });

  it("host payouts never exceed the price and are never negative; fees are never negative", () => {
    fc.assert(
      fc.property(price, orderType, legacyCurrency, holding, fraction, fc.constantFrom("current", "legacy"), (p, o, c, hp, m, r) => {
        const cur = r === "current" && c === "USD" ? "USDC" : c;
        const host = dd(hostPayout(p, o, cur, hp, m, r));
        expect(host.lte(p)).toBe(true);
        expect(host.gte(0)).toBe(true);
        expect(dd(platformFee(p, o, cur, hp, hp, m, r)).gte(0)).toBe(true);
        expect(dd(renterCost(p, o, hp, r)).gte(p)).toBe(true);
      })
    );
  });

  it("the PoH discount is non-decreasing in the holding, between 0 and 0.5, in whole percents", () => {
    fc.assert(
      fc.property(holding, holding, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const dLo = D(pohDiscount(lo));
        const dHi = D(pohDiscount(hi));
        expect(dLo.lte(dHi)).toBe(true);
        expect(dHi.lte("0.5") && dLo.gte(0)).toBe(true);
        expect(dHi.mul(100).isInteger()).toBe(true);
      })
    );
  });

  it("a larger PoH holding never raises the renter's cost or lowers the host's payout", () => {
    fc.assert(
      fc.property(price, orderType, currentCurrency, holding, holding, (p, o, c, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(dd(renterCost(p, o, hi, null)).lte(dd(renterCost(p, o, lo, null)))).toBe(true);
        expect(dd(hostPayout(p, o, c, hi, null, null)).gte(dd(hostPayout(p, o, c, lo, null, null)))).toBe(true);
      })
    );
  });
});

describe("the fee functions' number form of the PoH discount", () => {
  it("equals CLORE_POH_DISCOUNT's decimal rule for every holding", () => {
    const h = fc.oneof(
      fc.double({ min: 0, max: 3e6, noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: 0, max: 50 }).map((k) => k * 40000 + 20000), // exact half steps (round up)
      fc.integer({ min: 0, max: 50 }).map((k) => k * 40000 + 19999.999999999996),
      fc.integer({ min: 0, max: 50 }).map((k) => k * 40000)
    );
    fc.assert(
      fc.property(h, (x) => {
        expect(discountOf(x)).toBe(pohDiscountDecimal(D(x)).toNumber());
        expect(pohDiscount(x)).toBe(discountOf(x));
      }),
      { numRuns: 5000 }
    );
    expect(discountOf(500000)).toBe(0.13); // REFERENCE.md D.3: 12.5 rounds up
  });
});
