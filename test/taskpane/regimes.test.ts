/**
 * The Regimes view (src/taskpane/regimes.ts): each network's timeline, and for a preset the regime it belongs to
 * and whether a newer one exists; loading writes that beside the sheet's Regime line and the export carries the
 * regimeId back. Expected regimes come from the timeline's dates (REFERENCE.md §G.25) and from what each preset
 * says it models (its description), written out below.
 */
import { getPreset, listPresets, validatePreset, type Preset } from "../../src/presets";
import { REGIMES } from "../../src/engine/networks/crossnet/regimes-data";
import { regimeStatus, timelines } from "../../src/taskpane/regimes";
import { parseScenario, scenarioJson, toScenario } from "../../src/taskpane/scenario";
import { loadDocument, readParameterSheet } from "../../src/taskpane/workbook";
import { userWorkbook } from "./helpers";

describe("timelines", () => {
  it("one timeline per network, in the pane's order, with every regime of DEPIN_REGIMES and exactly one current row", () => {
    const t = timelines();
    expect(t.map((x) => [x.network, x.label])).toEqual([
      ["io", "io.net"],
      ["clore", "Clore.ai"],
      ["bittensor", "Bittensor"],
      ["akash", "Akash"],
    ]);
    const key = { io: "io", clore: "clore", bittensor: "tao", akash: "akash" } as const;
    for (const x of t) {
      expect(x.rows.map((r) => [r.id, r.from, r.to, r.rule, r.confidence])).toEqual(REGIMES[key[x.network]].map((r) => [r.id, r.from, r.to, r.rule, r.confidence]));
      expect(x.rows.filter((r) => r.current).map((r) => r.to)).toEqual([null]);
      expect(x.rows[x.rows.length - 1]!.current).toBe(true);
      for (const r of x.rows) expect(r.source).not.toBe("");
    }
  });

  it("each regime lists the shipped presets that belong to it; every preset appears exactly once", () => {
    const rows = timelines().flatMap((t) => t.rows.map((r) => [`${t.network}/${r.id}`, r.presets] as const));
    const of = (key: string) => rows.find(([k]) => k === key)![1];
    expect(of("akash/akt20_stable_payments_take")).toEqual(["akash-akt20-proposal", "akash-onchain-current"]);
    expect(of("bittensor/root_network")).toEqual(["bittensor-pre-dtao"]);
    expect(of("io/enterprise_community_pools")).toEqual(expect.arrayContaining(["io-net-docs-current"]));
    expect(rows.flatMap(([, p]) => p).sort()).toEqual(listPresets().map((p) => p.id).sort());
  });
});

describe("the regime a preset belongs to", () => {
  it.each<[string, string, string[], string]>([
    ["io-net-2024-06", "tge_fixed_schedule_no_block_rewards", ["block_rewards_gpu_cpu_95_5", "enterprise_community_pools", "incentive_dynamic_engine"], "the note's launch tokenomics (emission schedule set at the 2024-06-11 token launch)"],
    ["io-net-docs-current", "enterprise_community_pools", ["incentive_dynamic_engine"], "fixed hourly schedule of the docs (commit of 2025-09-12, before the IDE); H100 multiplier 10 is the 2025-06-04 table"],
    ["clore-legacy-2024", "pow_l1_legacy_50_40_10", ["poh_2_0_gpu_limits", "reward_rework_poh_staking_mfp_lock", "erc20_era"], "dated 2024-06-05, PoW L1"],
    ["clore-docs-current", "reward_rework_poh_staking_mfp_lock", ["erc20_era"], "per-block chain subsidy with PoH staking and MFP baskets: the PoW-era rework"],
    ["bittensor-pre-dtao", "root_network", REGIMES.tao.slice(1).map((r) => r.id), "root network of 64 validators"],
    ["bittensor-dtao", "price_x_burn", [], "price × burn shares, Balancer pools and 0.5 TAO per block: the current chain (subtensor main 2026-06-30)"],
    ["akash-akt20-proposal", "akt20_stable_payments_take", ["bme_aep76"], "the take/make proposal; the take era"],
    ["akash-onchain-current", "akt20_stable_payments_take", ["bme_aep76"], "x/take, which BME (2026-03-23) deleted"],
  ])("%s → %s", (id, regime, newer) => {
    const p = getPreset(id)!;
    expect(p.regimeId).toBe(regime);
    const s = regimeStatus(p);
    expect(s.how).toBe("declared");
    expect(s.regime?.id).toBe(regime);
    expect(s.newer.map((r) => r.id)).toEqual(newer);
  });

  it("every shipped preset (also those without a regimeId) belongs to a regime of its network", () => {
    for (const { id } of listPresets()) {
      const s = regimeStatus(getPreset(id)!);
      expect([id, s.regime === undefined ? s.text : "ok"]).toEqual([id, "ok"]);
    }
  });

  it.each<[Pick<Preset, "network" | "regimeId" | "asOf">, string]>([
    [{ network: "akash", regimeId: "akt20_stable_payments_take", asOf: "2026-11-24" }, "Akash regime: this document models akt20_stable_payments_take (2023-08-22 to 2026-03-22, confidence M). A newer regime exists: bme_aep76, current since 2026-03-23."],
    [{ network: "akash", asOf: "2026-03-23" }, "Akash regime: this document is dated in bme_aep76 (since 2026-03-23, confidence H). It is the current regime."],
    [{ network: "bittensor", asOf: "2026-04-01" }, "Bittensor regime: this document is dated in gross_tao_flow_post_halving (2025-12-14 to 2026-05-26, confidence H). 4 newer regimes exist: next net_tao_flow from 2026-05-27; current price_x_burn since 2026-06-30."],
    [{ network: "io", regimeId: "", asOf: "2025-06-04" }, "io.net regime: this document is dated in enterprise_community_pools (2025-06-04 to 2026-06-10, confidence M). A newer regime exists: incentive_dynamic_engine, current since 2026-06-11."],
    [{ network: "io", asOf: "2020-01-01" }, "No io.net regime of the timeline was in force on 2020-01-01 (the timeline starts 2023-11-04)."],
    [{ network: "clore", regimeId: "bme_aep76", asOf: "2026-01-01" }, 'Regime "bme_aep76" is not in the Clore.ai timeline (pow_l1_legacy_50_40_10, poh_2_0_gpu_limits, reward_rework_poh_staking_mfp_lock, erc20_era).'],
  ])("%j: %s", (doc, text) => {
    expect(regimeStatus(doc).text).toBe(text);
  });
});

