/**
 * Bittensor dTAO functions (SPEC §4.6; REFERENCE.md §G.1–G.8), run through their declarations
 * (src/engine/networks/bittensor/dtao-functions.ts) with the generic runner, so argument rules and defaults
 * are tested with the cores. Expected values: reference/cases.public.json (by id; the expected value and
 * tolerance are read from the file), REFERENCE.md §G worked examples (by section), or an independent
 * derivation written in the row ("hand": exact arithmetic by hand; the halving calendar against a BigInt
 * oracle written here from the §G.8 text).
 */
import { D } from "../../../src/engine/core/decimal";
import { DepinError } from "../../../src/engine/core/errors";
import { functions, MAX_HALVING_ROWS, MAX_SUBNETS } from "../../../src/engine/networks/bittensor/dtao-functions";
import { REGIMES } from "../../../src/engine/networks/crossnet/regimes-data";
import * as fs from "fs";
import * as path from "path";
import { oracle, SUPPLY } from "./dtao-oracle";
import { decl, fn } from "../../helpers/fn";
import { type Expect, expectRow as check, OOR, BAD, ENUM } from "../../helpers/table";


/** Engine cells as the host would receive them: Decimals become doubles, tables recursively. */
function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v instanceof D || (typeof v === "object" && v !== null && "toNumber" in v)) return (v as { toNumber(): number }).toNumber();
  return v;
}

/** A spilled table of decimals compared cell by cell (± tol); `null` cells must be blank; text exactly. */
function checkTable(actual: unknown, expected: readonly (readonly (string | null)[])[], tol = "0"): void {
  const rows = actual as readonly (readonly unknown[])[];
  expect(rows.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  rows.forEach((r, i) =>
    r.forEach((cell, j) => {
      const want = expected[i]![j]!;
      if (want === null) return expect(cell).toBeNull();
      if (typeof cell === "string") return expect(cell).toBe(want);
      const got = D(String(cell));
      if (got.minus(want).abs().gt(tol)) throw new Error(`cell (${i},${j}): expected ${want} ± ${tol}, got ${got.toString()}`);
    })
  );
}

// ---------------------------------------------------------------------------------------------------------
// Public reference cases: the case's arguments, the file's expected value and tolerance.
// ---------------------------------------------------------------------------------------------------------

const TWO64 = 2 ** 64;
const TWO32 = 4294967296;
const PUBLIC: readonly [string, readonly unknown[]][] = [
  ["G-TAO_ROOT_PROP-01", [0.18, 5000000, 1000000]],
  ["G-TAO_ROOT_PROP-02", [3320413933267719290 / (TWO64 - 1), 6000000, 2500000]],
  ["G-TAO_ROOT_PROP-03", [0.0527, 1200000, 3400000]],
  ["G-TAO_EMA_PRICE-01", [0.02, 0.025, 100000]],
  ["G-TAO_EMA_PRICE-02", [0.02, 0.025, 100000, 12885 / TWO32]],
  ["G-TAO_EMA_PRICE-03", [85899345 / TWO32, 0.025, 100000, 12885 / TWO32]],
  ["G-TAO_EMA_PRICE-04", [0.5, 3, 5000000]],
  ["G-TAO_INJECTION-01", [0.05, 0.01, 0.3]],
  ["G-TAO_INJECTION-02", [0.05, 0.25, 0.3]],
  ["G-TAO_INJECTION-03", [0.05, 0, 0.3]],
  ["G-TAO_POOL_PRICE-01", [20000, 1000000]],
  ["G-TAO_POOL_PRICE-02", [20000, 1000000, 0.6]],
  ["G-TAO_POOL_PRICE-03", [1500, 40000, 0.25]],
  ["G-TAO_POOL_SWAP-01", [20000, 1000000, 100]],
  ["G-TAO_POOL_SWAP-02", [20000, 1000000, 5000, "unstake"]],
  ["G-TAO_POOL_SWAP-03", [20000, 1000000, 100, "stake", 0.6]],
  ["G-TAO_POOL_SWAP-04", [20000, 1000000, 5000, "unstake", 0.6]],
  ["G-TAO_SHARE_FLOW-01", [[[5], [3], [-2], [0]]]],
  ["G-TAO_SHARE_FLOW-02", [[[5], [3], [-2], [0]], -10]],
  ["G-TAO_SHARE_FLOW-03", [[[5], [3], [-2], [0]], null, 2]],
  ["G-TAO_NET_FLOW-01", [[[10], [4], [-1]], [[6], [2], [-3]]]],
  ["G-TAO_NET_FLOW-02", [[[3], [1], [2]], [[6], [6], [-1]]]],
  ["G-TAO_HALVING_SCHEDULE-01", [10000000]],
  ["G-TAO_HALVING_SCHEDULE-02", [10123456.789]],
];

interface Case {
  id: string;
  formula: string;
  expected: unknown;
  tolerance: number;
}
/** The public case file: the repository's copy (test/data, kept equal to the research workspace's by a freshness test). */
const CASES_FILE = process.env.DEPIN_CASES ?? path.resolve(__dirname, "../../data/cases.public.json");
const loadCases = (): Case[] => JSON.parse(fs.readFileSync(CASES_FILE, "utf8")) as Case[];

/** Checks a result against a case's expected value: numbers within the absolute tolerance, text exactly, tables cell by cell. */
function expectCase(actual: unknown, expected: unknown, tol: number, where: string): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual) && actual.length === expected.length).toBe(true);
    expected.forEach((e, i) => expectCase((actual as unknown[])[i], e, tol, `${where}[${i}]`));
  } else if (typeof expected === "number") {
    if (typeof actual !== "number" || !(Math.abs(actual - expected) <= tol)) throw new Error(`${where}: expected ${expected} ± ${tol}, got ${String(actual)}`);
  } else expect(actual).toEqual(expected);
}

