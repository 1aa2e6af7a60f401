/**
 * Clore.ai engine functions (REFERENCE.md §D), one table per function: rows [inputs…, expected, source].
 * Expected values come from REFERENCE.md worked examples, the chain's hard-coded consensus values
 * (Clore-ai/Clore@58d3d99b src/validation.cpp), the docs, or derivations written in the source column.
 */
import fc from "fast-check";
import { D } from "../../../src/engine/core/decimal";
import { exactPowDouble, powDouble, powDoubleDecimal } from "../../../src/engine/networks/clore/chain-pow";
import { emitted as emittedDecimal } from "../../../src/engine/networks/clore/formulas";
import { functions } from "../../../src/engine/networks/clore/functions";
import { fn } from "../../helpers/fn";
import { type Expect, expectRow as check, OOR, BAD, ENUM } from "../../helpers/table";
import { doubleParts, oracleChainSubsidySat, oraclePowDouble, oracleSubsidySat, Q_MANTISSA, satToClore } from "./subsidy-oracle";

const blockReward = fn("CLORE_BLOCK_REWARD");
const emitted = fn("CLORE_EMITTED");
const rewardSplit = fn("CLORE_REWARD_SPLIT");
const pohDiscount = fn("CLORE_POH_DISCOUNT");
const renterCost = fn("CLORE_RENTER_COST");
const hostPayout = fn("CLORE_HOST_PAYOUT");
const platformFee = fn("CLORE_PLATFORM_FEE");
const pohReward = fn("CLORE_POH_REWARD");
const mfpBasket = fn("CLORE_MFP_BASKET");


const WIN_TABLE = "Clore-ai/Clore@58d3d99b src/validation.cpp consensus table (is_windows)";

describe("CLORE_BLOCK_REWARD", () => {
  it.each<[unknown, Expect, string]>([
    [0, "541.93019856", "REFERENCE.md D.1 [CLR-01]: S(0) = R0"],
    [76084, "525.01147075", "REFERENCE.md D.1 [CLR-02]; chain table nHeight==76084 → 52501147075"],
    [2670118, "178.04681685", "REFERENCE.md D.1: equal to the consensus table, 17804681685 sat"],
    [1316801, "312.99996314", "REFERENCE.md D.1: chain 31,299,996,314 (the decimal base gives …313)"],
    [78768, "524.42437565", `${WIN_TABLE}: nHeight==78768 → 52442437565`],
    [86055, "522.83373432", `${WIN_TABLE}: nHeight==86055 → 52283373432`],
    [88693, "522.25908922", `${WIN_TABLE}: nHeight==88693 → 52225908922`],
    [105643, "518.58184601", `${WIN_TABLE}: nHeight==105643 → 51858184601`],
    [106421, "518.41368451", `${WIN_TABLE}: nHeight==106421 → 51841368451`],
    [120307, "515.4214383", `${WIN_TABLE}: nHeight==120307 → 51542143830`],
    [157709, "507.44744093", `${WIN_TABLE}: nHeight==157709 → 50744744093`],
    [198661, "498.85800809", `${WIN_TABLE}: nHeight==198661 → 49885800809`],
    [282695, "481.68496138", `${WIN_TABLE}: nHeight==282695 → 48168496138`],
    [334849, "471.32547397", `${WIN_TABLE}: nHeight==334849 → 47132547397`],
    [405950, "457.5604681", `${WIN_TABLE}: nHeight==405950 → 45756046810`],
    [503927, "439.24855027", `${WIN_TABLE}: nHeight==503927 → 43924855027`],
    [616620, "419.09061245", `${WIN_TABLE}: nHeight==616620 → 41909061245`],
    [707394, "403.52814848", `${WIN_TABLE}: nHeight==707394 → 40352814848`],
    [812383, "386.24795637", `${WIN_TABLE}: nHeight==812383 → 38624795637`],
    [903580, "371.83949353", `${WIN_TABLE}: nHeight==903580 → 37183949353`],
    [991090, "358.51913895", `${WIN_TABLE}: nHeight==991090 → 35851913895`],
    [118550, "515.7990917", "chain double reading (BigInt oracle oracleChainSubsidySat): 51579909170; the exact product floors to …169"],
    [1, satToClore(oracleChainSubsidySat(1)), "BigInt chain-double oracle (subsidy-oracle.ts)"],
    [10519200, satToClore(oracleChainSubsidySat(10519200)), "BigInt chain-double oracle: 20 years of 1-minute blocks"],
    [59000000, satToClore(oracleChainSubsidySat(59000000)), "BigInt chain-double oracle: the last satoshis"],
    [2 ** 27 - 1, "0", "BigInt oracle: R0·q^(2^27−1) < 1 satoshi"],
    [2 ** 27, "0", "beyond the tables: 0 (S never increases)"],
    [1e12, "0", "very large heights give 0"],
    ["76084", "525.01147075", "numeric text"],
    [-1, OOR("height"), "negative height"],
    [1.5, BAD("height"), "fractional height"],
    [null, BAD("height"), "height is required"],
    ["abc", BAD("height"), "text height"],
  ])("(%p) = %p  [%s]", (h, expected) => check(() => blockReward(h), expected));

  it("the oracles agree that 2^27 − 1 gives 0", () => {
    expect(oracleSubsidySat(2 ** 27 - 1)).toBe(0n);
    expect(oracleChainSubsidySat(2 ** 27 - 1)).toBe(0n);
  });
});