describe("regimeId in documents", () => {
  const base = (): Preset => toScenario(getPreset("akash-onchain-current")!);
  it.each<[string, (d: Preset) => void, RegExp | null]>([
    ["the shipped regimeId", () => undefined, null],
    ["no regimeId (older scenario files)", (d) => delete d.regimeId, null],
    ["a regime of another network", (d) => (d.regimeId = "root_network"), /\/regimeId: "root_network" is not a regime of the akash timeline \(one of akt_only_no_take, akt20_stable_payments_take, bme_aep76\)/],
    ["not an id", (d) => (d.regimeId = "BME 2026"), /\/regimeId: must match pattern/],
  ])("%s", (_n, edit, expected) => {
    const d = base();
    edit(d);
    const r = parseScenario(JSON.stringify(d));
    if (expected === null) expect(r.ok ? [] : r.errors).toEqual([]);
    else expect(r.ok ? "" : r.errors.join("\n")).toMatch(expected);
  });

  it("loading writes the regime id and its status beside the Regime line; the export carries the regimeId back", async () => {
    const book = userWorkbook();
    const { plan } = await loadDocument(getPreset("akash-onchain-current")!);
    const s = plan.sheetName;
    expect(book.cell(s, "A6")!.value).toBe("Regime");
    expect(book.cell(s, "C6")!.value).toBe("akt20_stable_payments_take");
    expect(book.cell(s, "D6")!.value).toBe(regimeStatus(getPreset("akash-onchain-current")!).text);
    expect(String(book.cell(s, "D6")!.value)).toContain("A newer regime exists: bme_aep76, current since 2026-03-23.");
    const { parsed } = await readParameterSheet(s);
    expect(parsed!.doc.regimeId).toBe("akt20_stable_payments_take");
    expect(scenarioJson(toScenario(parsed!.doc))).toContain('"regime": "on-chain x/take + x/mint",\n  "regimeId": "akt20_stable_payments_take",\n  "asOf"');
  });

  it("a document without regimeId: C6 is blank, D6 says the regime by date, and the export adds no regimeId", async () => {
    const book = userWorkbook();
    const doc = getPreset("bittensor-dtao")!;
    delete doc.regimeId;
    expect(validatePreset(doc)).toEqual([]);
    const { plan } = await loadDocument(doc);
    expect(book.cell(plan.sheetName, "C6")?.value ?? "").toBe("");
    expect(book.cell(plan.sheetName, "D6")!.value).toMatch(/^Bittensor regime: this document is dated in price_x_burn \(since 2026-06-30, confidence H\)\. It is the current regime\.$/);
    const { parsed } = await readParameterSheet(plan.sheetName);
    expect("regimeId" in parsed!.doc).toBe(false);
  });
});
