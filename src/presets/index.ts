/**
 * The shipped presets: static imports so webpack bundles them, validated once at module
 * load with the ajv standalone validator generated from preset.schema.json
 * (scripts/build-preset-validator.ts; the ajv compiler itself is not bundled), plus the semantic
 * checks JSON Schema cannot express (unique keys, min ≤ value ≤ max, formulas use only the sheet's
 * keys and allowed functions). The taskpane, the headless CLI (`depin-calc presets` / `preset ID`)
 * and the tests read this module.
 */
import generatedValidate, { type GeneratedAjvError } from "./validate-preset.generated";
import { formulaProblems } from "./formula";
import { REGIMES, type RegimeNetwork } from "../engine/networks/crossnet/regimes-data";
import ioNet202406 from "./io-net-2024-06.json";
import ioNetDocsCurrent from "./io-net-docs-current.json";
import ioNetPools2025 from "./io-net-pools-2025.json";
import ioNetIde2026 from "./io-net-ide-2026.json";
import cloreLegacy2024 from "./clore-legacy-2024.json";
import cloreDocsCurrent from "./clore-docs-current.json";
import cloreErc202026 from "./clore-erc20-2026.json";
import bittensorPreDtao from "./bittensor-pre-dtao.json";
import bittensorDtao from "./bittensor-dtao.json";
import akashAkt20Proposal from "./akash-akt20-proposal.json";
import akashOnchainCurrent from "./akash-onchain-current.json";
import akashBme2026 from "./akash-bme-2026.json";

export const SCHEMA_VERSION = 1;

export type Network = "io" | "clore" | "bittensor" | "akash";
export type Confidence = "documented" | "derived" | "estimate";
export type Role = "constant" | "input" | "observation";
export type ParamValue = number | string | boolean;

export interface PresetParameter {
  key: string;
  label: string;
  value: ParamValue;
  unit: string;
  role: Role;
  source: string;
  retrieved: string;
  confidence: Confidence;
  note?: string;
  min?: number;
  max?: number;
  ref?: string;
}
export interface ModelRow {
  label: string;
  formula: string;
  unit: string;
  note?: string;
}
export interface ChartSpec {
  title: string;
  type: "line" | "column" | "area";
  x: { label: string; unit?: string; start: number; step: number; count: number };
  series: { label: string; formula: string }[];
}
export interface Preset {
  schemaVersion: 1;
  kind: "preset" | "scenario";
  id: string;
  basedOn?: string;
  network: Network;
  regime: string;
  /** The timeline regime (DEPIN_REGIMES) whose rules the document models; absent: the one in force on asOf. */
  regimeId?: string;
  asOf: string;
  title: string;
  description: string;
  parameters: PresetParameter[];
  model: ModelRow[];
  chart?: ChartSpec;
}
export interface PresetSummary {
  id: string;
  network: Network;
  regime: string;
  asOf: string;
  title: string;
}

/** The regime timeline (DEPIN_REGIMES) of each preset network. */
export const TIMELINE_NETWORK: Readonly<Record<Network, RegimeNetwork>> = { io: "io", clore: "clore", bittensor: "tao", akash: "akash" };

/** The placeholder a chart series formula uses for its x cell. */
export const CHART_X = "{x}";

/** Keys an object in an imported document must never carry (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** One readable line per schema error, e.g. `/parameters/2: unknown field "colour"`. */
export function describeSchemaErrors(errors: readonly GeneratedAjvError[]): string[] {
  const lines = new Set<string>();
  for (const e of errors) {
    const at = e.instancePath || "(document)";
    switch (e.keyword) {
      case "additionalProperties":
        lines.add(`${at}: unknown field "${e.params.additionalProperty}"`);
        break;
      case "required":
        lines.add(`${at}: missing field "${e.params.missingProperty}"`);
        break;
      case "const":
        if (e.instancePath === "/schemaVersion") lines.add(`/schemaVersion: must be ${SCHEMA_VERSION} (this add-in reads schema version ${SCHEMA_VERSION})`);
        else lines.add(`${at}: must be ${JSON.stringify(e.params.allowedValue)}`);
        break;
      case "enum":
        lines.add(`${at}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`);
        break;
      case "anyOf":
        lines.add(`${at}: must be a number, a string of at most 200 characters, or TRUE/FALSE`);
        break;
      case "type":
      case "pattern":
      case "minLength":
      case "maxLength":
      case "minItems":
      case "maxItems":
      case "minimum":
      case "maximum":
      case "not":
        // anyOf branches repeat what the anyOf line says
        if (/\/value$/.test(e.instancePath) && e.schemaPath.includes("anyOf")) break;
        lines.add(`${at}: ${e.message ?? e.keyword}`);
        break;
      default:
        lines.add(`${at}: ${e.message ?? e.keyword}`);
    }
  }
  return [...lines];
}

/** Schema check with the generated ajv validator; [] when valid. */
export function schemaErrors(doc: unknown): string[] {
  if (generatedValidate(doc)) return [];
  return describeSchemaErrors(generatedValidate.errors ?? []);
}

