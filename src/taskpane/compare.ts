/** Parameter diff between two sheets (or a sheet and its shipped preset): old → new. */
import type { ParamValue, Preset } from "../presets";

export type DiffStatus = "changed" | "added" | "removed" | "unchanged";
export interface DiffRow {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly old: ParamValue | "";
  readonly new: ParamValue | "";
  readonly status: DiffStatus;
  /** new − old for numbers, else "". */
  readonly delta: number | "";
}
export interface Diff {
  readonly rows: readonly DiffRow[];
  readonly meta: readonly { field: string; old: string; new: string }[];
  readonly counts: Readonly<Record<DiffStatus, number>>;
}

export function sameValue(a: ParamValue, b: ParamValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  return String(a) === String(b);
}

export function diffPresets(oldDoc: Preset, newDoc: Preset): Diff {
  const rows: DiffRow[] = [];
  const newByKey = new Map(newDoc.parameters.map((p) => [p.key, p]));
  const oldKeys = new Set(oldDoc.parameters.map((p) => p.key));
  for (const o of oldDoc.parameters) {
    const n = newByKey.get(o.key);
    if (!n) {
      rows.push({ key: o.key, label: o.label, unit: o.unit, old: o.value, new: "", status: "removed", delta: "" });
      continue;
    }
    const same = sameValue(o.value, n.value);
    rows.push({
      key: o.key,
      label: n.label,
      unit: n.unit,
      old: o.value,
      new: n.value,
      status: same ? "unchanged" : "changed",
      delta: !same && typeof o.value === "number" && typeof n.value === "number" ? n.value - o.value : "",
    });
  }
  for (const n of newDoc.parameters) {
    if (!oldKeys.has(n.key)) rows.push({ key: n.key, label: n.label, unit: n.unit, old: "", new: n.value, status: "added", delta: "" });
  }
  const meta: { field: string; old: string; new: string }[] = [];
  for (const f of ["id", "network", "regime", "regimeId", "asOf"] as const) {
    const [o, n] = [String(oldDoc[f] ?? ""), String(newDoc[f] ?? "")];
    if (o !== n) meta.push({ field: f, old: o, new: n });
  }
  const counts: Record<DiffStatus, number> = { changed: 0, added: 0, removed: 0, unchanged: 0 };
  for (const r of rows) counts[r.status]++;
  return { rows, meta, counts };
}

/** The diff as a 2-D table with a header row, for a comparison sheet. */
export function diffTable(d: Diff): (string | number | boolean)[][] {
  return [["Key", "Label", "Unit", "Old", "New", "Change", "Status"], ...d.rows.map((r) => [r.key, r.label, r.unit, r.old, r.new, r.delta, r.status])];
}
