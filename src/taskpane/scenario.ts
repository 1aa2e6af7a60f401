/**
 * Scenario files: import validation (size, JSON, prototype-pollution keys, schema, ranges, the
 * shipped preset's keys and limits) and the export document. Everything here runs before a single
 * cell is written, so a rejected file leaves the workbook untouched.
 */
import { FORBIDDEN_KEYS, getPreset, schemaErrors, semanticErrors, type Preset } from "../presets";

/** Largest scenario file accepted, in bytes. */
export const MAX_SCENARIO_BYTES = 256 * 1024;

export type ImportResult = { ok: true; doc: Preset; warnings: string[] } | { ok: false; errors: string[] };

/** Paths of object keys that must never reach an object (`__proto__`, `constructor`, `prototype`). */
export function forbiddenKeyPaths(root: unknown): string[] {
  const found: string[] = [];
  const stack: { v: unknown; path: string }[] = [{ v: root, path: "" }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push({ v: x, path: `${path}/${i}` }));
      continue;
    }
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) found.push(`${path}/${k}`);
      else stack.push({ v: (v as Record<string, unknown>)[k], path: `${path}/${k}` });
    }
  }
  return found.sort();
}

function kb(n: number): string {
  return `${Math.ceil(n / 1024)} KB`;
}

/**
 * Validates a scenario file completely. `byteLength` is the file's size (File.size); the text is
 * checked too, so a caller that only has text still gets the limit.
 */
export function parseScenario(text: string, byteLength: number = new TextEncoder().encode(text).length): ImportResult {
  if (byteLength > MAX_SCENARIO_BYTES) return { ok: false, errors: [`The file is ${kb(byteLength)}; scenario files are limited to ${kb(MAX_SCENARIO_BYTES)}.`] };
  if (text.trim() === "") return { ok: false, errors: ["The file is empty."] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`The file is not valid JSON: ${(e as Error).message}`] };
  }
  const forbidden = forbiddenKeyPaths(raw);
  if (forbidden.length > 0) {
    return { ok: false, errors: forbidden.map((p) => `Forbidden key "${p.slice(p.lastIndexOf("/") + 1)}" at ${p.slice(0, p.lastIndexOf("/")) || "(document)"}: keys __proto__, constructor and prototype are rejected.`) };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { ok: false, errors: ["The file must contain one JSON object (a preset or scenario)."] };
  const sv = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (sv !== undefined && sv !== 1) return { ok: false, errors: [`Schema version ${JSON.stringify(sv)} is not supported: this add-in reads schema version 1 (src/presets/preset.schema.json).`] };
  const schema = schemaErrors(raw);
  if (schema.length > 0) return { ok: false, errors: schema };
  const doc = raw as Preset;
  const errors = semanticErrors(doc);
  const warnings: string[] = [];

  const baseId = doc.basedOn ?? doc.id;
  const shipped = getPreset(baseId);
  if (shipped) {
    if (shipped.network !== doc.network) errors.push(`network "${doc.network}" does not match preset ${shipped.id} (${shipped.network})`);
    const known = new Map(shipped.parameters.map((p) => [p.key, p]));
    doc.parameters.forEach((p, i) => {
      const base = known.get(p.key);
      if (!base) {
        errors.push(`/parameters/${i}: unknown parameter key "${p.key}" for preset ${shipped.id}`);
        return;
      }
      if (typeof p.value === "number") {
        // reported against the preset only when the file moved the preset's limit (else the file's own check said it)
        if (base.min !== undefined && p.value < base.min && p.min !== base.min) errors.push(`/parameters/${i} (${p.key}): value ${p.value} is below the minimum ${base.min} of preset ${shipped.id}`);
        if (base.max !== undefined && p.value > base.max && p.max !== base.max) errors.push(`/parameters/${i} (${p.key}): value ${p.value} is above the maximum ${base.max} of preset ${shipped.id}`);
      } else if (typeof base.value === "number") {
        errors.push(`/parameters/${i} (${p.key}): value must be a number, as in preset ${shipped.id}`);
      }
    });
    const missing = shipped.parameters.filter((p) => !doc.parameters.some((q) => q.key === p.key)).map((p) => p.key);
    if (missing.length > 0) warnings.push(`Parameters of ${shipped.id} not in the file: ${missing.join(", ")}.`);
  } else if (doc.basedOn !== undefined) {
    warnings.push(`basedOn "${doc.basedOn}" is not a shipped preset; its values were checked against the file's own limits only.`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, doc, warnings };
}

/** The scenario document of a parameter sheet, as the export writes it. */
export function toScenario(doc: Preset): Preset {
  const out: Preset = { ...doc, kind: "scenario", basedOn: doc.basedOn ?? doc.id };
  return out;
}

/** Pretty JSON with a trailing newline, keys in schema order. */
export function scenarioJson(doc: Preset): string {
  const ordered = {
    schemaVersion: doc.schemaVersion,
    kind: doc.kind,
    id: doc.id,
    ...(doc.basedOn !== undefined ? { basedOn: doc.basedOn } : {}),
    network: doc.network,
    regime: doc.regime,
    ...(doc.regimeId !== undefined ? { regimeId: doc.regimeId } : {}),
    asOf: doc.asOf,
    title: doc.title,
    description: doc.description,
    parameters: doc.parameters,
    model: doc.model,
    ...(doc.chart ? { chart: doc.chart } : {}),
  };
  return JSON.stringify(ordered, null, 2) + "\n";
}

/** File name for an exported scenario: <id>.scenario.json */
export function scenarioFileName(doc: Preset): string {
  return `${doc.id}.scenario.json`;
}
