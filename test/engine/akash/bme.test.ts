/**
 * Akash BME functions (SPEC §4.6, REFERENCE.md §G.9-G.15), run through the generic runner over the
 * declarations in akash/functions.ts (raw cell values in). Rows are [inputs…, expected, source]; expected
 * values are the public reference cases (case id cited, with their tolerance), REFERENCE.md §G worked
 * examples, or independent derivations written in the source column or in this file (a BigInt LegacyDec
 * emulation for the mint epoch, exact rational arithmetic elsewhere).
 */
import fc from "fast-check";
import * as dd from "../../../src/engine/core/dd";
import { D } from "../../../src/engine/core/decimal";
import { DepinError } from "../../../src/engine/core/errors";
import { bind } from "../../../src/engine/core/runner";
import * as bme from "../../../src/engine/networks/akash/bme";
import { functions } from "../../../src/engine/networks/akash/functions";
import { fn } from "../../helpers/fn";
import { type Expect, expectRow as check, OOR, BAD, NA } from "../../helpers/table";
/** The double nearest the fraction p / q, as a decimal string (decimal.js at 40 digits, then rounded once). */
const nearestDouble = (p: number, q: number): string => String(new D(p).div(q).toNumber());
const REGIME = (param: string) => ({ code: "UNKNOWN_REGIME", param });

/** Text results compared exactly; errors as in expectRow. */
function checkText(compute: () => unknown, expected: Expect): void {
  if (typeof expected === "string") {
    expect(compute()).toBe(expected);
    return;
  }
  check(compute as () => string, expected);
}

describe("AKT_BME_MINT", () => {
  const mint = fn("AKT_BME_MINT");
  it.each<[unknown, unknown, unknown, unknown, Expect, string | undefined, string]>([
    [1000, 1.14, null, null, "1137.15", "1.14e-06", "G-AKT_BME_MINT-01 (REFERENCE §G.9)"],
    [1000, 1.14, null, null, "1137.15", undefined, "exact: 1000 × 1.14 × 0.9975"],
    [123.456789, 0.9876543219876543, null, null, "121.62779965648147", "1.22e-07", "G-AKT_BME_MINT-02 (REFERENCE §G.9, real arithmetic)"],
    [100, 2, 1, 0, "200", undefined, "no spread: 100 × 2"],
    [100, 2, 0.5, 1000, "360", undefined, "100 × 2 / 0.5 × 0.9 (maximum spread)"],
    [0, 1.14, null, null, "0", undefined, "nothing paid in"],
    [1000, 1.14, "", "", "1137.15", undefined, "blank text = defaults"],
    [100, 1, 1, 1001, OOR("spread_bps"), undefined, "spread above 1,000 bps (params.go:59-61)"],
    [100, 1, 1, -1, OOR("spread_bps"), undefined, "negative spread"],
    [100, 0, null, null, OOR("akt_price"), undefined, "price must be > 0"],
    [100, 1, 0, null, OOR("act_price"), undefined, "ACT price must be > 0"],
    [-1, 1, null, null, OOR("akt_in"), undefined, "negative amount"],
    [null, 1, null, null, BAD("akt_in"), undefined, "akt_in is required"],
  ])("(%p, %p, %p, %p) = %p ± %p  [%s]", (a, p, q, s, expected, tol) => check(() => mint(a, p, q, s), expected, tol));
});

describe("AKT_BME_SETTLE", () => {
  const settle = fn("AKT_BME_SETTLE");
  it.each<[unknown, unknown, unknown, unknown, Expect, string | undefined, string]>([
    [100, 1.14, null, null, "87.71929824561404", "8.77e-08", "G-AKT_BME_SETTLE-01 (REFERENCE §G.10)"],
    [250, 0.6763, null, null, "369.65843560550053", "3.7e-07", "G-AKT_BME_SETTLE-02 (REFERENCE §G.10)"],
    [100, 1.14, null, null, nearestDouble(5000, 57), undefined, "the double nearest 100 / 1.14 = 5000/57"],
    [100, 0.5, 2, 25, "399", undefined, "100 × 2 / 0.5 × 0.9975"],
    [0, 1, null, null, "0", undefined, "nothing burned"],
    [100, 1, 1, 1000.5, OOR("spread_bps"), undefined, "spread above 1,000 bps (params.go:62-64)"],
    [100, -2, null, null, OOR("akt_price"), undefined, "negative price"],
    [100, "abc", null, null, BAD("akt_price"), undefined, "text price"],
  ])("(%p, %p, %p, %p) = %p ± %p  [%s]", (a, p, q, s, expected, tol) => check(() => settle(a, p, q, s), expected, tol));
});

