/**
 * `depin-calc freeze`: a copy of a workbook for people without the add-in. Every formula that calls a DEPIN
 * function (either spelling, `DEPIN.X(` or Excel's stored `_xldudf_DEPIN_X(`) is replaced by its computed
 * value, spills included; ordinary formulas stay live (they now read the frozen values). Each sheet with frozen
 * cells gets a visible note to the right of its used range: which cells were frozen, the engine version, and
 * the preset ids and as-of dates the sheet documents ("Preset id" / "As of" rows, as the templates and the
 * task pane's parameter sheets write them). Native charts stay: the copy is written by workbook-io.ts, which
 * puts each chart back on its sheet with caches rebuilt from the frozen values. The note goes to the right of
 * the used range and of the charts, so it never lands under a chart.
 */
import type ExcelJS from "exceljs";
import { ENGINE_VERSION, REGISTRY_DATE } from "../engine/version";
import { columnLetters } from "./a1";
import { callsDepin, type Computed, type RecalcReport } from "./recalc";
import type { DefinedNameXml } from "./workbook-io";
import { anchorLastColumn, type ChartToAttach } from "./chart-parts";

export interface FrozenSheet {
  readonly sheet: string;
  /** Addresses of the cells that held (or were spilled by) a DEPIN formula. */
  readonly cells: readonly string[];
  /** Where the note was written, e.g. "H1". */
  readonly note: string;
  readonly presets: readonly string[];
}

export interface FreezeSummary {
  readonly sheets: readonly FrozenSheet[];
  /** Defined names whose definition calls a DEPIN function (left as they are; they would not calculate). */
  readonly depinNames: readonly string[];
}

const NOTE_FILL = "FFFFEB9C";
/** Excel's limit for the text of one cell. */
const CELL_TEXT_MAX = 32767;

function excelValue(v: Computed): ExcelJS.CellValue {
  if (typeof v === "object" && v !== null) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/** "Preset id" / "As of" pairs found in column A/B-style label rows of a sheet. */
function documentedPresets(ws: ExcelJS.Worksheet): string[] {
  const ids: string[] = [];
  const asOf: string[] = [];
  ws.eachRow((row) => {
    row.eachCell((cell, c) => {
      const label = typeof cell.value === "string" ? cell.value.trim() : "";
      if (label !== "Preset id" && label !== "As of") return;
      const next = row.getCell(c + 1).value;
      if (typeof next !== "string" || next.trim() === "") return;
      (label === "Preset id" ? ids : asOf).push(next.trim());
    });
  });
  if (ids.length === 0) return [];
  return ids.map((id, i) => (asOf[i] ? `${id} (as of ${asOf[i]!.replace(new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `), "")})` : id));
}

/** Joins addresses into one line, cut to fit one cell. */
function addressList(cells: readonly string[], room: number): string {
  let out = "";
  for (let i = 0; i < cells.length; i++) {
    const next = (out ? ", " : "") + cells[i];
    if (out.length + next.length > room) return `${out}, … (${cells.length - i} more)`;
    out += next;
  }
  return out;
}

/**
 * Replaces every DEPIN formula of `wb` by the value in `report` (computed by recalcWorkbook on the same
 * workbook) and writes the note on each affected sheet, to the right of its used range and of its `charts`.
 */
export function freezeWorkbook(wb: ExcelJS.Workbook, report: RecalcReport, definedNames: readonly DefinedNameXml[] = [], charts: readonly ChartToAttach[] = []): FreezeSummary {
  const frozen = new Map<string, string[]>();
  const frozenAnchors = new Set<string>();
  for (const c of report.cells) {
    if (c.spillOf ? !frozenAnchors.has(`${c.sheet}!${c.spillOf}`) : !callsDepin(c.formula)) continue;
    if (!c.spillOf) frozenAnchors.add(`${c.sheet}!${c.address}`);
    const ws = wb.getWorksheet(c.sheet)!;
    ws.getCell(c.address).value = excelValue(c.value);
    const list = frozen.get(c.sheet) ?? [];
    list.push(c.address);
    frozen.set(c.sheet, list);
  }
  const sheets: FrozenSheet[] = [];
  for (const ws of wb.worksheets) {
    const cells = frozen.get(ws.name);
    if (!cells) continue;
    const presets = documentedPresets(ws);
    // To the right of the used range and of the sheet's charts, one column apart; below the used range when
    // that passes column XFC.
    const used = Math.max(ws.columnCount, 1, ...charts.filter((c) => c.sheet === ws.name).map((c) => anchorLastColumn(c.anchorXml)));
    const right = used + 1 <= 16383;
    const col = right ? columnLetters(used + 1) : "A";
    const top = right ? 1 : ws.rowCount + 2;
    const lines = [
      `FROZEN COPY: made by depin-calc freeze with depin-engine ${ENGINE_VERSION} (parameters ${REGISTRY_DATE}).`,
      `${cells.length} cell${cells.length === 1 ? "" : "s"} that held DEPIN formulas (or their spills) now hold the values computed then; changing an input no longer updates them. Ordinary formulas were kept.`,
      `Presets: ${presets.length > 0 ? presets.join("; ") : "none documented on this sheet"}.`,
    ];
    const prefix = "Frozen cells: ";
    lines.push(prefix + addressList(cells, CELL_TEXT_MAX - prefix.length - 40));
    lines.forEach((text, i) => {
      const cell = ws.getCell(`${col}${top + i}`);
      cell.value = text;
      cell.font = { bold: i === 0, color: { argb: "FF9C5700" } };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: NOTE_FILL } };
    });
    if (right) ws.getColumn(col).width = 90;
    sheets.push({ sheet: ws.name, cells, note: `${col}${top}`, presets });
  }
  const depinNames = definedNames.filter((n) => callsDepin(n.text)).map((n) => n.name);
  return { sheets, depinNames };
}
