/**
 * io.net hardware multiplier tables (REFERENCE.md §G.16): the rows live in ./data/hw-multipliers.json, one
 * provenance record per row; this module indexes them once, at module load, and resolves a device name.
 *
 * Matching: the docs name or an alias, case-insensitive, ignoring leading/trailing blanks and repeated
 * spaces; nothing looser (no punctuation folding), so "A100 80GB" is not silently read as "A100-80GB":
 * an unmatched name is an error listing close matches instead.
 */
import { D, type Dec } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import type { Confidence } from "../../core/provenance";
import data from "./data/hw-multipliers.json";

/** The published tables: "2025-06-04" (from 2025-06-04 15:00 UTC) and "2024" (in force before that). */
export const HW_TABLES = ["2025-06-04", "2024"] as const;
export type HwTable = (typeof HW_TABLES)[number];
/** The pool a device is in from 2025-06-04 ("unsupported": multiplier 0). */
export type HwPool = "enterprise" | "community" | "unsupported";

export interface HwRow {
  readonly name: string;
  /** Multiplier per table, as a decimal string. */
  readonly multiplier: Readonly<Record<HwTable, string>>;
  readonly pool: HwPool;
  readonly source: string;
  readonly retrieved: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

interface HwData {
  readonly tables: Readonly<Record<HwTable, { readonly source: string; readonly retrieved: string; readonly confidence: Confidence; readonly note: string }>>;
  readonly rows: readonly HwRow[];
  readonly aliases: { readonly source: string; readonly retrieved: string; readonly confidence: Confidence; readonly note: string; readonly map: Readonly<Record<string, readonly string[]>> };
}

export const HW_DATA = data as unknown as HwData;
export const HW_ROWS: readonly HwRow[] = HW_DATA.rows;

const norm = (s: string): string => s.trim().replace(/\s+/g, " ").toLowerCase();
/** Letters and digits only: the form close matches are ranked on. */
const compact = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, "");

interface Entry {
  readonly label: string;
  readonly rows: readonly HwRow[];
}

const VALUES = new Map<HwRow, Readonly<Record<HwTable, Dec>>>();
const BY_NAME = new Map<string, Entry>();
const BY_ALIAS = new Map<string, Entry>();
for (const r of HW_ROWS) {
  VALUES.set(r, { "2025-06-04": new D(r.multiplier["2025-06-04"]), "2024": new D(r.multiplier["2024"]) });
  BY_NAME.set(norm(r.name), { label: r.name, rows: [r] });
}
const ROW_OF = new Map(HW_ROWS.map((r) => [r.name, r]));
for (const [alias, names] of Object.entries(HW_DATA.aliases.map)) {
  const rows = names.map((n) => {
    const r = ROW_OF.get(n);
    if (r === undefined) throw new Error(`[DEPIN] hw-multipliers.json: alias ${alias} names unknown row ${n}`);
    return r;
  });
  BY_ALIAS.set(norm(alias), { label: alias, rows });
}
/** Every name a user may type (docs names, then aliases), for close matches. */
const ALL_LABELS: readonly string[] = [...HW_ROWS.map((r) => r.name), ...Object.keys(HW_DATA.aliases.map).filter((a) => !BY_NAME.has(norm(a)))];

/** Levenshtein distance (short strings only). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** Up to `max` table names closest to `typed` (compared on letters and digits only). */
export function closeMatches(typed: string, max = 6): string[] {
  const t = compact(typed);
  if (t.length === 0) return [];
  const scored: [number, string][] = [];
  for (const label of ALL_LABELS) {
    const c = compact(label);
    // Longer names containing what was typed first, then names contained in it, then near misses.
    if (c.includes(t)) scored.push([(c.length - t.length) / 1000, label]);
    else if (t.includes(c)) scored.push([1 + (t.length - c.length) / 1000, label]);
    else {
      const d = distance(t, c);
      if (d <= Math.max(2, Math.floor(t.length / 3))) scored.push([1 + d, label]);
    }
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  return scored.slice(0, max).map(([, l]) => l);
}

/** Spellings already resolved, exactly as typed (a filled-down column repeats a few names). */
const TYPED = new Map<string, Entry>();
const MAX_TYPED = 4096;

/** The rows a device name or alias stands for, or an error listing close matches. */
export function hwRows(device: string): Entry {
  const hit = TYPED.get(device);
  if (hit !== undefined) return hit;
  const key = norm(device);
  const e = BY_NAME.get(key) ?? BY_ALIAS.get(key);
  if (e !== undefined) {
    if (TYPED.size < MAX_TYPED) TYPED.set(device, e);
    return e;
  }
  throw new DepinError(
    "INVALID_ARG",
    "device",
    device,
    msg.unknownName("device", 'a device model of the io.net multiplier table (docs name or alias, e.g. "H100", "RTX 4090", "A100-80GB")', closeMatches(device), device)
  );
}

/**
 * The multiplier of a device model in one table. An alias whose rows disagree in that table is an error
 * naming each row with its multiplier.
 * Rounding: none (table values are exact decimals).
 */
export function hwMultiplier(device: string, table: HwTable): Dec {
  const e = hwRows(device);
  const first = VALUES.get(e.rows[0]!)![table];
  if (e.rows.length === 1 || e.rows.every((r) => VALUES.get(r)![table].eq(first))) return first;
  const rows = e.rows.map((r) => `${JSON.stringify(r.name)} ${r.multiplier[table]}`);
  throw new DepinError("INVALID_ARG", "device", device, msg.ambiguousName("device", `the "${table}" multiplier table`, rows, device));
}
