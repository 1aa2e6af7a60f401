/**
 * Akash engine functions (REFERENCE.md §C), one table per function: rows [inputs…, expected, source].
 * Expected values come from REFERENCE.md worked examples or from independent derivations given in the
 * source column (closed forms evaluated by hand or with 40-digit mpmath, never with this code).
 */
import { functionDoc } from "../../../src/engine/core/render";
import { functions } from "../../../src/engine/networks/akash";
import { fn } from "../../helpers/fn";
import { type Expect, expectRow as check, OOR, BAD } from "../../helpers/table";

/**
 * One unit in the last place of the double nearest x. The functions return the double nearest their exact
 * result (half an ulp from a 28-digit mpmath value), which the check reads as its shortest decimal (up to half
 * an ulp from the double); x is not near a power of two.
 */
const ulp = (x: string): number => 2 ** (Math.floor(Math.log2(Math.abs(Number(x)))) - 52);

describe("AKT_TAKE_FEE", () => {
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [1000, 0.2, 0.9, "20", "REFERENCE.md C.1 [AKT-01]"],
    [500, 0.2, 0, "100", "REFERENCE.md C.1 [AKT-02]"],
    [500, 0.2, null, "100", "blank discount = default 0"],
    ["500", "0.2", "", "100", "numeric text, blank text discount"],
    [0, 1, 0, "0", "zero amount"],
    [500, 1.2, 0, OOR("take_rate"), "rate above 1"],
    [500, 0.2, -0.1, OOR("discount"), "discount below 0"],
    [-1, 0.2, 0, OOR("amount"), "negative amount"],
    ["abc", 0.2, 0, BAD("amount"), "text amount"],
    [null, 0.2, 0, BAD("amount"), "amount is required"],
  ])("(%p, %p, %p) = %p  [%s]", (a, r, d, expected) => check(() => fn("AKT_TAKE_FEE")(a, r, d), expected));
});

describe("AKT_MAKE_FEE", () => {
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [1000, 0.05, 0.9, "5", "REFERENCE.md C.1 [AKT-01]"],
    [500, 0, 0, "0", "REFERENCE.md C.1 [AKT-02]"],
    [200, 0.1, null, "20", "200 × 0.1 × 1"],
    [200, 0.1, 1, "0", "full discount"],
    [200, -0.1, 0, OOR("make_rate"), "negative make rate"],
    [200, 0.1, 2, OOR("discount"), "discount above 1"],
  ])("(%p, %p, %p) = %p  [%s]", (a, r, d, expected) => check(() => fn("AKT_MAKE_FEE")(a, r, d), expected));
});

describe("AKT_NETWORK_FEE", () => {
  it.each<[unknown, unknown, unknown, unknown, Expect, string]>([
    [1000, 0.2, 0.05, 0.9, "25", "REFERENCE.md C.1 [AKT-01]"],
    [500, 0.2, 0, 0, "100", "REFERENCE.md C.1 [AKT-02]"],
    [100, 0.1, 0.1, null, "20", "100 × 1 × 0.2"],
    [100, 0.1, null, 0, BAD("make_rate"), "make_rate is required"],
    [100, 0.1, 1.5, 0, OOR("make_rate"), "make rate above 1"],
  ])("(%p, %p, %p, %p) = %p  [%s]", (a, t, m, d, expected) => check(() => fn("AKT_NETWORK_FEE")(a, t, m, d), expected));
});

describe("AKT_PROVIDER_FEE", () => {
  it.each<[unknown, unknown, unknown, unknown, unknown, Expect, string]>([
    [1000, 0.2, 0.9, 0.05, null, "980", "REFERENCE.md C.1 [AKT-01]: F0 − F_t"],
    [500, 0.2, 0, 0, null, "400", "REFERENCE.md C.1 [AKT-02]"],
    [1000, 0.2, 0.9, 0.05, true, "975", "provider pays make: 1000 − 20 − 5"],
    [1000, 0.2, 0.9, 0.05, "TRUE", "975", "text TRUE"],
    [1000, 0.2, 0.9, 0.05, 0, "980", "0 = FALSE"],
    [1000, 0.2, null, null, null, "800", "all defaults: 1000 − 200"],
    [1000, 0.2, 0, 0.05, "maybe", BAD("provider_pays_make"), "not a boolean"],
    [1000, 0.2, 0, 1.05, false, OOR("make_rate"), "make rate above 1"],
  ])("(%p, %p, %p, %p, %p) = %p  [%s]", (a, t, d, m, p, expected) => check(() => fn("AKT_PROVIDER_FEE")(a, t, d, m, p), expected));
});

