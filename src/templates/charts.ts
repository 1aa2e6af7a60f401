/**
 * Native Excel charts for the shipped templates: a small DrawingML writer (exceljs cannot write charts).
 *
 * `chartSpaceXml` turns a ChartSpec (kind, title, category range, series with their header cells, axis
 * titles) into the c:chartSpace part: a c:lineChart / c:barChart / c:areaChart / c:scatterChart whose series
 * reference the sheet's cells (`'Sheet'!$B$5:$B$20`) and carry a cache of their current values (filled by
 * src/headless/chart-parts.ts `fillChartCaches` from the same cells), so a viewer that does not recalculate
 * still draws them. Series marked `secondary` are drawn as lines on a second value axis at the right (a
 * combination chart when the primary kind is column). `anchorXml` is the drawing anchor that places the chart
 * over a cell range; `attachCharts` (chart-parts.ts) puts both into the package with their relationships.
 *
 * Element order follows the DrawingML chart schema (ECMA-376 Part 1, dml-chart.xsd: CT_ChartSpace,
 * CT_Chart, CT_PlotArea, CT_LineChart/CT_BarChart/CT_AreaChart/CT_ScatterChart, CT_*Ser, CT_CatAx, CT_ValAx);
 * test/templates/charts.test.ts checks it.
 */
import { fillChartCaches, parseRangeRef, rangeCells, type CellRead, type ChartToAttach } from "../headless/chart-parts";
import { columnNumber } from "../headless/a1";
import { escapeXml } from "../headless/xml";

export type ChartKind = "line" | "column" | "bar" | "area" | "scatter";

export interface ChartSeries {
  /** The cell holding the series name, e.g. "C24". */
  readonly header: string;
  /** The values, e.g. "C25:C44" (one column or one row). */
  readonly values: string;
  /** Drawn as a line on a second value axis (right). Not with kind bar or scatter. */
  readonly secondary?: boolean;
}

export interface ChartSpec {
  /** Sheet the ranges (and the chart) are on. */
  readonly sheet: string;
  readonly kind: ChartKind;
  readonly title: string;
  /** Category labels (x values for scatter), e.g. "A25:A44". */
  readonly categories: string;
  readonly series: readonly ChartSeries[];
  readonly xTitle?: string;
  readonly yTitle?: string;
  /** Title of the secondary value axis. */
  readonly y2Title?: string;
  /** Stacked columns / areas. */
  readonly stacked?: boolean;
  /** The chart covers the cells from `from` (top left) to `to` (bottom right, included), as Excel's setPosition. */
  readonly from: string;
  readonly to: string;
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const AX = { cat: 500000001, val: 500000002, cat2: 500000003, val2: 500000004 } as const;
/** Above this many points a line is drawn without markers. */
const MARKER_LIMIT = 12;

/** "$C$24"-style absolute reference with the quoted sheet name. */
export function absRef(sheet: string, range: string): string {
  const abs = range
    .split(":")
    .map((a) => {
      const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a.toUpperCase());
      if (!m) throw new Error(`chart: ${range} is not a cell range`);
      return `$${m[1]}$${m[2]}`;
    })
    .join(":");
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

function cell(a: string): { col: number; row: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a.toUpperCase());
  if (!m) throw new Error(`chart: ${a} is not a cell address`);
  return { col: columnNumber(m[1]!), row: Number(m[2]) };
}