/** Checks the schema cannot express. `doc` must already be schema-valid. */
export function semanticErrors(doc: Preset): string[] {
  const errors: string[] = [];
  const keys = new Set<string>();
  const lower = new Map<string, string>();
  doc.parameters.forEach((p, i) => {
    const at = `/parameters/${i} (${p.key})`;
    const clash = lower.get(p.key.toLowerCase());
    if (clash !== undefined) errors.push(`${at}: key "${p.key}" repeats "${clash}" (keys must differ ignoring case; Excel names are case-insensitive)`);
    lower.set(p.key.toLowerCase(), p.key);
    keys.add(p.key);
    if (p.min !== undefined && p.max !== undefined && p.min > p.max) errors.push(`${at}: min ${p.min} is greater than max ${p.max}`);
    if ((p.min !== undefined || p.max !== undefined) && typeof p.value !== "number") errors.push(`${at}: min/max given but the value is not a number`);
    if (typeof p.value === "number") {
      if (!Number.isFinite(p.value)) errors.push(`${at}: value must be a finite number`);
      if (p.min !== undefined && p.value < p.min) errors.push(`${at}: value ${p.value} is below the minimum ${p.min}`);
      if (p.max !== undefined && p.value > p.max) errors.push(`${at}: value ${p.value} is above the maximum ${p.max}`);
    }
  });
  if (doc.regimeId !== undefined) {
    const timeline = REGIMES[TIMELINE_NETWORK[doc.network]];
    if (!timeline.some((r) => r.id === doc.regimeId)) {
      errors.push(`/regimeId: "${doc.regimeId}" is not a regime of the ${doc.network} timeline (one of ${timeline.map((r) => r.id).join(", ")})`);
    }
  }
  doc.model.forEach((m, i) => {
    for (const problem of formulaProblems(m.formula, keys)) errors.push(`/model/${i} (${m.label}): formula ${problem}`);
  });
  if (doc.chart) {
    // Every x value start + i × step is written to a cell; the last one overflows first (the axis is linear).
    const { start, step, count } = doc.chart.x;
    const last = start + (count - 1) * step;
    if (!Number.isFinite(last)) errors.push(`/chart/x: the axis runs from ${start} to ${last} (start ${start}, step ${step}, count ${count}): every x value must be a finite number`);
    doc.chart.series.forEach((s, i) => {
      if (!s.formula.includes(CHART_X)) errors.push(`/chart/series/${i}: formula must use ${CHART_X} for the x value`);
      for (const problem of formulaProblems(s.formula, keys, { placeholder: CHART_X })) errors.push(`/chart/series/${i} (${s.label}): formula ${problem}`);
    });
  }
  return errors;
}

/** Schema then semantic errors; [] when the document is a valid preset or scenario. */
export function validatePreset(doc: unknown): string[] {
  const schema = schemaErrors(doc);
  return schema.length > 0 ? schema : semanticErrors(doc as Preset);
}

const SHIPPED: readonly unknown[] = [
  ioNet202406,
  ioNetDocsCurrent,
  ioNetPools2025,
  ioNetIde2026,
  cloreLegacy2024,
  cloreDocsCurrent,
  cloreErc202026,
  bittensorPreDtao,
  bittensorDtao,
  akashAkt20Proposal,
  akashOnchainCurrent,
  akashBme2026,
];

function loadShipped(): ReadonlyMap<string, Preset> {
  const map = new Map<string, Preset>();
  for (const doc of SHIPPED) {
    const errors = validatePreset(doc);
    const id = (doc as { id?: string }).id ?? "?";
    if (errors.length > 0) throw new Error(`[DEPIN] shipped preset ${id} is invalid: ${errors.join("; ")}`);
    if (map.has(id)) throw new Error(`[DEPIN] duplicate preset id ${id}`);
    map.set(id, doc as Preset);
  }
  return map;
}

const PRESETS = loadShipped();

/** Every shipped preset, in a stable order (by network, then as-of date, then id). */
export function listPresets(): PresetSummary[] {
  const order: Network[] = ["io", "clore", "bittensor", "akash"];
  return [...PRESETS.values()]
    .map(({ id, network, regime, asOf, title }) => ({ id, network, regime, asOf, title }))
    .sort((a, b) => order.indexOf(a.network) - order.indexOf(b.network) || a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id));
}

/** A deep copy of one shipped preset (callers may edit it), or undefined. */
export function getPreset(id: string): Preset | undefined {
  const p = PRESETS.get(id);
  return p ? (JSON.parse(JSON.stringify(p)) as Preset) : undefined;
}

/** Counts of parameters by confidence, for summaries. */
export function confidenceSummary(p: Preset): Record<Confidence, number> {
  const out: Record<Confidence, number> = { documented: 0, derived: 0, estimate: 0 };
  for (const q of p.parameters) out[q.confidence]++;
  return out;
}

export const NETWORK_LABELS: Readonly<Record<Network, string>> = { io: "io.net", clore: "Clore.ai", bittensor: "Bittensor", akash: "Akash" };
