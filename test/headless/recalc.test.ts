/**
 * recalc / freeze on generated workbooks: each shortcoming of the first `recalc` named in issue 12 item 3 has
 * a workbook here (row 100,000, names 收益 and \amount, truncated / random / empty files, a package that
 * inflates past the cap, uncached and all-error workbooks, _xlfn. prefixes, date cells, error cells), plus
 * --check, -o and freeze (item 4).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { describeReport, ENGINE_CONFIG, engineFormula, recalcWorkbook, type RecalcReport } from "../../src/headless/recalc";
import { loadWorkbook, PackageError, workbookBytes } from "../../src/headless/workbook-io";
import { readZip, writeZip } from "../../src/headless/zip";
import { freezeCommand, recalcCommand } from "../../src/headless/workbook-commands";

const STAMP = new Date(Date.UTC(2026, 0, 1));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "depin-recalc-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Cells = Record<string, ExcelJS.CellValue>;

/** A workbook with one sheet per entry; `names` are written into workbook.xml as Excel stores them. */
async function book(sheets: Record<string, Cells>, names: { name: string; text: string; localSheetId?: number }[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, cells] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const [a, v] of Object.entries(cells)) ws.getCell(a).value = v;
  }
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const xml = names.length
    ? `<definedNames>${names.map((n) => `<definedName name="${esc(n.name)}"${n.localSheetId !== undefined ? ` localSheetId="${n.localSheetId}"` : ""}>${esc(n.text)}</definedName>`).join("")}</definedNames>`
    : null;
  return workbookBytes(wb, { stamp: STAMP, definedNamesXml: xml });
}

const f = (formula: string, result?: unknown) => ({ formula, ...(result !== undefined ? { result } : {}) }) as ExcelJS.CellFormulaValue;

async function recalc(buf: Buffer): Promise<RecalcReport> {
  return recalcWorkbook(await loadWorkbook(buf));
}
function cell(report: RecalcReport, address: string, sheet?: string) {
  const c = report.cells.find((x) => x.address === address && (sheet === undefined || x.sheet === sheet));
  if (!c) throw new Error(`no result for ${address}`);
  return c;
}

describe("recalc reads what Excel writes", () => {
  it("a value at row 100,000 and a formula reading it (Excel's grid, not the engine's 40,000-row default)", async () => {
    const r = await recalc(await book({ S: { A100000: 21, B100000: f("A100000*2", 42), XFD1: 1, A1: f("XFD1+1", 2) } }));
    expect(cell(r, "B100000")).toMatchObject({ value: 42, status: "match" });
    expect(cell(r, "A1")).toMatchObject({ value: 2, status: "match" });
  });

  it("defined names HyperFormula rejects as written: 收益 (a constant) and \\amount (a range), sheet-scoped names", async () => {
    const r = await recalc(
      await book({ Data: { A1: 1000, B1: f("收益*\\amount", 200), B2: f("_xldudf_DEPIN_AKT_TAKE_FEE(\\amount,收益)", 200), B3: f("local*2", 6) }, Other: { A1: 3 } }, [
        { name: "收益", text: "0.2" },
        { name: "\\amount", text: "Data!$A$1" },
        { name: "local", text: "Other!$A$1", localSheetId: 0 },
      ]),
    );
    expect(r.warnings).toEqual([]);
    expect(cell(r, "B1")).toMatchObject({ value: 200, status: "match" });
    // AKT_TAKE_FEE(1000, 0.2) = 1000 × 0.2 (SPEC §4.4, discount 0)
    expect(cell(r, "B2")).toMatchObject({ value: 200, status: "match" });
    expect(cell(r, "B3")).toMatchObject({ value: 6, status: "match" });
  });

  it("_xlfn. prefixes (IFS, SINGLE, newer functions) and upper-case exponents (1E-12) parse", async () => {
    const r = await recalc(await book({ S: { A1: 5, B1: f('_xlfn.IFS(A1>3,"big",TRUE,"small")', "big"), B2: f("_xlfn.SINGLE(A1)*2", 10), B3: f("A1+1E-12*0+2.5E+1", 30) } }));
    expect(cell(r, "B1")).toMatchObject({ value: "big", status: "match" });
    expect(cell(r, "B2")).toMatchObject({ value: 10, status: "match" });
    expect(cell(r, "B3")).toMatchObject({ value: 30, status: "match" });
  });

  it("date cells are Excel date serials (2024-06-05 is day 45,448 counted from 1899-12-30)", async () => {
    const serial = (Date.UTC(2024, 5, 5) - Date.UTC(1899, 11, 30)) / 86400000;
    expect(serial).toBe(45448);
    const r = await recalc(await book({ S: { A1: new Date(Date.UTC(2024, 5, 5)), B1: f("A1+1", serial + 1), B2: f("_xldudf_DEPIN_AKT_TAKE_FEE(A1,0.5)", serial / 2) } }));
    expect(cell(r, "B1")).toMatchObject({ value: 45449, status: "match" });
    expect(cell(r, "B2")).toMatchObject({ value: 22724, status: "match" });
  });

  it("an error cell carries its error into the formulas that read it", async () => {
    const r = await recalc(await book({ S: { A1: { error: "#DIV/0!" } as ExcelJS.CellErrorValue, B1: f("ISERROR(A1)", true), B2: f("A1+1") } }));
    expect(cell(r, "B1")).toMatchObject({ value: true, status: "match" });
    expect(cell(r, "B2").value).toMatchObject({ error: "#DIV/0!" });
    expect(cell(r, "B2").status).toBe("error");
  });

  it("spills: an array formula's range is refilled and compared cell by cell", async () => {
    const r = await recalc(
      await book({ S: { A1: { formula: "_xldudf_DEPIN_TAO_EMISSION_SPLIT(1)", shareType: "array", ref: "A1:B4", result: "subnet owner" } as unknown as ExcelJS.CellValue, B1: 0.179995422293431, A2: "miners" } }),
    );
    expect(cell(r, "B1")).toMatchObject({ spillOf: "A1", status: "match" });
    // miners = (1 − 11796/65535) / 2 (TAO_EMISSION_SPLIT: the owner cut is 11796/65535)
    expect(cell(r, "B2").value).toBeCloseTo((1 - 11796 / 65535) / 2, 12);
    expect(cell(r, "B2").status).toBe("no-cache");
  });
});

