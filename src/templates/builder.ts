/**
 * Building blocks of the shipped finance templates (assets/templates/*.xlsx, `npm run templates`).
 *
 * Every template sheet has the same parts, top to bottom:
 *   title; Documentation (preset ids, as-of dates, sources, engine version, how to use); Inputs (column B,
 *   the named "Input" cell style, one workbook-scoped defined name each, shown in column D); Outputs (live
 *   DEPIN formulas over the names); optional tables (schedules, epochs; a table with a chart has a caption with
 *   its ranges, and a native chart below it, see charts.ts); Checks (each `=IF(condition,"OK","FAIL")`).
 *
 * Formulas are written here as typed in Excel (`DEPIN.X(…)`) and stored in the file as Excel saves custom
 * functions, `_xldudf_DEPIN_X(…)` (inferred from OfficeDev/Excel-Custom-Functions issue #108 and real files; src/headless/recalc.ts reads both). Cached values are
 * computed by the headless evaluator when the workbook is finished (see render.ts).
 */
import ExcelJS from "exceljs";
import type { Network, Preset, PresetParameter } from "../presets";
import { baseDefinedName } from "../taskpane/naming";
import { COLORS } from "../taskpane/layout";
import { ENGINE_VERSION, REGISTRY_DATE } from "../engine/version";
import type { ChartKind, ChartSpec } from "./charts";

/** ARGB fills: inputs carry the "Input" named style, outputs the "Calculation" one (workbook-io addNamedStyles). */
export const FILL = {
  input: argb(COLORS.input),
  output: argb(COLORS.modelFill),
  header: argb(COLORS.headerFill),
  ok: "FFC6EFCE",
  constant: argb(COLORS.constant),
} as const;
export const TITLE_COLOR = argb(COLORS.title);

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

/** `DEPIN.X(` → `_xldudf_DEPIN_X(` outside string literals: the form Excel stores. */
export function storedFormula(typed: string): string {
  const body = typed.startsWith("=") ? typed.slice(1) : typed;
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\bDEPIN\.([A-Z0-9_]+)\s*\(/gi, (_m, id: string) => `_xldudf_DEPIN_${id.toUpperCase()}(`)))
    .join("");
}

export interface InputSpec {
  /** Preset parameter key (value, unit, source come from the preset) … */
  readonly key: string;
  /** … or an analyst input defined by the template (no preset behind it). */
  readonly own?: { label: string; value: number | string | boolean; unit: string; source: string };
  /** Overrides the preset's label. */
  readonly label?: string;
}

export interface OutputSpec {
  readonly key: string;
  readonly label: string;
  /** Typed formula; `{name}` is replaced by the defined name of input/output `name` (see `ref`). */
  readonly formula: string;
  readonly unit: string;
  readonly note?: string;
}

export interface CheckSpec {
  readonly label: string;
  /** A condition (TRUE = OK), with `{name}` references. */
  readonly condition: string;
}

/** A native chart of a table (`TemplateSheet.table`): column indices are 0-based into the table's header. */
export interface TableChart {
  readonly title: string;
  readonly kind: ChartKind;
  /** Columns drawn as series; default every column after the categories. */
  readonly series?: readonly number[];
  /** Of those, the ones drawn as lines on a second value axis (right). */
  readonly secondary?: readonly number[];
  /** Column of the category labels (x values); default 0. */
  readonly categories?: number;
  readonly yTitle?: string;
  readonly y2Title?: string;
  readonly stacked?: boolean;
}

/** Rows a chart below a table takes (the chart covers columns A–D of them). */
export const CHART_ROWS = 20;

export class TemplateBook {
  readonly wb = new ExcelJS.Workbook();
  /** Native charts, added to the package when the workbook is written (render.ts). */
  readonly charts: ChartSpec[] = [];
  /** Every defined name: key → { name, address with sheet }. */
  readonly names = new Map<string, { name: string; ref: string }>();
  readonly presets: Preset[] = [];

