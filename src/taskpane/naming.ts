/**
 * Sheet and defined-name naming (documented in the pane's help and README of the taskpane):
 *
 * - A loaded sheet is named after the preset or scenario id (`io-net-docs-current`). If a sheet of
 *   that name exists (compared ignoring case, as Excel does), the new one is `io-net-docs-current (2)`,
 *   then ` (3)` …; names are cut to Excel's 31 characters before the suffix. Existing sheets are
 *   never renamed, overwritten or deleted.
 * - Every parameter gets one workbook-scoped defined name: the network prefix (`io_`, `clore_`,
 *   `tao_`, `akt_`) plus the key with its first letter upper-cased: `supplierShare` → `io_SupplierShare`.
 * - If any of a sheet's names already exists in the workbook, ALL names of the new sheet take the
 *   same suffix `_2` (then `_3`, …), the first one that is free for every name of the sheet:
 *   `io_SupplierShare_2`, `io_Uptime_2`. Existing names are never redefined. The sheet's model
 *   formulas use the suffixed names, and column E of the parameter table shows each cell's name.
 */
import type { Network } from "../presets";

export const NAME_PREFIX: Readonly<Record<Network, string>> = { io: "io_", clore: "clore_", bittensor: "tao_", akash: "akt_" };

export const SHEET_NAME_MAX = 31;
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;

/** `supplierShare` → `io_SupplierShare`. */
export function baseDefinedName(network: Network, key: string): string {
  return NAME_PREFIX[network] + key.charAt(0).toUpperCase() + key.slice(1);
}

/** A legal sheet name from free text: no []:*?/\, no leading/trailing apostrophe, at most 31 characters. */
export function sanitizeSheetName(text: string): string {
  let s = text.replace(SHEET_FORBIDDEN, "-").replace(/^'+|'+$/g, "").trim();
  if (s.length === 0) s = "Parameters";
  if (s.toLowerCase() === "history") s = "History sheet"; // reserved by Excel
  return s.slice(0, SHEET_NAME_MAX).trim();
}

/** `base`, or `base (2)`, `base (3)`, … : the first not in `existing` (case-insensitive). */
export function uniqueSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((s) => s.toLowerCase()));
  const clean = sanitizeSheetName(base);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = clean.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * One defined name per key, all sharing the first suffix ("", "_2", "_3", …) that collides with no
 * existing workbook name (case-insensitive).
 */
export function definedNamesFor(network: Network, keys: readonly string[], existing: Iterable<string>): { names: Map<string, string>; suffix: string } {
  const taken = new Set([...existing].map((s) => s.toLowerCase()));
  const bases = keys.map((k) => baseDefinedName(network, k));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `_${n}`;
    if (bases.every((b) => !taken.has((b + suffix).toLowerCase()))) {
      return { names: new Map(keys.map((k, i) => [k, bases[i]! + suffix])), suffix };
    }
  }
}

/** Quotes a sheet name for an A1 address: 'io-net (2)'!$C$13. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** 0-based column index → letters (0 → A, 25 → Z, 26 → AA). */
export function columnLetter(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a block: top-left row (1-based), column (0-based), size. */
export function blockAddress(row: number, col: number, rows: number, cols: number): string {
  const tl = `${columnLetter(col)}${row}`;
  return rows === 1 && cols === 1 ? tl : `${tl}:${columnLetter(col + cols - 1)}${row + rows - 1}`;
}
