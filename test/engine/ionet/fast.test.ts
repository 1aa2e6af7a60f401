/**
 * The fast io.net cores (src/engine/networks/ionet/fast.ts) against the decimal cores of formulas.ts / launch.ts,
 * bit for bit (Object.is on the doubles): every hourly epoch exhaustively, wide random domains for the rest,
 * and hard cases (exact midpoints between doubles, the cap, burned equal to the supply). The double-double
 * fallback rate is counted (core/dd.ts stats).
 */
import fc from "fast-check";
import { fallbackRate } from "../../helpers/fallback";
import { D, type Dec } from "../../../src/engine/core/decimal";
import { hourlyRows } from "../../../src/engine/networks/ionet/emission-dd";
import * as fast from "../../../src/engine/networks/ionet/fast";
import * as f from "../../../src/engine/networks/ionet/formulas";
import * as launch from "../../../src/engine/networks/ionet/launch";
import { type Pool, blockReward, blockRewardFast, hwMultiplierAt } from "../../../src/engine/networks/ionet/pools";
import { fn } from "../../helpers/fn";

const num = (x: number | Dec): number => (typeof x === "number" ? x : x.toNumber());
const typed = (max: number, k: number) => fc.integer({ min: 0, max: Math.round(max * 10 ** k) }).map((m) => m / 10 ** k);
const anyDouble = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const LAST = f.LAST_EPOCH;


/** Runs `f` and returns its value, or the thrown error's message. */
function outcome(g: () => number | Dec): number | string {
  try {
    return num(g());
  } catch (e) {
    return (e as Error).message;
  }
}

describe("hourly emission: every epoch, bit for bit", () => {
  it("IO_EPOCH_EMISSION, IO_EMITTED and IO_INFLATION_RATE for T = 0 … 175,321 (no fallback expected)", () => {
    let bad = 0;
    const rate = fallbackRate(() => {
      for (let t = 0; t <= LAST + 2; t++) {
        if (!Object.is(num(fast.epochEmission(t)), f.epochEmission(t).toNumber())) bad++;
        if (!Object.is(num(fast.emitted(t)), f.emitted(t).toNumber())) bad++;
        if (!Object.is(num(fast.inflationRate(t)), f.inflationRate(t).toNumber())) bad++;
      }
    });
    expect(bad).toBe(0);
    expect(rate).toBeLessThan(1e-4);
  });

  it("IO_SUPPLY with burned amounts, including burned equal to or just above the supply (same error message)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LAST + 100 }), fc.oneof(typed(1e9, 2), anyDouble(0, 1e9)), (h, b) => {
        expect(outcome(() => fast.supply(h, b))).toStrictEqual(outcome(() => launch.supply(h, new D(b))));
      }),
      { numRuns: 5000, seed: 31 }
    );
    for (const h of [0, 1, 6, 8760, LAST - 1, LAST, LAST + 5]) {
      const before = f.supply(h, new D(0)).toNumber();
      for (const b of [0, before, before - 1e-7, before + 1e-7, 5e8, 8e8, 1e-300]) {
        expect(outcome(() => fast.supply(h, b))).toStrictEqual(outcome(() => launch.supply(h, new D(b))));
      }
    }
  });
});

describe("IO_MONTH_EMISSION: bit for bit", () => {
  it("hourly months of any length, the monthly proposal with any factor, the note", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.oneof(typed(1, 9).filter((x) => x >= 0.9), anyDouble(0.5, 1), fc.constantFrom(1, 0.989849199)),
        fc.constantFrom<f.Schedule>("hourly", "monthly", "note"),
        (m, h, factor, s) => {
          expect(num(fast.monthEmission(s, m, h, factor))).toBe(f.monthEmission(s, m, h, new D(factor)).toNumber());
        }
      ),
      { numRuns: 4000, seed: 32 }
    );
  });
});