describe("reference/cases.public.json (dTAO)", () => {
  const cases = loadCases();
  const byId = new Map(cases.map((c) => [c.id, c]));
  const ids = new Set(functions.map((d) => d.id));
  const ours = cases.filter((c) => ids.has(/^=DEPIN\.([A-Z0-9_]+)\(/.exec(c.formula)?.[1] ?? ""));

  it("every public case of these functions is in the table below", () => {
    expect(ours.map((c) => c.id).sort()).toEqual(PUBLIC.map(([id]) => id).sort());
  });

  it.each(PUBLIC.map(([id, args]) => [id, args] as const))("%s", (id, args) => {
    const c = byId.get(id);
    if (c === undefined) throw new Error(`${id} is not in ${CASES_FILE}`);
    const name = /^=DEPIN\.([A-Z0-9_]+)\(/.exec(c.formula)![1]!;
    expectCase(plain(fn(name)(...args)), c.expected, c.tolerance, `${id} ${c.formula}`);
  });
});

// ---------------------------------------------------------------------------------------------------------
// One table per function: [inputs…, expected, source]
// ---------------------------------------------------------------------------------------------------------

describe("TAO_ROOT_PROP", () => {
  const f = fn("TAO_ROOT_PROP");
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [0.18, 5000000, 1000000, String(9 / 19), "§G.1 example: 9/19 (0.9M / 1.9M), the double nearest it (one IEEE division)"],
    [0.5, 0, 0, "0", "SPEC §4.6: 0 when τR + A = 0"],
    [0, 1000, 0, "0", "hand: τ = 0 and A = 0 → 0/0 → 0"],
    [1, 1000, 0, "1", "hand: no alpha issuance → all root"],
    [0.5, 200, 100, "0.5", "hand: 100 / (100 + 100)"],
    [1.2, 1, 1, OOR("tao_weight"), "τ is a fraction"],
    [0.18, -1, 1, OOR("root_tao"), "R ≥ 0"],
    [0.18, 1, -1, OOR("alpha_issuance"), "A ≥ 0"],
    [0.18, null, 1, BAD("root_tao"), "required"],
  ])("(%p, %p, %p) → %p  [%s]", (t, r, a, expected) => check(() => f(t, r, a) as never, expected));
});

