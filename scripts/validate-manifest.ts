/**
 * Offline manifest validation: `npm run validate [-- path/to/manifest.xml]`.
 *
 * 1. xmllint against Microsoft's Office add-in manifest XSDs, patched for xmllint and the shared runtime
 *    (office/manifest-xsd/OfficeAppManifestV1_1.xsd in this repository; origin and patches in
 *    office/manifest-xsd/README.md; override with MANIFEST_XSD); needs `apt-get install libxml2-utils`.
 * 2. What the XSD does not check:
 *    - every `resid` resolves to a `<bt:Image|Url|String id=…>` resource;
 *    - Runtime, the CustomFunctions Page, FunctionFile and the ShowTaskpane action share one resid,
 *      and the Runtime has lifetime="long" (otherwise the shared runtime does not load: #BUSY!);
 *    - the CustomFunctions `<Namespace>` is present and its string is "DEPIN";
 *    - the add-in's URLs are https and on one origin (SupportUrl may point elsewhere, still https).
 *
 * Prints one line per problem and exits 1 when there is any (2 when xmllint itself is missing).
 */
import { spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
export const NAMESPACE = "DEPIN";

/** The entry XSD: MANIFEST_XSD when set, else the copy in this repository. */
export function schemaPath(): string {
  if (process.env.MANIFEST_XSD) return path.resolve(process.env.MANIFEST_XSD);
  return path.join(ROOT, "office/manifest-xsd/OfficeAppManifestV1_1.xsd");
}

export interface ValidationResult {
  ok: boolean;
  /** One human-readable line per problem. */
  errors: string[];
  /** xmllint could not be run at all. */
  xmllintMissing?: boolean;
}

/** Runs xmllint; returns problem lines (empty when valid). */
export function schemaErrors(file: string, xsd = schemaPath()): { errors: string[]; missing: boolean } {
  const r = spawnSync("xmllint", ["--noout", "--schema", xsd, file], { encoding: "utf8" });
  if (r.error) {
    return {
      errors: [`xmllint could not be run (${r.error.message}); install it with: apt-get update && apt-get install -y libxml2-utils`],
      missing: true,
    };
  }
  if (r.status === 0) return { errors: [], missing: false };
  const lines = `${r.stderr}${r.stdout}`
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !/fails to validate$/.test(l));
  const what = r.status === 5 ? "XSD did not compile (wrong schema path?)" : "XSD";
  return { errors: lines.map((l) => `${what}: ${l}`), missing: false };
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];

