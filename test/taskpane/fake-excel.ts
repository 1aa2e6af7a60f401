/**
 * An in-memory Excel host implementing the subset of Office.js the taskpane uses, with Office.js's
 * batching semantics: writes are queued and applied in order at `context.sync()` (a failing
 * operation rejects the sync; the operations before it stay applied, like Excel), and loaded
 * properties can be read only after a sync that follows `load()`. Used by the jest tests and,
 * bundled with esbuild, as the emulated host of the browser e2e test (test/e2e/run.ts).
 */

import { readXlsxBase64, type XlsxBook } from "./fake-xlsx";

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  fontColor?: string;
  fontSize?: number;
  hyperlink?: { address: string; textToDisplay: string };
}
export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  categories?: string;
  position?: [string, string];
  legend?: string;
}
export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  charts: FakeChart[];
}
export interface FakeName {
  name: string;
  formula: string;
  comment: string;
}
export interface WriteRecord {
  sync: number;
  sheet: string;
  address: string;
  kind: "values" | "formulas" | "numberFormat" | "hyperlink" | "format";
  rows: number;
  cols: number;
}
type Evaluator = (formula: string, book: FakeBook, sheet: FakeSheet) => string | number | boolean;

// ----------------------------------------------------------------------------- addresses
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
export function colLetters(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}
/** "B3", "A1:M20", "A:M", "$C$13" → 0-based inclusive rectangle. */
export function parseAddress(addr: string): Rect {
  const a = addr.replace(/\$/g, "").replace(/^.*!/, "");
  const [p, q = p] = a.split(":") as [string, string?];
  const part = (s: string) => {
    const m = /^([A-Za-z]*)([0-9]*)$/.exec(s);
    if (!m) throw new Error(`InvalidArgument: bad address ${addr}`);
    return { c: m[1] ? colIndex(m[1]) : -1, r: m[2] ? Number(m[2]) - 1 : -1 };
  };
  const x = part(p);
  const y = part(q!);
  return { r0: x.r < 0 ? 0 : x.r, c0: x.c < 0 ? 0 : x.c, r1: y.r < 0 ? 1048575 : y.r, c1: y.c < 0 ? 16383 : y.c };
}
export function rectAddress(r: Rect): string {
  const tl = `${colLetters(r.c0)}${r.r0 + 1}`;
  const br = `${colLetters(r.c1)}${r.r1 + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ----------------------------------------------------------------------------- the workbook model
export class FakeBook {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  activeSheetId = "";
  selection = { sheetId: "", address: "A1" };
  syncs = 0;
  runs = 0;
  writes: WriteRecord[] = [];
  /** Makes the operation fail at sync (e.g. to test rollback): return an error message to fail. */
  failWhen?: (op: string, detail: string) => string | undefined;
  evaluate?: Evaluator;
  private nextId = 1;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.addSheet(n);
    this.activeSheetId = this.sheets[0]?.id ?? "";
    this.selection.sheetId = this.activeSheetId;
  }
  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: a sheet named "${name}" exists`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name) || name === "") throw new Error(`InvalidArgument: bad sheet name "${name}"`);
    const s: FakeSheet = { id: `{sheet-${this.nextId++}}`, name, cells: new Map(), charts: [] };
    this.sheets.push(s);
    return s;
  }
  sheet(nameOrId: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === nameOrId.toLowerCase());
  }
  cell(sheet: string, addr: string): FakeCell | undefined {
    return this.sheet(sheet)?.cells.get(addr.replace(/\$/g, "").toUpperCase());
  }
  /** Sets cells directly (test setup), bypassing the queue. */
  set(sheet: string, addr: string, value: string | number | boolean): void {
    const s = this.sheet(sheet)!;
    const rect = parseAddress(addr);
    applyValue(s, rectAddress({ ...rect, r1: rect.r0, c1: rect.c0 }), value, this);
  }
  addName(name: string, formula: string, comment = ""): void {
    this.names.push({ name, formula, comment });
  }
  /** A deep, comparable copy of everything (sheets, cells, names, charts). */
  dump(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, { ...c }]),
        charts: s.charts.map((c) => ({ ...c })),
      })),
      names: this.names.map((n) => ({ ...n })),
    };
  }
  /** Excel.run for this book. */
  run = async <T>(cb: (ctx: FakeContext) => Promise<T>): Promise<T> => {
    this.runs++;
    return cb(new FakeContext(this));
  };
  check(op: string, detail: string): void {
    const msg = this.failWhen?.(op, detail);
    if (msg) throw Object.assign(new Error(msg), { code: "GeneralException" });
  }
}

