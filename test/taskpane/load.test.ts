/** Loading a preset into a workbook that already has sheets, names and cells. */
import { getPreset, listPresets, type Preset } from "../../src/presets";
import { loadDocument, snapshot } from "../../src/taskpane/workbook";
import { planSheet } from "../../src/taskpane/layout";
import { preExisting, userWorkbook } from "./helpers";

describe("load a preset", () => {
  it("adds a new uniquely named sheet and leaves every pre-existing sheet, cell and name unchanged", async () => {
    const book = userWorkbook();
    const before = book.dump();
    const { plan } = await loadDocument(getPreset("io-net-docs-current")!);
    expect(plan.sheetName).toBe("io-net-docs-current (2)");
    expect(preExisting(book, before)).toEqual(before);
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "io-net-docs-current", "Budget", "io-net-docs-current (2)"]);
    expect(book.sheet(book.activeSheetId)!.name).toBe("io-net-docs-current (2)");
  });

  it("suffixes every name of the sheet when one base name exists, and never redefines the existing one", async () => {
    const book = userWorkbook();
    const { plan } = await loadDocument(getPreset("io-net-docs-current")!);
    expect(plan.nameSuffix).toBe("_2");
    const supplier = book.names.filter((n) => n.name.toLowerCase().startsWith("io_suppliershare"));
    expect(supplier.map((n) => [n.name, n.formula])).toEqual([
      ["io_SupplierShare", "=Sheet1!$B$2"],
      ["io_SupplierShare_2", "='io-net-docs-current (2)'!$C$21"],
    ]);
    expect(book.names.some((n) => n.name === "io_Uptime_2")).toBe(true);
    expect(book.names.some((n) => n.name === "io_Uptime")).toBe(false);
    // the model uses the suffixed names
    const s = "io-net-docs-current (2)";
    const avail = plan.modelFormulas.find((f) => f.includes("IO_AVAIL_REWARD("))!;
    expect(avail).toBe("=DEPIN.IO_AVAIL_REWARD(io_CapexUsd_2, io_Uptime_2, io_SupplierShare_2, io_PaybackHours_2)");
    expect(book.cell(s, plan.modelCells[5]!)!.formula).toBe(avail);
    // column E shows each cell's name
    expect(book.cell(s, "E21")!.value).toBe("io_SupplierShare_2");
  });

  it("loading the same preset twice gives (2)/(3) sheets and _2/_3 names", async () => {
    const book = userWorkbook();
    const p = getPreset("bittensor-dtao")!;
    const a = await loadDocument(p);
    const b = await loadDocument(p);
    const c = await loadDocument(p);
    expect([a.plan.sheetName, b.plan.sheetName, c.plan.sheetName]).toEqual(["bittensor-dtao", "bittensor-dtao (2)", "bittensor-dtao (3)"]);
    expect([a.plan.nameSuffix, b.plan.nameSuffix, c.plan.nameSuffix]).toEqual(["", "_2", "_3"]);
    expect(book.names.filter((n) => n.name.toLowerCase().startsWith("tao_ownercut")).map((n) => n.name)).toEqual(["tao_OwnerCut", "tao_OwnerCut_2", "tao_OwnerCut_3"]);
  });

  it("writes in batches: one 2-D write per block, a fixed number of syncs whatever the size", async () => {
    const book = userWorkbook();
    const p = getPreset("io-net-docs-current")!;
    const syncs0 = book.syncs;
    const { plan } = await loadDocument(p);
    const syncs = book.syncs - syncs0;
    expect(syncs).toBe(3); // read, create the sheet, write everything
    const dataWrites = book.writes.filter((w) => w.kind === "values" || w.kind === "formulas");
    expect(dataWrites).toHaveLength(plan.blocks.filter((b) => b.values || b.formulas).length);
    // the parameter table is one values write of n × 13
    expect(dataWrites).toContainEqual(expect.objectContaining({ kind: "values", rows: p.parameters.length, cols: 13 }));
    // the model is one formulas write of m × 1; the chart data one formulas write
    expect(dataWrites).toContainEqual(expect.objectContaining({ kind: "formulas", rows: p.model.length, cols: 1 }));
    expect(dataWrites).toContainEqual(expect.objectContaining({ kind: "formulas", rows: p.chart!.x.count, cols: p.chart!.series.length }));
    // no cell is written twice with data
    const addrs = dataWrites.map((w) => w.address);
    expect(new Set(addrs).size).toBe(addrs.length);
    // a bigger document does not take more syncs
    const big: Preset = { ...p, id: "big", parameters: [...p.parameters, ...Array.from({ length: 150 }, (_, i) => ({ ...p.parameters[0]!, key: `extra${i}` }))] };
    const s1 = book.syncs;
    await loadDocument(big);
    expect(book.syncs - s1).toBe(3);
  });

  it("writes a formatted parameter table: values, units, names, sources as hyperlinks, dates as text, inputs marked", async () => {
    const book = userWorkbook();
    const { plan } = await loadDocument(getPreset("io-net-docs-current")!);
    const s = plan.sheetName;
    expect(book.cell(s, "A12")!.value).toBe("Key");
    expect(book.cell(s, "A13")!.value).toBe("maxSupply");
    expect(book.cell(s, "C13")!.value).toBe(800000000);
    expect(book.cell(s, "D13")!.value).toBe("IO");
    expect(book.cell(s, "H13")!.value).toBe("2026-11-24"); // "@" format: not turned into a date serial
    expect(book.cell(s, "B7")!.value).toBe("2026-11-24");
    expect(book.cell(s, "I13")!.hyperlink).toEqual({ address: "https://docs.io.net/docs/io-tokenomics", textToDisplay: "https://docs.io.net/docs/io-tokenomics" });
    const capexRow = 13 + getPreset("io-net-docs-current")!.parameters.findIndex((p) => p.key === "capexUsd");
    expect(book.cell(s, `C${capexRow}`)).toEqual(expect.objectContaining({ value: 25000, fill: "#FFF2CC", bold: true, fontColor: "#0000FF" }));
    expect(book.sheet(s)!.charts).toEqual([
      expect.objectContaining({ type: "Line", title: "io.net unlock schedule (max-supply basis)", categories: plan.chart!.categoryRange, position: ["O2", "W22"] }),
    ]);
  });

  it.each(listPresets().map((p) => [p.id] as const))("%s loads into an empty workbook with one name per parameter", async (id) => {
    const book = userWorkbook();
    const p = getPreset(id)!;
    const names0 = book.names.length;
    const { plan } = await loadDocument(p);
    expect(book.names.length - names0).toBe(p.parameters.length);
    for (const f of plan.modelFormulas) expect(f.startsWith("=")).toBe(true);
  });

  it("the plan is pure and matches the loaded sheet", async () => {
    const book = userWorkbook();
    const state = await snapshot();
    const plan = planSheet(getPreset("akash-onchain-current")!, { existingSheets: state.sheets, existingNames: state.names });
    const { plan: loaded } = await loadDocument(getPreset("akash-onchain-current")!);
    expect(loaded).toEqual(plan);
    expect(state.activeSheet).toBe("Sheet1");
    expect(book.sheets).toHaveLength(4);
  });

  it("a failed write leaves no partial sheet and no new name (rollback deletes only what the action created)", async () => {
    const book = userWorkbook();
    const before = book.dump();
    let adds = 0;
    book.failWhen = (op) => (op === "names.add" && ++adds === 5 ? "GeneralException: simulated failure" : undefined);
    await expect(loadDocument(getPreset("clore-docs-current")!)).rejects.toMatchObject({ message: expect.stringContaining("simulated failure"), rolledBack: true });
    book.failWhen = undefined;
    expect(book.dump()).toEqual(before);
  });

  it("a failure of the formulas write also rolls back, and the user's look-alike names survive", async () => {
    const book = userWorkbook();
    book.addName("clore_Height", "=Budget!$D$4");
    const before = book.dump();
    book.failWhen = (op) => (op === "write.formulas" ? "InvalidArgument: simulated" : undefined);
    await expect(loadDocument(getPreset("clore-docs-current")!)).rejects.toThrow("simulated");
    book.failWhen = undefined;
    expect(book.dump()).toEqual(before);
  });

  it.each<[string, (p: Preset) => void, RegExp]>([
    ["a chart axis start 1e308, step 1e308 (issue 15 item 5b)", (p) => Object.assign(p.chart!.x, { start: 1e308, step: 1e308 }), /non-finite number Infinity in cell A\d+; nothing was written/],
    ["a parameter value NaN", (p) => (p.parameters[0]!.value = NaN), /non-finite number NaN in cell C13; nothing was written/],
    ["a parameter maximum -Infinity", (p) => (p.parameters[1]!.max = -Infinity), /non-finite number -Infinity in cell L14/],
  ])("a document that would write a non-finite number is refused before anything is written: %s", async (_n, spoil, message) => {
    const book = userWorkbook();
    const before = book.dump();
    const p = getPreset("io-net-docs-current")!;
    spoil(p);
    await expect(loadDocument(p)).rejects.toThrow(message);
    expect(book.dump()).toEqual(before);
    expect(book.writes).toEqual([]);
  });

  it("text that looks like a formula is written as text (imported labels are untrusted)", async () => {
    const book = userWorkbook();
    const p = getPreset("akash-onchain-current")!;
    p.parameters[0]!.label = '=HYPERLINK("http://evil","x")';
    p.model[0]!.label = "+cmd|' /C calc'!A0";
    const { plan } = await loadDocument(p);
    expect(book.cell(plan.sheetName, "B13")).toEqual(expect.objectContaining({ value: '=HYPERLINK("http://evil","x")' }));
    expect(book.cell(plan.sheetName, "B13")!.formula).toBeUndefined();
    const labelCell = plan.modelCells[0]!.replace("B", "A");
    expect(book.cell(plan.sheetName, labelCell)!.formula).toBeUndefined();
  });
});
