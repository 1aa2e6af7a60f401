/**
 * Coercion of raw cell values (src/engine/core/coerce.ts) and the error boundary (src/functions/boundary.ts).
 * Expected values follow the rules written at the top of coerce.ts and SPEC §3.
 */
import { D } from "../../../src/engine/core/decimal";
import { DepinError } from "../../../src/engine/core/errors";
import * as coerce from "../../../src/engine/core/coerce";
import { type EngineCell, HostError, outMatrix, toHostError } from "../../../src/functions/boundary";
import { cellMatrix, cellNumber, cellValue } from "../../helpers/boundary";

type Err = { code: string; param: string; message?: RegExp };
const err = (code: string, param: string, message?: RegExp): Err => ({ code, param, ...(message ? { message } : {}) });

function expectResult<T>(compute: () => T, expected: T | Err): void {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected) && "code" in (expected as object)) {
    const e = expected as Err;
    let thrown: unknown;
    try {
      compute();
    } catch (x) {
      thrown = x;
    }
    expect(thrown).toBeInstanceOf(DepinError);
    const d = thrown as DepinError;
    expect({ code: d.code, param: d.param }).toEqual({ code: e.code, param: e.param });
    expect(d.message).toMatch(/^\[DEPIN\] /);
    if (e.message) expect(d.message).toMatch(e.message);
    return;
  }
  expect(compute()).toEqual(expected);
}

const hfError = { type: "DIV_BY_ZERO", value: "#DIV/0!", message: "" };
const excelError = { type: "Error", errorType: "Div0", basicValue: "#DIV/0!" };

