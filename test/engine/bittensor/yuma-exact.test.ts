/**
 * TAO_YUMA consensus at exact κ boundaries, huge stakes, and script-made inputs.
 *
 * The consensus oracle here is exact: BigInt fractions straight from REFERENCE.md §B.2 step 5 (keep the rows
 * with active permitted stake, σ_i = s_i / Σs; for each column sort ascending, add σ, take the first value
 * whose running sum exceeds Σσ − κ; missing entries count as 0), with κ the exact decimal typed (0.4 = 2/5).
 * Subnets are tie-heavy on purpose (small integer weights, equal stakes), where a rounded running sum lands
 * exactly on the boundary.
 */
import fc from "fast-check";
import { tao } from "./declared";
import { kappaFraction } from "../../../src/engine/networks/bittensor/yuma/stake";
import { setTuningForTests } from "../../../src/engine/networks/bittensor/yuma/tuning";
import { HostError } from "../../../src/functions/boundary";
import * as fns from "../../../src/functions/tao";


type Q = readonly [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x;
};
const q = (n: bigint, d: bigint): Q => {
  const g = gcd(n, d) || 1n;
  return [n / g, d / g];
};
const cmp = (a: Q, b: Q) => {
  const d = a[0] * b[1] - b[0] * a[1];
  return d > 0n ? 1 : d < 0n ? -1 : 0;
};
const toNum = (a: Q) => Number(a[0]) / Number(a[1]);
/** A decimal typed as text ("0.4") as an exact fraction. */
function dec(x: string): Q {
  const [i, f = ""] = x.split(".");
  return q(BigInt(i! + f), 10n ** BigInt(f.length));
}

interface Subnet {
  w: number[][];
  s: number[];
  kappa: string;
  active: boolean[] | null;
}

/** Exact consensus (REFERENCE.md B.2 step 5) with every uid permitted (max_validators ≥ n, no owner). */
function exactConsensus(ep: Subnet): Q[] {
  const n = ep.s.length;
  const rows = [...Array(n).keys()].filter((i) => ep.s[i]! > 0 && (ep.active === null || ep.active[i]));
  const n0: Q = [0n, 1n];
  if (rows.length === 0) return new Array<Q>(n).fill(n0);
  const T = rows.reduce((a, i) => a + BigInt(ep.s[i]!), 0n);
  const k = dec(ep.kappa);
  const minority = q(T * k[1] - k[0] * T, k[1]); // Σσ − κ in units of stake (σ_i = s_i / T)
  const W = rows.map((i) => {
    const r = ep.w[i]!.map((x, j) => (j === i ? 0 : x)); // diagonal masked (no owner)
    const rs = r.reduce((a, x) => a + x, 0);
    return r.map((x): Q => (rs > 0 ? q(BigInt(x), BigInt(rs)) : n0));
  });
  return [...Array(n).keys()].map((j) => {
    const col = rows.map((i, r) => ({ v: W[r]![j]!, s: BigInt(ep.s[i]!) })).sort((a, b) => cmp(a.v, b.v));
    let cum = 0n;
    for (const e of col) {
      cum += e.s;
      if (cmp([cum, 1n], minority) > 0) return e.v;
    }
    return col[col.length - 1]!.v;
  });
}

function consensus(ep: Subnet): number[] {
  const n = ep.s.length;
  const settings: unknown[][] = [
    ["kappa", Number(ep.kappa)],
    ["max_validators", n],
  ];
  const act = ep.active ? ep.active.map((x) => [x]) : null;
  return tao.yuma(ep.w, ep.s.map((x) => [x]), null, null, act, settings, "consensus").map((r) => r[0] as number);
}

const KAPPAS = ["0.4", "0.5", "0.6", "0.2", "0.8", "0.25", "0.75", "0.3"];

const tieHeavy = fc.integer({ min: 2, max: 9 }).chain((n) =>
  fc.record({
    w: fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
    s: fc.oneof(
      fc.array(fc.constantFrom(0, 1, 1, 1), { minLength: n, maxLength: n }), // equal stakes
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
      fc.array(fc.constantFrom(0, 1e6, 2e6, 3e6), { minLength: n, maxLength: n }),
    ),
    kappa: fc.constantFrom(...KAPPAS),
    active: fc.option(fc.array(fc.boolean(), { minLength: n, maxLength: n }), { nil: null }),
  }),
);

