/** Naming scheme and the formula scanner. */
import { baseDefinedName, definedNamesFor, sanitizeSheetName, uniqueSheetName, columnLetter } from "../../src/taskpane/naming";
import { formulaProblems, renameKeys, tokenize } from "../../src/presets/formula";
import { textCell } from "../../src/taskpane/layout";

describe("naming", () => {
  it.each([
    ["io", "supplierShare", "io_SupplierShare"],
    ["clore", "pohDailyPool", "clore_PohDailyPool"],
    ["bittensor", "ownerCut", "tao_OwnerCut"],
    ["akash", "takeRateUakt", "akt_TakeRateUakt"],
  ] as const)("%s %s → %s", (net, key, name) => expect(baseDefinedName(net, key)).toBe(name));

  it("unique sheet names: case-insensitive, (2), (3), within 31 characters", () => {
    expect(uniqueSheetName("io-net-docs-current", ["Sheet1"])).toBe("io-net-docs-current");
    expect(uniqueSheetName("io-net-docs-current", ["IO-NET-DOCS-CURRENT"])).toBe("io-net-docs-current (2)");
    expect(uniqueSheetName("x", ["x", "x (2)"])).toBe("x (3)");
    const long = "a".repeat(40);
    expect(uniqueSheetName(long, [])).toHaveLength(31);
    expect(uniqueSheetName(long, ["a".repeat(31)])).toBe("a".repeat(27) + " (2)");
    expect(sanitizeSheetName("a/b:c*[d]?")).toBe("a-b-c--d--");
    expect(sanitizeSheetName("history")).toBe("History sheet");
  });

  it("names share one suffix, the first free for all of them", () => {
    expect(definedNamesFor("io", ["a", "b"], []).suffix).toBe("");
    const r = definedNamesFor("io", ["a", "b"], ["IO_B", "io_A_2"]);
    expect(r.suffix).toBe("_3");
    expect([...r.names.values()]).toEqual(["io_A_3", "io_B_3"]);
  });

  it("column letters", () => expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]));
  it("text cells that look like formulas get an apostrophe", () => expect(["=1", "+1", "-x", "@a", "ok"].map(textCell)).toEqual(["'=1", "'+1", "'-x", "'@a", "ok"]));
});

describe("formula scanner", () => {
  const keys = new Set(["capexUsd", "uptime"]);
  it("renames keys, not functions, strings or booleans", () => {
    expect(renameKeys('=DEPIN.IO_AVAIL_REWARD(capexUsd, uptime, , , "uptime") + IF(TRUE, uptime, 0)', (k) => (keys.has(k) ? `io_${k}` : undefined))).toBe(
      '=DEPIN.IO_AVAIL_REWARD(io_capexUsd, io_uptime, , , "uptime") + IF(TRUE, io_uptime, 0)'
    );
  });
  it("strings with doubled quotes stay one token", () => expect(tokenize('"a""b"&x').map((t) => t.kind)).toEqual(["string", "other", "ident"]));
  it.each([
    ["=DEPIN.IO_EMITTED(8760)", []],
    ["=capexUsd/uptime", []],
    ["=INDEX(DEPIN.TAO_EMISSION_SPLIT(1), 2, 2)", []],
    ['=WEBSERVICE("x")', ["calls WEBSERVICE, which is neither a DEPIN function nor an allowed Excel function"]],
    ["=Sheet1!A1", ["uses Sheet1, which is not a parameter key of this sheet", 'contains "!" (sheet, external or structured references are not allowed)', "refers to the cell A1; use parameter names instead"]],
    ["=foo+1", ["uses foo, which is not a parameter key of this sheet"]],
  ] as const)("%s", (f, problems) => expect(formulaProblems(f, keys)).toEqual(problems));
});
