/**
 * Presets ↔ engine: every parameter with a `ref` ("ionet.supplierShare") must equal the engine's
 * provenance record (src/engine/networks/<net>/params.ts). A ref that names no record is a mistake in
 * the preset (a typo, or a record that was renamed) and fails.
 */
import { existsSync } from "fs";
import * as path from "path";
import { listPresets, getPreset, type ParamValue } from "../../src/presets";

interface Record_ {
  value: string;
  unit: string;
}

function engineRecords(net: string): Map<string, Record_> | undefined {
  const file = path.resolve(__dirname, `../../src/engine/networks/${net}/params.ts`);
  if (!existsSync(file)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as Record<string, unknown>;
  const out = new Map<string, Record_>();
  for (const exported of Object.values(mod)) {
    if (!exported || typeof exported !== "object" || Array.isArray(exported)) continue;
    for (const [k, v] of Object.entries(exported as Record<string, unknown>)) {
      if (v && typeof v === "object" && "value" in v && "source" in v && "confidence" in v) out.set(k, v as unknown as Record_);
    }
  }
  return out;
}

export function sameAsEngine(preset: ParamValue, engine: string): boolean {
  if (typeof preset === "number") {
    const e = Number(engine);
    return Number.isFinite(e) && (e === preset || Math.abs(e - preset) <= 1e-12 * Math.max(1, Math.abs(e)));
  }
  if (typeof preset === "boolean") return engine.toUpperCase() === String(preset).toUpperCase();
  return engine.toLowerCase() === preset.toLowerCase();
}

const refs = listPresets().flatMap((s) =>
  getPreset(s.id)!
    .parameters.filter((p) => p.ref)
    .map((p) => ({ id: s.id, key: p.key, ref: p.ref!, value: p.value, unit: p.unit }))
);
const cache = new Map<string, Map<string, Record_> | undefined>();
const lookup = (ref: string) => {
  const [net, key] = ref.split(".") as [string, string];
  if (!cache.has(net)) cache.set(net, engineRecords(net));
  return cache.get(net)?.get(key);
};
const present = refs.filter((r) => lookup(r.ref));

describe("preset refs match the engine's provenance records", () => {
  it("presets declare refs", () => expect(refs.length).toBeGreaterThan(40));
  if (present.length > 0) {
    it.each(present.map((r) => [`${r.id} ${r.key} → ${r.ref}`, r] as const))("%s", (_n, r) => {
      const rec = lookup(r.ref)!;
      expect({ ref: r.ref, preset: r.value, engine: rec.value, equal: sameAsEngine(r.value, rec.value) }).toEqual({ ref: r.ref, preset: r.value, engine: rec.value, equal: true });
    });
  }
  it("every ref names an existing engine record", () => {
    expect(refs.filter((r) => !lookup(r.ref)).map((r) => `${r.id} ${r.key} → ${r.ref}`)).toEqual([]);
  });
  it("a mistyped ref is caught", () => expect(lookup("ionet.supplierShareX")).toBeUndefined());
});