function cellKey(r: number, c: number): string {
  return `${colLetters(c)}${r + 1}`;
}
function applyValue(s: FakeSheet, key: string, v: unknown, book: FakeBook): void {
  const cell = s.cells.get(key) ?? { value: "" };
  if (typeof v === "string" && v.startsWith("=") && v.length > 1) {
    cell.formula = v;
    cell.value = book.evaluate ? book.evaluate(v, book, s) : v;
  } else if (typeof v === "string" && v.startsWith("'")) {
    delete cell.formula;
    cell.value = v.slice(1);
  } else if (v === "" || v === null || v === undefined) {
    delete cell.formula;
    cell.value = "";
  } else {
    delete cell.formula;
    // Excel turns ISO-date text into a date serial unless the cell is formatted as text
    if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && cell.numberFormat !== "@") cell.value = Math.round(Date.parse(v) / 86400000) + 25569;
    else cell.value = v as string | number | boolean;
  }
  s.cells.set(key, cell);
}

// ----------------------------------------------------------------------------- proxies
class Loadable {
  protected loaded = false;
  protected data: Record<string, unknown> = {};
  constructor(protected ctx: FakeContext) {}
  load(_props?: string | string[] | Record<string, unknown>): this {
    this.ctx.pendingLoads.push(this);
    this.loaded = false;
    return this;
  }
  snapshot(): void {
    this.data = this.read();
    this.loaded = true;
  }
  protected read(): Record<string, unknown> {
    return {};
  }
  protected get<T>(prop: string): T {
    if (!this.loaded) throw new Error(`PropertyNotLoaded: ${prop} (call load() and context.sync() before reading)`);
    return this.data[prop] as T;
  }
}

export class FakeContext {
  queue: { op: string; detail: string; fn: () => void }[] = [];
  pendingLoads: Loadable[] = [];
  /** Asynchronous preparation of queued operations (parsing an inserted xlsx), awaited at sync. */
  pendingWork: Promise<unknown>[] = [];
  workbook: FakeWorkbookProxy;
  constructor(public book: FakeBook) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  enqueue(op: string, detail: string, fn: () => void): void {
    this.queue.push({ op, detail, fn });
  }
  async sync(): Promise<void> {
    await Promise.resolve();
    const work = this.pendingWork;
    this.pendingWork = [];
    await Promise.allSettled(work);
    this.book.syncs++;
    const q = this.queue;
    this.queue = [];
    for (const item of q) {
      this.book.check(item.op, item.detail);
      item.fn();
    }
    const loads = this.pendingLoads;
    this.pendingLoads = [];
    for (const l of loads) l.snapshot();
  }
}

