/**
 * The native charts of the shipped templates (issue 12 item 1), checked on the committed files:
 * - which template has which chart (the hand-designed ones listed here, one per preset that defines a chart);
 * - every part well-formed (xmllint) and the chart, drawing and worksheet elements in the order of the
 *   ECMA-376 schemas (the sequences below are typed from dml-chart.xsd, dml-spreadsheetDrawing.xsd and
 *   sml.xsd CT_Worksheet; unknown children fail);
 * - the package consistent: every part has a content type, every Override names a part, every internal
 *   relationship target exists, every r:id in a worksheet or drawing resolves, with the right type;
 * - every chart reference names an existing sheet and a range whose cells all hold values, the caches equal
 *   those cells' values as the worksheet XML stores them, and the chart sits on empty cells (it hides no data);
 * - the caption next to each chart names the ranges the chart plots.
 * The same checks run on `freeze` and `recalc -o` copies (charts carried over) and on a renamed template.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { templates } from "../../src/templates/catalog";
import { readZip, type ZipEntry } from "../../src/headless/zip";
import { loadWorkbook, workbookBytes } from "../../src/headless/workbook-io";
import { attachCharts } from "../../src/headless/chart-parts";
import { freezeCommand, recalcCommand } from "../../src/headless/workbook-commands";
import { renamedTemplateBase64 } from "../../src/taskpane/template-xlsx";
import { listPresets, getPreset } from "../../src/presets";

const DIR = path.resolve(__dirname, "../../assets/templates");
const files = templates().map((t) => t.file);

// ---------------------------------------------------------------------------------------------
// A minimal XML tree (the parts are checked well-formed by xmllint first).

interface El {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

function parseXml(xml: string): El {
  const root: El = { name: "#root", local: "#root", attrs: {}, children: [], text: "" };
  const stack = [root];
  for (const m of xml.replace(/<\?[\s\S]*?\?>/g, "").matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      top.text += m[5];
      continue;
    }
    if (m[1]) {
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3]!.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    const el: El = { name: m[2]!, local: m[2]!.replace(/^.*:/, ""), attrs, children: [], text: "" };
    top.children.push(el);
    if (!m[4]) stack.push(el);
  }
  return root.children[0]!;
}

function* walk(el: El, parent?: El): Generator<[El, El | undefined]> {
  yield [el, parent];
  for (const c of el.children) yield* walk(c, el);
}

const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

// ---------------------------------------------------------------------------------------------
// Child sequences from the schemas. A group "a|b" is one position any of whose members may repeat there.

const CHARTS = "areaChart|area3DChart|lineChart|line3DChart|stockChart|radarChart|scatterChart|pieChart|pie3DChart|doughnutChart|barChart|bar3DChart|ofPieChart|surfaceChart|surface3DChart|bubbleChart";
const AXES = "valAx|catAx|dateAx|serAx";
const AX_HEAD = ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses|crossesAt"];
const SEQ: Record<string, string[]> = {
  chartSpace: ["date1904", "lang", "roundedCorners", "AlternateContent", "style", "clrMapOvr", "pivotSource", "protection", "chart", "spPr", "txPr", "externalData", "printSettings", "userShapes", "extLst"],
  chart: ["title", "autoTitleDeleted", "pivotFmts", "view3D", "floor", "sideWall", "backWall", "plotArea", "legend", "plotVisOnly", "dispBlanksAs", "showDLblsOverMax", "extLst"],
  title: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"],
  plotArea: ["layout", CHARTS, AXES, "dTable", "spPr", "extLst"],
  lineChart: ["grouping", "varyColors", "ser", "dLbls", "dropLines", "hiLowLines", "upDownBars", "marker", "smooth", "axId", "extLst"],
  barChart: ["barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId", "extLst"],
  areaChart: ["grouping", "varyColors", "ser", "dLbls", "dropLines", "axId", "extLst"],
  scatterChart: ["scatterStyle", "varyColors", "ser", "dLbls", "axId", "extLst"],
  "lineChart>ser": ["idx", "order", "tx", "spPr", "marker", "dPt", "dLbls", "trendline", "errBars", "cat", "val", "smooth", "extLst"],
  "barChart>ser": ["idx", "order", "tx", "spPr", "invertIfNegative", "pictureOptions", "dPt", "dLbls", "trendline", "errBars", "cat", "val", "shape", "extLst"],
  "areaChart>ser": ["idx", "order", "tx", "spPr", "pictureOptions", "dPt", "dLbls", "trendline", "errBars", "cat", "val", "extLst"],
  "scatterChart>ser": ["idx", "order", "tx", "spPr", "marker", "dPt", "dLbls", "trendline", "errBars", "xVal", "yVal", "smooth", "extLst"],
  "ser>marker": ["symbol", "size", "spPr", "extLst"],
  "ser>tx": ["strRef|v"],
  "title>tx": ["strRef|rich"],
  rich: ["bodyPr", "lstStyle", "p"],
  catAx: [...AX_HEAD, "auto", "lblAlgn", "lblOffset", "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst"],
  valAx: [...AX_HEAD, "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"],
  scaling: ["logBase", "orientation", "max", "min", "extLst"],
  legend: ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"],
  numRef: ["f", "numCache", "extLst"],
  strRef: ["f", "strCache", "extLst"],
  numCache: ["formatCode", "ptCount", "pt", "extLst"],
  strCache: ["ptCount", "pt", "extLst"],
  pt: ["v"],
  cat: ["multiLvlStrRef|numRef|numLit|strRef|strLit"],
  val: ["numRef|numLit"],
  xVal: ["multiLvlStrRef|numRef|numLit|strRef|strLit"],
  yVal: ["numRef|numLit"],
  wsDr: ["twoCellAnchor|oneCellAnchor|absoluteAnchor"],
  twoCellAnchor: ["from", "to", "sp|grpSp|graphicFrame|cxnSp|pic|contentPart", "clientData"],
  from: ["col", "colOff", "row", "rowOff"],
  to: ["col", "colOff", "row", "rowOff"],
  graphicFrame: ["nvGraphicFramePr", "xfrm", "graphic", "extLst"],
  nvGraphicFramePr: ["cNvPr", "cNvGraphicFramePr"],
  graphic: ["graphicData"],
  "graphicData>chart": [],
  worksheet: [
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState",
    "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
    "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
    "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
  ],
};
/** Children a schema requires (minOccurs ≥ 1). */
const REQUIRED: Record<string, string[]> = {
  chartSpace: ["chart"],
  chart: ["plotArea"],
  plotArea: [CHARTS],
  "lineChart>ser": ["idx", "order"],
  "barChart>ser": ["idx", "order"],
  "areaChart>ser": ["idx", "order"],
  "scatterChart>ser": ["idx", "order"],
  lineChart: ["grouping", "axId"],
  barChart: ["barDir", "axId"],
  areaChart: ["axId"],
  scatterChart: ["scatterStyle", "axId"],
  catAx: ["axId", "scaling", "axPos", "crossAx"],
  valAx: ["axId", "scaling", "axPos", "crossAx"],
  numRef: ["f"],
  strRef: ["f"],
  pt: ["v"],
  twoCellAnchor: ["from", "to", "clientData"],
  graphicFrame: ["nvGraphicFramePr", "xfrm", "graphic"],
  worksheet: ["sheetData"],
};

