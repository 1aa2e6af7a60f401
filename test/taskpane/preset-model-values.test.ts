/**
 * The presets' model formulas compute: every DEPIN call whose arguments are parameter names,
 * literals or blanks is evaluated through the custom-function adapters (src/functions) with the
 * preset's values, and must give finite numbers (no #VALUE!: units and ranges fit the functions).
 * A few results are pinned to REFERENCE.md worked examples.
 */
import * as functions from "../../src/functions";
import { adapterName } from "../../src/functions/naming";
import { getPreset, listPresets, type Preset } from "../../src/presets";


function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inStr = false;
  let cur = "";
  for (const c of s) {
    if (inStr) {
      cur += c;
      if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') inStr = true;
    if (c === "(") depth++;
    if (c === ")") depth--;
    if (c === "," && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  out.push(cur.trim());
  return s.trim() === "" ? [] : out;
}

/** Simple DEPIN calls (no nested expressions) with their argument values; undefined if not simple. */
function simpleCalls(formula: string, p: Preset): { id: string; args: unknown[]; text: string }[] {
  const values = new Map(p.parameters.map((q) => [q.key, q.value]));
  const out: { id: string; args: unknown[]; text: string }[] = [];
  const re = /DEPIN\.([A-Z0-9_]+)\(([^()]*)\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula))) {
    const args = splitArgs(m[2]!).map((a) => {
      if (a === "") return null;
      if (/^"[^"]*"$/.test(a)) return a.slice(1, -1);
      if (/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(a)) return Number(a);
      if (values.has(a)) return values.get(a);
      return undefined;
    });
    if (args.every((a) => a !== undefined)) out.push({ id: m[1]!, args, text: m[0] });
  }
  return out;
}

const rows = listPresets().flatMap((s) => {
  const p = getPreset(s.id)!;
  return p.model.flatMap((m) => simpleCalls(m.formula, p).map((c) => [s.id, c.text, c] as const));
});

const finite = (v: unknown): boolean =>
  typeof v === "number" ? Number.isFinite(v) : Array.isArray(v) ? v.every((row) => (row as unknown[]).every((x) => typeof x === "string" || (typeof x === "number" && Number.isFinite(x)))) : false;

describe("preset model formulas compute with the preset's values", () => {
  it("finds the calls", () => expect(rows.length).toBeGreaterThan(40));
  it.each(rows)("%s: %s", (_id, text, c) => {
    const fn = (functions as unknown as Record<string, (...a: unknown[]) => unknown>)[adapterName(c.id)];
    expect(typeof fn).toBe("function");
    let result: unknown;
    try {
      result = fn!(...c.args);
    } catch (e) {
      result = `threw: ${(e as Error).message}`;
    }
    expect({ text, finite: finite(result), result: finite(result) ? "ok" : result }).toEqual({ text, finite: true, result: "ok" });
  });

  it.each([
    ["io-net-docs-current", "DEPIN.IO_AVAIL_REWARD(capexUsd, uptime, supplierShare, paybackHours)", 1.8074581430745815],
    ["io-net-docs-current", "DEPIN.IO_EPOCH_EMISSION(1)", 4566.2100456621],
    ["io-net-docs-current", "DEPIN.IO_MIN_STAKE(gpus, earningMultiplier, \"docs\")", 16000],
    ["akash-akt20-proposal", "DEPIN.AKT_MAX_SUPPLY(initialSupply, initialInflation, halfLifeYears)", 388539008.18],
    ["akash-onchain-current", "DEPIN.AKT_ONCHAIN_TAKE_UAKT(leaseUakt, \"uakt\", takeRateUakt)", 20000],
    ["clore-docs-current", "DEPIN.CLORE_POH_DISCOUNT(hostPoh)", 0.25],
  ] as const)("%s: %s = %d (REFERENCE.md)", (id, text, expected) => {
    const c = rows.find((r) => r[0] === id && r[1] === text)![2];
    const fn = (functions as unknown as Record<string, (...a: unknown[]) => number>)[adapterName(c.id)]!;
    expect(fn(...c.args)).toBeCloseTo(expected, 2);
  });
});