describe("AKT_BME_NEW_SUPPLY", () => {
  const supply = fn("AKT_BME_NEW_SUPPLY");
  it.each<[unknown, unknown, Expect, string]>([
    [87.719298, 50, "37.719298", "G-AKT_BME_NEW_SUPPLY-01 (REFERENCE §G.11)"],
    [87.719298, 100, "0", "G-AKT_BME_NEW_SUPPLY-02 (REFERENCE §G.11, credit covers all)"],
    [10, 10, "0", "credit equal to the mint"],
    [10, 0, "10", "no credit: everything is new"],
    [-1, 0, OOR("akt_out"), "negative akt_out"],
    [1, -1, OOR("remint_credit"), "negative credit"],
    [1, null, BAD("remint_credit"), "remint_credit is required"],
  ])("(%p, %p) = %p  [%s]", (a, c, expected) => check(() => supply(a, c), expected));
});

describe("AKT_BME_CR", () => {
  const cr = fn("AKT_BME_CR");
  it.each<[unknown, unknown, unknown, unknown, unknown, Expect, string | undefined, string]>([
    [1300000, 10000, 1.14, 1200000, null, "1.2255", "1.23e-09", "G-AKT_BME_CR-01 (REFERENCE §G.12)"],
    [1300000, 10000, 1.14, 1200000, null, "1.2255", undefined, "exact: 1,290,000 × 1.14 / 1,200,000"],
    [1000000, 0, 0.7, 700063, null, "0.9999100080992711", "1e-09", "G-AKT_BME_CR-02 (REFERENCE §G.12)"],
    [1000000, 0, 0.7, 700063, null, "0.999910008099271066", "1e-16", "REFERENCE §G.12 chain value (18 dp), to a double's precision"],
    [1000000, 0, 0.7, 700063, null, nearestDouble(700000, 700063), undefined, "the double nearest 700,000 / 700,063"],
    [300000, 0, 2, 300000, 2, "1", undefined, "300,000 × 2 / 2 / 300,000"],
    [100, 100, 1, 50, null, "0", undefined, "everything pending"],
    [100, 0, 1, 0, null, NA("act_supply"), undefined, "SPEC §4.6: #N/A when no ACT is outstanding"],
    [100, 101, 1, 50, null, OOR("pending_akt"), undefined, "pending above the vault (sdk.Coin.Sub refuses a negative balance)"],
    [100, 0, 0, 50, null, OOR("akt_price"), undefined, "zero price"],
    [100, 0, 1, -5, null, OOR("act_supply"), undefined, "negative supply"],
  ])("(%p, %p, %p, %p, %p) = %p ± %p  [%s]", (v, p, price, s, q, expected, tol) => check(() => cr(v, p, price, s, q), expected, tol));

  it("names the missing ACT in the #N/A message", () => {
    expect(() => cr(100, 0, 1, 0)).toThrow(/no ACT outstanding/);
  });
});

describe("AKT_BME_STATUS", () => {
  const status = fn("AKT_BME_STATUS");
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [0.95009, null, null, "Warning", "G-AKT_BME_STATUS-01 (REFERENCE §G.13: 9,500 bps is not above warn)"],
    [0.90005, null, null, "HaltCR", "G-AKT_BME_STATUS-02 (REFERENCE §G.13)"],
    [0.9501, null, null, "Healthy", "G-AKT_BME_STATUS-03 (REFERENCE §G.13)"],
    [0.9001, null, null, "Warning", "G-AKT_BME_STATUS-04 (REFERENCE §G.13)"],
    [0, null, null, "HaltCR", "empty vault"],
    [1e12, null, null, "Healthy", "huge ratio (no ACT outstanding on chain)"],
    [0.8, 0.85, 0.8, "HaltCR", "c = halt is HaltCR"],
    [0.8001, 0.85, 0.8, "Warning", "one bp above halt"],
    [0.85, 0.85, 0.8, "Warning", "c = warn is Warning"],
    [0.9, 1, 0, "Warning", "extreme thresholds 10,000 / 0 bps"],
    [0.9, 0.9, 0.9, OOR("halt"), "halt must be less than warn (params.go:56-58)"],
    [0.9, 0.95, 0.96, OOR("halt"), "halt above warn"],
    [0.9, 0.95005, null, BAD("warn"), "warn not a whole basis point"],
    [0.9, null, 0.90001, BAD("halt"), "halt not a whole basis point"],
    [0.9, 1.01, null, OOR("warn"), "warn above 10,000 bps"],
    [-0.1, null, null, OOR("cr"), "negative ratio"],
  ])("(%p, %p, %p) = %p  [%s]", (c, w, h, expected) => checkText(() => status(c, w, h), expected));
});

