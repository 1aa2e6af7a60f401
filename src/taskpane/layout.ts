/**
 * The parameter sheet's layout, as pure data: `planSheet` turns a validated preset or scenario into
 * the blocks the taskpane writes (each block = one 2-D values or formulas write), the defined names
 * and the chart; `parseSheet` reads a sheet written with this layout back into a scenario document
 * (export, compare). No Office.js here, so all of it is unit-tested without a host.
 *
 * Layout (rows are 1-based):
 *   A1        title
 *   A2:B10    Preset id, Kind, Based on, Network, Regime, As of, Schema version, Description, How to use
 *   C6:D6     beside Regime: the timeline regime id (the document's regimeId; blank when it has none) and one
 *             sentence saying which regime of DEPIN_REGIMES the sheet belongs to and whether a newer one exists
 *   A12:M12   parameter table header (Key, Label, Value, Unit, Defined name, Role, Confidence, Retrieved,
 *             Source, Note, Min, Max, Engine ref); one row per parameter below; column C holds the values
 *             and is what the defined names point at
 *   then a blank row, "Model", a header (Label, Value, Unit, Formula (parameter keys), Note) and one
 *   row per model formula, written as live formulas over the defined names
 *   then, for schedule presets, a blank row, "Chart" (title, type), "Series formula" (key form, with
 *   {x}), a header (x label, series labels) and the data rows the native chart plots.
 */
import { CHART_X, SCHEMA_VERSION, NETWORK_LABELS, type ChartSpec, type Preset, type PresetParameter, type ModelRow, type ParamValue } from "../presets";
import { renameKeys } from "../presets/formula";
import { blockAddress, columnLetter, definedNamesFor, quoteSheet, uniqueSheetName } from "./naming";
import { regimeStatus } from "./regimes";

export const META_LABELS = ["Preset id", "Kind", "Based on", "Network", "Regime", "As of", "Schema version", "Description", "How to use"] as const;
export const PARAM_HEADER = ["Key", "Label", "Value", "Unit", "Defined name", "Role", "Confidence", "Retrieved", "Source", "Note", "Min", "Max", "Engine ref"] as const;
export const MODEL_HEADER = ["Label", "Value", "Unit", "Formula (parameter keys)", "Note"] as const;
export const PARAM_HEADER_ROW = 12;
/** Row of the "Regime" metadata line; C holds the timeline regime id, D the regime status. */
export const REGIME_ROW = 2 + META_LABELS.indexOf("Regime");
export const VALUE_COL = 2; // C
export const HOW_TO_USE =
  "Shaded cells in column C are the parameters; yellow = analyst input, blue = dated observation, grey = protocol constant. " +
  "The model below reads them through the defined names in column E. Change a value here, never the shipped preset.";

export const COLORS = {
  title: "#1F3864",
  headerFill: "#D9E1F2",
  input: "#FFF2CC",
  inputFont: "#0000FF",
  observation: "#DDEBF7",
  constant: "#EDEDED",
  modelFill: "#E2EFDA",
} as const;

export interface Block {
  /** A1 address relative to the new sheet, e.g. "A12:M32". */
  readonly address: string;
  /** At most one of values / formulas: one 2-D write per block (none: a format-only block). */
  readonly values?: (string | number | boolean)[][];
  readonly formulas?: (string | number | boolean)[][];
  readonly numberFormat?: string[][];
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly fontSize?: number;
  readonly wrap?: boolean;
}
export interface PlannedName {
  readonly name: string;
  readonly key: string;
  /** Absolute address with the sheet: 'io-net-docs-current'!$C$13 */
  readonly reference: string;
  /** Cell address within the sheet: C13 */
  readonly cell: string;
  readonly comment: string;
}
export interface PlannedChart {
  readonly title: string;
  readonly type: "line" | "column" | "area";
  /** Series columns with their header row, e.g. "B60:C81". */
  readonly seriesRange: string;
  /** x values without the header, e.g. "A61:A81". */
  readonly categoryRange: string;
  readonly topLeft: string;
  readonly bottomRight: string;
}
export interface SheetPlan {
  readonly sheetName: string;
  readonly blocks: readonly Block[];
  readonly hyperlinks: readonly { cell: string; url: string; text: string }[];
  readonly names: readonly PlannedName[];
  readonly nameSuffix: string;
  readonly chart?: PlannedChart;
  /** Cell (e.g. "B40") of each model row's live value, in model order. */
  readonly modelCells: readonly string[];
  /** The model formulas as written (defined names), in model order. */
  readonly modelFormulas: readonly string[];
  readonly lastRow: number;
}

