/**
 * Native charts in an .xlsx package, handled at the level of its parts (exceljs neither writes nor keeps
 * charts). Used by the template generator (src/templates/charts.ts writes the chart XML) and by the
 * `recalc -o` / `freeze` rewrite (workbook-io.ts carries the input's charts over to the copy).
 *
 * A chart is four things in the package (ECMA-376 Part 1: the Chart and Drawings parts, CT_Worksheet):
 * the chart part xl/charts/chartN.xml (c:chartSpace); a drawing part xl/drawings/drawingN.xml
 * (xdr:wsDr) with one anchor (xdr:twoCellAnchor → xdr:graphicFrame → c:chart r:id) per chart; the
 * relationships sheet → drawing and drawing → chart; the worksheet's `<drawing r:id>` element; and a content
 * type Override for each new part. `attachCharts` adds all of it, merging into a drawing the sheet already
 * has (exceljs writes one for images), in a fixed order so the same input gives the same package.
 *
 * `fillChartCaches` rewrites every c:numCache / c:strCache of a chart from the cells its c:f formula names,
 * so a viewer that does not recalculate draws the current values. `chartsOfPackage` reads a package's charts
 * back as attachments (sheet name, chart part with its style/colour parts, anchor), which is how a rewritten
 * copy keeps them; charts wrapped in mc:AlternateContent (Excel 2016 chartEx) or with parts outside
 * xl/charts/ are not read and stay in the caller's list of dropped parts.
 */
import { columnNumber } from "./a1";
import type { ZipEntry } from "./zip";
import { escapeXml, unescapeXml } from "./xml";

