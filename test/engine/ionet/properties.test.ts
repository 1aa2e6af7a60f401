/** Invariants of the io.net functions (STYLE.md §Tests), checked with fast-check. */
import fc from "fast-check";
import { D } from "../../../src/engine/core/decimal";
import { CATEGORIES } from "../../../src/engine/networks/ionet";
import { io } from "./io-fns";

/**
 * Scalar results are the double nearest the exact value (issue 14: exact small decimals, double-double with a
 * rounding test, else a 40-digit Decimal): compare as decimals, allowing the double's rounding where it matters.
 */
const dd = (x: { toString(): string } | number) => D(x.toString());
/** n units in the last place of a double of magnitude |x| (at least of 1e-300). */
const ulpsOf = (x: { toString(): string } | number, n: number) => dd(x).abs().mul(n * 2 ** -52).plus("1e-300");
const ulps = (a: number) => D(Math.max(a, 1)).mul("8e-16");
const LAST = 175319;
const hours = fc.integer({ min: 0, max: LAST + 1000 });
const fraction = fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true });
const amount = fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true });
const price = fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe("IO emission invariants", () => {
  it("the cumulative is monotone in hours and never exceeds 300M", () => {
    fc.assert(
      fc.property(hours, hours, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        // Rounding to the nearest double is monotone, so the order and the bounds hold exactly.
        const ea = dd(io.emitted(lo));
        const eb = dd(io.emitted(hi));
        expect(ea.lte(eb)).toBe(true);
        expect(eb.lte(300000000)).toBe(true);
        expect(ea.gte(0)).toBe(true);
      })
    );
  });

  it("an epoch's emission is the difference of consecutive cumulatives", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LAST + 10 }), (t) => {
        const diff = t === 0 ? D(0) : dd(io.emitted(t)).minus(dd(io.emitted(t - 1)));
        // Each of the three is within half an ulp of its exact value (the cumulatives ≤ 3e8), read back within another.
        expect(dd(io.epochEmission(t)).minus(diff).abs().lte(ulpsOf(io.emitted(t), 3))).toBe(true);
      })
    );
  });

  it("epoch emission = 500M × rate / 8,760 before the last epoch, and rates decrease", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: LAST - 1 }), (t) => {
        const rate = dd(io.inflationRate(t));
        const e = io.epochEmission(t);
        expect(dd(e).minus(rate.mul(500000000).div(8760)).abs().lte(ulpsOf(e, 3))).toBe(true);
        expect(dd(io.inflationRate(t + 1)).lt(rate)).toBe(true);
      })
    );
  });

  it("monthly sums (hourly schedule) equal the hourly cumulative, for any month length", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 260 }), fc.integer({ min: 1, max: 1000 }), (months, h) => {
        let sum = D(0);
        for (let m = 1; m <= months; m++) sum = sum.plus(dd(io.monthEmission(m, "hourly", h, null)));
        // every month within an ulp of its exact value (≤ 3e8 each, 2^-52·3e8 < 7e-8), the total within one more
        expect(sum.minus(dd(io.emitted(months * h))).abs().lte(7e-8 * (months + 1))).toBe(true);
      }),
      { numRuns: 40 }
    );
  });

  it("the monthly views never emit more than 300M in total and never a negative month", () => {
    fc.assert(
      fc.property(fc.constantFrom("monthly", "note"), fc.double({ min: 0.9, max: 1, noNaN: true }), (s, f) => {
        let sum = D(0);
        for (let m = 1; m <= 260; m++) {
          const e = dd(io.monthEmission(m, s, null, f));
          expect(e.gte(0)).toBe(true);
          sum = sum.plus(e);
        }
        // the exact months sum to at most 300M; each double is within an ulp of its month (< 1e-9 × 4e6)
        expect(sum.lte(300000000 + 260 * 1e-9)).toBe(true);
      }),
      { numRuns: 30 }
    );
  });

  it("schedule tables: emitted telescopes to the cumulative, supply = 500M + cumulative", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<[string, string]>(["hour", "hourly"], ["month", "hourly"], ["year", "hourly"], ["month", "monthly"], ["year", "note"]),
        fc.integer({ min: 1, max: 100 }),
        ([p, s], n) => {
          const rows = io.emissionSchedule(n, p, s);
          let sum = D(0);
          for (let k = 1; k <= n; k++) {
            const [period, emitted, cum, supply] = (rows[k] as unknown[]).map((x) => D(String(x)));
            expect(period!.eq(k)).toBe(true);
            sum = sum.plus(emitted!);
            // hourly cells are doubles (each within an ulp of its exact value), monthly ones 40-digit Decimals
            expect(sum.minus(cum!).abs().lte(cum!.mul(2 ** -51 * (k + 1)).plus("1e-25"))).toBe(true);
            expect(supply!.minus(cum!.plus(500000000)).abs().lte(2 ** -52 * 8e8)).toBe(true);
          }
        }
      ),
      { numRuns: 50 }
    );
  });
});

