/**
 * Clore.ai current-regime functions (SPEC §4.6; REFERENCE.md §G.21–G.24), called through their declarations
 * (src/engine/networks/clore/functions.ts) with the generic runner, as a host calls them with raw cell values.
 * Expected values: reference/cases.public.json (case ids), REFERENCE.md §G worked examples, or derivations
 * written in the source column.
 */
import fc from "fast-check";
import { readFileSync } from "fs";
import * as path from "path";
import { D } from "../../../src/engine/core/decimal";
import { functions } from "../../../src/engine/networks/clore/functions";
import { GPU_LIMIT_DATA, pohPoolDecimal } from "../../../src/engine/networks/clore/erc20";
import { fn } from "../../helpers/fn";
import { type Expect, expectRow as check, OOR, BAD } from "../../helpers/table";


const decl = (id: string) => {
  const d = functions.find((f) => f.id === id);
  if (!d) throw new Error(`no declaration ${id}`);
  return d;
};
const pohPool = fn("CLORE_POH_POOL");
const poh2Weight = fn("CLORE_POH2_WEIGHT");
const gpuLimit = fn("CLORE_GPU_POH_LIMIT");
const mfpLock = fn("CLORE_MFP_LOCK");

/** Reads the argument list of a one-call formula with number, quoted-text and blank arguments. */
function parse(formula: string): [string, unknown[]] {
  const m = /^=DEPIN\.([A-Z0-9_]+)\((.*)\)$/.exec(formula.trim());
  if (!m) throw new Error(`unsupported formula ${formula}`);
  const args = (m[2]!.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).filter((a, i, all) => !(a === "" && i === all.length - 1));
  return [m[1]!, args.map((a) => a.replace(/,$/, "").trim()).map((a) => (a === "" ? null : a.startsWith('"') ? a.slice(1, -1).replace(/""/g, '"') : Number(a)))];
}

const IDS = ["CLORE_POH_POOL", "CLORE_POH2_WEIGHT", "CLORE_GPU_POH_LIMIT", "CLORE_MFP_LOCK"];

/** The in-repository copies of the reference cases and sourced tables (test/data/README.md). */
const DATA = path.resolve(__dirname, "../../data");
interface Case {
  id: string;
  formula: string;
  expected: number;
  tolerance: number;
}
const CASES = JSON.parse(readFileSync(path.join(DATA, "cases.public.json"), "utf8")) as Case[];
const TABLES = JSON.parse(readFileSync(path.join(DATA, "current-regimes.json"), "utf8")) as { clore_gpu_poh_limits: Record<string, number> };

describe("public reference cases (test/data/cases.public.json)", () => {
  const cases = CASES.filter((c) => IDS.some((id) => c.formula.startsWith(`=DEPIN.${id}(`)));
  it("covers every public case of the four functions (13 at the time of writing)", () => {
    expect(cases.length).toBeGreaterThanOrEqual(13);
  });
  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const [id, args] = parse(c.formula);
    const actual = D(String(fn(id)(...args))).toNumber();
    expect(Math.abs(actual - c.expected)).toBeLessThanOrEqual(c.tolerance);
  });
});

describe("CLORE_POH_POOL", () => {
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [1.5, null, null, "56000", "REFERENCE.md §G.21 / G-CLORE_POH_POOL-01: 80,000 × 0.7 (yearly step)"],
    [2.99, null, null, "39200", "REFERENCE.md §G.21 / G-CLORE_POH_POOL-02: 80,000 × 0.7²"],
    [0, null, null, "80000", "SPEC §4.6 / G-CLORE_POH_POOL-03"],
    [0.999, null, null, "80000", "no decay before the first whole year"],
    [3, null, null, "27440", "80,000 × 0.343"],
    [10, null, null, "2259.801992", "80,000 × 0.7^10 = 80,000 × 0.0282475249"],
    [2, 100000, 0.5, "25000", "100,000 × 0.5²"],
    [5, 80000, 0, "80000", "no decay"],
    [1, 80000, 1, "0", "full decay after one year"],
    [0.5, 80000, 1, "80000", "full decay, before the first year"],
    ["2", null, null, "39200", "numeric text"],
    [-1, null, null, OOR("years"), "negative years"],
    [null, null, null, BAD("years"), "years is required"],
    [1, -1, null, OOR("daily_pool"), "negative pool"],
    [1, null, 1.2, OOR("annual_decay"), "decay above 1"],
    [1, null, -0.1, OOR("annual_decay"), "negative decay"],
  ])("(%p, %p, %p) = %p  [%s]", (y, p, d, expected) => check(() => pohPool(y, p, d), expected));
});

