/**
 * Nothing the product ships or prints cites the project's internal working documents (the reference,
 * the spec, the Office notes, the seed research file or the folder beside the repository): whoever
 * clones only this repository cannot open them. Provenance names primary sources instead (a URL, or
 * owner/repo@commit:path:lines, with the retrieval date).
 *
 * Checked: every declared function (summary, argument help, result help, doc fields, and every provenance
 * record reachable from it) and the catalog derived from it; every export of the networks' params.ts files;
 * the regime timeline data; the presets and their schema; the engine's data files; every string literal in
 * src/ (error messages, help text, labels; comments are not shipped and are not checked); the generated
 * function metadata; README.md, docs/*.md and src/**\/*.md; the shipped templates; and everything the CLI
 * prints for --help, functions, presets and preset ID.
 */
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";
import { FUNCTIONS, catalog } from "../src/engine/functions";
import { REGIMES } from "../src/engine/networks/crossnet/regimes-data";
import { main } from "../src/headless/cli";
import { readZip } from "../src/headless/zip";

const ROOT = path.resolve(__dirname, "..");
/** An internal document, by name or path ("REFERENCE.md §F", "REFERENCE §F", "SPEC §4.6", "SPEC.md", "OFFICE_NOTES §14", "seed/…", "../shared"). */
const INTERNAL = /REFERENCE\.md|\bREFERENCE\s*§|OFFICE_NOTES|seed\/|\.\.\/shared|\bSPEC\b/;

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join("/");

function walkFiles(dir: string, keep: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walkFiles(f, keep));
    else if (keep(f)) out.push(f);
  }
  return out.sort();
}