function richTitle(text: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

/** A reference: numRef when every cell of the range holds a number, else strRef (caches filled later). */
function ref(sheet: string, range: string, read: CellRead, numeric?: boolean): string {
  const f = absRef(sheet, range);
  const isNum = numeric ?? rangeCells(parseRangeRef(f)!).every((c) => typeof read(sheet, c.row, c.col) === "number");
  return isNum ? `<c:numRef><c:f>${escapeXml(f)}</c:f></c:numRef>` : `<c:strRef><c:f>${escapeXml(f)}</c:f></c:strRef>`;
}

function points(range: string): number {
  const r = parseRangeRef(absRef("x", range))!;
  return (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
}

type Drawn = "line" | "bar" | "area" | "scatter";

function seriesXml(spec: ChartSpec, s: ChartSeries, i: number, drawn: Drawn, read: CellRead): string {
  const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx>${ref(spec.sheet, s.header, read, false)}</c:tx>`;
  const marker = points(s.values) > MARKER_LIMIT ? '<c:marker><c:symbol val="none"/></c:marker>' : "";
  if (drawn === "scatter") return `<c:ser>${head}${marker}<c:xVal>${ref(spec.sheet, spec.categories, read, true)}</c:xVal><c:yVal>${ref(spec.sheet, s.values, read, true)}</c:yVal><c:smooth val="0"/></c:ser>`;
  const catVal = `<c:cat>${ref(spec.sheet, spec.categories, read)}</c:cat><c:val>${ref(spec.sheet, s.values, read, true)}</c:val>`;
  if (drawn === "line") return `<c:ser>${head}${marker}${catVal}<c:smooth val="0"/></c:ser>`;
  if (drawn === "bar") return `<c:ser>${head}<c:invertIfNegative val="0"/>${catVal}</c:ser>`;
  return `<c:ser>${head}${catVal}</c:ser>`;
}

function groupXml(spec: ChartSpec, drawn: Drawn, series: string, axes: readonly [number, number], stacked: boolean): string {
  const ids = `<c:axId val="${axes[0]}"/><c:axId val="${axes[1]}"/>`;
  const grouping = `<c:grouping val="${stacked ? "stacked" : drawn === "bar" ? "clustered" : "standard"}"/><c:varyColors val="0"/>`;
  switch (drawn) {
    case "line":
      return `<c:lineChart>${grouping}${series}<c:marker val="1"/>${ids}</c:lineChart>`;
    case "bar":
      return `<c:barChart><c:barDir val="${spec.kind === "bar" ? "bar" : "col"}"/>${grouping}${series}<c:gapWidth val="150"/>${stacked ? '<c:overlap val="100"/>' : ""}${ids}</c:barChart>`;
    case "area":
      return `<c:areaChart>${grouping}${series}${ids}</c:areaChart>`;
    case "scatter":
      return `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}${ids}</c:scatterChart>`;
  }
}

interface Axis {
  readonly kind: "cat" | "val";
  readonly id: number;
  readonly cross: number;
  readonly pos: "b" | "l" | "r" | "t";
  readonly title?: string;
  readonly deleted?: boolean;
  readonly gridlines?: boolean;
  readonly crossesMax?: boolean;
  /** Value axis: where it crosses the other axis (midCat for scatter x/y axes, between for categories). */
  readonly between?: "between" | "midCat";
}

function axisXml(a: Axis): string {
  const common =
    `<c:axId val="${a.id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${a.deleted ? 1 : 0}"/><c:axPos val="${a.pos}"/>` +
    (a.gridlines ? "<c:majorGridlines/>" : "") +
    (a.title ? richTitle(a.title) : "") +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${a.cross}"/><c:crosses val="${a.crossesMax ? "max" : "autoZero"}"/>`;
  return a.kind === "cat"
    ? `<c:catAx>${common}<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
    : `<c:valAx>${common}<c:crossBetween val="${a.between ?? "between"}"/></c:valAx>`;
}

/** The c:chartSpace part of `spec`, its caches holding the values `read` gives. */
export function chartSpaceXml(spec: ChartSpec, read: CellRead): string {
  if (spec.series.length === 0) throw new Error(`chart ${spec.title}: no series`);
  const secondary = spec.series.some((s) => s.secondary);
  if (secondary && (spec.kind === "bar" || spec.kind === "scatter")) throw new Error(`chart ${spec.title}: a secondary axis is only drawn for line, column and area charts`);
  if (spec.kind === "scatter") {
    const x = parseRangeRef(absRef(spec.sheet, spec.categories))!;
    if (!rangeCells(x).every((c) => typeof read(spec.sheet, c.row, c.col) === "number")) throw new Error(`chart ${spec.title}: a scatter chart needs numbers in ${spec.categories}`);
  }
  const drawn: Drawn = spec.kind === "column" || spec.kind === "bar" ? "bar" : spec.kind;
  const primary = spec.series.map((s, i) => (s.secondary ? "" : seriesXml(spec, s, i, drawn, read))).join("");
  const second = spec.series.map((s, i) => (s.secondary ? seriesXml(spec, s, i, "line", read) : "")).join("");
  const horizontal = spec.kind === "bar";
  const scatter = spec.kind === "scatter";
  const axes: Axis[] = [
    { kind: scatter ? "val" : "cat", id: AX.cat, cross: AX.val, pos: horizontal ? "l" : "b", ...(scatter ? { between: "midCat" as const } : {}), ...(spec.xTitle ? { title: spec.xTitle } : {}) },
    { kind: "val", id: AX.val, cross: AX.cat, pos: horizontal ? "b" : "l", gridlines: true, ...(scatter ? { between: "midCat" as const } : {}), ...(spec.yTitle ? { title: spec.yTitle } : {}) },
  ];
  if (secondary) {
    axes.push({ kind: "cat", id: AX.cat2, cross: AX.val2, pos: "b", deleted: true });
    axes.push({ kind: "val", id: AX.val2, cross: AX.cat2, pos: "r", crossesMax: true, ...(spec.y2Title ? { title: spec.y2Title } : {}) });
  }
  const plot =
    "<c:plotArea><c:layout/>" +
    (primary ? groupXml(spec, drawn, primary, [AX.cat, AX.val], !!spec.stacked && drawn !== "line" && drawn !== "scatter") : "") +
    (second ? groupXml(spec, "line", second, [AX.cat2, AX.val2], false) : "") +
    axes.map(axisXml).join("") +
    "</c:plotArea>";
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/>' +
    `<c:chart>${richTitle(spec.title)}<c:autoTitleDeleted val="0"/>${plot}<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    "</c:chartSpace>";
  return fillChartCaches(xml, read);
}

/** The drawing anchor placing chart number `n` (1-based, for its name) from `spec.from` to `spec.to`. */
export function anchorXml(spec: ChartSpec, n: number): string {
  const a = cell(spec.from);
  const b = cell(spec.to);
  if (b.col < a.col || b.row < a.row) throw new Error(`chart ${spec.title}: ${spec.to} is not below and right of ${spec.from}`);
  const corner = (tag: string, c: { col: number; row: number }) => `<xdr:${tag}><xdr:col>${c.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    "<xdr:twoCellAnchor>" +
    corner("from", a) +
    corner("to", { col: b.col + 1, row: b.row + 1 }) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${n + 1}" name="Chart ${n}" descr="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="{{rId}}"/></a:graphicData></a:graphic>` +
    "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}

/** The charts as parts to attach (chart-parts.ts attachCharts), caches from `read`. */
export function chartAttachments(specs: readonly ChartSpec[], read: CellRead): ChartToAttach[] {
  return specs.map((s, i) => ({ sheet: s.sheet, chartXml: chartSpaceXml(s, read), anchorXml: anchorXml(s, i + 1) }));
}
