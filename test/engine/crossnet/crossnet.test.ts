/**
 * Cross-network (DEPIN_) functions through the generic runner, one table per function: rows
 * [inputs…, expected, source]. Expected values come from the reference cases of the underlying network
 * rules (io.net supplier fees, Akash x/take, Clore host payout) or from derivations in the source column.
 */
import fc from "fast-check";
import { D } from "../../../src/engine/core/decimal";
import { catalog, ENGINE_VERSION, REGISTRY_DATE } from "../../../src/engine/catalog";
import * as crossnet from "../../../src/engine/networks/crossnet";
import { FUNCTION_BY_ID } from "../../../src/engine/functions";
import { fn } from "../../helpers/fn";
import { HostError } from "../../../src/functions/boundary";
import * as depinFns from "../../../src/functions/depin";
import { type Expect, expectRow as check, OOR, BAD, ENUM } from "../../helpers/table";

const providerNet = fn("DEPIN_PROVIDER_NET");
const paybackMonths = fn("DEPIN_PAYBACK_MONTHS");


describe("DEPIN_PROVIDER_NET", () => {
  it.each<[unknown, unknown, unknown, Expect, string | undefined, string]>([
    ["clore", 100, null, "95", undefined, "REFERENCE.md D.3 [CLR-06.host]: on demand in CLORE"],
    ["CLORE", 100, "clore", "95", undefined, "case-insensitive network and currency"],
    ["clore", 100, "BTC", "80", undefined, "100 × (1 − 0.05 − 0.15): extra hoster fee"],
    ["clore", 100, "USD", ENUM("currency"), undefined, "USD is the legacy regime's; the default regime is current"],
    ["io", 1000, "IO", "997.5", undefined, "REFERENCE.md A.4 [IO-15]: IO_SUPPLIER_PAYOUT(1000,0)"],
    ["io", 1000, null, "977.5", undefined, "REFERENCE.md A.4: 1000 × (1 − 0.0025 − 0.02), default USDC"],
    ["io", 1000, "usdc", "977.5", undefined, "USDC → usdc_share 1"],
    ["io", 1000, "BTC", ENUM("currency"), undefined, "io pays in USDC or IO"],
    ["akash", 1, null, "0.98", undefined, "REFERENCE.md C.2 [AKT-03]: 1,000,000 uakt earns 980,000"],
    ["akash", 1, "uakt", "0.98", undefined, "the chain denom"],
    ["akash", 12.345679, "ibc/USDC", "9.876544", "0.000001", "REFERENCE.md C.2 [AKT-04]: 9,876,544 micro (the chain truncates each settlement's take)"],
    ["akash", 100, "USDC", "80", undefined, "20 % for any other denom"],
    ["akash", 100, "ETH", ENUM("currency"), undefined, "not AKT, USDC or an IBC denom"],
    ["render", 100, null, ENUM("network"), undefined, "unknown network"],
    [null, 100, null, BAD("network"), undefined, "network is required"],
    ["io", -1, null, OOR("gross"), undefined, "negative gross"],
    ["io", "x", null, BAD("gross"), undefined, "text gross"],
  ])("(%p, %p, %p) = %p", (n, g, c, expected, tol) => check(() => providerNet(n, g, c), expected, tol));
});

