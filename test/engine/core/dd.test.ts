/**
 * The double-double fast path (src/engine/core/dd.ts) against decimal.js, bit for bit after rounding to a
 * double: whenever the rounding test accepts a result it must be the double decimal.js (40 digits) gives;
 * the fallback rate is counted and must stay small on ordinary inputs. Hard cases: results constructed
 * next to (and exactly on) the midpoint between two doubles must be refused or rounded half-even.
 */
import fc from "fast-check";
import { D } from "../../../src/engine/core/decimal";
import * as dd from "../../../src/engine/core/dd";

/** Inputs as analysts type them: up to 6 fractional digits, magnitudes 1e-6 … 1e9. */
const typed = fc
  .tuple(fc.integer({ min: 1, max: 999_999_999 }), fc.integer({ min: 0, max: 6 }), fc.boolean())
  .map(([m, k, negative]) => (negative ? -1 : 1) * (m / 10 ** k));
const positive = typed.map(Math.abs);
const smallParts = fc.tuple(fc.integer({ min: -5_000_000, max: 5_000_000 }), fc.integer({ min: 4, max: 7 }));

/** The next double above a positive finite d. */
function nextUp(d: number): number {
  const b = new Float64Array([d]);
  const u = new BigUint64Array(b.buffer);
  u[0] = u[0]! + 1n;
  return b[0]!;
}

function agree(fast: dd.DD | undefined, slow: () => number, stats: { n: number; fallback: number }): void {
  stats.n++;
  const v = fast === undefined ? undefined : dd.nearest(fast);
  if (v === undefined) {
    stats.fallback++;
    return;
  }
  expect(Object.is(v, slow()) || (v === 0 && slow() === 0)).toBe(true);
}

const input = (x: number): dd.DD => {
  const v = dd.fromNumber(x);
  if (v === undefined) throw new Error(`typed input ${x} refused`);
  return v;
};

