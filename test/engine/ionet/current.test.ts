/**
 * io.net current-regime functions (SPEC §4.6; REFERENCE.md §G.16–G.20), run through their declarations
 * (src/engine/networks/ionet/functions.ts) with the generic runner, so argument rules and defaults are
 * tested with the cores. One table per function: rows [inputs…, expected, source]. Expected values are
 * reference/cases.public.json cases (by id), REFERENCE.md §G worked examples (by section), or an
 * independent derivation written in the source column ("hand": exact arithmetic by hand).
 */
import { D } from "../../../src/engine/core/decimal";
import { DepinError } from "../../../src/engine/core/errors";
import { functions } from "../../../src/engine/networks/ionet/functions";
import { decl, fn } from "../../helpers/fn";
import { type Expect, expectRow as check, OOR, BAD, ENUM } from "../../helpers/table";


/** Message of the DepinError `f` throws. */
function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DepinError);
    return (e as DepinError).message;
  }
  throw new Error("expected a DepinError");
}

/** A label/value spill compared row by row: labels exactly, values as decimals (± tol). */
function checkSpill(actual: unknown, expected: readonly (readonly [string, string])[], tol = "0"): void {
  const rows = actual as readonly (readonly unknown[])[];
  expect(rows.map((r) => r.length)).toEqual(expected.map(() => 2));
  expect(rows.map((r) => r[0])).toEqual(expected.map((r) => r[0]));
  rows.forEach((r, i) => {
    const got = D(String(r[1]));
    if (got.minus(expected[i]![1]).abs().gt(tol)) throw new Error(`${expected[i]![0]}: expected ${expected[i]![1]} ± ${tol}, got ${got.toString()}`);
  });
}

