/** Formula text as typed in Excel: TRUE/FALSE literals, ';' separators, syntax and name messages. */
import { closestIds, editDistance, nameErrorMessage, separatorMessage, syntaxMessage, withBooleanFunctions } from "../../src/headless/formula-text";

describe("TRUE/FALSE literals become TRUE()/FALSE()", () => {
  it.each([
    ["=F(1,TRUE)", "=F(1,TRUE())"],
    ["=F(1,false)", "=F(1,FALSE())"],
    ["={TRUE;FALSE}", "={TRUE();FALSE()}"],
    ["={true,FALSE;1,2}", "={TRUE(),FALSE();1,2}"],
    ["=TRUE", "=TRUE()"],
    // left alone: calls, text, quoted sheet names, longer names, sheet prefixes
    ["=TRUE()", "=TRUE()"],
    ["=TRUE ()", "=TRUE ()"],
    ['=F("TRUE",1)', '=F("TRUE",1)'],
    ['=F("say ""TRUE""",1)', '=F("say ""TRUE""",1)'],
    ["='TRUE'!A1", "='TRUE'!A1"],
    ["=TRUE!A1", "=TRUE!A1"],
    ["=F(TRUEVALUE,FALSE_FLAG,MY.TRUE)", "=F(TRUEVALUE,FALSE_FLAG,MY.TRUE)"],
  ])("%s → %s", (typed, engine) => {
    expect(withBooleanFunctions(typed)).toBe(engine);
  });
});

describe("';' between arguments", () => {
  it("is named, with the formula written with commas", () => {
    const m = separatorMessage("=DEPIN.AKT_TAKE_FEE(1000;0.2)");
    expect(m).toMatch(/';' is not an argument separator/);
    expect(m).toMatch(/Write: =DEPIN\.AKT_TAKE_FEE\(1000,0\.2\)$/);
  });
  it("keeps the row separators of array constants", () => {
    expect(separatorMessage("=F({1;2};3)")).toMatch(/Write: =F\(\{1;2\},3\)$/);
    expect(separatorMessage("=F({1,2;3,4},5)")).toBeNull();
    expect(separatorMessage('=F("a;b",1)')).toBeNull();
  });
});

describe("syntax messages", () => {
  it.each([
    ['=F("abc)', /text argument is not closed/],
    ["=F(1,2", /1 opening and 0 closing parentheses/],
    ["=F({1,2)", /1 opening and 0 closing braces/],
    ["=F(1)+", /ends with "\+"/],
    ["=F(1 2)", /check the commas/],
    ["=", /^The formula is empty\.$/],
  ])("%s", (f, re) => {
    expect(syntaxMessage(f)).toMatch(re);
  });
});

describe("function names", () => {
  const ids = ["AKT_TAKE_FEE", "AKT_MAKE_FEE", "AKT_SUPPLY", "IO_EPOCH_EMISSION", "DEPIN_VERSION"];
  it("edit distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("AKT_TAKE_FE", "AKT_TAKE_FEE")).toBe(1);
  });
  it("a misspelled DEPIN name suggests the closest names, closest first", () => {
    expect(closestIds("AKT_TAKE_FE", ids)).toEqual(["AKT_TAKE_FEE", "AKT_MAKE_FEE"]);
    expect(nameErrorMessage("=DEPIN.IO_EPOCH_EMISION(1)", "Function name DEPIN.IO_EPOCH_EMISION not recognized.", ids)).toMatch(
      /DEPIN\.IO_EPOCH_EMISION does not exist\. Did you mean DEPIN\.IO_EPOCH_EMISSION\?/
    );
    expect(nameErrorMessage("=DEPIN.VERSION()", "Function name DEPIN.VERSION not recognized.", ids)).toMatch(/Did you mean DEPIN\.DEPIN_VERSION\?/);
  });
  it("a catalog name without DEPIN. says the namespace is missing", () => {
    expect(nameErrorMessage("=akt_take_fee(1000,0.2)", "Function name AKT_TAKE_FEE not recognized.", ids)).toMatch(
      /akt_take_fee is a DEPIN function: write DEPIN\.AKT_TAKE_FEE\(…\)/
    );
  });
  it("a namespace-less typo suggests DEPIN names; an unrelated name keeps a plain message", () => {
    expect(nameErrorMessage("=AKT_SUPPLYY(1)", "Function name AKT_SUPPLYY not recognized.", ids)).toMatch(/Did you mean DEPIN\.AKT_SUPPLY\?/);
    expect(nameErrorMessage("=QWERTY(1)", "Function name QWERTY not recognized.", ids)).toBe("Function QWERTY does not exist.");
    expect(nameErrorMessage("=Rate*2", "Named expression Rate not recognized.", ids)).toBe("Named expression Rate not recognized.");
  });
});
