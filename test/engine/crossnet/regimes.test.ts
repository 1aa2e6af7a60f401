/**
 * DEPIN_REGIMES (REFERENCE.md §G.25): the public reference cases, a table of dates and the regime in force
 * (boundaries as §G.25 states them), error rows, and invariants of the timeline (sorted, contiguous, no overlap,
 * exactly one current row). Excel serials are checked against an independent day count (Hinnant's
 * days-from-civil, integer arithmetic only) anchored at 45658 = 2025-01-01.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { bind } from "../../../src/engine/core/runner";
import { DepinError } from "../../../src/engine/core/errors";
import { functions } from "../../../src/engine/networks/crossnet/regimes-functions";
import { REGIME_NETWORKS, REGIMES, type RegimeNetwork, MAX_SERIAL, isoToSerial, serialToIso } from "../../../src/engine/networks/crossnet/regimes";

const decl = functions.find((f) => f.id === "DEPIN_REGIMES")!;
const regimes = bind(decl) as (...args: unknown[]) => unknown[][];

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
/** Excel 1900-system serial of a date from 1900-03-01 on, anchored at 45658 = 2025-01-01 (the brief's anchor). */
function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return 45658 + daysFromCivil(y, m, d) - daysFromCivil(2025, 1, 1);
}

// Public reference cases ---------------------------------------------------------------------------

/** The in-repository copies of the reference set (test/data/README.md); paths as in test/helpers/cases.ts. */
const CASES_FILE = process.env.DEPIN_CASES ?? path.resolve(__dirname, "../../data/cases.public.json");
const REGIMES_FILE = path.resolve(__dirname, "../../data/current-regimes.json");
interface Case {
  id: string;
  formula: string;
  expected: unknown;
  tolerance?: number;
}
const cases: Case[] = (JSON.parse(fs.readFileSync(CASES_FILE, "utf8")) as Case[]).filter((c) => /DEPIN_REGIMES\(/.test(c.formula));

/** Literal arguments of a case formula: "text", numbers, or blank. */
function caseArgs(formula: string): unknown[] {
  const inner = /^=DEPIN\.DEPIN_REGIMES\((.*)\)$/.exec(formula.trim())![1]!;
  return inner.split(",").map((a) => {
    const t = a.trim();
    if (t === "") return null;
    if (t.startsWith('"')) return t.slice(1, -1);
    return Number(t);
  });
}
/** Cell-by-cell comparison; null in `expected` is an unchecked cell (the case file's convention). */
function matches(actual: unknown, expected: unknown, tol: number): boolean {
  if (expected === null) return true;
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e, tol));
  if (typeof expected === "object") {
    const e = expected as { error: string };
    return actual instanceof DepinError && (e.error === "#N/A" ? actual.code === "NOT_AVAILABLE" : actual.code !== "NOT_AVAILABLE");
  }
  if (typeof expected === "number") return typeof actual === "number" && Math.abs(actual - expected) <= tol;
  return actual === expected;
}

describe("DEPIN_REGIMES: public reference cases", () => {
  it("the case file has the §G.25 worked examples (G-DEPIN_REGIMES-01, -02)", () => {
    expect(cases.map((c) => c.id)).toEqual(expect.arrayContaining(["G-DEPIN_REGIMES-01", "G-DEPIN_REGIMES-02"]));
  });
  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    let actual: unknown;
    try {
      actual = regimes(...caseArgs(c.formula));
    } catch (e) {
      actual = e;
    }
    if (!matches(actual, c.expected, c.tolerance ?? 0)) throw new Error(`${c.formula}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(actual)}`);
  });
});

// The regime in force on a date ------------------------------------------------------------------

