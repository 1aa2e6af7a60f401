/**
 * Function browser: catalog search and skeletons; inserting into the selected cell, tested with
 * office-addin-mock (load/sync discipline: reading before sync fails in the mock).
 */
import { OfficeMockObject } from "office-addin-mock";
import { insertFormula } from "../../src/taskpane/workbook";
import { defaultOf, formulaSkeleton, functionEntries, searchFunctions } from "../../src/taskpane/functions-catalog";

function mockHost(content: string) {
  // The selected cell lives inside the context's object tree, so context.sync() syncs what was loaded.
  const context = new OfficeMockObject({
    workbook: {
      selected: {
        address: "Sheet1!B2",
        formulas: [[content]],
        getCell() {
          return this;
        },
        select() {
          return undefined;
        },
      },
      getSelectedRange() {
        return this.selected;
      },
    },
  }) as any;
  (globalThis as any).Excel = { run: async (cb: (c: unknown) => Promise<unknown>) => cb(context) };
  return context.workbook.selected as { formulas: unknown[][] };
}

describe("insert a formula skeleton (office-addin-mock)", () => {
  it("writes into an empty cell", async () => {
    const cell = mockHost("");
    await expect(insertFormula("=DEPIN.AKT_MAX_SUPPLY()")).resolves.toEqual({ status: "inserted", address: "Sheet1!B2" });
    expect(cell.formulas).toEqual([["=DEPIN.AKT_MAX_SUPPLY()"]]);
  });
  it("does not overwrite a non-empty cell without confirmation", async () => {
    const cell = mockHost("=SUM(A1:A3)");
    await expect(insertFormula("=DEPIN.AKT_MAX_SUPPLY()")).resolves.toEqual({ status: "occupied", address: "Sheet1!B2", content: "=SUM(A1:A3)" });
    expect(cell.formulas).toEqual([["=SUM(A1:A3)"]]);
  });
  it("overwrites after confirmation", async () => {
    const cell = mockHost("42");
    await expect(insertFormula("=DEPIN.AKT_MAX_SUPPLY()", true)).resolves.toEqual({ status: "inserted", address: "Sheet1!B2" });
    expect(cell.formulas).toEqual([["=DEPIN.AKT_MAX_SUPPLY()"]]);
  });
});

describe("function catalog", () => {
  it("lists every function of functions.generated.json with its parameters", () => {
    const all = functionEntries();
    expect(all.length).toBeGreaterThan(10);
    const supply = all.find((e) => e.id === "AKT_SUPPLY")!;
    expect(supply.params.map((p) => [p.name, p.optional])).toEqual([
      ["years", false],
      ["initial_supply", true],
      ["initial_inflation", true],
      ["half_life_years", true],
      ["model", true],
    ]);
    expect(formulaSkeleton(supply)).toBe("=DEPIN.AKT_SUPPLY(years)");
    expect(supply.doc?.source).toBeTruthy();
  });
  it("searches ids, descriptions and argument names (all words)", () => {
    expect(searchFunctions("akt supply").map((e) => e.id)).toEqual(expect.arrayContaining(["AKT_SUPPLY", "AKT_MAX_SUPPLY"]));
    expect(searchFunctions("DEPIN.TAO_YUMA").map((e) => e.id)).toEqual(["TAO_YUMA"]);
    expect(searchFunctions("zzzz-nothing")).toEqual([]);
    expect(searchFunctions("").length).toBe(functionEntries().length);
  });
  it("shows each default as declared, rendered from the provenance record (not parsed from prose)", () => {
    const take = functionEntries().find((e) => e.id === "AKT_TAKE_FEE")!;
    const discount = take.params.find((p) => p.name === "discount")!;
    expect(defaultOf(discount)).toBe("0");
    expect(discount.valid).toBe("0 to 1");
    expect(defaultOf(take.params.find((p) => p.name === "amount")!)).toBe("");
  });
});