export const REL_TYPE = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;
export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A chart to put on a sheet. */
export interface ChartToAttach {
  /** Sheet name, as in xl/workbook.xml. */
  readonly sheet: string;
  /** The c:chartSpace part. */
  readonly chartXml: string;
  /**
   * One anchor element (`xdr:twoCellAnchor`, `xdr:oneCellAnchor` or `xdr:absoluteAnchor`) whose c:chart has
   * `r:id="{{rId}}"`; it declares the namespaces it uses (xdr, a, c, r) itself or inherits xdr and a from
   * the drawing. Its cNvPr id is renumbered to be unique in the drawing.
   */
  readonly anchorXml: string;
  /** Part name to keep (a carried chart keeps its name, so its own relationships stay valid); else chartN. */
  readonly name?: string;
  /** The chart's own relationships part and the parts it names (chart style, colours), carried with it. */
  readonly rels?: string;
  readonly related?: readonly { readonly name: string; readonly data: Buffer; readonly contentType: string | null }[];
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The part names of a package, kept in order, read and written as text. */
class Parts {
  private readonly map = new Map<string, Buffer>();
  constructor(entries: readonly ZipEntry[]) {
    for (const e of entries) this.map.set(e.name, e.data);
  }
  has(name: string): boolean {
    return this.map.has(name);
  }
  text(name: string): string | undefined {
    return this.map.get(name)?.toString("utf8");
  }
  set(name: string, data: string | Buffer): void {
    this.map.set(name, typeof data === "string" ? Buffer.from(data, "utf8") : data);
  }
  /** The first free `prefix{n}suffix`, n from 1. */
  free(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) if (!this.map.has(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
  }
  entries(): ZipEntry[] {
    return [...this.map].map(([name, data]) => ({ name, data }));
  }
}

/** xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship target (relative to the source part's folder, or absolute from the package root) → part name. */
export function resolveTarget(fromPart: string, target: string): string {
  const segments = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const s of target.replace(/^\//, "").split("/")) {
    if (s === "..") segments.pop();
    else if (s !== "." && s !== "") segments.push(s);
  }
  return segments.join("/");
}

/** The target of `toPart` written relative to the folder of `fromPart`. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

const attr = (tag: string, name: string): string | undefined => {
  const v = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return v === undefined ? undefined : unescapeXml(v);
};

export function parseRels(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*?\/?>/g)].map((m) => ({
    id: attr(m[0], "Id") ?? "",
    type: attr(m[0], "Type") ?? "",
    target: attr(m[0], "Target") ?? "",
    external: attr(m[0], "TargetMode") === "External",
  }));
}

/** Adds a relationship from `part` to `toPart`; returns its id (rId{n}, the first not in use). */
function addRel(parts: Parts, part: string, type: string, toPart: string): string {
  const relsPath = relsPathOf(part);
  const xml = parts.text(relsPath) ?? `${XML_DECL}<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const used = new Set(parseRels(xml).map((r) => r.id));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(part, toPart))}"/>`;
  parts.set(relsPath, /<Relationships\b[^>]*\/>/.test(xml) ? xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`) : xml.replace("</Relationships>", `${rel}</Relationships>`));
  return id;
}

/** Sheet name → worksheet part name, from xl/workbook.xml and its relationships. */
export function sheetPartsByName(get: (name: string) => string | undefined): Map<string, string> {
  const wb = get("xl/workbook.xml") ?? "";
  const rels = new Map(parseRels(get("xl/_rels/workbook.xml.rels")).map((r) => [r.id, r]));
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*?\/?>/g)) {
    const name = attr(m[0], "name");
    const rid = /\s[A-Za-z0-9_]+:id="([^"]*)"/.exec(m[0])?.[1];
    const rel = rid !== undefined ? rels.get(rid) : undefined;
    if (name !== undefined && rel && !rel.external) out.set(name, resolveTarget("xl/workbook.xml", rel.target));
  }
  return out;
}

/** CT_Worksheet children that come after `<drawing>` (ECMA-376 Part 1, §18.3.1.99): it goes before the first. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** The worksheet with `<drawing r:id="rid"/>` at its schema position. */
export function withDrawingElement(sheetXml: string, rid: string): string {
  const prefix = /<([A-Za-z0-9_]+:)?worksheet\b/.exec(sheetXml)?.[1] ?? "";
  const rNs = /xmlns:([A-Za-z0-9_]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(sheetXml)?.[1];
  const el = rNs ? `<${prefix}drawing ${rNs}:id="${rid}"/>` : `<${prefix}drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rid}"/>`;
  let at = sheetXml.lastIndexOf(`</${prefix}worksheet>`);
  for (const name of AFTER_DRAWING) {
    const i = sheetXml.search(new RegExp(`<${prefix}${name}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  return sheetXml.slice(0, at) + el + sheetXml.slice(at);
}

function withOverride(ct: string, part: string, type: string): string {
  if (ct.includes(`PartName="/${part}"`)) return ct;
  return ct.replace("</Types>", `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/></Types>`);
}

/** The content type of a part per [Content_Types].xml (Override, else Default by extension). */
export function contentTypeOf(ct: string, part: string): string | null {
  for (const m of ct.matchAll(/<Override\b[^>]*\/>/g)) if (attr(m[0], "PartName") === `/${part}`) return attr(m[0], "ContentType") ?? null;
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const m of ct.matchAll(/<Default\b[^>]*\/>/g)) if ((attr(m[0], "Extension") ?? "").toLowerCase() === ext) return attr(m[0], "ContentType") ?? null;
  return null;
}

const DRAWING_ROOT =
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">';

/**
 * The package with every chart of `charts` on its sheet (a sheet name that is not in the workbook throws:
 * a bug in the caller). Sheets are handled in the order they first appear in `charts`, charts in their order.
 */
export function attachCharts(entries: readonly ZipEntry[], charts: readonly ChartToAttach[]): ZipEntry[] {
  if (charts.length === 0) return [...entries];
  const parts = new Parts(entries);
  const sheets = sheetPartsByName((n) => parts.text(n));
  let ct = parts.text("[Content_Types].xml") ?? "";
  const bySheet = new Map<string, ChartToAttach[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  for (const [sheet, list] of bySheet) {
    const sheetPart = sheets.get(sheet);
    if (!sheetPart) throw new Error(`attachCharts: the workbook has no sheet named ${sheet}`);
    let sheetXml = parts.text(sheetPart)!;
    // The sheet's drawing, if it has one (exceljs writes one for images): charts are added to it.
    const drawingRid = /<(?:[A-Za-z0-9_]+:)?drawing\b[^>]*?\s[A-Za-z0-9_]+:id="([^"]*)"/.exec(sheetXml)?.[1];
    const drawingRel = drawingRid !== undefined ? parseRels(parts.text(relsPathOf(sheetPart))).find((r) => r.id === drawingRid) : undefined;
    let drawing = drawingRel ? resolveTarget(sheetPart, drawingRel.target) : undefined;
    if (!drawing || !parts.has(drawing)) {
      drawing = parts.free("xl/drawings/drawing", ".xml");
      parts.set(drawing, `${XML_DECL}${DRAWING_ROOT}</xdr:wsDr>`);
      const rid = addRel(parts, sheetPart, REL_TYPE.drawing, drawing);
      sheetXml = withDrawingElement(sheetXml.replace(/<(?:[A-Za-z0-9_]+:)?drawing\b[^>]*\/>/, ""), rid);
      parts.set(sheetPart, sheetXml);
      ct = withOverride(ct, drawing, CONTENT_TYPE.drawing);
    }
    let drawingXml = parts.text(drawing)!;
    let nextId = Math.max(1, ...[...drawingXml.matchAll(/<(?:[A-Za-z0-9_]+:)?cNvPr\b[^>]*?\sid="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
    const anchors: string[] = [];
    for (const c of list) {
      const name = c.name && !parts.has(c.name) ? c.name : parts.free("xl/charts/chart", ".xml");
      parts.set(name, c.chartXml);
      ct = withOverride(ct, name, CONTENT_TYPE.chart);
      if (c.rels) parts.set(relsPathOf(name), c.rels);
      for (const r of c.related ?? []) {
        if (parts.has(r.name)) continue;
        parts.set(r.name, r.data);
        if (r.contentType && contentTypeOf(ct, r.name) !== r.contentType) ct = withOverride(ct, r.name, r.contentType);
      }
      const rid = addRel(parts, drawing, REL_TYPE.chart, name);
      anchors.push(c.anchorXml.replace("{{rId}}", rid).replace(/(<(?:[A-Za-z0-9_]+:)?cNvPr\b[^>]*?\sid=")\d+(")/, (_m, a: string, b: string) => `${a}${nextId++}${b}`));
    }
    const close = /<\/(?:[A-Za-z0-9_]+:)?wsDr>\s*$/.exec(drawingXml);
    drawingXml = close ? drawingXml.slice(0, close.index) + anchors.join("") + drawingXml.slice(close.index) : drawingXml.replace(/<((?:[A-Za-z0-9_]+:)?wsDr\b[^>]*)\/>/, (_m, open: string) => `<${open}>${anchors.join("")}</${open.split(/\s/)[0]}>`);
    parts.set(drawing, drawingXml);
  }
  parts.set("[Content_Types].xml", ct);
  return parts.entries();
}

/** Excel's default column width (64 px) in EMU, to turn an anchor's extent into a column count. */
const DEFAULT_COLUMN_EMU = 609600;

/**
 * The last column (1-based) a chart's anchor may cover: the column a two-cell anchor's `to` corner ends in;
 * for a one-cell or absolute anchor, its width counted in default-width columns (an upper bound
 * only where columns are at least that wide).
 */
export function anchorLastColumn(anchorXml: string): number {
  const num = (re: RegExp) => Number(re.exec(anchorXml)?.[1] ?? 0);
  if (/^<(?:[A-Za-z0-9_]+:)?twoCellAnchor\b/.test(anchorXml)) {
    // `to` is 0-based; with no offset the chart stops at that column's left edge, inside the column before.
    const col = num(/<(?:[A-Za-z0-9_]+:)?to>\s*<(?:[A-Za-z0-9_]+:)?col>(\d+)</);
    return num(/<(?:[A-Za-z0-9_]+:)?to>[\s\S]*?<(?:[A-Za-z0-9_]+:)?colOff>(\d+)</) > 0 ? col + 1 : Math.max(col, 1);
  }
  const cx = num(/<(?:[A-Za-z0-9_]+:)?ext\b[^>]*\bcx="(\d+)"/);
  if (/^<(?:[A-Za-z0-9_]+:)?oneCellAnchor\b/.test(anchorXml)) return num(/<(?:[A-Za-z0-9_]+:)?from>\s*<(?:[A-Za-z0-9_]+:)?col>(\d+)</) + 1 + Math.ceil(cx / DEFAULT_COLUMN_EMU);
  return Math.ceil((num(/<(?:[A-Za-z0-9_]+:)?pos\b[^>]*\bx="(\d+)"/) + cx) / DEFAULT_COLUMN_EMU);
}

// ---------------------------------------------------------------------------------------------
// Chart caches

export type CellRead = (sheet: string, row: number, col: number) => number | string | boolean | null | undefined;

export interface CellRange {
  readonly sheet: string;
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

/** `'Sheet name'!$A$5:$A$20` (or one cell, or an unquoted sheet name) → its range; null for anything else. */
export function parseRangeRef(f: string): CellRange | null {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^'!():,\s]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?\s*$/.exec(f);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  const [a, b] = [columnNumber(m[3]!), Number(m[4])];
  const [c, d] = m[5] !== undefined ? [columnNumber(m[5]), Number(m[6])] : [a, b];
  return { sheet, r1: Math.min(b, d), c1: Math.min(a, c), r2: Math.max(b, d), c2: Math.max(a, c) };
}

/** The cells of a range, row by row. */
export function rangeCells(r: CellRange): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) out.push({ row, col });
  return out;
}

/** A number as a chart cache writes it (shortest round-trip form, exponent in capitals). */
export function cacheNumber(n: number): string {
  return String(n).replace("e", "E");
}

function numCache(range: CellRange, read: CellRead, formatCode: string): string {
  const cells = rangeCells(range);
  const pts = cells.map((c, i) => {
    const v = read(range.sheet, c.row, c.col);
    return typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${cacheNumber(v)}</c:v></c:pt>` : "";
  });
  return `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${cells.length}"/>${pts.join("")}</c:numCache>`;
}

function strCache(range: CellRange, read: CellRead): string {
  const cells = rangeCells(range);
  const pts = cells.map((c, i) => {
    const v = read(range.sheet, c.row, c.col);
    return v === null || v === undefined || v === "" ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : typeof v === "number" ? cacheNumber(v) : v)}</c:v></c:pt>`;
  });
  return `<c:strCache><c:ptCount val="${cells.length}"/>${pts.join("")}</c:strCache>`;
}

/**
 * The chart with each c:numRef / c:strRef cache rebuilt from the cells of its c:f (a single range on a sheet;
 * a reference of another form, e.g. a defined name or a union, keeps its cache). Charts written with the
 * `c` prefix (ours, Excel's, LibreOffice's) are handled; another prefix is left as it is.
 */
export function fillChartCaches(chartXml: string, read: CellRead): string {
  return chartXml.replace(/<c:(numRef|strRef)>([\s\S]*?)<\/c:\1>/g, (whole, kind: string, body: string) => {
    const f = /<c:f>([^<]*)<\/c:f>/.exec(body);
    const range = f ? parseRangeRef(unescapeXml(f[1]!)) : null;
    if (!f || !range) return whole;
    const rest = body.replace(/<c:(numCache|strCache)>[\s\S]*?<\/c:\1>|<c:(numCache|strCache)\/>/, "").replace(f[0], "");
    const formatCode = unescapeXml(/<c:formatCode>([^<]*)<\/c:formatCode>/.exec(body)?.[1] ?? "General");
    const cache = kind === "numRef" ? numCache(range, read, formatCode) : strCache(range, read);
    return `<c:${kind}>${f[0]}${cache}${rest}</c:${kind}>`;
  });
}

/**
 * A cell reader over an exceljs workbook: a formula cell gives its cached result (read from `cell.result`:
 * exceljs leaves a result of 0 out of `cell.value`), an error cell null.
 */
export function workbookReader(wb: { getWorksheet(name: string): { getCell(row: number, col: number): { value: unknown } } | undefined }): CellRead {
  return (sheet, row, col) => {
    const ws = wb.getWorksheet(sheet);
    if (!ws) return undefined;
    const cell = ws.getCell(row, col) as { value: unknown; result?: unknown };
    let v = cell.value;
    if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) v = cell.result;
    if (v && typeof v === "object" && "richText" in v) v = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
    if (v && typeof v === "object" && "text" in v && "hyperlink" in v) v = (v as { text: unknown }).text;
    return typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : null;
  };
}

// ---------------------------------------------------------------------------------------------
// Carrying charts over (recalc -o, freeze)

const ANCHOR = /<((?:[A-Za-z0-9_]+:)?)(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g;

/**
 * The charts of a package as ChartToAttach entries (sheet name, chart part with its own relationships and
 * the parts they name, the drawing's anchor with the drawing's namespace declarations copied onto it), and
 * the part names they cover. A chart is carried only when everything it refers to is inside xl/charts/
 * (style and colour parts); a chart with embedded data, pictures or shapes of its own is not (its parts stay
 * in the caller's list of dropped parts).
 */
export function chartsOfPackage(entries: readonly ZipEntry[]): { charts: ChartToAttach[]; parts: string[] } {
  const byName = new Map(entries.map((e) => [e.name, e.data]));
  const text = (n: string) => byName.get(n)?.toString("utf8");
  const ct = text("[Content_Types].xml") ?? "";
  const charts: ChartToAttach[] = [];
  const covered: string[] = [];
  for (const [sheet, sheetPart] of sheetPartsByName(text)) {
    const sheetRels = parseRels(text(relsPathOf(sheetPart)));
    const sheetXml = text(sheetPart) ?? "";
    const rid = /<(?:[A-Za-z0-9_]+:)?drawing\b[^>]*?\s[A-Za-z0-9_]+:id="([^"]*)"/.exec(sheetXml)?.[1];
    const rel = sheetRels.find((r) => r.id === rid && !r.external);
    if (!rel) continue;
    const drawing = resolveTarget(sheetPart, rel.target);
    const drawingXml = text(drawing);
    if (!drawingXml) continue;
    const drawingRels = parseRels(text(relsPathOf(drawing)));
    const rootTag = /<(?:[A-Za-z0-9_]+:)?wsDr\b[^>]*>/.exec(drawingXml)?.[0] ?? "";
    const rootNs = [...rootTag.matchAll(/\sxmlns(?::[A-Za-z0-9_]+)?="[^"]*"/g)].map((m) => m[0]);
    for (const m of drawingXml.matchAll(ANCHOR)) {
      const anchor = m[0];
      if (/AlternateContent/.test(anchor)) continue;
      const chartRef = /<(?:[A-Za-z0-9_]+:)?chart\b[^>]*?\s([A-Za-z0-9_]+):id="([^"]*)"/.exec(anchor);
      if (!chartRef) continue;
      const chartRel = drawingRels.find((r) => r.id === chartRef[2] && !r.external);
      if (!chartRel) continue;
      const chart = resolveTarget(drawing, chartRel.target);
      const chartXml = text(chart);
      if (!chartXml) continue;
      const rels = text(relsPathOf(chart));
      const targets = parseRels(rels).map((r) => ({ ...r, part: resolveTarget(chart, r.target) }));
      if (targets.some((r) => r.external || !r.part.startsWith("xl/charts/") || r.part.includes("/_rels/") || !byName.has(r.part))) continue;
      // The anchor is moved into another drawing: it declares every namespace of its old drawing's root itself.
      const open = /^<[^>]*>/.exec(anchor)![0];
      const missing = rootNs.filter((ns) => !open.includes(ns.split("=")[0]! + "="));
      const selfContained = open.replace(/(\/?>)$/, `${missing.join("")}$1`) + anchor.slice(open.length);
      charts.push({
        sheet,
        chartXml,
        anchorXml: selfContained.replace(chartRef[0], chartRef[0].replace(`${chartRef[1]}:id="${chartRef[2]}"`, `${chartRef[1]}:id="{{rId}}"`)),
        name: chart,
        ...(rels ? { rels } : {}),
        related: targets.map((r) => ({ name: r.part, data: byName.get(r.part)!, contentType: contentTypeOf(ct, r.part) })),
      });
      covered.push(chart, ...(rels ? [relsPathOf(chart)] : []), ...targets.map((r) => r.part));
    }
  }
  return { charts, parts: [...new Set(covered)] };
}
