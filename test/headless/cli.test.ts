/**
 * What an analyst types in `depin-calc`: TRUE/FALSE in eval, cases and recalc; ';' separators; misspelled
 * names; per-command help and documented exit codes; recalc never reporting success on broken cells;
 * unreadable files as one line and exit 2; case files with a BOM, long names and malformed names.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import ExcelJS from "exceljs";
import { evaluateFormula, runCases } from "../../src/headless/evaluator";
import { recalcXlsx } from "../../src/headless/xlsx";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "bin/depin-calc.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "depin-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// AKT_PROVIDER_FEE(amount, take_rate, discount, make_rate, provider_pays_make), derived by hand:
// take fee 1000 × 0.2 × (1 − 0) = 200; make fee 1000 × 0.05 = 50, deducted only when the provider pays it.
const PAYS_MAKE = 1000 - 200 - 50;
const KEEPS_MAKE = 1000 - 200;

describe("TRUE/FALSE literals, as Excel accepts them", () => {
  it("eval", () => {
    expect(evaluateFormula("=DEPIN.AKT_PROVIDER_FEE(1000,0.2,0,0.05,TRUE)")).toEqual({ value: PAYS_MAKE });
    expect(evaluateFormula("=DEPIN.AKT_PROVIDER_FEE(1000,0.2,0,0.05,false)")).toEqual({ value: KEEPS_MAKE });
    expect(evaluateFormula("={TRUE;FALSE}")).toEqual({ value: [[true], [false]] });
    const r = run("eval", "=DEPIN.AKT_PROVIDER_FEE(1000,0.2,0,0.05,TRUE)");
    expect([r.status, r.stdout.trim()]).toEqual([0, String(PAYS_MAKE)]);
  });
  it("cases", () => {
    const out = runCases([
      { id: "t", formula: "=DEPIN.AKT_PROVIDER_FEE(1000,0.2,0,0.05,TRUE)" },
      { id: "f", formula: "=DEPIN.AKT_PROVIDER_FEE(1000,0.2,0,0.05,FALSE)" },
    ]);
    expect(out).toEqual([
      { id: "t", value: PAYS_MAKE },
      { id: "f", value: KEEPS_MAKE },
    ]);
  });
  it("recalc", async () => {
    const file = path.join(dir, "bool.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Model");
    ws.getCell("A1").value = { formula: "DEPIN.AKT_PROVIDER_FEE(1000,0.2,0,0.05,TRUE)", result: PAYS_MAKE } as ExcelJS.CellFormulaValue;
    ws.getCell("A2").value = { formula: "_xldudf_DEPIN_AKT_PROVIDER_FEE(1000,0.2,0,0.05,FALSE)", result: KEEPS_MAKE } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(file);
    const report = await recalcXlsx(file);
    expect(report.cells.map((c) => c.status)).toEqual(["match", "match"]);
  });
});

describe("mistakes get a message an analyst can act on", () => {
  it("';' between arguments", () => {
    const r = run("eval", "=DEPIN.AKT_TAKE_FEE(1000;0.2)");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/';' is not an argument separator.*Write: =DEPIN\.AKT_TAKE_FEE\(1000,0\.2\)/);
    expect(r.stderr).not.toMatch(/token|-->/i);
  });
  it("a misspelled function suggests the closest catalog names", () => {
    const r = evaluateFormula("=DEPIN.AKT_TAKE_FE(1000,0.2)");
    expect(r).toMatchObject({ error: "#NAME?" });
    expect((r as { message: string }).message).toMatch(/Did you mean DEPIN\.AKT_TAKE_FEE/);
  });
  it("a function without DEPIN. says so", () => {
    const r = evaluateFormula("=AKT_TAKE_FEE(1000,0.2)");
    expect((r as { message: string }).message).toMatch(/AKT_TAKE_FEE is a DEPIN function: write DEPIN\.AKT_TAKE_FEE/);
  });
  it("a syntax error is one sentence, not the parser's token list", () => {
    const r = evaluateFormula("=DEPIN.AKT_TAKE_FEE(1000,0.2");
    expect(r).toEqual({ error: "#ERROR!", message: "The formula could not be read: 1 opening and 0 closing parentheses." });
  });
});

describe("help and exit codes", () => {
  it.each(["eval", "cases", "recalc", "presets", "preset", "functions", "demo"])("%s --help prints that command's help, exit 0", (cmd) => {
    const r = run(cmd, "--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Usage: depin-calc ${cmd}`);
    expect(r.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}3 /);
  });
  it("--help documents every exit code", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    for (const code of ["0", "1", "2", "3"]) expect(r.stdout).toMatch(new RegExp(`^ {2}${code} {2}\\S`, "m"));
  });
  it("--version prints the package version", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    const r = run("--version");
    expect([r.status, r.stdout.trim()]).toEqual([0, `depin-calc ${pkg.version}`]);
  });
  it("an unknown option or command is exit 2 with a suggestion", () => {
    expect(run("eval", "=1", "--jsn").status).toBe(2);
    const r = run("evl", "=1");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/did you mean eval\?/);
  });
});

/** A zip archive with one uncompressed file (local header, central directory, end record). */
function storedZip(name: string, text: string): Buffer {
  const data = Buffer.from(text);
  const fileName = Buffer.from(name);
  const crc = zlib.crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length + data.length, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

describe("recalc never reports success on broken cells", () => {
  async function workbook(name: string, fill: (ws: ExcelJS.Worksheet) => void): Promise<string> {
    const file = path.join(dir, name);
    const wb = new ExcelJS.Workbook();
    fill(wb.addWorksheet("Model"));
    await wb.xlsx.writeFile(file);
    return file;
  }

  it("an error cell without a cached value is an error, even with a huge tolerance", async () => {
    const file = await workbook("broken.xlsx", (ws) => {
      ws.getCell("A1").value = { formula: "DEPIN.AKT_TAKE_FEE(1000,0.2)", result: 200 } as ExcelJS.CellFormulaValue;
      ws.getCell("A2").value = { formula: "DEPIN.NO_SUCH_FUNCTION(1)" } as ExcelJS.CellFormulaValue;
    });
    const report = await recalcXlsx(file, 1000);
    expect(report.cells.map((c) => c.status)).toEqual(["match", "error"]);
    const r = run("recalc", file, "--tolerance", "1000");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/2 DEPIN cells recalculated: 1 match, 0 differ, 1 error/);
  });

  it("an error cell whose cached value is a number is an error", async () => {
    const file = await workbook("error-vs-number.xlsx", (ws) => {
      ws.getCell("A1").value = { formula: "DEPIN.AKT_TAKE_FEE(1000,5)", result: 200 } as ExcelJS.CellFormulaValue;
    });
    expect((await recalcXlsx(file, 1000)).cells.map((c) => c.status)).toEqual(["error"]);
  });

  it("an error cell matches only the same cached error", async () => {
    const file = await workbook("cached-error.xlsx", (ws) => {
      ws.getCell("A1").value = { formula: "DEPIN.AKT_TAKE_FEE(1000,5)", result: { error: "#VALUE!" } } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell("A2").value = { formula: "DEPIN.AKT_TAKE_FEE(1000,5)", result: { error: "#N/A" } } as unknown as ExcelJS.CellFormulaValue;
    });
    expect((await recalcXlsx(file)).cells.map((c) => c.status)).toEqual(["match", "error"]);
  });

  it("a value without a cached value is reported as not compared, and does not fail the run", async () => {
    const file = await workbook("no-cache.xlsx", (ws) => {
      ws.getCell("A1").value = { formula: "DEPIN.AKT_TAKE_FEE(1000,0.2)" } as ExcelJS.CellFormulaValue;
    });
    const r = run("recalc", file);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 DEPIN cells recalculated: 0 match, 0 differ, 0 errors, 1 without a cached value \(not compared\)/);
  });

  it.each([
    ["text", "this is not a workbook\n"],
    ["zip-like", "PK\u0003\u0004 truncated"],
    ["zip without a workbook", "zip"],
  ])("a %s file is one line on stderr and exit 2", (name, content) => {
    const file = path.join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
    // a valid zip archive that holds no workbook (exceljs reads it as a workbook without sheets)
    fs.writeFileSync(file, content === "zip" ? storedZip("notes.txt", "not a workbook") : content);
    const r = run("recalc", file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/is not a readable \.xlsx workbook/);
  });
});

