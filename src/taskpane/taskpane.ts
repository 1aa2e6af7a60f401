/**
 * Task pane UI: wires the DOM to the pure modules (presets, layout, scenario, compare,
 * functions-catalog) and to workbook.ts, the only module that touches cells. Shares its page with
 * the functions chunk (shared runtime).
 */
import { NETWORK_LABELS, confidenceSummary, getPreset, listPresets, validatePreset, type Network, type Preset } from "../presets";
import { parseScenario, scenarioFileName, scenarioJson, toScenario } from "./scenario";
import { diffPresets, type Diff } from "./compare";
import type { FunctionEntry } from "./functions-catalog";
import { insertFormula, listParameterSheets, loadDocument, readParameterSheet, writeDiffSheet } from "./workbook";
import { MAX_SCENARIO_BYTES } from "./scenario";
import { CONFIDENCE_WORDS, period, regimeStatus, timelines } from "./regimes";
import { canInsertTemplates, insertTemplate, listTemplates, MISSING_REQUIREMENT, TEMPLATE_DIR, type TemplateEntry } from "./templates";

// ------------------------------------------------------------------ DOM helpers
type Child = Node | string | null | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false) continue;
    if (k === "class") el.className = String(v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}
/** Appends children, skipping null/false. */
function add(el: HTMLElement, ...children: Child[]): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
}
function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el;
}
function fmt(v: unknown): string {
  if (typeof v === "number") return Math.abs(v) >= 1e4 && Number.isInteger(v) ? v.toLocaleString("en-US") : String(v);
  return String(v);
}

// ------------------------------------------------------------------ status and errors
let busyDepth = 0;
function setStatus(text: string, kind: "busy" | "ok" | "" = ""): void {
  const s = $("status");
  s.textContent = text;
  s.className = `status ${kind}`;
}
function showError(lines: string | string[] | null): void {
  const e = $("error");
  if (!lines || (Array.isArray(lines) && lines.length === 0)) {
    e.hidden = true;
    e.textContent = "";
    return;
  }
  e.hidden = false;
  e.textContent = Array.isArray(lines) ? lines.join("\n") : lines;
}
function errorText(e: unknown): string {
  const err = e as { message?: string; code?: string; debugInfo?: { message?: string }; rolledBack?: boolean };
  const text = err?.debugInfo?.message ?? err?.message ?? String(e);
  if (err?.rolledBack === true) return `${text}\nNothing was left behind: the partial sheet and its names were removed.`;
  if (err?.rolledBack === false) return `${text}\nThe partial sheet could not be removed: delete it by hand.`;
  return text;
}
/** Runs an action with progress feedback, buttons disabled, and errors shown in the pane. */
/** What an action reports: a message (shown as success) or a message with its own status kind. */
type Outcome = string | { message: string; kind: "busy" | "ok" | "" } | void;
async function busy(label: string, action: () => Promise<Outcome>): Promise<void> {
  busyDepth++;
  document.querySelectorAll<HTMLButtonElement>("main button").forEach((b) => (b.disabled = true));
  showError(null);
  setStatus(label, "busy");
  try {
    const done = await action();
    if (typeof done === "object") setStatus(done.message, done.kind);
    else setStatus(done ?? "Done.", "ok");
  } catch (e) {
    setStatus("Failed.");
    showError(errorText(e));
  } finally {
    busyDepth--;
    if (busyDepth === 0) document.querySelectorAll<HTMLButtonElement>("main button").forEach((b) => (b.disabled = false));
  }
}

