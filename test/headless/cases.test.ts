/**
 * Every reference case (test/data/cases.public.json, the in-repository copy of the project's reference set)
 * through the headless evaluator (in process) and through the real `depin-calc cases` CLI. Expected values
 * were computed independently of this code (each case's "source" says how). Cases whose function is not
 * implemented are listed as pending by name (none should remain).
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { type Case, type CaseOutput, matchesExpected, runCases } from "../../src/headless/evaluator";
import { registeredIds } from "../../src/headless/plugin";
import { CASES_FILE, loadCases } from "../helpers/cases";

const ROOT = path.resolve(__dirname, "../..");
const CASES = CASES_FILE;
const cases: Case[] = loadCases();
const known = new Set(registeredIds());

function pendingFunctions(c: Case): string[] {
  return [...c.formula.matchAll(/DEPIN\.([A-Z0-9_]+)\s*\(/gi)].map((m) => m[1]!.toUpperCase()).filter((id) => !known.has(id));
}

const implemented = cases.filter((c) => pendingFunctions(c).length === 0);
const pending = cases.filter((c) => pendingFunctions(c).length > 0);

describe("reference cases", () => {
  it("the case file is there and non-empty", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it("reports pending cases by name", () => {
    const names = [...new Set(pending.flatMap(pendingFunctions))];
    console.log(`reference cases: ${implemented.length} implemented, ${pending.length} pending${names.length ? ` (${names.join(", ")})` : ""}`);
    expect(pending.map((c) => c.id)).toEqual([]);
  });

  describe("through the evaluator", () => {
    const outputs = runCases(implemented);
    it.each(implemented.map((c, i) => [c.id, c, outputs[i]!] as const))("%s", (_id, c, out) => {
      if (!matchesExpected(out, c.expected, c.tolerance ?? 0)) {
        throw new Error(`${c.formula}\nexpected ${JSON.stringify(c.expected)} ± ${c.tolerance}\ngot ${JSON.stringify(out)}`);
      }
    });
  });

  describe("through `depin-calc cases`", () => {
    let lines: CaseOutput[] = [];
    beforeAll(() => {
      const stdout = execFileSync(process.execPath, [path.join(ROOT, "bin/depin-calc.js"), "cases", CASES], { encoding: "utf8", maxBuffer: 64 << 20 });
      lines = stdout.trim().split("\n").map((l) => JSON.parse(l) as CaseOutput);
    });
    it("prints one JSON line per case, in order", () => {
      expect(lines.map((l) => l.id)).toEqual(cases.map((c) => c.id));
    });
    it("every implemented case matches its expected value", () => {
      const byId = new Map(lines.map((l) => [l.id, l]));
      const wrong = implemented.filter((c) => !matchesExpected(byId.get(c.id)!, c.expected, c.tolerance ?? 0)).map((c) => c.id);
      expect(wrong).toEqual([]);
    });
  });
});
