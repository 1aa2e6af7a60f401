/**
 * functions.json is generated from the adapters' JSDoc (STYLE: Metadata & docs). These tests check
 * that the committed golden (src/functions/functions.generated.json) is fresh, that every function is
 * named and documented by our rules, that the metadata agrees with the TypeScript signatures (the
 * generator loses shapes silently, OFFICE_NOTES §4), that webpack's functions.json equals the golden,
 * and that implemented ids match SPEC §4 (public API: names and argument order).
 */
import { existsSync, readFileSync, statSync } from "fs";
import * as path from "path";
import { isDeepStrictEqual } from "util";
import * as ts from "typescript";
import { camelOf, generateMetadata, METADATA_PATH } from "../../scripts/metadata";

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
    const sig = sigs.get(camelOf(id));
    expect({ id, exported: sig !== undefined }).toEqual({ id, exported: true });
    if (!sig) return;
    expect(sig.params.map((p) => p.name)).toEqual(f.parameters.map((p) => p.name));
    sig.params.forEach((p, i) => {
      const m = f.parameters[i]!;
      const where = `${id}(${p.name}: ${p.type})`;
      expect({ where, optional: m.optional ?? false }).toEqual({ where, optional: p.optional });
      expect({ where, matrix: m.dimensionality === "matrix" }).toEqual({ where, matrix: isMatrix(p.type) });
      expect({ where, vector: false }).toEqual({ where, vector: isVector(p.type) });
      // TS defaults never apply: an omitted argument arrives as null (OFFICE_NOTES §5)
      expect({ where, tsDefault: false }).toEqual({ where, tsDefault: /=/.test(p.type) });
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
  (built !== undefined ? it : it.skip)("equals the golden (modulo the production origin)", () => {
    const golden = JSON.parse(goldenText);
    if (!isDeepStrictEqual(built, golden) && statSync(DIST_FUNCTIONS).mtimeMs < statSync(METADATA_PATH).mtimeMs) {
      // A build older than the golden is stale, not wrong: nothing to compare yet.
      console.log("dist/functions.json is older than the golden and differs; run npm run build to compare");
      return;
    }
    expect(built).toEqual(golden);
  });
});

// SPEC §4 ------------------------------------------------------------------------------------------

interface SpecArg {
  name: string;
  optional: boolean;
}

/** `NAME(args)` entries from the first column of the SPEC §4 catalog tables. */
export function parseSpecCatalog(spec: string): Map<string, SpecArg[]> {
  const section = spec.slice(spec.indexOf("## 4."), spec.indexOf("## 5."));
  const out = new Map<string, SpecArg[]>();
  for (const m of section.matchAll(/^\|\s*`([A-Z][A-Z0-9_]*)\(([^`]*)\)`\s*\|/gm)) {
    const args = m[2]!.trim() === ""
      ? []
      : m[2]!.split(",").map((raw) => {
          const a = raw.trim();
          const optional = a.startsWith("[");
          const name = a.replace(/^\[/, "").replace(/\]$/, "").split("=")[0]!.trim();
          return { name, optional };
        });
    out.set(m[1]!, args);
  }
  return out;
}

describe("SPEC §4 catalog", () => {
  const specAvailable = existsSync(SPEC_PATH);
  const spec = specAvailable ? parseSpecCatalog(readFileSync(SPEC_PATH, "utf8")) : new Map<string, SpecArg[]>();
  const byId = new Map(functions.map((f) => [f.id, f]));

  (specAvailable ? it : it.skip)("parses the catalog tables", () => {
    expect(spec.size).toBeGreaterThanOrEqual(50);
    expect(spec.get("IO_AVAIL_REWARD")?.map((a) => a.name)).toEqual(["capex_usd", "uptime", "supplier_share", "payback_hours", "uptime_mode"]);
    expect(spec.get("DEPIN_VERSION")).toEqual([]);
  });

  (specAvailable ? it : it.skip)("reports the SPEC ids that are not implemented yet", () => {
    const pending = [...spec.keys()].filter((id) => !byId.has(id));
    console.log(`SPEC §4: ${spec.size - pending.length}/${spec.size} implemented; ${pending.length} pending${pending.length ? `: ${pending.join(", ")}` : ""}`);
    expect(pending.length).toBeLessThanOrEqual(spec.size);
  });

  (specAvailable ? it : it.skip)("has no metadata id that is not in SPEC §4", () => {
    expect(functions.map((f) => f.id).filter((id) => !spec.has(id))).toEqual([]);
  });

  (specAvailable ? it : it.skip)("matches SPEC argument names, order and optionality for every implemented id", () => {
    const mismatches: string[] = [];
    for (const f of functions) {
      const s = spec.get(f.id);
      if (!s) continue;
      const want = s.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(", ");
      const got = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      if (want !== got) mismatches.push(`${f.id}: SPEC (${want}) ≠ metadata (${got})`);
    }
    expect(mismatches).toEqual([]);
  });
});