// ---------------------------------------------------------------------------------------------------
// Mint epoch: an independent LegacyDec emulation on BigInt (scale 10^18, half-even), written from
// cosmossdk.io/math v1.5.3 legacy_dec.go (Mul → chopPrecisionAndRound, Power = square-and-multiply) and
// node@3efe26bf x/bme/keeper/keeper.go:948-988, sharing no code with the engine.

const SCALE = 10n ** 18n;
const HALF = SCALE / 2n;
/** chopPrecisionAndRound: x / 10^18, the remainder rounded half to even (x ≥ 0). */
function chop(x: bigint): bigint {
  const q = x / SCALE;
  const r = x % SCALE;
  if (r < HALF) return q;
  if (r > HALF) return q + 1n;
  return q % 2n === 0n ? q : q + 1n;
}
const decMul = (a: bigint, b: bigint): bigint => chop(a * b);
/** Quo: the 10^36-scaled quotient truncated, then chopped. */
const decQuo = (a: bigint, b: bigint): bigint => chop((a * SCALE * SCALE) / b);
function decPow(d: bigint, n: bigint): bigint {
  if (n === 0n) return SCALE;
  let tmp = SCALE;
  for (let i = n; i > 1n; i /= 2n) {
    if (i % 2n !== 0n) tmp = decMul(tmp, d);
    d = decMul(d, d);
  }
  return decMul(d, tmp);
}
/** calculateBlocksDiff with c in basis points, backoff in percent, warn in basis points. */
function blocksDiff(c: bigint, min: bigint, backoffPct: bigint, max: bigint, warn: bigint): bigint {
  if (c >= warn || backoffPct === 0n) return min;
  const steps = (warn - c) / 10n;
  if (steps === 0n) return min;
  const base = decQuo((100n + backoffPct) * SCALE, 100n * SCALE);
  let res = decMul(min * SCALE, decPow(base, steps));
  if (res > max * SCALE) res = max * SCALE;
  const t = res / SCALE;
  return t < min ? min : t;
}