describe("errors and --check", () => {
  it("a workbook whose every formula errors (#CYCLE!, #REF!, #NAME?) fails, every cell reported by address", async () => {
    const r = await recalc(await book({ S: { A1: f("A1+1", 0), A2: f("#REF!+1", 0), A3: f("_xldudf_DEPIN_NOPE(1)", 0), A4: f("nosuchname*2", 0) } }));
    const { lines, failed } = describeReport(r, "write");
    expect(failed).toBe(true);
    for (const a of ["A1", "A2", "A3", "A4"]) expect(lines.some((l) => l.startsWith("error") && l.includes(`S!${a} `))).toBe(true);
    expect(lines.find((l) => l.includes("S!A1 "))).toContain("#CYCLE!");
    expect(lines.find((l) => l.includes("S!A3 "))).toMatch(/#NAME\? Function DEPIN\.NOPE does not exist/);
  });

  it("cells without a cached value are not a match under --check; moved values are reported with both values", async () => {
    const r = await recalc(await book({ S: { A1: 10, B1: f("A1*2"), B2: f("A1*3", 31), B3: f("A1*4", 40) } }));
    // -o without --check refreshes the cached values: nothing fails.
    expect(describeReport(r, "write").failed).toBe(false);
    // Plain recalc: the moved cell fails, the uncached one is counted as not compared.
    const plain = describeReport(r, "report");
    expect(plain.failed).toBe(true);
    expect(plain.lines).toContain("differs  S!B2  computed 30, cached 31  (A1*3)");
    expect(plain.lines.some((l) => l.startsWith("no-cache"))).toBe(false);
    const noDiffer = await recalc(await book({ S: { A1: 10, B1: f("A1*2") } }));
    expect(describeReport(noDiffer, "report").failed).toBe(false);
    const { lines, failed } = describeReport(r, "check");
    expect(failed).toBe(true);
    expect(lines).toContain("no-cache S!B1  computed 20, the file caches no value  (A1*2)");
    expect(lines).toContain("differs  S!B2  computed 30, cached 31  (A1*3)");
    expect(lines.some((l) => l.includes("S!B3"))).toBe(false);
  });

  it("the tolerance is relative to the cached value", async () => {
    const buf = await book({ S: { A1: 1e6, B1: f("A1", 1e6 + 0.5) } });
    expect(describeReport(recalcWorkbook(await loadWorkbook(buf), { tolerance: 1e-6 }), "check").failed).toBe(false);
    expect(describeReport(recalcWorkbook(await loadWorkbook(buf), { tolerance: 1e-7 }), "check").failed).toBe(true);
  });
});

describe("unreadable and hostile files are refused with a sentence", () => {
  it("empty, random, truncated", async () => {
    const good = await book({ S: { A1: 1 } });
    await expect(loadWorkbook(Buffer.alloc(0))).rejects.toThrow(/empty/);
    await expect(loadWorkbook(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))).rejects.toThrow(PackageError);
    await expect(loadWorkbook(good.subarray(0, Math.floor(good.length / 2)))).rejects.toThrow(/truncated|damaged/);
    await expect(loadWorkbook(good.subarray(0, good.length - 10))).rejects.toThrow(PackageError);
  });

  it("a package that inflates past the cap is refused before it is inflated in full", async () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    const bomb = writeZip([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>") }, { name: "xl/big.bin", data: zeros }], STAMP);
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(loadWorkbook(bomb, { maxUncompressedBytes: 4 * 1024 * 1024 })).rejects.toThrow(/more than 4 MiB/);
  });

  it("a part that inflates to more than it declares is refused", () => {
    const data = Buffer.alloc(100000, 65);
    const zip = writeZip([{ name: "a.txt", data }], STAMP);
    // Lower the declared size in both headers: 100000 → 1000.
    const lied = Buffer.from(zip);
    lied.writeUInt32LE(1000, 22);
    const cen = lied.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lied.writeUInt32LE(1000, cen + 24);
    expect(() => readZip(lied)).toThrow(/more than the 1000 bytes it declares/);
    expect(readZip(zip)[0]!.data.equals(data)).toBe(true);
    expect(zlib.inflateRawSync(zlib.deflateRawSync(data)).length).toBe(100000);
  });
});

describe("commands", () => {
  const write = (name: string, buf: Buffer) => {
    const p = path.join(tmp, name);
    fs.writeFileSync(p, buf);
    return p;
  };

  it("recalc -o writes the computed values as cached values; the copy then passes --check", async () => {
    const input = write("in.xlsx", await book({ S: { A1: 1000, B1: f("_xldudf_DEPIN_AKT_TAKE_FEE(A1,Rate)"), B2: f("B1*2") } }, [{ name: "Rate", text: "0.2" }]));
    const out: string[] = [];
    expect(await recalcCommand({ file: input, check: true }, (l) => out.push(l))).toBe(1);
    const output = path.join(tmp, "out.xlsx");
    expect(await recalcCommand({ file: input, output }, (l) => out.push(l))).toBe(0);
    const again: string[] = [];
    expect(await recalcCommand({ file: output, check: true }, (l) => again.push(l))).toBe(0);
    expect(again.at(-1)).toMatch(/2 match the cached values, 0 differ, 0 had no cached value/);
    await expect(recalcCommand({ file: input, output: input }, () => undefined)).rejects.toThrow(/never overwritten/);
  });

  it("freeze replaces DEPIN formulas (spills included) by values, keeps ordinary formulas, notes each sheet", async () => {
    const input = write(
      "tpl.xlsx",
      await book({
        Model: {
          A2: "Preset id",
          B2: "akash-akt20-proposal",
          A3: "As of",
          B3: "2024-06-05",
          A5: 1000,
          B5: f("_xldudf_DEPIN_AKT_TAKE_FEE(A5,0.2)", 200),
          C5: f("B5*2", 400),
          A7: { formula: "_xldudf_DEPIN_TAO_EMISSION_SPLIT(1)", shareType: "array", ref: "A7:B10" } as unknown as ExcelJS.CellValue,
        },
        Plain: { A1: 1, B1: f("A1+1", 2) },
      }),
    );
    const output = path.join(tmp, "frozen.xlsx");
    const out: string[] = [];
    expect(await freezeCommand({ file: input, output }, (l) => out.push(l))).toBe(0);
    const frozen = await loadWorkbook(fs.readFileSync(output));
    const ws = frozen.wb.getWorksheet("Model")!;
    expect(ws.getCell("B5").value).toBe(200);
    expect(ws.getCell("A8").value).toBe("miners");
    expect(ws.getCell("B8").value).toBeCloseTo((1 - 11796 / 65535) / 2, 12);
    expect((ws.getCell("C5").value as { formula: string }).formula).toBe("B5*2");
    const note: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => typeof c.value === "string" && c.value.startsWith("FROZEN") && note.push(c.address)));
    expect(note).toHaveLength(1);
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.some((t) => t.includes("akash-akt20-proposal (as of 2024-06-05)"))).toBe(true);
    expect(texts.some((t) => /^Frozen cells: B5, A7, A8, B7/.test(t) || (t.startsWith("Frozen cells:") && t.includes("B5") && t.includes("B10")))).toBe(true);
    expect(texts.some((t) => t.includes("depin-engine"))).toBe(true);
    // No sheet without DEPIN formulas gets a note; no DEPIN call is left anywhere.
    const plain: string[] = [];
    frozen.wb.getWorksheet("Plain")!.eachRow((row) => row.eachCell((c) => plain.push(String(c.value))));
    expect(plain.some((t) => t.startsWith("FROZEN"))).toBe(false);
    const report = recalcWorkbook(frozen);
    expect(report.cells.filter((c) => /DEPIN/i.test(c.formula))).toEqual([]);
    expect(describeReport(report, "check").failed).toBe(false);
  });

  it("shared formulas (one master, translated children) are read, recalculated and frozen cell by cell", async () => {
    const cells: Cells = { B1: { formula: "_xldudf_DEPIN_AKT_TAKE_FEE(A1,0.2)", shareType: "shared", ref: "B1:B4", result: 20 } as unknown as ExcelJS.CellValue };
    for (let i = 1; i <= 4; i++) cells[`A${i}`] = i * 100;
    for (let i = 2; i <= 4; i++) cells[`B${i}`] = { sharedFormula: "B1", result: i * 20 } as unknown as ExcelJS.CellValue;
    const input = write("shared.xlsx", await book({ S: cells }));
    const r = await recalc(fs.readFileSync(input));
    // AKT_TAKE_FEE(amount, 0.2) = 0.2 × amount
    expect(r.cells.map((c) => [c.address, c.value, c.status])).toEqual([1, 2, 3, 4].map((i) => [`B${i}`, i * 20, "match"]));
    const output = path.join(tmp, "shared-frozen.xlsx");
    expect(await freezeCommand({ file: input, output }, () => undefined)).toBe(0);
    const ws = (await loadWorkbook(fs.readFileSync(output))).wb.getWorksheet("S")!;
    expect([1, 2, 3, 4].map((i) => ws.getCell(`B${i}`).value)).toEqual([20, 40, 60, 80]);
  });
});

