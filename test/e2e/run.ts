/**
 * Browser end-to-end test of the task pane (`npm run test:e2e`): the production bundle in dist/
 * (built by `npm run build`, which `npm test` runs first; built here if missing) served on
 * 127.0.0.1, Debian's chromium through playwright-core, office.js served from
 * node_modules/@microsoft/office-js/dist, and an emulated Excel host (fake-host.ts) injected before
 * the bundle. Any request that leaves the test server, other than to Office's script host
 * (appsforoffice.microsoft.com), fails the run, and so does any Content-Security-Policy violation
 * (the page's securitypolicyviolation events and console reports); the CSP meta must be in
 * dist/taskpane.html and in force (an injected inline script and eval are refused). Clicks through
 * load, export, import (good and bad files), compare, the function browser and templates; after every action, asserts that the workbook's pre-existing sheets, names
 * and cells are unchanged. Screenshots go to test-results/e2e/*.png. Prints "N passed, N failed".
 *
 * Computed values: when the headless evaluator exists (src/headless/evaluator.ts and
 * bin/depin-calc.js), the loaded sheet's model formulas are evaluated in Node through
 * `depin-calc cases` (SPEC §6, names bound to the sheet's values) and must be numbers; otherwise the
 * test asserts the formulas written.
 */
import { execFileSync, execSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const OUT = path.join(ROOT, "test-results/e2e");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

let passed = 0;
let failed = 0;
function check(name: string, ok: boolean, detail?: unknown): void {
  if (ok) {
    passed++;
    console.log(`  ✓ ${name}`);
  } else {
    failed++;
    console.log(`  ✗ ${name}${detail === undefined ? "" : `\n      ${typeof detail === "string" ? detail : JSON.stringify(detail)}`}`);
  }
}

function ensureBuild(): void {
  const needed = ["taskpane.html", "taskpane.js", "functions.js"].map((f) => path.join(DIST, f));
  if (needed.every((f) => existsSync(f))) {
    console.log("Using the existing dist/ build (npm test builds it before test:e2e).");
    return;
  }
  console.log("dist/ is missing: running npm run build");
  execSync("npm run build", { cwd: ROOT, stdio: "inherit" });
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png", ".xml": "application/xml" };

function serve(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, "") || "taskpane.html";
    const file = path.resolve(DIST, rel);
    if (!file.startsWith(DIST + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function fakeHostScript(): string {
  // esbuild comes with tsx; bundle the emulated host (and the fake workbook it uses) into one IIFE
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  const out = esbuild.buildSync({ entryPoints: [path.join(__dirname, "fake-host.ts")], bundle: true, format: "iife", platform: "browser", target: "es2020", write: false });
  return out.outputFiles[0]!.text;
}

// ------------------------------------------------------------------------------------ page helpers
type E2E = Record<string, (...a: any[]) => any>;
async function host<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(([f, a]) => ((window as unknown as { __e2e: E2E }).__e2e[f as string]!(...(a as unknown[])) as T), [fn, args] as const);
}
async function status(page: Page): Promise<string> {
  return (await page.textContent("#status")) ?? "";
}
async function waitIdle(page: Page): Promise<string> {
  await page.waitForFunction(() => !document.querySelector("#status")?.classList.contains("busy"), null, { timeout: 15000 });
  return status(page);
}
async function unchanged(page: Page, after: string): Promise<void> {
  const diffs = await host<string[]>(page, "changes");
  check(`pre-existing sheets, names and cells unchanged after ${after}`, diffs.length === 0, diffs);
}
/** A screenshot of what the user sees (the pane's viewport), or of the whole page. */
async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
}
async function tab(page: Page, id: string): Promise<void> {
  await page.click(`#tab-${id}`);
}
async function importFile(page: Page, name: string, content: string | Buffer): Promise<{ status: string; errors: string[] }> {
  await page.setInputFiles("#import-file", { name, mimeType: "application/json", buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
  await page.click("#import-btn");
  const s = await waitIdle(page);
  const errors = await page.$$eval("#import-errors li", (lis) => lis.map((li) => li.textContent ?? ""));
  return { status: s, errors };
}

// ------------------------------------------------------------------------------------ optional evaluator
function evaluatorAvailable(): boolean {
  return existsSync(path.join(ROOT, "src/headless/evaluator.ts")) && existsSync(path.join(ROOT, "bin/depin-calc.js"));
}
/** Evaluates formulas with names bound to 1×1 values through `depin-calc cases` (SPEC §6). */
function evaluateInNode(formulas: string[], names: Record<string, unknown>): unknown[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "depin-e2e-"));
  try {
    const bound = Object.fromEntries(Object.entries(names).map(([k, v]) => [k, [[v]]]));
    const cases = formulas.map((f, i) => ({ id: `m${i}`, formula: f, names: bound, expected: 0, tolerance: 0, source: "e2e" }));
    const file = path.join(dir, "cases.json");
    writeFileSync(file, JSON.stringify(cases));
    const out = execFileSync(process.execPath, [path.join(ROOT, "bin/depin-calc.js"), "cases", file], { cwd: ROOT, encoding: "utf8", timeout: 120000 });
    const byId = new Map(out.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { id: string; value?: unknown; error?: string }).map((r) => [r.id, r.error ?? r.value]));
    return formulas.map((_, i) => byId.get(`m${i}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------ the scenario
async function scenario(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForFunction(() => /^Ready/.test(document.querySelector("#status")?.textContent ?? ""), null, { timeout: 20000 });
  check("the pane starts (office.js offline, emulated Excel host)", true);
  check("presets are listed by network", (await page.$$eval("#preset-list h3", (h) => h.map((x) => x.textContent))).join(",") === "io.net,Clore.ai,Bittensor,Akash");
  check("eight or more presets with regime, as-of date and confidence summary", (await page.$$("#preset-list button.preset")).length >= 8 && (await page.textContent("#preset-list"))!.includes("as of 2024-06-05") && (await page.$$("#preset-list .badge.documented")).length >= 8);
  await shot(page, "01-presets", true);

  // ---- preview and load
  await page.click('button.preset[data-id="io-net-docs-current"]');
  await page.waitForSelector("#preset-preview:not([hidden])");
  check("preview shows parameters, inputs and model formulas before loading", (await page.$$("#preset-preview tbody tr")).length >= 20 && (await page.$$("#preset-preview tr.input")).length >= 3 && (await page.textContent("#preset-preview"))!.includes("=DEPIN.IO_AVAIL_REWARD("));
  check("preview writes nothing", (await host<string[]>(page, "sheetNames")).length === 3);
  const regimeLine = (await page.textContent("#regime-status")) ?? "";
  check("preview says which regime the preset belongs to and that a newer one exists", /models enterprise_community_pools \(2025-06-04 to 2026-06-10, confidence M\)\. A newer regime exists: incentive_dynamic_engine, current since 2026-06-11\./.test(regimeLine), regimeLine);
  await shot(page, "02-preview");

  // ---- the Regimes tab: every network's timeline; the preview's link opens it at the preset's regime
  await page.click("#regime-show");
  await page.waitForSelector("#panel-regimes:not([hidden])");
  const timelines = await page.$$eval("#regimes-list table", (ts) => ts.map((t) => ({ rows: t.querySelectorAll("tbody tr").length, current: t.querySelectorAll("tbody tr.current").length })));
  check("the Regimes tab lists four timelines, each with exactly one current regime", (await page.$$eval("#regimes-list h3", (h) => h.map((x) => x.textContent))).join(",") === "io.net,Clore.ai,Bittensor,Akash" && timelines.length === 4 && timelines.every((t) => t.rows >= 3 && t.current === 1), timelines);
  const marked = await page.$$eval('#regimes-list tr[aria-current="true"]', (trs) => trs.map((tr) => tr.id));
  check("the preview's link marks the preset's regime in the timeline", JSON.stringify(marked) === JSON.stringify(["regime-io-enterprise_community_pools"]) && (await page.isVisible("#regime-io-enterprise_community_pools")), marked);
  const akashText = (await page.textContent("#regime-akash-bme_aep76")) ?? "";
  check("a timeline row shows dates, rule, source and confidence", /since 2026-03-23/.test(akashText) && /current/.test(akashText) && /confidence H/.test(akashText) && /polkachu\.com\/gov_proposals\/6985/.test(akashText), akashText.slice(0, 300));
  check("opening the Regimes tab writes nothing", (await host<string[]>(page, "sheetNames")).length === 3);
  await shot(page, "02b-regimes");
  await page.click('#regime-akash-akt20_stable_payments_take button[data-preset="akash-onchain-current"]');
  await page.waitForSelector("#panel-presets:not([hidden])");
  const opened = [(await page.textContent("#preset-preview h2")) ?? "", (await page.textContent("#regime-status")) ?? ""];
  check("a regime's preset link opens that preset's preview, which names a newer regime", /^Akash, what the chain runs today$/.test(opened[0]!) && /models akt20_stable_payments_take .* A newer regime exists: bme_aep76, current since 2026-03-23\./.test(opened[1]!), opened);
  await page.click('button.preset[data-id="io-net-docs-current"]');
  await page.waitForSelector("#preset-preview:not([hidden])");

  await page.click("#load-btn");
  let s = await waitIdle(page);
  check("load reports success", /^Loaded “io-net-docs-current \(2\)”/.test(s), s);
  check("load says the regime and that a newer one exists", /io\.net regime: this document models enterprise_community_pools .* A newer regime exists: incentive_dynamic_engine/.test(s), s);
  const c6 = await host<{ value: unknown } | null>(page, "cell", "io-net-docs-current (2)", "C6");
  const d6 = await host<{ value: unknown } | null>(page, "cell", "io-net-docs-current (2)", "D6");
  check("the sheet's Regime line carries the regime id and its status", c6?.value === "enterprise_community_pools" && /A newer regime exists: incentive_dynamic_engine/.test(String(d6?.value)), { c6, d6 });
  const sheets = await host<string[]>(page, "sheetNames");
  check("load adds a uniquely named sheet and keeps the user's same-named sheet", JSON.stringify(sheets) === JSON.stringify(["Sheet1", "io-net-docs-current", "Budget", "io-net-docs-current (2)"]), sheets);
  const names = await host<{ name: string; formula: string }[]>(page, "nameList");
  check("names are suffixed _2 because io_SupplierShare existed; the user's name is not redefined", names.some((n) => n.name === "io_SupplierShare_2" && n.formula === "='io-net-docs-current (2)'!$C$21") && names.some((n) => n.name === "io_SupplierShare" && n.formula === "=Sheet1!$B$2"));
  const formulas = await host<[string, string][]>(page, "formulas", "io-net-docs-current (2)");
  check("model formulas are written over the defined names", formulas.some(([, f]) => f === "=DEPIN.IO_AVAIL_REWARD(io_CapexUsd_2, io_Uptime_2, io_SupplierShare_2, io_PaybackHours_2)"), formulas.slice(0, 3));
  check("the schedule chart is a native chart over the chart data", (await host<{ type: string; title: string }[]>(page, "charts", "io-net-docs-current (2)")).some((c) => c.type === "Line" && /unlock schedule/.test(c.title)));
  check("sources are hyperlinks; dates stay text", (await host<{ hyperlink?: { address: string } }>(page, "cell", "io-net-docs-current (2)", "I13"))?.hyperlink?.address === "https://docs.io.net/docs/io-tokenomics" && (await host<{ value: unknown }>(page, "cell", "io-net-docs-current (2)", "H13"))?.value === "2026-11-24");
  await unchanged(page, "load");
  await shot(page, "03-loaded");

  if (evaluatorAvailable()) {
    const model = formulas.filter(([k]) => /^B\d+$/.test(k) && Number(k.slice(1)) < 55).map(([, f]) => f);
    const values: Record<string, unknown> = {};
    for (const n of names.filter((x) => x.formula.startsWith("='io-net-docs-current (2)'!"))) {
      const addr = n.formula.split("!")[1]!.replace(/\$/g, "");
      values[n.name] = (await host<{ value: unknown }>(page, "cell", "io-net-docs-current (2)", addr))?.value;
    }
    try {
      const results = evaluateInNode(model, values);
      check("the loaded model computes (headless evaluator): every value is a finite number", results.every((v) => typeof v === "number" && Number.isFinite(v)), results);
    } catch (e) {
      check("the loaded model computes (headless evaluator)", false, String(e).slice(0, 400));
    }
  } else {
    console.log("  (src/headless/evaluator.ts not present: asserting the formulas written, not their values)");
  }

  await page.click('button.preset[data-id="bittensor-pre-dtao"]');
  await page.click("#load-btn");
  s = await waitIdle(page);
  check("a second preset loads without suffix where no name collides", /^Loaded “bittensor-pre-dtao”: 18 names, 8 formulas, 1 chart\. Bittensor regime: this document models root_network \(2023-10-02 to 2025-02-12, confidence H\)\. \d+ newer regimes exist: next dtao_ema_price_constant_product from 2025-02-13; current price_x_burn since 2026-06-30\.$/.test(s), s);
  await unchanged(page, "second load");

  // ---- failure during load: nothing partial remains
  const before = await host<string[]>(page, "sheetNames");
  const namesBefore = (await host<unknown[]>(page, "nameList")).length;
  await host(page, "failNamesAdd", true);
  await page.click('button.preset[data-id="akash-onchain-current"]');
  await page.click("#load-btn");
  s = await waitIdle(page);
  await host(page, "failNamesAdd", false);
  const errText = (await page.textContent("#error")) ?? "";
  check("a failing write is reported in the pane", s === "Failed." && /refused the name/.test(errText) && /Nothing was left behind/.test(errText) && (await page.isVisible("#error")), { s, errText });
  check("a failing write leaves no partial sheet and no new name", JSON.stringify(await host<string[]>(page, "sheetNames")) === JSON.stringify(before) && (await host<unknown[]>(page, "nameList")).length === namesBefore);
  await unchanged(page, "a failed load");
  await shot(page, "04-load-failure");

  // ---- export
  await tab(page, "scenario");
  await host(page, "activate", "bittensor-pre-dtao");
  await page.click("#export-btn");
  s = await waitIdle(page);
  const exported = await page.inputValue("#export-json");
  let doc: any;
  try {
    doc = JSON.parse(exported);
  } catch {
    doc = undefined;
  }
  check("export produces scenario JSON of the active sheet", /^Exported “bittensor-pre-dtao”/.test(s) && doc?.kind === "scenario" && doc?.basedOn === "bittensor-pre-dtao" && doc?.parameters?.length === 18, s);
  check("export offers a download", (await page.getAttribute("#export-link", "download")) === "bittensor-pre-dtao.scenario.json" && /^blob:/.test((await page.getAttribute("#export-link", "href")) ?? ""));
  await unchanged(page, "export");
  await shot(page, "05-export");

  // ---- import: good file
  const good = JSON.parse(exported);
  good.id = "tao-what-if";
  good.parameters.find((p: any) => p.key === "priceUsd").value = 500;
  let r = await importFile(page, "what-if.json", JSON.stringify(good, null, 2));
  check("a good scenario imports as a new sheet", /^Imported what-if\.json as “tao-what-if”/.test(r.status) && (await host<string[]>(page, "sheetNames")).includes("tao-what-if"), r);
  const priceRow = 13 + good.parameters.findIndex((p: any) => p.key === "priceUsd");
  check("the imported value is in the new sheet, named with the next free suffix", (await host<{ value: unknown }>(page, "cell", "tao-what-if", `C${priceRow}`))?.value === 500 && (await host<{ name: string }[]>(page, "nameList")).some((n) => n.name === "tao_PriceUsd_2"));
  await unchanged(page, "a good import");

  // ---- import: bad files
  const sheetsBefore = JSON.stringify(await host<string[]>(page, "sheetNames"));
  const nameCount = (await host<unknown[]>(page, "nameList")).length;
  const bad: [string, string | Buffer, RegExp][] = [
    ["wrong-schema.json", JSON.stringify({ ...good, schemaVersion: 2 }), /Schema version 2 is not supported/],
    ["missing-field.json", JSON.stringify({ ...good, parameters: undefined }), /missing field "parameters"/],
    ["unknown-key.json", JSON.stringify({ ...good, colour: "blue" }), /unknown field "colour"/],
    ["out-of-range.json", JSON.stringify({ ...good, parameters: good.parameters.map((p: any) => (p.key === "kappa" ? { ...p, value: 1.5 } : p.key === "totalStaked" ? { ...p, value: -1 } : p)) }), /value 1\.5 is above the maximum 1[\s\S]*value -1 is below the minimum 0/],
    ["proto.json", exported.replace("{", '{"__proto__": {"isAdmin": true},'), /Forbidden key "__proto__"/],
    ["constructor.json", JSON.stringify({ ...good, model: [{ ...good.model[0], constructor: { prototype: {} } }] }), /Forbidden key "constructor" at \/model\/0/],
    ["oversize.json", Buffer.alloc(300 * 1024, 32), /limited to 256 KB/],
    ["not-json.json", "{ this is not json", /not valid JSON/],
    ["formula.json", JSON.stringify({ ...good, model: [{ label: "x", unit: "x", formula: '=WEBSERVICE("http://example.com")' }] }), /calls WEBSERVICE/],
    ["chart-overflow.json", JSON.stringify({ ...good, chart: { ...good.chart, x: { ...good.chart.x, start: 1e308, step: 1e308 } } }), /\/chart\/x: the axis runs from 1e\+308 to Infinity .*every x value must be a finite number/],
    ["wrong-regime.json", JSON.stringify({ ...good, regimeId: "bme_aep76" }), /\/regimeId: "bme_aep76" is not a regime of the bittensor timeline/],
  ];
  for (const [name, content, expected] of bad) {
    r = await importFile(page, name, content);
    const all = [r.status, (await page.textContent("#error")) ?? "", ...r.errors].join("\n");
    check(`import rejects ${name} with a clear message`, r.status === "Failed." && expected.test(all) && /nothing was written/.test(all), all.slice(0, 300));
    check(`import of ${name} writes nothing`, JSON.stringify(await host<string[]>(page, "sheetNames")) === sheetsBefore && (await host<unknown[]>(page, "nameList")).length === nameCount);
    if (name === "out-of-range.json") await shot(page, "06-import-errors");
  }
  check("nothing was polluted by __proto__", await page.evaluate(() => (({}) as Record<string, unknown>).isAdmin === undefined));
  await unchanged(page, "bad imports");

  // ---- compare
  await tab(page, "compare");
  await page.click("#compare-refresh");
  await waitIdle(page);
  await page.selectOption("#compare-new", "sheet:tao-what-if");
  await page.selectOption("#compare-old", "preset:");
  await page.check("#compare-sheet");
  await page.click("#compare-btn");
  s = await waitIdle(page);
  const changedRows = await page.$$eval("#compare-result tr.changed", (rows) => rows.map((x) => x.textContent ?? ""));
  check("compare shows the changed parameter old → new against the shipped preset", changedRows.length === 1 && /priceUsd/.test(changedRows[0]!) && /392\.85/.test(changedRows[0]!) && /500/.test(changedRows[0]!), changedRows);
  check("compare can write a comparison sheet", /written to “Compare”/.test(s) && (await host<string[]>(page, "sheetNames")).includes("Compare"), s);
  await unchanged(page, "compare");
  await shot(page, "07-compare");

  await page.selectOption("#compare-old", "sheet:bittensor-pre-dtao");
  await page.uncheck("#compare-sheet");
  await page.click("#compare-btn");
  s = await waitIdle(page);
  check("compare two sheets", /^Compared: 1 changed, 0 added, 0 removed\.$/.test(s), s);

  // ---- function browser
  await page.focus("#tab-compare");
  await page.keyboard.press("ArrowRight");
  check("tabs are keyboard operable (ArrowRight moves to Functions)", (await page.getAttribute("#tab-functions", "aria-selected")) === "true" && (await page.evaluate(() => document.activeElement?.id)) === "tab-functions");
  await page.waitForFunction(() => document.querySelectorAll("#fn-list button").length > 0, null, { timeout: 15000 });
  const listed = (await page.$$("#fn-list button")).length;
  check("the function catalog loads on demand", listed >= 20, await status(page));
  await page.fill("#fn-search", "akt supply");
  const found = await page.$$eval("#fn-list button", (b) => b.map((x) => x.getAttribute("data-id")));
  // relative to the catalog: new Akash functions that mention supply keep landing
  check("search narrows the list", found.includes("AKT_SUPPLY") && found.length * 8 < listed, { found, listed });
  await page.click('#fn-list button[data-id="AKT_SUPPLY"]');
  const detail = (await page.textContent("#fn-detail")) ?? "";
  check("help shows arguments, defaults and source", /initial_supply/.test(detail) && /Default|required/.test(detail) && /Source:/.test(detail), detail.slice(0, 200));
  await host(page, "select", "Sheet1", "B2");
  await page.click("#fn-insert");
  s = await waitIdle(page);
  check("inserting into a non-empty cell asks for confirmation", (await page.isVisible(".confirm")) && /not empty/.test(s), s);
  await shot(page, "08-functions-confirm");
  await page.click('.confirm button:has-text("Cancel")');
  check("cancel leaves the cell as it was", (await host<{ value: unknown }>(page, "cell", "Sheet1", "B2"))?.value === 42);
  await host(page, "select", "Sheet1", "E5");
  await page.click("#fn-insert");
  s = await waitIdle(page);
  check("the skeleton goes into an empty selected cell", (await host<{ formula?: string }>(page, "cell", "Sheet1", "E5"))?.formula === "=DEPIN.AKT_SUPPLY(years)", s);
  await unchanged(page, "function browser");
  await shot(page, "09-functions");

  // ---- templates: listed from dist/templates/templates.json; insert explains a missing requirement set, then inserts
  const shipped = JSON.parse(readFileSync(path.join(DIST, "templates/templates.json"), "utf8")) as { file: string; title: string }[];
  await tab(page, "templates");
  await page.waitForFunction(() => document.querySelectorAll("#template-list button.template").length > 0, null, { timeout: 15000 });
  const templateFiles = await page.$$eval("#template-list button.template", (b) => b.map((x) => x.getAttribute("data-file")));
  check("the Templates tab lists every shipped template", JSON.stringify(templateFiles) === JSON.stringify(shipped.map((t) => t.file)), templateFiles);
  await host(page, "supportExcelApi", "1.12");
  await page.click('#template-list button.template[data-file="crossnet-provider-comparison.xlsx"]');
  await page.waitForSelector("#template-preview:not([hidden])");
  const tPreview = (await page.textContent("#template-preview")) ?? "";
  check("the preview shows title, purpose, sheets, presets with as-of dates and formula count", /Cross-network provider comparison/.test(tPreview) && /Sheets: Compare/.test(tPreview) && /akash-onchain-current \(as of \d{4}-\d{2}-\d{2}\)/.test(tPreview) && /\d+ formulas/.test(tPreview), tPreview.slice(0, 300));
  const sheetsBeforeTemplate = JSON.stringify(await host<string[]>(page, "sheetNames"));
  await page.click("#template-insert");
  s = await waitIdle(page);
  const reqText = (await page.textContent("#error")) ?? "";
  check("without ExcelApi 1.13 the pane explains it and inserts nothing", s === "Failed." && /ExcelApi 1\.13/.test(reqText) && /Nothing was inserted/.test(reqText) && JSON.stringify(await host<string[]>(page, "sheetNames")) === sheetsBeforeTemplate && (await host<number>(page, "insertCalls")) === 0, { s, reqText });
  await host(page, "supportExcelApi", "1.13");
  await page.click('#template-list button.template[data-file="crossnet-provider-comparison.xlsx"]');
  await page.click("#template-insert");
  s = await waitIdle(page);
  const afterTemplate = await host<string[]>(page, "sheetNames");
  check("insert adds the template's sheet under a free name (the scenario wrote a Compare sheet)", (await host<number>(page, "insertCalls")) === 1 && /^Inserted “Compare \(2\)” \(“Compare” as “Compare \(2\)”/.test(s) && afterTemplate.at(-1) === "Compare (2)" && afterTemplate.length === JSON.parse(sheetsBeforeTemplate).length + 1, { s, afterTemplate });
  const xNames = (await host<{ name: string; formula: string }[]>(page, "nameList")).filter((n) => n.name.startsWith("x_"));
  check("the template's defined names point at the inserted sheet", xNames.length > 0 && xNames.every((n) => n.formula.startsWith("='Compare (2)'!")), xNames);
  await unchanged(page, "template insert");
  await shot(page, "10-templates");

  // accessibility basics
  const unlabeled = await page.evaluate(() =>
    Array.from(document.querySelectorAll("input, select, textarea"))
      .filter((el) => !(el.id && document.querySelector(`label[for="${el.id}"]`)) && !el.getAttribute("aria-label"))
      .map((el) => el.id)
  );
  check("every form control has a label", unlabeled.length === 0, unlabeled);
}

async function main(): Promise<number> {
  ensureBuild();
  mkdirSync(OUT, { recursive: true });
  const executablePath = execSync("command -v chromium", { shell: "/bin/bash", encoding: "utf8" }).trim();
  const fake = fakeHostScript();
  const server = await serve();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(path.join(os.tmpdir(), "depin-e2e-profile-"));
  let browser: BrowserContext | undefined;
  const pageErrors: string[] = [];
  try {
    // a fresh profile directory (playwright passes it as --user-data-dir)
    browser = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
      viewport: { width: 420, height: 900 },
      acceptDownloads: false,
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.on("pageerror", (e) => pageErrors.push(e.message));
    // Every request must stay on the test server, except the allow-list: Office's own script host
    // (office.js and the scripts it loads), served from node_modules/@microsoft/office-js/dist.
    const offHost: string[] = [];
    const officeUnavailable: string[] = [];
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(origin + "/")) return route.continue();
      if (url.startsWith(CDN)) {
        const file = path.resolve(OFFICE_DIST, new URL(url).pathname.replace("/lib/1/hosted/", ""));
        if (file.startsWith(OFFICE_DIST + path.sep) && existsSync(file)) return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
        officeUnavailable.push(url.slice(0, 120));
        return route.abort();
      }
      if (url.startsWith("blob:") || url.startsWith("data:")) return route.continue(); // in-page, never on the network
      offHost.push(`${route.request().resourceType()} ${url.slice(0, 120)}`);
      return route.abort();
    });
    // CSP violations: the page's securitypolicyviolation events, and console messages about the policy
    const cspConsole: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) cspConsole.push(m.text().slice(0, 300));
    });
    await page.addInitScript({
      content: `window.__csp = []; document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + (e.blockedURI || "(inline)") + " " + (e.sourceFile || "") + ":" + e.lineNumber), true);`,
    });
    await page.addInitScript({ content: fake });
    await scenario(page, origin);
    check("no uncaught error in the page", pageErrors.length === 0, pageErrors);
    check("no request left the test server except Office's own script host", offHost.length === 0, offHost);
    if (officeUnavailable.length) console.log(`  (${officeUnavailable.length} Office script(s) not in node_modules, aborted: ${officeUnavailable.join(", ")})`);
    // Office's own telemetry: office.js appends a hidden iframe (style="display:none") to
    // telemetryservice.firstpartyapps.oaspapps.com 3 s after loading, in every host. That host is neither
    // ours nor Office's script host, so the policy refuses the frame and its inline style attribute; these
    // two refusals, from office.js's files on Office's script host, are the only violations expected.
    const officeTelemetry = (v: string) =>
      /^frame-src https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\b/.test(v) || /^style-src-attr inline https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/[a-z0-9-]+\.js:/.test(v);
    const officeTelemetryConsole = (m: string) => /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//.test(m) || /^Applying inline style violates/.test(m);
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.slice());
    // a console report is excused only as often as an event from office.js's telemetry frame accounts for it
    const unexpected = [...violations.filter((v) => !officeTelemetry(v)), ...cspConsole.filter((m) => !officeTelemetryConsole(m))];
    const excusedConsole = cspConsole.filter(officeTelemetryConsole).length <= violations.filter(officeTelemetry).length;
    check("no Content-Security-Policy violation during the whole scenario (Office's telemetry frame is refused, as intended)", unexpected.length === 0 && excusedConsole, { unexpected, violations, cspConsole });

    // the policy is in the built page and in force: an injected inline script is refused and reported
    const builtHtml = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const policy = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(builtHtml)?.[1] ?? "";
    check("dist/taskpane.html carries the CSP meta: 'self' and Office's script host only", /default-src 'self'/.test(policy) && /script-src 'self' https:\/\/appsforoffice\.microsoft\.com(;|$)/.test(policy) && !/unsafe-(inline|eval)|\*/.test(policy), policy);
    const probe = await page.evaluate(async () => {
      const w = window as unknown as { __csp: string[]; __inlineRan?: boolean };
      const el = document.createElement("script");
      el.textContent = "window.__inlineRan = true";
      document.head.append(el);
      // string code run by the page itself (a DevTools evaluation is exempt from the eval check)
      (setTimeout as unknown as (code: string, ms: number) => void)("window.__evalRan = true", 0);
      await new Promise((r) => setTimeout(r, 200));
      return { inlineRan: w.__inlineRan === true, evalRan: (w as { __evalRan?: boolean }).__evalRan === true, violations: w.__csp.slice() };
    });
    check("the policy is in force: inline script and eval are refused and reported", !probe.inlineRan && !probe.evalRan && probe.violations.some((v) => /^script-src-elem inline/.test(v)) && probe.violations.some((v) => /^script-src eval/.test(v)), probe);
  } catch (e) {
    check("the e2e scenario ran to the end", false, (e as Error).stack ?? String(e));
  } finally {
    await browser?.close().catch(() => undefined);
    await new Promise((resolve) => server.close(resolve));
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`Screenshots: ${path.relative(ROOT, OUT)}/*.png`);
  console.log(`${passed} passed, ${failed} failed`);
  writeFileSync(path.join(OUT, "summary.json"), JSON.stringify({ passed, failed }));
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }
);