describe("DEPIN_REGIMES(network, as_of): the regime in force", () => {
  it.each<[string, unknown, string, string]>([
    ["tao", "2026-04-01", "gross_tao_flow_post_halving", "§G.25 worked example"],
    ["akash", "2026-03-23", "bme_aep76", "§G.25 worked example: BME at height 26,063,777 on 2026-03-23"],
    ["akash", "2026-03-22", "akt20_stable_payments_take", "§G.25: the day before BME is the take era"],
    ["akash", "2023-08-22", "akt20_stable_payments_take", "§G.25: the take era starts at the v0.24.0 tag (2023-08-22)"],
    ["akash", "2026-06-11", "bme_aep76", "§G.25: Mainnet 18 (2026-06-11) leaves the BME formulas unchanged: no new row"],
    ["io", "2024-06-11", "tge_fixed_schedule_no_block_rewards", "§G.25: token launch 2024-06-11"],
    ["io", "2024-06-10", "ignition_points_pre_token", "§G.25: before the token launch"],
    ["io", "2024-06-25", "block_rewards_gpu_cpu_95_5", "§G.25: first block reward 2024-06-25"],
    ["io", "2025-06-04", "enterprise_community_pools", "§G.25: pools from 2025-06-04 15:00 UTC (the UTC date)"],
    ["io", "2025-06-03", "block_rewards_gpu_cpu_95_5", "§G.25: the day before the pools"],
    ["io", "2026-06-11", "incentive_dynamic_engine", "§G.25: IDE from 2026-06-11"],
    ["tao", "2023-10-02", "root_network", "§G.25: root network from 2023-10-02"],
    ["tao", "2025-02-12", "root_network", "§G.25: the day before the dTAO merge #1253"],
    ["tao", "2025-02-13", "dtao_ema_price_constant_product", "§G.25: #1253 (2025-02-13)"],
    ["tao", "2025-06-30", "dtao_ema_price_swap_v3", "§G.25: #1795 (2025-06-30)"],
    ["tao", "2025-11-04", "gross_tao_flow", "§G.25: #2161/#2177 (2025-11-04)"],
    ["tao", "2025-12-14", "gross_tao_flow_post_halving", "§G.25: first halving announced for 2025-12-14"],
    ["tao", "2026-03-19", "gross_tao_flow_post_halving", "§G.25 correction: the Balancer pool did not go live on 2026-03-19"],
    ["tao", "2026-05-27", "net_tao_flow", "§G.25: #2643 (2026-05-27)"],
    ["tao", "2026-06-22", "price_x_rootprop_x_burn", "§G.25: #2781 (2026-06-22)"],
    ["tao", "2026-06-25", "price_x_rootprop_x_burn_balancer", "§G.25: #2769 (2026-06-25) added balancer.rs"],
    ["tao", "2026-06-30", "price_x_burn", "§G.25: #2800 (2026-06-30)"],
    ["clore", "2022-05-01", "pow_l1_legacy_50_40_10", "§G.25: PoW genesis 2022-05-01"],
    ["clore", "2024-11-01", "reward_rework_poh_staking_mfp_lock", "§G.25: rework start, L estimate ≈ 2024-11-01"],
    ["clore", 45658, "reward_rework_poh_staking_mfp_lock", "serial 45658 = 2025-01-01 (the brief's anchor)"],
    ["akash", 46104, "bme_aep76", "serial of 2026-03-23 = 45658 + 365 + 81"],
    ["akash", 46103.99, "akt20_stable_payments_take", "a fraction of a day is a time on 2026-03-22"],
    ["akash", "46104", "bme_aep76", "numeric text is a serial"],
    ["AKASH", [[" 2026-03-23 "]], "bme_aep76", "case-insensitive network; a 1×1 range; trimmed text"],
    ["akash", "2026-03-23T14:00:00Z", "bme_aep76", "ISO date-time in UTC: its UTC date"],
    ["akash", "2026-03-23 10:00", "bme_aep76", "ISO date-time without a zone is UTC"],
    ["akash", "2026-03-22T23:30:00-01:00", "bme_aep76", "2026-03-23 00:30 UTC"],
    ["akash", "2026-03-23T00:30+02:00", "akt20_stable_payments_take", "2026-03-22 22:30 UTC"],
  ])("%s on %p → %s (%s)", (network, asOf, id) => {
    const out = regimes(network, asOf);
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual(["regime", "from", "to", "rule", "source"]);
    expect(out[1]![0]).toBe(id);
    const row = REGIMES[network.toLowerCase() as RegimeNetwork].find((r) => r.id === id)!;
    expect(out[1]).toEqual([id, serial(row.from), row.to === null ? null : serial(row.to), row.rule, expect.stringMatching(/; confidence [HML]$/)]);
  });

  it("G.25 example in full: gross_tao_flow_post_halving is 2025-12-14 … 2026-05-26 = 46005 … 46168", () => {
    expect(regimes("tao", "2026-04-01")[1]!.slice(0, 3)).toEqual(["gross_tao_flow_post_halving", serial("2025-12-14"), serial("2026-05-26")]);
    expect([serial("2025-12-14"), serial("2026-05-26")]).toEqual([46005, 46168]);
  });

  it.each<[unknown, unknown, { code: string; param: string }, RegExp, string]>([
    ["bittensor", null, { code: "UNKNOWN_REGIME", param: "network" }, /network must be one of "io", "clore", "tao", "akash"/, "SPEC names the network tao"],
    [null, null, { code: "INVALID_ARG", param: "network" }, /network is required/, "network is required"],
    ["io", "2026-02-30", { code: "INVALID_ARG", param: "as_of" }, /as_of must be a date: an Excel date serial between 1 and 2958465 or ISO text "YYYY-MM-DD" \(got "2026-02-30"\)/, "not a calendar date"],
    ["io", "01/04/2026", { code: "INVALID_ARG", param: "as_of" }, /as_of must be a date/, "only ISO text"],
    ["io", "2026-4-1", { code: "INVALID_ARG", param: "as_of" }, /as_of must be a date/, "ISO needs two-digit month and day"],
    ["io", "2026-03-23T24:00Z", { code: "INVALID_ARG", param: "as_of" }, /as_of must be a date/, "hour 24"],
    ["io", "2026-03-23T10:00+1", { code: "INVALID_ARG", param: "as_of" }, /as_of must be a date/, "a zone needs hours and minutes"],
    ["io", true, { code: "INVALID_ARG", param: "as_of" }, /as_of must be a date.*\(got TRUE\)/, "TRUE is not a date"],
    ["io", 0, { code: "OUT_OF_RANGE", param: "as_of" }, /\(got 0\)/, "serial 0 is not a date"],
    ["io", -5, { code: "OUT_OF_RANGE", param: "as_of" }, /\(got -5\)/, "negative serial"],
    ["io", MAX_SERIAL + 1, { code: "OUT_OF_RANGE", param: "as_of" }, /\(got 2958466\)/, "after 9999-12-31"],
    ["io", Infinity, { code: "INVALID_ARG", param: "as_of" }, /as_of/, "not finite"],
    ["io", [[1, 2]], { code: "INVALID_ARG", param: "as_of" }, /as_of must be a single cell/, "a range"],
    ["io", { type: "Error", errorType: "Div0", basicValue: "#DIV/0!" }, { code: "INVALID_ARG", param: "as_of" }, /as_of is an error value \(got "#DIV\/0!"\)/, "an error value"],
    ["io", "2020-01-01", { code: "NOT_AVAILABLE", param: "as_of" }, /as_of 2020-01-01 is before the first io regime \(the timeline starts 2023-11-04\)/, "before the timeline: #N/A"],
    ["tao", 1, { code: "NOT_AVAILABLE", param: "as_of" }, /as_of 1900-01-01 is before the first tao regime/, "serial 1 = 1900-01-01"],
  ])("(%p, %p) → %p %s", (network, asOf, expected, message) => {
    let err: unknown;
    try {
      regimes(network, asOf);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DepinError);
    expect({ code: (err as DepinError).code, param: (err as DepinError).param }).toEqual(expected);
    expect((err as DepinError).message).toMatch(/^\[DEPIN\] /);
    expect((err as DepinError).message).toMatch(message);
  });
});