describe("the chain's double reading against the exact product (every height below 10 million)", () => {
  /**
   * The chain computes trunc(fl(R0 × fl(q^h))) in doubles (fl = round to nearest even); the exact reading is
   * ⌊R0 × q^h⌋. They differ only where an integer lies between the exact product E and the chain's product C,
   * and |C − E| ≤ R0 × 2^−54 (P's rounding, q^h < 1) + 2^−18 (the product's rounding, C < 2^36) < 6.8e-6 < 2^−16.
   * So every such height has frac(E) within 2^−16 of an integer. The scan walks E exactly enough to filter:
   * p_h = ⌊p_{h−1} × m / 2^53⌋ in 120-bit fixed point (q = m / 2^53 exactly) is a lower bound of q^h within
   * h × 2^−120 < 1e-29 relative, i.e. < 1e-18 satoshi after × R0, far inside the 2^−16 window. Each
   * candidate is then decided by the BigInt interval oracles (exact floor and chain-double reading).
   */
  const LIMIT = 10_000_000;
  const K = 120n;
  const MASK = (1n << K) - 1n;
  const WINDOW = 1n << (K - 16n);
  const R0 = 54193019856n;

  const candidates: number[] = [];
  let differing: number[] = [];
  beforeAll(() => {
    let p = 1n << K;
    for (let h = 0; h < LIMIT; h++) {
      const frac = (R0 * p) & MASK;
      if (frac < WINDOW || frac > MASK - WINDOW) candidates.push(h);
      p = (p * Q_MANTISSA) >> 53n;
    }
    differing = candidates.filter((h) => oracleSubsidySat(h) !== oracleChainSubsidySat(h));
  }, 120_000);

  it("finds the few heights where the readings differ, 118,550 among them", () => {
    expect(candidates.length).toBeGreaterThan(differing.length);
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.length).toBeLessThan(100);
    expect(differing).toContain(118550);
  });

  it("CLORE_BLOCK_REWARD gives the chain's reading at each of them (and at every near-integer candidate)", () => {
    for (const h of candidates) expect([h, blockReward(h).toString()]).toEqual([h, satToClore(oracleChainSubsidySat(h))]);
    for (const h of differing) expect(blockReward(h).toString()).not.toBe(satToClore(oracleSubsidySat(h)));
  });

  it("CLORE_REWARD_SPLIT uses the same subsidy: the chain split of the differing heights halves the chain's satoshi", () => {
    for (const h of differing) {
      const half = oracleChainSubsidySat(h) / 2n; // 50 % each side, integer division
      expect(rewardSplit(h, "chain").map((r: unknown[]) => r[1]!.toString())).toEqual([satToClore(half), satToClore(half)]);
      const docs = rewardSplit(h, "docs").map((r: unknown[]) => r[1] as InstanceType<typeof D>);
      expect(docs.reduce((a: InstanceType<typeof D>, b: InstanceType<typeof D>) => a.plus(b)).toString()).toBe(satToClore(oracleChainSubsidySat(h)));
    }
  });
});

describe("correctly rounded pow(q, h) (chain-pow.ts)", () => {
  it.each([0, 1, 2, 511, 512, 513, 76084, 118550, 262143, 262144, 1316801, 5022958, 2 ** 27 - 1])(
    "double-double path = decimal-table path = exact path = BigInt interval rounding at h = %p",
    (h) => {
      const expected = h === 0 ? [1n << 52n, -52n] : oraclePowDouble(h);
      expect(doubleParts(powDouble(h))).toEqual(expected);
      expect(doubleParts(powDoubleDecimal(h))).toEqual(expected);
      expect(doubleParts(exactPowDouble(h))).toEqual(expected);
    }
  );

  it("the double-double path equals the BigInt interval rounding at random heights below 2^27", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 27 - 1 }), (h) => {
        expect(doubleParts(powDouble(h))).toEqual(oraclePowDouble(h));
      }),
      { numRuns: 3000 }
    );
  });
});