describe("TAO_EMA_PRICE", () => {
  const f = fn("TAO_EMA_PRICE");
  it.each<[unknown, unknown, unknown, unknown, unknown, Expect, string]>([
    [0.02, 0.025, 100000, null, null, "0.0200000049734748", "§G.2 example (a = 9.94694960212202e-7)"],
    [0.5, 3, 5000000, null, null, "0.500001441864042", "§G.2 example, spot clamped to 1"],
    [0.0123, 0.5, 0, null, null, "0.0123", "SPEC §4.6: b = 0 returns prev"],
    // hand: a = 0.1 × 1/(1 + 1) = 0.05 → 0.05 × 1 + 0.95 × 0.5 = 0.525
    [0.5, 1, 1, 0.1, 1, "0.525", "hand"],
    // hand: a = 1 × 3/(3 + 1) = 0.75 → 0.75 × 0.2 + 0.25 × 0.6 = 0.3
    [0.6, 0.2, 3, 1, 1, "0.3", "hand"],
    [0.02, 0.025, 1.5, null, null, BAD("blocks_since_start"), "b is a whole number"],
    [0.02, 0.025, -1, null, null, OOR("blocks_since_start"), "b ≥ 0"],
    [0.02, 0.025, 10, 1.5, null, OOR("moving_alpha"), "moving_alpha is a fraction"],
    [0.02, 0.025, 10, null, 0, OOR("halving_blocks"), "halving_blocks > 0"],
    [-0.02, 0.025, 10, null, null, OOR("prev_ema"), "prices ≥ 0"],
  ])("(%p, %p, %p, %p, %p) → %p  [%s]", (p, s, b, a, h, expected) => check(() => f(p, s, b, a, h) as never, expected, "1e-15")); // §G.2 quotes 15 significant digits

  it("the default moving_alpha is the documented 0.000003, not the chain's 12885/2^32 (§G.2 examples differ)", () => {
    const byDefault = D(String(f(0.02, 0.025, 100000)));
    const chainAlpha = D(String(f(0.02, 0.025, 100000, 12885 / TWO32)));
    expect(byDefault.minus("0.0200000049734748").abs().lt("1e-16")).toBe(true);
    expect(chainAlpha.minus("0.0200000049735127").abs().lt("1e-16")).toBe(true);
  });
});

describe("TAO_INJECTION", () => {
  const f = fn("TAO_INJECTION");
  const rows = (t: string, a: string, e: string) => [
    ["tao_in", t],
    ["alpha_in", a],
    ["excess_tao", e],
  ];
  it.each<[unknown[], (string | null)[][], string]>([
    [[0.05, 0.01, 0.3], rows("0.003", "0.3", "0.047"), "§G.3 example, capped"],
    [[0.05, 0.25, 0.3], rows("0.05", "0.2", "0"), "§G.3 example, uncapped"],
    [[0.05, 0, 0.3], rows("0.05", "0", "0"), "§G.3 example, p = 0 (not the draft's cap/0/T)"],
    // hand: T/p = 0.5/0.25 = 2 = cap exactly → not capped (the chain caps only when T/p > cap)
    [[0.5, 0.25, 2], rows("0.5", "2", "0"), "hand: at the cap"],
    [[1, 0.5, 0], rows("0", "0", "1"), "hand: cap 0 → every TAO chain-bought"],
  ])("%p  [%s]", (args, expected) => checkTable(f(...args), expected));

  it.each<[unknown[], Expect, string]>([
    [[-1, 0.5, 1], OOR("tao_emission"), "T ≥ 0"],
    [[1, -0.5, 1], OOR("alpha_price"), "p ≥ 0"],
    [[1, 0.5, -1], OOR("alpha_cap"), "cap ≥ 0"],
    [[1, 0.5, null], BAD("alpha_cap"), "required"],
  ])("%p → %p  [%s]", (args, expected) => check(() => f(...args) as never, expected));
});

describe("TAO_POOL_PRICE", () => {
  const f = fn("TAO_POOL_PRICE");
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [20000, 1000000, null, "0.02", "§G.4 example"],
    [20000, 1000000, 0.6, "0.03", "§G.4 example"],
    [1500, 40000, 0.25, "0.0125", "hand: (0.25 × 1500) / (0.75 × 40000)"],
    [0, 100, null, "0", "hand: empty TAO side"],
    [1, 1, 0.99, "99", "hand: w/(1 − w) at the maximum weight"],
    [1, 1, 0.01, String(1 / 99), "hand: 1/99 at the minimum weight, the double nearest it"],
    [20000, 0, null, OOR("alpha_reserve"), "x > 0"],
    [20000, 1000000, 0.995, OOR("alpha_weight"), "w ≤ 0.99 (balancer.rs MIN_WEIGHT on both sides)"],
    [20000, 1000000, 0.005, OOR("alpha_weight"), "w ≥ 0.01"],
  ])("(%p, %p, %p) → %p  [%s]", (y, x, w, expected) => check(() => f(y, x, w) as never, expected, "1e-38"));
});