describe("case files", () => {
  it("accept a UTF-8 byte-order mark", () => {
    const file = path.join(dir, "bom.json");
    fs.writeFileSync(file, `\uFEFF${JSON.stringify([{ id: "a", formula: "=DEPIN.AKT_TAKE_FEE(10,0.5)" }])}`);
    const r = run("cases", file);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: "a", value: 5 });
  });

  it("a 200,000-row name does not overflow the stack", () => {
    const long = Array.from({ length: 200_000 }, (_v, i) => [i % 7]);
    const out = runCases([{ id: "long", formula: "=DEPIN.AKT_TAKE_FEE(10,0.5)", names: { Long: long } }]);
    expect(out).toEqual([{ id: "long", value: 5 }]);
  });

  it("malformed names give a message naming the name, not a JavaScript error", () => {
    const out = runCases([
      { id: "scalar", formula: "=DEPIN.AKT_TAKE_FEE(10,0.5)", names: { W: 5 as never } },
      { id: "flat", formula: "=DEPIN.AKT_TAKE_FEE(10,0.5)", names: { W: [1, 2] as never } },
      { id: "object", formula: "=DEPIN.AKT_TAKE_FEE(10,0.5)", names: { W: [[{}]] } },
    ]);
    expect(out.map((o) => ("message" in o ? o.message : ""))).toEqual([
      expect.stringMatching(/^names\.W must be a 2-D array of cells .*; got number$/),
      expect.stringMatching(/^names\.W must be a 2-D array of cells .*; row 1 is number$/),
      expect.stringMatching(/^names\.W: the cell in row 1, column 1 is object/),
    ]);
    for (const o of out) expect("message" in o && o.message).not.toMatch(/is not a function|Cannot read|undefined/);
  });
});