  constructor(readonly title: string) {
    const stamp = new Date(`${REGISTRY_DATE}T00:00:00Z`);
    this.wb.creator = "depin-tokenomics scripts/gen-templates.ts";
    this.wb.lastModifiedBy = "depin-tokenomics scripts/gen-templates.ts";
    this.wb.created = stamp;
    this.wb.modified = stamp;
    this.wb.title = title;
  }

  sheet(name: string, network: Network | null): TemplateSheet {
    return new TemplateSheet(this, this.wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] }), network);
  }

  /** `{key}` placeholders → defined names (an unknown key is a bug in the template: throws). */
  expand(formula: string): string {
    return formula.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (_m, key: string) => {
      const n = this.names.get(key);
      if (!n) throw new Error(`template ${this.title}: no input or output named {${key}}`);
      return n.name;
    });
  }
}

export class TemplateSheet {
  row = 1;
  constructor(
    readonly book: TemplateBook,
    readonly ws: ExcelJS.Worksheet,
    readonly network: Network | null,
  ) {
    ws.columns = [{ width: 46 }, { width: 20 }, { width: 16 }, { width: 26 }, { width: 70 }];
  }

  private set(address: string, value: ExcelJS.CellValue, style: Partial<ExcelJS.Style> = {}): ExcelJS.Cell {
    const c = this.ws.getCell(address);
    c.value = value;
    Object.assign(c, style);
    return c;
  }

  title(text: string): this {
    this.set(`A${this.row}`, text, { font: { bold: true, size: 14, color: { argb: TITLE_COLOR } } });
    this.row += 2;
    return this;
  }

  section(text: string): this {
    this.set(`A${this.row}`, text, { font: { bold: true, size: 12, color: { argb: TITLE_COLOR } } });
    this.row++;
    return this;
  }

  private header(labels: string[], col = 0): void {
    labels.forEach((l, j) =>
      this.set(`${String.fromCharCode(65 + col + j)}${this.row}`, l, { font: { bold: true }, fill: { type: "pattern", pattern: "solid", fgColor: { argb: FILL.header } } }),
    );
    this.row++;
  }

  /** The documentation block: what the sheet is for, the presets it reads (id, as-of date), sources, engine. */
  doc(purpose: string, presets: readonly Preset[], sources: readonly string[]): this {
    for (const p of presets) if (!this.book.presets.includes(p)) this.book.presets.push(p);
    this.section("Documentation");
    const rows: [string, string][] = [
      ["Purpose", purpose],
      ["Preset id", presets.map((p) => p.id).join(", ") || "(none: template inputs only)"],
      ["As of", presets.map((p) => `${p.id}: ${p.asOf}`).join("; ") || REGISTRY_DATE],
      ["Regime", presets.map((p) => `${p.id}: ${p.regime}`).join("; ")],
      ["Engine", `depin-engine ${ENGINE_VERSION} (parameters ${REGISTRY_DATE})`],
      [
        "How to use",
        "Yellow cells (cell style Input) are the inputs; each has a defined name (column D) that the formulas read. " +
          "Green cells are live DEPIN formulas (needs the DePIN Tokenomics add-in; without it the cached values show). " +
          "Checks show OK or FAIL. Generated by scripts/gen-templates.ts (npm run templates): edit a copy, not the shipped file.",
      ],
    ];
    for (const [k, v] of rows) {
      this.set(`A${this.row}`, k, { font: { bold: true } });
      this.set(`B${this.row}`, v, { alignment: { wrapText: false } });
      this.row++;
    }
    const unique = [...new Set(sources.filter((s) => s.trim() !== ""))];
    unique.forEach((s, i) => {
      this.set(`A${this.row}`, i === 0 ? "Sources" : "", { font: { bold: true } });
      this.set(`B${this.row}`, s);
      this.row++;
    });
    this.row++;
    return this;
  }