// ------------------------------------------------------------------ tabs
/** Selects a tab by its button id ("tab-regimes"); set by initTabs. */
let selectTab: (id: string) => void = () => undefined;
function initTabs(): void {
  const tabs = Array.from(document.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  const select = (tab: HTMLButtonElement) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute("aria-controls")!).hidden = !on;
    }
    if (tab.id === "tab-compare") void refreshCompareLists();
    if (tab.id === "tab-functions") void openFunctions();
    if (tab.id === "tab-templates") void openTemplates();
  };
  selectTab = (id) => {
    const tab = tabs.find((t) => t.id === id);
    if (tab) select(tab);
  };
  tabs.forEach((t, i) => {
    t.addEventListener("click", () => select(t));
    t.addEventListener("keydown", (ev: KeyboardEvent) => {
      const d = ev.key === "ArrowRight" ? 1 : ev.key === "ArrowLeft" ? -1 : 0;
      if (!d) return;
      const next = tabs[(i + d + tabs.length) % tabs.length]!;
      select(next);
      next.focus();
    });
  });
}

// ------------------------------------------------------------------ presets
function confidenceBadges(p: Preset): HTMLElement {
  const c = confidenceSummary(p);
  return h(
    "span",
    { class: "meta", "aria-label": `${c.documented} documented, ${c.derived} derived, ${c.estimate} estimated parameters` },
    ...(["documented", "derived", "estimate"] as const).map((k) => h("span", { class: `badge ${k}` }, `${c[k]} ${k}`))
  );
}

function renderPresetList(): void {
  const list = $("preset-list");
  list.textContent = "";
  const byNet = new Map<Network, ReturnType<typeof listPresets>>();
  for (const s of listPresets()) byNet.set(s.network, [...(byNet.get(s.network) ?? []), s]);
  for (const [net, items] of byNet) {
    list.append(h("h3", {}, NETWORK_LABELS[net]));
    for (const s of items) {
      const p = getPreset(s.id)!;
      const btn = h(
        "button",
        { class: "preset", "aria-pressed": "false", "data-id": s.id },
        h("span", { class: "t" }, s.title),
        h("span", { class: "meta" }, `${s.id} · regime ${s.regime} · as of ${s.asOf}`),
        h("br"),
        confidenceBadges(p)
      );
      btn.addEventListener("click", () => {
        list.querySelectorAll("button.preset").forEach((b) => b.setAttribute("aria-pressed", String(b === btn)));
        renderPreview(p);
      });
      list.append(btn);
    }
  }
}

function cols(...classes: string[]): HTMLElement {
  return h("colgroup", {}, ...classes.map((c) => h("col", { class: c })));
}

function paramTable(p: Preset): HTMLTableElement {
  return h(
    "table",
    {},
    cols("p-label", "p-value", "p-unit", "p-conf"),
    h("thead", {}, h("tr", {}, h("th", {}, "Parameter"), h("th", {}, "Value"), h("th", {}, "Unit"), h("th", {}, "Confidence"))),
    h(
      "tbody",
      {},
      ...p.parameters.map((q) =>
        h(
          "tr",
          { class: q.role, title: `${q.source} (retrieved ${q.retrieved})${q.note ? "\n" + q.note : ""}` },
          h("td", {}, q.label, h("br"), h("code", {}, q.key)),
          h("td", { class: "num val" }, fmt(q.value)),
          h("td", {}, q.unit),
          h("td", {}, h("span", { class: `badge ${q.confidence}` }, q.confidence), q.role === "observation" ? ` observed ${q.retrieved}` : "")
        )
      )
    )
  );
}