describe("CLORE_POH2_WEIGHT", () => {
  it.each<[unknown, unknown, Expect, string]>([
    [150000, 96000, "123000", "REFERENCE.md §G.22 / G-CLORE_POH2_WEIGHT-01: 96,000 + 0.5 × 54,000"],
    [250000, 96000, "144000", "REFERENCE.md §G.22 / G-CLORE_POH2_WEIGHT-02 (the alternative reading gives 173,000)"],
    [50000, 72000, "50000", "REFERENCE.md §G.22 / G-CLORE_POH2_WEIGHT-03: below the limit"],
    [72000, 72000, "72000", "exactly at the limit"],
    [144000, 72000, "108000", "exactly 2 × L: 1.5 × L"],
    [1e9, 72000, "108000", "far above 2 × L: still 1.5 × L"],
    [0, 96000, "0", "no holding"],
    [100000, 0, "0", "no active, rented GPU: nothing counts"],
    [-1, 96000, OOR("holding"), "negative holding"],
    [1000, -1, OOR("gpu_limit"), "negative limit"],
    [1000, null, BAD("gpu_limit"), "gpu_limit is required"],
  ])("(%p, %p) = %p  [%s]", (h, l, expected) => check(() => poh2Weight(h, l), expected));
});

describe("CLORE_GPU_POH_LIMIT", () => {
  it.each<[unknown, Expect, string]>([
    ["H100", "96000", "REFERENCE.md §G.23 / G-CLORE_GPU_POH_LIMIT-01"],
    ["A100", "72000", "REFERENCE.md §G.23 / G-CLORE_GPU_POH_LIMIT-02"],
    ["L40", "72000", "REFERENCE.md §G.23 (bitnewsbot: A100, L40 and A6000 capped at 72,000)"],
    ["A6000", "72000", "REFERENCE.md §G.23"],
    [" h100 ", "96000", "case-insensitive, blanks trimmed"],
    ["RTX 4090", BAD("gpu_model"), "no published limit"],
    ["H200", BAD("gpu_model"), "no published limit"],
    [null, BAD("gpu_model"), "gpu_model is required"],
  ])("(%p) = %p  [%s]", (m, expected) => check(() => gpuLimit(m), expected));

  it("an unknown model's message lists the four models", () => {
    expect(() => gpuLimit("RTX 4090")).toThrow('[DEPIN] gpu_model must be one of "H100", "A100", "L40", "A6000" (got "RTX 4090")');
  });

  it("every row of the data file carries its own provenance; the regime's dates are marked as not sourced", () => {
    // The research workspace's sourced table (test/data/current-regimes.json clore_gpu_poh_limits), row for row.
    expect(Object.fromEntries(GPU_LIMIT_DATA.rows.map((r) => [r.model, Number(r.limit)]))).toEqual(TABLES.clore_gpu_poh_limits);
    for (const r of GPU_LIMIT_DATA.rows) {
      expect(r.source).toMatch(/^https:\/\/bitnewsbot\.com\//);
      expect(r.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["documented", "derived", "estimate"]).toContain(r.confidence);
    }
    expect(GPU_LIMIT_DATA.regime.note).toMatch(/NOT FOUND/);
    expect(GPU_LIMIT_DATA.regime.confidence).toBe("estimate");
  });
});

describe("CLORE_MFP_LOCK", () => {
  it.each<[unknown, unknown, Expect, string]>([
    [20, 1, "20000", "REFERENCE.md §G.24 / G-CLORE_MFP_LOCK-01 (docs: ≤ 20 000 CLORE)"],
    [20, 2, "100000", "REFERENCE.md §G.24 / G-CLORE_MFP_LOCK-02 (docs: total 100 000)"],
    [20, 3, "140000", "REFERENCE.md §G.24 / G-CLORE_MFP_LOCK-03 (docs: total 140 000)"],
    [65, 3, "455000", "REFERENCE.md §G.24 / G-CLORE_MFP_LOCK-04: MFP × 7,000 at the upper limit 65"],
    [12.5, 2, "62500", "REFERENCE.md §G.24 / G-CLORE_MFP_LOCK-05"],
    [20, null, "20000", "default tier 1"],
    [1, 1, "1000", "1 MFP = 1,000 CLORE"],
    [0.5, 1, OOR("mfp"), "MFP below 1"],
    [66, 1, OOR("mfp"), "MFP above the upper limit 65"],
    [20, 4, OOR("tier"), "no tier 4"],
    [20, 0, OOR("tier"), "no tier 0"],
    [20, 1.5, BAD("tier"), "fractional tier"],
    [null, 1, BAD("mfp"), "mfp is required"],
  ])("(%p, %p) = %p  [%s]", (m, t, expected) => check(() => mfpLock(m, t), expected));
});

describe("declarations", () => {
  it.each(IDS)("%s is declared once, with a dated regime and an example the function reproduces", (id) => {
    expect(functions.filter((f) => f.id === id)).toHaveLength(1);
    const d = decl(id);
    expect(d.doc.regime?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(d.doc.assumptions?.some((a) => /not sourced/.test(a))).toBe(true);
    const [fid, args] = parse(d.doc.example.formula);
    expect(fid).toBe(id);
    check(() => fn(id)(...args), d.doc.example.result as string);
  });
});

describe("invariants", () => {
  const amount = fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }));

  it("the PoH 2.0 weight never decreases as the holding grows and never exceeds 1.5 × the limit", () => {
    fc.assert(
      fc.property(amount, amount, amount, (a, b, l) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const wLo = D(poh2Weight(lo, l).toString());
        const wHi = D(poh2Weight(hi, l).toString());
        expect(wLo.lte(wHi)).toBe(true);
        expect(wHi.lte(D(l).mul(1.5))).toBe(true);
        expect(wHi.lte(hi)).toBe(true); // never more than the holding itself
      })
    );
  });

  it("the PoH 2.0 weight is the holding up to the limit and reaches 1.5 × the limit from 2 × the limit on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (l, x) => {
        expect(poh2Weight(Math.min(x, l), l).toString()).toBe(String(Math.min(x, l)));
        expect(D(poh2Weight(2 * l + x, l).toString()).eq(D(l).mul(1.5))).toBe(true);
      })
    );
  });

  it("the PoH pool never grows with time and is constant within a year", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0, max: 60, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, d) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(D(pohPool(hi, null, d).toString()).lte(D(pohPool(lo, null, d).toString()))).toBe(true);
        expect(pohPool(Math.floor(lo), null, d).toString()).toBe(pohPool(lo, null, d).toString());
      })
    );
  });

  /** Fast paths (double-double, exact small decimals) give the double nearest the 40-digit decimal formula. */
  const num = (x: unknown) => (typeof x === "number" ? x : D(String(x)).toNumber());
  const money = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 1e6 }).map((x) => x / 100));

  it("CLORE_POH_POOL equals the decimal path pool × (1 − decay)^⌊years⌋ bit for bit", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), money, fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 100 }).map((x) => x / 100)), (y, p, d) => {
        expect(num(pohPool(y, p, d))).toBe(pohPoolDecimal(Math.floor(y), D(p), D(d)).toNumber());
      }),
      { numRuns: 3000 }
    );
  });

  it("CLORE_POH2_WEIGHT equals min(h, L) + 0.5 × min(max(h − L, 0), L) in 40-digit decimals, bit for bit", () => {
    fc.assert(
      fc.property(money, money, (h, l) => {
        const [H, L] = [D(h), D(l)];
        const expected = D.min(H, L).plus(D.min(D.max(H.minus(L), 0), L).mul("0.5"));
        expect(num(poh2Weight(h, l))).toBe(expected.toNumber());
      }),
      { numRuns: 3000 }
    );
  });

  it("CLORE_MFP_LOCK equals mfp × 1,000 × {1, 5, 7} in decimals, bit for bit", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 65, noNaN: true }), fc.constantFrom(1, 2, 3), (m, t) => {
        expect(num(mfpLock(m, t))).toBe(D(m).mul([1000, 5000, 7000][t - 1]!).toNumber());
      })
    );
  });

  it("the MFP lock grows with the tier and is linear in MFP", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 65, noNaN: true }), (m) => {
        const [t1, t2, t3] = [1, 2, 3].map((t) => D(mfpLock(m, t).toString()));
        expect(t1!.lt(t2!) && t2!.lt(t3!)).toBe(true);
        expect(t3!.eq(D(m).mul(7000))).toBe(true);
      })
    );
  });
});