describe("AKT_ONCHAIN_TAKE_UAKT", () => {
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [1000000, null, null, "20000", "REFERENCE.md C.2 [AKT-03]"],
    [1000000, "uakt", null, "20000", "REFERENCE.md C.2 [AKT-03]"],
    [12345679, "ibc/USDC", null, "2469135", "REFERENCE.md C.2 [AKT-04]"],
    [49, "uakt", null, "0", "REFERENCE.md C.2 truncation"],
    [50, "UAKT", null, "1", "REFERENCE.md C.2 truncation, case-insensitive denom"],
    [50, " uakt ", null, "1", "denom trimmed"],
    [12345, "uakt", 10, "1234", "rate_pct override: ⌊1234.5⌋"],
    [12345, "ibc/USDC", 0, "0", "rate 0"],
    [0, null, null, "0", "zero payment"],
    [1.5, "uakt", null, BAD("amount_micro"), "non-integer micro amount"],
    [-5, "uakt", null, OOR("amount_micro"), "negative amount"],
    [100, "uakt", 101, OOR("rate_pct"), "rate above 100"],
  ])("(%p, %p, %p) = %p  [%s]", (a, d, r, expected) => check(() => fn("AKT_ONCHAIN_TAKE_UAKT")(a, d, r), expected));
});

describe("AKT_ONCHAIN_EARNINGS_UAKT", () => {
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [1000000, "uakt", null, "980000", "REFERENCE.md C.2 [AKT-03]"],
    [12345679, "ibc/USDC", null, "9876544", "REFERENCE.md C.2 [AKT-04]"],
    [49, null, null, "49", "take truncated to 0"],
    [50, null, null, "49", "take 1"],
    [12345, "uakt", 10, "11111", "12345 − 1234"],
    [1e6, "uakt", -1, OOR("rate_pct"), "negative rate"],
  ])("(%p, %p, %p) = %p  [%s]", (a, d, r, expected) => check(() => fn("AKT_ONCHAIN_EARNINGS_UAKT")(a, d, r), expected));
});

describe("AKT_MAX_SUPPLY", () => {
  it.each<[unknown, unknown, unknown, Expect, string | number, string]>([
    [null, null, null, "388539008.17779267", "0.001", "REFERENCE.md C.3 [AKT-05]"],
    [1e8, 0.5, 2, "244269504.0888963407359924681", ulp("244269504.0888963407359924681"), "1e8 (1 + 1/ln2), mpmath 40 digits"],
    [1e8, 1, 1, "244269504.0888963407359924681", ulp("244269504.0888963407359924681"), "same product I0·λ = 1"],
    [1e8, 0, null, "100000000", 0, "no inflation: M0"],
    [null, null, 0, OOR("half_life_years"), 0, "λ must be > 0"],
    [-1, null, null, OOR("initial_supply"), 0, "negative M0"],
  ])("(%p, %p, %p) = %p  [%s]", (m0, i0, l, expected, tol) => check(() => fn("AKT_MAX_SUPPLY")(m0, i0, l), expected, tol));
});