describe("DEPIN_PAYBACK_MONTHS", () => {
  it.each<[unknown, unknown, unknown, unknown, Expect, string | undefined, string]>([
    [7300, 1, null, null, "10", undefined, "7300 / (1 × 1 × 730)"],
    [3000, 0.5, 0.8, 720, "10.416666666666666", "2e-15", "3000 / 288 = 125/12 = 10.41666…: the double nearest it"],
    [0, 1, null, null, "0", undefined, "nothing to recover"],
    [1000, 0, null, null, OOR("net_per_hour"), undefined, "never pays back: net must be > 0"],
    [1000, 1, 0, null, OOR("utilization"), undefined, "utilization must be > 0"],
    [1000, 1, 1.2, null, OOR("utilization"), undefined, "utilization at most 1"],
    [1000, 1, null, 0, OOR("hours_per_month"), undefined, "hours must be > 0"],
    [-1, 1, null, null, OOR("capex"), undefined, "negative capex"],
  ])("(%p, %p, %p, %p) = %p", (c, n, u, h, expected, tol) => check(() => paybackMonths(c, n, u, h), expected, tol));

  it("is inversely proportional to the net per hour and to utilisation", () => {
    const pos = fc.double({ min: 0.001, max: 1e6, noNaN: true, noDefaultInfinity: true });
    const util = fc.double({ min: 0.01, max: 1, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(pos, pos, util, (capex, net, u) => {
        const m = new D(paybackMonths(capex, net, u, null) as number);
        // the double nearest the exact quotient: relative error at most 2^-53
        expect(m.mul(net).mul(u).mul(730).minus(capex).abs().lte(Math.max(capex, 1e-300) * 2 ** -52)).toBe(true);
      })
    );
  });
});

describe("DEPIN_PAYBACK_MONTHS fast path", () => {
  /** The decimal path written out in decimal.js: capex / (net × utilization × hours), to the nearest double. */
  const reference = (c: number, n: number, u: number, h: number) => new D(c).div(new D(n).mul(u).mul(h)).toNumber();
  it("is the decimal path's double, bit for bit, on short decimals (one division of exact integers) and on any double", () => {
    const short = (max: number, k: number) => fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: k })).map(([m, j]) => m / 10 ** j);
    const positive = (x: fc.Arbitrary<number>) => x.filter((v) => v > 0);
    const anyDouble = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    const capex = fc.oneof(short(1e12, 4), anyDouble(0, 1e15), fc.constantFrom(0, -0));
    const net = positive(fc.oneof(short(1e6, 6), anyDouble(1e-9, 1e6)));
    const util = positive(fc.oneof(short(100, 2).map((x) => Math.min(x, 1)), anyDouble(1e-6, 1)));
    const hours = positive(fc.oneof(short(87600, 1), anyDouble(1e-3, 1e5)));
    fc.assert(
      fc.property(capex, net, util, hours, (c, n, u, h) => {
        expect(Number(paybackMonths(c, n, u, h))).toBe(reference(c, n, u, h));
      }),
      { numRuns: 5000 }
    );
  });
  it("is the decimal path's double, bit for bit, on typed inputs (double-double with a rounding test)", () => {
    const typed = (max: number, k: number) => fc.integer({ min: 1, max }).map((m) => m / 10 ** k);
    fc.assert(
      fc.property(typed(1e9, 2), typed(1e6, 4), typed(100, 2), typed(8760, 1), (c, n, u, h) => {
        const uu = Math.min(u, 1);
        expect(Number(paybackMonths(c, n, uu, h))).toBe(new D(c).div(new D(n).mul(uu).mul(h)).toNumber());
      }),
      { numRuns: 3000, seed: 42 }
    );
  });
});

describe("DEPIN_PROVIDER_NET akash leg", () => {
  it("is gross − gross × rate / 100 in decimal.js, bit for bit (rate 2 % in AKT, 20 % otherwise)", () => {
    const gross = fc.integer({ min: 0, max: 1e13 }).chain((m) => fc.integer({ min: 0, max: 6 }).map((k) => m / 10 ** k));
    fc.assert(
      fc.property(gross, fc.constantFrom<[string | null, number]>([null, 2], ["uakt", 2], ["ibc/USDC", 20], ["USDC", 20]), (g, [c, pct]) => {
        const d = new D(g);
        expect(providerNet("akash", g, c)).toBe(d.minus(d.mul(pct).div(100)).toNumber());
      }),
      { numRuns: 2000 }
    );
  });
});

describe("DEPIN_PROVIDER_NET invariants", () => {
  it("the provider never keeps more than the gross, nor less than 0", () => {
    const gross = fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true });
    const combo = fc.constantFrom<[string, string | null]>(
      ["io", null], ["io", "IO"], ["clore", null], ["clore", "BTC"], ["clore", "USDT"], ["akash", null], ["akash", "ibc/X"]
    );
    fc.assert(
      fc.property(gross, combo, (g, [n, c]) => {
        const net = new D(String(providerNet(n, g, c))); // a double or a Decimal
        expect(net.lte(g) && net.gte(0)).toBe(true);
      })
    );
  });
});