describe("IO_HW_MULTIPLIER", () => {
  const f = fn("IO_HW_MULTIPLIER");
  it.each<[unknown, unknown, Expect, string]>([
    ["H100", null, "10", "G-IO_HW_MULTIPLIER-01 (alias, default table)"],
    ["H200", "2024", "15", "G-IO_HW_MULTIPLIER-02"],
    ["H200", null, "12", "G-IO_HW_MULTIPLIER-03"],
    ["RTX 4090", "2025-06-04", "1.25", "G-IO_HW_MULTIPLIER-04 (alias)"],
    ["GeForce RTX 4090", "2024", "0.75", "G-IO_HW_MULTIPLIER-05"],
    // REFERENCE.md §G.16 selected values (2024 → 2025-06-04)
    ["H100 80GB HBM3", "2024", "10", "§G.16 H100 10 → 10"],
    ["H100 PCIe", "2025-06-04", "10", "§G.16"],
    ["H100 80G PCIe", "2025-06-04", "10", "§G.16"],
    ["B200", "2024", "30", "§G.16 B200 30 → 30"],
    ["B200", null, "30", "§G.16"],
    ["A100 80GB PCIe", null, "5", "§G.16 A100 80GB 5 → 5"],
    ["A100-SXM4-80GB", "2024", "5", "§G.16"],
    ["A100-80GB", null, "5", "§G.16 alias (both A100 80GB rows are 5)"],
    ["A100-PCIE-40GB", "2024", "2", "§G.16 A100-PCIE-40GB 2 → 2"],
    ["A100-40GB", null, "2", "§G.16 alias"],
    ["L40S", "2024", "2.25", "§G.16 L40S 2.25 → 3"],
    ["L40S", null, "3", "§G.16"],
    ["RTX 6000 Ada Generation", "2024", "2.5", "§G.16 RTX 6000 Ada 2.5 → 4.5"],
    ["RTX 6000 Ada", null, "4.5", "§G.16 (alias)"],
    ["GeForce RTX 4080", "2024", "0.5", "§G.16 RTX 4080 0.5 → 2.75"],
    ["RTX 4080", null, "2.75", "§G.16 (alias)"],
    ["GeForce RTX 3090", "2024", "0.5", "§G.16 RTX 3090 0.5 → 1.75"],
    ["RTX 3090", null, "1.75", "§G.16 (alias)"],
    ["L4", "2024", "0.75", "§G.16 L4 0.75 → 0.25"],
    ["L4", null, "0.25", "§G.16"],
    ["A40", "2024", "2", "§G.16 A40 2 → 0"],
    ["A40", null, "0", "§G.16: no longer supported → 0"],
    ["A10", "2024", "0.75", "§G.16 A10 0.75 → 0"],
    ["A10", null, "0", "§G.16: no longer supported → 0"],
    ["GeForce GTX 2080 Ti", "2024", "0.25", "§G.16: the docs' spelling (sic)"],
    ["V100", null, "0.75", "§G.16: every V100 row is 0.75 in the 2025-06-04 table"],
    // spelling rules
    ["h100", null, "10", "case-insensitive"],
    ["  geforce   rtx 4090 ", "2024", "0.75", "blanks trimmed, repeated spaces collapsed"],
    ["H200", 2024, "15", "a typed number 2024 is the table \"2024\""],
    ["H200", "2025-06-04 ", "12", "table text trimmed"],
    // errors
    ["V100", "2024", BAD("device"), "§G.16: alias whose 2024 rows disagree (0.5 vs 0.75)"],
    ["A100", null, BAD("device"), "not an alias: the A100 rows are 5 and 2"],
    ["RTX 9999", null, BAD("device"), "unknown model"],
    ["A100 80GB", null, BAD("device"), "close to a name but not one: no punctuation folding"],
    [null, null, BAD("device"), "required"],
    ["H100", "2023", ENUM("as_of"), "no such table"],
    ["H100", "2025", ENUM("as_of"), "no such table"],
  ])("(%p, %p) = %p  [%s]", (device, asOf, expected) => check(() => f(device, asOf) as string, expected));

  it("an ambiguous alias lists each row with its multiplier (§G.16: V100 in 2024)", () => {
    const m = message(() => f("V100", "2024"));
    expect(m).toMatch(/^\[DEPIN\] device "V100"/);
    expect(m).toContain('"Tesla V100-PCIE-16GB" 0.5');
    expect(m).toContain('"Tesla V100-PCIE-32GB" 0.75');
    expect(m).toContain('"2024" multiplier table');
  });

  it("an unknown name lists close matches and the value", () => {
    const m = message(() => f("A100"));
    expect(m).toMatch(/^\[DEPIN\] device must be a device model/);
    for (const n of ["A100 80GB PCIe", "A100-PCIE-40GB", "A100-SXM4-80GB", "A100-80GB"]) expect(m).toContain(JSON.stringify(n));
    expect(m).toMatch(/\(got "A100"\)$/);
    expect(message(() => f("NVIDIA H100 80GB HBM3"))).toContain('"H100 80GB HBM3"');
    expect(message(() => f("rtx4090"))).toContain('"GeForce RTX 4090"');
    expect(message(() => f("zzzzzz"))).not.toContain("close matches");
  });
});

describe("IO_DEVICE_SCORE", () => {
  const f = fn("IO_DEVICE_SCORE");
  it.each<[unknown, unknown, unknown, unknown, Expect, string]>([
    [10, 8, null, null, "160020", "G-IO_DEVICE_SCORE-01; §G.17 example"],
    [1.25, 1, 3, true, "2515.5", "G-IO_DEVICE_SCORE-02; §G.17 example"],
    [1.25, 1, 3, false, "2515", "hand: (0.015 + 2.5) × 1000"],
    [10, 8, 4, "TRUE", "160020.5", "hand: 160,020 + 0.05 × 10"],
    [0.25, 1, 1, false, "505", "hand: (0.005 + 0.5) × 1000"],
    [0, 8, 4, true, "0", "§G.17: multiplier 0 is not nominated (the bare formula would give 20.5)"],
    [10, 8, 0, true, "0", "§G.17: tier 0 is not nominated"],
    [-1, 8, 4, false, OOR("hw_multiplier"), "negative multiplier"],
    [10, 0, 4, false, OOR("processors"), "no processors"],
    [10, 1.5, 4, false, BAD("processors"), "fractional processors"],
    [10, 8, 5, false, OOR("connectivity_tier"), "tier above 4"],
    [10, 8, 2.5, false, BAD("connectivity_tier"), "fractional tier"],
    [10, 8, 4, "maybe", BAD("was_hired"), "not a boolean"],
    [null, 8, 4, false, BAD("hw_multiplier"), "required"],
  ])("(%p, %p, %p, %p) = %p  [%s]", (m, n, tier, hired, expected) => check(() => f(m, n, tier, hired) as string, expected));
});