describe("AKT_BME_MINT_EPOCH", () => {
  const epoch = fn("AKT_BME_MINT_EPOCH");
  it.each<[unknown, unknown, unknown, unknown, unknown, Expect, string]>([
    [0.9137, null, null, null, null, "309", "G-AKT_BME_MINT_EPOCH-01 (REFERENCE §G.14: exact 309.126805328707)"],
    [0.9001, null, null, null, null, "1067", "G-AKT_BME_MINT_EPOCH-02 (REFERENCE §G.14: exact 1,067.18957163359)"],
    [0.95, null, null, null, null, "10", "G-AKT_BME_MINT_EPOCH-03 (SPEC §4.6)"],
    [0.949, null, null, null, null, "11", "G-AKT_BME_MINT_EPOCH-04 (SPEC §4.6)"],
    [0.94, null, null, null, null, "25", "G-AKT_BME_MINT_EPOCH-05 (SPEC §4.6)"],
    [0.9491, null, null, null, null, "10", "REFERENCE §G.14 table: 9,491 bps → 0 steps"],
    [0.9499, null, null, null, null, "10", "REFERENCE §G.14 table: dead band"],
    [0.949, null, null, null, null, "11", "REFERENCE §G.14 table: 9,490"],
    [0.948, null, null, null, null, "12", "REFERENCE §G.14 table: 9,480"],
    [0.91, null, null, null, null, "452", "REFERENCE §G.14 table: 9,100"],
    [0.901, null, null, null, null, "1067", "REFERENCE §G.14 table: 9,010"],
    [0.9, null, null, null, null, "1173", "REFERENCE §G.14 table: 9,000 (formula value; chain halts)"],
    [0.873, null, null, null, null, "14400", "REFERENCE §G.14 table: ≤ 8,730 → cap"],
    [0, null, null, null, null, "14400", "empty vault: cap"],
    [0.94999, null, null, null, null, "10", "c = ⌊9,499.9⌋ = 9,499 (truncated, not rounded)"],
    [0.5, null, 0, null, null, "10", "backoff 0 → min_epoch_blocks"],
    [2, null, null, null, null, "10", "healthy: min_epoch_blocks"],
    [0.94, 7, 0.03, null, null, "9", "⌊7 × 1.03^10⌋ = ⌊9.407…⌋ (REFERENCE §G.14 checked (7, 3 %))"],
    [0.94, 10, 0.1, 20, null, "20", "own cap below the formula's 25"],
    [0.94, 100, 0.1, 20, null, "100", "cap below min: min_epoch_blocks"],
    [0, 10, 1, null, 1, "14400", "backoff 100 %, 1,000 steps: 2^1000 far beyond the cap (chain LegacyDec would overflow)"],
    [0.94, null, 0.105, null, null, BAD("backoff"), "backoff not a whole percent"],
    [0.94, null, 1.1, null, null, OOR("backoff"), "backoff above 100 %"],
    [0.94, 0, null, null, null, OOR("min_epoch_blocks"), "min_epoch_blocks must be > 0 (params.go:47-49)"],
    [0.94, 2.5, null, null, null, BAD("min_epoch_blocks"), "whole blocks"],
    [0.94, null, null, 0, null, OOR("max_blocks"), "max_blocks at least 1"],
    [0.94, null, null, null, 0.94995, BAD("warn"), "warn not a whole basis point"],
  ])("(%p, %p, %p, %p, %p) = %p  [%s]", (c, m, b, x, w, expected) => check(() => epoch(c, m, b, x, w), expected));

  it("equals the BigInt LegacyDec emulation for every c from 0 to 10,000 bps with the defaults", () => {
    for (let c = 0; c <= 10000; c++) {
      expect([c, epoch(c / 10000)]).toEqual([c, Number(blocksDiff(BigInt(c), 10n, 10n, 14400n, 9500n))]);
    }
  });

  it("with the defaults equals ⌊min(10 × 1.1^s, 14,400)⌋ computed exactly (REFERENCE §G.14)", () => {
    for (let c = 0; c < 9500; c += 7) {
      const s = BigInt(Math.floor((9500 - c) / 10));
      const exact = s === 0n ? 10n : (10n * 110n ** s) / 100n ** s;
      expect([c, epoch(c / 10000)]).toEqual([c, Number(exact > 14400n ? 14400n : exact)]);
    }
  });

  it("equals the BigInt LegacyDec emulation for random parameters", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10000 }),
        (c, min, pct, max, warn) => {
          const got = epoch(c / 10000, min, pct / 100, max, warn / 10000);
          expect(got).toBe(Number(blocksDiff(BigInt(c), BigInt(min), BigInt(pct), BigInt(max), BigInt(warn))));
        }
      ),
      { numRuns: 500 }
    );
  });

  it("never shortens as the collateral ratio falls", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12000 }), fc.integer({ min: 0, max: 12000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(epoch(lo / 10000) as number).toBeGreaterThanOrEqual(epoch(hi / 10000) as number);
      })
    );
  });
});

