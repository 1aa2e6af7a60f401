/**
 * Reads an xlsx (base64) into sheets for the fake host's `workbook.insertWorksheetsFromBase64`:
 * sheet names in workbook order, cell values (numbers, shared/inline strings, booleans) and formulas
 * (stored without "=", returned with it, as Office.js reports them), and the workbook's defined names.
 */
import JSZip from "jszip";

export interface XlsxSheet {
  name: string;
  cells: Map<string, { value: string | number | boolean; formula?: string }>;
}
export interface XlsxBook {
  sheets: XlsxSheet[];
  definedNames: { name: string; formula: string }[];
}

const unescape = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

export async function readXlsxBase64(base64: string): Promise<XlsxBook> {
  const zip = await JSZip.loadAsync(base64, { base64: true });
  const text = async (p: string): Promise<string | undefined> => zip.file(p)?.async("string");
  const wb = await text("xl/workbook.xml");
  if (wb === undefined) throw new Error("InvalidArgument: the base64 file is not a workbook");
  const rels = new Map(Array.from((await text("xl/_rels/workbook.xml.rels"))?.matchAll(/<Relationship\s[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g) ?? [], (m) => [m[1]!, m[2]!]));
  const relsAlt = Array.from((await text("xl/_rels/workbook.xml.rels"))?.matchAll(/<Relationship\s[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"/g) ?? [], (m) => [m[2]!, m[1]!] as const);
  for (const [k, v] of relsAlt) rels.set(k, v);
  const shared = Array.from((await text("xl/sharedStrings.xml"))?.matchAll(/<si>([\s\S]*?)<\/si>/g) ?? [], (m) => unescape(Array.from(m[1]!.matchAll(/<t[^>]*>([^<]*)<\/t>/g), (t) => t[1]).join("")));
  const sheets: XlsxSheet[] = [];
  for (const m of wb.matchAll(/<sheet\s([^>]*?)\/?>/g)) {
    const attrs = m[1]!;
    const name = unescape(/name="([^"]*)"/.exec(attrs)![1]!);
    const rid = /r:id="([^"]*)"/.exec(attrs)![1]!;
    const target = rels.get(rid)!.replace(/^\/?(xl\/)?/, "");
    const xml = (await text(`xl/${target}`)) ?? "";
    const cells = new Map<string, { value: string | number | boolean; formula?: string }>();
    for (const c of xml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /r="([A-Z]+\d+)"/.exec(c[1]!)![1]!;
      const t = /t="([^"]*)"/.exec(c[1]!)?.[1];
      const body = c[2] ?? "";
      const f = /<f(?:\s[^>]*)?>([^<]*)<\/f>/.exec(body)?.[1];
      const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      const inline = /<is>[\s\S]*?<t[^>]*>([^<]*)<\/t>/.exec(body)?.[1];
      let value: string | number | boolean = "";
      if (t === "s" && v !== undefined) value = shared[Number(v)] ?? "";
      else if (t === "inlineStr" && inline !== undefined) value = unescape(inline);
      else if (t === "b" && v !== undefined) value = v === "1";
      else if (t === "str" || t === "e") value = unescape(v ?? "");
      else if (v !== undefined) value = Number(v);
      cells.set(ref, f !== undefined ? { value, formula: `=${unescape(f)}` } : { value });
    }
    sheets.push({ name, cells });
  }
  const definedNames = Array.from(wb.matchAll(/<definedName\s[^>]*?name="([^"]*)"[^>]*>([^<]*)<\/definedName>/g), (m) => ({ name: unescape(m[1]!), formula: `=${unescape(m[2]!)}` }));
  return { sheets, definedNames };
}
