/**
 * SPEC §6 reference cases through the custom-function adapters directly (no spreadsheet engine): the
 * adapters as Excel calls them. Expected values come from test/data/cases.public.json, computed independently of
 * this code. test/headless/cases.test.ts runs the same file through HyperFormula and `depin-calc cases`.
 */
import { CASES_FILE, compare, evaluate, loadCases } from "../helpers/cases";

const cases = loadCases();

describe(`reference cases through the adapters (${CASES_FILE})`, () => {
  it("the case file is there", () => expect(cases.length).toBeGreaterThan(0));
  it("covers every network", () => {
    for (const net of ["IO_", "CLORE_", "TAO_", "AKT_"]) expect(cases.some((c) => c.formula.includes(`DEPIN.${net}`))).toBe(true);
  });
  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    expect(compare(evaluate(c), c.expected, c.tolerance)).toBeNull();
  });
});
