/** Shipped presets: schema (full ajv compile), semantic checks, the generated validator is fresh, SPEC §5 coverage, the note's observations. */
import Ajv from "ajv";
import { readFileSync, readdirSync } from "fs";
import * as path from "path";
import { getPreset, listPresets, validatePreset, type Preset } from "../../src/presets";
import { generateValidatorSource, VALIDATOR_PATH } from "../../scripts/build-preset-validator";

const DIR = path.resolve(__dirname, "../../src/presets");
const schema = JSON.parse(readFileSync(path.join(DIR, "preset.schema.json"), "utf8"));
const files = readdirSync(DIR).filter((f) => f.endsWith(".json") && f !== "preset.schema.json");
const docs = files.map((f) => [f, JSON.parse(readFileSync(path.join(DIR, f), "utf8")) as Preset] as const);

describe("preset schema", () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);

  it("is a strict draft-07 schema with a schemaVersion", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.properties.schemaVersion).toEqual(expect.objectContaining({ const: 1 }));
  });

  it.each(docs)("%s validates against preset.schema.json (ajv compile)", (_f, doc) => {
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
  });

  it.each(docs)("%s passes the semantic checks and is named after its id", (f, doc) => {
    expect(validatePreset(doc)).toEqual([]);
    expect(f).toBe(`${doc.id}.json`);
  });

  it("the committed standalone validator matches the schema (npx tsx scripts/build-preset-validator.ts)", () => {
    expect(readFileSync(VALIDATOR_PATH, "utf8")).toBe(generateValidatorSource());
  });
});

describe("shipped presets", () => {
  const SPEC_IDS = [
    "io-net-2024-06",
    "io-net-docs-current",
    "clore-legacy-2024",
    "clore-docs-current",
    "bittensor-pre-dtao",
    "bittensor-dtao",
    "akash-akt20-proposal",
    "akash-onchain-current",
  ];

  it("lists at least the eight presets of SPEC §5 with id, network, regime, asOf, title", () => {
    const list = listPresets();
    expect(list.map((p) => p.id).sort()).toEqual(expect.arrayContaining(SPEC_IDS));
    expect(list).toHaveLength(files.length);
    for (const p of list) expect(Object.keys(p).sort()).toEqual(["asOf", "id", "network", "regime", "title"]);
  });

  it("getPreset returns a copy; unknown ids give undefined", () => {
    const a = getPreset("io-net-docs-current")!;
    a.parameters[0]!.value = -1;
    expect(getPreset("io-net-docs-current")!.parameters[0]!.value).not.toBe(-1);
    expect(getPreset("nope")).toBeUndefined();
    expect(getPreset("__proto__")).toBeUndefined();
  });

  it("every parameter has a source, a retrieved date and a confidence; notes say where the note disagrees with a primary source", () => {
    for (const [, doc] of docs) for (const p of doc.parameters) expect([p.source.length > 0, /^\d{4}-\d{2}-\d{2}$/.test(p.retrieved)]).toEqual([true, true]);
    const note = getPreset("io-net-2024-06")!;
    expect(note.parameters.find((p) => p.key === "noteMonthlyDecline")!.note).toMatch(/https:\/\/docs\.iog\.net\/docs\/token-emission-schedule/);
  });

  const NOTE_OBSERVATIONS: [string, string, number][] = [
    ["io-net-2024-06", "verifiedGpus", 104494],
    ["io-net-2024-06", "unverifiedGpus", 838546],
    ["io-net-2024-06", "clusterReadyGpus", 18301],
    ["clore-legacy-2024", "onlineMachines", 4797],
    ["clore-legacy-2024", "machinesRented", 3058],
    ["clore-legacy-2024", "totalSupply", 360000000],
    ["clore-legacy-2024", "priceUsd", 0.1651],
    ["bittensor-pre-dtao", "issuedSupply", 6885398],
    ["bittensor-pre-dtao", "totalStaked", 5751813],
    ["bittensor-pre-dtao", "priceUsd", 392.85],
    ["akash-akt20-proposal", "priceUsd", 4.47],
    ["akash-akt20-proposal", "totalSupplyObserved", 239310076],
  ];
  it.each(NOTE_OBSERVATIONS)("%s carries the note's observation %s = %s, dated and sourced", (id, key, value) => {
    const p = getPreset(id)!;
    expect(p.asOf).toBe("2024-06-05");
    const q = p.parameters.find((x) => x.key === key)!;
    expect({ value: q.value, role: q.role, source: q.source, retrieved: q.retrieved }).toEqual({ value, role: "observation", source: "research note 2024-06-05", retrieved: "2024-06-05" });
  });

  it("schedule presets have a chart; every model formula is a live DEPIN formula or arithmetic over parameter names", () => {
    for (const id of ["io-net-docs-current", "io-net-2024-06", "clore-docs-current", "bittensor-pre-dtao", "bittensor-dtao", "akash-akt20-proposal"]) expect(getPreset(id)!.chart).toBeDefined();
    for (const [, doc] of docs) expect(doc.model.some((m) => m.formula.startsWith("=DEPIN."))).toBe(true);
  });
});