/** Schema-order problems of the tree (elements without a sequence here are not checked). */
function orderProblems(root: El): string[] {
  const out: string[] = [];
  for (const [el, parent] of walk(root)) {
    const key = parent && SEQ[`${parent.local}>${el.local}`] ? `${parent.local}>${el.local}` : el.local;
    const seq = SEQ[key];
    if (!seq) continue;
    const pos = (local: string) => seq.findIndex((g) => g.split("|").includes(local));
    let last = -1;
    for (const c of el.children) {
      const p = pos(c.local);
      if (p < 0) out.push(`${key}: unexpected child ${c.local}`);
      else if (p < last) out.push(`${key}: ${c.local} after ${seq[last]}`);
      else last = p;
    }
    for (const r of REQUIRED[key] ?? []) if (!el.children.some((c) => r.split("|").includes(c.local))) out.push(`${key}: no ${r}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Package helpers (written here, independently of src/headless/chart-parts.ts)

type Pkg = Map<string, string>;
const pkgOf = (buf: Buffer): Pkg => new Map(readZip(buf).filter((e) => !e.name.endsWith("/")).map((e) => [e.name, e.data.toString("utf8")]));

function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const s of target.split("/")) {
    if (s === "..") parts.pop();
    else if (s !== ".") parts.push(s);
  }
  return parts.join("/");
}
const relsOf = (part: string) => (part === "" ? "_rels/.rels" : part.replace(/([^/]+)$/, "_rels/$1.rels"));
function rels(pkg: Pkg, part: string): { id: string; type: string; target: string; external: boolean }[] {
  const xml = pkg.get(relsOf(part));
  if (!xml) return [];
  return parseXml(xml).children.map((r) => ({ id: r.attrs.Id!, type: r.attrs.Type!.replace(/^.*\//, ""), target: unescape(r.attrs.Target!), external: r.attrs.TargetMode === "External" }));
}

interface FoundChart {
  sheet: string;
  part: string;
  xml: string;
  anchor: El;
}

/** Sheet name → part, and every chart reachable from a sheet through its drawing. */
function chartsIn(pkg: Pkg): { sheets: Map<string, string>; charts: FoundChart[] } {
  const wbRels = rels(pkg, "xl/workbook.xml");
  const sheets = new Map<string, string>();
  for (const s of walk(parseXml(pkg.get("xl/workbook.xml")!))) {
    if (s[0].local !== "sheet") continue;
    sheets.set(unescape(s[0].attrs.name!), resolve("xl/workbook.xml", wbRels.find((r) => r.id === s[0].attrs["r:id"])!.target));
  }
  const charts: FoundChart[] = [];
  for (const [sheet, part] of sheets) {
    const drawingEl = parseXml(pkg.get(part)!).children.find((c) => c.local === "drawing");
    if (!drawingEl) continue;
    const drawing = resolve(part, rels(pkg, part).find((r) => r.id === drawingEl.attrs["r:id"])!.target);
    const dRels = rels(pkg, drawing);
    for (const anchor of parseXml(pkg.get(drawing)!).children) {
      const c = [...walk(anchor)].map(([e]) => e).find((e) => e.name === "c:chart");
      if (!c) continue;
      const chartPart = resolve(drawing, dRels.find((r) => r.id === c.attrs["r:id"])!.target);
      charts.push({ sheet, part: chartPart, xml: pkg.get(chartPart)!, anchor });
    }
  }
  return { sheets, charts };
}

function contentTypeProblems(pkg: Pkg): string[] {
  const ct = parseXml(pkg.get("[Content_Types].xml")!);
  const overrides = new Map(ct.children.filter((c) => c.local === "Override").map((c) => [c.attrs.PartName!.slice(1), c.attrs.ContentType!]));
  const defaults = new Map(ct.children.filter((c) => c.local === "Default").map((c) => [c.attrs.Extension!.toLowerCase(), c.attrs.ContentType!]));
  const out: string[] = [];
  for (const name of pkg.keys()) {
    if (name === "[Content_Types].xml") continue;
    if (!overrides.has(name) && !defaults.has(name.replace(/^.*\./, "").toLowerCase())) out.push(`${name}: no content type`);
  }
  for (const name of overrides.keys()) if (!pkg.has(name)) out.push(`Override for a missing part ${name}`);
  for (const [name, type] of overrides) {
    if (/^xl\/charts\/chart\d+\.xml$/.test(name) && type !== "application/vnd.openxmlformats-officedocument.drawingml.chart+xml") out.push(`${name}: ${type}`);
    if (/^xl\/drawings\/drawing\d+\.xml$/.test(name) && type !== "application/vnd.openxmlformats-officedocument.drawing+xml") out.push(`${name}: ${type}`);
  }
  for (const name of pkg.keys()) {
    if (/^xl\/(charts|drawings)\/[^/]+\.xml$/.test(name) && !overrides.has(name)) out.push(`${name}: no Override`);
  }
  return out;
}

function relationshipProblems(pkg: Pkg): string[] {
  const out: string[] = [];
  for (const name of pkg.keys()) {
    const m = /^(.*)_rels\/([^/]+)\.rels$/.exec(name);
    if (!m) continue;
    const source = `${m[1]}${m[2]}`;
    if (source !== "" && !pkg.has(source)) out.push(`${name}: its source part ${source} is missing`);
    for (const r of rels(pkg, source)) if (!r.external && !pkg.has(resolve(source, r.target))) out.push(`${name} ${r.id}: ${r.target} is missing`);
  }
  for (const [name, xml] of pkg) {
    if (!/^xl\/(worksheets|drawings)\/[^/]+\.xml$/.test(name)) continue;
    const ids = new Map(rels(pkg, name).map((r) => [r.id, r.type]));
    for (const [el] of walk(parseXml(xml))) {
      const rid = el.attrs["r:id"];
      if (rid === undefined) continue;
      if (!ids.has(rid)) out.push(`${name}: ${el.name} r:id=${rid} does not resolve`);
      else if (el.local === "drawing" && ids.get(rid) !== "drawing") out.push(`${name}: <drawing> points at a ${ids.get(rid)} relationship`);
      else if (el.name === "c:chart" && ids.get(rid) !== "chart") out.push(`${name}: c:chart points at a ${ids.get(rid)} relationship`);
    }
  }
  return out;
}

function xmllintProblems(pkg: Pkg): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "depin-xml-"));
  try {
    const written: string[] = [];
    for (const [name, xml] of pkg) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const file = path.join(dir, name.replace(/[^\w.]/g, "_"));
      fs.writeFileSync(file, xml);
      written.push(file);
    }
    execFileSync("xmllint", ["--noout", ...written], { stdio: "pipe" });
    return "";
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Cells (read through exceljs, the way a reader of the file sees them)

function decodeRange(f: string): { sheet: string; r1: number; c1: number; r2: number; c2: number } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(f);
  if (!m) throw new Error(`not a quoted single-range reference: ${f}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { sheet: m[1]!.replace(/''/g, "'"), c1: col(m[2]!), r1: Number(m[3]), c2: col(m[4] ?? m[2]!), r2: Number(m[5] ?? m[3]) };
}

/** The values of a sheet's cells as stored in its XML (cached results of formulas included), by "row,col". */
function storedCells(pkg: Pkg, sheetPart: string): Map<string, number | string | boolean> {
  const shared = parseXml(pkg.get("xl/sharedStrings.xml") ?? "<sst/>").children.map((si) => [...walk(si)].filter(([e]) => e.local === "t").map(([e]) => unescape(e.text)).join(""));
  const out = new Map<string, number | string | boolean>();
  for (const [c] of walk(parseXml(pkg.get(sheetPart)!))) {
    if (c.local !== "c") continue;
    const m = /^([A-Z]+)(\d+)$/.exec(c.attrs.r!)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const v = c.children.find((x) => x.local === "v");
    const t = c.attrs.t;
    let value: number | string | boolean | undefined;
    if (t === "inlineStr") value = [...walk(c)].filter(([e]) => e.local === "t").map(([e]) => unescape(e.text)).join("");
    else if (!v) value = undefined;
    else if (t === "s") value = shared[Number(v.text)];
    else if (t === "str") value = unescape(v.text);
    else if (t === "b") value = v.text === "1";
    else if (t === "e") value = undefined;
    else value = Number(v.text);
    if (value !== undefined) out.set(`${m[2]},${col}`, value);
  }
  return out;
}

/** Problems with the references and caches of one chart against the workbook's cells. */
function referenceProblems(chart: FoundChart, pkg: Pkg, sheets: Map<string, string>): string[] {
  const out: string[] = [];
  const root = parseXml(chart.xml);
  for (const [ref] of walk(root)) {
    if (ref.local !== "numRef" && ref.local !== "strRef") continue;
    const f = unescape(ref.children.find((c) => c.local === "f")!.text);
    const r = decodeRange(f);
    if (!sheets.has(r.sheet)) {
      out.push(`${f}: no sheet ${r.sheet}`);
      continue;
    }
    const cells = storedCells(pkg, sheets.get(r.sheet)!);
    const values: unknown[] = [];
    for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) values.push(cells.get(`${row},${col}`));
    if (values.some((v) => v === null || v === undefined || v === "")) out.push(`${f}: an empty cell`);
    const cache = ref.children.find((c) => c.local === (ref.local === "numRef" ? "numCache" : "strCache"));
    if (!cache) {
      out.push(`${f}: no cache`);
      continue;
    }
    if (cache.children.find((c) => c.local === "ptCount")?.attrs.val !== String(values.length)) out.push(`${f}: ptCount is not ${values.length}`);
    const pts = cache.children.filter((c) => c.local === "pt");
    if (pts.length !== values.length) out.push(`${f}: ${pts.length} cached points for ${values.length} cells`);
    for (const pt of pts) {
      const v = values[Number(pt.attrs.idx)];
      const cached = unescape(pt.children[0]!.text);
      const same = ref.local === "numRef" ? typeof v === "number" && Number(cached) === v : String(v) === cached;
      if (!same) out.push(`${f}[${pt.attrs.idx}]: cache ${cached}, cell ${String(v)}`);
    }
  }
  return out;
}

/** Non-empty cells under the chart's anchor (it would hide them). */
function coveredCells(chart: FoundChart, wb: ExcelJS.Workbook): string[] {
  const corner = (tag: string) => {
    const el = chart.anchor.children.find((c) => c.local === tag)!;
    const get = (n: string) => Number(el.children.find((c) => c.local === n)!.text);
    return { col: get("col") + 1, row: get("row") + 1 };
  };
  const a = corner("from");
  const b = corner("to");
  const out: string[] = [];
  for (let row = a.row; row < b.row; row++) {
    for (let col = a.col; col < b.col; col++) {
      const v = wb.getWorksheet(chart.sheet)!.getCell(row, col).value;
      if (v !== null && v !== undefined && v !== "") out.push(wb.getWorksheet(chart.sheet)!.getCell(row, col).address);
    }
  }
  return out;
}

const titleOf = (chart: FoundChart) =>
  [...walk(parseXml(chart.xml))]
    .map(([e]) => e)
    .find((e) => e.local === "title")!
    .children[0]!.children[0]!.children.filter((c) => c.local === "p")
    .map((p) => [...walk(p)].filter(([e]) => e.local === "t").map(([e]) => unescape(e.text)).join(""))
    .join("");

// ---------------------------------------------------------------------------------------------

/** The charts each hand-designed template is meant to have (issue 12: schedules, emission/vesting, epochs). */
const EXPECTED: Record<string, [sheet: string, title: string, kind: string][]> = {
  "io-net-supplier-economics": [
    ["Emission", "IO emitted and total supply by year", "lineChart"],
    ["Emission", "io.net unlock schedule", "areaChart"],
  ],
  "clore-host-economics": [["Host", "CLORE block subsidy and emitted supply", "lineChart"]],
  "bittensor-subnet-epoch": [
    ["Yuma", "Incentive and dividends per uid", "barChart"],
    ["Epochs", "How incentive and dividends move over the epochs", "lineChart"],
  ],
  "akash-provider-fees-supply": [["Supply", "AKT supply curve (AKT 2.0 model)", "lineChart"]],
  "crossnet-provider-comparison": [["Compare", "Provider keeps and payback months by network", "barChart"]],
};
for (const p of listPresets()) {
  const chart = getPreset(p.id)!.chart;
  EXPECTED[`preset-${p.id}`] = chart ? [[p.id, chart.title, `${chart.type === "column" ? "bar" : chart.type}Chart`]] : [];
}

async function checkPackage(buf: Buffer): Promise<{ pkg: Pkg; charts: FoundChart[]; wb: ExcelJS.Workbook; problems: string[] }> {
  const pkg = pkgOf(buf);
  const { sheets, charts } = chartsIn(pkg);
  const wb = (await loadWorkbook(buf)).wb;
  const problems = [xmllintProblems(pkg), ...contentTypeProblems(pkg), ...relationshipProblems(pkg)].filter((p) => p !== "");
  for (const [name, xml] of pkg) if (/^xl\/(charts\/chart|drawings\/drawing|worksheets\/sheet)\d+\.xml$/.test(name)) problems.push(...orderProblems(parseXml(xml)).map((p) => `${name}: ${p}`));
  for (const c of charts) problems.push(...referenceProblems(c, pkg, sheets).map((p) => `${c.part}: ${p}`));
  return { pkg, charts, wb, problems };
}

const kinds = (chart: FoundChart) => parseXml(chart.xml).children.find((c) => c.local === "chart")!.children.find((c) => c.local === "plotArea")!.children.filter((c) => c.local.endsWith("Chart")).map((c) => c.local);

describe.each(files.map((f) => [f]))("%s: native charts", (file) => {
  it("has the expected charts, well-formed, schema-ordered, with consistent parts, references and caches; each on empty cells with a caption naming its ranges", async () => {
    const buf = fs.readFileSync(path.join(DIR, `${file}.xlsx`));
    const { charts, wb, problems } = await checkPackage(buf);
    expect(problems).toEqual([]);
    expect(charts.map((c) => [c.sheet, titleOf(c), kinds(c)[0]])).toEqual(EXPECTED[file]);
    for (const c of charts) {
      expect(coveredCells(c, wb)).toEqual([]);
      const refs = [...walk(parseXml(c.xml))].filter(([e]) => e.local === "f").map(([e]) => unescape(e.text).replace(/^'.*'!/, "").replace(/\$/g, ""));
      let caption = "";
      wb.getWorksheet(c.sheet)!.eachRow((row) => {
        const v = row.getCell(1).value;
        if (typeof v === "string" && v.startsWith(`Chart: ${titleOf(c)} — native`)) caption = v;
      });
      // The caption names the category range and each series' header-to-last-value range.
      expect(caption).toContain(`x = ${refs.find((r) => r.includes(":"))}`);
    }
    let labels = "";
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => (labels += `${String(cell.value)}\n`)));
    expect(labels).not.toMatch(/Chart data:|Insert > Chart|without a native chart/);
  });
});