/** The cross-reference checks the XSD does not do, on the manifest text. */
export function crossReferenceErrors(xmlText: string): string[] {
  const errors: string[] = [];
  const xml = xmlText.replace(/<!--[\s\S]*?-->/g, "");

  // Resources: <bt:Image|Url|String id="…" DefaultValue="…"/>
  const resources = new Map<string, { kind: string; value: string }>();
  for (const m of xml.matchAll(/<bt:(Image|Url|String)\b([^>]*)>/g)) {
    const id = attr(m[2]!, "id");
    if (id !== undefined) resources.set(id, { kind: m[1]!, value: attr(m[2]!, "DefaultValue") ?? "" });
  }

  // 1. every resid resolves
  const residTags = [...xml.matchAll(/<([\w:]+)\b([^>]*\bresid\s*=\s*"([^"]*)"[^>]*)>/g)];
  for (const m of residTags) {
    const resid = m[3]!;
    if (!resources.has(resid)) errors.push(`resid "${resid}" (on <${m[1]}>) has no matching <bt:Image|Url|String id="${resid}">`);
  }

  // 2. shared runtime: one resid for Runtime, Page, FunctionFile and ShowTaskpane
  const runtimeTag = /<Runtime\b[^>]*>/.exec(xml)?.[0];
  const runtime = runtimeTag ? attr(runtimeTag, "resid") : undefined;
  if (!runtimeTag) errors.push("no <Runtimes><Runtime resid=… lifetime=\"long\"/></Runtimes>: the custom functions need the shared runtime");
  else if (attr(runtimeTag, "lifetime") !== "long") {
    errors.push(`<Runtime lifetime="${attr(runtimeTag, "lifetime") ?? ""}">: must be lifetime="long" for a shared runtime (the default is short)`);
  }
  const cfBlock = /<ExtensionPoint\s+xsi:type="CustomFunctions"[^>]*>([\s\S]*?)<\/ExtensionPoint>/.exec(xml)?.[1];
  const page = cfBlock ? /<Page>\s*<SourceLocation\b[^>]*\bresid="([^"]*)"/.exec(cfBlock)?.[1] : undefined;
  const functionFile = /<FunctionFile\b[^>]*\bresid="([^"]*)"/.exec(xml)?.[1];
  const showTaskpane = [...xml.matchAll(/<Action\s+xsi:type="ShowTaskpane"[^>]*>([\s\S]*?)<\/Action>/g)].map(
    (m) => /<SourceLocation\b[^>]*\bresid="([^"]*)"/.exec(m[1]!)?.[1]
  );
  if (!cfBlock) errors.push('no <ExtensionPoint xsi:type="CustomFunctions">');
  const shared: [string, string | undefined][] = [
    ["Runtime", runtime],
    ["CustomFunctions Page", page],
    ["FunctionFile", functionFile],
    ...showTaskpane.map((r, i): [string, string | undefined] => [`ShowTaskpane action${showTaskpane.length > 1 ? ` #${i + 1}` : ""}`, r]),
  ];
  if (showTaskpane.length === 0) errors.push('no ribbon button with <Action xsi:type="ShowTaskpane"> opens the task pane');
  for (const [what, r] of shared) if (r === undefined && (what !== "Runtime" || runtimeTag)) errors.push(`${what}: no resid found`);
  const distinct = new Set(shared.map(([, r]) => r).filter((r): r is string => r !== undefined));
  if (distinct.size > 1) {
    errors.push(
      `Runtime, Page, FunctionFile and ShowTaskpane must share one resid (else cells stay #BUSY!): ${shared.map(([w, r]) => `${w}=${r ?? "?"}`).join(", ")}`
    );
  }

  // 3. Namespace present and DEPIN
  const nsResid = cfBlock ? /<Namespace\b[^>]*\bresid="([^"]*)"/.exec(cfBlock)?.[1] : undefined;
  if (cfBlock && nsResid === undefined) errors.push(`CustomFunctions <Namespace resid=…/> is missing (the XSD treats it as optional); it must be "${NAMESPACE}"`);
  else if (nsResid !== undefined) {
    const ns = resources.get(nsResid);
    if (ns && ns.value !== NAMESPACE) errors.push(`Namespace string "${nsResid}" is "${ns.value}", expected "${NAMESPACE}"`);
  }

  // 4. URLs: https, one origin (SupportUrl only needs https)
  const urls: { where: string; url: string; sameOrigin: boolean }[] = [];
  for (const m of xml.matchAll(/<(IconUrl|HighResolutionIconUrl|SupportUrl|SourceLocation)\b([^>]*)>/g)) {
    const v = attr(m[2]!, "DefaultValue");
    if (v !== undefined) urls.push({ where: `<${m[1]}>`, url: v, sameOrigin: m[1] !== "SupportUrl" });
  }
  for (const m of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) urls.push({ where: "<AppDomain>", url: m[1]!.trim(), sameOrigin: true });
  for (const [id, r] of resources) {
    if (r.kind !== "String") urls.push({ where: `<bt:${r.kind} id="${id}">`, url: r.value, sameOrigin: true });
  }
  const origins = new Map<string, string[]>();
  for (const u of urls) {
    let parsed: URL;
    try {
      parsed = new URL(u.url);
    } catch {
      errors.push(`${u.where}: "${u.url}" is not an absolute URL`);
      continue;
    }
    if (parsed.protocol !== "https:") errors.push(`${u.where}: ${u.url} must use https`);
    if (u.sameOrigin) origins.set(parsed.origin, [...(origins.get(parsed.origin) ?? []), u.where]);
  }
  if (origins.size > 1) {
    errors.push(`add-in URLs must share one origin; found ${[...origins.entries()].map(([o, w]) => `${o} (${w.length}×, e.g. ${w[0]})`).join(", ")}`);
  }
  return errors;
}

export function validateManifest(file: string, xsd = schemaPath()): ValidationResult {
  if (!existsSync(file)) return { ok: false, errors: [`${file} does not exist`] };
  const schema = schemaErrors(file, xsd);
  const errors = [...schema.errors, ...crossReferenceErrors(readFileSync(file, "utf8"))];
  return { ok: errors.length === 0, errors, xmllintMissing: schema.missing };
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (files.length === 0) files.push("manifest.xml");
  let code = 0;
  for (const f of files) {
    const r = validateManifest(path.resolve(f));
    if (r.ok) {
      console.log(`✓ ${f}: valid (XSD ${path.relative(process.cwd(), schemaPath())}; resids, shared-runtime resid, Namespace ${NAMESPACE}, https one-origin URLs)`);
    } else {
      console.error(`✗ ${f}: ${r.errors.length} problem${r.errors.length === 1 ? "" : "s"}`);
      for (const e of r.errors) console.error(`  - ${e}`);
      code = Math.max(code, r.xmllintMissing ? 2 : 1);
    }
  }
  process.exit(code);
}