/**
 * Text written to a cell: a leading = + - @ (or a control character) would make Excel treat it as a
 * formula; the apostrophe prefix keeps it text (imported files are untrusted).
 */
export function textCell(s: string): string {
  return /^[=+\-@\t\r\n]/.test(s) ? `'${s}` : s;
}
function valueCell(v: ParamValue): string | number | boolean {
  return typeof v === "string" ? textCell(v) : v;
}
function optNum(v: number | undefined): string | number {
  return v === undefined ? "" : v;
}
function isUrl(s: string): boolean {
  return /^https:\/\/[^\s"<>]+$/.test(s);
}
function numberFormatFor(p: PresetParameter): string {
  if (typeof p.value !== "number") return "@";
  if (Number.isInteger(p.value) && Math.abs(p.value) >= 10000) return "#,##0";
  return "General";
}

export interface PlanContext {
  readonly existingSheets: readonly string[];
  readonly existingNames: readonly string[];
}

/** The complete write plan for one document; pure. `doc` must be valid (validatePreset → []). */
export function planSheet(doc: Preset, ctx: PlanContext): SheetPlan {
  const sheetName = uniqueSheetName(doc.id, ctx.existingSheets);
  const keys = doc.parameters.map((p) => p.key);
  const { names, suffix } = definedNamesFor(doc.network, keys, ctx.existingNames);
  const rename = (k: string) => names.get(k);
  const blocks: Block[] = [];
  const hyperlinks: { cell: string; url: string; text: string }[] = [];

  // Title and metadata
  blocks.push({ address: "A1", values: [[textCell(doc.title)]], bold: true, fontSize: 14, fontColor: COLORS.title });
  const meta: (string | number)[][] = [
    ["Preset id", doc.id],
    ["Kind", doc.kind],
    ["Based on", doc.basedOn ?? (doc.kind === "preset" ? doc.id : "")],
    ["Network", `${doc.network} (${NETWORK_LABELS[doc.network]})`],
    ["Regime", textCell(doc.regime)],
    ["As of", doc.asOf],
    ["Schema version", SCHEMA_VERSION],
    ["Description", textCell(doc.description)],
    ["How to use", HOW_TO_USE],
  ];
  blocks.push({ address: blockAddress(2, 0, meta.length, 2), values: meta, numberFormat: meta.map(() => ["@", "@"]) });
  blocks.push({ address: blockAddress(2, 0, meta.length, 1), bold: true });
  blocks.push({ address: `C${REGIME_ROW}:D${REGIME_ROW}`, values: [[doc.regimeId ?? "", regimeStatus(doc).text]], numberFormat: [["@", "@"]], italic: true });

  // Parameter table
  const h = PARAM_HEADER_ROW;
  blocks.push({ address: blockAddress(h, 0, 1, PARAM_HEADER.length), values: [[...PARAM_HEADER]], bold: true, fill: COLORS.headerFill });
  const rows = doc.parameters.map((p) => [
    p.key,
    textCell(p.label),
    valueCell(p.value),
    textCell(p.unit),
    names.get(p.key)!,
    p.role,
    p.confidence,
    p.retrieved,
    textCell(p.source),
    textCell(p.note ?? ""),
    optNum(p.min),
    optNum(p.max),
    p.ref ?? "",
  ]);
  const firstParamRow = h + 1;
  blocks.push({
    address: blockAddress(firstParamRow, 0, rows.length, PARAM_HEADER.length),
    values: rows,
    numberFormat: doc.parameters.map((p) => PARAM_HEADER.map((_, c) => (c === VALUE_COL ? numberFormatFor(p) : c === 7 ? "@" : "General"))),
  });
  const plannedNames: PlannedName[] = [];
  doc.parameters.forEach((p, i) => {
    const row = firstParamRow + i;
    const cell = `C${row}`;
    const role = p.role;
    blocks.push({
      address: cell,
      fill: role === "input" ? COLORS.input : role === "observation" ? COLORS.observation : COLORS.constant,
      fontColor: role === "input" ? COLORS.inputFont : undefined,
      bold: role === "input",
    });
    if (isUrl(p.source)) hyperlinks.push({ cell: `I${row}`, url: p.source, text: p.source });
    plannedNames.push({
      name: names.get(p.key)!,
      key: p.key,
      cell,
      reference: `${quoteSheet(sheetName)}!$C$${row}`,
      comment: `${p.label} (${p.unit}); ${p.confidence}; ${p.source} (retrieved ${p.retrieved})`.slice(0, 255),
    });
  });

  // Model
  let r = firstParamRow + rows.length + 1;
  const modelCells: string[] = [];
  const modelFormulas: string[] = [];
  if (doc.model.length > 0) {
    blocks.push({ address: `A${r}`, values: [["Model"]], bold: true, fontSize: 12, fontColor: COLORS.title });
    r++;
    blocks.push({ address: blockAddress(r, 0, 1, MODEL_HEADER.length), values: [[...MODEL_HEADER]], bold: true, fill: COLORS.headerFill });
    r++;
    const first = r;
    blocks.push({
      address: blockAddress(first, 0, doc.model.length, MODEL_HEADER.length),
      values: doc.model.map((m) => [textCell(m.label), "", textCell(m.unit), textCell(m.formula), textCell(m.note ?? "")]),
    });
    const formulas = doc.model.map((m) => renameKeys(m.formula, rename));
    blocks.push({ address: blockAddress(first, 1, doc.model.length, 1), formulas: formulas.map((f) => [f]), fill: COLORS.modelFill, bold: true });
    doc.model.forEach((_, i) => modelCells.push(`B${first + i}`));
    modelFormulas.push(...formulas);
    r = first + doc.model.length + 1;
  }

  // Chart data and chart
  let chart: PlannedChart | undefined;
  if (doc.chart) {
    const c = doc.chart;
    blocks.push({ address: blockAddress(r, 0, 1, 3), values: [["Chart", textCell(c.title), c.type]], bold: true });
    r++;
    blocks.push({ address: blockAddress(r, 0, 1, 1 + c.series.length), values: [["Series formula", ...c.series.map((s) => textCell(s.formula))]], italic: true });
    r++;
    const headerRow = r;
    blocks.push({
      address: blockAddress(headerRow, 0, 1, 1 + c.series.length),
      values: [[textCell(c.x.unit ? `${c.x.label} (${c.x.unit})` : c.x.label), ...c.series.map((s) => textCell(s.label))]],
      bold: true,
      fill: COLORS.headerFill,
    });
    const first = headerRow + 1;
    const xs = Array.from({ length: c.x.count }, (_, i) => roundX(c.x.start + i * c.x.step));
    blocks.push({ address: blockAddress(first, 0, xs.length, 1), values: xs.map((x) => [x]) });
    blocks.push({
      address: blockAddress(first, 1, xs.length, c.series.length),
      formulas: xs.map((_, i) => c.series.map((s) => renameKeys(s.formula, rename).split(CHART_X).join(`A${first + i}`))),
    });
    const last = first + xs.length - 1;
    chart = {
      title: c.title,
      type: c.type,
      seriesRange: blockAddress(headerRow, 1, xs.length + 1, c.series.length),
      categoryRange: blockAddress(first, 0, xs.length, 1),
      topLeft: "O2",
      bottomRight: "W22",
    };
    r = last + 1;
  }
  assertFinite(blocks);
  return { sheetName, blocks, hyperlinks, names: plannedNames, nameSuffix: suffix, chart, modelCells, modelFormulas, lastRow: r };
}

/**
 * Refuses a plan that would write NaN or ±Infinity into a cell (a parameter value, a limit or a chart x value
 * computed from start + i × step). Runs before the sheet is created, so nothing is written.
 */
function assertFinite(blocks: readonly Block[]): void {
  for (const b of blocks) {
    const grid = b.values ?? b.formulas;
    if (!grid) continue;
    const [col0, row0] = firstCell(b.address);
    for (let i = 0; i < grid.length; i++) {
      const row = grid[i]!;
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        if (typeof v === "number" && !Number.isFinite(v)) {
          throw new Error(`The sheet would get the non-finite number ${v} in cell ${columnLetter(col0 + j)}${row0 + i}; nothing was written. Check the parameter values and the chart axis (start, step, count).`);
        }
      }
    }
  }
}
function firstCell(address: string): [col: number, row: number] {
  const m = /^([A-Z]+)(\d+)/.exec(address)!;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
  return [c - 1, Number(m[2])];
}


