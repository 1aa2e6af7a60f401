/**
 * The HyperFormula plugin's calling convention (src/headless/plugin.ts): each formula reaches the same bound
 * declaration Excel's adapter calls, with Excel's argument rules, and gives the value or the error (code and
 * message) the adapter gives in Excel. Covers both evaluation paths: functions of up to six arguments
 * (no argument array) and longer ones (AKT_MINT_INFLATION, 7; AKT_DECAY_INFLATION, 9).
 */
import fc from "fast-check";
import { DetailedCellError, type RawCellContent } from "hyperformula";
import * as adapters from "../../src/functions";
import { HostError } from "../../src/functions/boundary";
import { createEngine, evaluateFormula } from "../../src/headless/evaluator";
import { adapterName } from "../../src/functions/naming";
import { METADATA } from "../../src/headless/plugin";

type Raw = number | string | boolean | null;

/** A raw argument as a formula literal (null: the argument is omitted, `=F(1,,2)`). */
function literal(v: Raw): string {
  if (v === null) return "";
  if (typeof v === "string") return `"${v}"`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** What Excel's adapter gives for these raw values: a value, or the error code and message of the cell. */
function viaAdapter(id: string, args: Raw[]): { value: unknown } | { error: string; message: string } {
  const fn = (adapters as unknown as Record<string, (...a: unknown[]) => unknown>)[adapterName(id)]!;
  try {
    return { value: fn(...args) };
  } catch (e) {
    if (e instanceof HostError) return { error: e.code, message: e.message };
    throw e;
  }
}

describe("arguments", () => {
  it("an omitted or blank argument takes the documented default (AKT_TAKE_FEE discount: 0)", () => {
    // docs/functions.md: discount defaults to 0, so the fee is amount × take_rate = 500 × 0.2.
    for (const f of ["=DEPIN.AKT_TAKE_FEE(500,0.2)", "=DEPIN.AKT_TAKE_FEE(500,0.2,)", "=DEPIN.AKT_TAKE_FEE(500,0.2,Z99)"]) {
      expect(evaluateFormula(f)).toEqual({ value: 100 });
    }
  });
  it("a blank required argument is the engine's 'is required' error, not 0", () => {
    expect(evaluateFormula("=DEPIN.AKT_TAKE_FEE(Z99,0.2)")).toEqual({ error: "#VALUE!", message: "[DEPIN] amount is required (got blank)" });
    expect(evaluateFormula("=DEPIN.AKT_TAKE_FEE(,0.2)")).toEqual({ error: "#VALUE!", message: "[DEPIN] amount is required (got blank)" });
  });
  it("a percentage, TRUE and numeric text are numbers, as in Excel's arithmetic", () => {
    expect(evaluateFormula("=DEPIN.AKT_TAKE_FEE(1000,20%)")).toEqual({ value: 200 }); // 1000 × 0.2
    expect(evaluateFormula("=DEPIN.AKT_TAKE_FEE(1000,TRUE)")).toEqual({ value: 1000 }); // 1000 × 1
    expect(evaluateFormula('=DEPIN.AKT_TAKE_FEE(" 1000 ",0.2)')).toEqual({ value: 200 });
  });
  it("a 1×1 range is its value; a larger range where one value is expected is an error naming the argument", () => {
    expect(evaluateFormula("=DEPIN.AKT_TAKE_FEE(X,0.2)", { X: [[1000]] })).toEqual({ value: 200 });
    const r = evaluateFormula("=DEPIN.AKT_TAKE_FEE(X,0.2)", { X: [[1000], [2000]] });
    expect(r).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^\[DEPIN\] amount must be a single cell/) });
  });
});

