/**
 * io.net engine functions (REFERENCE.md §A), one table per function: rows [inputs…, expected, source].
 * Expected values come from REFERENCE.md worked examples (tagged with their case id), the docs' epoch table
 * quoted there, or independent derivations named in the source column: "py50" is Python's decimal module
 * at 50 digits evaluating the REFERENCE formula directly (x**N, no tables), "rational" an exact fraction by
 * hand, "oracle" the per-epoch recurrence of ./oracle.ts. Never this code's output.
 */
import { D, type Dec } from "../../../src/engine/core/decimal";
import { CATEGORIES } from "../../../src/engine/networks/ionet";
import { io } from "./io-fns";
import { keepPow } from "../../../src/engine/networks/ionet/formulas";
import { type Expect, expectRow, OOR, BAD, ENUM } from "../../helpers/table";
import { hourlyByRecurrence, monthlyBySum } from "./oracle";

/** Tolerance for 40-digit results against 50-digit derivations (absolute, in the output unit). */
const T30 = "1e-28";

/**
 * The scalar functions return the double nearest their exact result (issue 14: a double-double fast path with a
 * rounding test, else the 40-digit decimal core). Against a 50-digit derivation (20 or more significant digits)
 * a double must be exactly Number(expected), the double nearest that value; a Decimal (spills, fallbacks) and
 * short expected values are checked at the row's tolerance as before.
 */
function check(compute: () => { toString(): string } | number, expected: Expect, tol?: string | number): void {
  if (typeof expected === "string" && tol !== undefined && expected.replace(/[^0-9]/g, "").replace(/^0+/, "").length >= 20) {
    const v = compute();
    if (typeof v === "number") {
      expect(v).toBe(Number(expected));
      return;
    }
  }
  expectRow(compute, expected, tol);
}
/** The double nearest an oracle value when the function returned a double, else (a Decimal) within `tol` of it. */
const isNearest = (actual: unknown, exact: Dec, tol: string): boolean =>
  typeof actual === "number" ? actual === exact.toNumber() : (actual as Dec).minus(exact).abs().lte(tol);
/** A result read as a Decimal (a double's shortest decimal). */
const dec = (x: unknown): Dec => D(String(x));

describe("IO_EPOCH_EMISSION", () => {
  it.each<[unknown, Expect, string | undefined, string]>([
    [1, "4566.2100456621004566210045662100456621004566", T30, "rational 4e7/8760 [IO-01: 4,566.2100456621]"],
    [2, "4566.1466349205663045662100456621004566210046", T30, "py50: 4e7/8760 × (1 − d) [IO-02]"],
    [175319, "400.12944251039603168526931626632917473870711", "1e-25", "py50: 300M − E(175,318); REFERENCE A.1: 400.1294425"],
    [175319, "400.1294425", "1e-7", "REFERENCE.md A.1 (the capped last epoch)"],
    [0, "0", undefined, "genesis: 0"],
    [175320, "0", undefined, "after the last epoch: 0, not an error"],
    [1e9, "0", undefined, "far after the schedule"],
    ["3", "4566.0832250596141015899325159214887145662100456621", T30, "numeric text; py50 4e7/8760 × (1 − d)^2"],
    [-1, OOR("epoch"), undefined, "negative epoch"],
    [1.5, BAD("epoch"), undefined, "fractional epoch"],
    ["abc", BAD("epoch"), undefined, "text"],
    [null, BAD("epoch"), undefined, "required"],
  ])("(%p) = %p  [tol %p; %s]", (t, expected, tol) => check(() => io.epochEmission(t), expected, tol));
});

describe("IO_EMITTED", () => {
  it.each<[unknown, Expect, string | undefined, string]>([
    [0, "0", undefined, "nothing emitted at genesis"],
    [1, "4566.2100456621004566210045662100456621004566", T30, "rational: one epoch"],
    [6, "27396.309130461046012499240750153879948062529727552", "1e-27", "py50 [IO-03: 27,396.309130461]"],
    [8760, "37662980.663313217315270148686494782067021391312879", "1e-24", "py50 [IO-04: 37,662,980.663]; §F year 1 = 37,662,980.66"],
    [175318, "299999599.87055748960396831473068373367082526129289", "1e-22", "py50 [IO-05: 299,999,599.8706]"],
    [175318, "299999599.8705575", "1e-3", "IO-05 at the case tolerance"],
    [175319, "300000000", undefined, "capped: the total is exactly 300M (uncapped 300,000,000.00044)"],
    [175320, "300000000", undefined, "after the schedule"],
    [1e12, "300000000", undefined, "far after the schedule"],
    [-6, OOR("hours"), undefined, "negative"],
    [6.5, BAD("hours"), undefined, "fractional hours"],
    [true, "4566.2100456621004566210045662100456621004566", T30, "TRUE counts as 1 (coercion rule)"],
  ])("(%p) = %p  [tol %p; %s]", (h, expected, tol) => check(() => io.emitted(h), expected, tol));
});