function roundX(x: number): number {
  return Number(x.toPrecision(12));
}

// ---------------------------------------------------------------------------------------------
// Reading a sheet back

type Cell = string | number | boolean | null | undefined;

function str(v: Cell): string {
  return v === null || v === undefined ? "" : String(v);
}
function findRow(values: Cell[][], from: number, pred: (row: Cell[]) => boolean): number {
  for (let i = from; i < values.length; i++) if (pred(values[i] ?? [])) return i;
  return -1;
}

export interface ParsedSheet {
  readonly doc: Preset;
  /** Defined name per key as shown in column E. */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * Reads a parameter sheet from its used-range values (row 0 = sheet row 1, column 0 = A); null when
 * the sheet does not have this layout. Values are what the cells hold now (the user's edits).
 */
export function parseSheet(values: Cell[][]): ParsedSheet | null {
  const meta = new Map<string, string>();
  let regimeId = "";
  for (let i = 0; i < Math.min(values.length, PARAM_HEADER_ROW); i++) {
    const row = values[i] ?? [];
    if ((META_LABELS as readonly string[]).includes(str(row[0]))) meta.set(str(row[0]), str(row[1]));
    if (str(row[0]) === "Regime") regimeId = str(row[2]).trim();
  }
  const header = findRow(values, 0, (row) => str(row[0]) === "Key" && str(row[1]) === "Label" && str(row[2]) === "Value");
  if (header < 0 || !meta.has("Preset id") || !meta.has("Network")) return null;

  const parameters: PresetParameter[] = [];
  const names = new Map<string, string>();
  let i = header + 1;
  for (; i < values.length; i++) {
    const row = values[i] ?? [];
    const key = str(row[0]);
    if (key === "") break;
    const p: PresetParameter = {
      key,
      label: str(row[1]),
      value: (row[2] ?? "") as ParamValue,
      unit: str(row[3]),
      role: str(row[5]) as PresetParameter["role"],
      confidence: str(row[6]) as PresetParameter["confidence"],
      retrieved: str(row[7]),
      source: str(row[8]),
    };
    if (str(row[9]) !== "") p.note = str(row[9]);
    if (typeof row[10] === "number") p.min = row[10];
    if (typeof row[11] === "number") p.max = row[11];
    if (str(row[12]) !== "") p.ref = str(row[12]);
    parameters.push(p);
    names.set(key, str(row[4]));
  }

  const model: ModelRow[] = [];
  const modelTitle = findRow(values, i, (row) => str(row[0]) === "Model" && str(row[1]) === "");
  if (modelTitle >= 0) {
    for (let j = modelTitle + 2; j < values.length; j++) {
      const row = values[j] ?? [];
      if (str(row[0]) === "") break;
      const m: ModelRow = { label: str(row[0]), formula: str(row[3]), unit: str(row[2]) };
      if (str(row[4]) !== "") m.note = str(row[4]);
      model.push(m);
    }
  }

  let chart: ChartSpec | undefined;
  const chartRow = findRow(values, i, (row) => str(row[0]) === "Chart");
  if (chartRow >= 0) {
    const head = values[chartRow] ?? [];
    const formulas = (values[chartRow + 1] ?? []).slice(1).map(str).filter((s) => s !== "");
    const labels = (values[chartRow + 2] ?? []).slice(1, 1 + formulas.length).map(str);
    const xLabelCell = str((values[chartRow + 2] ?? [])[0]);
    const xs: number[] = [];
    for (let j = chartRow + 3; j < values.length && typeof (values[j] ?? [])[0] === "number"; j++) xs.push((values[j] ?? [])[0] as number);
    const m = /^(.*) \(([^()]*)\)$/.exec(xLabelCell);
    if (xs.length >= 2) {
      chart = {
        title: str(head[1]),
        type: str(head[2]) as ChartSpec["type"],
        x: { label: m ? m[1]! : xLabelCell, ...(m ? { unit: m[2]! } : {}), start: xs[0]!, step: roundX(xs[1]! - xs[0]!), count: xs.length },
        series: formulas.map((formula, k) => ({ label: labels[k] ?? `Series ${k + 1}`, formula })),
      };
    }
  }

  const network = (meta.get("Network") ?? "").split(" ")[0] as Preset["network"];
  const basedOn = meta.get("Based on") ?? "";
  const doc: Preset = {
    schemaVersion: Number(meta.get("Schema version") ?? SCHEMA_VERSION) as 1,
    kind: "scenario",
    id: meta.get("Preset id") ?? "",
    ...(basedOn !== "" ? { basedOn } : {}),
    network,
    regime: meta.get("Regime") ?? "",
    ...(regimeId !== "" ? { regimeId } : {}),
    asOf: meta.get("As of") ?? "",
    title: str((values[0] ?? [])[0]),
    description: meta.get("Description") ?? "",
    parameters,
    model,
    ...(chart ? { chart } : {}),
  };
  return { doc, names };
}