describe("IO_BLOCK_REWARD", () => {
  const f = fn("IO_BLOCK_REWARD");
  it.each<[unknown, unknown, unknown, unknown, unknown, Expect, string]>([
    [160020, 50000000, 4000, null, null, "12.16152", "G-IO_BLOCK_REWARD-01; §G.18 example"],
    [2515.5, 2000000, 4000, "community", null, "0.25155", "G-IO_BLOCK_REWARD-02; §G.18 example"],
    [2515.5, 2000000, 4000, "COMMUNITY", null, "0.25155", "pool is case-insensitive"],
    [160020, 50000000, 4000, "gpu", null, "12.16152", "§G.18: the 2024-06-25 → 2025-06-03 GPU pool has the same 95 %"],
    [2515.5, 2000000, 4000, "cpu", null, "0.25155", "§G.18: CPU pool 5 %"],
    [100, 100, 4000, "enterprise", 0.9, "3600", "hand: a lone device takes the whole pool: 4000 × 0.9"],
    [100, 100, 4000, "community", 0.9, "400", "hand: 4000 × (1 − 0.9)"],
    [0, 100, 4000, null, null, "0", "hand: score 0 earns nothing"],
    [101, 100, 4000, null, null, OOR("device_score"), "score above the pool's sum"],
    [10, 0, 4000, null, null, OOR("pool_score_sum"), "empty pool"],
    [10, 100, -1, null, null, OOR("block_emission"), "negative emission"],
    [10, 100, 4000, "validator", null, ENUM("pool"), "no such pool"],
    [10, 100, 4000, null, 1.2, OOR("enterprise_share"), "share above 1"],
  ])("(%p, %p, %p, %p, %p) = %p  [%s]", (s, sum, e, pool, share, expected) => check(() => f(s, sum, e, pool, share) as string, expected));
});

describe("IO_COSTAKE_SPLIT", () => {
  const f = fn("IO_COSTAKE_SPLIT");
  it.each<[unknown[], readonly (readonly [string, string])[], string]>([
    [[12.3456789, 0.74, 12000, 4000], [["owner", "3.209876514"], ["costaker", "9.135802386"]], "G-IO_COSTAKE_SPLIT-01; §G.19 example"],
    [[100, 0.5, 1000, 500], [["owner", "50"], ["costaker", "50"]], "G-IO_COSTAKE_SPLIT-02"],
    [[100, 0.74, 1000, 1000], [["owner", "26"], ["costaker", "74"]], "hand: co-stake exactly 50 % of the total is allowed"],
    [[100, 0.74, 0, 0], [["owner", "26"], ["costaker", "74"]], "hand: no stake at all is not over the limit"],
    [[0, 0.74, 1000, 10], [["owner", "0"], ["costaker", "0"]], "hand: zero reward"],
  ])("%p  [%s]", (args, expected) => checkSpill(f(...args), expected));

  it.each<[unknown[], Expect, string]>([
    [[100, 0.74, 1000, 1000.5], OOR("costake"), "§G.19: over 50 % of owner + co-stake"],
    [[100, 0.74, 0, 1], OOR("costake"), "co-stake without an owner stake"],
    [[100, 1.1, 1000, 10], OOR("costaker_share"), "share above 1"],
    [[-1, 0.5, 1000, 10], OOR("reward"), "negative reward"],
    [[100, null, 1000, 10], BAD("costaker_share"), "required: each offer sets its share"],
  ])("%p → %p  [%s]", (args, expected) => check(() => f(...args) as string, expected));

  it("the over-limit message names the limit and the value", () => {
    expect(message(() => f(100, 0.74, 1000, 1200))).toBe("[DEPIN] costake must be at most 50% of the total stake owner_stake + costake (1100) (got 1200)");
  });
});

