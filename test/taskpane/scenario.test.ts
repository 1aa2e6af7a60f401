/** Scenario import validation (table), no partial sheet on failure, export round-trip. */
import { getPreset, type Preset } from "../../src/presets";
import { MAX_SCENARIO_BYTES, forbiddenKeyPaths, parseScenario, scenarioJson, toScenario } from "../../src/taskpane/scenario";
import { loadDocument, readParameterSheet } from "../../src/taskpane/workbook";
import { userWorkbook } from "./helpers";

const base = (): Preset => toScenario(getPreset("io-net-docs-current")!);
const json = (doc: unknown) => JSON.stringify(doc);
const edit = (f: (d: any) => void): string => {
  const d: any = base();
  f(d);
  return json(d);
};

type Row = [name: string, text: string, expected: "ok" | RegExp];
const TABLE: Row[] = [
  ["a good scenario", json(base()), "ok"],
  ["a shipped preset as is", json(getPreset("akash-akt20-proposal")), "ok"],
  ["a changed input within limits", edit((d) => (d.parameters.find((p: any) => p.key === "uptime").value = 0.9)), "ok"],
  ["not JSON", "{ nope", /not valid JSON/],
  ["empty", "   ", /empty/],
  ["an array", "[]", /one JSON object/],
  ["wrong schema version", edit((d) => (d.schemaVersion = 2)), /Schema version 2 is not supported/],
  ["wrong schema: missing field", edit((d) => delete d.parameters), /missing field "parameters"/],
  ["wrong schema: bad confidence", edit((d) => (d.parameters[0].confidence = "sure")), /\/parameters\/0\/confidence: must be one of "documented", "derived", "estimate"/],
  ["wrong schema: bad date", edit((d) => (d.asOf = "24/11/2026")), /\/asOf: must match pattern/],
  ["wrong schema: value is an object", edit((d) => (d.parameters[0].value = { x: 1 })), /\/parameters\/0\/value: must be a number, a string/],
  ["unknown top-level key", edit((d) => (d.colour = "blue")), /unknown field "colour"/],
  ["unknown parameter field", edit((d) => (d.parameters[1].colour = "blue")), /\/parameters\/1: unknown field "colour"/],
  ["unknown parameter key for the preset", edit((d) => d.parameters.push({ ...d.parameters[0], key: "bogusKey" })), /unknown parameter key "bogusKey" for preset io-net-docs-current/],
  ["out of range (own limits)", edit((d) => (d.parameters.find((p: any) => p.key === "uptime").value = 1.2)), /uptime\): value 1.2 is above the maximum 1/],
  ["out of range (the preset's limits, widened in the file)", edit((d) => Object.assign(d.parameters.find((p: any) => p.key === "uptime"), { value: 1.5, max: 2 })), /value 1.5 is above the maximum 1 of preset io-net-docs-current/],
  ["below minimum", edit((d) => (d.parameters.find((p: any) => p.key === "capexUsd").value = -5)), /capexUsd\): value -5 is below the minimum 0/],
  ["__proto__ key", json(base()).replace('"schemaVersion": 1', '"__proto__": {"polluted": true}, "schemaVersion": 1').replace('{"schemaVersion":1', '{"__proto__":{"polluted":true},"schemaVersion":1'), /Forbidden key "__proto__" at \(document\)/],
  ["nested constructor key", edit((d) => (d.parameters[0].constructor = { prototype: { x: 1 } })), /Forbidden key "constructor" at \/parameters\/0/],
  ["prototype key in the model", edit((d) => (d.model[0].prototype = 1)), /Forbidden key "prototype" at \/model\/0/],
  ["parameter key named constructor", edit((d) => (d.parameters[0].key = "constructor")), /\/parameters\/0\/key: must NOT be valid/],
  ["formula calling a non-DEPIN function", edit((d) => (d.model[0].formula = '=WEBSERVICE("http://x")')), /calls WEBSERVICE/],
  ["formula with a cell reference", edit((d) => (d.model[0].formula = "=DEPIN.IO_EMITTED(A1)")), /refers to the cell A1/],
  ["formula with an external reference", edit((d) => (d.model[0].formula = "=[Book1.xlsx]Sheet1!A1")), /sheet, external or structured references/],
  ["formula using an unknown name", edit((d) => (d.model[0].formula = "=DEPIN.IO_EMITTED(hours)")), /uses hours, which is not a parameter key/],
  ["network mismatch with basedOn", edit((d) => (d.network = "akash")), /network "akash" does not match preset io-net-docs-current/],
  ["chart axis that overflows to Infinity (issue 15 item 5b)", edit((d) => Object.assign(d.chart.x, { start: 1e308, step: 1e308 })), /\/chart\/x: the axis runs from 1e\+308 to Infinity \(start 1e\+308, step 1e\+308, count 17\): every x value must be a finite number/],
  ["chart axis that overflows downwards", edit((d) => Object.assign(d.chart.x, { start: -1.7e308, step: -1e307 })), /\/chart\/x: the axis runs from -1\.7e\+308 to -Infinity/],
  ["too many parameters", edit((d) => (d.parameters = Array.from({ length: 201 }, (_, i) => ({ ...d.parameters[0], key: `k${i}` })))), /\/parameters: must NOT have more than 200 items/],
];