describe("AKT_LEASE_AKT", () => {
  const lease = fn("AKT_LEASE_AKT");
  it.each<[unknown, unknown, unknown, unknown, Expect, string | undefined, string]>([
    [100, 1.14, null, null, "87.71929824561404", "8.77e-08", "G-AKT_LEASE_AKT-01 (REFERENCE §G.15)"],
    [114, 1.14, "take", null, "98", "9.8e-08", "G-AKT_LEASE_AKT-02 (REFERENCE §G.15: an AKT lease worth 100 AKT yields 98)"],
    [114, 1.14, "take", null, "98", undefined, "exact: 100 × 0.98"],
    [114, 1.14, "TAKE", 0.2, "80", undefined, "case-insensitive regime, take_rate given: 100 × 0.8"],
    [114, 1.14, " bme ", null, "100", undefined, "bme: 114 / 1.14"],
    [114, 1.14, "", null, "100", undefined, "blank regime = bme"],
    [114, 1.14, "bme", 0.2, "100", undefined, "take_rate is not read with bme: no take since 2026-03-23"],
    [114, 1.14, "bme", 1.5, OOR("take_rate"), undefined, "take_rate is still range-checked with bme"],
    [114, 1.14, "take", 1.5, OOR("take_rate"), undefined, "take_rate above 1"],
    [114, 1.14, "usdc", null, REGIME("regime"), undefined, "unknown regime"],
    [114, 0, null, null, OOR("akt_price"), undefined, "zero price"],
    [-1, 1, null, null, OOR("lease_usd"), undefined, "negative lease"],
  ])("(%p, %p, %p, %p) = %p ± %p  [%s]", (u, p, r, t, expected, tol) => check(() => lease(u, p, r, t), expected, tol));
});

// ---------------------------------------------------------------------------------------------------
// Invariants and exactness (fast-check) on the cores, which take the validated numbers.

/** A double as the spreadsheet holds it: the result cell of one function is the input of the next. */
const num = (x: number | { toString(): string }): number => (typeof x === "number" ? x : Number(x.toString()));
const price = fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const amount = fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true });
/** Short decimals (m / 10^k), as analysts type them: the double-double fast path accepts these. */
const short = (maxDigits: number, maxScale: number) =>
  fc.tuple(fc.integer({ min: 1, max: 10 ** maxDigits - 1 }), fc.integer({ min: 0, max: maxScale })).map(([m, k]) => m / 10 ** k);
const spread = fc.integer({ min: 0, max: 1000 });
const ratio = fc.oneof(fc.double({ min: 0, max: 10, noNaN: true, noDefaultInfinity: true }), short(6, 6), fc.integer({ min: 0, max: 12000 }).map((c) => c / 10000));
/** Relative closeness of two doubles, in units of 2^-52. */
const closeUlps = (a: number, b: number, n: number) => Math.abs(a - b) <= n * 2 ** -52 * Math.max(Math.abs(a), Math.abs(b));

