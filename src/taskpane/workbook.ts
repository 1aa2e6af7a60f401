/**
 * Every Office.js call of the add-in: the only code that writes cells. Each action is one
 * `Excel.run` with few syncs: read what exists (one sync), create the sheet (one sync, so it is known
 * to be ours), queue every write as one 2-D values/formulas assignment per block plus names and the
 * chart, then one sync. Never `context.sync()` inside a loop. If the write batch fails, a second
 * `Excel.run` deletes only what this action created (its sheet by id, and names that did not exist
 * before and point at that sheet).
 */
import type { Preset } from "../presets";
import { planSheet, parseSheet, textCell, type SheetPlan, type ParsedSheet, COLORS } from "./layout";
import { uniqueSheetName, blockAddress } from "./naming";
import { diffTable, type Diff } from "./compare";

export interface WorkbookSnapshot {
  readonly sheets: string[];
  readonly names: string[];
  readonly activeSheet: string;
}

export type Progress = (message: string) => void;

const CHART_TYPES = { line: "Line", column: "ColumnClustered", area: "Area" } as const;

export async function snapshot(): Promise<WorkbookSnapshot> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const names = context.workbook.names;
    names.load("items/name");
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    return { sheets: sheets.items.map((s) => s.name), names: names.items.map((n) => n.name), activeSheet: active.name };
  });
}

function queueBlocks(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const b of plan.blocks) {
    const r = sheet.getRange(b.address);
    if (b.numberFormat) r.numberFormat = b.numberFormat; // before values: "@" keeps ISO dates as text
    if (b.values) r.values = b.values;
    if (b.formulas) r.formulas = b.formulas;
    if (b.bold !== undefined) r.format.font.bold = b.bold;
    if (b.italic) r.format.font.italic = true;
    if (b.fontColor) r.format.font.color = b.fontColor;
    if (b.fontSize) r.format.font.size = b.fontSize;
    if (b.fill) r.format.fill.color = b.fill;
  }
}

export interface LoadResult {
  readonly plan: SheetPlan;
}

/**
 * Adds `doc` as a new sheet with its defined names, model formulas and chart. Nothing that exists
 * is changed. `doc` must be valid (validatePreset → []): validate before calling.
 */
export async function loadDocument(doc: Preset, progress: Progress = () => undefined): Promise<LoadResult> {
  let created: { sheetId: string; plan: SheetPlan; namesBefore: string[] } | undefined;
  try {
    return await Excel.run(async (context) => {
      const wb = context.workbook;
      const sheets = wb.worksheets;
      sheets.load("items/name");
      const names = wb.names;
      names.load("items/name");
      await context.sync();
      const namesBefore = names.items.map((n) => n.name);
      const plan = planSheet(doc, { existingSheets: sheets.items.map((s) => s.name), existingNames: namesBefore });
      progress(`Creating sheet “${plan.sheetName}”…`);
      const sheet = sheets.add(plan.sheetName);
      sheet.load("id");
      await context.sync();
      created = { sheetId: sheet.id, plan, namesBefore };

      progress(`Writing ${doc.parameters.length} parameters, ${plan.names.length} names and ${doc.model.length} formulas…`);
      queueBlocks(sheet, plan);
      for (const h of plan.hyperlinks) sheet.getRange(h.cell).hyperlink = { address: h.url, textToDisplay: h.text };
      for (const n of plan.names) wb.names.add(n.name, sheet.getRange(n.cell), n.comment);
      if (plan.chart) {
        const c = plan.chart;
        const chart = sheet.charts.add(CHART_TYPES[c.type] as Excel.ChartType, sheet.getRange(c.seriesRange), "Columns" as Excel.ChartSeriesBy);
        chart.title.text = c.title;
        chart.axes.categoryAxis.setCategoryNames(sheet.getRange(c.categoryRange));
        chart.legend.position = "Bottom" as Excel.ChartLegendPosition;
        chart.setPosition(c.topLeft, c.bottomRight);
      }
      sheet.getRange("A:M").format.autofitColumns();
      sheet.getRange("B:B").format.columnWidth = 260;
      sheet.getRange("I:J").format.columnWidth = 220;
      sheet.activate();
      await context.sync();
      return { plan };
    });
  } catch (e) {
    if (created) {
      progress("The write failed; removing the partial sheet…");
      const removed = await rollback(created.sheetId, created.plan, created.namesBefore).then(
        () => true,
        () => false
      );
      if (e && typeof e === "object") (e as { rolledBack?: boolean }).rolledBack = removed;
    }
    throw e;
  }
}