describe("AKT_SUPPLY", () => {
  it.each<[unknown, unknown, unknown, unknown, unknown, Expect, string | number, string]>([
    [1, null, null, null, null, "184511118.8584348", "0.001", "REFERENCE.md C.3 [AKT-06]"],
    [0, null, null, null, null, "100000000", 0, "t = 0: M0"],
    [2, null, null, null, "linear", "244269504.0888963407359924681", ulp("244269504.0888963407359924681"), "1e8 (1 + (2/ln2)·½), mpmath"],
    [3, null, null, null, null, "286525063.5181137332971570256", ulp("286525063.5181137332971570256"), "1e8 (1 + 2/ln2 (1 − 2^−1.5)), mpmath"],
    [1, null, null, null, "compounding", "148813182.7376468943902248830", ulp("148813182.7376468943902248830"), "calibrated I0, mpmath"],
    [1, null, null, null, "COMPOUNDING", "148813182.7376468943902248830", ulp("148813182.7376468943902248830"), "model is case-insensitive"],
    [60, null, null, null, "compounding", "388539007.6866744106507147097", ulp("388539007.6866744106507147097"), "near the shared cap, mpmath"],
    [2, null, 1, null, "compounding", "423208610.6557081882841025870", ulp("423208610.6557081882841025870"), "explicit I0 = 1: 1e8 e^(1/ln2), mpmath"],
    [1e6, null, null, 3, "compounding", "532808512.2666890222079774043", ulp("532808512.2666890222079774043"), "λ = 3 calibrated I0 reaches 1e8 (1 + 3/ln2)"],
    [-1, null, null, null, null, OOR("years"), 0, "REFERENCE.md C.3: t < 0 is an error"],
    [1, null, null, null, "exponential", { code: "UNKNOWN_REGIME", param: "model" }, 0, "unknown model"],
    [1, null, -0.1, null, "compounding", OOR("initial_inflation"), 0, "negative I0"],
  ])("(%p, %p, %p, %p, %p) = %p  [%s]", (t, m0, i0, l, m, expected, tol) =>
    check(() => fn("AKT_SUPPLY")(t, m0, i0, l, m), expected, tol)
  );
});

describe("AKT_EMISSION_RATE", () => {
  it.each<[unknown, unknown, unknown, unknown, Expect, string | number, string]>([
    [2, null, null, null, "50000000", "1e-6", "REFERENCE.md C.3 [AKT-07]"],
    [0, null, null, null, "100000000", 0, "t = 0: M0·I0"],
    [4, null, null, null, "25000000", "1e-20", "two half-lives"],
    [1, null, null, null, "70710678.11865475244008443621", ulp("70710678.11865475244008443621"), "1e8 / √2"],
    [2, 1e8, 0.5, 1, "12500000", "1e-20", "1e8 × 0.5 × 2^−2"],
    [-0.5, null, null, null, OOR("years"), 0, "negative years"],
  ])("(%p, %p, %p, %p) = %p  [%s]", (t, m0, i0, l, expected, tol) => check(() => fn("AKT_EMISSION_RATE")(t, m0, i0, l), expected, tol));
});

describe("AKT_MINT_INFLATION", () => {
  it.each<[unknown[], Expect, string | number, string]>([
    [[0.13, 0.5, 0.67, 0.13, 0.07, 0.2, 6311520], "0.1300000052261697", "1e-15", "REFERENCE.md C.4 [AKT-09]"],
    [[0.13, 0.5], "0.1300000052261697066", ulp("0.1300000052261697066"), "defaults: 0.13 + (1 − 0.5/0.67)·0.13/6311520, mpmath"],
    [[0.1, 0.67], "0.1", 0, "bonded at goal: no change"],
    [[0.2, 0.1], "0.2", 0, "rising past max is capped"],
    [[0.07, 0.9], "0.07", 0, "falling past min is floored"],
    [[0.5, 0.9, null, null, null, null, null], "0.2", 0, "far above max"],
    [[0.13, 0.5, 0], OOR("goal_bonded"), 0, "REFERENCE.md C.4: goal 0 is an error"],
    [[0.13, 1.2], OOR("bonded_ratio"), 0, "bonded ratio above 1"],
    [[0.13, 0.5, null, null, 0.3, 0.2], OOR("inflation_min"), 0, "min above max"],
    [[0.13, 0.5, null, null, null, null, 0], OOR("blocks_per_year"), 0, "no blocks"],
    [[0.13, 0.5, null, null, null, null, 10.5], BAD("blocks_per_year"), 0, "fractional blocks"],
    [[-0.01, 0.5], OOR("inflation"), 0, "negative inflation"],
  ])("%p = %p  [%s]", (a, expected, tol) => check(() => fn("AKT_MINT_INFLATION")(a[0], a[1], a[2], a[3], a[4], a[5], a[6]), expected, tol));
});