function renderPreview(p: Preset): void {
  const box = $("preset-preview");
  box.hidden = false;
  box.textContent = "";
  const loadBtn = h("button", { class: "primary", id: "load-btn" }, "Load as new sheet");
  loadBtn.addEventListener("click", () =>
    void busy(`Loading ${p.id}…`, async () => {
      const errors = validatePreset(p);
      if (errors.length > 0) throw new Error(errors.join("\n"));
      const { plan } = await loadDocument(p, (m) => setStatus(m, "busy"));
      return `Loaded “${plan.sheetName}”: ${plan.names.length} names${plan.nameSuffix ? ` (suffix ${plan.nameSuffix}: the base names already existed)` : ""}, ${plan.modelFormulas.length} formulas${plan.chart ? ", 1 chart" : ""}. ${regimeStatus(p).text}`;
    })
  );
  const status = regimeStatus(p);
  const showBtn = h("button", { class: "link", id: "regime-show" }, "Show in the timeline");
  showBtn.addEventListener("click", () => showRegime(p.network, status.regime?.id));
  add(
    box,
    h("h2", {}, p.title),
    h("p", { class: "meta" }, `${p.id} · ${NETWORK_LABELS[p.network]} · regime ${p.regime} · as of ${p.asOf}`),
    h("p", { id: "regime-status", class: status.newer.length > 0 ? "regime-status superseded" : "regime-status" }, status.text, " ", showBtn),
    h("p", {}, p.description),
    loadBtn,
    h("p", { class: "hint" }, "Yellow = analyst input, blue = dated observation. Hover a row for its source."),
    paramTable(p),
    h("h3", {}, "Model (live formulas)"),
    h("ul", {}, ...p.model.map((m) => h("li", {}, `${m.label} (${m.unit}): `, h("span", { class: "formula" }, m.formula)))),
    p.chart ? h("p", {}, h("strong", {}, "Chart: "), p.chart.title) : null
  );
  const heading = box.querySelector("h2");
  heading?.setAttribute("tabindex", "-1");
  box.scrollIntoView({ block: "start" });
  heading?.focus({ preventScroll: true });
}

// ------------------------------------------------------------------ regimes
function regimeRowId(network: Network, id: string): string {
  return `regime-${network}-${id}`;
}

function renderRegimes(): void {
  const list = $("regimes-list");
  list.textContent = "";
  for (const t of timelines()) {
    list.append(
      h("h3", {}, t.label),
      h(
        "table",
        { class: "regimes", "aria-label": `${t.label} regimes` },
        cols("r-id", "r-rule"),
        h("thead", {}, h("tr", {}, h("th", {}, "Regime and dates"), h("th", {}, "Rule and sources"))),
        h(
          "tbody",
          {},
          ...t.rows.map((r) =>
            h(
              "tr",
              { id: regimeRowId(t.network, r.id), class: r.current ? "current" : "", title: r.note },
              h(
                "td",
                {},
                h("code", {}, r.id),
                h("br"),
                period(r),
                r.current ? h("span", { class: "badge current" }, "current") : null,
                h("br"),
                h("span", { class: `badge conf-${r.confidence}`, title: CONFIDENCE_WORDS[r.confidence] }, `confidence ${r.confidence}`)
              ),
              h(
                "td",
                {},
                r.rule,
                h("br"),
                h("span", { class: "meta" }, `Source: ${r.source}`),
                r.presets.length > 0 ? h("br") : null,
                ...r.presets.map((id) => presetLink(id))
              )
            )
          )
        )
      )
    );
  }
}

/** A button that opens a preset's preview in the Presets tab. */
function presetLink(id: string): HTMLButtonElement {
  const b = h("button", { class: "link preset-link", "data-preset": id }, `Preset ${id}`);
  b.addEventListener("click", () => {
    selectTab("tab-presets");
    document.querySelector<HTMLButtonElement>(`#preset-list button.preset[data-id="${id}"]`)?.click();
  });
  return b;
}

/** Opens the Regimes tab at a network's regime (highlighted), or at the network's timeline. */
function showRegime(network: Network, id: string | undefined): void {
  selectTab("tab-regimes");
  document.querySelectorAll("#regimes-list tr[aria-current]").forEach((tr) => tr.removeAttribute("aria-current"));
  const row = id ? document.getElementById(regimeRowId(network, id)) : null;
  row?.setAttribute("aria-current", "true");
  row?.scrollIntoView({ block: "center" });
}

// ------------------------------------------------------------------ templates
let templates: TemplateEntry[] | undefined;
async function openTemplates(): Promise<void> {
  if (templates) return;
  setStatus("Loading the template list…", "busy");
  try {
    templates = await listTemplates();
    renderTemplateList(templates);
    setStatus(`${templates.length} templates.`);
  } catch (e) {
    setStatus("Failed.");
    showError(`The template list did not load: ${errorText(e)}`);
  }
}