describe.each<[string, number, number]>([
  ["dense kernel", 256, 64],
  ["streamed kernel", 0, 8],
])("TAO_YUMA consensus at exact κ ties equals exact rational arithmetic: %s", (_name, gatherAllMaxRows, sampleRows) => {
  beforeAll(() => setTuningForTests({ gatherAllMaxRows, sampleRows }));
  afterAll(() => setTuningForTests(null));

  it("five equal stakes, κ = 0.4: the value two of the five give at least (derivation below)", () => {
    // Rows normalised: uid0 [1, 0], uid1 [0.2, 0.8], uid2 [1, 0], uid3 [0.2, 0.8], uid4 [0.5, 0.5] on miners 5, 6.
    // σ = 1/5 each; Σσ − κ = 3/5, so C_j is the 4th smallest of the column (3/5 is not > 3/5):
    // column 5 sorted 0.2, 0.2, 0.5, 1, 1 → 1; column 6 sorted 0, 0, 0.5, 0.8, 0.8 → 0.8.
    const w = [
      [0, 0, 0, 0, 0, 3, 0],
      [0, 0, 0, 0, 0, 1, 4],
      [0, 0, 0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0, 1, 4],
      [0, 0, 0, 0, 0, 3, 3],
      [0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0],
    ];
    const c = consensus({ w, s: [1, 1, 1, 1, 1, 0, 0], kappa: "0.4", active: null });
    expect(c.slice(5)).toEqual([1, 0.8]);
  });

  it("six equal stakes, κ = 0.5: three of six is exactly half, not more (derivation)", () => {
    // σ = 1/6; Σσ − κ = 1/2; column 6 values (row-normalised, diagonal 0) 0, 0, 1/4, 1/2, 1/2, 1 → 4th = 1/2.
    const w = [
      [0, 0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 1, 1],
      [0, 0, 0, 0, 1, 0, 0],
      [0, 0, 0, 0, 0, 3, 1],
      [0, 0, 0, 1, 0, 0, 0],
      [0, 0, 0, 0, 1, 0, 1],
      [0, 0, 0, 0, 0, 0, 0],
    ];
    const c = consensus({ w, s: [1, 1, 1, 1, 1, 1, 0], kappa: "0.5", active: null });
    expect(c[6]).toBe(0.5);
  });

  it("default κ = 32767/65535 met exactly: a validator with 32767 of 65535 stake carries its column (derivation)", () => {
    // Stakes 32767 (uid0) and 32768 (uid1): uid0 holds exactly κ of the stake, so the weight it gives is
    // given "by at least κ" and is the consensus (B.2 step 5: Σσ − κ = 32768/65535, cumulative 32768/65535
    // after uid1's lower weight is not more). Column 2: uid1 1/4, uid0 3/4 → 3/4; column 3: uid0 1/4, uid1 3/4 → 3/4.
    const w = [
      [0, 0, 3, 1],
      [0, 0, 1, 3],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ];
    const c = tao.yuma(w, [[32767], [32768], [0], [0]], null, null, null, null, "consensus").map((r) => r[0]);
    expect(c).toEqual([0, 0, 0.75, 0.75]);
  });

  it("tie-heavy subnets (fast-check): every column equals the exact κ-quantile", () => {
    fc.assert(
      fc.property(tieHeavy, (ep) => {
        const got = consensus(ep);
        const exp = exactConsensus(ep).map(toNum);
        got.forEach((x, j) => {
          if (!(Math.abs(x - exp[j]!) <= 1e-12)) throw new Error(`column ${j}: got ${x}, exact ${exp[j]}`);
        });
      }),
      { numRuns: 400 },
    );
  });
});