  /** Input rows: label, value (Input style, defined name), unit, name, source. */
  inputs(preset: Preset | null, specs: readonly InputSpec[], heading = "Inputs"): this {
    this.section(heading);
    this.header(["Input", "Value", "Unit", "Defined name", "Source (retrieved) / note"]);
    for (const s of specs) {
      const p: PresetParameter | undefined = preset?.parameters.find((q) => q.key === s.key);
      if (!s.own && !p) throw new Error(`template ${this.book.title}: preset ${preset?.id ?? "(none)"} has no parameter ${s.key}`);
      const label = s.label ?? s.own?.label ?? p!.label;
      const value = s.own ? s.own.value : p!.value;
      const unit = s.own ? s.own.unit : p!.unit;
      const source = s.own ? s.own.source : `${p!.source} (${p!.retrieved}; ${p!.confidence}, ${p!.role})${p!.note ? ` ${p!.note}` : ""}`;
      this.defineName(s.key, `B${this.row}`);
      this.set(`A${this.row}`, label);
      this.set(`B${this.row}`, value, {
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: FILL.input } },
        font: { bold: true, color: { argb: "FF0000FF" } },
        numFmt: typeof value === "number" && Number.isInteger(value) && Math.abs(value) >= 10000 ? "#,##0" : "General",
      });
      this.set(`C${this.row}`, unit);
      this.set(`D${this.row}`, this.book.names.get(s.key)!.name);
      this.set(`E${this.row}`, source);
      this.row++;
    }
    this.row++;
    return this;
  }

  /** Defines workbook-scoped name `{key}` over `address` (or the block `range`) of this sheet. */
  defineName(key: string, address: string, range?: string): void {
    if (this.book.names.has(key)) throw new Error(`template ${this.book.title}: {${key}} defined twice`);
    const name = this.network ? baseDefinedName(this.network, key) : `x_${key.charAt(0).toUpperCase()}${key.slice(1)}`;
    const abs = (range ?? address)
      .split(":")
      .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
      .join(":");
    const ref = `'${this.ws.name.replace(/'/g, "''")}'!${abs}`;
    this.book.wb.definedNames.add(ref, name);
    this.book.names.set(key, { name, ref });
  }

  private formulaCell(address: string, typed: string, fill: string = FILL.output, numFmt = "General"): void {
    this.set(address, { formula: storedFormula(this.book.expand(typed)) } as ExcelJS.CellFormulaValue, {
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill } },
      numFmt,
    });
  }

  /** Output rows: label, live formula (named `{key}` for later formulas), unit, formula text, note. */
  outputs(specs: readonly OutputSpec[], heading = "Outputs"): this {
    this.section(heading);
    this.header(["Output", "Value", "Unit", "Defined name", "Formula / note"]);
    for (const s of specs) {
      const address = `B${this.row}`;
      this.set(`A${this.row}`, s.label);
      this.formulaCell(address, s.formula);
      this.set(`C${this.row}`, s.unit);
      this.defineName(s.key, address);
      this.set(`D${this.row}`, this.book.names.get(s.key)!.name);
      this.set(`E${this.row}`, `${this.book.expand(s.formula)}${s.note ? `  — ${s.note}` : ""}`);
      this.row++;
    }
    this.row++;
    return this;
  }

  /**
   * A table: a header row and one row per entry of `rows`, each cell a value or a typed formula ("=…"). With
   * `chart`, a caption above the table names the chart and its ranges, and a native chart takes the
   * CHART_ROWS rows below the table (columns A–D).
   */
  table(heading: string, header: string[], rows: readonly (readonly (number | string)[])[], chart?: TableChart): { first: number; last: number } {
    this.section(heading);
    const captionRow = chart ? this.row++ : 0;
    const headerRow = this.row;
    this.header(header);
    const first = this.row;
    for (const r of rows) {
      r.forEach((v, j) => {
        const address = `${String.fromCharCode(65 + j)}${this.row}`;
        if (typeof v === "string" && v.startsWith("=")) this.formulaCell(address, v.replace(/\{row\}/g, String(this.row)).replace(/\{prevRow\}/g, String(this.row - 1)));
        else this.set(address, v);
      });
      this.row++;
    }
    const last = this.row - 1;
    this.row++;
    if (chart) {
      const letter = (j: number) => String.fromCharCode(65 + j);
      const x = chart.categories ?? 0;
      const cols = chart.series ?? header.map((_, j) => j).filter((j) => j > x);
      const spec: ChartSpec = {
        sheet: this.ws.name,
        kind: chart.kind,
        title: chart.title,
        categories: `${letter(x)}${first}:${letter(x)}${last}`,
        series: cols.map((j) => ({ header: `${letter(j)}${headerRow}`, values: `${letter(j)}${first}:${letter(j)}${last}`, ...(chart.secondary?.includes(j) ? { secondary: true } : {}) })),
        xTitle: header[x]!,
        ...(chart.yTitle ? { yTitle: chart.yTitle } : {}),
        ...(chart.y2Title ? { y2Title: chart.y2Title } : {}),
        ...(chart.stacked ? { stacked: true } : {}),
        from: `A${this.row}`,
        to: `D${this.row + CHART_ROWS - 1}`,
      };
      this.book.charts.push(spec);
      this.set(`A${captionRow}`, chartCaption(spec), { font: { italic: true } });
      this.row += CHART_ROWS + 1;
    }
    return { first, last };
  }

  /**
   * A block of input values (a matrix or a column) under one defined name `{key}`, with row and column labels;
   * returns the block's address (e.g. "B30:E33").
   */
  inputGrid(heading: string, key: string, rowLabels: readonly string[], colLabels: readonly string[], values: readonly (readonly (number | string | boolean)[])[]): string {
    this.section(heading);
    this.header(["", ...colLabels]);
    const first = this.row;
    values.forEach((r, i) => {
      this.set(`A${this.row}`, rowLabels[i] ?? "", { font: { bold: true } });
      r.forEach((v, j) =>
        this.set(`${String.fromCharCode(66 + j)}${this.row}`, v, {
          fill: { type: "pattern", pattern: "solid", fgColor: { argb: FILL.input } },
          font: { bold: true, color: { argb: "FF0000FF" } },
        }),
      );
      this.row++;
    });
    const width = Math.max(...values.map((r) => r.length));
    const address = `B${first}:${String.fromCharCode(65 + width)}${this.row - 1}`;
    this.defineName(key, address.replace(/^([A-Z]+\d+).*$/, "$1"), address);
    this.row++;
    return address;
  }

  /** Checks: `=IF(condition,"OK","FAIL")` per row. */
  checks(specs: readonly CheckSpec[]): this {
    this.section("Checks");
    this.header(["Check", "Result", "", "", "Condition"]);
    for (const s of specs) {
      this.set(`A${this.row}`, s.label);
      this.formulaCell(`B${this.row}`, `IF(${s.condition},"OK","FAIL")`, FILL.ok);
      this.set(`E${this.row}`, this.book.expand(s.condition));
      this.row++;
    }
    this.row++;
    return this;
  }

  /** A free text line (italic). */
  note(text: string): this {
    this.set(`A${this.row}`, text, { font: { italic: true } });
    this.row += 2;
    return this;
  }
}

/** The caption of a chart: title, kind, where it is and the ranges it plots. */
export function chartCaption(spec: ChartSpec): string {
  const series = spec.series.map((s) => `${s.header}:${s.values.split(":").pop()!}${s.secondary ? " (right axis)" : ""}`);
  return `Chart: ${spec.title} — native ${spec.stacked ? "stacked " : ""}${spec.kind} chart at ${spec.from}:${spec.to} (x = ${spec.categories}; series with headers = ${series.join(", ")}).`;
}