describe("DEPIN_EXPLAIN", () => {
  const rows = (name: unknown) => crossnet.explain(name, catalog);

  it.each<[unknown, string]>([
    ["CLORE_POH_DISCOUNT", "plain id"],
    ["DEPIN.CLORE_POH_DISCOUNT", "namespaced"],
    ["=DEPIN.clore_poh_discount", "formula form, lower case"],
    ["  =depin.CLORE_POH_DISCOUNT(A1) ", "with arguments and spaces"],
  ])("accepts %p (%s)", (name) => {
    const r = rows(name);
    expect(r[0]).toEqual(["function", "DEPIN.CLORE_POH_DISCOUNT"]);
    expect(r).toContainEqual(["formula", catalog.CLORE_POH_DISCOUNT!.formula]);
    expect(r).toContainEqual(["as of", catalog.CLORE_POH_DISCOUNT!.asOf]);
    expect(r).toContainEqual(["source", catalog.CLORE_POH_DISCOUNT!.source]);
    expect(r).toContainEqual(["rounding", catalog.CLORE_POH_DISCOUNT!.rounding]);
  });

  it("shows each default with value, unit, confidence, source and retrieval date", () => {
    const row = rows("CLORE_POH_DISCOUNT").find((x) => x[0] === "default: poh_full_holding")!;
    expect(row[1]).toContain("2000000 CLORE");
    expect(row[1]).toContain("documented");
    expect(row[1]).toContain("https://docs.clore.ai/");
    expect(row[1]).toContain("retrieved 2026-11-24");
  });

  it.each<[unknown, Expect, string]>([
    ["NOPE", BAD("function_name"), "unknown name"],
    ["CLORE_NOPE", BAD("function_name"), "unknown name in a known family"],
    [null, BAD("function_name"), "required"],
  ])("(%p) = %p  [%s]", (name, expected) => check(() => rows(name).length, expected));

  it("an unknown name says how to find the names (and lists the family)", () => {
    expect(() => rows("CLORE_NOPE")).toThrow(/function reference.*"=DEPIN\.".*CLORE_BLOCK_REWARD/);
  });

  it("explains every function of the catalog as a 2-column text table", () => {
    for (const id of Object.keys(catalog)) {
      const r = rows(id);
      expect(r[0]).toEqual(["function", `DEPIN.${id}`]);
      for (const row of r) {
        expect(row).toHaveLength(2);
        expect(typeof row[1]).toBe("string");
      }
    }
  });

  it("through the adapter: spills, and an unknown name is #VALUE!", () => {
    expect(depinFns.depinExplain("DEPIN_VERSION")[0]).toEqual(["function", "DEPIN.DEPIN_VERSION"]);
    let err: unknown;
    try {
      depinFns.depinExplain("XYZ");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe("#VALUE!");
  });
});

describe("DEPIN_VERSION", () => {
  it("dates the registry by its newest record: no documented default or constant was retrieved later", () => {
    const dates = Object.values(catalog).flatMap((d) => Object.values(d.params).map((p) => p.retrieved));
    expect(REGISTRY_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dates.filter((d) => d > REGISTRY_DATE)).toEqual([]);
    expect(dates).toContain(REGISTRY_DATE);
  });
  it("is one text: engine version and parameter-registry date from the catalog", () => {
    expect(depinFns.depinVersion()).toBe(`depin-engine ${ENGINE_VERSION} (parameters ${REGISTRY_DATE})`);
    expect(depinFns.depinVersion()).toMatch(/^depin-engine \d+\.\d+\.\d+ \(parameters \d{4}-\d{2}-\d{2}\)$/);
  });
});

describe("docs records", () => {
  const ids = ["DEPIN_PROVIDER_NET", "DEPIN_PAYBACK_MONTHS", "DEPIN_EXPLAIN", "DEPIN_VERSION"];
  it("the four DEPIN_ functions are declared, and the catalog carries their documentation", () => {
    for (const id of ids) {
      expect(FUNCTION_BY_ID.get(id)?.doc.formula).toBe(catalog[id]!.formula);
      expect(catalog[id]!.source).not.toMatch(/REFERENCE\.md|OFFICE_NOTES|seed\//);
    }
  });
  it.each(ids)("%s has a formula, an as-of date and dated provenance", (id) => {
    const d = catalog[id]!;
    expect(d.formula.length).toBeGreaterThan(0);
    expect(d.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const p of Object.values(d.params)) expect(p.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