function renderTemplateList(list: TemplateEntry[]): void {
  const box = $("template-list");
  box.textContent = "";
  for (const t of list) {
    const btn = h(
      "button",
      { class: "preset template", "aria-pressed": "false", "data-file": t.file },
      h("span", { class: "t" }, t.title),
      h("span", { class: "meta" }, `${t.sheets.length} sheet${t.sheets.length === 1 ? "" : "s"} · ${t.formulas} formulas · as of ${t.presets.map((p) => p.asOf).sort().pop() ?? "—"}`)
    );
    btn.addEventListener("click", () => {
      box.querySelectorAll("button.template").forEach((b) => b.setAttribute("aria-pressed", String(b === btn)));
      renderTemplatePreview(t);
    });
    box.append(btn);
  }
}

function renderTemplatePreview(t: TemplateEntry): void {
  const box = $("template-preview");
  box.hidden = false;
  box.textContent = "";
  const insertBtn = h("button", { class: "primary", id: "template-insert" }, "Insert into this workbook");
  insertBtn.addEventListener("click", () =>
    void busy(`Inserting ${t.title}…`, async () => {
      if (!canInsertTemplates()) throw new Error(MISSING_REQUIREMENT);
      const r = await insertTemplate(t);
      const renamed = r.renamed.map(([a, b]) => `“${a}” as “${b}”`);
      return `Inserted ${r.sheets.map((s) => `“${s}”`).join(", ")}${renamed.length ? ` (${renamed.join(", ")}: the names were taken)` : ""}${r.nameSuffix ? `; its defined names end in ${r.nameSuffix} because some already existed` : ""}.`;
    })
  );
  add(
    box,
    h("h2", {}, t.title),
    h("p", {}, t.purpose),
    h("p", { class: "meta" }, `Sheets: ${t.sheets.join(", ")} · ${t.formulas} formulas`),
    h("p", { class: "meta" }, "Presets: ", ...t.presets.flatMap((p, i) => [i > 0 ? ", " : "", h("code", {}, p.id), ` (as of ${p.asOf})`])),
    canInsertTemplates() ? null : h("p", { class: "regime-status superseded", id: "template-requirement" }, MISSING_REQUIREMENT),
    insertBtn,
    h("p", {}, h("a", { href: TEMPLATE_DIR + t.file, download: t.file }, `Download ${t.file}`))
  );
}

// ------------------------------------------------------------------ export / import
function initScenario(): void {
  $("export-btn").addEventListener("click", () =>
    void busy("Reading the active sheet…", async () => {
      const { name, parsed } = await readParameterSheet();
      if (!parsed) throw new Error(`The active sheet “${name}” is not a parameter sheet (load a preset first, then select its sheet).`);
      const doc = toScenario(parsed.doc);
      const errors = validatePreset(doc);
      if (errors.length > 0) throw new Error(`The sheet “${name}” cannot be exported as it is:\n${errors.join("\n")}`);
      const json = scenarioJson(doc);
      const link = $("export-link") as HTMLAnchorElement;
      if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
      link.href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
      link.download = scenarioFileName(doc);
      link.textContent = `Download ${scenarioFileName(doc)}`;
      ($("export-json") as HTMLTextAreaElement).value = json;
      $("export-result").hidden = false;
      return `Exported “${name}” (${doc.parameters.length} parameters).`;
    })
  );

  $("import-btn").addEventListener("click", () =>
    void busy("Validating the scenario file…", async () => {
      const list = $("import-errors");
      list.hidden = true;
      list.textContent = "";
      const file = ($("import-file") as HTMLInputElement).files?.[0];
      if (!file) throw new Error("Choose a scenario file first.");
      if (file.size > MAX_SCENARIO_BYTES) return reject(list, [`The file is ${Math.ceil(file.size / 1024)} KB; scenario files are limited to ${MAX_SCENARIO_BYTES / 1024} KB.`]);
      const result = parseScenario(await file.text(), file.size);
      if (!result.ok) return reject(list, result.errors);
      const { plan } = await loadDocument(result.doc, (m) => setStatus(m, "busy"));
      return `Imported ${file.name} as “${plan.sheetName}”.${result.warnings.length ? " " + result.warnings.join(" ") : ""}`;
    })
  );
}
function reject(list: HTMLElement, errors: string[]): never {
  list.hidden = false;
  list.textContent = "";
  for (const e of errors.slice(0, 20)) list.append(h("li", {}, e));
  if (errors.length > 20) list.append(h("li", {}, `…and ${errors.length - 20} more.`));
  throw new Error(`The file was not imported (${errors.length} problem${errors.length === 1 ? "" : "s"}); nothing was written.`);
}