describe("charts through depin-calc (carried over by sheet name) and the task pane's rename", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "depin-charts-"));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it.each([
    ["freeze", "io-net-supplier-economics"],
    ["recalc -o", "io-net-supplier-economics"],
    ["freeze", "preset-akash-bme-2026"],
  ])("%s keeps every chart of %s on its sheet, on empty cells (not under the freeze note), caches from the copy's cells, no warning", async (cmd, file) => {
    const out = path.join(tmp, `${cmd.replace(/\W/g, "")}-${file}.xlsx`);
    const lines: string[] = [];
    const input = path.join(DIR, `${file}.xlsx`);
    if (cmd === "freeze") await freezeCommand({ file: input, output: out }, (l) => lines.push(l));
    else await recalcCommand({ file: input, output: out }, (l) => lines.push(l));
    expect(lines.filter((l) => l.startsWith("warning"))).toEqual([]);
    const before = chartsIn(pkgOf(fs.readFileSync(input))).charts;
    const { charts, problems, wb } = await checkPackage(fs.readFileSync(out));
    expect(problems).toEqual([]);
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.map((c) => [c.sheet, titleOf(c)])).toEqual(before.map((c) => [c.sheet, titleOf(c)]));
    for (const c of charts) expect(coveredCells(c, wb)).toEqual([]);
    const refs = (cs: FoundChart[]) => cs.map((c) => [...walk(parseXml(c.xml))].filter(([e]) => e.local === "f").map(([e]) => e.text));
    expect(refs(charts)).toEqual(refs(before));
  });

  it("a chart with Excel's style and colour parts (xl/charts/style1.xml, colors1.xml) is carried with them and their content types", async () => {
    const entries = readZip(fs.readFileSync(path.join(DIR, "clore-host-economics.xlsx")));
    const CT_STYLE = "application/vnd.ms-office.chartstyle+xml";
    const CT_COLORS = "application/vnd.ms-office.chartcolorstyle+xml";
    const patched = entries.map((e) =>
      e.name === "[Content_Types].xml"
        ? { name: e.name, data: Buffer.from(e.data.toString("utf8").replace("</Types>", `<Override PartName="/xl/charts/style1.xml" ContentType="${CT_STYLE}"/><Override PartName="/xl/charts/colors1.xml" ContentType="${CT_COLORS}"/></Types>`)) }
        : e,
    );
    const extra: ZipEntry[] = [
      {
        name: "xl/charts/_rels/chart1.xml.rels",
        data: Buffer.from(
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/chartColorStyle" Target="colors1.xml"/><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/chartStyle" Target="style1.xml"/></Relationships>',
        ),
      },
      { name: "xl/charts/style1.xml", data: Buffer.from('<?xml version="1.0" encoding="UTF-8"?><cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" id="201"/>') },
      { name: "xl/charts/colors1.xml", data: Buffer.from('<?xml version="1.0" encoding="UTF-8"?><cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" meth="cycle" id="10"/>') },
    ];
    const { writeZip } = await import("../../src/headless/zip");
    const file = path.join(tmp, "styled.xlsx");
    fs.writeFileSync(file, writeZip([...patched, ...extra], new Date(Date.UTC(2026, 0, 1))));
    const lines: string[] = [];
    const out = path.join(tmp, "styled-frozen.xlsx");
    await freezeCommand({ file, output: out }, (l) => lines.push(l));
    expect(lines.filter((l) => l.startsWith("warning"))).toEqual([]);
    const { pkg, charts, problems } = await checkPackage(fs.readFileSync(out));
    expect(problems).toEqual([]);
    expect(charts.map((c) => c.sheet)).toEqual(["Host"]);
    expect(rels(pkg, charts[0]!.part).map((r) => [r.type, resolve(charts[0]!.part, r.target)])).toEqual([
      ["chartColorStyle", "xl/charts/colors1.xml"],
      ["chartStyle", "xl/charts/style1.xml"],
    ]);
    const ct = pkg.get("[Content_Types].xml")!;
    expect(ct).toContain(`<Override PartName="/xl/charts/style1.xml" ContentType="${CT_STYLE}"/>`);
    expect(ct).toContain(`<Override PartName="/xl/charts/colors1.xml" ContentType="${CT_COLORS}"/>`);
  });

  it("recalc -o after an input changed: the carried chart's caches hold the new values, not the old ones", async () => {
    const input = path.join(DIR, "clore-host-economics.xlsx");
    const book = await loadWorkbook(fs.readFileSync(input));
    const name = book.definedNames.find((n) => n.name === "clore_BlocksPerYear")!;
    const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(name.text)!;
    const cell = book.wb.getWorksheet(m[1]!)!.getCell(`${m[2]}${m[3]}`);
    cell.value = (cell.value as number) / 2;
    const edited = path.join(tmp, "edited.xlsx");
    fs.writeFileSync(edited, await workbookBytes(book.wb, { stamp: new Date(Date.UTC(2026, 0, 1)), definedNamesXml: book.definedNamesXml, charts: book.charts }));
    const out = path.join(tmp, "edited-recalc.xlsx");
    await recalcCommand({ file: edited, output: out }, () => undefined);
    const before = chartsIn(pkgOf(fs.readFileSync(input))).charts[0]!.xml;
    const { charts, problems } = await checkPackage(fs.readFileSync(out));
    expect(problems).toEqual([]);
    const heights = (xml: string) => [...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    expect(heights(charts[0]!.xml)).not.toEqual(heights(before));
  });

  it("a chart that refers to a part outside xl/charts/ is not carried: it stays in droppedParts and the CLI warns", async () => {
    const entries = readZip(fs.readFileSync(path.join(DIR, "clore-host-economics.xlsx")));
    const extra: ZipEntry[] = [
      { name: "xl/charts/_rels/chart1.xml.rels", data: Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="../embeddings/data.xlsx"/></Relationships>') },
      { name: "xl/embeddings/data.xlsx", data: Buffer.from("not really") },
    ];
    const { writeZip } = await import("../../src/headless/zip");
    const file = path.join(tmp, "embedded.xlsx");
    fs.writeFileSync(file, writeZip([...entries, ...extra], new Date(Date.UTC(2026, 0, 1))));
    const book = await loadWorkbook(fs.readFileSync(file));
    expect(book.charts).toEqual([]);
    expect(book.droppedParts).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/embeddings/data.xlsx"]));
    const lines: string[] = [];
    await freezeCommand({ file, output: path.join(tmp, "embedded-frozen.xlsx") }, (l) => lines.push(l));
    expect(lines.some((l) => l.startsWith("warning") && l.includes("xl/charts/chart1.xml"))).toBe(true);
  });

  it("a chart is added to a drawing the sheet already has (an image): both anchors kept, ids unique, package consistent", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Pic & data");
    ws.getCell("A1").value = "x";
    ws.getCell("B1").value = "y";
    for (let i = 0; i < 3; i++) {
      ws.getCell(`A${i + 2}`).value = i;
      ws.getCell(`B${i + 2}`).value = i * i;
    }
    // A 1×1 PNG.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");
    ws.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" }), "D1:E3");
    const { chartAttachments } = await import("../../src/templates/charts");
    const { workbookReader } = await import("../../src/headless/chart-parts");
    const charts = chartAttachments([{ sheet: "Pic & data", kind: "scatter", title: "y = x²", categories: "A2:A4", series: [{ header: "B1", values: "B2:B4" }], from: "D5", to: "J20" }], workbookReader(wb));
    const buf = await workbookBytes(wb, { stamp: new Date(Date.UTC(2026, 0, 1)), charts });
    const { pkg, charts: found, problems } = await checkPackage(buf);
    expect(problems).toEqual([]);
    expect(found.map((c) => c.sheet)).toEqual(["Pic & data"]);
    const drawings = [...pkg.keys()].filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
    expect(drawings).toHaveLength(1);
    const anchors = parseXml(pkg.get(drawings[0]!)!).children;
    expect(anchors.map((a) => a.children.find((c) => /pic|graphicFrame/.test(c.local))!.local)).toEqual(["pic", "graphicFrame"]);
    const ids = [...walk(parseXml(pkg.get(drawings[0]!)!))].filter(([e]) => e.local === "cNvPr").map(([e]) => e.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The scatter chart: x values from A2:A4, y from B2:B4, cached 0, 1, 4.
    expect(found[0]!.xml).toContain("<c:scatterChart>");
    const y = [...walk(parseXml(found[0]!.xml))].map(([e]) => e).find((e) => e.local === "yVal")!;
    expect(unescape([...walk(y)].find(([e]) => e.local === "f")![0].text)).toBe("'Pic & data'!$B$2:$B$4");
    expect([...walk(y)].filter(([e]) => e.local === "v").map(([e]) => Number(e.text))).toEqual([0, 1, 2].map((i) => i * i));
  });

  it("attachCharts refuses a sheet the workbook does not have", () => {
    const entries = readZip(fs.readFileSync(path.join(DIR, "clore-host-economics.xlsx")));
    expect(() => attachCharts(entries, [{ sheet: "Nope", chartXml: "<c:chartSpace/>", anchorXml: "" }])).toThrow(/no sheet named Nope/);
  });

  it("renaming a sheet for insertion rewrites the chart references too (caches and other sheets untouched)", async () => {
    const buf = fs.readFileSync(path.join(DIR, "io-net-supplier-economics.xlsx"));
    const { base64, sheets } = await renamedTemplateBase64(buf, new Map([["Emission", "It's Emission (2)"]]));
    expect(sheets).toEqual(["Supplier", "It's Emission (2)"]);
    const renamed = Buffer.from(base64, "base64");
    const { charts, problems } = await checkPackage(renamed);
    expect(problems).toEqual([]);
    expect(charts).toHaveLength(2);
    for (const c of charts) {
      expect(c.sheet).toBe("It's Emission (2)");
      const fs_ = [...walk(parseXml(c.xml))].filter(([e]) => e.local === "f").map(([e]) => unescape(e.text));
      expect(fs_.length).toBeGreaterThan(0);
      for (const f of fs_) expect(f.startsWith("'It''s Emission (2)'!$")).toBe(true);
    }
    const original = chartsIn(pkgOf(buf)).charts;
    const caches = (x: string) => x.match(/<c:(num|str)Cache>[\s\S]*?<\/c:\1Cache>/g);
    expect(charts.map((c) => caches(c.xml))).toEqual(original.map((c) => caches(c.xml)));
  });
});