describe("BME invariants", () => {
  it("settle after mint at the same prices returns the input less both spreads (to a few ulps: two double results)", () => {
    const normal = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e12, noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(normal, price, price, spread, spread, (a, p, q, sm, ss) => {
        const back = num(bme.bmeSettle(num(bme.bmeMint(a, p, q, sm)), p, q, ss));
        const expected = new D(a).mul(new D(10000 - sm).div(10000)).mul(new D(10000 - ss).div(10000)).toNumber();
        expect(closeUlps(back, expected, 4)).toBe(true);
        expect(back <= a * (1 + 2 ** -50)).toBe(true);
      })
    );
  });

  it("new supply is never negative and never above akt_out", () => {
    fc.assert(
      fc.property(amount, amount, (out, credit) => {
        const n = num(bme.bmeNewSupply(out, credit));
        expect(n >= 0 && n <= out).toBe(true);
      })
    );
  });

  it("status is monotone in cr (HaltCR < Warning < Healthy), for any valid thresholds", () => {
    const rank = (s: string) => bme.MINT_STATUSES.length - 1 - bme.MINT_STATUSES.indexOf(s as bme.MintStatus);
    fc.assert(
      fc.property(ratio, ratio, fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 0, max: 9999 }), (a, b, w, h) => {
        fc.pre(h < w);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(rank(bme.bmeStatus(lo, w / 10000, h / 10000))).toBeLessThanOrEqual(rank(bme.bmeStatus(hi, w / 10000, h / 10000)));
      })
    );
  });

  it("status compares the truncated basis points of cr's decimal, as decimal.js computes them", () => {
    fc.assert(
      fc.property(ratio, fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 0, max: 9999 }), (cr, w, h) => {
        fc.pre(h < w);
        const c = new D(cr).mul(10000).trunc();
        const expected = c.gt(w) ? "Healthy" : c.gt(h) ? "Warning" : "HaltCR";
        expect([cr, bme.bmeStatus(cr, w / 10000, h / 10000)]).toEqual([cr, expected]);
      }),
      { numRuns: 2000 }
    );
  });

  /** The doubles next to x (x > 0): where cr × 10,000 in floating point rounds across an integer. */
  const neighbours = (x: number): number[] => {
    const f = new Float64Array([x]);
    const i = new BigInt64Array(f.buffer);
    const at = (d: bigint) => new Float64Array(new BigInt64Array([i[0]! + d]).buffer)[0]!;
    return [at(-2n), at(-1n), x, at(1n), at(2n)];
  };

  it("status and mint epoch read the truncated basis points exactly next to every multiple of 0.0001 up to 1 (decimal.js / BigInt oracles)", () => {
    // Thresholds placed so that c = k − 1 and c = k give different answers: halt = k − 1 bps (status), and
    // warn = k + 9 bps for the epoch (9 bps below warn: 0 steps; 10 bps: 1 step).
    for (let k = 1; k <= 10000; k++) {
      const warnE = Math.min(k + 9, 10000);
      for (const cr of neighbours(k / 10000)) {
        const c = BigInt(new D(cr).mul(10000).trunc().toString());
        const h = BigInt(k - 1);
        const status = c > 10000n ? "Healthy" : c > h ? "Warning" : "HaltCR";
        const got = [cr, bme.bmeStatus(cr, 1, (k - 1) / 10000), bme.bmeMintEpoch(cr, 10, 0.1, 14400, warnE / 10000)];
        expect(got).toEqual([cr, status, Number(blocksDiff(c, 10n, 10n, 14400n, BigInt(warnE)))]);
      }
    }
  });

  it("the mint epoch uses the truncated basis points of cr's decimal (BigInt oracle, cr with up to 12 decimals)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), (m, min, pct) => {
        const cr = m / 10 ** 12;
        const c = BigInt(new D(cr).mul(10000).trunc().toString());
        expect(bme.bmeMintEpoch(cr, min, pct / 100, 14400, 0.95)).toBe(Number(blocksDiff(c, BigInt(min), BigInt(pct), 14400n, 9500n)));
      }),
      { numRuns: 2000 }
    );
  });

  it("collateral ratio × ACT supply = collateral value (with akt_price, act_price > 0)", () => {
    fc.assert(
      fc.property(amount, amount, price, price, amount, (v, p, ap, qp, s) => {
        fc.pre(s > 0);
        const [vault, pending] = v >= p ? [v, p] : [p, v];
        const cr = new D(bme.bmeCollateralRatio(vault, pending, ap, s, qp).toString());
        const value = new D(vault).minus(pending).mul(ap).div(qp);
        expect(cr.mul(s).minus(value).abs().lte(value.mul(2 ** -52).plus("1e-300"))).toBe(true);
      })
    );
  });

  it("the conversions return the double nearest the exact result (exact quotient, double-double or decimal.js: the same double)", () => {
    const exact = (x: { toNumber(): number }) => x.toNumber();
    const any = (g: fc.Arbitrary<number>) => fc.oneof({ weight: 4, arbitrary: g }, { weight: 1, arbitrary: price });
    const before = { ...dd.stats };
    fc.assert(
      fc.property(any(short(9, 4)), any(short(6, 6)), any(short(3, 2)), spread, any(short(9, 4)), (a, p, q, s, b) => {
        const k = new D(1).minus(new D(s).div(10000));
        expect(num(bme.bmeMint(a, p, q, s))).toBe(exact(new D(a).mul(p).div(q).mul(k)));
        expect(num(bme.bmeSettle(a, p, q, s))).toBe(exact(new D(a).mul(q).div(p).mul(k)));
        expect(num(bme.leaseAkt(a, p, "bme", undefined))).toBe(exact(new D(a).div(p)));
        expect(num(bme.leaseAkt(a, p, "take", s / 1000))).toBe(exact(new D(a).div(p).mul(new D(1).minus(s / 1000))));
        const [vault, pending] = a >= b ? [a, b] : [b, a];
        expect(num(bme.bmeCollateralRatio(vault, pending, p, b, q))).toBe(exact(new D(vault).minus(pending).mul(p).div(q).div(b)));
        expect(num(bme.bmeNewSupply(a, b))).toBe(exact(D.max(0, new D(a).minus(b))));
      }),
      { numRuns: 3000 }
    );
    // Products too large for the exact backend go to the double-double path; long decimals fall back to decimal.js.
    expect([dd.stats.fast > before.fast, dd.stats.fallback > before.fallback]).toEqual([true, true]);
  });

  it("the take-era lease never pays more than the BME lease", () => {
    fc.assert(
      fc.property(amount, price, fc.double({ min: 0, max: 1, noNaN: true }), (u, p, t) => {
        expect(num(bme.leaseAkt(u, p, "take", t)) <= num(bme.leaseAkt(u, p, "bme", undefined))).toBe(true);
      })
    );
  });

  it("cross-argument errors are DepinErrors with the [DEPIN] prefix", () => {
    expect(() => bme.bmeStatus(1, 0.9, 0.9)).toThrow(DepinError);
    expect(() => bme.bmeStatus(1, 0.9, 0.9)).toThrow(/^\[DEPIN\] halt must be less than warn \(0\.9\) \(got 0\.9\)$/);
  });
});