describe("IO_INFLATION_RATE", () => {
  it.each<[unknown, Expect, string | undefined, string]>([
    [1, "0.08", undefined, "REFERENCE A.1: 0.08 at epoch 1"],
    [8761, "0.070836619177271665855511093758009729317195287035966", T30, "py50 [IO-07: 0.0708366191772717]"],
    [175319, "0.0070102755579884761105326990150689515781729999226854", T30, "py50; REFERENCE §F: 0.701% at the last epoch"],
    [0, "0", undefined, "genesis"],
    [175320, "0", undefined, "after the last epoch"],
    [-1, OOR("epoch"), undefined, "negative"],
    [2.2, BAD("epoch"), undefined, "fractional"],
  ])("(%p) = %p  [tol %p; %s]", (t, expected, tol) => check(() => io.inflationRate(t), expected, tol));
});

describe("the docs' epoch table (REFERENCE.md A.1: '04/28/24 1:00 | 4,566.21 | 0.0009132420% | 500,004,566.21')", () => {
  // Rows: epoch, emission shown to 2 places, hourly rate in percent shown to 10 places, total supply to 2 places.
  it.each<[number, string, string, string, string]>([
    [1, "4566.21", "0.0009132420", "500004566.21", "docs table row 04/28/24 1:00"],
    [6, "4565.89", "0.0009131786", "500027396.31", "docs table total after 6:00 (REFERENCE A.1); emission and rate py50: 4e7/8760 × (1 − d)^5"],
  ])("epoch %p: %p IO, %p %% per hour, supply %p  [%s]", (t, emission, ratePct, supplyAfter) => {
    expect(dec(io.epochEmission(t)).toDecimalPlaces(2).toFixed(2)).toBe(emission);
    expect(dec(io.inflationRate(t)).div(8760).mul(100).toDecimalPlaces(10).toFixed(10)).toBe(ratePct);
    expect(dec(io.supply(t, null)).toDecimalPlaces(2).toFixed(2)).toBe(supplyAfter);
  });

  it("matches the per-epoch recurrence for the first 2,000 epochs (emission, cumulative, rate)", () => {
    const o = hourlyByRecurrence(2000);
    for (let t = 0; t <= 2000; t++) {
      expect(isNearest(io.epochEmission(t), o.epoch[t]!, "1e-30")).toBe(true);
      expect(isNearest(io.emitted(t), o.cumulative[t]!, "1e-26")).toBe(true);
      expect(isNearest(io.inflationRate(t), o.rate[t]!, "1e-36")).toBe(true);
    }
  });
});

describe("closed form against independent computations over the whole schedule", () => {
  it("equals the per-epoch recurrence at sampled epochs up to and past 175,319", () => {
    const o = hourlyByRecurrence(175325);
    for (const n of [1, 511, 512, 513, 8760, 43800, 100000, 175200, 175317, 175318, 175319, 175320, 175325]) {
      expect({ n, ok: isNearest(io.emitted(n), o.cumulative[n]!, "1e-20") }).toEqual({ n, ok: true });
      expect({ n, ok: isNearest(io.epochEmission(n), o.epoch[n]!, "1e-20") }).toEqual({ n, ok: true });
    }
  });

  it("(1 − d)^N from the tables agrees with exp(N·ln(1 − d)) (60-digit) within 5e-40 relative", () => {
    const Wide = D.clone({ precision: 60 });
    const lnKeep = new Wide(1).minus("0.0000138869523959793").ln();
    for (const n of [0, 1, 2, 511, 512, 513, 1023, 8760, 99999, 131071, 175318, 175319]) {
      const viaExp = lnKeep.mul(n).exp();
      const rel = new Wide(keepPow(n).toString()).minus(viaExp).abs().div(viaExp);
      expect({ n, ok: rel.lte("5e-40") }).toEqual({ n, ok: true });
    }
  });
});

describe("IO_SUPPLY", () => {
  it.each<[unknown, unknown, Expect, string | undefined, string]>([
    [0, null, "500000000", undefined, "genesis supply"],
    [6, null, "500027396.309130461046012499240750153879948062529727552", "1e-27", "py50; docs table 500,027,396.31"],
    [6, 396.309130461, "500027000.000000000046012499240750153879948062529727552", "1e-27", "burned subtracted"],
    [175319, "", "800000000", undefined, "the maximum supply; blank burned"],
    [175319, 800000000, "0", undefined, "everything burned"],
    [175319, 800000001, OOR("burned"), undefined, "burned beyond the supply"],
    [6, -1, OOR("burned"), undefined, "negative burned"],
    [-1, 0, OOR("hours"), undefined, "negative hours"],
  ])("(%p, %p) = %p  [tol %p; %s]", (h, b, expected, tol) => check(() => io.supply(h, b), expected, tol));
});