describe("errors", () => {
  it("the first error argument, left to right, is the result", () => {
    expect(evaluateFormula("=DEPIN.AKT_TAKE_FEE(NA(),1/0)")).toMatchObject({ error: "#N/A" });
    expect(evaluateFormula("=DEPIN.AKT_TAKE_FEE(1000,1/0,NA())")).toMatchObject({ error: "#DIV/0!" });
    expect(evaluateFormula("=DEPIN.AKT_MINT_INFLATION(0.1,0.5,0.67,1,0.07,0.2,1/0)")).toMatchObject({ error: "#DIV/0!" });
  });
  it.each([
    ["=DEPIN.AKT_TAKE_FEE(1)", "DEPIN.AKT_TAKE_FEE takes 2 to 3."],
    ["=DEPIN.AKT_TAKE_FEE(1,0.2,0,4)", "DEPIN.AKT_TAKE_FEE takes 2 to 3."],
    ["=DEPIN.AKT_MINT_INFLATION(0.1)", "DEPIN.AKT_MINT_INFLATION takes 2 to 7."],
    ["=DEPIN.AKT_MINT_INFLATION(1,2,3,4,5,6,7,8)", "DEPIN.AKT_MINT_INFLATION takes 2 to 7."],
  ])("a wrong number of arguments is #N/A: %s", (f, tail) => {
    expect(evaluateFormula(f)).toEqual({ error: "#N/A", message: `Wrong number of arguments: ${tail}` });
  });
  it("an exception that is not a documented error is #VALUE! naming the function, never the JavaScript message", () => {
    jest.isolateModules(() => {
      jest.doMock("../../src/functions/runtime", () => {
        const actual = jest.requireActual<typeof import("../../src/functions/runtime")>("../../src/functions/runtime");
        const broken = (): never => {
          throw new TypeError("x.map is not a function");
        };
        return { ...actual, hostFunction: (id: string) => (id === "AKT_TAKE_FEE" || id === "AKT_DECAY_INFLATION" ? broken : actual.hostFunction(id)) };
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const isolated = require("../../src/headless/evaluator") as typeof import("../../src/headless/evaluator");
      // src/functions/boundary.ts: anything else becomes #VALUE! "[DEPIN] internal error in <FUNCTION>", as the adapter throws it.
      expect(isolated.evaluateFormula("=DEPIN.AKT_TAKE_FEE(1000,0.2)")).toEqual({ error: "#VALUE!", message: "[DEPIN] internal error in AKT_TAKE_FEE" });
      expect(isolated.evaluateFormula("=DEPIN.AKT_DECAY_INFLATION(1,0.1,0.5)")).toEqual({ error: "#VALUE!", message: "[DEPIN] internal error in AKT_DECAY_INFLATION" });
    });
  });
});

describe("the same value or error as Excel's adapter", () => {
  // Raw values a cell or a literal can hold: in-range and out-of-range numbers, numeric and other text, booleans, blanks.
  const raw: fc.Arbitrary<Raw> = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -200, max: 20000 }).map((n) => n / 100),
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.constantFrom("12.5", "abc", "on-demand", "spot", "CLORE", "usd", "btc", "current", "legacy"),
    fc.boolean()
  );
  const ids = ["AKT_TAKE_FEE", "AKT_PROVIDER_FEE", "CLORE_HOST_PAYOUT", "TAO_POOL_SWAP", "AKT_MINT_INFLATION", "AKT_DECAY_INFLATION"];
  it.each(ids)("%s", (id) => {
    const meta = METADATA.find((f) => f.id === id)!;
    const arity = meta.parameters.length;
    const required = meta.parameters.filter((p) => !p.optional).length;
    fc.assert(
      fc.property(fc.array(raw, { minLength: arity, maxLength: arity }), fc.integer({ min: required, max: arity }), (values, given) => {
        const args = values.map((v, i) => (i < given ? v : null)); // arguments past `given` are left out of the formula
        // `=F()` has no argument at all, so a single blank argument is written as an empty cell.
        const text = given === 1 && args[0] === null ? "Z99" : args.slice(0, given).map(literal).join(",");
        const formula = `=DEPIN.${id}(${text})`;
        const expected = viaAdapter(id, args);
        const got = evaluateFormula(formula);
        if ("error" in expected) expect(got).toEqual(expected);
        else expect(got).toEqual({ value: expected.value });
      }),
      { numRuns: 150 }
    );
  });
});

describe("cell references read as HyperFormula reads them", () => {
  // Every kind of cell a reference can point at, on the formula's sheet and on another one, through every
  // reference form: the function gets what HyperFormula's public API says the cell holds (a number, text,
  // a boolean, blank, or an error that becomes the result), so its result is the adapter's for that value.
  const contents: unknown[] = [1000, -250.5, 0, 1e-300, 1.7976931348623157e308, "12.5", "abc", true, false, null, "=4*250", "=1/0", "=NA()", "20%", "=SEQUENCE(2)", "=1000+0.5"];
  it.each(["A", "$A", "A$", "$A$", "Data!A", "Sheet1!A"])("%s<row>", (form) => {
    const hf = createEngine();
    try {
      const sheet = hf.getSheetId(hf.addSheet("Sheet1"))!;
      const data = hf.getSheetId(hf.addSheet("Data"))!;
      const rows = contents.map((c) => [c] as RawCellContent[]);
      hf.setCellContents({ sheet: data, row: 0, col: 0 }, rows);
      hf.setCellContents({ sheet, row: 0, col: 0 }, rows);
      const ref = (r: number) => `${form}${r + 1}`;
      hf.setCellContents({ sheet, row: 0, col: 2 }, contents.map((_c, r) => [`=DEPIN.AKT_TAKE_FEE(${ref(r)},1)`]));
      for (let r = 0; r < contents.length; r++) {
        const at = form.startsWith("Data") ? { sheet: data, row: r, col: 0 } : { sheet, row: r, col: 0 };
        const cell = hf.getCellValue(at);
        const got = hf.getCellValue({ sheet, row: r, col: 2 });
        if (cell instanceof DetailedCellError) {
          expect(got).toMatchObject({ type: cell.type });
          continue;
        }
        const expected = viaAdapter("AKT_TAKE_FEE", [cell as Raw, 1, null]);
        if ("error" in expected) expect(got).toMatchObject({ value: expected.error, message: expected.message });
        else expect(got).toBe(expected.value);
      }
    } finally {
      hf.destroy();
    }
  });
});