describe("declarations", () => {
  const SPEC_SIGNATURES: [string, string[]][] = [
    ["AKT_BME_MINT", ["akt_in", "akt_price", "act_price", "spread_bps"]],
    ["AKT_BME_SETTLE", ["act_in", "akt_price", "act_price", "spread_bps"]],
    ["AKT_BME_NEW_SUPPLY", ["akt_out", "remint_credit"]],
    ["AKT_BME_CR", ["vault_akt", "pending_akt", "akt_price", "act_supply", "act_price"]],
    ["AKT_BME_STATUS", ["cr", "warn", "halt"]],
    ["AKT_BME_MINT_EPOCH", ["cr", "min_epoch_blocks", "backoff", "max_blocks", "warn"]],
    ["AKT_LEASE_AKT", ["lease_usd", "akt_price", "regime", "take_rate"]],
  ];
  it.each(SPEC_SIGNATURES)("%s has the SPEC §4.6 argument names and order", (id, names) => {
    expect(functions.find((f) => f.id === id)!.args.map((a) => a.name)).toEqual(names);
  });

  /** SPEC §4.6 defaults, as numbers the runner gives for a blank argument. */
  it.each<[string, string, string | number]>([
    ["AKT_BME_MINT", "act_price", 1],
    ["AKT_BME_MINT", "spread_bps", 25],
    ["AKT_BME_SETTLE", "spread_bps", 0],
    ["AKT_BME_STATUS", "warn", 0.95],
    ["AKT_BME_STATUS", "halt", 0.9],
    ["AKT_BME_MINT_EPOCH", "min_epoch_blocks", 10],
    ["AKT_BME_MINT_EPOCH", "backoff", 0.1],
    ["AKT_BME_MINT_EPOCH", "max_blocks", 14400],
    ["AKT_BME_MINT_EPOCH", "warn", 0.95],
    ["AKT_LEASE_AKT", "regime", "bme"],
  ])("%s %s defaults to %p", (id, name, value) => {
    const a = functions.find((f) => f.id === id)!.args.find((x) => x.name === name) as { default?: { value: string } | string };
    const d = typeof a.default === "object" ? a.default.value : a.default;
    expect(typeof value === "number" ? Number(d) : d).toBe(value);
  });

  it.each(functions.filter((f) => f.id.startsWith("AKT_BME") || f.id === "AKT_LEASE_AKT").map((f) => [f.id, f] as const))(
    "%s: its documented example evaluates to its result",
    (_id, f) => {
      const m = /^=DEPIN\.([A-Z_]+)\((.*)\)$/.exec(f.doc.example.formula)!;
      expect(m[1]).toBe(f.id);
      const args = m[2]!.split(",").map((s) => (s.startsWith('"') ? s.slice(1, -1) : Number(s)));
      const r = bind(f)(...args);
      const expected = f.doc.example.result as string;
      if (typeof r === "string") expect(r).toBe(expected);
      else expect(new D((r as { toString(): string }).toString()).minus(expected).abs().lte(new D(expected).abs().mul("1e-9"))).toBe(true);
    }
  );
});