describe("IO_MONTH_EMISSION", () => {
  it.each<[unknown, unknown, unknown, unknown, Expect, string | undefined, string]>([
    [1, "hourly", 730, null, "3316517.4020924994006632713656124516607249589629573", "1e-25", "py50: E(730) [IO-08: 3,316,517.4021]"],
    [1, null, null, null, "3316517.4020924994006632713656124516607249589629573", "1e-25", "defaults = hourly, 730"],
    [12, "HOURLY", null, null, "2966557.694089817864628998311602768785052911740116", "1e-25", "py50 E(8760) − E(8030); case-insensitive"],
    [240, "hourly", null, null, "294063.91108246376975174718556553990856117747996", "1e-25", "py50 E(175200) − E(174470)"],
    [241, "hourly", null, null, "47654.49014987111586415479896844228631064490617", "1e-25", "py50: the last 119 epochs fall in month 241 (REFERENCE A.2)"],
    [242, "hourly", null, null, "0", undefined, "after the schedule: 0"],
    [0, "hourly", null, null, "0", undefined, "month 0 → 0"],
    [1, "hourly", 1, null, "4566.2100456621004566210045662100456621004566", T30, "a 1-hour month is epoch 1"],
    [2, "monthly", null, 0.989849199, "3299497.33", "1e-20", "rational 500M × 0.08/12 × 0.989849199 [IO-09]"],
    [2, "monthly", "", "", "3299497.33", "1e-20", "blank hours_per_month and factor take the defaults"],
    [1, "monthly", null, null, "3333333.333333333333333333333333333333333", "1e-30", "rational 4e7/12"],
    [3, "monthly", null, 0.98984895296, "3266003.1655866943092053333333333333333333333333333", "1e-25", "py50; the page's table shows 3,266,003 (REFERENCE A.2)"],
    [240, "monthly", null, null, "285411.40476990898059870145210913921634123069183", "1e-22", "py50: month 240 capped (the 240 months would sum to 300,005,578.78)"],
    [241, "monthly", null, null, "0", undefined, "after month 240"],
    [1, "monthly", null, 1, "3333333.333333333333333333333333333333333", "1e-30", "f = 1: a constant 4e7/12 a month"],
    [100, "monthly", null, 1, "0", undefined, "f = 1: 90 months reach the cap, month 100 pays 0"],
    [243, "note", null, null, "278844.13754696599100578937014126575233738341518", "1e-22", "py50: 4e7/12 × 0.9898^242"],
    [244, "note", null, null, "261430.78535819652590166521887171650296164421646", "1e-22", "py50: the cap is reached in month 244 (REFERENCE A.2)"],
    [245, "note", null, null, "0", undefined, "after the cap"],
    [1, "weekly", null, null, ENUM("schedule"), undefined, "unknown schedule"],
    [-1, "hourly", null, null, OOR("month"), undefined, "negative month"],
    [1.5, "hourly", null, null, BAD("month"), undefined, "fractional month"],
    [1, "hourly", 0, null, OOR("hours_per_month"), undefined, "hours_per_month below 1"],
    [1, "hourly", 730.5, null, BAD("hours_per_month"), undefined, "fractional hours_per_month"],
    [1, "monthly", null, 0, OOR("monthly_factor"), undefined, "factor 0"],
    [1, "monthly", null, 1.01, OOR("monthly_factor"), undefined, "factor above 1"],
  ])("(%p, %p, %p, %p) = %p  [tol %p; %s]", (m, s, h, fct, expected, tol) => check(() => io.monthEmission(m, s, h, fct), expected, tol));

  it("lists the accepted schedules in the message", () => {
    expect(() => io.monthEmission(1, "weekly", null, null)).toThrow('[DEPIN] schedule must be one of "hourly", "monthly", "note" (got "weekly")');
  });

  it("equals month-by-month sums of the monthly proposal and the note (oracle)", () => {
    const monthly = monthlyBySum("0.989849199", 245, 240);
    const note = monthlyBySum("0.9898", 250);
    for (let m = 1; m <= 245; m++) {
      expect({ m, ok: isNearest(io.monthEmission(m, "monthly", null, null), monthly[m]!, "1e-20") }).toEqual({ m, ok: true });
    }
    for (let m = 1; m <= 250; m++) {
      expect({ m, ok: isNearest(io.monthEmission(m, "note", null, null), note[m]!, "1e-20") }).toEqual({ m, ok: true });
    }
  });
});

