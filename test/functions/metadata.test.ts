/**
 * functions.json is generated from the adapters' JSDoc (STYLE: Metadata & docs). These tests check
 * that the committed golden (src/functions/functions.generated.json) is fresh, that every function is
 * named and documented by our rules, that the metadata agrees with the TypeScript signatures (the
 * generator loses shapes silently, OFFICE_NOTES §4), that webpack's functions.json equals the golden,
 * that the adapters are what the function table gives, and that the ids match SPEC §4 (public API: names,
 * argument order and optional arguments).
 */
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import * as ts from "typescript";
import { FAMILIES, familySource } from "../../scripts/gen-functions";
import { adapterName } from "../../src/functions/naming";
import { generateMetadata, METADATA_PATH } from "../../scripts/metadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const FUNCTION_FILES = require("../../scripts/function-files.js") as string[];

const ROOT = path.resolve(__dirname, "../..");
const SPEC_PATH = path.resolve(ROOT, "../shared/SPEC.md");
const DIST_FUNCTIONS = path.join(ROOT, "dist/functions.json");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { config: { devOrigin: string; prodOrigin: string } };

interface MetaParam {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface MetaFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetaParam[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

const goldenText = readFileSync(METADATA_PATH, "utf8");
const functions = (JSON.parse(goldenText) as { functions: MetaFunction[] }).functions;

const ID_PATTERN = /^(IO|CLORE|TAO|AKT|DEPIN)_[A-Z0-9_]+$/;
const CELL_LIKE = /^[A-Z]{1,3}[0-9]+$/;
/** Excel 4 macro-sheet function names that must not be reused as ids (a representative list). */
const EXCEL4_MACROS = new Set([
  "RUN", "CALL", "EXEC", "EXECUTE", "REGISTER", "REGISTER.ID", "UNREGISTER", "HALT", "RETURN", "GOTO", "RESULT",
  "ARGUMENT", "FORMULA", "EVALUATE", "GET.CELL", "GET.WORKBOOK", "GET.WORKSPACE", "GET.DOCUMENT", "FILES", "DIRECTORY",
  "ECHO", "ALERT", "INPUT", "MESSAGE", "BEEP", "WAIT", "NOW", "SEND.KEYS", "INITIATE", "REQUEST", "POKE", "TERMINATE",
  "ON.TIME", "ON.KEY", "ON.ENTRY", "SELECTION", "ACTIVE.CELL", "CALLER", "DEREF", "SET.NAME", "SET.VALUE", "STEP",
  "ERROR", "PAUSE", "RESUME", "CANCEL.KEY", "VOLATILE", "DOCUMENTS", "WINDOWS", "NAMES", "LINKS",
]);

describe("the generated adapters (src/functions/<family>.ts)", () => {
  it.each(FAMILIES.map((f) => [f.file, f] as const))("%s.ts is what the function table gives (run `npm run gen:functions` when this fails)", (file, fam) => {
    expect(readFileSync(path.join(ROOT, "src/functions", `${file}.ts`), "utf8")).toBe(familySource(fam));
  });
});

describe("functions.generated.json (the golden)", () => {
  it("is up to date with the JSDoc (run `npm run build:meta` and commit the JSON when this fails)", async () => {
    const fresh = await generateMetadata();
    expect(JSON.parse(goldenText)).toEqual(JSON.parse(fresh));
    expect(goldenText).toBe(fresh);
  });

  it("has at least one function and no duplicate ids", () => {
    expect(functions.length).toBeGreaterThan(0);
    expect(new Set(functions.map((f) => f.id)).size).toBe(functions.length);
  });
});

describe.each(functions.map((f) => [f.id, f] as const))("%s", (id, f) => {
  it("has an explicit, well-formed id", () => {
    expect(id).toMatch(ID_PATTERN);
    expect(id.length).toBeGreaterThanOrEqual(3);
    expect(id).not.toMatch(CELL_LIKE);
    expect(EXCEL4_MACROS.has(id)).toBe(false);
    expect(f.name).toBe(id);
    const sources = FUNCTION_FILES.map((file) => readFileSync(path.join(ROOT, file), "utf8")).join("\n");
    expect(sources).toMatch(new RegExp(`@customfunction\\s+${id}\\b`));
  });

  it("has a description, a helpUrl ending in #ID and a description for every parameter", () => {
    expect((f.description ?? "").trim()).not.toBe("");
    expect(f.helpUrl).toMatch(new RegExp(`^https://[^\\s]+/help/functions\\.html#${id}$`));
    for (const p of f.parameters) {
      expect({ param: p.name, description: (p.description ?? "").trim() !== "" }).toEqual({ param: p.name, description: true });
    }
  });

  it("uses no streaming/volatile/cancelable options and no repeating (1-D array) parameters", () => {
    expect(f.options ?? {}).not.toEqual(expect.objectContaining({ stream: true }));
    expect(f.options ?? {}).not.toEqual(expect.objectContaining({ volatile: true }));
    expect(f.options ?? {}).not.toEqual(expect.objectContaining({ cancelable: true }));
    for (const p of f.parameters) expect({ param: p.name, repeating: p.repeating ?? false }).toEqual({ param: p.name, repeating: false });
  });
});

// TypeScript signatures ----------------------------------------------------------------------------

interface TsParam {
  name: string;
  optional: boolean;
  type: string;
}
interface TsSignature {
  file: string;
  params: TsParam[];
  returns: string;
}

/** Exported function declarations of the custom-function files, keyed by function name. */
function readSignatures(): Map<string, TsSignature> {
  const out = new Map<string, TsSignature>();
  for (const file of FUNCTION_FILES) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
    sf.forEachChild((node) => {
      if (!ts.isFunctionDeclaration(node) || !node.name) return;
      if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return;
      out.set(node.name.text, {
        file,
        params: node.parameters.map((p) => ({
          name: p.name.getText(sf),
          optional: Boolean(p.questionToken) || Boolean(p.initializer),
          type: p.type ? p.type.getText(sf).replace(/\s+/g, "") : "any",
        })),
        returns: node.type ? node.type.getText(sf).replace(/\s+/g, "") : "any",
      });
    });
  }
  return out;
}

const isMatrix = (t: string): boolean => /\[\]\[\]$/.test(t) || /^Array<Array<.*>>$/.test(t);
const isVector = (t: string): boolean => /^[^[]*\[\]$/.test(t);

describe("metadata agrees with the TypeScript signatures", () => {
  const sigs = readSignatures();
  it.each(functions.map((f) => [f.id, f] as const))("%s", (id, f) => {
    const sig = sigs.get(adapterName(id));
    expect({ id, exported: sig !== undefined }).toEqual({ id, exported: true });
    if (!sig) return;
    expect(sig.params.map((p) => p.name)).toEqual(f.parameters.map((p) => p.name));
    sig.params.forEach((p, i) => {
      const m = f.parameters[i]!;
      const where = `${id}(${p.name}: ${p.type})`;
      expect({ where, optional: m.optional ?? false }).toEqual({ where, optional: p.optional });
      expect({ where, matrix: m.dimensionality === "matrix" }).toEqual({ where, matrix: isMatrix(p.type) });
      expect({ where, vector: false }).toEqual({ where, vector: isVector(p.type) });
    });
    const where = `${id} returns ${sig.returns}`;
    expect({ where, matrix: f.result?.dimensionality === "matrix" }).toEqual({ where, matrix: isMatrix(sig.returns) });
    expect({ where, vector: false }).toEqual({ where, vector: isVector(sig.returns) });
    expect({ where, promise: false }).toEqual({ where, promise: /^Promise</.test(sig.returns) });
  });

  it("declares no TypeScript default values on adapter parameters (they never apply in Excel)", () => {
    for (const file of FUNCTION_FILES) {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
      sf.forEachChild((node) => {
        if (ts.isFunctionDeclaration(node) && node.name) {
          for (const p of node.parameters) {
            const where = `${file}: ${node.name.text}(${p.name.getText(sf)})`;
            expect({ where, initializer: Boolean(p.initializer) }).toEqual({ where, initializer: false });
          }
        }
      });
    }
  });
});

// webpack output -----------------------------------------------------------------------------------

/** dist/functions.json with the production origin mapped back to the dev origin, or undefined when not built. */
function builtFunctions(): unknown {
  if (!existsSync(DIST_FUNCTIONS)) return undefined;
  return JSON.parse(readFileSync(DIST_FUNCTIONS, "utf8").split(pkg.config.prodOrigin).join(pkg.config.devOrigin));
}

describe("webpack's dist/functions.json", () => {
  const built = builtFunctions();
  // Before the first build there is nothing to compare; once built, a stale dist/ fails (run npm run build).
  (built !== undefined ? it : it.skip)("equals the golden (modulo the production origin)", () => {
    expect(built).toEqual(JSON.parse(goldenText));
  });
});

// SPEC §4 ------------------------------------------------------------------------------------------

/** `NAME(args)` entries from the first column of the SPEC §4 catalog tables, as ["arg", "[optional]"]. */
export function parseSpecCatalog(spec: string): Record<string, string[]> {
  const section = spec.slice(spec.indexOf("## 4."), spec.indexOf("## 5."));
  const out: Record<string, string[]> = {};
  for (const m of section.matchAll(/^\|\s*`([A-Z][A-Z0-9_]*)\(([^`]*)\)`\s*\|/gm)) {
    out[m[1]!] = m[2]!.trim() === ""
      ? []
      : m[2]!.split(",").map((raw) => {
          const a = raw.trim();
          const name = a.replace(/^\[/, "").replace(/\]$/, "").split("=")[0]!.trim();
          return a.startsWith("[") ? `[${name}]` : name;
        });
  }
  return out;
}

describe("SPEC §4 catalog (the public API, test/data/spec-catalog.json)", () => {
  const spec = (JSON.parse(readFileSync(path.join(ROOT, "test/data/spec-catalog.json"), "utf8")) as { functions: Record<string, string[]> }).functions;
  const ids = Object.keys(spec);
  const byId = new Map(functions.map((f) => [f.id, f]));

  it("holds the whole catalog", () => {
    expect(ids.length).toBeGreaterThanOrEqual(81);
    expect(spec.IO_AVAIL_REWARD).toEqual(["capex_usd", "uptime", "[supplier_share]", "[payback_hours]", "[uptime_mode]"]);
    expect(spec.DEPIN_VERSION).toEqual([]);
  });

  // The specification lives beside the repository while the product is developed; when it is there, the copy must match it.
  (existsSync(SPEC_PATH) ? it : it.skip)("is the same as the specification beside the repository (refresh test/data/spec-catalog.json when this fails)", () => {
    expect(parseSpecCatalog(readFileSync(SPEC_PATH, "utf8"))).toEqual(spec);
  });

  it("every SPEC function is implemented", () => {
    expect(ids.filter((id) => !byId.has(id))).toEqual([]);
  });

  it("has no metadata id that is not in SPEC §4", () => {
    expect(functions.map((f) => f.id).filter((id) => !(id in spec))).toEqual([]);
  });

  it("matches SPEC argument names, order and optionality for every id", () => {
    const mismatches: string[] = [];
    for (const f of functions) {
      const want = spec[f.id];
      if (!want) continue;
      const got = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
      if (want.join(", ") !== got.join(", ")) mismatches.push(`${f.id}: SPEC (${want.join(", ")}) ≠ metadata (${got.join(", ")})`);
    }
    expect(mismatches).toEqual([]);
  });
});