// ------------------------------------------------------------------ compare
async function refreshCompareLists(): Promise<void> {
  if (typeof Excel === "undefined") return;
  try {
    const sheets = await listParameterSheets();
    const oldSel = $("compare-old") as HTMLSelectElement;
    const newSel = $("compare-new") as HTMLSelectElement;
    const keepOld = oldSel.value;
    const keepNew = newSel.value;
    oldSel.textContent = "";
    newSel.textContent = "";
    oldSel.append(h("option", { value: "preset:" }, "Shipped preset of the new sheet"));
    for (const s of sheets) {
      oldSel.append(h("option", { value: `sheet:${s.name}` }, `Sheet: ${s.name}`));
      newSel.append(h("option", { value: `sheet:${s.name}` }, `Sheet: ${s.name}`));
    }
    for (const p of listPresets()) oldSel.append(h("option", { value: `preset:${p.id}` }, `Preset: ${p.id}`));
    if (Array.from(oldSel.options).some((o) => o.value === keepOld)) oldSel.value = keepOld;
    if (Array.from(newSel.options).some((o) => o.value === keepNew)) newSel.value = keepNew;
    if (sheets.length === 0) newSel.append(h("option", { value: "" }, "(no parameter sheets yet: load a preset)"));
  } catch (e) {
    showError(errorText(e));
  }
}

async function docFor(value: string, fallbackPresetOf?: Preset): Promise<{ label: string; doc: Preset }> {
  if (value.startsWith("sheet:")) {
    const name = value.slice(6);
    const { parsed } = await readParameterSheet(name);
    if (!parsed) throw new Error(`The sheet “${name}” is not a parameter sheet any more.`);
    return { label: `sheet “${name}”`, doc: parsed.doc };
  }
  const id = value.slice(7) || fallbackPresetOf?.basedOn || fallbackPresetOf?.id || "";
  const p = getPreset(id);
  if (!p) throw new Error(`No shipped preset “${id}” to compare with.`);
  return { label: `preset ${id}`, doc: p };
}

function renderDiff(oldLabel: string, newLabel: string, d: Diff): void {
  const box = $("compare-result");
  box.textContent = "";
  box.append(
    h("h2", {}, `${oldLabel} → ${newLabel}`),
    h("p", { class: "meta" }, `${d.counts.changed} changed, ${d.counts.added} added, ${d.counts.removed} removed, ${d.counts.unchanged} unchanged`),
    ...d.meta.map((m) => h("p", { class: "meta" }, `${m.field}: ${m.old} → ${m.new}`))
  );
  const shown = d.rows.filter((r) => r.status !== "unchanged");
  if (shown.length === 0) {
    box.append(h("p", {}, "No parameter differs."));
    return;
  }
  box.append(
    h(
      "table",
      {},
      cols("w-wide", "w-mid", "w-mid", "w-narrow"),
      h("thead", {}, h("tr", {}, h("th", {}, "Parameter"), h("th", {}, "Old"), h("th", {}, "New"), h("th", {}, "Status"))),
      h(
        "tbody",
        {},
        ...shown.map((r) =>
          h("tr", { class: r.status }, h("td", {}, r.label, h("br"), h("code", {}, r.key)), h("td", { class: "num" }, fmt(r.old)), h("td", { class: "num" }, fmt(r.new)), h("td", {}, r.status))
        )
      )
    )
  );
}