describe("TAO_POOL_SWAP", () => {
  const f = fn("TAO_POOL_SWAP");
  it.each<[unknown[], Expect, string, string?]>([
    [[20000, 1000000, 100], "4972.63162305840", "§G.5 example: stake, net in 99.9496452277409", "1e-10"],
    [[20000, 1000000, 5000, "unstake"], "99.4526324611680", "§G.5 example: unstake", "1e-12"],
    [[20000, 1000000, 100, "STAKE", 0.6], "3317.84129010172", "§G.5 example: w = 0.6, case-insensitive direction", "1e-10"],
    [[20000, 1000000, 5000, "unstake", 0.6], "148.993341716757", "§G.5 example: w = 0.6", "1e-12"],
    // hand: constant product without fee, x·a/(y + a) = 1000 × 25 / 125
    [[100, 1000, 25, "stake", 0.5, 0], "200", "hand", "1e-36"],
    // hand: y·a/(x + a) = 100 × 250 / 1250
    [[100, 1000, 250, "unstake", 0.5, 0], "20", "hand", "1e-36"],
    // hand: fee 0.5 halves the input: 1000 × 25 / 125 with a = 50 × 0.5
    [[100, 1000, 50, "stake", 0.5, 0.5], "200", "hand", "1e-36"],
    // hand: w = 0.8, stake: exponent (1 − w)/w = 1/4: 16 × (1 − (1/16)^(1/4)) = 16 × (1 − 1/2) = 8 (y = 1, a = 15)
    [[1, 16, 15, "stake", 0.8, 0], "8", "hand", "1e-36"],
    // hand: w = 0.2, unstake: exponent w/(1 − w) = 1/4: 16 × (1 − (1/16)^(1/4)) = 8 (x = 1, a = 15)
    [[16, 1, 15, "unstake", 0.2, 0], "8", "hand", "1e-36"],
    [[20000, 1000000, 0], "0", "hand: nothing in, nothing out"],
    [[20000, 1000000, 100, "stake", 0.5, 1], "0", "hand: a 100 % fee leaves nothing to swap"],
    [[0, 1000000, 100], OOR("tao_reserve"), "reserves > 0"],
    [[20000, 1000000, -1], OOR("amount_in"), "amount ≥ 0"],
    [[20000, 1000000, 100, "buy"], ENUM("direction"), "stake or unstake"],
    [[20000, 1000000, 100, "stake", 1], OOR("alpha_weight"), "w ≤ 0.99"],
    [[20000, 1000000, 100, "stake", 0.5, 1.5], OOR("fee"), "fee 0…1"],
  ])("%p → %p  [%s]", (...row) => check(() => f(...row[0]) as never, row[1], row[3]));

  it("the default fee is 33/65535 (§G.5: net input 99.9496452277409 for 100 TAO)", () => {
    const byDefault = D(String(f(20000, 1000000, 100)));
    const explicit = D(String(f(20000, 1000000, 100, "stake", 0.5, 33 / 65535)));
    expect(byDefault.minus(explicit).abs().lt("1e-20")).toBe(true);
    // constant product with the stated net input: 1e6 × a / (20000 + a)
    const a = D("99.9496452277409");
    expect(byDefault.minus(D(1e6).mul(a).div(a.plus(20000))).abs().lt("1e-8")).toBe(true);
  });
});