describe("coerce.num", () => {
  it.each<[unknown, coerce.NumberRule, number | Err, string]>([
    [5, {}, 5, "plain number"],
    [-2.5, {}, -2.5, "negative"],
    ["5", {}, 5, "numeric text"],
    [" 1e3 ", {}, 1000, "numeric text with exponent and spaces"],
    ["-.5", {}, -0.5, "leading dot"],
    [true, {}, 1, "TRUE counts as 1"],
    [false, {}, 0, "FALSE counts as 0"],
    [[[7]], {}, 7, "1×1 range"],
    [[7], {}, 7, "1-element array"],
    [null, { default: 3 }, 3, "blank takes the default"],
    [undefined, { default: 3 }, 3, "undefined takes the default"],
    ["", { default: 3 }, 3, "empty text takes the default"],
    [[[null]], { default: 3 }, 3, "blank 1×1 range takes the default"],
    [null, {}, err("INVALID_ARG", "x", /x is required \(got blank\)/), "required"],
    ["abc", {}, err("INVALID_ARG", "x", /x must be a number \(got "abc"\)/), "text"],
    ["1,000", {}, err("INVALID_ARG", "x"), "thousands separators are not numbers"],
    ["Infinity", {}, err("INVALID_ARG", "x"), "Infinity text"],
    [NaN, {}, err("INVALID_ARG", "x", /finite/), "NaN"],
    [Infinity, {}, err("INVALID_ARG", "x", /finite/), "Infinity"],
    [hfError, {}, err("INVALID_ARG", "x", /error value \(got "#DIV\/0!"\)/), "HyperFormula CellError"],
    [excelError, {}, err("INVALID_ARG", "x", /error value \(got "#DIV\/0!"\)/), "Excel error cell value"],
    [{ code: "#N/A" }, {}, err("INVALID_ARG", "x", /#N\/A/), "CustomFunctions.Error-like"],
    [[[1, 2]], {}, err("INVALID_ARG", "x", /single cell \(got a 1×2 range\)/), "range where one value is expected"],
    [1.2, { min: 0, max: 1 }, err("OUT_OF_RANGE", "x", /^\[DEPIN\] x must be between 0 and 1 \(got 1\.2\)$/), "SPEC §3 wording"],
    [-1, { min: 0 }, err("OUT_OF_RANGE", "x", /x must be at least 0 \(got -1\)/), "at least"],
    [0, { gt: 0 }, err("OUT_OF_RANGE", "x", /x must be greater than 0 \(got 0\)/), "greater than"],
    [2, { max: 1 }, err("OUT_OF_RANGE", "x", /x must be at most 1 \(got 2\)/), "at most"],
    [0, { gt: 0, lt: 1 }, err("OUT_OF_RANGE", "x", /greater than 0 and less than 1/), "exclusive range"],
    [1.5, { gt: 0, max: 1 }, err("OUT_OF_RANGE", "x", /x must be greater than 0 and at most 1 \(got 1\.5\)/), "mixed bounds name both"],
    [1.5, { min: 0, integer: true }, err("INVALID_ARG", "x", /x must be a whole number at least 0 \(got 1\.5\)/), "integer"],
    ["1.2", { min: 0, max: 1 }, err("OUT_OF_RANGE", "x", /\(got "1\.2"\)/), "shows the value as typed"],
    [0.5, { min: 0, max: 1 }, 0.5, "in range"],
    [1, { min: 0, max: 1 }, 1, "bounds are inclusive"],
  ])("num(%p, %p) = %p  [%s]", (v, rule, expected) => expectResult(() => coerce.num("x", v, rule), expected));
});

describe("coerce.dec / optNum", () => {
  it.each<[unknown, string, string]>([
    [0.1, "0.1", "a double becomes its shortest decimal form"],
    [0.30000000000000004, "0.30000000000000004", "no silent rounding"],
    ["2.5", "2.5", "numeric text"],
    [1e21, "1000000000000000000000", "large"],
  ])("dec(%p) = %s  [%s]", (v, expected) => {
    expect(coerce.dec("x", v).eq(new D(expected))).toBe(true);
  });

  it.each<[unknown, number | undefined | Err, string]>([
    [null, undefined, "blank is undefined"],
    ["", undefined, "empty text is undefined"],
    [[[null]], undefined, "blank cell"],
    [4, 4, "a number"],
    [101, err("OUT_OF_RANGE", "x"), "checked against the rule"],
  ])("optNum(%p) = %p  [%s]", (v, expected) => expectResult(() => coerce.optNum("x", v, { max: 100 }), expected));
});

describe("coerce.bool", () => {
  it.each<[unknown, boolean | undefined, boolean | Err, string]>([
    [true, undefined, true, "TRUE"],
    [false, undefined, false, "FALSE"],
    [1, undefined, true, "1"],
    [0, undefined, false, "0"],
    ["true", undefined, true, "text, any case"],
    [" FALSE ", undefined, false, "text, trimmed"],
    [[[true]], undefined, true, "1×1 range"],
    [null, false, false, "blank takes the default"],
    [null, undefined, err("INVALID_ARG", "b", /required/), "required"],
    [2, undefined, err("INVALID_ARG", "b", /b must be TRUE or FALSE \(got 2\)/), "other numbers"],
    ["yes", undefined, err("INVALID_ARG", "b"), "other text"],
    [hfError, undefined, err("INVALID_ARG", "b", /error value/), "error value"],
  ])("bool(%p, %p) = %p  [%s]", (v, def, expected) => expectResult(() => coerce.bool("b", v, def), expected));
});

describe("coerce.text / choice", () => {
  it.each<[unknown, string | undefined, string | Err, string]>([
    ["uakt", undefined, "uakt", "text"],
    [12, undefined, "12", "number as text"],
    [true, undefined, "TRUE", "boolean as text"],
    [null, "uakt", "uakt", "blank takes the default"],
    ["   ", "uakt", "uakt", "whitespace is blank"],
    [[["ibc/x"]], undefined, "ibc/x", "1×1 range"],
    [null, undefined, err("INVALID_ARG", "t", /required/), "required"],
    [hfError, undefined, err("INVALID_ARG", "t", /#DIV\/0!/), "error value"],
  ])("text(%p, %p) = %p  [%s]", (v, def, expected) => expectResult(() => coerce.text("t", v, def), expected));

  const MODES = ["linear", "compounding"] as const;
  it.each<[unknown, string | Err, string]>([
    ["linear", "linear", "exact"],
    ["  COMPOUNDING ", "compounding", "case-insensitive, trimmed, canonical spelling"],
    [null, "linear", "blank takes the default"],
    ["", "linear", "empty text takes the default"],
    ["exp", err("UNKNOWN_REGIME", "model", /model must be one of "linear", "compounding" \(got "exp"\)/), "unknown value"],
    [3, err("UNKNOWN_REGIME", "model"), "a number is not an enumeration value"],
    [hfError, err("INVALID_ARG", "model", /error value/), "error value"],
  ])("choice(%p) = %p  [%s]", (v, expected) => expectResult(() => coerce.choice("model", v, MODES, "linear"), expected));
});

describe("coerce.grid / isBlankInput", () => {
  it.each<[unknown, unknown[][], string]>([
    [5, [[5]], "scalar"],
    [[[1, 2]], [[1, 2]], "row"],
    [[1, 2], [[1], [2]], "flat array read as a column"],
    [[], [], "empty"],
  ])("grid(%p) = %p  [%s]", (v, expected) => expect(coerce.grid(v)).toEqual(expected));

  it.each<[unknown, boolean, string]>([
    [null, true, "null"],
    ["", true, "empty text"],
    [[[null, ""], [undefined, null]], true, "all-blank range"],
    [[[null, 0]], false, "a zero is not blank"],
    [0, false, "zero"],
  ])("isBlankInput(%p) = %p  [%s]", (v, expected) => expect(coerce.isBlankInput(v)).toBe(expected));
});

describe("coerce.vector / boolVector / matrix", () => {
  it.each<[unknown, coerce.VectorRule, number[] | Err, string]>([
    [[[1, 2, 3]], {}, [1, 2, 3], "row"],
    [[[1], [2], [3]], {}, [1, 2, 3], "column"],
    [7, {}, [7], "single value"],
    [[[1, null, "3"]], {}, [1, 0, 3], "blank cells are 0, numeric text read"],
    [[[1, null]], { blank: 5 }, [1, 5], "custom blank value"],
    [[[true, false]], {}, [1, 0], "booleans"],
    [[[1, 2], [3, 4]], {}, err("INVALID_ARG", "v", /single row or a single column \(got a 2×2 range\)/), "matrix"],
    [[[1], [2, 3]], {}, err("INVALID_ARG", "v"), "ragged column"],
    [[[1, "x"]], {}, err("INVALID_ARG", "v", /"x"/), "text cell"],
    [[[1, hfError]], {}, err("INVALID_ARG", "v", /error value/), "error cell"],
    [[[0.5, 2]], { min: 0, max: 1 }, err("OUT_OF_RANGE", "v", /between 0 and 1 \(got 2\)/), "range rule per cell"],
    [[[1, 2, 3]], { maxLength: 2 }, err("OUT_OF_RANGE", "v", /at most 2/), "too many entries"],
  ])("vector(%p, %p) = %p  [%s]", (v, rule, expected) => expectResult(() => coerce.vector("v", v, rule), expected));

  it.each<[unknown, boolean[] | Err, string]>([
    [[[true, false, 1, 0]], [true, false, true, false], "row"],
    [[[true], ["FALSE"]], [true, false], "column with text"],
    [[[true, null]], [true, false], "blank cells take the default"],
    [[[true, 2]], err("INVALID_ARG", "bv"), "not a boolean"],
    [[[true, true], [true, true]], err("INVALID_ARG", "bv", /single row or a single column/), "matrix"],
  ])("boolVector(%p) = %p  [%s]", (v, expected) => expectResult(() => coerce.boolVector("bv", v), expected));

  it.each<[unknown, number[][] | Err, string]>([
    [[[1, 2], [3, 4]], [[1, 2], [3, 4]], "2×2"],
    [[[1, null], ["2", true]], [[1, 0], [2, 1]], "blank, text and booleans"],
    [5, [[5]], "scalar is 1×1"],
    [[[1, 2], [3]], err("INVALID_ARG", "m", /range or array constant/), "ragged rows"],
    [[[1, -1]], err("OUT_OF_RANGE", "m", /at least 0/), "rule per cell"],
  ])("matrix(%p) = %p  [%s]", (v, expected) => expectResult(() => coerce.matrix("m", v, { min: 0 }), expected));
});

// ---------------------------------------------------------------------------------------------------------
// boundary.ts

function thrownBy(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("boundary (outside Excel: HostError)", () => {
  it.each<[string, () => unknown, number | string | boolean | { code: string; message: string }]>([
    ["Decimal result", () => cellNumber("F", () => new D("0.1").plus("0.2")), 0.3],
    ["number result", () => cellNumber("F", () => 2), 2],
    ["-0 becomes 0", () => Object.is(cellNumber("F", () => new D("-0")), 0), true],
    ["text cell", () => cellValue("F", () => "ok"), "ok"],
    ["boolean cell", () => cellValue("F", () => false), false],
    [
      "DepinError → #VALUE! with its message",
      () => cellNumber("F", () => coerce.num("uptime", 1.2, { min: 0, max: 1 })),
      { code: "#VALUE!", message: "[DEPIN] uptime must be between 0 and 1 (got 1.2)" },
    ],
    [
      "NOT_AVAILABLE → #N/A",
      () =>
        cellNumber("F", () => {
          throw new DepinError("NOT_AVAILABLE", "netuid", null, "[DEPIN] no subnet is past immunity");
        }),
      { code: "#N/A", message: "[DEPIN] no subnet is past immunity" },
    ],
    ["NaN refused", () => cellNumber("F", () => NaN), { code: "#VALUE!", message: "[DEPIN] F produced a result that is not a finite number; check the inputs" }],
    ["Infinity refused", () => cellNumber("F", () => new D(10).pow(400)), { code: "#VALUE!", message: "[DEPIN] F produced a result that is not a finite number; check the inputs" }],
    ["NaN Decimal refused", () => cellNumber("F", () => new D(NaN)), { code: "#VALUE!", message: "[DEPIN] F produced a result that is not a finite number; check the inputs" }],
    [
      "unexpected exception → internal error",
      () =>
        cellNumber("AKT_X", () => {
          throw new TypeError("boom");
        }),
      { code: "#VALUE!", message: "[DEPIN] internal error in AKT_X" },
    ],
    [
      "undefined result → internal error",
      () => cellNumber("AKT_X", () => undefined as unknown as number),
      { code: "#VALUE!", message: "[DEPIN] internal error in AKT_X" },
    ],
  ])("%s", (_name, f, expected) => {
    if (typeof expected === "object") {
      const e = thrownBy(f);
      expect(e).toBeInstanceOf(HostError);
      expect({ code: (e as HostError).code, message: (e as HostError).message }).toEqual(expected);
    } else {
      expect(f()).toBe(expected);
    }
  });

  it.each<[string, () => unknown, unknown]>([
    ["table of cells", () => cellMatrix("T", () => [["a", new D(1)], ["b", 2]]), [["a", 1], ["b", 2]]],
    ["empty table → internal error", () => cellMatrix("T", () => []), { code: "#VALUE!", message: "[DEPIN] internal error in T" }],
    ["ragged table → internal error", () => cellMatrix("T", () => [["a", 1], ["b"]]), { code: "#VALUE!", message: "[DEPIN] internal error in T" }],
    [
      "non-finite cell fails the whole call",
      () => cellMatrix("T", () => [["a", NaN]]),
      { code: "#VALUE!", message: "[DEPIN] T produced a result that is not a finite number; check the inputs" },
    ],
  ])("cellMatrix: %s", (_name, f, expected) => {
    if (!Array.isArray(expected)) {
      const e = thrownBy(f);
      expect(e).toBeInstanceOf(HostError);
      expect({ code: (e as HostError).code, message: (e as HostError).message }).toEqual(expected);
    } else {
      expect(f()).toEqual(expected);
    }
  });

  it("outMatrix passes host-ready rows through and converts the others without touching the engine's table", () => {
    const ready: EngineCell[] = [1, "x", true];
    const engine: EngineCell[][] = [ready, [new D("2.5"), null, -0], [3, -0, "y"]];
    const out = outMatrix("T", engine);
    expect(out).toEqual([[1, "x", true], [2.5, "", 0], [3, 0, "y"]]);
    expect(out[0]).toBe(ready); // no copy of a row that needs none
    expect(Object.is(out[2]![1], 0)).toBe(true); // −0 shown as 0
    expect(engine[1]![0]).toBeInstanceOf(D); // the input is not converted in place
    expect(Object.is(engine[2]![1], -0)).toBe(true);
    const numeric = [[1, 2], [3, 4]];
    expect(outMatrix("T", numeric)).toBe(numeric); // a table that needs nothing is passed on as it is
  });

  it("toHostError passes a HostError through", () => {
    const e = toHostError("F", new HostError("#N/A", "[DEPIN] gone"));
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).code).toBe("#N/A");
  });
});

describe("boundary (in Excel: CustomFunctions.Error)", () => {
  class StubError extends Error {
    constructor(
      readonly code: string,
      message?: string
    ) {
      super(message);
    }
  }
  const g = globalThis as Record<string, unknown>;
  beforeAll(() => {
    g.CustomFunctions = { Error: StubError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
  });
  afterAll(() => {
    delete g.CustomFunctions;
  });

  it.each<[string, () => unknown, string, string]>([
    ["DepinError", () => cellNumber("F", () => coerce.num("x", "abc")), "#VALUE!", '[DEPIN] x must be a number (got "abc")'],
    [
      "NOT_AVAILABLE",
      () =>
        cellValue("F", () => {
          throw new DepinError("NOT_AVAILABLE", "x", null, "[DEPIN] none");
        }),
      "#N/A",
      "[DEPIN] none",
    ],
    ["non-finite result", () => cellNumber("F", () => Infinity), "#VALUE!", "[DEPIN] F produced a result that is not a finite number; check the inputs"],
    [
      "internal error",
      () =>
        cellMatrix("F", () => {
          throw new Error("x");
        }),
      "#VALUE!",
      "[DEPIN] internal error in F",
    ],
  ])("%s throws CustomFunctions.Error", (_name, f, code, message) => {
    const e = thrownBy(f);
    expect(e).toBeInstanceOf(StubError);
    expect({ code: (e as StubError).code, message: (e as StubError).message }).toEqual({ code, message });
  });
});
