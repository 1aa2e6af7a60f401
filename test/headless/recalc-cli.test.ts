/**
 * `depin-calc recalc` / `freeze` through the bin, on generated workbooks: exit codes and the lines a CI log
 * shows (issue 12 items 3–5). The evaluation itself is covered by recalc.test.ts.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { workbookBytes } from "../../src/headless/workbook-io";
import { writeZip } from "../../src/headless/zip";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "bin/depin-calc.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "depin-recalc-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const STAMP = new Date(Date.UTC(2026, 0, 1));

async function file(name: string, cells: Record<string, ExcelJS.CellValue>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  for (const [a, v] of Object.entries(cells)) ws.getCell(a).value = v;
  const p = path.join(tmp, name);
  fs.writeFileSync(p, await workbookBytes(wb, { stamp: STAMP }));
  return p;
}
const f = (formula: string, result?: unknown) => ({ formula, ...(result !== undefined ? { result } : {}) }) as ExcelJS.CellFormulaValue;

describe("depin-calc recalc", () => {
  it("a shipped template passes --check (CI: every cell matches its golden value, no error cell)", () => {
    const r = run("recalc", path.join(ROOT, "assets/templates/crossnet-provider-comparison.xlsx"), "--check");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/0 errors, \d+ match the cached values, 0 differ, 0 had no cached value/);
  });

  it("a value at row 100,000 recalculates (exit 0, not an internal error)", async () => {
    const p = await file("row.xlsx", { A100000: 2, B100000: f("_xldudf_DEPIN_AKT_TAKE_FEE(A100000,0.5)", 1) });
    const r = run("recalc", p, "--check");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 DEPIN cells recalculated: 1 match, 0 differ, 0 errors/);
  });

  it("--check fails on a moved cell and on an uncached cell, naming both; -o writes a copy that then passes", async () => {
    const p = await file("moved.xlsx", { A1: 1000, B1: f("_xldudf_DEPIN_AKT_TAKE_FEE(A1,0.2)", 199), B2: f("A1*2") });
    const r = run("recalc", p, "--check");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("differs  S!B1  computed 200, cached 199");
    expect(r.stdout).toContain("no-cache S!B2  computed 2000, the file caches no value");
    const out = path.join(tmp, "moved-recalculated.xlsx");
    const w = run("recalc", p, "-o", out);
    expect(w.status).toBe(0);
    expect(run("recalc", out, "--check").status).toBe(0);
  });

  it("error cells fail and are listed by address", async () => {
    const p = await file("errors.xlsx", { A1: f("A1+1", 0), A2: f("_xldudf_DEPIN_AKT_TAKE_FEE(1000,5)", 0) });
    const r = run("recalc", p);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^error {4}S!A1 {2}#CYCLE!/m);
    expect(r.stdout).toMatch(/^error {4}S!A2 {2}#VALUE! .*take_rate/m);
  });

  it("a package that inflates past the cap is exit 2 with one line", () => {
    const p = path.join(tmp, "bomb.xlsx");
    fs.writeFileSync(p, writeZip([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>") }, { name: "xl/big.bin", data: Buffer.alloc(3 * 1048576) }], STAMP));
    const r = run("recalc", p, "--max-uncompressed-mb", "2");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/is not a readable \.xlsx workbook: the package inflates to more than 2 MiB/);
  });

  it("usage mistakes are exit 2", async () => {
    const p = await file("u.xlsx", { A1: 1 });
    expect(run("recalc", p, "-o", p).status).toBe(2);
    expect(run("recalc", p, "-o").status).toBe(2);
    expect(run("freeze", p).status).toBe(2);
    expect(run("recalc", p, "--max-uncompressed-mb", "0").status).toBe(2);
  });
});

describe("depin-calc freeze", () => {
  it("writes a copy without DEPIN formulas and says which sheets were frozen", async () => {
    const p = await file("live.xlsx", { A1: 1000, B1: f("_xldudf_DEPIN_AKT_TAKE_FEE(A1,0.2)", 200), C1: f("B1+1", 201) });
    const out = path.join(tmp, "frozen.xlsx");
    const r = run("freeze", p, "-o", out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^frozen {3}S: 1 cell \(note in S!E1\)$/m);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("S")!.getCell("B1").value).toBe(200);
    expect(String(wb.getWorksheet("S")!.getCell("E1").value)).toMatch(/^FROZEN COPY/);
  });
});
