/** The headless evaluator's host behaviour: blanks, errors, names into spills, metadata-driven registration. */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import metadata from "../../src/functions/functions.generated.json";
import { evaluateFormula } from "../../src/headless/evaluator";
import { registeredIds } from "../../src/headless/plugin";
import { normaliseFormula, recalcXlsx } from "../../src/headless/xlsx";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "bin/depin-calc.js");

const value = (f: string, names?: Record<string, unknown[][]>) => {
  const r = evaluateFormula(f, names);
  if ("error" in r) throw new Error(`${f}: ${r.error} ${r.message}`);
  return r.value;
};

describe("registration", () => {
  it("registers exactly the ids of the generated metadata", () => {
    expect(registeredIds()).toEqual((metadata as { functions: { id: string }[] }).functions.map((f) => f.id));
  });
  it("accepts lower-case calls", () => {
    expect(value("=depin.akt_take_fee(1000,0.2)")).toBe(200);
  });
});

describe("blank arguments take the documented default (docs/functions.md), as in Excel", () => {
  // AKT_SUPPLY compounding with defaults: M0·exp(I0·λ/ln2·(1 − 2^(−1/2))) with I0 = ln2/λ·ln(1 + λ/ln2), λ = 2
  const lambda = 2;
  const i0 = (Math.LN2 / lambda) * Math.log(1 + lambda / Math.LN2);
  const expected = 1e8 * Math.exp(((i0 * lambda) / Math.LN2) * (1 - 2 ** (-1 / lambda)));
  it.each([
    ['=DEPIN.AKT_SUPPLY(1,,,,"compounding")', expected],
    ['=DEPIN.AKT_SUPPLY(1,B1,B2,B3,"compounding")', expected], // empty cells
  ])("%s", (f, want) => {
    expect(value(f) as number).toBeCloseTo(want, 4);
  });
  it("a trailing omitted argument is the default too", () => {
    expect(value("=DEPIN.AKT_TAKE_FEE(500,0.2)")).toBe(100);
    expect(value("=DEPIN.AKT_TAKE_FEE(500,0.2,)")).toBe(100);
  });
});

describe("errors", () => {
  it("bad input is #VALUE! with the engine's message", () => {
    expect(evaluateFormula("=DEPIN.AKT_TAKE_FEE(1000,1.2)")).toEqual({ error: "#VALUE!", message: "[DEPIN] take_rate must be between 0 and 1 (got 1.2)" });
  });
  it("an error argument propagates before the function runs", () => {
    expect(evaluateFormula("=DEPIN.AKT_TAKE_FEE(1/0,0.2)")).toMatchObject({ error: "#DIV/0!" });
  });
  it("an unknown function is #NAME?", () => {
    expect(evaluateFormula("=DEPIN.NOPE(1)")).toMatchObject({ error: "#NAME?" });
  });
  it("a non-existent result is #N/A with a message", () => {
    const r = evaluateFormula("=DEPIN.TAO_SUBNET_TO_PRUNE({1;2},{100;100},110)");
    expect(r).toMatchObject({ error: "#N/A" });
    expect((r as { message: string }).message).toMatch(/^\[DEPIN\]/);
  });
});

describe("spilled results", () => {
  it("a table spills with its header row", () => {
    const v = value("=DEPIN.IO_EMISSION_SCHEDULE(2)") as unknown[][];
    expect(v.length).toBe(3);
    expect(v[0]).toEqual(["period", "emitted", "cumulative", "total supply", "rate at start"]);
  });
  it("defined names feed a spilling function (HyperFormula #1533 workaround), with blank optional arguments", () => {
    // Yuma split_majority_minority example (an independent derivation): stake 600/400, uid0 weights miner 2,
    // uid1 weights miner 3; kappa ≈ 0.5, so only uid 2 (backed by 60 % of the stake) keeps consensus.
    const names = {
      Weights: [
        [0, 0, 2, 0],
        [0, 0, 0, 3],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
      ],
      Stake: [[600], [400], [0], [0]],
      Permits: [[true], [true], [false], [false]],
      Settings: [
        ["kappa", 32767 / 65535],
        ["yuma", "yuma"],
      ],
    };
    expect(value('=DEPIN.TAO_YUMA(Weights,Stake,,Permits,,Settings,"consensus")', names)).toEqual([[0], [0], [1], [0]]);
    expect(value('=DEPIN.TAO_YUMA(Weights,Stake,,Permits,,Settings,"miner_emission")', names)).toEqual([[0], [0], [0.5], [0]]);
  });
  it("a named single-column range works as a vector argument", () => {
    expect(value("=DEPIN.IO_MAX_STAKE(1000,Modifiers)", { Modifiers: [[0.1], [0.2], [0.05]] })).toBeCloseTo(3050, 9);
  });
});