describe("scenario import validation", () => {
  it.each(TABLE)("%s", (_name, text, expected) => {
    const r = parseScenario(text);
    if (expected === "ok") {
      expect(r.ok ? [] : r.errors).toEqual([]);
    } else {
      expect(r.ok).toBe(false);
      expect(r.ok ? "" : r.errors.join("\n")).toMatch(expected);
    }
  });

  it("rejects an oversize file by its byte size before parsing", () => {
    const r = parseScenario("{}", MAX_SCENARIO_BYTES + 1);
    expect(r).toEqual({ ok: false, errors: ["The file is 257 KB; scenario files are limited to 256 KB."] });
    const big = JSON.stringify({ ...base(), description: "x".repeat(MAX_SCENARIO_BYTES) });
    expect(parseScenario(big).ok).toBe(false);
  });

  it("JSON.parse keeps __proto__ as an own key; nothing is polluted", () => {
    const text = '{"__proto__": {"polluted": 1}, "a": [{"constructor": {"prototype": {"polluted": 1}}}]}';
    expect(forbiddenKeyPaths(JSON.parse(text))).toEqual(["/__proto__", "/a/0/constructor"]);
    parseScenario(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a missing parameter of the preset is a warning, not an error", () => {
    const r = parseScenario(edit((d) => d.parameters.splice(d.parameters.findIndex((p: any) => p.key === "unstakeDays"), 1)));
    expect(r.ok && r.warnings).toEqual(["Parameters of io-net-docs-current not in the file: unstakeDays."]);
  });

  it.each(TABLE.filter((r) => r[2] !== "ok"))("no sheet, name or cell is written for a rejected file: %s", async (_n, text) => {
    const book = userWorkbook();
    const before = book.dump();
    const r = parseScenario(text);
    if (r.ok) await loadDocument(r.doc); // the pane only loads ok results
    expect(book.dump()).toEqual(before);
    expect(book.runs).toBe(0);
  });
});

describe("export round-trip", () => {
  it.each(["io-net-docs-current", "io-net-2024-06", "clore-docs-current", "clore-legacy-2024", "bittensor-pre-dtao", "bittensor-dtao", "akash-akt20-proposal", "akash-onchain-current"])(
    "%s: load → read the sheet → export → import reproduces the document",
    async (id) => {
      userWorkbook();
      const preset = getPreset(id)!;
      const { plan } = await loadDocument(preset);
      const { parsed } = await readParameterSheet(plan.sheetName);
      const exported = toScenario(parsed!.doc);
      expect(exported).toEqual({ ...preset, kind: "scenario", basedOn: id });
      const text = scenarioJson(exported);
      const back = parseScenario(text);
      expect(back.ok ? back.doc : back.errors).toEqual(JSON.parse(text));
      // and an imported scenario loads again and exports the same
      const again = await loadDocument((back as { doc: Preset }).doc);
      const { parsed: parsed2 } = await readParameterSheet(again.plan.sheetName);
      expect(scenarioJson(toScenario(parsed2!.doc))).toBe(text);
    }
  );

  it("an edited value in the sheet is what the export carries", async () => {
    const book = userWorkbook();
    const { plan } = await loadDocument(getPreset("akash-onchain-current")!);
    const row = 13 + getPreset("akash-onchain-current")!.parameters.findIndex((p) => p.key === "bondedRatio");
    book.set(plan.sheetName, `C${row}`, 0.6);
    const { parsed } = await readParameterSheet(plan.sheetName);
    expect(parsed!.doc.parameters.find((p) => p.key === "bondedRatio")!.value).toBe(0.6);
    expect(parsed!.names.get("bondedRatio")).toBe("akt_BondedRatio");
  });

  it("a sheet that is not a parameter sheet is reported, not exported", async () => {
    userWorkbook();
    expect((await readParameterSheet("Sheet1")).parsed).toBeNull();
  });
});