class FakeWorkbookProxy {
  worksheets: FakeWorksheetCollection;
  names: FakeNameCollection;
  constructor(private ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNameCollection(ctx);
  }
  getSelectedRange(): FakeRange {
    const b = this.ctx.book;
    return new FakeRange(this.ctx, () => b.sheet(b.selection.sheetId)!, b.selection.address);
  }
  /**
   * ExcelApi 1.13: inserts every sheet of an xlsx (cells and formulas; see fake-xlsx.ts) at the beginning (Excel's default),
   * or at the end with `positionType: "End"`, with the file's defined names, all or none. Stricter than
   * Excel on purpose: a sheet or defined name that exists already (ignoring case) fails the whole
   * insert, so the pane must never rely on the host's handling of a clash. Returns the new sheets' ids after sync, like Excel's ClientResult.
   */
  insertWorksheetsFromBase64(base64: string, options: { positionType?: string } = {}): { value: string[] } {
    const result = { value: undefined as unknown as string[] };
    const parsed = readXlsxBase64(base64);
    this.ctx.pendingWork.push(parsed);
    const ctx = this.ctx;
    let done: XlsxBook | Error | undefined;
    parsed.then((b) => (done = b), (e: unknown) => (done = e instanceof Error ? e : new Error(String(e))));
    ctx.enqueue("workbook.insertWorksheetsFromBase64", String(options.positionType ?? "Beginning"), () => {
      if (done === undefined) throw new Error("GeneralException: the file was not read");
      if (done instanceof Error) throw Object.assign(new Error(`InvalidArgument: ${done.message}`), { code: "InvalidArgument" });
      const b = ctx.book;
      for (const sh of done.sheets) {
        if (b.sheets.some((x) => x.name.toLowerCase() === sh.name.toLowerCase())) throw Object.assign(new Error(`ItemAlreadyExists: a sheet named "${sh.name}" exists`), { code: "ItemAlreadyExists" });
      }
      for (const n of done.definedNames) {
        if (b.names.some((x) => x.name.toLowerCase() === n.name.toLowerCase())) throw Object.assign(new Error(`ItemAlreadyExists: a name "${n.name}" exists`), { code: "ItemAlreadyExists" });
      }
      const before = b.sheets;
      let added: FakeSheet[];
      try {
        b.sheets = [...before];
        added = done.sheets.map((sh) => Object.assign(b.addSheet(sh.name), { cells: new Map([...sh.cells].map(([k, c]) => [k, { ...c }])) }));
      } catch (e) {
        b.sheets = before; // all or none
        throw e;
      }
      b.sheets = options.positionType === "End" ? [...before, ...added] : [...added, ...before];
      for (const n of done.definedNames) b.addName(n.name, n.formula);
      result.value = added.map((s) => s.id);
    });
    return result;
  }
}

class FakeWorksheetCollection extends Loadable {
  protected read() {
    return { items: this.ctx.book.sheets.map((s) => new FakeWorksheet(this.ctx, () => s, true)) };
  }
  get items(): FakeWorksheet[] {
    return this.get("items");
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.ctx.enqueue("worksheets.add", name, () => {
      created = this.ctx.book.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new Error("InvalidObjectPath: the sheet was not created");
      return created;
    });
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.book.sheet(key);
      if (!s) throw new Error(`ItemNotFound: sheet ${key}`);
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(key), false, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(this.ctx.book.activeSheetId)!);
  }
}

class FakeWorksheet extends Loadable {
  charts: { add: (type: string, source: FakeRange, seriesBy: string) => FakeChartProxy };
  constructor(
    ctx: FakeContext,
    private resolve: () => FakeSheet | undefined,
    preloaded = false,
    private nullable = false
  ) {
    super(ctx);
    if (preloaded) this.snapshot();
    this.charts = {
      add: (type, source, seriesBy) => {
        const chart: FakeChart = { type, source: source.addressText, seriesBy };
        this.ctx.enqueue("charts.add", type, () => this.sheet().charts.push(chart));
        return new FakeChartProxy(this.ctx, chart);
      },
    };
  }
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new Error("ItemNotFound: sheet");
    return s;
  }
  protected read() {
    const s = this.resolve();
    return s ? { name: s.name, id: s.id, isNullObject: false } : { isNullObject: true, name: undefined, id: undefined };
  }
  get name(): string {
    return this.get("name");
  }
  get id(): string {
    return this.get("id");
  }
  get isNullObject(): boolean {
    return this.nullable ? this.get("isNullObject") : false;
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, () => this.sheet(), address);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => this.sheet(), "", true);
  }
  getUsedRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.sheet(), "", false);
  }
  activate(): void {
    this.ctx.enqueue("activate", "", () => {
      this.ctx.book.activeSheetId = this.sheet().id;
    });
  }
  delete(): void {
    this.ctx.enqueue("worksheet.delete", "", () => {
      const s = this.sheet();
      const book = this.ctx.book;
      book.sheets = book.sheets.filter((x) => x !== s);
      if (book.activeSheetId === s.id) book.activeSheetId = book.sheets[0]?.id ?? "";
    });
  }
}

