/**
 * Reading and writing .xlsx workbooks for `depin-calc recalc` / `freeze` and the template generator.
 *
 * Reading: the package is unzipped by zip.ts first (size cap, damaged files refused with a sentence), then
 * parsed by exceljs. Defined names are taken from xl/workbook.xml directly, because exceljs keeps only names
 * that are plain ranges (a name such as `Rate = 0.05` or `=Sheet1!$A$1*2` would be lost) and drops their
 * scope on write.
 *
 * Writing: exceljs renders the workbook; the package is then rewritten by zip.ts with one fixed date, the
 * original `<definedNames>` block (when given) put back, optionally a named cell style for inputs, and native
 * charts added (chart-parts.ts: the chart, drawing and relationship parts, the worksheet's `<drawing>` and the
 * content types, each chart's cached values rebuilt from the workbook's cells). The same workbook therefore
 * gives the same bytes. exceljs neither writes nor keeps charts: the templates' charts come from
 * src/templates/charts.ts, and a loaded file's charts are read from its package (`charts`) and put back on
 * the same sheets by name when it is written again (recalc -o, freeze). A chart that refers to parts outside
 * xl/charts/ (embedded data, pictures), pivot tables and other parts exceljs does not model are still lost:
 * `droppedParts` lists them, and the CLI says so.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { DEFAULT_MAX_UNCOMPRESSED, PackageError, readZip, writeZip, type ZipEntry } from "./zip";
import { unescapeXml } from "./xml";
import { attachCharts, chartsOfPackage, fillChartCaches, workbookReader, type ChartToAttach } from "./chart-parts";

export { PackageError } from "./zip";
export { unescapeXml } from "./xml";

/** One `<definedName>` of xl/workbook.xml. */
export interface DefinedNameXml {
  readonly name: string;
  /** 0-based index of the sheet the name is scoped to; undefined = workbook scope. */
  readonly localSheetId?: number;
  /** The definition as stored (no leading "="), e.g. `Inputs!$C$5` or `0.05`. */
  readonly text: string;
}

export interface LoadedWorkbook {
  readonly wb: ExcelJS.Workbook;
  readonly definedNames: readonly DefinedNameXml[];
  /** The raw `<definedNames>…</definedNames>` element of the input, to put back on write. */
  readonly definedNamesXml: string | null;
  readonly date1904: boolean;
  /** The input's charts (chart-parts.ts chartsOfPackage), to put back on write (WriteOptions.charts). */
  readonly charts: readonly ChartToAttach[];
  /** Parts of the package that a rewrite does not carry over (exceljs drops them; charts are carried, see `charts`). */
  readonly droppedParts: readonly string[];
}

export interface ReadOptions {
  maxUncompressedBytes?: number;
}

/** The `<definedName>` elements of a workbook.xml text. */
export function parseDefinedNames(workbookXml: string): { names: DefinedNameXml[]; xml: string | null } {
  const block = /<definedNames>[\s\S]*?<\/definedNames>/.exec(workbookXml);
  if (!block) return { names: [], xml: null };
  const names: DefinedNameXml[] = [];
  for (const m of block[0].matchAll(/<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g)) {
    const attrs = m[1] ?? "";
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    if (name === undefined) continue;
    const local = /\blocalSheetId="(\d+)"/.exec(attrs)?.[1];
    names.push({ name: unescapeXml(name), ...(local !== undefined ? { localSheetId: Number(local) } : {}), text: unescapeXml(m[2] ?? "") });
  }
  return { names, xml: block[0] };
}

const KEPT_PARTS = /^(\[Content_Types\]\.xml|_rels\/\.rels|docProps\/(app|core|custom)\.xml|xl\/(workbook\.xml|styles\.xml|sharedStrings\.xml|calcChain\.xml|_rels\/workbook\.xml\.rels|theme\/[^/]+|worksheets\/[^/]+|worksheets\/_rels\/[^/]+|comments\d*\.xml|drawings\/vmlDrawing\d*\.vml|media\/[^/]+|tables\/[^/]+|drawings\/_rels\/[^/]+|drawings\/drawing\d+\.xml))$/;

/** Reads an .xlsx package from memory; PackageError when it cannot be read. */
export async function loadWorkbook(buf: Buffer, opts: ReadOptions = {}): Promise<LoadedWorkbook> {
  const entries = readZip(buf, opts.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED);
  const workbookPart = entries.find((e) => e.name === "xl/workbook.xml");
  if (!workbookPart) throw new PackageError("the package has no xl/workbook.xml (not an Excel workbook)");
  const workbookXml = workbookPart.data.toString("utf8");
  const { names, xml } = parseDefinedNames(workbookXml);
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbookXml);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new PackageError(`the workbook cannot be parsed (${e instanceof Error ? e.message.split("\n")[0] : "unknown reason"})`);
  }
  // A package whose drawings cannot be followed keeps its charts in droppedParts (the CLI warns), never fails.
  let charts: ReturnType<typeof chartsOfPackage> = { charts: [], parts: [] };
  try {
    charts = chartsOfPackage(entries);
  } catch {
    /* charts not carried */
  }
  const carried = new Set(charts.parts);
  const droppedParts = entries.map((e) => e.name).filter((n) => !n.endsWith("/") && !KEPT_PARTS.test(n) && !carried.has(n));
  return { wb, definedNames: names, definedNamesXml: xml, date1904, charts: charts.charts, droppedParts };
}