describe("CLORE_EMITTED", () => {
  it.each<[unknown, Expect, string | number, string]>([
    [10519200, "1283800405.618712", "0.001", "REFERENCE.md D.1 [CLR-04]"],
    [0, "0", "0", "no blocks, nothing emitted"],
    [1, "541.93019856", "1e-25", "one block: R0/1e8 (closed form, (1 − (1 − d))/d = 1)"],
    [2, "1083.860171205892242336", "1e-18", "(R0 + R0(1 − d))/1e8 = (2·54193019856 − R0·d)/1e8, R0·d = 22591.41077576637085 sat (Python decimal, 60 digits)"],
    [1e9, "1300000000.116496509599", "1e-9", "limit R0/d/1e8 (computed by hand at 60 digits: 54193019856 / 4.16869383470335516820784579547498616e-7 / 1e8)"],
    [-5, OOR("height"), 0, "negative"],
    [2.5, BAD("height"), 0, "fractional"],
  ])("(%p) = %p  [%s]", (h, expected, tol) => {
    // The 40-digit formula to the stated tolerance; the function gives that value's double (a 1e-16 relative step).
    if (typeof expected === "string") check(() => emittedDecimal(h as number), expected, tol);
    check(() => emitted(h), expected, typeof expected === "string" ? D(expected).abs().mul("2.3e-16").plus(tol).toString() : undefined);
  });
});

describe("CLORE_REWARD_SPLIT", () => {
  const split = (h: unknown, s: unknown) => rewardSplit(h, s).map((r: unknown[]) => [r[0], String(r[1])]);

  it.each<[unknown, unknown, (string | number)[][], string]>([
    [76084, null, [["miner", "262.50573537"], ["community", "262.50573537"]], "REFERENCE.md D.2 [CLR-03.split]: 1 satoshi lost"],
    [76084, "CHAIN", [["miner", "262.50573537"], ["community", "262.50573537"]], "case-insensitive scheme"],
    [0, "chain", [["miner", "270.96509928"], ["community", "270.96509928"]], "54193019856 / 2 = 27096509928 each"],
    [
      0,
      "docs",
      [["miners", "270.96509928"], ["PoH staking", "108.386039712"], ["MFP lock", "108.386039712"], ["developers", "54.193019856"]],
      "docs page: 50/20/20/10 % of 541.93019856",
    ],
  ])("(%p, %p)  [%s]", (h, s, rows) => {
    expect(split(h, s)).toEqual(rows);
  });

  it.each<[unknown, unknown, Expect, string]>([
    [76084, "docs_v2", ENUM("scheme"), "unknown scheme"],
    [-1, null, OOR("height"), "negative height"],
  ])("(%p, %p) = %p  [%s]", (h, s, expected) => check(() => rewardSplit(h, s).length, expected));
});

describe("CLORE_POH_DISCOUNT", () => {
  it.each<[unknown, Expect, string]>([
    [1000000, "0.25", "REFERENCE.md D.3 [CLR-05]"],
    [500000, "0.13", "REFERENCE.md D.3: 12.5 rounds up (banker's would give 0.12)"],
    [0, "0", "no holding"],
    [null, BAD("holding"), "holding is required"],
    [2000000, "0.5", "full reduction at 2M"],
    [5000000, "0.5", "capped at 50 %"],
    [19999, "0", "0.49995 % rounds to 0"],
    [20000, "0.01", "0.5 % rounds up to 1 %"],
    [1999999, "0.5", "49.999975 % rounds to 50"],
    [-1, OOR("holding"), "negative holding"],
  ])("(%p) = %p  [%s]", (x, expected) => check(() => pohDiscount(x), expected));
});

describe("CLORE_RENTER_COST", () => {
  it.each<[unknown, unknown, unknown, unknown, Expect, string]>([
    [100, "on_demand", null, null, "105", "REFERENCE.md D.3 [CLR-06.renter]"],
    [100, null, null, null, "105", "default order type on demand"],
    [100, "SPOT", null, null, "101.25", "spot: 100 × (1 + 0.0125)"],
    [100, "on_demand", 1000000, null, "103.75", "25 % PoH discount: 5 % → 3.75 %"],
    [100, "on_demand", 2000000, "current", "102.5", "50 % PoH discount"],
    [100, "on_demand", null, "legacy", "100", "legacy: the fee is withheld from the host"],
    [0, "spot", null, null, "0", "zero price"],
    [-1, "spot", null, null, OOR("price"), "negative price"],
    [100, "reserved", null, null, ENUM("order_type"), "unknown order type"],
    [100, "spot", -5, null, OOR("renter_poh"), "negative holding"],
    [100, "spot", null, "2023", ENUM("regime"), "unknown regime"],
  ])("(%p, %p, %p, %p) = %p  [%s]", (p, o, poh, r, expected) => check(() => renterCost(p, o, poh, r), expected));
});