describe("κ as an exact fraction", () => {
  it.each<[number, string, string]>([
    [0.4, "2", "5"],
    [0.5, "1", "2"],
    [1 / 3, "1", "3"],
    [32767 / 65535, "32767", "65535"],
    [0.123456789, "123456789", "1000000000"],
    [1e-7, "1", "10000000"],
  ])("%p = %s/%s", (k, p, q) => {
    expect(kappaFraction(k).map(String)).toEqual([p, q]);
  });
});

describe("TAO_YUMA with huge stakes", () => {
  const w = [
    [0, 1, 1],
    [1, 0, 1],
    [1, 1, 0],
  ];
  it("{1e308;1e308;1e308} is one third each, every uid a validator (the sum overflows unscaled)", () => {
    const s = [[1e308], [1e308], [1e308]];
    const col = (out: string) => tao.yuma(w, s, null, null, null, null, out).map((r) => r[0]);
    expect(col("stake")).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(col("validator_permit")).toEqual([true, true, true]);
    // Equal stakes and a symmetric subnet: the same epoch as stakes of 1.
    expect(tao.yuma(w, s, null, null, null, null, "table")).toEqual(tao.yuma(w, [[1], [1], [1]], null, null, null, null, "table"));
  });
  it("Number.MAX_VALUE beside 1: shares 1 and ~5.6e-309, no overflow", () => {
    const st = tao.yuma(w, [[Number.MAX_VALUE], [1], [0]], null, null, null, null, "stake").map((r) => r[0] as number);
    expect(st[0]).toBe(1);
    expect(st[1]).toBeCloseTo(1 / Number.MAX_VALUE, 320);
    expect(st[2]).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Inputs a script can pass but a spreadsheet cannot: the usual message naming the argument, never an
// internal error; and documented size limits, checked before a range is read.
// ---------------------------------------------------------------------------------------------------------
const throwing = () => ({
  valueOf(): never {
    throw new Error("valueOf");
  },
  toString(): never {
    throw new Error("toString");
  },
});
function holes<T>(len: number, at: number, fill: (i: number) => T): T[] {
  const a = new Array<T>(len);
  for (let i = 0; i < len; i++) if (i !== at) a[i] = fill(i);
  return a;
}
function hostError(f: () => unknown): HostError {
  try {
    f();
  } catch (e) {
    if (e instanceof HostError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("script-made inputs give the argument's message", () => {
  const w = [
    [0, 1, 1],
    [1, 0, 1],
    [1, 1, 0],
  ];
  const s = [[1], [2], [3]];
  it.each<[string, () => unknown, string]>([
    ["TAO_YUMA bonds_prev = Object.create(null)", () => fns.taoYuma(w, s, Object.create(null) as never), "bonds_prev"],
    ["TAO_YUMA bonds_prev = object with throwing valueOf/toString", () => fns.taoYuma(w, s, throwing() as never), "bonds_prev"],
    ["TAO_YUMA settings = Object.create(null)", () => fns.taoYuma(w, s, undefined, undefined, undefined, Object.create(null) as never), "settings"],
    ["TAO_YUMA settings = throwing object", () => fns.taoYuma(w, s, undefined, undefined, undefined, throwing() as never), "settings"],
    ["TAO_YUMA weights = throwing object", () => fns.taoYuma(throwing() as never, s), "weights"],
    ["TAO_SUBNET_EMISSION root_weights with a missing row", () => fns.taoSubnetEmission(holes(3, 1, (i) => w[i]!), s), "root_weights"],
    ["TAO_SUBNET_EMISSION root_weights = throwing object", () => fns.taoSubnetEmission(throwing() as never, s), "root_weights"],
    ["TAO_SUBNET_EMISSION root_weights = Object.create(null)", () => fns.taoSubnetEmission(Object.create(null) as never, s), "root_weights"],
    ["TAO_SUBNET_EMISSION root_stake = throwing object", () => fns.taoSubnetEmission(w, throwing() as never), "root_stake"],
  ])("%s", (_name, f, param) => {
    const e = hostError(f);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain(`[DEPIN] ${param} `);
    expect(e.message).not.toContain("internal error");
  });

  it("a hole in a sparse row is a blank cell (0), as null is", () => {
    const sparse = [holes(3, 0, (j) => w[0]![j]!), w[1]!, w[2]!];
    const blank = [[null, 1, 1], w[1]!, w[2]!];
    expect(tao.subnetEmission(sparse, s, null, null, null).map((r) => r[0]!.toString())).toEqual(
      tao.subnetEmission(blank, s, null, null, null).map((r) => r[0]!.toString()),
    );
    expect(tao.yuma(sparse, s, null, null, null, null, "table")).toEqual(tao.yuma(blank, s, null, null, null, null, "table"));
  });
});

describe("range size limits (checked before the range is read)", () => {
  /** A range of `len` rows that was never filled: a limit checked first rejects it without reading a cell. */
  const huge = (len: number): unknown[] => {
    const a: unknown[] = [];
    a.length = len;
    return a;
  };
  const row = (len: number) => [huge(len)];
  it.each<[string, () => unknown, string]>([
    ["TAO_SUBNET_EMISSION root_weights rows", () => tao.subnetEmission(huge(1e7), [[1]], null, null, null), "root_weights"],
    ["TAO_SUBNET_EMISSION root_weights 1,025 rows", () => tao.subnetEmission(Array.from({ length: 1025 }, () => [1]), [[1]], null, null, null), "root_weights"],
    ["TAO_SUBNET_EMISSION root_weights 1,025 columns", () => tao.subnetEmission([new Array(1025).fill(1)], [[1]], null, null, null), "root_weights"],
    ["TAO_SUBNET_EMISSION root_stake", () => tao.subnetEmission([[1]], huge(1e7), null, null, null), "root_stake"],
    ["TAO_SUBNET_EMISSION_DTAO ema_prices (column)", () => tao.subnetEmissionDtao(huge(1e7), null, null, null), "ema_prices"],
    ["TAO_SUBNET_EMISSION_DTAO ema_prices (row)", () => tao.subnetEmissionDtao(row(1e7), null, null, null), "ema_prices"],
    ["TAO_SUBNET_EMISSION_DTAO ema_prices 4,097", () => tao.subnetEmissionDtao(Array.from({ length: 4097 }, () => [1]), null, null, null), "ema_prices"],
    ["TAO_SUBNET_EMISSION_DTAO miner_burned", () => tao.subnetEmissionDtao([[1]], null, huge(1e7), null), "miner_burned"],
    ["TAO_SUBNET_EMISSION_DTAO emission_enabled", () => tao.subnetEmissionDtao([[1]], null, null, huge(1e7)), "emission_enabled"],
    ["TAO_SUBNET_TO_PRUNE emissions", () => tao.subnetToPrune(huge(1e7), [[0]], 1, null), "emissions"],
    ["TAO_SUBNET_TO_PRUNE registered_at", () => tao.subnetToPrune([[1]], huge(1e7), 1, null), "registered_at"],
    ["TAO_YUMA stake", () => tao.yuma([[0]], huge(1e7), null, null, null, null, null), "stake"],
    ["TAO_YUMA bonds_prev", () => tao.yuma([[0]], [[1]], huge(1e7), null, null, null, null), "bonds_prev"],
    ["TAO_YUMA validator_permit", () => tao.yuma([[0]], [[1]], null, huge(1e7), null, null, null), "validator_permit"],
    ["TAO_YUMA active", () => tao.yuma([[0]], [[1]], null, null, huge(1e7), null, null), "active"],
  ])("%s", (_name, f, param) => {
    let err: unknown;
    try {
      f();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(Error);
    expect((err as { code?: string }).code).toBe("OUT_OF_RANGE");
    expect((err as { param?: string }).param).toBe(param);
    expect((err as Error).message).toContain("too many entries");
  });

  it("the limits themselves are accepted (1,024 root validators; 4,096 subnets)", () => {
    expect(tao.subnetEmission(Array.from({ length: 1024 }, () => [1]), Array.from({ length: 1024 }, () => [1]), null, null, null)).toHaveLength(1);
    expect(tao.subnetEmissionDtao(Array.from({ length: 4096 }, () => [1]), null, null, null)).toHaveLength(4096);
  });
});
