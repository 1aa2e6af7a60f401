/**
 * Turns a template into .xlsx bytes: every formula evaluated with the headless evaluator and stored as its
 * cached value (a file opened without recalculation shows numbers), the inputs linked to the named cell style
 * "Input" (Excel's built-in style 20) and the outputs to "Calculation" (22), the native charts added (charts.ts;
 * their caches hold the computed values), one fixed date everywhere.
 * A formula that evaluates to an error stops the generator with the cell addresses.
 */
import { describeReport, recalcWorkbook, writeResults, type RecalcReport } from "../headless/recalc";
import { workbookBytes, type DefinedNameXml } from "../headless/workbook-io";
import { REGISTRY_DATE } from "../engine/version";
import { FILL, type TemplateBook } from "./builder";
import { chartAttachments } from "./charts";
import { workbookReader } from "../headless/chart-parts";

export const TEMPLATE_STAMP = new Date(`${REGISTRY_DATE}T00:00:00Z`);

export function definedNamesOf(book: TemplateBook): DefinedNameXml[] {
  const model = (book.wb.definedNames as unknown as { model: { name: string; ranges: string[]; localSheetId?: number }[] }).model;
  return model.map((m) => ({ name: m.name, text: m.ranges.join(","), ...(m.localSheetId !== undefined ? { localSheetId: m.localSheetId } : {}) }));
}

export interface Rendered {
  readonly bytes: Buffer;
  readonly report: RecalcReport;
}

export async function renderTemplate(book: TemplateBook): Promise<Rendered> {
  const report = recalcWorkbook({ wb: book.wb, definedNames: definedNamesOf(book), date1904: false });
  const errors = report.cells.filter((c) => c.status === "error");
  if (errors.length > 0 || report.warnings.length > 0) {
    throw new Error(`template "${book.title}" does not evaluate cleanly:\n${describeReport(report, "write").lines.join("\n")}`);
  }
  writeResults(book.wb, report);
  const bytes = await workbookBytes(book.wb, {
    stamp: TEMPLATE_STAMP,
    namedStyles: [
      { name: "Input", builtinId: 20, fillArgb: FILL.input },
      { name: "Calculation", builtinId: 22, fillArgb: FILL.output },
    ],
    charts: chartAttachments(book.charts, workbookReader(book.wb)),
  });
  return { bytes, report };
}
