/**
 * Integer powers b^h of a fixed base by table lookup: b^h = T0[h & 511] × T1[(h >> 9) & 511] × T2[h >> 18]
 * for 0 ≤ h < 2^27, at most two 40-digit multiplications instead of the ~2·log2(h) of Decimal.pow.
 *
 * Each table entry is computed in a 60-digit clone (exact base, repeated multiplication: accumulated
 * relative error < 1e-56) and then rounded half-even to 40 significant digits, so an entry's relative
 * error is ≤ 0.5e-39; a product of three entries with two roundings is within 2.5e-39 relative of the
 * exact power (plus the 1e-56 build error). `scale` multiplies the first table (the block subsidy folds
 * R0 in, saving one multiplication per call). Tables are built on first use (1,536 multiplications).
 */
import * as dd from "../../core/dd";
import type { DD } from "../../core/dd";
import { D, type Dec } from "../../core/decimal";

export const BITS = 9;
export const SIZE = 1 << BITS;
export const MASK = SIZE - 1;
/** Exponents below this limit use the tables (three levels of 9 bits). */
export const TABLE_LIMIT = 1 << (3 * BITS);
/** Relative error bound of {@link PowerTable.pow} against the exact scale × b^h (see the header). */
export const TABLE_REL_ERROR = new D("3e-39");

const D60 = D.clone({ precision: 60 });

export class PowerTable {
  private tables: Dec[][] | null = null;

  constructor(
    private readonly base: string,
    private readonly scale: string = "1"
  ) {}

  private build(): Dec[][] {
    const b = new D60(this.base);
    const out: Dec[][] = [];
    for (let level = 0; level < 3; level++) {
      const step = b.pow(2 ** (BITS * level)); // integer power: decimal.js intPow with guard digits at 60 digits
      let x = level === 0 ? new D60(this.scale) : new D60(1);
      const t = new Array<Dec>(SIZE);
      for (let j = 0; j < SIZE; j++) {
        t[j] = new D(x.toSignificantDigits(40).toString());
        x = x.mul(step);
      }
      out.push(t);
    }
    return out;
  }

  /** scale × b^h for an integer 0 ≤ h < TABLE_LIMIT, within TABLE_REL_ERROR relative. */
  pow(h: number): Dec {
    const t = this.tables ?? (this.tables = this.build());
    let r = t[0]![h & MASK]!;
    const mid = (h >>> BITS) & MASK;
    if (mid !== 0) r = r.mul(t[1]![mid]!);
    const hi = h >>> (2 * BITS);
    if (hi !== 0) r = r.mul(t[2]![hi]!);
    return r;
  }
}

/**
 * A decimal as a double-double with its error bound: hi the value's double, lo the double of the exact
 * remainder v − hi (hi's exact decimal from toPrecision(100), which the language defines as correctly rounded,
 * subtracted at 60 digits), so |hi + lo − v| ≤ 2^−53 |lo| + 1e-58 |v| < 2^−100 |hi|, the declared `err`.
 * `v` must be accurate to 1e-58 relative (a 60-digit result) and a positive normal double in magnitude.
 */
export function ddOf(v: Dec60): DD {
  const hi = v.toNumber();
  return { hi, lo: v.minus(hi.toPrecision(100)).toNumber(), err: 2 ** -100 * hi };
}

type Dec60 = InstanceType<typeof D60>;

/**
 * Integer powers b^h (0 ≤ h < 2^27) of a decimal base as double-doubles with a running error bound (core/dd.ts):
 * the same three 512-entry levels as {@link PowerTable}; level k is 1, s, s², … by repeated dd.mul from its step
 * s = b^(512^k), a 60-digit decimal power taken as a double-double by {@link ddOf}. dd tracks every entry's error
 * (below 512 × 2^−99 relative) and the products'. Built at first use (1,536 products, a few ms).
 */
export class DdPowerTable {
  private table: DD[] | null = null;

  constructor(private readonly base: string) {}

  private build(): DD[] {
    const out: DD[] = [];
    for (const n of [1, SIZE, SIZE * SIZE]) {
      const step = ddOf(new D60(this.base).pow(n));
      let x = dd.exact(1);
      for (let j = 0; j < SIZE; j++) {
        out.push(x);
        x = dd.mul(x, step);
      }
    }
    return out;
  }

  /** b^h for an integer 0 ≤ h < TABLE_LIMIT, with its error bound. */
  pow(h: number): DD {
    const t = this.table ?? (this.table = this.build());
    let v = t[h & MASK]!;
    const j1 = (h >>> BITS) & MASK;
    if (j1 !== 0) v = dd.mul(v, t[SIZE + j1]!);
    const j2 = h >>> (2 * BITS);
    if (j2 !== 0) v = dd.mul(v, t[2 * SIZE + j2]!);
    return v;
  }
}