describe("IO vesting invariants", () => {
  const category = fc.constantFrom(...CATEGORIES);
  const basis = fc.constantFrom("max_supply", "genesis");
  const rnd = fc.constantFrom("core", "unlocked");
  const month = fc.double({ min: 0, max: 200, noNaN: true, noDefaultInfinity: true });

  it("unlocked never exceeds the allocation and never decreases", () => {
    fc.assert(
      fc.property(category, basis, rnd, month, month, (c, b, r, m1, m2) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        const a = dd(io.allocation(c, b));
        const u1 = dd(io.unlocked(c, lo, b, r));
        const u2 = dd(io.unlocked(c, hi, b, r));
        expect(u1.gte(0)).toBe(true);
        expect(u1.lte(u2)).toBe(true);
        expect(u2.lte(a)).toBe(true);
        if (hi >= 48) expect(u2.eq(a)).toBe(true);
      })
    );
  });
});

describe("IO reward and fee invariants", () => {
  it("the availability reward does not decrease as uptime rises; all_or_nothing ≤ proportional", () => {
    fc.assert(
      fc.property(amount, fraction, fraction, (capex, u1, u2) => {
        const [lo, hi] = u1 <= u2 ? [u1, u2] : [u2, u1];
        expect(dd(io.availReward(capex, lo, null, null, null)).lte(dd(io.availReward(capex, hi, null, null, null)))).toBe(true);
        expect(dd(io.availReward(capex, lo, null, null, "all_or_nothing")).lte(dd(io.availReward(capex, lo, null, null, null)))).toBe(true);
      })
    );
  });

  it("supplier + staker shares of 1 pay the whole capex back over payback_hours at full uptime", () => {
    fc.assert(
      fc.property(amount, fraction, (capex, s) => {
        const supplier = dd(io.availReward(capex, 1, s, null, null));
        const staker = dd(io.stakerReward(capex, 1, D(1).minus(s).toNumber(), null));
        const total = supplier.plus(staker).mul(13140);
        expect(total.minus(capex).abs().lte(D(capex).mul("1e-14").plus("1e-30"))).toBe(true);
      })
    );
  });

  it("one hour offline slashes one hour's reward in IO", () => {
    fc.assert(
      fc.property(amount, price, (capex, p) => {
        // the same exact value, so the same double (or 40-digit Decimals within 1e-35 relative)
        expect(dd(io.offlinePenalty(capex, p, null, null, null)).minus(dd(io.availRewardIo(capex, 1, p, null, null))).abs().lte(D(capex).mul("1e-35"))).toBe(true);
      })
    );
  });

  it("renter cost ≥ reservation ≥ supplier payout, and network revenue is the difference at default fees", () => {
    fc.assert(
      fc.property(amount, fraction, fraction, (r, sr, ss) => {
        const cost = dd(io.renterCost(r, sr, null, null));
        const payout = dd(io.supplierPayout(r, ss, null, null));
        expect(cost.gte(r)).toBe(true);
        expect(payout.lte(r)).toBe(true);
        expect(cost.gte(payout)).toBe(true);
        expect(dd(io.networkRevenue(r, sr, ss)).minus(cost.minus(payout)).abs().lte(ulps(r))).toBe(true);
      })
    );
  });

  it("renter cost ≥ supplier payout for any fee rates in [0, 1]", () => {
    fc.assert(
      fc.property(amount, fraction, fraction, fraction, (r, s, rf, uf) => {
        if (D(rf).plus(D(uf).mul(s)).gt(1)) return;
        expect(dd(io.renterCost(r, s, rf, uf)).gte(dd(io.supplierPayout(r, s, rf, uf)))).toBe(true);
      })
    );
  });

  it("max stake is at least twice the device stake and grows with the modifiers", () => {
    fc.assert(
      fc.property(amount, fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { maxLength: 8 }), (d, mods) => {
        const col = mods.map((x) => [x]);
        // the double nearest a value ≥ 2d (exact in doubles) is ≥ 2d: compare the doubles
        const s = Number(io.maxStake(d, col.length ? col : null));
        expect(s >= 2 * d).toBe(true);
        expect(Number(io.maxStake(d, [...col, [1]])) >= s).toBe(true);
      })
    );
  });

  it("burning a share of the revenue never burns more than the whole revenue would", () => {
    fc.assert(
      fc.property(amount, price, fraction, (rev, p, s) => {
        expect(Number(io.burn(rev, p, s)) <= Number(io.burn(rev, p, null))).toBe(true);
      })
    );
  });
});
