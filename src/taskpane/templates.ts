/**
 * The Templates tab: the shipped templates (assets/templates/templates.json, copied by webpack to
 * dist/templates/) and their insertion into the open workbook with `insertWorksheetsFromBase64`
 * (ExcelApi 1.13). Nothing the user has is overwritten or deleted: a template sheet whose name is
 * taken (ignoring case, as Excel compares) is renamed inside the xlsx before insertion, to the next
 * free `Name (2)`, `Name (3)` … (naming.ts), and references to it in the template's formulas follow.
 * The xlsx rewriting (jszip) is a separate chunk, loaded on the first insert.
 */
import { uniqueSheetName } from "./naming";

export interface TemplateEntry {
  file: string;
  title: string;
  purpose: string;
  sheets: string[];
  presets: { id: string; asOf: string }[];
  formulas: number;
}

/** Where the pane fetches templates from (relative to taskpane.html). */
export const TEMPLATE_DIR = "templates/";
export const REQUIRED_SET = { name: "ExcelApi", version: "1.13" } as const;

export const MISSING_REQUIREMENT =
  "Inserting a template needs Excel requirement set ExcelApi 1.13 (Excel for Windows or Mac with Microsoft 365 from 2021 on, or Excel on the web); this Excel does not support it. " +
  "Nothing was inserted. Use the Download link to open the template as a workbook of its own instead.";

type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown>; arrayBuffer(): Promise<ArrayBuffer> }>;
const defaultFetch: Fetcher = (url) => fetch(url);

function isEntry(x: unknown): x is TemplateEntry {
  const e = x as TemplateEntry;
  return (
    typeof e === "object" && e !== null && typeof e.file === "string" && /^[A-Za-z0-9._-]+\.xlsx$/.test(e.file) && typeof e.title === "string" && typeof e.purpose === "string" &&
    Array.isArray(e.sheets) && e.sheets.length > 0 && e.sheets.every((s) => typeof s === "string") && Array.isArray(e.presets) &&
    e.presets.every((p) => typeof p?.id === "string" && typeof p?.asOf === "string") && typeof e.formulas === "number"
  );
}

/** The template list, validated (a malformed entry is an error, not skipped silently). */
export async function listTemplates(fetcher: Fetcher = defaultFetch): Promise<TemplateEntry[]> {
  const res = await fetcher(`${TEMPLATE_DIR}templates.json`);
  if (!res.ok) throw new Error(`The template list did not load (HTTP ${res.status}).`);
  const data = await res.json();
  if (!Array.isArray(data)) throw new Error("The template list is not a list.");
  const bad = data.findIndex((x) => !isEntry(x));
  if (bad >= 0) throw new Error(`Template entry ${bad} is malformed.`);
  return data as TemplateEntry[];
}

/** Whether the host has ExcelApi 1.13 (insertWorksheetsFromBase64). */
export function canInsertTemplates(): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: (n: string, v: string) => boolean } } } }).Office;
  try {
    return office?.context?.requirements?.isSetSupported?.(REQUIRED_SET.name, REQUIRED_SET.version) === true;
  } catch {
    return false;
  }
}

/** Template sheet → name to insert it under: free in the workbook and among the template's own sheets. */
export function planSheetNames(templateSheets: readonly string[], existing: readonly string[]): Map<string, string> {
  const taken = [...existing, ...templateSheets];
  const out = new Map<string, string>();
  for (const s of templateSheets) {
    const clash = existing.some((e) => e.toLowerCase() === s.toLowerCase());
    const name = clash ? uniqueSheetName(s, taken) : s;
    taken.push(name);
    out.set(s, name);
  }
  return out;
}

type XlsxModule = typeof import("./template-xlsx");
let xlsxModule: Promise<XlsxModule> | undefined;
/** The xlsx rewriter as its own chunk (see loadCatalog in taskpane.ts for why require.ensure). */
function loadXlsx(): Promise<XlsxModule> {
  xlsxModule ??= new Promise<XlsxModule>((resolve, reject) =>
    require.ensure(
      [],
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      () => resolve(require("./template-xlsx") as XlsxModule),
      reject,
      "template-xlsx"
    )
  );
  return xlsxModule;
}

/**
 * Template defined name → name to insert it under: when any of them exists in the workbook (ignoring
 * case), all take the first suffix `_2`, `_3` … that is free for every one, like a loaded preset's
 * names (naming.ts), so the template's formulas never read the user's cells.
 */
export function planDefinedNames(templateNames: readonly string[], existing: readonly string[]): Map<string, string> {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `_${n}`;
    if (templateNames.every((t) => !taken.has((t + suffix).toLowerCase()))) return new Map(templateNames.map((t) => [t, t + suffix]));
  }
}

export interface InsertResult {
  sheets: string[];
  /** [template sheet, inserted as] for every sheet inserted under another name. */
  renamed: [string, string][];
  /** The suffix all the template's defined names took ("" when none clashed). */
  nameSuffix: string;
}

/**
 * Inserts a template's sheets after the user's sheets. Throws MISSING_REQUIREMENT (writing nothing)
 * when the host lacks ExcelApi 1.13. `loadModule` is for tests (jest has no require.ensure).
 */
export async function insertTemplate(t: TemplateEntry, fetcher: Fetcher = defaultFetch, loadModule: () => Promise<XlsxModule> = loadXlsx): Promise<InsertResult> {
  if (!canInsertTemplates()) throw new Error(MISSING_REQUIREMENT);
  const res = await fetcher(TEMPLATE_DIR + t.file);
  if (!res.ok) throw new Error(`The template ${t.file} did not load (HTTP ${res.status}); nothing was inserted.`);
  const data = await res.arrayBuffer();
  const xlsx = await loadModule();
  // the sheet and defined names come from the file itself, not from templates.json
  const contents = await xlsx.templateContents(data);
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const names = context.workbook.names;
    sheets.load("items/name");
    names.load("items/name");
    await context.sync();
    const renames = planSheetNames(contents.sheets, sheets.items.map((s) => s.name));
    const nameMap = planDefinedNames(contents.names, names.items.map((n) => n.name));
    const { base64, sheets: inserted } = await xlsx.renamedTemplateBase64(data, renames, nameMap);
    context.workbook.insertWorksheetsFromBase64(base64, { positionType: "End" });
    await context.sync();
    const first = [...nameMap][0];
    return { sheets: inserted, renamed: [...renames].filter(([a, b]) => a !== b), nameSuffix: first ? first[1].slice(first[0].length) : "" };
  });
}