describe("IO_EMISSION_SCHEDULE", () => {
  const HEADER = ["period", "emitted", "cumulative", "total supply", "rate at start"];
  /** A cell as spilled: a double (the hourly rule's cells, issue 14) or a 40-digit Decimal (the monthly views). */
  const raw = (rows: (string | number | { toString(): string })[][], i: number, j: number) => rows[i]![j]! as number | { toString(): string };
  const cell = (rows: (string | number | { toString(): string })[][], i: number, j: number) => raw(rows, i, j).toString();

  it("spills a header row and one row per month (defaults: hourly rule, months)", () => {
    const rows = io.emissionSchedule(3, null, null);
    expect(rows.length).toBe(4);
    expect(rows[0]).toEqual(HEADER);
    expect(cell(rows, 1, 0)).toBe("1");
    check(() => raw(rows, 1, 1), "3316517.4020924994006632713656124516607249589629573", "1e-25");
    check(() => raw(rows, 1, 3), "503316517.4020924994006632713656124516607249589629573", "1e-25");
    expect(cell(rows, 1, 4)).toBe("0.08");
    // Row 2's rate is the rate at epoch 731: 0.08 × (1 − d)^730.
    check(() => raw(rows, 2, 4), D("0.08").mul(D(1).minus("0.0000138869523959793").pow(730)).toString(), "1e-36");
  });

  it.each<[unknown, unknown, unknown, number, number, string, string | undefined, string]>([
    [1, "year", "hourly", 1, 2, "37662980.663313217315270148686494782067021391312879", "1e-24", "py50; §F year 1 hourly = 37,662,980.66"],
    [1, "year", "monthly", 1, 1, "37840687.459972909593027379764509729534806278449832", "1e-24", "py50; §F year 1 monthly proposal = 37,840,687.46"],
    [242, "month", "hourly", 241, 1, "47654.49014987111586415479896844228631064490617", "1e-24", "py50: month 241 holds the last 119 epochs"],
    [242, "month", "hourly", 242, 2, "300000000", undefined, "cumulative stays at the cap"],
    [242, "month", "hourly", 242, 4, "0", undefined, "no rate after the schedule"],
    [21, "year", "hourly", 21, 2, "300000000", undefined, "the schedule ends in year 21 (175,319 h < 21 × 8,760)"],
    [6, "hour", "hourly", 6, 2, "27396.309130461046012499240750153879948062529727552", "1e-27", "py50 [IO-03]"],
    [245, "month", "note", 244, 1, "261430.78535819652590166521887171650296164421646", "1e-22", "py50: capped month 244"],
    [245, "month", "note", 245, 4, "0", undefined, "no rate after the cap"],
    [241, "MONTH", "Monthly", 240, 1, "285411.40476990898059870145210913921634123069183", "1e-22", "py50: month 240 capped; enumerations case-insensitive"],
  ])("(%p, %p, %p): row %p column %p = %p  [tol %p; %s]", (n, p, s, row, col, expected, tol) => {
    const rows = io.emissionSchedule(n, p, s);
    check(() => raw(rows, row, col), expected, tol);
  });

  it.each<[unknown, unknown, unknown, Expect, string]>([
    [0, null, null, OOR("periods"), "periods below 1"],
    [1201, "month", null, OOR("periods"), "more than 1,200 months"],
    [101, "year", null, OOR("periods"), "more than 100 years"],
    [20001, "hour", null, OOR("periods"), "more than 20,000 hours"],
    [2.5, null, null, BAD("periods"), "fractional periods"],
    [null, null, null, BAD("periods"), "periods required"],
    [12, "week", null, ENUM("period"), "unknown period"],
    [12, "hour", "monthly", ENUM("period"), '"hour" only with the hourly rule'],
    [12, "hour", "note", ENUM("period"), '"hour" only with the hourly rule'],
    [12, null, "daily", ENUM("schedule"), "unknown schedule"],
  ])("(%p, %p, %p) → %p  [%s]", (n, p, s, expected) => check(() => io.emissionSchedule(n, p, s), expected));

  it("accepts the largest periods: 20,000 hours, 1,200 months, 100 years", () => {
    expect(io.emissionSchedule(20000, "hour", null).length).toBe(20001);
    expect(io.emissionSchedule(1200, "month", "note").length).toBe(1201);
    expect(io.emissionSchedule(100, "year", null).length).toBe(101);
    expect(io.vestingSchedule(1200, null).length).toBe(1201);
  });

  it("names the periods the monthly views accept", () => {
    expect(() => io.emissionSchedule(12, "hour", "monthly")).toThrow(/period "hour" is only valid with regime "hourly".*"month", "year"/);
  });

  it("each cumulative is IO_EMITTED of the period end and the emitted column telescopes", () => {
    const rows = io.emissionSchedule(250, "month", "hourly");
    let sum = D(0);
    for (let k = 1; k <= 250; k++) {
      const cum = D(cell(rows, k, 2));
      // the table's 40-digit cumulative, rounded to a double, is IO_EMITTED's double (the same exact value)
      expect(cum.toNumber()).toBe(io.emitted(Math.min(k * 730, 175319)));
      sum = sum.plus(cell(rows, k, 1));
    }
    // 250 doubles, each within an ulp (< 5e-10 below 3.4e6) of its month's exact value
    expect(sum.minus(300000000).abs().lte("2e-7")).toBe(true);
  });
});