describe("the chart writer, every kind", () => {
  const values: Record<string, number | string> = { A1: "x", B1: "first", C1: "second", A2: "a", A3: "b", A4: "c", B2: 1, B3: 2, B4: 3, C2: 10, C3: 0, C4: -5 };
  const read = (sheet: string, row: number, col: number) => (sheet === "S" ? values[`${String.fromCharCode(64 + col)}${row}`] : undefined);
  const base = { sheet: "S", title: "t", categories: "A2:A4", from: "E1", to: "L15" } as const;
  const cases: [string, Parameters<typeof import("../../src/templates/charts").chartSpaceXml>[0]][] = [];
  for (const kind of ["line", "column", "bar", "area", "scatter"] as const) {
    if (kind === "scatter") cases.push([kind, { ...base, kind, categories: "C2:C4", series: [{ header: "B1", values: "B2:B4" }], xTitle: "x", yTitle: "y" }]);
    else cases.push([kind, { ...base, kind, series: [{ header: "B1", values: "B2:B4" }, { header: "C1", values: "C2:C4" }], xTitle: "x", yTitle: "y" }]);
    if (kind === "column" || kind === "area") cases.push([`${kind} stacked`, { ...base, kind, stacked: true, series: [{ header: "B1", values: "B2:B4" }, { header: "C1", values: "C2:C4" }] }]);
    if (kind !== "bar" && kind !== "scatter") cases.push([`${kind} + secondary`, { ...base, kind, series: [{ header: "B1", values: "B2:B4" }, { header: "C1", values: "C2:C4", secondary: true }], y2Title: "y2" }]);
  }

  it.each(cases)("%s: well-formed, schema-ordered, caches equal the cells", async (_name, spec) => {
    const { chartSpaceXml } = await import("../../src/templates/charts");
    const xml = chartSpaceXml(spec, read);
    expect(xmllintProblems(new Map([["xl/charts/chart1.xml", xml]]))).toBe("");
    expect(orderProblems(parseXml(xml))).toEqual([]);
    const refs = [...walk(parseXml(xml))].map(([e]) => e).filter((e) => e.local === "numRef" || e.local === "strRef");
    for (const r of refs) {
      const f = decodeRange(unescape(r.children.find((c) => c.local === "f")!.text));
      const expected: (string | number | undefined)[] = [];
      for (let row = f.r1; row <= f.r2; row++) for (let col = f.c1; col <= f.c2; col++) expected.push(values[`${String.fromCharCode(64 + col)}${row}`]);
      const pts = [...walk(r)].map(([e]) => e).filter((e) => e.local === "pt");
      expect(pts.map((p) => unescape(p.children[0]!.text))).toEqual(expected.map(String));
    }
    // Categories that are text use a strRef, values a numRef; scatter x values are numbers.
    const kindOf = (tag: string) => [...walk(parseXml(xml))].map(([e]) => e).find((e) => e.local === tag)?.children[0]?.local;
    if (spec.kind === "scatter") expect(kindOf("xVal")).toBe("numRef");
    else expect(kindOf("cat")).toBe("strRef");
    expect(kindOf(spec.kind === "scatter" ? "yVal" : "val")).toBe("numRef");
  });

  it("refuses what it cannot draw: no series, a secondary axis on bar or scatter, an anchor whose end is before its start", async () => {
    const { chartSpaceXml, anchorXml } = await import("../../src/templates/charts");
    expect(() => chartSpaceXml({ ...base, kind: "line", series: [] }, read)).toThrow(/no series/);
    expect(() => chartSpaceXml({ ...base, kind: "bar", series: [{ header: "B1", values: "B2:B4", secondary: true }] }, read)).toThrow(/secondary axis/);
    expect(() => chartSpaceXml({ ...base, kind: "scatter", series: [{ header: "B1", values: "B2:B4" }] }, read)).toThrow(/needs numbers in A2:A4/);
    expect(() => anchorXml({ ...base, kind: "line", series: [], from: "E5", to: "D20" }, 1)).toThrow(/not below and right/);
  });

  it("fillChartCaches rebuilds single-range caches and leaves a reference of another form (a defined name) alone", async () => {
    const { fillChartCaches } = await import("../../src/headless/chart-parts");
    const xml =
      "<c:val><c:numRef><c:f>'S'!$B$2:$B$4</c:f><c:numCache><c:formatCode>0.0%</c:formatCode><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>99</c:v></c:pt></c:numCache></c:numRef></c:val>" +
      "<c:val><c:numRef><c:f>MyName</c:f><c:numCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>7</c:v></c:pt></c:numCache></c:numRef></c:val>";
    expect(fillChartCaches(xml, read)).toBe(
      "<c:val><c:numRef><c:f>'S'!$B$2:$B$4</c:f><c:numCache><c:formatCode>0.0%</c:formatCode><c:ptCount val=\"3\"/><c:pt idx=\"0\"><c:v>1</c:v></c:pt><c:pt idx=\"1\"><c:v>2</c:v></c:pt><c:pt idx=\"2\"><c:v>3</c:v></c:pt></c:numCache></c:numRef></c:val>" +
        "<c:val><c:numRef><c:f>MyName</c:f><c:numCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>7</c:v></c:pt></c:numCache></c:numRef></c:val>",
    );
  });
});

describe("anchorLastColumn (where the freeze note may go)", () => {
  it("two-cell: the column of the `to` corner; one-cell and absolute: the width in default 64-px columns (609,600 EMU)", async () => {
    const { anchorLastColumn } = await import("../../src/headless/chart-parts");
    const { anchorXml } = await import("../../src/templates/charts");
    // A chart covering O2:W22 ends in column W, the 23rd.
    expect(anchorLastColumn(anchorXml({ sheet: "S", kind: "line", title: "t", categories: "A1:A2", series: [], from: "O2", to: "W22" }, 1))).toBe(23);
    expect(anchorLastColumn('<xdr:oneCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="1828800" cy="100"/></xdr:oneCellAnchor>')).toBe(3 + 3);
    expect(anchorLastColumn('<xdr:absoluteAnchor><xdr:pos x="609600" y="0"/><xdr:ext cx="1219200" cy="100"/></xdr:absoluteAnchor>')).toBe(3);
  });
});