// The whole timeline --------------------------------------------------------------------------------

describe("DEPIN_REGIMES(network): the whole timeline", () => {
  it.each(REGIME_NETWORKS.map((n) => [n] as const))("%s: header, every row, from/to as serials, to blank only on the last", (network) => {
    const out = regimes(network, null);
    const rows = REGIMES[network];
    expect(out[0]).toEqual(["regime", "from", "to", "rule", "source"]);
    expect(out.slice(1).map((r) => r.slice(0, 4))).toEqual(rows.map((r) => [r.id, serial(r.from), r.to === null ? null : serial(r.to), r.rule]));
    expect(out.slice(1).map((r) => r[2] === null)).toEqual(rows.map((_, i) => i === rows.length - 1));
    expect(regimes(network, "")).toEqual(out); // an empty cell is blank too
    expect(regimes(network)).toEqual(out);
  });

  it.each(REGIME_NETWORKS.map((n) => [n] as const))("%s: sorted, contiguous (to = next from − 1), no overlap, exactly one current row", (network) => {
    const out = regimes(network, null).slice(1);
    const from = out.map((r) => r[1] as number);
    const to = out.map((r) => r[2] as number | null);
    expect(to.filter((t) => t === null)).toHaveLength(1);
    for (let i = 0; i < out.length; i++) {
      expect(Number.isInteger(from[i])).toBe(true);
      if (i + 1 < out.length) {
        expect(to[i]).not.toBeNull();
        expect(from[i]!).toBeLessThanOrEqual(to[i]!); // a row lasts at least one day
        expect(to[i]! + 1).toBe(from[i + 1]);
      }
    }
    expect(new Set(out.map((r) => r[0])).size).toBe(out.length);
  });

  it("every source cell ends with the row's confidence and cites no secondary reference file", () => {
    for (const network of REGIME_NETWORKS) {
      for (const [i, r] of regimes(network).slice(1).entries()) {
        const row = REGIMES[network][i]!;
        expect(r[4]).toMatch(new RegExp(`; confidence ${row.confidence}$`));
        expect(r[4]).not.toMatch(/REFERENCE|\.\.\/shared/);
        expect(row.provenance.value).toBe(`${row.from}/${row.to ?? ".."}`);
        expect(row.provenance.confidence).toBe({ H: "documented", M: "derived", L: "estimate" }[row.confidence]);
      }
    }
    // §G.25: H for Bittensor and the Akash BME boundary, M for io.net and the Akash take era, L for Clore
    expect(new Set(REGIMES.tao.map((r) => r.confidence))).toEqual(new Set(["H"]));
    expect(new Set(REGIMES.io.map((r) => r.confidence))).toEqual(new Set(["M"]));
    expect(new Set(REGIMES.clore.map((r) => r.confidence))).toEqual(new Set(["L"]));
    expect(REGIMES.akash.map((r) => r.confidence)).toEqual(["L", "M", "H"]);
  });

  it("the data file carries the sourced timeline's rows unchanged (id, from, to, rule)", () => {
    const ref = (JSON.parse(fs.readFileSync(REGIMES_FILE, "utf8")) as { regimes: Record<string, { regime: string; from: string; to: string | null; rule: string }[]> }).regimes;
    for (const network of REGIME_NETWORKS) {
      expect(REGIMES[network].map((r) => [r.id, r.from, r.to, r.rule])).toEqual(ref[network]!.map((r) => [r.regime, r.from, r.to, r.rule]));
    }
  });
});