describe("rewards, penalty and burn: double-double = decimal, bit for bit", () => {
  const mode = fc.constantFrom<"proportional" | "all_or_nothing">("proportional", "all_or_nothing");

  it("typed inputs, with a small fallback rate", () => {
    const rate = fallbackRate(() =>
      fc.assert(
        fc.property(typed(1e6, 2), typed(1, 4), typed(1, 3), typed(100000, 1).filter((p) => p > 0), typed(1000, 4).filter((p) => p > 0), mode, (capex, up, share, pay, price, md) => {
          const C = new D(capex);
          const U = new D(up);
          const S = new D(share);
          const P = new D(pay);
          const X = new D(price);
          expect(num(fast.availReward(capex, up, share, pay, md))).toBe(launch.availReward(C, U, S, P, md).toNumber());
          expect(num(fast.availRewardIo(capex, up, price, share, pay))).toBe(launch.availRewardIo(C, U, X, S, P).toNumber());
          expect(num(fast.stakerReward(capex, up, share, pay))).toBe(launch.stakerReward(C, U, S, P).toNumber());
          const hours = Math.round(up * 1000);
          expect(num(fast.offlinePenalty(capex, price, hours, share, pay))).toBe(launch.offlinePenalty(C, X, new D(hours), S, P).toNumber());
          expect(num(fast.burn(capex, price, share))).toBe(f.burn(C, X, S).toNumber());
        }),
        { numRuns: 4000, seed: 33 }
      )
    );
    expect(rate).toBeLessThan(0.01);
  });

  it("arbitrary doubles (most fall back; the rest must agree)", () => {
    fc.assert(
      fc.property(anyDouble(0, 1e12), anyDouble(0, 1), anyDouble(0, 1), anyDouble(1e-3, 1e7), anyDouble(1e-6, 1e6), (capex, up, share, pay, price) => {
        const C = new D(capex);
        const S = new D(share);
        expect(num(fast.availReward(capex, up, share, pay, "proportional"))).toBe(launch.availReward(C, new D(up), S, new D(pay), "proportional").toNumber());
        expect(num(fast.availRewardIo(capex, up, price, share, pay))).toBe(launch.availRewardIo(C, new D(up), new D(price), S, new D(pay)).toNumber());
        expect(num(fast.burn(capex, price, share))).toBe(f.burn(C, new D(price), S).toNumber());
      }),
      { numRuns: 3000, seed: 34 }
    );
  });

  it("hard cases: exact midpoints between doubles, zeros, defaults", () => {
    // 134217729 × 67108865 = 2^53 + 2^27 + 2^26 + 1, odd above 2^53: exactly halfway between two doubles.
    const cases: [number, number, number, number, number][] = [
      [134217729, 67108865, 1, 1, 1],
      [134217729, 0.5, 1, 0.5, 0.25],
      [25000, 1, 0.95, 13140, 2.5],
      [25000, 0.98, 0.05, 13140, 1],
      [0, 1, 0.95, 13140, 1],
      [25000, 0, 0.95, 13140, 1],
      [25000, 1, 0, 13140, 1],
      [1e-300, 1e-300, 1, 1e300, 1e-300],
    ];
    for (const [c, u, s, p, x] of cases) {
      const [C, U, S, P, X] = [c, u, s, p, x].map((v) => new D(v)) as [Dec, Dec, Dec, Dec, Dec];
      expect(num(fast.availReward(c, u, s, p, "proportional"))).toBe(launch.availReward(C, U, S, P, "proportional").toNumber());
      expect(num(fast.availRewardIo(c, u, x, s, p))).toBe(launch.availRewardIo(C, U, X, S, P).toNumber());
      expect(num(fast.stakerReward(c, u, s, p))).toBe(launch.stakerReward(C, U, S, P).toNumber());
      expect(num(fast.offlinePenalty(c, x, u, s, p))).toBe(launch.offlinePenalty(C, X, U, S, P).toNumber());
      expect(num(fast.burn(c, x, s))).toBe(f.burn(C, X, S).toNumber());
    }
  });
});

