/**
 * DEPIN_REGIMES: the regime timeline of a network (./regimes-data.ts) as a spill, or the one regime in force on a
 * date. Dates are Excel serials of the 1900 date system (45658 = 2025-01-01), computed with Date.UTC only, so the
 * result does not depend on the machine's time zone.
 *
 * Rounding: none; dates are whole serials (a fractional `as_of`, a date with a time of day, is that day).
 */
import { coerce } from "../../core";
import type { EngineCell } from "../../core/decl";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import { REGIMES, type RegimeNetwork, type RegimeRow } from "./regimes-data";

export { REGIME_NETWORKS, REGIMES, type RegimeConfidence, type RegimeNetwork, type RegimeRow } from "./regimes-data";

/** The spill's header row (SPEC §4.6). */
export const REGIME_HEADER = ["regime", "from", "to", "rule", "source"] as const;

// Excel date serials -------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 system counted from 1899-12-30, which is right from serial 61 (1900-03-01) on. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** Excel's range of dates: 1900-01-01 … 9999-12-31. */
export const MIN_SERIAL = 1;
export const MAX_SERIAL = 2_958_465;
/**
 * Excel keeps Lotus 1-2-3's 29 February 1900 as serial 60, so serials 1…59 (1900-01-01 … 02-28) are one less than
 * the day count from 1899-12-30.
 */
const LEAP_BUG_SERIAL = 60;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The serial of a real calendar date written YYYY-MM-DD (1900-01-01 … 9999-12-31), or undefined. */
export function isoToSerial(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || mo < 1 || mo > 12 || d < 1) return undefined;
  const t = Date.UTC(y, mo - 1, d);
  if (new Date(t).getUTCDate() !== d) return undefined; // 2026-02-30 rolls over into March
  const days = Math.round((t - EPOCH_MS) / MS_PER_DAY);
  return days <= LEAP_BUG_SERIAL ? days - 1 : days;
}

/** The UTC date (YYYY-MM-DD) of a whole serial; serial 60 is Excel's "1900-02-29". */
export function serialToIso(serial: number): string {
  if (serial === LEAP_BUG_SERIAL) return "1900-02-29";
  const days = serial < LEAP_BUG_SERIAL ? serial + 1 : serial;
  return new Date(EPOCH_MS + days * MS_PER_DAY).toISOString().slice(0, 10);
}

const SERIAL_RANGE = `a date: an Excel date serial between ${MIN_SERIAL} and ${MAX_SERIAL} or ISO text "YYYY-MM-DD"`;

/** ISO 8601 date-time text: date, time, optional zone (none = UTC, the timeline's zone). */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** The UTC day (a serial) of ISO date or date-time text, or undefined when it is not a valid one. */
function isoTextToSerial(t: string): number | undefined {
  if (ISO_DATE.test(t)) return isoToSerial(t);
  const m = ISO_DATE_TIME.exec(t);
  if (!m) return undefined;
  const day = isoToSerial(m[1]!);
  const [hh, mm, ss] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (day === undefined || hh > 23 || mm > 59 || ss > 59) return undefined;
  const zone = m[5] === undefined || m[5].toUpperCase() === "Z" ? 0 : (m[5][0] === "-" ? -1 : 1) * (Number(m[5].slice(1, 3)) * 60 + Number(m[5].slice(-2)));
  // minutes after the day's UTC midnight; a zone ahead of UTC moves the instant back
  const minutes = hh * 60 + mm - zone;
  return day + Math.floor(minutes / 1440);
}

/**
 * `as_of` as a whole serial, or undefined when blank. A number (or numeric text) is a serial, floored to its day;
 * other text must be an ISO date, or an ISO date-time (without a zone it is UTC; with one, the UTC day of that
 * instant). TRUE/FALSE are not dates.
 */
export function asOfSerial(param: string, v: unknown): number | undefined {
  const x = coerce.single(param, v);
  if (coerce.isBlank(x) || (typeof x === "string" && x.trim() === "")) return undefined;
  if (typeof x === "string") {
    const t = x.trim();
    if (/^\d{4}-/.test(t)) {
      const s = isoTextToSerial(t);
      if (s === undefined || s < MIN_SERIAL || s > MAX_SERIAL) throw new DepinError("INVALID_ARG", param, x, msg.inRange(param, SERIAL_RANGE, x));
      return s;
    }
  }
  if (typeof x === "boolean") throw new DepinError("INVALID_ARG", param, x, msg.inRange(param, SERIAL_RANGE, x));
  let n: number;
  try {
    n = coerce.num(param, x);
  } catch (e) {
    // an error value keeps its own message; anything else that is not a number is not a date either
    if (e instanceof DepinError && typeof x === "object" && x !== null) throw e;
    throw new DepinError("INVALID_ARG", param, x, msg.inRange(param, SERIAL_RANGE, x));
  }
  if (n < MIN_SERIAL || n >= MAX_SERIAL + 1) throw new DepinError("OUT_OF_RANGE", param, x, msg.inRange(param, SERIAL_RANGE, x));
  return Math.floor(n);
}

// The timeline as serials, built once ----------------------------------------------------------------

interface SerialRow {
  readonly row: RegimeRow;
  readonly from: number;
  readonly to: number | null;
  readonly cells: readonly EngineCell[];
}

function serialOf(iso: string): number {
  const s = isoToSerial(iso);
  if (s === undefined) throw new Error(`regimes-data: bad date ${iso}`);
  return s;
}

/** The `source` cell: the row's primary sources, ending with its confidence letter. */
export function sourceCell(r: RegimeRow): string {
  return `${r.provenance.source}; confidence ${r.confidence}`;
}

const SERIAL_ROWS: Readonly<Record<RegimeNetwork, readonly SerialRow[]>> = {
  io: REGIMES.io.map(toSerialRow),
  clore: REGIMES.clore.map(toSerialRow),
  tao: REGIMES.tao.map(toSerialRow),
  akash: REGIMES.akash.map(toSerialRow),
};

function toSerialRow(row: RegimeRow): SerialRow {
  const from = serialOf(row.from);
  const to = row.to === null ? null : serialOf(row.to);
  return { row, from, to, cells: [row.id, from, to, row.rule, sourceCell(row)] };
}

function rowOn(network: RegimeNetwork, serial: number): SerialRow | undefined {
  return SERIAL_ROWS[network].find((r) => r.from <= serial && (r.to === null || serial <= r.to));
}

/** The regime of `network` in force on day `serial`, or undefined before the first one. */
export function regimeOn(network: RegimeNetwork, serial: number): RegimeRow | undefined {
  return rowOn(network, serial)?.row;
}

/**
 * DEPIN_REGIMES(network, [as_of]): header row plus every regime of `network` in date order, or plus the one in
 * force on `as_of`. A date before the first regime is #N/A (no regime is recorded then).
 */
export function depinRegimes(network: RegimeNetwork, asOf: unknown): EngineCell[][] {
  const rows = SERIAL_ROWS[network];
  const day = asOfSerial("as_of", asOf);
  const header: EngineCell[] = [...REGIME_HEADER];
  if (day === undefined) return [header, ...rows.map((r) => [...r.cells])];
  const hit = rowOn(network, day);
  if (!hit) {
    const first = rows[0]!.row.from;
    throw new DepinError("NOT_AVAILABLE", "as_of", asOf, msg.notAvailable(`as_of ${serialToIso(day)} is before the first ${network} regime (the timeline starts ${first})`));
  }
  return [header, [...hit.cells]];
}