function initCompare(): void {
  $("compare-refresh").addEventListener("click", () => void busy("Listing parameter sheets…", async () => {
    await refreshCompareLists();
    return "Sheet list refreshed.";
  }));
  $("compare-btn").addEventListener("click", () =>
    void busy("Comparing…", async () => {
      const newVal = ($("compare-new") as HTMLSelectElement).value;
      if (!newVal) throw new Error("Load a preset first: there is no parameter sheet to compare.");
      const n = await docFor(newVal);
      const o = await docFor(($("compare-old") as HTMLSelectElement).value, n.doc);
      const d = diffPresets(o.doc, n.doc);
      renderDiff(o.label, n.label, d);
      if (($("compare-sheet") as HTMLInputElement).checked) {
        const sheet = await writeDiffSheet(`${o.label} → ${n.label}`, d);
        return `Compared; written to “${sheet}”.`;
      }
      return `Compared: ${d.counts.changed} changed, ${d.counts.added} added, ${d.counts.removed} removed.`;
    })
  );
}

// ------------------------------------------------------------------ function browser
type CatalogModule = typeof import("./functions-catalog");
type Ensure = (deps: string[], cb: () => void, err: (e: unknown) => void, chunkName: string) => void;
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace NodeJS {
    interface Require {
      /** webpack's code-splitting point (a separate chunk, loaded on demand). */
      ensure: Ensure;
    }
  }
}
let catalogModule: Promise<CatalogModule> | undefined;
/**
 * The function catalog (metadata + engine docs, which pull in decimal.js) is a separate chunk,
 * loaded when the Functions tab is first opened, so taskpane.js stays small. `require.ensure` and not
 * `import()`: ts-loader compiles import() to require() under "module": "commonjs".
 */
function loadCatalog(): Promise<CatalogModule> {
  catalogModule ??= new Promise<CatalogModule>((resolve, reject) =>
    require.ensure(
      [],
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      () => resolve(require("./functions-catalog") as CatalogModule),
      reject,
      "function-browser"
    )
  );
  return catalogModule;
}
let cat: CatalogModule | undefined;
let selectedFn: FunctionEntry | undefined;
function renderFunctionList(): void {
  if (!cat) return;
  const { searchFunctions, functionEntries } = cat;
  const q = ($("fn-search") as HTMLInputElement).value;
  const found = searchFunctions(q);
  const list = $("fn-list");
  list.textContent = "";
  $("fn-count").textContent = `${found.length} of ${functionEntries().length} functions`;
  for (const e of found) {
    const b = h("button", { "aria-pressed": String(e === selectedFn), "data-id": e.id }, h("code", {}, `DEPIN.${e.id}`));
    b.addEventListener("click", () => {
      selectedFn = e;
      list.querySelectorAll("button").forEach((x) => x.setAttribute("aria-pressed", String(x === b)));
      renderFunctionDetail(e);
    });
    list.append(h("li", {}, b));
  }
}