/** Whether a name's formula refers to `sheetName` ('io-net (2)'!$C$13 or Sheet1!$C$13). */
export function pointsAt(formula: string, sheetName: string): boolean {
  return formula.includes(`'${sheetName.replace(/'/g, "''")}'!`) || formula.replace(/^=/, "").startsWith(`${sheetName}!`);
}

/** Deletes the sheet this action created and the names it added (only those pointing at that sheet). */
export async function rollback(sheetId: string, plan: SheetPlan, namesBefore: readonly string[]): Promise<void> {
  const before = new Set(namesBefore.map((n) => n.toLowerCase()));
  const ours = new Set(plan.names.map((n) => n.name.toLowerCase()));
  await Excel.run(async (context) => {
    const names = context.workbook.names;
    names.load("items/name,items/formula");
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetId);
    sheet.load("name");
    await context.sync();
    for (const n of names.items) {
      const lower = n.name.toLowerCase();
      if (ours.has(lower) && !before.has(lower) && !sheet.isNullObject && pointsAt(String(n.formula), sheet.name)) n.delete();
    }
    if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  });
}

type Cell = string | number | boolean;

/** Used-range values of a sheet, anchored at A1 (rows/columns before the used range are blank). */
export async function readSheetValues(sheetName?: string): Promise<{ name: string; values: Cell[][] }> {
  return Excel.run(async (context) => {
    const sheet = sheetName ? context.workbook.worksheets.getItem(sheetName) : context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    await context.sync();
    if (used.isNullObject) return { name: sheet.name, values: [] };
    const pad = (row: Cell[]) => [...Array.from({ length: used.columnIndex }, () => ""), ...row];
    const values = [...Array.from({ length: used.rowIndex }, () => [] as Cell[]), ...(used.values as Cell[][]).map(pad)];
    return { name: sheet.name, values };
  });
}

/** Parses a sheet written by this add-in; null when the sheet has another layout. */
export async function readParameterSheet(sheetName?: string): Promise<{ name: string; parsed: ParsedSheet | null }> {
  const { name, values } = await readSheetValues(sheetName);
  return { name, parsed: parseSheet(values) };
}

/** Names of the sheets that have the parameter-sheet layout (A2 = "Preset id", A12 = "Key"). */
export async function listParameterSheets(): Promise<{ name: string; id: string }[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const probes = sheets.items.map((s) => {
      const r = s.getRange("A2:B12");
      r.load("values");
      return { name: s.name, r };
    });
    await context.sync();
    return probes
      .filter(({ r }) => r.values[0]?.[0] === "Preset id" && r.values[10]?.[0] === "Key")
      .map(({ name, r }) => ({ name, id: String(r.values[0]?.[1] ?? "") }));
  });
}

/** Writes a diff to a new sheet "Compare" (unique name); returns its name. */
export async function writeDiffSheet(title: string, diff: Diff): Promise<string> {
  let createdId: string | undefined;
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const name = uniqueSheetName("Compare", sheets.items.map((s) => s.name));
      const sheet = sheets.add(name);
      sheet.load("id");
      await context.sync();
      createdId = sheet.id;
      const table = diffTable(diff).map((row) => row.map((v) => (typeof v === "string" ? textCell(v) : v)));
      sheet.getRange("A1").values = [[textCell(title)]];
      sheet.getRange("A1").format.font.bold = true;
      const header = sheet.getRange(blockAddress(3, 0, 1, table[0]!.length));
      const body = sheet.getRange(blockAddress(3, 0, table.length, table[0]!.length));
      body.values = table;
      header.format.font.bold = true;
      header.format.fill.color = COLORS.headerFill;
      body.format.autofitColumns();
      sheet.activate();
      await context.sync();
      return name;
    });
  } catch (e) {
    if (createdId) {
      const id = createdId;
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(id).delete();
        await context.sync();
      }).catch(() => undefined);
    }
    throw e;
  }
}

export type InsertOutcome = { status: "inserted"; address: string } | { status: "occupied"; address: string; content: string };

/**
 * Puts `formula` into the top-left cell of the selection if that cell is empty, or when `overwrite`
 * is true (the user confirmed). Returns "occupied" without writing otherwise.
 */
export async function insertFormula(formula: string, overwrite = false): Promise<InsertOutcome> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.load("address,formulas");
    await context.sync();
    const content = String(cell.formulas[0]?.[0] ?? "");
    if (content !== "" && !overwrite) return { status: "occupied", address: cell.address, content };
    cell.formulas = [[formula]];
    cell.select();
    await context.sync();
    return { status: "inserted", address: cell.address };
  });
}
