/**
 * The number cores of the pre-dTAO scalar functions (issue 14, SPEC §7 speed) against their decimal cores, bit for
 * bit (Object.is: −0 included) over wide random domains (fast-check) and targeted hard cases: issuances at and
 * next to every halving threshold (1 rao either side, the rounding of a tenth of a rao, half-up ties), every k
 * of TAO_HALVING_ISSUANCE, and the fallback rate of the double-double paths.
 */
import fc from "fast-check";
import { D } from "../../../src/engine/core/decimal";
import * as f from "../../../src/engine/networks/bittensor/formulas";

const num = (x: number | { toNumber(): number }): number => (typeof x === "number" ? x : x.toNumber());
const same = (a: number | { toNumber(): number }, b: number | { toNumber(): number }): void => {
  const x = num(a);
  const y = num(b);
  if (!Object.is(x, y)) throw new Error(`${x} !== ${y}`);
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