describe("AKT_BLOCK_PROVISION", () => {
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [0.04, 296512863216948, 5256000, "2256566", "REFERENCE.md C.4 [AKT-10.block]: ⌊2256566.69…⌋"],
    [0.1, 6311520000000, null, "100000", "exact: 0.1 × 6311520e6 / 6311520"],
    [0.1, 6311529999999, null, "100000", "0.1 × 6311529999999 / 6311520 = 100000.158…, floored"],
    [0, 1e15, null, "0", "no inflation"],
    [0.1, 1.5, null, BAD("total_supply"), "supply must be whole micro-units"],
    [0.1, 1e12, 0, OOR("blocks_per_year"), "no blocks"],
  ])("(%p, %p, %p) = %p  [%s]", (i, s, b, expected) => check(() => fn("AKT_BLOCK_PROVISION")(i, s, b), expected));
});

describe("AKT_DECAY_INFLATION", () => {
  it.each<[unknown[], Expect, string | number, string]>([
    [
      [35090906 / 31557600, 0.230326319830867266, 0.7324, 48.546257, 2.10306569, 0.05, 0.67, 0.05, 5256000],
      "31.9678995649023",
      "1e-12",
      "REFERENCE.md C.5 [AKT-08]: chain test expects 31.967899564902300000",
    ],
    [[0, 100, 0.67], "100", 0, "t = 0: ideal 100, bonded at goal, no change"],
    [[0, 50, 0.67], "95", 0, "floor ideal·(1 − 0.05)"],
    [[0, 200, 0.67], "105", 0, "cap ideal·(1 + 0.05)"],
    [[2, 10, 0.67], "47.5", 0, "t = λ: coef 0.5 exactly, ideal 50, floor 47.5"],
    [[0, 100, 0.5], "100.0000000052261697066", ulp("100.0000000052261697066"), "inside the band: 100 + (1 − 0.5/0.67)·0.13/6311520, mpmath"],
    [[1, 70, 0.67, null, 2, 1], "70", 0, "variance 1: band [max(0, 0), 2 × 70.7106], 70 stays"],
    [[1, 20, 0.67, null, 2, 0.5], "35.3553", 0, "coef ⌊0.7071067…⌋ = 0.707106, ideal 70.7106, floor × 0.5"],
    [[-1, 100, 0.5], OOR("years_since_genesis"), 0, "negative time"],
    [[0, 100, 0.5, 101], OOR("initial_inflation"), 0, "initial inflation above 100 %"],
    [[0, 100, 0.5, null, null, 1.5], OOR("variance"), 0, "variance above 1"],
    [[0, 100, 0.5, null, null, null, 0], OOR("goal_bonded"), 0, "goal 0"],
    [[0, 100, 0.5, null, 0], OOR("half_life_years"), 0, "λ = 0"],
  ])("%p = %p  [%s]", (a, expected, tol) =>
    check(() => fn("AKT_DECAY_INFLATION")(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]), expected, tol)
  );
});

describe("AKT_STAKING_APR", () => {
  it.each<[unknown, unknown, unknown, unknown, Expect, string]>([
    [0.13, 0.5, null, null, "0.2548", "0.13 × 0.98 / 0.5"],
    [0.1, 0.5, 0, 0.1, "0.18", "0.1 / 0.5 × 0.9"],
    [0.2, 1, 0.02, 0.05, "0.1862", "0.2 × 0.98 × 0.95"],
    [1, 0.25, 0, 0, "4", "100 % inflation is allowed"],
    [0.13, 0, null, null, OOR("bonded_ratio"), "bonded ratio 0 divides by zero"],
    [0.13, 0.5, 1.1, null, OOR("community_tax"), "tax above 1"],
    [0.13, 0.5, null, -0.1, OOR("commission"), "negative commission"],
  ])("(%p, %p, %p, %p) = %p  [%s]", (i, b, t, c, expected) => check(() => fn("AKT_STAKING_APR")(i, b, t, c), expected));
});

