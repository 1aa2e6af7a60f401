/**
 * The Templates tab's logic against the fake workbook: the list from assets/templates/templates.json,
 * insertion with insertWorksheetsFromBase64 (ExcelApi 1.13), unique sheet names with the template's
 * cross-sheet references following the rename, the message when the host lacks the requirement set,
 * and nothing written when the insert fails.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { canInsertTemplates, insertTemplate, listTemplates, MISSING_REQUIREMENT, planDefinedNames, planSheetNames, type TemplateEntry } from "../../src/taskpane/templates";
import * as xlsx from "../../src/taskpane/template-xlsx";
import { renameInFormula } from "../../src/taskpane/template-xlsx";
import { FakeBook } from "./fake-excel";
import { preExisting, userWorkbook } from "./helpers";

const DIR = path.resolve(__dirname, "../../assets/templates");
const requested: string[] = [];
const fetcher = async (url: string) => {
  requested.push(url);
  const rel = url.replace(/^templates\//, "");
  const file = path.join(DIR, rel);
  let buf: Buffer | undefined;
  try {
    buf = readFileSync(file);
  } catch {
    buf = undefined;
  }
  return {
    ok: buf !== undefined,
    status: buf ? 200 : 404,
    json: async () => JSON.parse(buf!.toString("utf8")) as unknown,
    arrayBuffer: async () => buf!.buffer.slice(buf!.byteOffset, buf!.byteOffset + buf!.byteLength) as ArrayBuffer,
  };
};
const load = async () => xlsx;
const g = globalThis as unknown as { Office?: unknown };
function hostSupports(yes: boolean): void {
  g.Office = { context: { requirements: { isSetSupported: (name: string, v: string) => yes && name === "ExcelApi" && Number(v) <= 1.13 } } };
}
afterEach(() => {
  delete g.Office;
  requested.length = 0;
});

async function entry(file: string): Promise<TemplateEntry> {
  return (await listTemplates(fetcher)).find((t) => t.file === file)!;
}

describe("template list", () => {
  it("lists every shipped template with title, purpose, sheets, presets with as-of dates and formula count", async () => {
    const list = await listTemplates(fetcher);
    const onDisk = JSON.parse(readFileSync(path.join(DIR, "templates.json"), "utf8")) as TemplateEntry[];
    expect(list.map((t) => t.file)).toEqual(onDisk.map((t) => t.file));
    expect(list.length).toBeGreaterThanOrEqual(5);
    for (const t of list) {
      expect(t.title.length).toBeGreaterThan(0);
      expect(t.sheets.length).toBeGreaterThan(0);
      expect(t.presets.every((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.asOf))).toBe(true);
      expect(t.formulas).toBeGreaterThan(0);
    }
    expect(requested).toEqual(["templates/templates.json"]);
  });

  it("a malformed list is an error, not silently shortened", async () => {
    const bad = async () => ({ ok: true, status: 200, json: async () => [{ file: "../x.xlsx" }], arrayBuffer: async () => new ArrayBuffer(0) });
    await expect(listTemplates(bad)).rejects.toThrow(/Template entry 0 is malformed/);
    const missing = async () => ({ ok: false, status: 404, json: async () => null, arrayBuffer: async () => new ArrayBuffer(0) });
    await expect(listTemplates(missing)).rejects.toThrow(/HTTP 404/);
  });
});

describe("requirement set", () => {
  it("insert needs ExcelApi 1.13 and says so, writing nothing", async () => {
    const book = userWorkbook();
    const before = book.dump();
    hostSupports(false);
    expect(canInsertTemplates()).toBe(false);
    await expect(insertTemplate(await entry("clore-host-economics.xlsx"), fetcher, load)).rejects.toThrow(MISSING_REQUIREMENT);
    expect(MISSING_REQUIREMENT).toMatch(/ExcelApi 1\.13/);
    expect(book.dump()).toEqual(before);
    expect(book.syncs).toBe(0);
    delete g.Office; // outside Office (no Office.context): not supported either
    expect(canInsertTemplates()).toBe(false);
  });
});

describe("insert", () => {
  it("adds the template's sheets after the user's, with its formulas", async () => {
    const book = userWorkbook();
    const before = book.dump();
    hostSupports(true);
    const t = await entry("io-net-supplier-economics.xlsx");
    const r = await insertTemplate(t, fetcher, load);
    // the user's io_SupplierShare exists: all the template's names take _2 and its formulas use them
    expect(r).toEqual({ sheets: ["Supplier", "Emission"], renamed: [], nameSuffix: "_2" });
    expect(book.names.find((n) => n.name === "io_SupplierShare")).toEqual({ name: "io_SupplierShare", formula: "=Sheet1!$B$2", comment: "the user's own name" });
    expect(book.names.find((n) => n.name === "io_SupplierShare_2")?.formula).toBe("=Supplier!$B$29");
    const supplier = [...book.sheet("Supplier")!.cells.values()].map((c) => c.formula ?? "");
    expect(supplier.some((f) => /\bio_SupplierShare_2\b/.test(f))).toBe(true);
    expect(supplier.filter((f) => /\bio_SupplierShare\b(?!_)/.test(f))).toEqual([]);
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "io-net-docs-current", "Budget", "Supplier", "Emission"]);
    const formulas = [...book.sheet("Supplier")!.cells.values()].filter((c) => c.formula).length + [...book.sheet("Emission")!.cells.values()].filter((c) => c.formula).length;
    expect(formulas).toBe(t.formulas);
    expect(preExisting(book, before)).toEqual((before as { sheets: unknown[]; names: unknown[] }));
    expect(requested).toContain("templates/io-net-supplier-economics.xlsx");
  });

  it("a sheet name the user has already (any case) is inserted as Name (2); references inside the template follow", async () => {
    const book = new FakeBook(["Sheet1", "supplier"]);
    book.set("supplier", "A1", "mine");
    const { installFakeExcel } = await import("./fake-excel");
    installFakeExcel(book);
    const before = book.dump();
    hostSupports(true);
    const t = await entry("io-net-supplier-economics.xlsx");
    const r = await insertTemplate(t, fetcher, load);
    expect(r.renamed).toEqual([["Supplier", "Supplier (2)"]]);
    expect(r.nameSuffix).toBe("");
    // the template's defined names point at the renamed sheet
    expect(book.names.find((n) => n.name === "io_CapexUsd")?.formula).toBe("='Supplier (2)'!$B$26");
    expect(book.names.find((n) => n.name === "io_GenesisSupply")?.formula).toBe("=Emission!$B$26");
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "supplier", "Supplier (2)", "Emission"]);
    expect(book.cell("supplier", "A1")!.value).toBe("mine");
    expect(preExisting(book, before)).toEqual(before);
    // no formula of the inserted sheets points at the user's sheet any more
    const all = book.sheets.slice(2).flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? ""));
    expect(all.filter((f) => /(^|[^'A-Za-z0-9_])Supplier!/i.test(f))).toEqual([]);
    // a second insert of the same template goes to (3) and keeps (2)
    book.addSheet("Emission (2)");
    const r2 = await insertTemplate(t, fetcher, load);
    expect(r2.sheets).toEqual(["Supplier (3)", "Emission (3)"]);
    expect(r2.nameSuffix).toBe("_2");
    expect(book.names.find((n) => n.name === "io_CapexUsd_2")?.formula).toBe("='Supplier (3)'!$B$26");
  });

  it("a failing insert writes nothing", async () => {
    const book = userWorkbook();
    const before = book.dump();
    hostSupports(true);
    book.failWhen = (op) => (op === "workbook.insertWorksheetsFromBase64" ? "GeneralException: the host refused the file (simulated)" : undefined);
    await expect(insertTemplate(await entry("clore-host-economics.xlsx"), fetcher, load)).rejects.toThrow(/refused the file/);
    expect(book.dump()).toEqual(before);
    const missing = { ...(await entry("clore-host-economics.xlsx")), file: "no-such.xlsx" };
    book.failWhen = undefined;
    await expect(insertTemplate(missing, fetcher, load)).rejects.toThrow(/HTTP 404.*nothing was inserted/);
    expect(book.dump()).toEqual(before);
  });
});

describe("sheet renaming", () => {
  it("defined names take one shared suffix, the first free for all of them", () => {
    expect([...planDefinedNames(["a", "b"], ["B", "a_2"])]).toEqual([["a", "a_3"], ["b", "b_3"]]);
    expect([...planDefinedNames(["a"], ["x"])]).toEqual([["a", "a"]]);
  });

  it("plans free names against the workbook and the template's own sheets", () => {
    expect([...planSheetNames(["A", "A (2)"], ["a"])]).toEqual([["A", "A (3)"], ["A (2)", "A (2)"]]);
    expect([...planSheetNames(["X"], [])]).toEqual([["X", "X"]]);
  });

  it("rewrites bare and quoted references, not look-alikes", () => {
    const m = new Map([["Fees", "Fees (2)"], ["It's", "It's (2)"]]);
    expect(renameInFormula("SUM(Fees!A1:B2)+MyFees!A1+'Fees'!C3", m)).toBe("SUM('Fees (2)'!A1:B2)+MyFees!A1+'Fees (2)'!C3");
    expect(renameInFormula("'It''s'!A1", m)).toBe("'It''s (2)'!A1");
    expect(renameInFormula('"Fees!A1"&fees!B1', m)).toBe("\"Fees!A1\"&'Fees (2)'!B1");
    const n = new Map([["io_Fee", "io_Fee_2"]]);
    expect(renameInFormula('_xldudf_DEPIN_X(io_Fee,io_FeeTotal,"io_Fee",IO_FEE*2,Other!io_Fee,io_Fee(1))', new Map(), n)).toBe('_xldudf_DEPIN_X(io_Fee_2,io_FeeTotal,"io_Fee",io_Fee_2*2,Other!io_Fee,io_Fee(1))');
  });
});

describe("chart references follow a renamed sheet", () => {
  it("rewrites c:f in xl/charts/*.xml (bare and quoted), never the cached text or another sheet's references", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("xl/workbook.xml", '<workbook><sheets><sheet name="Fees" sheetId="1" r:id="rId1"/><sheet name="Other" sheetId="2" r:id="rId2"/></sheets></workbook>');
    const chart =
      "<c:chartSpace><c:chart><c:plotArea><c:lineChart><c:ser>" +
      "<c:tx><c:strRef><c:f>'Fees'!$B$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>Fees!B1 (a label)</c:v></c:pt></c:strCache></c:strRef></c:tx>" +
      "<c:cat><c:numRef><c:f>Fees!$A$2:$A$4</c:f></c:numRef></c:cat><c:val><c:numRef><c:f>Other!$B$2:$B$4</c:f></c:numRef></c:val>" +
      "</c:ser></c:lineChart></c:plotArea></c:chart></c:chartSpace>";
    zip.file("xl/charts/chart1.xml", chart);
    const data = await zip.generateAsync({ type: "uint8array" });
    const { base64, sheets } = await xlsx.renamedTemplateBase64(data, new Map([["Fees", "Fees (2)"]]));
    expect(sheets).toEqual(["Fees (2)", "Other"]);
    const out = await (await JSZip.loadAsync(base64, { base64: true })).file("xl/charts/chart1.xml")!.async("string");
    expect([...out.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1])).toEqual(["&apos;Fees (2)&apos;!$B$1", "&apos;Fees (2)&apos;!$A$2:$A$4", "Other!$B$2:$B$4"]);
    expect(out).toContain("<c:v>Fees!B1 (a label)</c:v>");
  });
});