describe("IO_ALLOCATION", () => {
  it.each<[unknown, unknown, Expect, string]>([
    ["core", "genesis", "56500000", "REFERENCE A.3 [IO-10] (the note's 65,500,000 is a typo)"],
    ["seed", "max_supply", "100000000", "REFERENCE A.3 [IO-11]"],
    ["seed", null, "100000000", "default basis max_supply"],
    ["series_a", null, "81600000", "REFERENCE A.3: 10.2% of 800M"],
    ["core", null, "90400000", "REFERENCE A.3: 11.3% of 800M"],
    ["rnd", null, "128000000", "REFERENCE A.3: 16% of 800M"],
    ["community", null, "100000000", "REFERENCE A.3: 400M − 300M emission"],
    ["community", "genesis", "250000000", "50% of 500M"],
    ["seed", "genesis", "62500000", "12.5% of 500M"],
    ["series_a", "GENESIS", "51000000", "10.2% of 500M; case-insensitive"],
    ["RnD", "genesis", "80000000", "16% of 500M; case-insensitive"],
    ["team", null, ENUM("category"), "unknown category"],
    [null, null, BAD("category"), "category required"],
    ["seed", "circulating", ENUM("basis"), "unknown basis"],
  ])("(%p, %p) = %p  [%s]", (c, b, expected) => check(() => io.allocation(c, b), expected));

  it("both bases allocate exactly the 500M genesis supply", () => {
    for (const b of ["max_supply", "genesis"]) {
      const total = CATEGORIES.reduce((s: Dec, c) => s.plus(io.allocation(c, b)), D(0));
      expect(total.eq(500000000)).toBe(true);
    }
  });

  it("lists the accepted categories in the message", () => {
    expect(() => io.allocation("team", null)).toThrow('category must be one of "community", "seed", "series_a", "core", "rnd" (got "team")');
  });
});

describe("IO_UNLOCKED", () => {
  it.each<[unknown, unknown, unknown, unknown, Expect, string | undefined, string]>([
    ["seed", 13, "genesis", null, "2604166.666666666666666666666666666666667", "1e-30", "REFERENCE A.3 [IO-12]: 62.5M/24"],
    ["core", 30, null, null, "45200000", undefined, "REFERENCE A.3 [IO-13]: 90.4M × 18/36"],
    ["seed", 12, null, null, "0", undefined, "cliff: nothing before the end of month 13"],
    ["seed", 12.99, null, null, "0", undefined, "fractional months floor"],
    ["seed", 13.7, null, null, "4166666.666666666666666666666666666666667", "1e-30", "⌊13.7⌋ = 13: 100M/24"],
    ["series_a", 24, null, null, "40800000", undefined, "81.6M × 12/24"],
    ["seed", 36, null, null, "100000000", undefined, "fully unlocked at 36"],
    ["seed", 1000, null, null, "100000000", undefined, "stays fully unlocked"],
    ["core", 48, null, null, "90400000", undefined, "core fully unlocked at 48"],
    ["core", 47, null, null, "87888888.88888888888888888888888888888889", "1e-30", "90.4M × 35/36"],
    ["rnd", 30, null, null, "64000000", undefined, "rnd follows core: 128M × 18/36"],
    ["rnd", 0, null, "unlocked", "128000000", undefined, "rnd unlocked at launch"],
    ["rnd", 0, null, "UNLOCKED", "128000000", undefined, "case-insensitive"],
    ["community", 0, null, null, "100000000", undefined, "community unlocked at launch"],
    ["community", 0, "genesis", null, "250000000", undefined, "community, genesis basis"],
    ["seed", 0, null, null, "0", undefined, "launch"],
    ["seed", -1, null, null, OOR("month"), undefined, "month < 0 is an error"],
    ["seed", -0.5, null, null, OOR("month"), undefined, "month < 0 is an error, even fractional"],
    ["seed", null, null, null, BAD("month"), undefined, "month required"],
    ["seed", 13, null, "linear", ENUM("rnd_vesting"), undefined, "unknown rnd_vesting"],
    ["founders", 13, null, null, ENUM("category"), undefined, "unknown category"],
  ])("(%p, %p, %p, %p) = %p  [tol %p; %s]", (c, m, b, r, expected, tol) => check(() => io.unlocked(c, m, b, r), expected, tol));
});