/** Every string inside a value (plain objects and arrays, any depth), with its path. Functions are code, not text. */
function strings(value: unknown, at: string, out: [string, string][] = [], seen = new Set<unknown>()): [string, string][] {
  if (typeof value === "string") out.push([at, value]);
  else if (value !== null && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    const proto = Object.getPrototypeOf(value);
    if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${at}[${i}]`, out, seen));
    else if (proto === Object.prototype || proto === null) for (const [k, v] of Object.entries(value)) strings(v, `${at}.${k}`, out, seen);
  }
  return out;
}

/** The places (label: excerpt) whose text cites an internal document. */
function offenders(texts: [string, string][]): string[] {
  return texts
    .filter(([, t]) => INTERNAL.test(t))
    .map(([where, t]) => {
      const i = t.search(INTERNAL);
      return `${where}: …${t.slice(Math.max(0, i - 60), i + 40).replace(/\s+/g, " ")}…`;
    });
}

/** The text of every string and template literal of a TypeScript file (comments are not literals). */
function literals(file: string): [string, string][] {
  const src = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: [string, string][] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteralLike(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      // Module specifiers are code, not text.
      if (!(ts.isImportDeclaration(n.parent) || ts.isExportDeclaration(n.parent) || ts.isExternalModuleReference(n.parent))) {
        const line = src.getLineAndCharacterOfPosition(n.getStart(src)).line + 1;
        out.push([`${rel(file)}:${line}`, n.text]);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

describe("no shipped or printed text cites an internal document", () => {
  test("the pattern finds each kind of internal citation (so the checks below can fail)", () => {
    for (const bad of ["(REFERENCE.md §F)", "(REFERENCE §A.5)", "OFFICE_NOTES §14", "research note (seed/000_92e88efd85f9b957.txt)", "../shared/x", "SPEC.md", "SPEC §4.6", "in SPEC order"]) {
      expect(offenders([["sample", bad]])).toHaveLength(1);
    }
    for (const ok of ["https://docs.io.net/docs/token-emission-schedule (retrieved 2026-12-06)", "CELL_REFERENCE", "runtime spec 425", "the reference cases"]) expect(offenders([["sample", ok]])).toEqual([]);
  });

  test("function declarations: summary, argument help, result help, doc fields and their provenance records", () => {
    expect(FUNCTIONS.length).toBeGreaterThan(50);
    const texts = FUNCTIONS.flatMap((d) => strings(d, d.id));
    // The declarations carry summaries, argument help and doc fields; make sure the walk reached them.
    expect(texts.filter(([w]) => /\.doc\.source$/.test(w))).toHaveLength(FUNCTIONS.length);
    expect(texts.some(([w]) => /\.args\[0\]\.help$/.test(w))).toBe(true);
    expect(offenders(texts)).toEqual([]);
  });

  test("the catalog (DEPIN_EXPLAIN, the function reference, the help page): every field and default's provenance", () => {
    const texts = Object.entries(catalog).flatMap(([id, doc]) => strings(doc, id));
    expect(texts.some(([w]) => /\.params\.[^.]+\.source$/.test(w))).toBe(true);
    expect(offenders(texts)).toEqual([]);
  });

  test("every export of the networks' params.ts (provenance records: source, note)", () => {
    const files = walkFiles(path.join(ROOT, "src/engine/networks"), (f) => path.basename(f) === "params.ts");
    expect(files.length).toBeGreaterThanOrEqual(5);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const texts = files.flatMap((f) => Object.entries(require(f) as Record<string, unknown>).flatMap(([name, v]) => strings(v, `${rel(f)} ${name}`)));
    expect(texts.filter(([w]) => /\.source$/.test(w)).length).toBeGreaterThan(100);
    expect(offenders(texts)).toEqual([]);
  });

  test("the regime timelines (DEPIN_REGIMES, the task pane's regimes view)", () => {
    expect(offenders(strings(REGIMES, "REGIMES"))).toEqual([]);
  });

  test("presets, the preset schema (and its generated validator) and the engine's data files", () => {
    const files = [
      ...walkFiles(path.join(ROOT, "src/presets"), (f) => /\.(json|js)$/.test(f)),
      ...walkFiles(path.join(ROOT, "src/engine"), (f) => f.endsWith(".json") && f.split(path.sep).includes("data")),
      ...walkFiles(path.join(ROOT, "src/functions"), (f) => f.endsWith(".json")),
    ];
    expect(files.filter((f) => f.includes(`${path.sep}presets${path.sep}`)).length).toBeGreaterThanOrEqual(10);
    expect(offenders(files.map((f) => [rel(f), fs.readFileSync(f, "utf8")]))).toEqual([]);
  });

  test("every string literal in src/ (error messages, help, labels, template texts)", () => {
    const files = walkFiles(path.join(ROOT, "src"), (f) => /\.tsx?$/.test(f) && !f.endsWith(".d.ts"));
    expect(files.length).toBeGreaterThan(50);
    expect(offenders(files.flatMap(literals))).toEqual([]);
  });

  test("README.md, docs/*.md (the function reference included) and the Markdown under src/", () => {
    const files = [
      path.join(ROOT, "README.md"),
      ...walkFiles(path.join(ROOT, "docs"), (f) => f.endsWith(".md")),
      ...walkFiles(path.join(ROOT, "src"), (f) => f.endsWith(".md")),
    ];
    expect(files.map(rel)).toContain("docs/functions.md");
    expect(offenders(files.map((f) => [rel(f), fs.readFileSync(f, "utf8")]))).toEqual([]);
  });

  test("the shipped templates (assets/templates/*.xlsx and templates.json)", () => {
    const dir = path.join(ROOT, "assets/templates");
    const texts: [string, string][] = [];
    for (const f of walkFiles(dir, (x) => /\.(xlsx|json)$/.test(x))) {
      if (f.endsWith(".json")) texts.push([rel(f), fs.readFileSync(f, "utf8")]);
      else for (const e of readZip(fs.readFileSync(f))) if (/\.(xml|rels)$/.test(e.name)) texts.push([`${rel(f)}!${e.name}`, e.data.toString("utf8")]);
    }
    expect(texts.length).toBeGreaterThan(10);
    expect(offenders(texts)).toEqual([]);
  });

  test("what the CLI prints: --help, each command's --help, functions, presets and every preset", async () => {
    const printed: [string, string][] = [];
    const run = async (...argv: string[]) => {
      const lines: string[] = [];
      await main(argv, (s) => lines.push(s), (s) => lines.push(s));
      printed.push([`depin-calc ${argv.join(" ")}`, lines.join("\n")]);
      return lines.join("\n");
    };
    await run("--help");
    for (const cmd of ["eval", "cases", "recalc", "presets", "preset", "functions", "demo"]) await run(cmd, "--help");
    await run("functions");
    const list = await run("presets");
    const ids = [...new Set(list.match(/^[a-z0-9]+(?:-[a-z0-9]+)+/gm) ?? [])];
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of ids) await run("preset", id);
    expect(offenders(printed)).toEqual([]);
  });
});
