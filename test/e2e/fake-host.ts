/**
 * The emulated Excel host of the browser test, bundled by test/e2e/run.ts with esbuild and injected
 * before any page script. The real office.js (served offline) provides `Office`; outside Office it
 * defines no `Excel`, so this defines one over an in-memory workbook that already holds the user's
 * sheets, names and cells. `window.__e2e` lets the test inspect and steer it.
 */
import { FakeBook, type FakeCell } from "../taskpane/fake-excel";

const book = new FakeBook(["Sheet1", "io-net-docs-current", "Budget"]);
book.set("Sheet1", "A1", "My numbers");
book.set("Sheet1", "B2", 42);
book.set("Sheet1", "C3", "=B2*2");
book.set("io-net-docs-current", "A1", "the user's own sheet that happens to share a preset id");
book.set("Budget", "D4", 1000);
book.addName("io_SupplierShare", "=Sheet1!$B$2", "the user's own name");
book.addName("Discount", "=Budget!$D$4");

interface Initial {
  sheets: { id: string; name: string; cells: [string, FakeCell][] }[];
  names: { name: string; formula: string; comment: string }[];
}
const initial = JSON.parse(JSON.stringify(book.dump())) as Initial;

/** Differences between the pre-existing sheets, cells and names and their state now ([] = unchanged). */
function changes(): string[] {
  const out: string[] = [];
  for (const s of initial.sheets) {
    const now = book.sheets.find((x) => x.id === s.id);
    if (!now) {
      out.push(`sheet ${s.name} is gone`);
      continue;
    }
    if (now.name !== s.name) out.push(`sheet ${s.name} was renamed to ${now.name}`);
    for (const [k, c] of s.cells) {
      const n = now.cells.get(k);
      if (JSON.stringify(n) !== JSON.stringify(c)) out.push(`${s.name}!${k} changed: ${JSON.stringify(c)} → ${JSON.stringify(n)}`);
    }
  }
  for (const n of initial.names) {
    const now = book.names.find((x) => x.name === n.name);
    if (JSON.stringify(now) !== JSON.stringify(n)) out.push(`name ${n.name} changed: ${JSON.stringify(n)} → ${JSON.stringify(now)}`);
  }
  return out;
}

const w = window as unknown as Record<string, unknown>;

/** Counts insertWorksheetsFromBase64 calls (the real ones happen in the book, which the pane drives). */
let insertCalls = 0;
const runBook = book.run;
book.run = (cb) =>
  runBook(async (ctx) => {
    const wb = ctx.workbook as unknown as { insertWorksheetsFromBase64: (b: string, o?: { positionType?: string }) => unknown };
    const insert = wb.insertWorksheetsFromBase64.bind(wb);
    wb.insertWorksheetsFromBase64 = (b, o) => {
      insertCalls++;
      return insert(b, o);
    };
    return cb(ctx);
  });

/**
 * Office.js outside Office has no requirement sets: the emulated host reports ExcelApi up to `version`
 * (Office.context.requirements.isSetSupported), set by the test before it inserts a template.
 */
function supportExcelApi(version: string): void {
  const office = w.Office as { context?: Record<string, unknown> } | undefined;
  if (!office) throw new Error("office.js is not loaded");
  const requirements = { isSetSupported: (name: string, v?: string) => name === "ExcelApi" && Number(v ?? "1.1") <= Number(version) };
  let ctx = office.context;
  if (!ctx) {
    ctx = {};
    Object.defineProperty(office, "context", { configurable: true, value: ctx });
  }
  Object.defineProperty(ctx, "requirements", { configurable: true, value: requirements });
}

// office.js must not replace the emulated host; a setter that ignores keeps strict-mode writes from throwing
Object.defineProperty(w, "Excel", { configurable: false, get: () => ({ run: book.run }), set: () => undefined });
w.__e2e = {
  book,
  changes,
  sheetNames: () => book.sheets.map((s) => s.name),
  nameList: () => book.names.map((n) => ({ ...n })),
  cell: (sheet: string, addr: string) => book.cell(sheet, addr) ?? null,
  charts: (sheet: string) => book.sheet(sheet)?.charts ?? [],
  select: (sheet: string, address: string) => {
    const s = book.sheet(sheet)!;
    book.selection = { sheetId: s.id, address };
    book.activeSheetId = s.id;
  },
  activate: (sheet: string) => {
    book.activeSheetId = book.sheet(sheet)!.id;
  },
  supportExcelApi,
  insertCalls: () => insertCalls,
  failNamesAdd: (on: boolean) => {
    let n = 0;
    book.failWhen = on ? (op: string) => (op === "names.add" && ++n === 3 ? "GeneralException: the workbook refused the name (simulated)" : undefined) : undefined;
  },
  /** Sheet cells with formulas, for evaluation in Node. */
  formulas: (sheet: string) => [...(book.sheet(sheet)?.cells.entries() ?? [])].filter(([, c]) => c.formula).map(([k, c]) => [k, c.formula]),
  setValue: (sheet: string, addr: string, v: number) => {
    const c = book.cell(sheet, addr);
    if (c) c.value = v;
  },
};