describe("IO_VESTING_SCHEDULE", () => {
  it("spills a header row and one row per month; month 48 is fully unlocked", () => {
    const rows = io.vestingSchedule(48, null);
    expect(rows.length).toBe(49);
    expect(rows[0]).toEqual(["month", "community", "seed", "series_a", "core", "rnd"]);
    expect(rows[48]!.map(String)).toEqual(["48", "100000000", "100000000", "81600000", "90400000", "128000000"]);
    expect(rows[13]!.map(String).slice(0, 3)).toEqual(["13", "100000000", "4166666.666666666666666666666666666666667"]);
    expect(rows[12]!.map(String)).toEqual(["12", "100000000", "0", "0", "0", "0"]);
  });

  it("genesis basis: month 13 seed is 62.5M/24 [IO-12]", () => {
    const rows = io.vestingSchedule(13, "genesis");
    check(() => rows[13]![2]!.toString(), "2604166.666666666666666666666666666666667", "1e-30");
  });

  it.each<[unknown, unknown, Expect, string]>([
    [0, null, OOR("months"), "at least one month"],
    [1201, null, OOR("months"), "at most 1,200 months"],
    [12.5, null, BAD("months"), "whole months"],
    [12, "float", ENUM("basis"), "unknown basis"],
  ])("(%p, %p) → %p  [%s]", (m, b, expected) => check(() => io.vestingSchedule(m, b), expected));
});

describe("IO_AVAIL_REWARD", () => {
  it.each<[unknown, unknown, unknown, unknown, unknown, Expect, string | undefined, string]>([
    [25000, 1, null, null, null, "1.8074581430745814307458143074581430745814307458143", T30, "rational 25000/13140 × 0.95 [IO-16]"],
    [25000, 0.5, null, null, null, "0.90372907153729071537290715372907153729071537290715", T30, "half the uptime, half the reward"],
    [25000, 0.5, null, null, "all_or_nothing", "0", undefined, "all_or_nothing pays 0 below uptime 1"],
    [25000, 1, null, null, "All_Or_Nothing", "1.8074581430745814307458143074581430745814307458143", T30, "all_or_nothing at uptime 1; case-insensitive"],
    [25000, 0.5, null, null, "proportional", "0.90372907153729071537290715372907153729071537290715", T30, "explicit proportional"],
    [13140, 1, 1, 13140, null, "1", T30, "capex / hours × 1 × 1"],
    [0, 1, null, null, null, "0", undefined, "zero capex"],
    [25000, 1, "", "", "", "1.8074581430745814307458143074581430745814307458143", T30, "blank text arguments take the defaults"],
    [25000, 1.2, null, null, null, OOR("uptime"), undefined, "SPEC §3 example: uptime above 1"],
    [25000, -0.1, null, null, null, OOR("uptime"), undefined, "uptime below 0"],
    [-1, 1, null, null, null, OOR("capex_usd"), undefined, "negative capex"],
    [25000, 1, 1.5, null, null, OOR("supplier_share"), undefined, "share above 1"],
    [25000, 1, null, 0, null, OOR("payback_hours"), undefined, "payback_hours 0"],
    [25000, 1, null, null, "sometimes", ENUM("uptime_mode"), undefined, "unknown mode"],
  ])("(%p, %p, %p, %p, %p) = %p  [tol %p; %s]", (c, u, s, h, m, expected, tol) => check(() => io.availReward(c, u, s, h, m), expected, tol));

  it("states the SPEC §3 example message", () => {
    expect(() => io.availReward(25000, 1.2, null, null, null)).toThrow("[DEPIN] uptime must be between 0 and 1 (got 1.2)");
  });
});

describe("IO_AVAIL_REWARD_IO", () => {
  it.each<[unknown, unknown, unknown, unknown, unknown, Expect, string | undefined, string]>([
    [25000, 1, 2.5, null, null, "0.72298325722983257229832572298325722983257229832572", T30, "rational [IO-17b]"],
    [25000, 1, 1, null, null, "1.8074581430745814307458143074581430745814307458143", T30, "price 1: the USD reward"],
    [25000, 1, 0, null, null, OOR("io_price_usd"), undefined, "price must be > 0"],
    [25000, 1, -2, null, null, OOR("io_price_usd"), undefined, "negative price"],
    [25000, 1, null, null, null, BAD("io_price_usd"), undefined, "price required"],
  ])("(%p, %p, %p, %p, %p) = %p  [tol %p; %s]", (c, u, p, s, h, expected, tol) => check(() => io.availRewardIo(c, u, p, s, h), expected, tol));
});

