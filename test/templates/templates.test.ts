/**
 * The shipped templates (assets/templates/, `npm run templates`): fresh (regenerated in memory and compared
 * part by part with the committed files), reproducible, recalculating headlessly with no error cell and
 * matching their cached golden values, every check OK, and laid out as documented (inputs named and styled,
 * documentation block, DEPIN formulas in Excel's stored form).
 */
import * as fs from "fs";
import * as path from "path";
import { templates } from "../../src/templates/catalog";
import { renderTemplate } from "../../src/templates/render";
import { readZip } from "../../src/headless/zip";
import { loadWorkbook, type LoadedWorkbook } from "../../src/headless/workbook-io";
import { describeReport, recalcWorkbook } from "../../src/headless/recalc";
import { getPreset, listPresets } from "../../src/presets";

const DIR = path.resolve(__dirname, "../../assets/templates");
const defs = templates();

function parts(buf: Buffer): Map<string, string> {
  return new Map(readZip(buf).map((e) => [e.name, e.data.toString("utf8")]));
}

function formulaCells(book: LoadedWorkbook): { sheet: string; address: string; formula: string; result: unknown }[] {
  const out: { sheet: string; address: string; formula: string; result: unknown }[] = [];
  for (const ws of book.wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value as { formula?: string; result?: unknown } | null;
        if (v && typeof v === "object" && typeof v.formula === "string") out.push({ sheet: ws.name, address: c.address, formula: v.formula, result: v.result });
      }),
    );
  }
  return out;
}

const loaded = new Map<string, LoadedWorkbook>();
async function committed(file: string): Promise<LoadedWorkbook> {
  if (!loaded.has(file)) loaded.set(file, await loadWorkbook(fs.readFileSync(path.join(DIR, `${file}.xlsx`))));
  return loaded.get(file)!;
}

describe("templates are fresh and reproducible", () => {
  it("there is one template per shipped preset, plus the five finance templates", () => {
    const files = defs.map((d) => d.file);
    for (const p of listPresets()) expect(files).toContain(`preset-${p.id}`);
    expect(files.slice(0, 5)).toEqual(["io-net-supplier-economics", "clore-host-economics", "bittensor-subnet-epoch", "akash-provider-fees-supply", "crossnet-provider-comparison"]);
  });

  it.each(defs.map((d) => [d.file, d] as const))("%s: the committed file is what the generator writes today (else run npm run templates)", async (_f, def) => {
    const file = path.join(DIR, `${def.file}.xlsx`);
    expect(fs.existsSync(file)).toBe(true);
    const fresh = parts((await renderTemplate(def.build())).bytes);
    const old = parts(fs.readFileSync(file));
    expect([...old.keys()]).toEqual([...fresh.keys()]);
    for (const [name, text] of fresh) {
      if (old.get(name) !== text) throw new Error(`assets/templates/${def.file}.xlsx is stale (part ${name} differs): run npm run templates`);
    }
  });

  it("the same template renders to the same bytes twice", async () => {
    const def = defs.find((d) => d.file === "clore-host-economics")!;
    const a = (await renderTemplate(def.build())).bytes;
    const b = (await renderTemplate(def.build())).bytes;
    expect(a.equals(b)).toBe(true);
  });

  it("templates.json lists every template file", () => {
    const index = JSON.parse(fs.readFileSync(path.join(DIR, "templates.json"), "utf8")) as { file: string; presets: { id: string; asOf: string }[] }[];
    expect(index.map((t) => t.file)).toEqual(defs.map((d) => `${d.file}.xlsx`));
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".xlsx")).sort();
    expect(files).toEqual(defs.map((d) => `${d.file}.xlsx`).sort());
  });
});