// Properties ----------------------------------------------------------------------------------------

describe("DEPIN_REGIMES properties", () => {
  const first = Math.min(...REGIME_NETWORKS.map((n) => serial(REGIMES[n][0]!.from)));

  it("any day: #N/A before the first regime, else exactly one row, the timeline row containing it; serial and ISO text agree", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGIME_NETWORKS), fc.integer({ min: first, max: 80000 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (network, day, frac) => {
        const timeline = regimes(network).slice(1);
        if (day < (timeline[0]![1] as number)) {
          expect(() => regimes(network, day)).toThrow(expect.objectContaining({ code: "NOT_AVAILABLE" }));
          return;
        }
        const containing = timeline.filter((r) => (r[1] as number) <= day && (r[2] === null || day <= (r[2] as number)));
        expect(containing).toHaveLength(1);
        expect(regimes(network, day + frac)).toEqual([["regime", "from", "to", "rule", "source"], containing[0]]);
        expect(regimes(network, serialToIso(day))).toEqual(regimes(network, day));
      }),
      { numRuns: 500, seed: 13 }
    );
  });

  it("ISO ↔ serial agrees with the independent day count, 1900-03-01 … 9999-12-31", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_SERIAL }), (s) => {
        const iso = serialToIso(s);
        expect(serial(iso)).toBe(s);
        expect(isoToSerial(iso)).toBe(s);
      }),
      { numRuns: 2000, seed: 13 }
    );
    // Excel's 1900 system: 1 = 1900-01-01, 59 = 1900-02-28, 60 = the fictitious 1900-02-29, 61 = 1900-03-01
    expect([isoToSerial("1900-01-01"), isoToSerial("1900-02-28"), isoToSerial("1900-03-01"), isoToSerial("9999-12-31")]).toEqual([1, 59, 61, MAX_SERIAL]);
    expect([serialToIso(1), serialToIso(59), serialToIso(60), serialToIso(61)]).toEqual(["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01"]);
    expect([isoToSerial("1899-12-31"), isoToSerial("1900-02-29"), isoToSerial("2025-13-01")]).toEqual([undefined, undefined, undefined]);
  });

  it("does not depend on the process time zone (CI also runs with TZ=America/Los_Angeles)", () => {
    const before = process.env.TZ;
    const tables = () => REGIME_NETWORKS.map((n) => [regimes(n), regimes(n, "2026-03-23"), serialToIso(46104), isoToSerial("2026-03-23")]);
    try {
      process.env.TZ = "UTC";
      const utc = tables();
      for (const tz of ["America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata"]) {
        process.env.TZ = tz;
        expect(tables()).toEqual(utc);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe("DEPIN_REGIMES declaration", () => {
  it("matches SPEC §4.6: DEPIN_REGIMES(network, [as_of]), a spill with the header row", () => {
    expect(decl.args.map((a) => [a.name, "optional" in a && a.optional === true])).toEqual([
      ["network", false],
      ["as_of", true],
    ]);
    expect(decl.result).toEqual(expect.objectContaining({ kind: "spill", header: ["regime", "from", "to", "rule", "source"] }));
  });
  it("its worked example runs", () => {
    const ex = decl.doc.example;
    expect(regimes(...caseArgs(ex.formula))).toEqual(ex.result);
  });
});