describe("IO_STAKER_REWARD", () => {
  it.each<[unknown, unknown, unknown, unknown, Expect, string | undefined, string]>([
    [25000, 0.98, null, null, "0.093226788432267884322678843226788432267884322678845", T30, "rational [IO-17]"],
    [25000, 1, 0.05, 13140, "0.095129375951293759512937595129375951293759512937595", T30, "rational 25000/13140 × 0.05"],
    [25000, 1, 2, null, OOR("staker_share"), undefined, "share above 1"],
  ])("(%p, %p, %p, %p) = %p  [tol %p; %s]", (c, u, s, h, expected, tol) => check(() => io.stakerReward(c, u, s, h), expected, tol));
});

describe("IO_OFFLINE_PENALTY", () => {
  it.each<[unknown, unknown, unknown, unknown, unknown, Expect, string | undefined, string]>([
    [25000, 2.5, null, null, null, "0.72298325722983257229832572298325722983257229832572", T30, "rational [IO-17c] = IO_AVAIL_REWARD_IO(25000,1,2.5)"],
    [25000, 2.5, 3, null, null, "2.1689497716894977168949771689497716894977168949772", T30, "three hours"],
    [25000, 2.5, 0, null, null, "0", undefined, "no hours offline"],
    [25000, 2.5, 1.5, null, null, BAD("offline_hours"), undefined, "whole hours"],
    [25000, 2.5, -1, null, null, OOR("offline_hours"), undefined, "negative hours"],
    [25000, 0, 1, null, null, OOR("io_price_usd"), undefined, "price 0"],
  ])("(%p, %p, %p, %p, %p) = %p  [tol %p; %s]", (c, p, h, s, ph, expected, tol) => check(() => io.offlinePenalty(c, p, h, s, ph), expected, tol));
});

describe("IO_MAX_STAKE", () => {
  it.each<[unknown, unknown, Expect, string]>([
    [1000, [[0.1], [0.2], [0.05]], "3050", "REFERENCE A.5 [IO-18]: 1000 × (2 + 3 × 0.35)"],
    [1000, [[0.1, 0.2, 0.05]], "3050", "a row works as well"],
    [1000, [[0.1, null], ["", 0.25]], "3050", "a 2-D range with blank cells (0)"],
    [1000, null, "2000", "omitted → × 2"],
    [1000, [[null], [""]], "2000", "an empty range → × 2"],
    [1000, 0.5, "3500", "a single value"],
    [0, [[1]], "0", "device max 0"],
    [1000, [[0.1], [-0.2]], OOR("modifiers"), "negative modifier"],
    [1000, [["x"]], BAD("modifiers"), "text modifier"],
    [1000, [[1, 2], [3]], BAD("modifiers"), "ragged range"],
    [-1, null, OOR("device_max_stake"), "negative device stake"],
  ])("(%p, %j) = %p  [%s]", (d, m, expected) => check(() => io.maxStake(d, m), expected));

  describe("the 10,000-cell limit of modifiers is checked before the range is read", () => {
    /** A range of `rows` rows whose rows after the first throw when read: only its size may be looked at. */
    const untouchable = (rows: number, cols: number): unknown[][] => {
      const first = Array<number>(cols).fill(0);
      const trap = new Proxy([] as unknown[], {
        get: () => {
          throw new Error("a row past the first was read");
        },
      });
      return Array.from({ length: rows }, (_, i) => (i === 0 ? first : trap));
    };
    const tooLarge = (shape: string) => `[DEPIN] modifiers has too many entries: at most 10000 (got a ${shape} range)`;
    const message = (m: unknown): string => {
      try {
        io.maxStake(1000, m);
      } catch (e) {
        return (e as Error).message;
      }
      return "no error";
    };

    it.each([
      [10001, 1, "10001×1"],
      [101, 100, "101×100"],
      [1, 10001, "1×10001"],
    ])("%i × %i is rejected without reading a cell", (r, c, shape) => expect(message(untouchable(r, c))).toBe(tooLarge(shape)));

    it("an oversized range with a bad cell gives the size error, not the cell's", () => {
      expect(message(Array.from({ length: 101 }, () => Array<number>(100).fill(-1)))).toBe(tooLarge("101×100"));
    });

    it("an oversized blank range is rejected too (the size comes before the blank test)", () => {
      expect(message(Array.from({ length: 101 }, () => Array<null>(100).fill(null)))).toBe(tooLarge("101×100"));
    });

    it("exactly 10,000 cells are read: 100 × 100 of 0.0001 sum to 1 → 1000 × (2 + 3) (hand)", () => {
      check(() => io.maxStake(1000, Array.from({ length: 100 }, () => Array<number>(100).fill(0.0001))), "5000");
    });
  });
});

