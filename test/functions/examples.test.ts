/**
 * Every declared function's documented example (the `doc.example` of its table entry) is evaluated by the
 * headless evaluator, exactly as a user would type it, and must give the documented result: a scalar
 * (numbers within the example's tolerance, relative 1e-9 by default; text and booleans exactly) or the
 * documented spilled table (same shape; a `null` cell in the documentation is not checked).
 */
import type { FunctionDecl } from "../../src/engine/core/decl";
import { FUNCTIONS } from "../../src/engine/functions";
import { evaluateFormula } from "../../src/headless/evaluator";

function close(actual: unknown, expected: string | number | boolean, tol: number): boolean {
  if (typeof expected === "boolean" || typeof actual === "boolean") return actual === expected;
  const e = typeof expected === "number" ? expected : Number(expected.replace(/,/g, ""));
  if (typeof actual === "number" && typeof expected === "string" && !Number.isFinite(e)) return false;
  if (typeof actual === "number") return Math.abs(actual - e) <= tol * Math.max(1, Math.abs(e));
  return actual === expected;
}

function check(d: FunctionDecl): void {
  const ex = d.doc.example;
  const tol = ex.tolerance ?? 1e-9;
  const r = evaluateFormula(ex.formula);
  if ("error" in r) throw new Error(`${ex.formula} gave ${r.error} ${r.message}`);
  if (typeof ex.result === "string") {
    const v = Array.isArray(r.value) && r.value.length === 1 && r.value[0]!.length === 1 ? r.value[0]![0] : r.value;
    if (!close(v, ex.result, tol)) throw new Error(`${ex.formula} gave ${JSON.stringify(r.value)}, documented ${ex.result}`);
    return;
  }
  const got = Array.isArray(r.value) ? r.value : [[r.value]];
  const want = ex.result;
  expect(got.length).toBe(want.length);
  want.forEach((row, i) => {
    expect(got[i]!.length).toBe(row.length);
    row.forEach((cell, j) => {
      if (cell === null) return;
      if (!close(got[i]![j], cell, tol)) throw new Error(`${ex.formula} cell (${i + 1},${j + 1}) gave ${JSON.stringify(got[i]![j])}, documented ${JSON.stringify(cell)}`);
    });
  });
}

describe("documented examples", () => {
  it("every declared function has one that calls the function itself", () => {
    for (const d of FUNCTIONS) expect(d.doc.example.formula).toMatch(new RegExp(`^=DEPIN\\.${d.id}\\(`));
  });
  it.each(FUNCTIONS.map((d) => [d.id, d] as const))("%s", (_id, d) => check(d));
});