describe("TAO_SHARE_FLOW", () => {
  const f = fn("TAO_SHARE_FLOW");
  const col = (...xs: number[]) => xs.map((x) => [x]);
  it.each<[unknown[], (string | null)[][], string]>([
    [[col(5, 3, -2, 0)], [["0.625"], ["0.375"], ["0"], ["0"]], "§G.6 example"],
    [[col(5, 3, -2, 0), -10], [["0.5"], ["0.3571428571428571428571428571428571428571"], ["0"], ["0.1428571428571428571428571428571428571429"]], "§G.6 example, cutoff −10 (L = −2)"],
    [[col(5, 3, -2, 0), null, 2], [["0.7352941176470588235294117647058823529412"], ["0.2647058823529411764705882352941176470588"], ["0"], ["0"]], "§G.6 example, p = 2"],
    [[[[5, 3, -2, 0]]], [["0.625", "0.375", "0", "0"]], "SPEC §4.6: a row spills as a row"],
    [[col(-1, -2)], [["0"], ["0"]], "hand: L = 0, every z = 0 → all 0"],
    [[[[4], [null], [4]]], [["0.5"], ["0"], ["0.5"]], "SPEC §3: a blank cell is 0"],
    [[col(3, 1), 2], [["1"], ["0"]], "hand: cutoff 2 → z = (1, 0)"],
    [[col(9, 1), null, 0.5], [["0.75"], ["0.25"]], "hand: √9 / (√9 + √1)"],
    [[[[7]]], [["1"]], "hand: one subnet"],
  ])("%p  [%s]", (args, expected) => checkTable(f(...args), expected, "1e-38"));

  it.each<[unknown[], Expect, string]>([
    [[null], BAD("flow_emas"), "required"],
    [[[[1, 2], [3, 4]]], BAD("flow_emas"), "a single row or column"],
    [[Array.from({ length: MAX_SUBNETS + 1 }, () => [1])], OOR("flow_emas"), `at most ${MAX_SUBNETS} subnets`],
    [[col(1, 2), null, 0], OOR("exponent"), "p > 0"],
    [[[["x"], [1]]], BAD("flow_emas"), "numbers only"],
  ])("%p → %p  [%s]", (args, expected) => check(() => f(...args) as never, expected));
});

describe("TAO_NET_FLOW", () => {
  const f = fn("TAO_NET_FLOW");
  const col = (...xs: number[]) => xs.map((x) => [x]);
  it.each<[unknown[], (string | null)[][], string]>([
    [[col(10, 4, -1), col(6, 2, -3)], [["4"], ["2"], ["2"]], "§G.7 example: k = 1 (the draft gives −1 for the third)"],
    [[col(3, 1, 2), col(6, 6, -1)], [["0"], ["-2"], ["3"]], "§G.7 example: k = 0.5 (the draft gives 2 for the third)"],
    [[col(1, 2), col(0, -1)], [["1"], ["3"]], "hand: Σ P⁺ = 0 → k = 0; negative P subtracted unscaled"],
    [[[[3, 1, 2]], col(6, 6, -1)], [["0", "-2", "3"]], "SPEC §4.6: spills in the first argument's shape"],
    // hand: ΣU⁺ = 10, ΣP⁺ = 4 → k = min(1, 2.5) = 1
    [[col(10, -5), col(4, 0)], [["6"], ["-5"]], "hand: k capped at 1"],
  ])("%p  [%s]", (args, expected) => checkTable(f(...args), expected, "1e-38"));

  it.each<[unknown[], Expect, string]>([
    [[col(1, 2), col(1)], BAD("protocol_flow_emas"), "same length"],
    [[null, col(1)], BAD("user_flow_emas"), "required"],
    [[col(1), Array.from({ length: MAX_SUBNETS + 1 }, () => [1])], OOR("protocol_flow_emas"), "size limit"],
  ])("%p → %p  [%s]", (args, expected) => check(() => f(...args) as never, expected));

  it("names both arguments and the expected length", () => {
    try {
      f(col(1, 2), col(1));
    } catch (e) {
      expect(e).toBeInstanceOf(DepinError);
      expect((e as Error).message).toMatch(/protocol_flow_emas must have 2 values/);
      return;
    }
    throw new Error("expected a DepinError");
  });
});

// ---------------------------------------------------------------------------------------------------------
// TAO_HALVING_SCHEDULE, also against the BigInt oracle of ./dtao-oracle.ts (written from REFERENCE.md §G.8)
// ---------------------------------------------------------------------------------------------------------