describe("freeze on a sheet that reaches the last column", () => {
  it("puts the note below the used range", async () => {
    const buf = await book({ S: { A1: 1000, B1: f("_xldudf_DEPIN_AKT_TAKE_FEE(A1,0.2)", 200), XFD3: 1 } });
    const loaded = await loadWorkbook(buf);
    const { freezeWorkbook } = await import("../../src/headless/freeze");
    const summary = freezeWorkbook(loaded.wb, recalcWorkbook(loaded));
    expect(summary.sheets).toEqual([expect.objectContaining({ sheet: "S", cells: ["B1"], note: "A5" })]);
    expect(String(loaded.wb.getWorksheet("S")!.getCell("A5").value)).toMatch(/^FROZEN COPY/);
  });
});

describe("many formulas reading one cell (the engine's edge insertion is replaced, see recalc.ts)", () => {
  it("5,000 formulas on one rate: every value right in the workbook, and the engine still updates, removes and re-adds dependents", async () => {
    const cells: Cells = { E1: 0.2 };
    for (let i = 1; i <= 5000; i++) {
      cells[`A${i}`] = i;
      cells[`B${i}`] = f(`A${i}*$E$1`, i * 0.2);
    }
    const r = await recalc(await book({ S: cells }));
    expect(r.cells.filter((c) => c.status !== "match")).toEqual([]);
    // The patched graph in a live engine: change the shared cell, remove and re-add dependents.
    const rows = Array.from({ length: 100 }, (_, i) => [i + 1, `=A${i + 1}*$C$1`, i === 0 ? 2 : null]);
    const hf = HyperFormula.buildFromArray(rows, ENGINE_CONFIG);
    try {
      hf.setCellContents({ sheet: 0, row: 0, col: 2 }, 3);
      expect(hf.getCellValue({ sheet: 0, row: 99, col: 1 })).toBe(300);
      for (let i = 0; i < 50; i++) hf.setCellContents({ sheet: 0, row: i, col: 1 }, null);
      for (let i = 0; i < 50; i++) hf.setCellContents({ sheet: 0, row: i, col: 1 }, `=A${i + 1}*$C$1+1`);
      hf.setCellContents({ sheet: 0, row: 0, col: 2 }, 5);
      expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(6);
      expect(hf.getCellValue({ sheet: 0, row: 49, col: 1 })).toBe(251);
      expect(hf.getCellValue({ sheet: 0, row: 99, col: 1 })).toBe(500);
    } finally {
      hf.destroy();
    }
  });
});

describe("formula text", () => {
  it("is rewritten only outside strings and quoted sheet names", () => {
    const aliases = new Map([["收益", "_DN1_"]]);
    expect(engineFormula('_xldudf_DEPIN_X(收益,"收益 _xlfn.IFS TRUE 1E-3",\'收益\'!A1,TRUE)', aliases)).toBe('=DEPIN.X(_DN1_,"收益 _xlfn.IFS TRUE 1E-3",\'收益\'!A1,TRUE())');
    expect(engineFormula("收益表!A1+E12+AE1", new Map())).toBe("='收益表'!A1+E12+AE1");
  });
});
