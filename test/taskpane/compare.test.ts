/** Compare: diff old → new, sheet vs shipped preset, and the comparison sheet. */
import { getPreset } from "../../src/presets";
import { diffPresets, diffTable } from "../../src/taskpane/compare";
import { listParameterSheets, loadDocument, readParameterSheet, writeDiffSheet } from "../../src/taskpane/workbook";
import { preExisting, userWorkbook } from "./helpers";

describe("compare", () => {
  it("io-net-2024-06 → io-net-docs-current: changed, added, removed", () => {
    const d = diffPresets(getPreset("io-net-2024-06")!, getPreset("io-net-docs-current")!);
    expect(d.rows.find((r) => r.key === "unstakeDays")).toEqual(expect.objectContaining({ old: 7, new: 14, status: "changed", delta: 7 }));
    expect(d.rows.find((r) => r.key === "verifiedGpus")).toEqual(expect.objectContaining({ old: 104494, new: "", status: "removed" }));
    expect(d.rows.find((r) => r.key === "minStakePerGpu")).toEqual(expect.objectContaining({ old: "", new: 200, status: "added" }));
    expect(d.rows.find((r) => r.key === "supplierShare")).toEqual(expect.objectContaining({ status: "unchanged" }));
    expect(d.meta).toEqual(expect.arrayContaining([{ field: "regime", old: "note-2024-06", new: "docs-hourly" }]));
    expect(d.meta).toEqual(expect.arrayContaining([{ field: "regimeId", old: "tge_fixed_schedule_no_block_rewards", new: "enterprise_community_pools" }]));
    expect(d.counts.changed + d.counts.added + d.counts.removed + d.counts.unchanged).toBe(d.rows.length);
    expect(diffTable(d)[0]).toEqual(["Key", "Label", "Unit", "Old", "New", "Change", "Status"]);
  });

  it("a preset compared with itself has no differences", () => {
    const d = diffPresets(getPreset("bittensor-dtao")!, getPreset("bittensor-dtao")!);
    expect(d.counts).toEqual({ changed: 0, added: 0, removed: 0, unchanged: d.rows.length });
  });

  it("sheet vs its shipped preset after an edit, written to a new Compare sheet without touching anything else", async () => {
    const book = userWorkbook();
    const { plan } = await loadDocument(getPreset("clore-docs-current")!);
    book.set(plan.sheetName, "C25", 250000); // hostPoh … whatever row 25 holds, a value edit
    const key = book.cell(plan.sheetName, "A25")!.value;
    const { parsed } = await readParameterSheet(plan.sheetName);
    const d = diffPresets(getPreset("clore-docs-current")!, parsed!.doc);
    expect(d.rows.filter((r) => r.status === "changed")).toEqual([expect.objectContaining({ key, new: 250000 })]);
    expect(await listParameterSheets()).toEqual([{ name: "clore-docs-current", id: "clore-docs-current" }]);
    const before = book.dump();
    const name = await writeDiffSheet("preset → sheet", d);
    expect(name).toBe("Compare");
    expect(preExisting(book, before)).toEqual(before);
    expect(book.cell("Compare", "A3")!.value).toBe("Key");
    expect(book.cell("Compare", "G4")!.value).toBeDefined();
    expect(await writeDiffSheet("again", d)).toBe("Compare (2)");
  });
});