describe("CLORE_HOST_PAYOUT", () => {
  it.each<[unknown, unknown, unknown, unknown, unknown, unknown, Expect, string]>([
    [100, "on_demand", "CLORE", null, null, null, "95", "REFERENCE.md D.3 [CLR-06.host]"],
    [100, "on_demand", "CLORE", 1000000, null, null, "96.25", "REFERENCE.md D.3 [CLR-07.host]: 5 % → 3.75 %"],
    [100, null, null, null, null, null, "95", "all defaults"],
    [100, "on_demand", "btc", null, null, null, "80", "100 × (1 − 0.05 − 0.15): extra hoster fee"],
    [100, "spot", "USDT", null, null, null, "83.75", "100 × (1 − 0.0125 − 0.15)"],
    [100, "on_demand", "USDC", null, 0.5, null, "87.5", "half the extra fee waived: 100 × (1 − 0.05 − 0.075)"],
    [100, "on_demand", "USDC", 2000000, 1, null, "97.5", "full PoH and MFP: 100 × (1 − 0.025)"],
    [100, "on_demand", "BTC", null, null, "legacy", "90", "legacy on demand 10 %"],
    [200, "spot", null, null, null, "legacy", "195", "legacy spot 2.5 %: 200 − 5"],
    [100, "spot", "USD", null, null, "legacy", "80.5", "legacy USD 19.5 % whatever the order type"],
    [100, "on_demand", "USD", null, null, null, ENUM("currency"), "USD is legacy only"],
    [100, "on_demand", "EUR", null, null, "legacy", ENUM("currency"), "unknown currency"],
    [100, "on_demand", "BTC", null, 1.5, null, OOR("mfp_reduction"), "mfp above 1"],
    [100, "on_demand", "BTC", -1, null, null, OOR("host_poh"), "negative holding"],
  ])("(%p, %p, %p, %p, %p, %p) = %p  [%s]", (p, o, c, poh, mfp, r, expected) =>
    check(() => hostPayout(p, o, c, poh, mfp, r), expected)
  );

  it("names the valid values when USD is used under the current regime", () => {
    expect(() => hostPayout(100, null, "usd", null, null, null)).toThrow(
      '[DEPIN] currency "USD" is only valid with regime "legacy"; with regime "current" currency must be one of "CLORE", "BTC", "USDT", "USDC" (got "usd")'
    );
  });
});

describe("CLORE_PLATFORM_FEE", () => {
  it.each<[unknown, unknown, unknown, unknown, unknown, unknown, unknown, Expect, string]>([
    [100, "on_demand", "CLORE", null, null, null, null, "10", "REFERENCE.md D.3 [CLR-06.platform]"],
    [100, "on_demand", "CLORE", null, 1000000, null, null, "8.75", "REFERENCE.md D.3 [CLR-07.platform]"],
    [200, "spot", null, null, null, null, "legacy", "5", "REFERENCE.md D.3 [CLR-08]"],
    [100, "on_demand", "USD", null, null, null, "legacy", "19.5", "legacy USD whatever the order type"],
    [100, "spot", "usd", null, null, null, "LEGACY", "19.5", "case-insensitive"],
    [100, "on_demand", "BTC", null, null, null, null, "25", "5 + 5 + 15"],
    [100, "spot", "CLORE", 2000000, 2000000, null, null, "1.25", "spot with both sides at 50 %: 0.625 + 0.625"],
    [100, "on_demand", "USDC", 500000, 500000, 0.2, null, "20.7", "2 × 5 × 0.87 + 15 × 0.8"],
    [100, "on_demand", "USD", null, null, null, null, ENUM("currency"), "USD is legacy only"],
  ])("(%p, %p, %p, %p, %p, %p, %p) = %p  [%s]", (p, o, c, rp, hp, mfp, r, expected) =>
    check(() => platformFee(p, o, c, rp, hp, mfp, r), expected)
  );
});

