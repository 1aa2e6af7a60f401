/**
 * The workbook commands of depin-calc, as functions the CLI calls after parsing its arguments:
 *
 *   recalc IN.xlsx [-o OUT.xlsx] [--check] [--tolerance X] [--max-uncompressed-mb N]
 *   freeze IN.xlsx -o OUT.xlsx [--max-uncompressed-mb N]
 *
 * recalc evaluates every formula (recalc.ts), prints every cell that evaluates to an error, by address, and with
 * --check every cell whose value moved beyond the tolerance or that has no cached value, with both values; -o
 * writes a copy with the computed values cached. freeze writes a copy with every DEPIN formula replaced by its
 * value and a note on each affected sheet (freeze.ts). Nothing is ever written over the input.
 *
 * Exit codes: 0 success; 1 an error cell (or, with --check, a moved or uncached cell); PackageError (the CLI's
 * exit 2) for a file that cannot be read.
 */
import * as fs from "fs";
import * as path from "path";
import { freezeWorkbook } from "./freeze";
import { describeReport, recalcWorkbook, writeResults } from "./recalc";
import { PackageError, readWorkbookFile, workbookBytes, type LoadedWorkbook } from "./workbook-io";
import { DEFAULT_MAX_UNCOMPRESSED } from "./zip";

type Out = (line: string) => void;

export interface WorkbookArgs {
  readonly file: string;
  readonly output?: string;
  readonly check?: boolean;
  readonly tolerance?: number;
  /** Cap on the package's uncompressed size, in MiB (default 256). */
  readonly maxUncompressedMb?: number;
}

function maxBytes(a: WorkbookArgs): number {
  return a.maxUncompressedMb === undefined ? DEFAULT_MAX_UNCOMPRESSED : Math.floor(a.maxUncompressedMb * 1048576);
}

function sameFile(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

/** The copy's bytes: exceljs renders it, the input's defined names and date are kept. */
async function writeCopy(book: LoadedWorkbook, output: string, out: Out): Promise<void> {
  const stamp = book.wb.modified instanceof Date && !Number.isNaN(book.wb.modified.getTime()) && book.wb.modified.getUTCFullYear() >= 1980 ? book.wb.modified : new Date(Date.UTC(1980, 0, 1));
  const bytes = await workbookBytes(book.wb, { stamp, definedNamesXml: book.definedNamesXml, charts: book.charts });
  fs.writeFileSync(output, bytes);
  if (book.droppedParts.length > 0) {
    out(`warning  the copy does not carry ${book.droppedParts.length} part${book.droppedParts.length === 1 ? "" : "s"} of the input that the xlsx writer cannot write (pivot tables, charts with embedded parts, …): ${book.droppedParts.slice(0, 8).join(", ")}${book.droppedParts.length > 8 ? ", …" : ""}`);
  }
  out(`written  ${output}`);
}

export async function recalcCommand(a: WorkbookArgs, out: Out): Promise<number> {
  if (a.output && sameFile(a.file, a.output)) throw new PackageError("-o must name a new file, not the input (the input is never overwritten)");
  const book = await readWorkbookFile(a.file, { maxUncompressedBytes: maxBytes(a) });
  const report = recalcWorkbook(book, { tolerance: a.tolerance });
  const { lines, failed } = describeReport(report, a.check ? "check" : a.output ? "write" : "report");
  for (const l of lines) out(l);
  if (a.output) {
    writeResults(book.wb, report);
    await writeCopy(book, a.output, out);
  }
  return failed ? 1 : 0;
}

export async function freezeCommand(a: WorkbookArgs, out: Out): Promise<number> {
  if (!a.output) throw new PackageError("freeze needs -o OUT.xlsx (the input is never overwritten)");
  if (sameFile(a.file, a.output)) throw new PackageError("-o must name a new file, not the input (the input is never overwritten)");
  const book = await readWorkbookFile(a.file, { maxUncompressedBytes: maxBytes(a) });
  const report = recalcWorkbook(book, { tolerance: a.tolerance });
  const { lines, failed } = describeReport(report, "write");
  for (const l of lines) out(l);
  writeResults(book.wb, report);
  const summary = freezeWorkbook(book.wb, report, book.definedNames, book.charts);
  for (const s of summary.sheets) out(`frozen   ${s.sheet}: ${s.cells.length} cell${s.cells.length === 1 ? "" : "s"} (note in ${s.sheet}!${s.note})`);
  for (const n of summary.depinNames) out(`warning  defined name ${n} calls a DEPIN function: it will not calculate without the add-in`);
  if (summary.sheets.length === 0) out("no DEPIN formulas: the copy equals the input recalculated");
  await writeCopy(book, a.output, out);
  return failed ? 1 : 0;
}

export { PackageError } from "./workbook-io";
