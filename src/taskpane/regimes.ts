/**
 * The task pane's Regimes view, as pure data: each network's timeline of rules (the DEPIN_REGIMES table,
 * src/engine/networks/crossnet/regimes-data.ts, with ISO dates) and, for a preset or scenario, the regime it
 * belongs to and whether a newer one exists. No Office.js or DOM here; taskpane.ts renders it.
 *
 * A document belongs to the regime named by its `regimeId`; without one, to the regime in force on its `asOf`
 * date. Dates are ISO (YYYY-MM-DD, UTC) strings, compared as text, so nothing depends on the time zone.
 */
import { NETWORK_LABELS, TIMELINE_NETWORK, getPreset, listPresets, type Network, type Preset } from "../presets";
import { REGIMES, type RegimeConfidence, type RegimeRow } from "../engine/networks/crossnet/regimes-data";

export const CONFIDENCE_WORDS: Readonly<Record<RegimeConfidence, string>> = {
  H: "high: code or an official document quoted",
  M: "medium: an official document paraphrased or several consistent secondary sources",
  L: "low: one secondary source or an inference",
};

export interface TimelineRow {
  readonly id: string;
  readonly from: string;
  /** Last day in force, or null while current. */
  readonly to: string | null;
  readonly current: boolean;
  readonly rule: string;
  readonly source: string;
  readonly confidence: RegimeConfidence;
  /** How the dates were found (placeholders and estimates are said so here). */
  readonly note: string;
  /** Ids of the shipped presets that belong to this regime. */
  readonly presets: readonly string[];
}
export interface Timeline {
  readonly network: Network;
  readonly label: string;
  readonly rows: readonly TimelineRow[];
}

function viewRow(r: RegimeRow, presets: readonly string[] = []): TimelineRow {
  return { id: r.id, from: r.from, to: r.to, current: r.to === null, rule: r.rule, source: r.provenance.source, confidence: r.confidence, note: r.provenance.note ?? "", presets };
}

const ORDER: readonly Network[] = ["io", "clore", "bittensor", "akash"];

/** Every network's timeline, oldest regime first, each regime with the shipped presets that belong to it. */
export function timelines(): Timeline[] {
  const byRegime = new Map<string, string[]>();
  for (const { id, network } of listPresets()) {
    const regime = regimeStatus(getPreset(id)!).regime;
    if (regime) byRegime.set(`${network}/${regime.id}`, [...(byRegime.get(`${network}/${regime.id}`) ?? []), id]);
  }
  return ORDER.map((network) => ({
    network,
    label: NETWORK_LABELS[network],
    rows: REGIMES[TIMELINE_NETWORK[network]].map((r) => viewRow(r, byRegime.get(`${network}/${r.id}`))),
  }));
}

/** "2025-06-04 to 2026-06-10" or "since 2026-06-11". */
export function period(r: Pick<TimelineRow, "from" | "to">): string {
  return r.to === null ? `since ${r.from}` : `${r.from} to ${r.to}`;
}

export interface RegimeStatus {
  readonly network: Network;
  /** The regime the document belongs to; undefined when its regimeId is unknown or its asOf precedes the timeline. */
  readonly regime?: TimelineRow;
  /** "declared": from regimeId; "as-of": the regime in force on asOf. */
  readonly how: "declared" | "as-of";
  /** Regimes after it, oldest first (empty when it is the current one). */
  readonly newer: readonly TimelineRow[];
  /** One sentence for the pane and the sheet. */
  readonly text: string;
}

/** Which regime of its network's timeline a preset or scenario belongs to, and whether a newer one exists. */
export function regimeStatus(doc: Pick<Preset, "network" | "regimeId" | "asOf">): RegimeStatus {
  const rows = REGIMES[TIMELINE_NETWORK[doc.network]].map((r) => viewRow(r));
  const label = NETWORK_LABELS[doc.network];
  const how = doc.regimeId !== undefined && doc.regimeId !== "" ? "declared" : "as-of";
  const i = how === "declared" ? rows.findIndex((r) => r.id === doc.regimeId) : rows.findIndex((r) => r.from <= doc.asOf && (r.to === null || doc.asOf <= r.to));
  if (i < 0) {
    const text =
      how === "declared"
        ? `Regime "${doc.regimeId}" is not in the ${label} timeline (${rows.map((r) => r.id).join(", ")}).`
        : `No ${label} regime of the timeline was in force on ${doc.asOf} (the timeline starts ${rows[0]!.from}).`;
    return { network: doc.network, how, newer: [], text };
  }
  const regime = rows[i]!;
  const newer = rows.slice(i + 1);
  const which = how === "declared" ? "models" : "is dated in";
  const head = `${label} regime: this document ${which} ${regime.id} (${period(regime)}, confidence ${regime.confidence}).`;
  const current = newer[newer.length - 1];
  const tail =
    current === undefined
      ? " It is the current regime."
      : newer.length === 1
        ? ` A newer regime exists: ${current.id}, current since ${current.from}.`
        : ` ${newer.length} newer regimes exist: next ${newer[0]!.id} from ${newer[0]!.from}; current ${current.id} since ${current.from}.`;
  return { network: doc.network, regime, how, newer, text: head + tail };
}
