/**
 * Renames sheets inside one of OUR generated template workbooks (src/templates/builder.ts) before
 * it is inserted with `workbook.insertWorksheetsFromBase64`, so that no inserted sheet takes the name
 * of a sheet the user already has. Loaded as a separate chunk ("template-xlsx": jszip is ~100 KB)
 * when the first template is inserted.
 *
 * What is rewritten: the `name` of each `<sheet>` in xl/workbook.xml, and every sheet reference in
 * formulas: cell formulas (`<f>` in xl/worksheets/*.xml), defined names (`<definedName>` in
 * xl/workbook.xml) and chart series (`<c:f>` in xl/charts/*.xml). A reference is `Name!` or
 * `'Name'!` (an apostrophe inside a quoted name is doubled); it is always rewritten quoted. Cell text
 * (documentation blocks) is left alone: a sheet name there is prose, not a reference.
 */
import JSZip from "jszip";

const XML_ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const xmlEscape = (s: string): string => s.replace(/[&<>"']/g, (c) => XML_ESC[c]!);
const xmlUnescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (m) => Object.entries(XML_ESC).find(([, e]) => e === m)![0]);
const reEscape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Applies `f` to the parts of a formula outside string literals ("…", with "" as an escaped quote). */
function outsideStrings(formula: string, f: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join("");
}

/**
 * The formula text with every reference to a renamed sheet pointing at its new name, and every
 * renamed defined name replaced (whole names only, outside string literals, not a sheet-qualified
 * or function name).
 */
export function renameInFormula(formula: string, renames: ReadonlyMap<string, string>, names: ReadonlyMap<string, string> = new Map()): string {
  return outsideStrings(formula, (code) => {
    let out = code;
    for (const [from, to] of renames) {
      const quoted = `'${to.replace(/'/g, "''")}'!`;
      // 'From'! (case-insensitive, as Excel compares sheet names), or From! not preceded by a name character
      out = out.replace(new RegExp(`'${reEscape(from.replace(/'/g, "''"))}'!`, "gi"), quoted);
      if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(from)) {
        out = out.replace(new RegExp(`(^|[^A-Za-z0-9_.'])${reEscape(from)}!`, "gi"), (_m, pre: string) => pre + quoted);
      }
    }
    for (const [from, to] of names) {
      out = out.replace(new RegExp(`(^|[^A-Za-z0-9_.!'\\\\])${reEscape(from)}(?![A-Za-z0-9_.(!])`, "gi"), (_m, pre: string) => pre + to);
    }
    return out;
  });
}

/** Rewrites the text of every `<tag …>text</tag>` element in an XML part. */
function rewriteElements(xml: string, tag: string, renames: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>): string {
  const re = new RegExp(`(<${reEscape(tag)}(?:\\s[^>]*)?>)([^<]*)(</${reEscape(tag)}>)`, "g");
  return xml.replace(re, (_m, open: string, text: string, close: string) => open + xmlEscape(renameInFormula(xmlUnescape(text), renames, names)) + close);
}

/** The sheet names of a template workbook, in order. */
export async function sheetNamesOf(zip: JSZip): Promise<string[]> {
  const wb = await zip.file("xl/workbook.xml")?.async("string");
  if (wb === undefined) throw new Error("The template is not a workbook (xl/workbook.xml is missing).");
  return Array.from(wb.matchAll(/<sheet\s[^>]*?name="([^"]*)"/g), (m) => xmlUnescape(m[1]!));
}

/** The sheet names and defined names of a template file. */
export async function templateContents(data: ArrayBuffer | Uint8Array): Promise<{ sheets: string[]; names: string[] }> {
  const zip = await JSZip.loadAsync(data);
  const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  return { sheets: await sheetNamesOf(zip), names: Array.from(wb.matchAll(/<definedName\s[^>]*?name="([^"]*)"/g), (m) => xmlUnescape(m[1]!)) };
}

/**
 * The template as base64 with its sheets renamed (`renames`: old sheet name → new; names not in the
 * map are kept) and its defined names renamed (`names`, likewise), references following.
 */
export async function renamedTemplateBase64(
  data: ArrayBuffer | Uint8Array,
  renames: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string> = new Map()
): Promise<{ base64: string; sheets: string[] }> {
  const zip = await JSZip.loadAsync(data);
  const original = await sheetNamesOf(zip);
  const active = new Map([...renames].filter(([from, to]) => from !== to));
  const activeNames = new Map([...names].filter(([from, to]) => from !== to));
  if (active.size === 0 && activeNames.size === 0) return { base64: await zip.generateAsync({ type: "base64" }), sheets: original };
  const wbPath = "xl/workbook.xml";
  const wb = (await zip.file(wbPath)!.async("string"))
    .replace(/(<sheet\s[^>]*?name=")([^"]*)(")/g, (_m, a: string, name: string, b: string) => a + xmlEscape(active.get(xmlUnescape(name)) ?? xmlUnescape(name)) + b)
    .replace(/(<definedName\s[^>]*?name=")([^"]*)(")/g, (_m, a: string, name: string, b: string) => a + xmlEscape(activeNames.get(xmlUnescape(name)) ?? xmlUnescape(name)) + b);
  zip.file(wbPath, rewriteElements(wb, "definedName", active, activeNames));
  for (const path of Object.keys(zip.files)) {
    const tag = /^xl\/worksheets\/[^/]+\.xml$/.test(path) ? "f" : /^xl\/charts\/[^/]+\.xml$/.test(path) ? "c:f" : undefined;
    if (!tag) continue;
    zip.file(path, rewriteElements(await zip.file(path)!.async("string"), tag, active, activeNames));
  }
  return { base64: await zip.generateAsync({ type: "base64", compression: "DEFLATE" }), sheets: original.map((n) => active.get(n) ?? n) };
}