describe.each(defs.map((d) => [d.file] as const))("%s", (file) => {
  it("recalculates headlessly with no error cell and matches its cached golden values", async () => {
    const book = await committed(file);
    const report = recalcWorkbook(book);
    const { lines, failed } = describeReport(report, "check");
    if (failed || report.warnings.length > 0) throw new Error(lines.join("\n"));
    expect(report.formulaCount).toBeGreaterThan(0);
    expect(report.cells.every((c) => c.status === "match")).toBe(true);
  });

  it("every check shows OK", async () => {
    const checks = formulaCells(await committed(file)).filter((c) => /"OK","FAIL"/.test(c.formula));
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.filter((c) => c.result !== "OK")).toEqual([]);
  });

  it("stores DEPIN calls as Excel does (_xldudf_DEPIN_…), has a documentation block, named inputs in the Input style", async () => {
    const book = await committed(file);
    const formulas = formulaCells(book);
    expect(formulas.some((f) => f.formula.includes("_xldudf_DEPIN_"))).toBe(true);
    expect(formulas.filter((f) => /(^|[^_])DEPIN\./.test(f.formula.replace(/"[^"]*"/g, "")))).toEqual([]);
    const labels = new Set<string>();
    for (const ws of book.wb.worksheets) ws.eachRow((row) => labels.add(String(row.getCell(1).value ?? "")));
    for (const l of ["Preset id", "As of", "Checks"]) expect(labels).toContain(l);
    expect(book.definedNames.length).toBeGreaterThan(0);
    const styles = parts(fs.readFileSync(path.join(DIR, `${file}.xlsx`))).get("xl/styles.xml")!;
    // The Input style exists wherever the template has analyst inputs (preset-bittensor-pre-dtao has only
    // protocol constants and dated observations, shaded by role as the task pane does).
    const hasInputs = !file.startsWith("preset-") || listPresets().some((p) => `preset-${p.id}` === file && getPreset(p.id)!.parameters.some((q) => q.role === "input"));
    if (hasInputs) expect(styles).toMatch(/<cellStyle name="Input" xfId="\d+" builtinId="20"\/>/);
    expect(styles).toMatch(/<cellStyle name="Calculation" xfId="\d+" builtinId="22"\/>/);
    // Every defined name points at a cell that exists on its sheet.
    for (const n of book.definedNames) {
      const m = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)/.exec(n.text)!;
      expect(book.wb.getWorksheet(m[1]!.replace(/''/g, "'"))).toBeDefined();
    }
  });
});

describe("spot values, derived independently", () => {
  const value = async (file: string, sheet: string, label: string) => {
    const book = await committed(file);
    const ws = book.wb.getWorksheet(sheet)!;
    let out: unknown;
    ws.eachRow((row) => {
      if (row.getCell(1).value === label && out === undefined) out = (row.getCell(2).value as { result?: unknown }).result;
    });
    return out;
  };

  it("io.net: availability reward = capex × uptime × supplier share ÷ payback hours (REFERENCE §A.5: 25,000 × 1 × 0.95 ÷ 13,140)", async () => {
    expect(await value("io-net-supplier-economics", "Supplier", "Availability reward per node-hour")).toBeCloseTo((25000 * 0.95) / 13140, 12);
  });

  it("cross-network: Akash USDC lease keeps 80 % (20 % take), Clore 95 % (5 % host fee): net per hour on a $2 gross", async () => {
    const book = await committed("crossnet-provider-comparison");
    const rows: Record<string, unknown> = {};
    book.wb.getWorksheet("Compare")!.eachRow((row) => {
      rows[`${String(row.getCell(2).value)}/${String(row.getCell(3).value)}`] = (row.getCell(4).value as { result?: unknown } | null)?.result;
    });
    expect(rows["akash/USDC"]).toBeCloseTo(2 * 0.8, 12);
    expect(rows["clore/CLORE"]).toBeCloseTo(2 * 0.95, 12);
  });

  it("Bittensor: the stake-weighted median weight of miner 3 (validators 500/300/200 give 0.5/0.5/0.4) is the consensus 0.5", async () => {
    const book = await committed("bittensor-subnet-epoch");
    const ws = book.wb.getWorksheet("Yuma")!;
    let consensus: unknown;
    ws.eachRow((row) => {
      if (row.getCell(1).value === 3 && consensus === undefined) consensus = (row.getCell(2).value as { result?: unknown }).result;
    });
    expect(consensus).toBeCloseTo(0.5, 6);
  });
});