describe("double-double with a rounding test equals decimal.js bit for bit", () => {
  const runs = { numRuns: 3000, seed: 1206 };

  it("reads a typed double as its shortest decimal", () => {
    fc.assert(fc.property(typed, (x) => expect(dd.nearest(input(x))).toBe(x)), runs);
    expect(dd.fromNumber(0.1)!.lo).not.toBe(0); // 0.1 the decimal, not the double 0.1000000000000000055…
  });

  it("add, sub, mul, div", () => {
    const stats = { n: 0, fallback: 0 };
    fc.assert(
      fc.property(typed, typed, (x, y) => {
        const [a, b] = [input(x), input(y)];
        const [X, Y] = [new D(x), new D(y)];
        agree(dd.add(a, b), () => X.plus(Y).toNumber(), stats);
        agree(dd.sub(a, b), () => X.minus(Y).toNumber(), stats);
        agree(dd.mul(a, b), () => X.mul(Y).toNumber(), stats);
        agree(dd.div(a, b), () => X.div(Y).toNumber(), stats);
        agree(dd.div(dd.mul(a, b), dd.sub(b, dd.exact(0.5))), () => X.mul(Y).div(Y.minus(0.5)).toNumber(), stats);
      }),
      runs
    );
    expect(stats.fallback / stats.n).toBeLessThan(0.001);
  });

  it("exp, ln and pow", () => {
    const stats = { n: 0, fallback: 0 };
    fc.assert(
      fc.property(smallParts, positive, smallParts, ([m, k], p, [my, ky]) => {
        const x = m / 10 ** k;
        const xm = m / 10 ** (k + 3);
        const e = my / 10 ** (ky + 6); // |exponent × ln p| stays inside the exp domain
        agree(dd.exp(input(x)), () => new D(x).exp().toNumber(), stats);
        agree(dd.ln(input(p)), () => new D(p).ln().toNumber(), stats);
        agree(dd.pow(input(p), input(e)), () => new D(p).pow(new D(e)).toNumber(), stats);
        agree(dd.exp(dd.mul(input(xm), dd.ln(dd.exact(2)))), () => new D(2).pow(new D(xm)).toNumber(), stats);
      }),
      runs
    );
    expect(stats.fallback / stats.n).toBeLessThan(0.001);
  });

  it("the running error bound holds: |hi + lo − exact| ≤ err, against decimal.js at 60 digits", () => {
    const D60 = D.clone({ precision: 60 });
    /** A double's exact binary value (new Decimal(x) would read its shortest decimal instead). */
    const bin = (x: number) => (x < 0 ? new D60(`0b${(-x).toString(2)}`).neg() : new D60(`0b${x.toString(2)}`));
    const within = (v: dd.DD, exact: InstanceType<typeof D60>) => {
      const got = bin(v.hi).plus(bin(v.lo));
      const miss = got.minus(exact).abs();
      if (!miss.lte(v.err)) throw new Error(`bound ${v.err} below the error ${miss.toExponential(3)} (value ${exact.toExponential(20)})`);
    };
    // Arguments across the whole domain (|a| ≤ 700) and next to the table's knots k·ln2/4096 (|r| at its largest and smallest).
    const knot = fc.tuple(fc.integer({ min: -4_136_000, max: 4_136_000 }), fc.constantFrom(0, 0.4999999, -0.4999999, 1e-9)).map(([k, f]) => ((k + f) * Math.LN2) / 4096);
    const arg = fc.oneof(typed.map((x) => x / 1e6), fc.double({ min: -700, max: 700, noNaN: true }), knot);
    fc.assert(
      fc.property(arg, positive, (x, p) => {
        const a = dd.fromAnyNumber(x) ?? dd.exact(x);
        const A = bin(a.hi).plus(bin(a.lo));
        // exp's own error plus its propagation of the input's (err is 0 for an exact double).
        const e = dd.exp(a);
        if (a.err === 0) within(e, A.exp());
        // A typed input read as its shortest decimal, then ln and pow of it (carried with its own error bound).
        within(input(p), new D60(p));
        const read = dd.fromAnyNumber(x); // undefined: refused (then the decimal path runs)
        if (read !== undefined) within(read, new D60(x));
        within(dd.ln(input(p)), new D60(p).ln());
        within(dd.pow(input(p), dd.exact(0.25)), new D60(p).pow(0.25));
      }),
      { numRuns: 4000, seed: 20261206 }
    );
  });

  it("values next to a rounding boundary are refused; an exact tie rounds half-even", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-280, max: 1e300, noNaN: true }), (d) => {
        const next = nextUp(d);
        const half = (next - d) / 2;
        // the exact midpoint, known exactly: ties-to-even, as Number() of its decimal does
        const tie = dd.nearest({ hi: d, lo: half, err: 0 });
        const evenBit = (v: number) => new BigUint64Array(new Float64Array([v]).buffer)[0]! & 1n;
        expect(tie === d || tie === next).toBe(true);
        expect(evenBit(tie!)).toBe(0n);
        // a hair from the midpoint with an error bound that reaches it: refused
        expect(dd.nearest({ hi: d, lo: half - half * 2 ** -60, err: half * 2 ** -50 })).toBeUndefined();
        expect(dd.nearest({ hi: d, lo: half * (1 - 2 ** -45), err: half * 2 ** -50 })).toBe(d);
      }),
      { numRuns: 2000, seed: 7 }
    );
  });

  it("refuses what it cannot bound", () => {
    expect(dd.nearest(dd.exp(dd.exact(800)))).toBeUndefined();
    expect(dd.nearest(dd.ln(dd.exact(-1)))).toBeUndefined();
    expect(dd.nearest(dd.div(dd.exact(1), dd.exact(0)))).toBeUndefined();
    expect(dd.fromNumber(0.1 + 0.2)).toBeUndefined(); // 0.30000000000000004: 17 significant digits
  });
});