describe("TAO_HALVING_SCHEDULE", () => {
  const f = fn("TAO_HALVING_SCHEDULE");
  const H = ["halving", "issuance", "block_emission", "blocks_from_now", "days_from_now"];
  it.each<[unknown[], (string | null)[][], string]>([
    [
      [10000000],
      [H, ["1", "10500000", "0.5", "500000", "69.44444444444444444444444444444444444444"], ["2", "15750000", "0.25", "11000000", "1527.777777777777777777777777777777777778"], ["3", "18375000", "0.125", "21500000", "2986.111111111111111111111111111111111111"], ["4", "19687500", "0.0625", "32000000", "4444.444444444444444444444444444444444444"]],
      "§G.8 example",
    ],
    [
      [10123456.789, 2],
      [H, ["1", "10500000", "0.5", "376544", "52.29777777777777777777777777777777777778"], ["2", "15750000", "0.25", "10876543", "1510.630972222222222222222222222222222222"]],
      "§G.8 example: the overshoot carries (10,876,544 without it)",
    ],
    [[0, 1, 7200], [H, ["1", "10500000", "0.5", "10500000", "1458.333333333333333333333333333333333333"]], "hand: 10.5M blocks at 1 TAO from genesis"],
    [[10500000, 1, 3600], [H, ["2", "15750000", "0.25", "10500000", "2916.666666666666666666666666666666666667"]], "hand: at the first halving exactly, 5.25M TAO at 0.5 per block"],
  ])("%p  [%s]", (args, expected) => checkTable(f(...args), expected, "1e-30"));

  it("agrees with the BigInt oracle at the issuances of the examples, near the end and past the cap", () => {
    const at = (issuance: number, rao: bigint, n: number) => checkTable(f(issuance, n), oracle(rao, n, 7200), "1e-30");
    at(10000000, 10000000n * 10n ** 9n, 8);
    at(10123456.789, 10123456789000000n, 8);
    at(20999999, 20999999n * 10n ** 9n, 6); // past the 24th halving
    at(20999999.99, 20999999990000000n, 6); // rows 31+ blank
    at(20999999.999995, 20999999999995000n, 3); // past the 31st threshold (20,999,999.999990221): rows from 32
    at(21000000, SUPPLY, 3); // at the cap: header only
  });

  it("rows past the 30th halving have blank block and day cells", () => {
    const rows = f(20999999.99, 6) as unknown[][];
    const past = rows.slice(1).filter((r) => (r[0] as number) > 30);
    expect(past.length).toBeGreaterThan(0);
    for (const r of past) {
      expect(r[3]).toBeNull();
      expect(r[4]).toBeNull();
      expect(D(String(r[2])).isZero()).toBe(true);
    }
  });

  it.each<[unknown[], Expect, string]>([
    [[-1], OOR("total_issuance"), "issuance ≥ 0"],
    [[1e7, 0], OOR("halvings"), "at least one row"],
    [[1e7, MAX_HALVING_ROWS + 1], OOR("halvings"), `at most ${MAX_HALVING_ROWS}`],
    [[1e7, 2.5], BAD("halvings"), "whole number"],
    [[1e7, 4, 0], OOR("blocks_per_day"), "blocks_per_day > 0"],
  ])("%p → %p  [%s]", (args, expected) => check(() => f(...args) as never, expected));
});


describe("declarations", () => {
  const timeline = REGIMES.tao;
  it.each(functions.map((d) => [d.id, d] as const))("%s models a regime of the Bittensor timeline, dated as that rule", (_id, d) => {
    const r = d.doc.regime!;
    const row = timeline.find((x) => x.id === r.id);
    expect(row).toBeDefined();
    expect(r.from).toBe(row!.from); // the rule starts with the row it names
    if (r.to === undefined) expect(timeline[timeline.length - 1]!.id).toBe(r.id); // open-ended only for the current row
    else expect(timeline.some((x) => x.to === r.to)).toBe(true); // ends where a timeline row ends
    expect(d.doc.source).toMatch(/^opentensor\/subtensor@[0-9a-f]{40} /);
  });

  it("the flow rules span the timeline rows 2025-11-04 → 2026-06-21 (gross flows, then net flows)", () => {
    expect(decl("TAO_SHARE_FLOW").doc.regime).toMatchObject({ from: "2025-11-04", to: "2026-06-21" });
    expect(decl("TAO_NET_FLOW").doc.regime).toEqual({ id: "net_tao_flow", from: "2026-05-27", to: "2026-06-21", confidence: "documented" });
  });

  it("vector and range arguments document their size limit", () => {
    for (const d of functions)
      for (const a of d.args) {
        if (a.kind === "vector") expect(a.maxLength).toBe(MAX_SUBNETS);
        if (a.kind === "raw") expect(a.limit).toMatch(new RegExp(`at most ${MAX_SUBNETS}`));
      }
  });
});