describe("xlsx templates", () => {
  it("normalises Excel's stored custom-function names", () => {
    expect(normaliseFormula("_xldudf_DEPIN_IO_AVAIL_REWARD(B2,B3)")).toBe("=DEPIN.IO_AVAIL_REWARD(B2,B3)");
  });
  it("recalc compares every DEPIN cell with its cached value", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "depin-xlsx-"));
    const file = path.join(dir, "t.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Model");
    ws.getCell("A1").value = 1000;
    ws.getCell("A2").value = 0.2;
    ws.getCell("B1").value = { formula: "DEPIN.AKT_TAKE_FEE(A1,A2)", result: 200 } as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { formula: "_xldudf_DEPIN_AKT_TAKE_FEE(A1,Rate)", result: 200 } as ExcelJS.CellFormulaValue;
    ws.getCell("B3").value = { formula: "DEPIN.AKT_TAKE_FEE(A1,A2)", result: 999 } as ExcelJS.CellFormulaValue; // stale cache
    wb.definedNames.add("Model!$A$2", "Rate");
    await wb.xlsx.writeFile(file);
    const report = await recalcXlsx(file);
    expect(report.cells.map((c) => [c.address, c.status])).toEqual([
      ["B1", "match"],
      ["B2", "match"],
      ["B3", "differs"],
    ]);
    const cli = spawnSync(process.execPath, [CLI, "recalc", file], { encoding: "utf8" });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toMatch(/3 DEPIN cells recalculated: 2 match, 1 differ, 0 errors/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("the CLI", () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  it("eval prints a value and exits 0", () => {
    const r = run("eval", "=DEPIN.AKT_TAKE_FEE(1000,0.2,0.9)");
    expect([r.status, r.stdout.trim()]).toEqual([0, "20"]);
  });
  it("eval --json prints a spilled result as a 2-D array", () => {
    const r = run("eval", "=DEPIN.CLORE_REWARD_SPLIT(76084)", "--json");
    const v = JSON.parse(r.stdout) as unknown[][];
    expect(v.length).toBe(2);
    expect(v[0]![1]).toBeCloseTo(262.50573537, 8); // reference case CLR-03.split (test/data/cases.public.json)
  });
  it("eval of a bad input exits 1 with the message on stderr", () => {
    const r = run("eval", "=DEPIN.AKT_TAKE_FEE(1000,5)");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/#VALUE! \[DEPIN\] take_rate must be between 0 and 1 \(got 5\)/);
  });
  it("bad usage exits 2", () => {
    expect(run("frobnicate").status).toBe(2);
    expect(run("cases", "/nonexistent.json").status).toBe(2);
  });
  it("cases reports functions that do not exist as #NAME? and counts them as pending", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "depin-cases-"));
    const file = path.join(dir, "c.json");
    fs.writeFileSync(file, JSON.stringify([{ id: "a", formula: "=DEPIN.AKT_TAKE_FEE(10,0.5)" }, { id: "b", formula: "=DEPIN.NOT_YET(1)" }]));
    const r = run("cases", file);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual({ id: "a", value: 5 });
    expect(lines[1]).toMatchObject({ id: "b", error: "#NAME?" });
    expect(r.stderr).toMatch(/1 evaluated, 1 pending \(function not implemented: NOT_YET\)/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  it("presets lists the shipped presets and preset prints one", () => {
    const out = execFileSync(process.execPath, [CLI, "presets"], { encoding: "utf8" });
    for (const id of ["io-net-2024-06", "io-net-docs-current", "clore-legacy-2024", "clore-docs-current", "bittensor-pre-dtao", "bittensor-dtao", "akash-akt20-proposal", "akash-onchain-current"]) {
      expect(out).toContain(id);
    }
    expect(run("preset", "akash-onchain-current").status).toBe(0);
    expect(run("preset", "nope").status).toBe(2);
  });
  it("functions lists every function", () => {
    const out = execFileSync(process.execPath, [CLI, "functions"], { encoding: "utf8" });
    expect(out.trim().split("\n").length).toBe(registeredIds().length);
  });
});