function renderFunctionDetail(e: FunctionEntry): void {
  if (!cat) return;
  const { formulaSkeleton, defaultOf } = cat;
  const box = $("fn-detail");
  box.hidden = false;
  box.textContent = "";
  const skeleton = formulaSkeleton(e);
  const insertBtn = h("button", { class: "primary", id: "fn-insert" }, "Insert into selected cell");
  const confirmBox = h("div", { class: "confirm", role: "alertdialog", "aria-label": "Confirm overwrite" });
  confirmBox.hidden = true;
  insertBtn.addEventListener("click", () =>
    void busy("Inserting…", async () => {
      const r = await insertFormula(skeleton, false);
      if (r.status === "inserted") return `Inserted into ${r.address}; replace the argument names with values or cell references.`;
      confirmBox.hidden = false;
      confirmBox.textContent = "";
      const yes = h("button", { id: "fn-overwrite" }, "Replace it");
      const no = h("button", {}, "Cancel");
      yes.addEventListener("click", () =>
        void busy("Inserting…", async () => {
          confirmBox.hidden = true;
          const again = await insertFormula(skeleton, true);
          return `Replaced the content of ${again.address}.`;
        })
      );
      no.addEventListener("click", () => {
        confirmBox.hidden = true;
        setStatus("Nothing inserted.");
      });
      confirmBox.append(h("p", {}, `${r.address} is not empty (${r.content}). Replace it?`), yes, no);
      yes.focus();
      return { message: "The selected cell is not empty: confirm or cancel.", kind: "" };
    })
  );
  const d = e.doc;
  add(
    box,
    h("h2", {}, `DEPIN.${e.id}`),
    h("p", {}, e.description),
    h("p", {}, h("code", {}, `=DEPIN.${e.id}(${e.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`)),
    insertBtn,
    confirmBox,
    h(
      "table",
      {},
      cols("a-name", "a-desc", "a-def"),
      h("thead", {}, h("tr", {}, h("th", {}, "Argument"), h("th", {}, "Description"), h("th", {}, "Default"))),
      h(
        "tbody",
        {},
        ...e.params.map((p) => h("tr", {}, h("td", {}, h("code", {}, p.optional ? `[${p.name}]` : p.name), p.range ? " (range)" : ""), h("td", {}, p.description), h("td", {}, p.optional ? defaultOf(p) || "—" : "required")))
      )
    ),
    h("p", { class: "meta" }, `Returns: ${e.result}`),
    d ? h("p", {}, h("strong", {}, "Formula: "), h("span", { class: "formula" }, d.formula)) : null,
    d && Object.keys(d.params).length > 0
      ? h(
          "table",
          {},
          cols("w-narrow", "w-mid", "w-wide"),
          h("thead", {}, h("tr", {}, h("th", {}, "Constant"), h("th", {}, "Value"), h("th", {}, "Source"))),
          h(
            "tbody",
            {},
            ...Object.entries(d.params).map(([k, p]) =>
              h("tr", {}, h("td", {}, h("code", {}, k)), h("td", {}, `${p.value} ${p.unit}`, h("br"), h("span", { class: `badge ${p.confidence}` }, p.confidence)), h("td", {}, `${p.source} (retrieved ${p.retrieved})`))
            )
          )
        )
      : null,
    d ? h("p", { class: "meta" }, `Source: ${d.source} · as of ${d.asOf}`) : h("p", { class: "meta" }, "No engine documentation entry yet."),
    cat.regimeOf(e) ? h("p", { class: "meta" }, `Regime: ${cat.regimeOf(e)}`) : null,
    d && d.assumptions.length > 0 ? h("ul", {}, ...d.assumptions.map((a) => h("li", {}, a))) : null,
    e.helpUrl ? h("p", {}, h("a", { href: e.helpUrl.replace(/^https:\/\/[^/]+\//, ""), target: "_blank", rel: "noopener" }, "Open in the function reference")) : null
  );
}

function initFunctions(): void {
  const search = $("fn-search") as HTMLInputElement;
  search.addEventListener("input", renderFunctionList);
  search.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") (document.querySelector("#fn-list button") as HTMLButtonElement | null)?.click();
  });
}

async function openFunctions(): Promise<void> {
  if (cat) return;
  setStatus("Loading the function catalog…", "busy");
  try {
    cat = await loadCatalog();
    renderFunctionList();
    setStatus(`${cat.functionEntries().length} functions.`);
  } catch (e) {
    setStatus("Failed.");
    showError(`The function catalog did not load: ${errorText(e)}`);
  }
}

// ------------------------------------------------------------------ start
function start(): void {
  initTabs();
  renderPresetList();
  renderRegimes();
  initScenario();
  initCompare();
  initFunctions();
  setStatus(typeof Excel === "undefined" ? "Excel is not available: open this pane in Excel to load presets." : `Ready: ${listPresets().length} presets.`);
}

void Office.onReady(() => start());