describe("demo", () => {
  let r: ReturnType<typeof run>;
  beforeAll(() => {
    r = run("demo");
  });
  it("exits 0 and evaluates the in-repository reference cases (none skipped for a missing file)", () => {
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Reference cases \(.*test\/data\/cases\.public\.json\): \d+ cases, \d+ passed, \d+ failed/m);
    expect(r.stdout).not.toMatch(/not found|skipped|\.\.\/shared/);
  });
  it("prints numbers as an analyst reads them: units and display rounding", () => {
    // reference case IO-01: 4566.2100456621 IO, shown to the cent with a thousands separator
    expect(r.stdout).toMatch(/→ 4,566\.21 IO$/m);
    expect(r.stdout).toMatch(/uid 2 +100\.00 %/);
  });
  it("explains the Yuma example's arguments", () => {
    for (const arg of ["weights", "stake", "bonds_prev", "validator_permit", "output"]) expect(r.stdout).toMatch(new RegExp(`^ +${arg} `, "m"));
  });
  it("never tells the user to run a bare npx", () => {
    expect(r.stdout).not.toMatch(/\bnpx\b/);
  });
});

describe("the bin where dependencies are missing (e.g. npm ci --omit=dev)", () => {
  /** A copy of the package's bin/ and package.json in a folder with no node_modules above it. */
  function bare(name: string, withCompiledCli: boolean): string {
    const root = path.join(dir, name);
    fs.mkdirSync(path.join(root, "bin"), { recursive: true });
    for (const f of ["depin-calc.js", "build.js"]) fs.copyFileSync(path.join(ROOT, "bin", f), path.join(root, "bin", f));
    fs.copyFileSync(path.join(ROOT, "package.json"), path.join(root, "package.json"));
    if (withCompiledCli) {
      expect(run("--help").status).toBe(0); // makes sure lib/cli is built and current
      fs.mkdirSync(path.join(root, "lib/cli"), { recursive: true });
      fs.copyFileSync(path.join(ROOT, "lib/cli/depin-calc.js"), path.join(root, "lib/cli/depin-calc.js"));
    }
    return root;
  }
  const runIn = (root: string, ...args: string[]) => spawnSync(process.execPath, [path.join(root, "bin/depin-calc.js"), ...args], { encoding: "utf8", cwd: root });

  it("--version still answers", () => {
    const r = runIn(bare("version-only", false), "--version");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^depin-calc \d+\.\d+\.\d+/);
  });
  it("not compiled and no esbuild: says to run npm ci, exit 2", () => {
    const r = runIn(bare("no-build", false), "eval", "=1");
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/not compiled.*run `npm ci`/);
  });
  it("compiled but HyperFormula missing: names the package and what to install, exit 2", () => {
    const r = runIn(bare("no-deps", true), "eval", "=1");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/the package "[^"]+" is not installed.*npm ci/);
    expect(r.stderr).not.toMatch(/at Module|Require stack/);
  });
});