describe("IO_MIN_STAKE", () => {
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [8, 10, null, "16000", "docs/io-staking '8 * 10 * 200 = 16,000 $IO' [IO-19]"],
    [4, 1, null, "800", "docs/io-staking '4 * 1 * 200 = 800 $IO'"],
    [4, null, null, "800", "default multiplier 1"],
    [4, 0.5, null, "800", "max(1, multiplier)"],
    [4, 1.5, "docs", "1200", "200 × 1.5 × 4"],
    [8, 10, "note", "100", "the note's 100 IO per node"],
    [8, 10, "NOTE", "100", "case-insensitive"],
    [0, 1, null, OOR("gpus"), "at least one GPU"],
    [2.5, 1, null, BAD("gpus"), "whole GPUs"],
    [8, -1, null, OOR("earning_multiplier"), "negative multiplier"],
    [8, 1, "whitepaper", ENUM("rule"), "unknown rule"],
  ])("(%p, %p, %p) = %p  [%s]", (g, m, r, expected) => check(() => io.minStake(g, m, r), expected));
});

describe("IO_RENTER_COST", () => {
  it.each<[unknown, unknown, unknown, unknown, Expect, string]>([
    [1000, 1, null, null, "1022.5", "REFERENCE A.4 [IO-14]"],
    [1000, null, null, null, "1022.5", "default all USDC"],
    [1000, 0, null, null, "1002.5", "all in IO: reservation fee only"],
    [1000, 0.5, null, null, "1012.5", "mixed payment pro-rated"],
    [1000, 1, 0.01, 0.03, "1040", "custom fees"],
    [1000, 1.1, null, null, OOR("usdc_share"), "usdc_share above 1"],
    [1000, -0.1, null, null, OOR("usdc_share"), "usdc_share below 0"],
    [-1, 1, null, null, OOR("reservation_total"), "negative reservation"],
    [1000, 1, 2, null, OOR("reservation_fee"), "fee above 1"],
  ])("(%p, %p, %p, %p) = %p  [%s]", (r, s, rf, uf, expected) => check(() => io.renterCost(r, s, rf, uf), expected));
});

describe("IO_SUPPLIER_PAYOUT", () => {
  it.each<[unknown, unknown, unknown, unknown, Expect, string]>([
    [1000, 0, null, null, "997.5", "REFERENCE A.4 [IO-15]"],
    [1000, null, null, null, "977.5", "default all USDC: 1000 × (1 − 0.0225)"],
    [1000, 0.25, null, null, "992.5", "mixed: 1000 × (1 − 0.0025 − 0.005)"],
    [1000, 1, 0.5, 0.5, "0", "fees of exactly 100%"],
    [1000, 1, 0.6, 0.5, OOR("usdc_fee"), "fees above 100% would make the payout negative"],
    [1000, 2, null, null, OOR("usdc_share"), "usdc_share above 1"],
  ])("(%p, %p, %p, %p) = %p  [%s]", (r, s, rf, uf, expected) => check(() => io.supplierPayout(r, s, rf, uf), expected));
});

describe("IO_NETWORK_REVENUE", () => {
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [1000, null, null, "45", "REFERENCE A.4: 1000 × (0.005 + 0.02 × 2)"],
    [1000, 0, 0, "5", "both sides in IO: reservation fees only"],
    [1000, 1, 0, "25", "renter in USDC, supplier in IO"],
    [1000, 0.5, 0.25, "20", "1000 × (0.005 + 0.02 × 0.75)"],
    [1000, 1.5, 0, OOR("renter_usdc_share"), "share above 1"],
    [1000, 0, -1, OOR("supplier_usdc_share"), "share below 0"],
  ])("(%p, %p, %p) = %p  [%s]", (r, a, b, expected) => check(() => io.networkRevenue(r, a, b), expected));
});

describe("IO_BURN", () => {
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [45, 2.5, null, "18", "45 / 2.5"],
    [1000, 2, 0.5, "250", "1000 × 0.5 / 2"],
    [1000, 2, 0, "0", "nothing burned"],
    [1000, 0, null, OOR("io_price_usd"), "price 0"],
    [-5, 2, null, OOR("revenue_usd"), "negative revenue"],
    [1000, 2, 1.5, OOR("burn_share"), "share above 1"],
  ])("(%p, %p, %p) = %p  [%s]", (r, p, s, expected) => check(() => io.burn(r, p, s), expected));
});