/** Reads an .xlsx file; PackageError when it cannot be read. */
export async function readWorkbookFile(file: string, opts: ReadOptions = {}): Promise<LoadedWorkbook> {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    throw new PackageError(`cannot read ${file}`);
  }
  return loadWorkbook(buf, opts);
}

/** A named cell style (Excel's Styles gallery) applied to every cell whose fill has `fillArgb`. */
export interface NamedStyle {
  readonly name: string;
  /** Excel's built-in style id, e.g. 20 = "Input"; omitted for a custom style. */
  readonly builtinId?: number;
  readonly fillArgb: string;
}

export interface WriteOptions {
  /** Date stamped on every zip entry (and docProps, set by the caller on the workbook). */
  readonly stamp: Date;
  /** `<definedNames>` element to put back in place of what exceljs wrote (see loadWorkbook). */
  readonly definedNamesXml?: string | null;
  readonly namedStyles?: readonly NamedStyle[];
  /** Native charts to put on their sheets (caches rebuilt from the workbook's cells on the way). */
  readonly charts?: readonly ChartToAttach[];
}

/**
 * Adds `<cellStyle>` entries and points the matching cell formats at them. exceljs writes one style xf
 * (Normal) and cell xfs with `xfId="0"`; each named style gets a style xf copying the fill and font of the
 * first cell xf with its fill, and every cell xf with that fill is linked to it.
 */
export function addNamedStyles(stylesXml: string, styles: readonly NamedStyle[]): string {
  const fills = [...(/<fills[^>]*>([\s\S]*?)<\/fills>/.exec(stylesXml)?.[1] ?? "").matchAll(/<fill>[\s\S]*?<\/fill>|<fill\/>/g)].map((m) => m[0]);
  const cellXfsBlock = /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/.exec(stylesXml);
  const styleXfsBlock = /<cellStyleXfs count="(\d+)">([\s\S]*?)<\/cellStyleXfs>/.exec(stylesXml);
  const cellStylesBlock = /<cellStyles count="(\d+)">([\s\S]*?)<\/cellStyles>/.exec(stylesXml);
  if (!cellXfsBlock || !styleXfsBlock || !cellStylesBlock) return stylesXml;
  let styleXfCount = Number(styleXfsBlock[1]);
  let styleXfs = styleXfsBlock[2]!;
  let cellStyles = cellStylesBlock[2]!;
  let cellXfs = cellXfsBlock[1]!;
  for (const s of styles) {
    const fillId = fills.findIndex((f) => f.includes(`rgb="${s.fillArgb}"`));
    if (fillId < 0) continue;
    const xfs = [...cellXfs.matchAll(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    const first = xfs.find((x) => x.includes(`fillId="${fillId}"`));
    if (!first) continue;
    const fontId = /fontId="(\d+)"/.exec(first)?.[1] ?? "0";
    const xfId = styleXfCount++;
    styleXfs += `<xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="0" applyFont="1" applyFill="1"/>`;
    cellStyles += `<cellStyle name="${s.name}" xfId="${xfId}"${s.builtinId !== undefined ? ` builtinId="${s.builtinId}"` : ""}/>`;
    cellXfs = xfs.map((x) => (x.includes(`fillId="${fillId}"`) ? x.replace(/xfId="\d+"/, `xfId="${xfId}"`) : x)).join("");
  }
  const count = (cellStyles.match(/<cellStyle\b/g) ?? []).length;
  return stylesXml
    .replace(styleXfsBlock[0], `<cellStyleXfs count="${styleXfCount}">${styleXfs}</cellStyleXfs>`)
    .replace(cellStylesBlock[0], `<cellStyles count="${count}">${cellStyles}</cellStyles>`)
    .replace(cellXfsBlock[0], `<cellXfs count="${(cellXfs.match(/<xf\b/g) ?? []).length}">${cellXfs}</cellXfs>`);
}

/** The workbook as .xlsx bytes; the same workbook and options give the same bytes. */
export async function workbookBytes(wb: ExcelJS.Workbook, opts: WriteOptions): Promise<Buffer> {
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  const entries: ZipEntry[] = readZip(raw, Number.MAX_SAFE_INTEGER).map((e) => {
    if (e.name === "xl/workbook.xml" && opts.definedNamesXml !== undefined) {
      const text = e.data.toString("utf8").replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, "");
      const put = opts.definedNamesXml ? text.replace("</sheets>", () => `</sheets>${opts.definedNamesXml}`) : text;
      return { name: e.name, data: Buffer.from(put, "utf8") };
    }
    if (e.name === "xl/styles.xml" && opts.namedStyles && opts.namedStyles.length > 0) {
      return { name: e.name, data: Buffer.from(addNamedStyles(e.data.toString("utf8"), opts.namedStyles), "utf8") };
    }
    return e;
  });
  if (!opts.charts || opts.charts.length === 0) return writeZip(entries, opts.stamp);
  const read = workbookReader(wb);
  const charts = opts.charts.map((c) => ({ ...c, chartXml: fillChartCaches(c.chartXml, read) }));
  return writeZip(attachCharts(entries, charts), opts.stamp);
}