describe("AKT_POOL_SPLIT", () => {
  const cell = (pool: unknown, shares: unknown, labels: unknown, row: number, col: number) => () => {
    const r = fn("AKT_POOL_SPLIT")(pool, shares, labels);
    return r[row]![col]!;
  };
  it.each<[unknown, unknown, unknown, number, number, Expect, string]>([
    [1000, [[0.4, 0.2, 0.3]], null, 0, 1, "400", "REFERENCE.md C.7 example"],
    [1000, [[0.4, 0.2, 0.3]], null, 1, 1, "200", "REFERENCE.md C.7 example"],
    [1000, [[0.4, 0.2, 0.3]], null, 2, 1, "300", "REFERENCE.md C.7 example"],
    [1000, [[0.4, 0.2, 0.3]], null, 3, 1, "100", "REFERENCE.md C.7 example: unallocated"],
    [1000, [[0.4], [0.6]], null, 2, 1, "0", "column of shares summing to 1"],
    [1000, [[0.5, null]], null, 1, 1, "0", "blank share cell is 0"],
    [1000, [[0.5, 0.6]], null, 0, 1, OOR("shares"), "sum above 1"],
    [1000, [[0.5, -0.1]], null, 0, 1, OOR("shares"), "negative share"],
    [1000, [[0.5, 0.1], [0.1, 0.1]], null, 0, 1, BAD("shares"), "shares must be a row or a column"],
    [1000, null, null, 0, 1, BAD("shares"), "shares are required"],
    [-1, [[0.5]], null, 0, 1, OOR("pool_amount"), "negative pool"],
    [1000, [[0.5, 0.1]], [["a", "b", "c"]], 0, 1, BAD("labels"), "labels length differs"],
  ])("(%p, %p, %p)[%p][%p] = %p  [%s]", (p, s, l, row, col, expected) => check(cell(p, s, l, row, col), expected));

  it.each<[unknown, unknown, string[], string]>([
    [[[0.4, 0.2, 0.3]], null, ["share 1", "share 2", "share 3", "unallocated"], "default labels"],
    [[[0.4], [0.2]], [["providers"], ["stakers"]], ["providers", "stakers", "unallocated"], "labels as a column"],
    [[[0.4, 0.2]], [["providers", null]], ["providers", "share 2", "unallocated"], "a blank label cell gets its default"],
    [[[0.4, 0.2]], [[1, true]], ["1", "TRUE", "unallocated"], "non-text labels become text"],
  ])("labels of %p, %p = %p  [%s]", (s, l, expected) => {
    expect((fn("AKT_POOL_SPLIT")(1000, s, l) as unknown[][]).map((r) => r[0])).toEqual(expected);
  });
});

describe("docs", () => {
  const ids = [
    "AKT_TAKE_FEE",
    "AKT_MAKE_FEE",
    "AKT_NETWORK_FEE",
    "AKT_PROVIDER_FEE",
    "AKT_ONCHAIN_TAKE_UAKT",
    "AKT_ONCHAIN_EARNINGS_UAKT",
    "AKT_MAX_SUPPLY",
    "AKT_SUPPLY",
    "AKT_EMISSION_RATE",
    "AKT_MINT_INFLATION",
    "AKT_BLOCK_PROVISION",
    "AKT_DECAY_INFLATION",
    "AKT_STAKING_APR",
    "AKT_POOL_SPLIT",
  ];
  const BME_IDS = ["AKT_BME_MINT", "AKT_BME_SETTLE", "AKT_BME_NEW_SUPPLY", "AKT_BME_CR", "AKT_BME_STATUS", "AKT_BME_MINT_EPOCH", "AKT_LEASE_AKT"];
  const docs = Object.fromEntries(functions.map((d) => [d.id, functionDoc(d)]));
  it("the table declares exactly the 14 AKT functions of SPEC §4.4 and the 7 of §4.6", () => {
    expect(Object.keys(docs).sort()).toEqual([...ids, ...BME_IDS].sort());
  });
  it.each([...ids, ...BME_IDS])("%s has dated, sourced documentation", (id) => {
    const d = docs[id]!;
    expect(d.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(d.source.length).toBeGreaterThan(0);
    expect(d.rounding.length).toBeGreaterThan(0);
    for (const p of Object.values(d.params)) {
      expect(p.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["documented", "derived", "estimate"]).toContain(p.confidence);
    }
  });
});