describe("stakes, allocation and vesting: bit for bit", () => {
  it("IO_MAX_STAKE and IO_MIN_STAKE", () => {
    fc.assert(
      fc.property(
        fc.oneof(typed(1e9, 2), anyDouble(0, 1e15)),
        fc.array(fc.array(fc.oneof(typed(10, 4), anyDouble(0, 10)), { minLength: 1, maxLength: 3 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.oneof(typed(20, 2), anyDouble(0, 100)),
        (stake, mods, gpus, mult) => {
          const modifiers = mods.length ? mods : undefined;
          let total = new D(0);
          for (const r of mods) for (const x of r) if (x !== 0) total = total.plus(x);
          expect(num(fast.maxStake(stake, modifiers))).toBe(f.maxStake(new D(stake), total).toNumber());
          expect(num(fast.minStake(gpus, mult, "docs"))).toBe(f.minStake(new D(gpus), new D(mult), "docs").toNumber());
          expect(num(fast.minStake(gpus, mult, "note"))).toBe(f.minStake(new D(gpus), new D(mult), "note").toNumber());
        }
      ),
      { numRuns: 3000, seed: 35 }
    );
  });

  it("IO_ALLOCATION and IO_UNLOCKED for every category, basis, R&D rule and month 0 … 60 (and fractions)", () => {
    for (const c of f.CATEGORIES) {
      for (const b of ["max_supply", "genesis"] as const) {
        expect(fast.allocation(c, b)).toBe(f.allocation(c, b).toNumber());
        for (const r of ["core", "unlocked"] as const) {
          for (let m = 0; m <= 60; m += 0.5) expect(num(fast.unlocked(c, m, b, r))).toBe(launch.unlocked(c, m, b, r).toNumber());
          expect(num(fast.unlocked(c, 1e300, b, r))).toBe(launch.unlocked(c, 1e300, b, r).toNumber());
        }
      }
    }
  });
});

describe("current regimes: bit for bit", () => {
  const pool = fc.constantFrom<Pool>("enterprise", "community", "gpu", "cpu");
  const check = (s: number, sum: number, e: number, p: Pool, share: number) => {
    const slow = () => blockReward(new D(s), new D(sum), new D(e), p, new D(share));
    expect(outcome(() => blockRewardFast(s, sum, e, p, share))).toStrictEqual(outcome(slow));
  };

  it("IO_BLOCK_REWARD against the decimal core (values and errors): arbitrary doubles, zeros, −0", () => {
    const value = (max: number) => fc.oneof(typed(max, 2), anyDouble(0, max), fc.constantFrom(0, -0, 1));
    const share = fc.oneof(typed(1, 3), anyDouble(0, 1), fc.constantFrom(0, -0, 1));
    fc.assert(fc.property(value(1e6), value(1e8).filter((x) => x > 0), value(5000), pool, share, check), { numRuns: 5000, seed: 36 });
  });

  it("IO_BLOCK_REWARD on typed inputs, with a small fallback rate", () => {
    const rate = fallbackRate(() =>
      fc.assert(
        fc.property(typed(1e6, 1), typed(1e8, 1).filter((x) => x > 0), typed(5000, 4), pool, typed(1, 3), (s, sum, e, p, share) => check(Math.min(s, sum), sum, e, p, share)),
        { numRuns: 5000, seed: 37 }
      )
    );
    expect(rate).toBeLessThan(0.01);
  });

  it("IO_HW_MULTIPLIER returns the table's value as its double", () => {
    expect(hwMultiplierAt("H100", "2025-06-04")).toBe(Number(fn("IO_HW_MULTIPLIER")("H100", "2025-06-04")));
  });
});

describe("IO_EMISSION_SCHEDULE, hourly rule: every cell is the decimal cell's double", () => {
  it.each<[number, number, string]>([
    [20000, 1, "hour: the 20,000-row limit"],
    [250, 730, "month"],
    [25, 8760, "year (past the end of the schedule)"],
  ])("%p periods of %p epochs (%s)", (n, h) => {
    const fastRows = hourlyRows(n, h);
    const period = h === 1 ? "hour" : h === 730 ? "month" : "year";
    const slowRows = f.emissionSchedule(n, period, "hourly", new D(0.989849199));
    let bad = 0;
    for (let k = 0; k < n; k++) for (let j = 0; j < 5; j++) if (!Object.is(fastRows[k]![j], slowRows[k]![j]!.toNumber())) bad++;
    expect(bad).toBe(0);
  });
});