describe("IO_IDE_EPOCH", () => {
  const f = fn("IO_IDE_EPOCH");
  const L = ["io_released", "fee_draw_usd", "surplus_usd", "io_burned", "sustainability_ratio"] as const;
  const rows = (...v: string[]) => L.map((l, i) => [l, v[i]!] as const);
  it.each<[unknown[], readonly (readonly [string, string])[], string]>([
    [[100000, 150000, 0.2, 300000], rows("300000", "40000", "110000", "275000", "1.5"), "G-IO_IDE_EPOCH-01; §G.20 example"],
    [[650000, 650000, 0.135, 2000000], rows("2000000", "380000", "270000", "1000000", "1"), "G-IO_IDE_EPOCH-02; §G.20 example"],
    [[100000, 150000, 0.2, 1000000], rows("500000", "0", "150000", "375000", "1.5"), "hand: the vault covers 100,000/0.2 = 500,000 IO, no fee draw"],
    [[100000, 150000, 0.3, 1000000], rows("333333.3333333333333333333333333333333333", "0", "150000", "250000", "1.5"), "hand: 1e5/0.3 to 40 digits; burn 0.5 × 150,000/0.3"],
    [[100000, 20000, 0.2, 300000], rows("300000", "40000", "0", "0", "0.2"), "hand: fees below the draw leave no surplus (max 0)"],
    [[100000, 150000, 0.2, 0], rows("0", "100000", "50000", "125000", "1.5"), "hand: empty vault, the fee vault pays all"],
    [[0, 5000, 0.2, 10], rows("0", "0", "5000", "12500", "0"), "SPEC §4.6: ratio 0 when payout is 0"],
    [[100000, 150000, 0.2, 300000, 1], rows("300000", "40000", "110000", "550000", "1.5"), "hand: burn_share 1 doubles the §G.20 burn"],
    [[100000, 150000, 0.2, 300000, 0], rows("300000", "40000", "110000", "0", "1.5"), "hand: burn_share 0"],
  ])("%p  [%s]", (args, expected) => checkSpill(f(...args), expected, "1e-30"));

  it.each<[unknown[], Expect, string]>([
    [[100000, 150000, 0, 300000], OOR("io_price"), "price must be > 0"],
    [[-1, 150000, 0.2, 300000], OOR("payout_usd"), "negative payout"],
    [[100000, -1, 0.2, 300000], OOR("fees_usd"), "negative fees"],
    [[100000, 150000, 0.2, -5], OOR("reward_vault_io"), "negative vault"],
    [[100000, 150000, 0.2, 300000, 1.5], OOR("burn_share"), "share above 1"],
    [[null, 150000, 0.2, 300000], BAD("payout_usd"), "required"],
  ])("%p → %p  [%s]", (args, expected) => check(() => f(...args) as string, expected));
});

describe("declarations of the current regimes", () => {
  it("spills are label/value tables without a header row, and every current function carries a dated regime", () => {
    for (const d of functions.filter((x) => ["IO_HW_MULTIPLIER", "IO_DEVICE_SCORE", "IO_BLOCK_REWARD", "IO_COSTAKE_SPLIT", "IO_IDE_EPOCH"].includes(x.id))) {
      expect(d.doc.regime?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (d.result.kind === "spill") expect(d.result.header).toBeUndefined();
    }
    expect(decl("IO_IDE_EPOCH").doc.regime).toEqual({ id: "incentive_dynamic_engine", from: "2026-06-11", confidence: "estimate" });
    expect(decl("IO_IDE_EPOCH").doc.assumptions?.[0]).toMatch(/LOW CONFIDENCE/);
  });
});
