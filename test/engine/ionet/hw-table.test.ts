/**
 * The hardware multiplier data file (src/engine/networks/ionet/data/hw-multipliers.json): one provenance
 * record per row, tables and aliases consistent with the rules of REFERENCE.md §G.16.
 */
import { REGIMES_FILE } from "../../helpers/cases";
import { existsSync, readFileSync } from "fs";
import { D } from "../../../src/engine/core/decimal";
import { HW_DATA, HW_ROWS, HW_TABLES } from "../../../src/engine/networks/ionet/hw-table";

const DOCS_LINE = /^ionet-official\/docs@[0-9a-f]{40}:docs\/block-rewards\/proposed-device-block-reward-multiplier\.mdx:\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe("hw-multipliers.json", () => {
  it("has the 56 rows of the docs' comparison table (§G.16), with unique names ignoring case", () => {
    expect(HW_ROWS).toHaveLength(56);
    expect(new Set(HW_ROWS.map((r) => r.name.toLowerCase())).size).toBe(56);
  });

  it.each(HW_ROWS.map((r) => [r.name, r] as const))("%s: sourced to a docs line, dated, with a confidence and a decimal multiplier per table", (_n, r) => {
    expect(r.source).toMatch(DOCS_LINE);
    expect(r.retrieved).toMatch(DATE);
    expect(["documented", "derived", "estimate"]).toContain(r.confidence);
    for (const t of HW_TABLES) {
      expect(r.multiplier[t]).toMatch(/^\d+(\.\d+)?$/);
      expect(D(r.multiplier[t]).gte(0)).toBe(true);
    }
    // §G.16 lines 20-24: "No longer supported … Multiplier set to 0"
    expect(r.pool === "unsupported").toBe(D(r.multiplier["2025-06-04"]).isZero());
  });

  it("every table and the alias list carry a source, a date and a confidence", () => {
    for (const t of HW_TABLES) expect([HW_DATA.tables[t].source.length > 0, DATE.test(HW_DATA.tables[t].retrieved), HW_DATA.tables[t].confidence]).toEqual([true, true, "documented"]);
    expect(DATE.test(HW_DATA.aliases.retrieved)).toBe(true);
    expect(HW_DATA.aliases.confidence).toBe("derived");
  });

  it("aliases name existing rows and never shadow another row's docs name", () => {
    const names = new Map(HW_ROWS.map((r) => [r.name.toLowerCase(), r.name]));
    for (const [alias, rows] of Object.entries(HW_DATA.aliases.map)) {
      for (const n of rows) expect(names.has(n.toLowerCase())).toBe(true);
      const same = names.get(alias.toLowerCase());
      if (same !== undefined) expect(rows).toEqual([same]);
    }
  });

  it("the pool of each device matches §G.16's selected examples", () => {
    const pool = (n: string) => HW_ROWS.find((r) => r.name === n)!.pool;
    expect([pool("H100 80GB HBM3"), pool("B200"), pool("L40S"), pool("GeForce RTX 4090")]).toEqual(["enterprise", "enterprise", "enterprise", "enterprise"]);
    expect([pool("L4"), pool("GeForce RTX 3090"), pool("RTX 6000 Ada Generation")]).toEqual(["community", "community", "community"]);
    expect([pool("A40"), pool("A10")]).toEqual(["unsupported", "unsupported"]);
  });

  // The in-repo copy of the sourced regime tables (test/data, kept fresh by test/headless/reference-copy.test.ts).
  const SHARED = REGIMES_FILE;
  (existsSync(SHARED) ? it : it.skip)("every row, pool and alias equals reference/current-regimes.json", () => {
    const ref = JSON.parse(readFileSync(SHARED, "utf8")) as {
      io_hw_multipliers: Record<string, Record<string, number>>;
      "io_hw_pools_2025-06-04": Record<string, string>;
      io_hw_source_lines: Record<string, string>;
      io_hw_aliases: Record<string, string[]>;
    };
    for (const t of HW_TABLES) expect(Object.keys(ref.io_hw_multipliers[t]!).sort()).toEqual(HW_ROWS.map((r) => r.name).sort());
    for (const r of HW_ROWS) {
      for (const t of HW_TABLES) expect([r.name, t, Number(r.multiplier[t])]).toEqual([r.name, t, ref.io_hw_multipliers[t]![r.name]]);
      expect([r.name, r.pool, r.source]).toEqual([r.name, ref["io_hw_pools_2025-06-04"][r.name], ref.io_hw_source_lines[r.name]]);
    }
    expect(HW_DATA.aliases.map).toEqual(ref.io_hw_aliases);
  });
});