describe("CLORE_POH_REWARD", () => {
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [1000, 100000, null, "800", "1 % of the 80,000 CLORE daily pool (docs PoH page)"],
    [1000, 100000, 50000, "500", "custom pool"],
    [0, 100000, null, "0", "no stake"],
    [100000, 100000, null, "80000", "the whole pool"],
    [1, 3, 1, "0.3333333333333333", "1/3: the double nearest it (what Excel always received)"],
    [200, 100, null, OOR("user_staked"), "user above total"],
    [1, 0, null, OOR("total_staked"), "total must be > 0"],
    [-1, 10, null, OOR("user_staked"), "negative stake"],
    [1, 10, -1, OOR("daily_pool"), "negative pool"],
  ])("(%p, %p, %p) = %p  [%s]", (u, t, pool, expected) => check(() => pohReward(u, t, pool), expected));
});

describe("exact small-decimal paths against decimal.js, bit for bit", () => {
  // Prices as a renter types them: up to 6 decimals; holdings and pools whole CLORE or with 2 decimals.
  const price = fc.integer({ min: 0, max: 1e12 }).chain((m) => fc.integer({ min: 0, max: 6 }).map((k) => m / 10 ** k));
  it("CLORE_PLATFORM_FEE / CLORE_HOST_PAYOUT legacy: price × rate and price − price × rate (rates 0.025, 0.10, 0.195; the note, 2024)", () => {
    const RATE: Record<string, string> = { spot: "0.025", on_demand: "0.10", USD: "0.195" };
    fc.assert(
      fc.property(price, fc.constantFrom("spot", "on_demand"), fc.constantFrom("CLORE", "USD"), (p, o, c) => {
        const rate = new D(RATE[c === "USD" ? "USD" : o]!);
        expect(platformFee(p, o, c, null, null, null, "legacy")).toBe(new D(p).mul(rate).toNumber());
        expect(hostPayout(p, o, c, null, null, "legacy")).toBe(new D(p).minus(new D(p).mul(rate)).toNumber());
      }),
      { numRuns: 2000 }
    );
  });
  it("CLORE_POH_REWARD: user × pool / total, including a zero stake or pool", () => {
    const amount = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e11 }).map((m) => m / 100));
    fc.assert(
      fc.property(amount, amount, amount, (a, b, pool) => {
        const [u, t] = a <= b ? [a, b] : [b, a];
        fc.pre(t > 0);
        expect(Object.is(pohReward(u, t, pool), new D(u).mul(pool).div(t).toNumber())).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });
});

describe("CLORE_MFP_BASKET", () => {
  it.each<[unknown, unknown, unknown, Expect, string]>([
    [313, 1440, 0.1, "45072", "REFERENCE.md D.4 [CLR-09]; docs: 45 072 CLORE per day"],
    [313, null, null, "45072", "defaults 1,440 and 0.10"],
    [0, null, null, "0", "no reward"],
    [313, 1440, 1.1, OOR("basket_share"), "share above 1"],
    [-1, null, null, OOR("reward_per_block"), "negative reward"],
    [313, -1, null, OOR("blocks_per_day"), "negative blocks"],
  ])("(%p, %p, %p) = %p  [%s]", (r, b, s, expected) => check(() => mfpBasket(r, b, s), expected));
});

describe("declarations (src/engine/networks/clore/functions.ts)", () => {
  const ids = [
    "CLORE_BLOCK_REWARD",
    "CLORE_EMITTED",
    "CLORE_REWARD_SPLIT",
    "CLORE_POH_DISCOUNT",
    "CLORE_RENTER_COST",
    "CLORE_HOST_PAYOUT",
    "CLORE_PLATFORM_FEE",
    "CLORE_POH_REWARD",
    "CLORE_MFP_BASKET",
    "CLORE_POH_POOL",
    "CLORE_POH2_WEIGHT",
    "CLORE_GPU_POH_LIMIT",
    "CLORE_MFP_LOCK",
  ];
  it("declares exactly the thirteen CLORE_ functions of SPEC §4.2 and §4.6, once each, in catalog order", () => {
    expect(functions.map((d) => d.id)).toEqual(ids);
  });
  it.each(ids)("%s has a formula, dated provenance, a primary source and a rounding policy", (id) => {
    const d = functions.find((x) => x.id === id)!.doc;
    expect(d.formula.length).toBeGreaterThan(0);
    expect(d.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(d.rounding.length).toBeGreaterThan(0);
    expect(d.source).not.toMatch(/REFERENCE\.md|seed\/|\.\.\/shared/);
    for (const p of Object.values(d.params ?? {})) {
      expect(p.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["documented", "derived", "estimate"]).toContain(p.confidence);
      expect(p.source.length).toBeGreaterThan(0);
    }
  });
});