function usedRect(s: FakeSheet): Rect | undefined {
  let r: Rect | undefined;
  for (const [k, c] of s.cells) {
    if (c.value === "" && !c.formula) continue;
    const p = parseAddress(k);
    r = r ? { r0: Math.min(r.r0, p.r0), c0: Math.min(r.c0, p.c0), r1: Math.max(r.r1, p.r0), c1: Math.max(r.c1, p.c0) } : p;
  }
  return r;
}

class FakeFormat {
  font: Record<string, unknown>;
  fill: Record<string, unknown>;
  constructor(private range: FakeRange) {
    const set = (prop: keyof FakeCell) => (v: unknown) => range.eachCell("format", (c) => ((c as unknown as Record<string, unknown>)[prop] = v));
    const font = {} as Record<string, unknown>;
    for (const [k, prop] of [["bold", "bold"], ["italic", "italic"], ["color", "fontColor"], ["size", "fontSize"]] as const) {
      Object.defineProperty(font, k, { set: set(prop), enumerable: true });
    }
    this.font = font;
    const fill = {} as Record<string, unknown>;
    Object.defineProperty(fill, "color", { set: set("fill"), enumerable: true });
    this.fill = fill;
  }
  set columnWidth(_w: number) {
    this.range.ctx.enqueue("columnWidth", this.range.addressText, () => undefined);
  }
  set wrapText(_w: boolean) {
    this.range.ctx.enqueue("wrapText", this.range.addressText, () => undefined);
  }
  autofitColumns(): void {
    this.range.ctx.enqueue("autofitColumns", this.range.addressText, () => undefined);
  }
}

export class FakeRange extends Loadable {
  format: FakeFormat;
  constructor(
    public ctx: FakeContext,
    private resolveSheet: () => FakeSheet,
    private addr: string,
    private usedNullable?: boolean
  ) {
    super(ctx);
    this.format = new FakeFormat(this);
  }
  get addressText(): string {
    return this.addr;
  }
  private rect(): Rect | undefined {
    if (this.addr === "") return usedRect(this.resolveSheet());
    return parseAddress(this.addr);
  }
  protected read() {
    const s = this.resolveSheet();
    const r = this.rect();
    if (!r) return { isNullObject: true };
    const rows = Math.min(r.r1, 5000) - r.r0 + 1;
    const cols = Math.min(r.c1, 100) - r.c0 + 1;
    const grid = (f: (c: FakeCell | undefined) => unknown) =>
      Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(s.cells.get(cellKey(r.r0 + i, r.c0 + j)))));
    return {
      isNullObject: false,
      address: `${quoteSheet(s.name)}!${rectAddress(r)}`,
      rowIndex: r.r0,
      columnIndex: r.c0,
      rowCount: rows,
      columnCount: cols,
      values: grid((c) => c?.value ?? ""),
      formulas: grid((c) => c?.formula ?? c?.value ?? ""),
      numberFormat: grid((c) => c?.numberFormat ?? "General"),
    };
  }
  get isNullObject(): boolean {
    return this.usedNullable ? this.get("isNullObject") : false;
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  eachCell(kind: WriteRecord["kind"], f: (c: FakeCell, key: string) => void): void {
    this.ctx.enqueue(`range.${kind}`, this.addr, () => {
      const s = this.resolveSheet();
      const r = this.rect()!;
      this.ctx.book.writes.push({ sync: this.ctx.book.syncs, sheet: s.name, address: this.addr, kind, rows: r.r1 - r.r0 + 1, cols: r.c1 - r.c0 + 1 });
      if (r.r1 - r.r0 > 5000) return; // whole-column formats: nothing to record per cell
      for (let i = r.r0; i <= r.r1; i++)
        for (let j = r.c0; j <= Math.min(r.c1, 200); j++) {
          const key = cellKey(i, j);
          const c = s.cells.get(key) ?? { value: "" };
          f(c, key);
          s.cells.set(key, c);
        }
    });
  }
  private write2d(kind: "values" | "formulas" | "numberFormat", grid: unknown[][]): void {
    this.ctx.enqueue(`range.${kind}`, this.addr, () => {
      const s = this.resolveSheet();
      const r = this.rect()!;
      const rows = r.r1 - r.r0 + 1;
      const cols = r.c1 - r.c0 + 1;
      if (!Array.isArray(grid) || grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw Object.assign(new Error(`InvalidArgument: the ${kind} array does not match the size of ${this.addr} (${rows}×${cols})`), { code: "InvalidArgument" });
      }
      this.ctx.book.check(`write.${kind}`, `${s.name}!${this.addr}`);
      this.ctx.book.writes.push({ sync: this.ctx.book.syncs, sheet: s.name, address: this.addr, kind, rows, cols });
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
          const key = cellKey(r.r0 + i, r.c0 + j);
          const v = grid[i]![j];
          if (kind === "numberFormat") {
            const c = s.cells.get(key) ?? { value: "" };
            c.numberFormat = String(v);
            s.cells.set(key, c);
          } else applyValue(s, key, v, this.ctx.book);
        }
    });
  }
  set values(v: unknown[][]) {
    this.write2d("values", v);
  }
  set formulas(v: unknown[][]) {
    this.write2d("formulas", v);
  }
  set numberFormat(v: unknown[][]) {
    this.write2d("numberFormat", v);
  }
  set hyperlink(h: { address: string; textToDisplay: string }) {
    this.eachCell("hyperlink", (c) => {
      c.hyperlink = { ...h };
      c.value = h.textToDisplay;
    });
  }
  getCell(row: number, col: number): FakeRange {
    const r = this.rect()!;
    return new FakeRange(this.ctx, this.resolveSheet, cellKey(r.r0 + row, r.c0 + col));
  }
  select(): void {
    this.ctx.enqueue("select", this.addr, () => {
      const b = this.ctx.book;
      b.selection = { sheetId: this.resolveSheet().id, address: this.addr };
    });
  }
}

class FakeNameProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private n: FakeName
  ) {
    super(ctx);
    this.snapshot();
  }
  protected read() {
    return { name: this.n.name, formula: this.n.formula, comment: this.n.comment };
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  delete(): void {
    this.ctx.enqueue("names.delete", this.n.name, () => {
      this.ctx.book.names = this.ctx.book.names.filter((x) => x !== this.n);
    });
  }
}

class FakeNameCollection extends Loadable {
  protected read() {
    return { items: this.ctx.book.names.map((n) => new FakeNameProxy(this.ctx, n)) };
  }
  get items(): FakeNameProxy[] {
    return this.get("items");
  }
  add(name: string, reference: FakeRange, comment = ""): void {
    this.ctx.enqueue("names.add", name, () => {
      const book = this.ctx.book;
      if (book.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw Object.assign(new Error(`ItemAlreadyExists: the name ${name} exists`), { code: "ItemAlreadyExists" });
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}[0-9]+$/.test(name)) throw new Error(`InvalidArgument: bad name ${name}`);
      const s = (reference as unknown as { resolveSheet: () => FakeSheet }).resolveSheet();
      const r = parseAddress(reference.addressText);
      book.names.push({ name, formula: `=${quoteSheet(s.name)}!$${colLetters(r.c0)}$${r.r0 + 1}`, comment });
    });
  }
}

class FakeChartProxy {
  title: { text: string };
  legend: { position: string };
  axes: { categoryAxis: { setCategoryNames: (r: FakeRange) => void } };
  constructor(
    private ctx: FakeContext,
    private chart: FakeChart
  ) {
    const c = chart;
    this.title = {
      set text(t: string) {
        c.title = t;
      },
    } as { text: string };
    this.legend = {
      set position(p: string) {
        c.legend = p;
      },
    } as { position: string };
    this.axes = { categoryAxis: { setCategoryNames: (r) => ctx.enqueue("chart.categories", r.addressText, () => (c.categories = r.addressText)) } };
  }
  setPosition(tl: string, br: string): void {
    this.ctx.enqueue("chart.position", tl, () => (this.chart.position = [tl, br]));
  }
}

/** Installs `Excel` (and optionally a minimal `Office`) for a book on the given global object. */
export function installFakeExcel(book: FakeBook, g: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  g.Excel = { run: book.run };
}
