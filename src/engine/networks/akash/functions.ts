/**
 * Akash (AKT) functions, one declaration each (src/engine/core/decl.ts): arguments, result, the typed core
 * and the documentation. The generic runner validates the raw cell values against these declarations.
 */
import { run } from "../../core/arith";
import * as coerce from "../../core/coerce";
import type { Dec } from "../../core/decimal";
import { defineFunction, type FunctionDecl, type RegimeRef } from "../../core/decl";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import type { Param } from "../../core/provenance";
import * as bme from "./bme";
import * as fast from "./fast";
import * as f from "./formulas";
import { akashParams as P } from "./params";
import * as v from "./validate";

/** Burn-Mint Equilibrium: Mainnet 17 (v2.0.0) onwards. */
const BME: RegimeRef = { id: "bme_aep76", from: "2026-03-23", confidence: "documented" };
/** The x/take era of AKT- and USDC-denominated leases (the take rates are documented; which rate was live is less certain). */
const TAKE: RegimeRef = { id: "akt20_stable_payments_take", from: "2023-08-22", to: "2026-03-22", confidence: "derived" };

// AKT 2.0 fees, on-chain take, supply curve, x/mint, staking and the incentive pool (REFERENCE.md §C) ------

const R = P.akt20Source.retrieved;
const DEC40_C = "40-digit decimal, no output rounding.";
/** The supply curve and staking APR: double-double fast path with a rounding test, else the 40-digit decimal core. */
const CURVE_NEAREST =
  "The double nearest the exact result: double-double with a running error bound and a rounding test (core/dd.ts), else 40-digit decimal (exp and ln at 40 digits); the same double either way.";
const FEE_ROUNDING =
  "Exact small-decimal arithmetic when every value fits (core/arith.ts), else 40-digit decimal; no output rounding. Both give the same double.";
const SDK_DEC =
  "Cosmos sdk.Dec emulation: inputs rounded half-even to 18 places; Mul and Quo round half-even to 18 places (chopPrecisionAndRound), Quo truncates at 36 places first; no output rounding.";
const RATE_UAKT = Number(P.takeRateUakt.value);
const RATE_DEFAULT = Number(P.takeRateDefault.value);
const MODELS = ["linear", "compounding"] as const;
/** Label of the pool's last row: what no share claims (burned, per the proposal). */
export const UNALLOCATED = "unallocated";

const AMOUNT = { name: "amount", kind: "number", min: 0, help: "Lease payment F0 in tokens" } as const;
const TAKE_RATE = { name: "take_rate", kind: "fraction", help: "Take rate R_t as a fraction" } as const;
const MAKE_RATE = { name: "make_rate", kind: "fraction", help: "Make rate R_m as a fraction" } as const;
const DISCOUNT = { name: "discount", kind: "fraction", default: P.discount, help: "Discount rate R_d as a fraction" } as const;
const AMOUNT_MICRO = { name: "amount_micro", kind: "integer", min: 0, help: "Payment in micro units (uakt or micro-denom)" } as const;
const DENOM = {
  name: "denom",
  kind: "raw",
  range: false,
  type: "string",
  optional: true,
  defaultText: '"uakt" (2 %); any other denom 20 %',
  help: 'Payment denomination, e.g. "uakt" or "ibc/…", matched case-insensitively',
} as const;
const RATE_PCT = {
  name: "rate_pct",
  kind: "number",
  min: 0,
  max: 100,
  optional: true,
  defaultText: "by denom",
  help: "Take rate in percent, overriding the denom's default",
} as const;
const INITIAL_SUPPLY = { name: "initial_supply", kind: "number", min: 0, default: P.initialSupply, help: "Supply M0 at genesis in AKT" } as const;
const INITIAL_INFLATION = { name: "initial_inflation", kind: "number", min: 0, default: P.initialInflation, help: "Initial inflation I0 as a fraction per year" } as const;
const HALF_LIFE = { name: "half_life_years", kind: "number", gt: 0, default: P.halfLifeYears, help: "Inflation half-life λ in years" } as const;
const YEARS = { name: "years", kind: "number", min: 0, help: "Years since genesis" } as const;
const BONDED = { name: "bonded_ratio", kind: "fraction", help: "Bonded share of the supply as a fraction" } as const;
const GOAL_BONDED = { name: "goal_bonded", kind: "number", gt: 0, max: 1, default: P.goalBonded, help: "Target bonded ratio as a fraction" } as const;
const RATE_CHANGE = { name: "rate_change", kind: "fraction", default: P.inflationRateChange, help: "Maximum inflation change per year as a fraction" } as const;
const BLOCKS_PER_YEAR = { name: "blocks_per_year", kind: "integer", min: 1, default: P.blocksPerYear, help: "Blocks per year" } as const;
/** Documentation fields the two on-chain take functions share. */
const ONCHAIN_DOC = {
  params: { rateUakt: P.takeRateUakt, rateDefault: P.takeRateDefault, denom: P.takeDenom, keeper: P.takeKeeper },
  source: P.takeKeeper.source,
  asOf: R,
  regime: TAKE,
} as const;
/** Documentation fields the four AKT 2.0 fee functions share. */
const FEE_DOC = { source: P.akt20Source.source, asOf: R, rounding: FEE_ROUNDING } as const;

/** The take rate in percent: `rate_pct` when given, else 2 for uakt (any case, trimmed) and 20 for any other denom. */
function takeRatePct(denom: unknown, ratePct: number | undefined): number {
  if (ratePct !== undefined) return ratePct;
  const d = coerce.text("denom", denom, P.takeDenom.value);
  return d.trim().toLowerCase() === P.takeDenom.value ? RATE_UAKT : RATE_DEFAULT;
}

const aktFunctions: readonly FunctionDecl[] = [
  defineFunction({
    id: "AKT_TAKE_FEE",
    summary: "AKT 2.0 take fee charged on a lease payment, in the payment's token: amount × take_rate × (1 − discount).",
    args: [AMOUNT, TAKE_RATE, DISCOUNT],
    result: { kind: "number", help: "Take fee F_t, in the payment's token." },
    core: (a, r, d) => fast.fee(a, r, d) ?? run((A) => f.takeFee(A, A.num(a), A.num(r), A.num(d))),
    doc: {
      formula: "F_t = amount × R_t × (1 − R_d)",
      ...FEE_DOC,
      assumptions: ["AKT 2.0 proposal formula; on chain the take is a flat rate (see AKT_ONCHAIN_TAKE_UAKT)."],
      example: { formula: "=DEPIN.AKT_TAKE_FEE(1000,0.2,0.9)", result: "20" },
    },
  }),
  defineFunction({
    id: "AKT_MAKE_FEE",
    summary: "AKT 2.0 make fee charged on a lease payment, in the payment's token: amount × make_rate × (1 − discount).",
    args: [AMOUNT, MAKE_RATE, DISCOUNT],
    result: { kind: "number", help: "Make fee F_m, in the payment's token." },
    core: (a, r, d) => fast.fee(a, r, d) ?? run((A) => f.makeFee(A, A.num(a), A.num(r), A.num(d))),
    doc: {
      formula: "F_m = amount × R_m × (1 − R_d)",
      ...FEE_DOC,
      assumptions: ["AKT 2.0 proposal formula; the chain charges no make fee today."],
      example: { formula: "=DEPIN.AKT_MAKE_FEE(1000,0.05,0.9)", result: "5" },
    },
  }),
  defineFunction({
    id: "AKT_NETWORK_FEE",
    summary: "AKT 2.0 network fee (take plus make) on a lease payment, in the payment's token: amount × (1 − discount) × (take_rate + make_rate).",
    args: [AMOUNT, TAKE_RATE, MAKE_RATE, DISCOUNT],
    result: { kind: "number", help: "Network fee F_n, in the payment's token." },
    core: (a, t, m, d) => run((A) => f.networkFee(A, A.num(a), A.num(t), A.num(m), A.num(d))),
    doc: {
      formula: "F_n = amount × (1 − R_d) × (R_t + R_m)",
      ...FEE_DOC,
      assumptions: ["AKT 2.0 proposal formula: take plus make fee."],
      example: { formula: "=DEPIN.AKT_NETWORK_FEE(1000,0.2,0.05,0.9)", result: "25" },
    },
  }),
  defineFunction({
    id: "AKT_PROVIDER_FEE",
    summary: "What the provider receives of a lease payment under AKT 2.0, in the payment's token: amount − take fee (− make fee when the provider pays it).",
    args: [
      AMOUNT,
      TAKE_RATE,
      DISCOUNT,
      { ...MAKE_RATE, default: P.makeRate },
      { name: "provider_pays_make", kind: "boolean", default: P.providerPaysMake, help: "TRUE when the provider also pays the make fee" },
    ],
    result: { kind: "number", help: "Provider's amount F_p, in the payment's token." },
    core: (a, t, d, m, pays) => (pays ? undefined : fast.providerFee(a, t, d)) ?? run((A) => f.providerFee(A, A.num(a), A.num(t), A.num(d), A.num(m), pays)),
    doc: {
      formula: "F_p = amount − F_t, minus F_m too when provider_pays_make",
      ...FEE_DOC,
      assumptions: ["The proposal's F_p = F0 − F_t (README.md:105-107); subtracting the make fee as well is an option, off by default."],
      example: { formula: "=DEPIN.AKT_PROVIDER_FEE(1000,0.2,0.9,0.05)", result: "980" },
    },
  }),
  defineFunction({
    id: "AKT_ONCHAIN_TAKE_UAKT",
    summary: "On-chain take of a lease payment in micro units, as Akash's x/take module computes it: ⌊amount × rate / 100⌋.",
    args: [AMOUNT_MICRO, DENOM, RATE_PCT],
    result: { kind: "number", help: "Take in micro units (integer)." },
    core: (amount, denom, rate) => fast.onchainTakeUakt(amount, takeRatePct(denom, rate)),
    doc: {
      formula: "take = ⌊amount × rate / 100⌋, rate 2 for uakt, 20 for any other denom",
      ...ONCHAIN_DOC,
      assumptions: [
        "Since v0.24 the take goes to the community pool; x/take was deleted by the v2.0.0 upgrade on 2026-03-23 (see AKT_LEASE_AKT).",
        "The denom is matched case-insensitively after trimming; it is not read when rate_pct is given.",
      ],
      rounding: "Integer micro-units, truncated toward zero as sdk.Dec.TruncateInt does.",
      example: { formula: "=DEPIN.AKT_ONCHAIN_TAKE_UAKT(1000000)", result: "20000" },
    },
  }),
  defineFunction({
    id: "AKT_ONCHAIN_EARNINGS_UAKT",
    summary: "On-chain provider earnings of a lease payment in micro units: amount − ⌊amount × rate / 100⌋.",
    args: [AMOUNT_MICRO, DENOM, RATE_PCT],
    result: { kind: "number", help: "Provider earnings in micro units (integer)." },
    core: (amount, denom, rate) => fast.onchainEarningsUakt(amount, takeRatePct(denom, rate)),
    doc: {
      formula: "earnings = amount − ⌊amount × rate / 100⌋",
      ...ONCHAIN_DOC,
      assumptions: ["The provider receives the payment minus the truncated take."],
      rounding: "Integer micro-units; the take is truncated, so earnings keep the remainder.",
      example: { formula: '=DEPIN.AKT_ONCHAIN_EARNINGS_UAKT(12345679,"ibc/USDC")', result: "9876544" },
    },
  }),
  defineFunction({
    id: "AKT_MAX_SUPPLY",
    summary: "Maximum AKT supply of the linear AKT 2.0 curve, in AKT: initial_supply × (1 + initial_inflation × half_life_years / ln 2).",
    args: [INITIAL_SUPPLY, { ...INITIAL_INFLATION, help: "Initial inflation I0 as a fraction per year (1 = 100 %)" }, HALF_LIFE],
    result: { kind: "number", help: "Maximum supply in AKT." },
    core: (m0, i0, lambda) => fast.maxSupply(m0, i0, lambda),
    doc: {
      formula: "M_max = M0 × (1 + I0 × λ / ln 2)",
      source: P.initialSupply.source,
      asOf: R,
      assumptions: ["Limit of the linear model dM/dt = M0·I0·2^(−t/λ); matches the published max supply 388,539,008."],
      rounding: CURVE_NEAREST,
      example: { formula: "=DEPIN.AKT_MAX_SUPPLY()", result: "388539008.17779267" },
    },
  }),
  defineFunction({
    id: "AKT_SUPPLY",
    summary: "AKT supply after a number of years on the AKT 2.0 curve, in AKT (linear or compounding model).",
    args: [
      YEARS,
      INITIAL_SUPPLY,
      {
        name: "initial_inflation",
        kind: "raw",
        range: false,
        type: "number",
        optional: true,
        limit: "at least 0",
        defaultText: '1 (linear); for "compounding", blank means ln2/λ × ln(1 + λ/ln2), which reaches the linear cap',
        help: "Initial inflation I0 as a fraction per year",
      },
      HALF_LIFE,
      { name: "model", kind: "enum", values: MODELS, default: "linear", help: "Supply model" },
    ],
    result: { kind: "number", help: "Supply in AKT." },
    // initial_inflation is read after half_life_years and model, as before the table existed (same first error).
    core: (t, m0, i0Raw, lambda, model) => {
      // Blank: 1 for linear (P.initialInflation), the calibrated I0 for compounding (fast.supply).
      return fast.supply(t, m0, v.optInitialInflation(i0Raw), lambda, model);
    },
    doc: {
      formula: "linear: M0 (1 + I0 λ/ln2 (1 − 2^(−t/λ))); compounding: M0 exp(I0 λ/ln2 (1 − 2^(−t/λ)))",
      params: { initial_inflation: P.initialInflation, compounding_initial_inflation: P.compoundingInitialInflation },
      source: P.initialSupply.source,
      asOf: R,
      assumptions: [
        'model "linear" (default) reaches the published 3.89 M0 cap.',
        'model "compounding" with a blank initial_inflation uses I0 = ln2/λ × ln(1 + λ/ln2), exact for the given λ, so it reaches the same cap.',
      ],
      rounding: CURVE_NEAREST,
      example: { formula: "=DEPIN.AKT_SUPPLY(1)", result: "184511118.8584348" },
    },
  }),
  defineFunction({
    id: "AKT_EMISSION_RATE",
    summary: "AKT emitted per year at a point on the linear AKT 2.0 curve, in AKT per year: initial_supply × initial_inflation × 2^(−years/half_life_years).",
    args: [YEARS, INITIAL_SUPPLY, INITIAL_INFLATION, HALF_LIFE],
    result: { kind: "number", help: "Emission rate in AKT per year." },
    core: (t, m0, i0, lambda) => fast.emissionRate(t, m0, i0, lambda),
    doc: {
      formula: "dM/dt = M0 × I0 × 2^(−t/λ)",
      source: P.initialSupply.source,
      asOf: R,
      assumptions: ["Linear model; AKT per year at time t."],
      rounding: CURVE_NEAREST,
      example: { formula: "=DEPIN.AKT_EMISSION_RATE(2)", result: "50000000" },
    },
  }),
  defineFunction({
    id: "AKT_MINT_INFLATION",
    summary:
      "Next-block inflation of Cosmos SDK x/mint (what Akash runs), as a fraction per year: clamp(inflation + (1 − bonded_ratio/goal_bonded) × rate_change / blocks_per_year, inflation_min, inflation_max).",
    args: [
      { name: "inflation", kind: "number", min: 0, help: "Current inflation as a fraction per year" },
      BONDED,
      GOAL_BONDED,
      RATE_CHANGE,
      { name: "inflation_min", kind: "fraction", default: P.inflationMin, help: "Lower inflation bound as a fraction, at most inflation_max" },
      { name: "inflation_max", kind: "fraction", default: P.inflationMax, help: "Upper inflation bound as a fraction" },
      {
        name: "blocks_per_year",
        kind: "raw",
        range: false,
        type: "number",
        optional: true,
        limit: "a whole number at least 1",
        defaultText: "6,311,520",
        help: "Blocks per year",
      },
    ],
    result: { kind: "number", help: "Next inflation as a fraction per year." },
    // blocks_per_year is read after the inflation_min ≤ inflation_max check, as before the table existed.
    core: (i, b, g, rc, min, max, bpy) => {
      if (min > max) throw new DepinError("OUT_OF_RANGE", "inflation_min", min, msg.atMost("inflation_min", `inflation_max (${max})`, min));
      return fast.mintInflation(i, b, g, rc, min, max, v.blocksPerYear(bpy));
    },
    doc: {
      formula: "clamp(i + (1 − b/g) × rc / BPY, min, max)",
      params: { blocks_per_year: P.blocksPerYear, calculator: P.mintCalculator },
      source: P.mintCalculator.source,
      asOf: R,
      assumptions: [
        "Akash's own decay calculator is dormant, so stock Cosmos SDK x/mint runs (node@3efe26bf app/modules.go:89,272).",
        "Akash's live inflation_min and inflation_max are set by governance; the defaults are the Cosmos SDK's.",
        "inflation_min greater than inflation_max is an error, as in x/mint's params validation.",
      ],
      rounding: SDK_DEC,
      example: { formula: "=DEPIN.AKT_MINT_INFLATION(0.13,0.5,0.67,0.13,0.07,0.2,6311520)", result: "0.1300000052261697" },
    },
  }),
  defineFunction({
    id: "AKT_BLOCK_PROVISION",
    summary: "Tokens minted per block by Cosmos SDK x/mint, in micro units (uakt): ⌊inflation × total_supply / blocks_per_year⌋.",
    args: [
      { name: "inflation", kind: "number", min: 0, help: "Inflation as a fraction per year" },
      { name: "total_supply", kind: "integer", min: 0, help: "Total supply in micro units (uakt)" },
      BLOCKS_PER_YEAR,
    ],
    result: { kind: "number", help: "Block provision in micro units (integer)." },
    core: (i, supply, bpy) => fast.blockProvision(i, supply, bpy),
    doc: {
      formula: "⌊inflation × total_supply / BPY⌋",
      params: { calculator: P.mintCalculator },
      source: P.mintCalculator.source,
      asOf: R,
      assumptions: ["total_supply is in micro-units (uakt), as the chain holds it; the annual provisions are i × supply."],
      rounding: "Exact; MulInt is exact, QuoInt and TruncateInt truncate: an exact floor in micro-units.",
      example: { formula: "=DEPIN.AKT_BLOCK_PROVISION(0.04,296512863216948,5256000)", result: "2256566" },
    },
  }),
  defineFunction({
    id: "AKT_DECAY_INFLATION",
    summary: "Next-block inflation of Akash's dormant decay calculator, in percent per year (the chain code's unit).",
    args: [
      { name: "years_since_genesis", kind: "number", min: 0, help: "Years since genesis (seconds / 31,557,600)" },
      { name: "inflation", kind: "number", min: 0, help: "Current inflation in percent per year" },
      BONDED,
      { name: "initial_inflation", kind: "number", min: 0, max: 100, default: P.initialInflationPct, help: "Initial inflation in percent per year" },
      { ...HALF_LIFE, help: "Inflation decay factor (half-life) in years" },
      { name: "variance", kind: "fraction", default: P.variance, help: "Allowed deviation from the ideal inflation as a fraction" },
      GOAL_BONDED,
      RATE_CHANGE,
      BLOCKS_PER_YEAR,
    ],
    result: { kind: "number", help: "Next inflation in percent per year." },
    core: (t, i, b, i0, lambda, variance, g, rc, bpy) => fast.decayInflation(t, i, b, i0, lambda, variance, g, rc, bpy),
    doc: {
      formula: "coef = ⌊2^(−t/λ)·10^6⌋/10^6; ideal = I_init·coef; clamp(i + (1 − b/g)·rc/BPY, max(0, ideal(1−v)), ideal(1+v))",
      params: { seconds_per_year: P.secondsPerYear, calculator: P.decayCalculator },
      source: P.decayCalculator.source,
      asOf: "2022-10-20",
      assumptions: [
        "The calculator was switched off by commit 5f4ce6df on 2022-10-20; it is modelled as it stood then.",
        "inflation, initial_inflation and the result are in percent, as the chain code expresses them, while x/mint's inflation is a fraction.",
        "years_since_genesis = seconds since genesis / 31,557,600 (8,766-hour years).",
      ],
      rounding:
        "t/λ and 2^x at 18 significant digits (ties to even), coef truncated to 6 places; the rest in sdk.Dec: 18 places, Mul/Quo round half-even, Quo truncates at 36 places first.",
      example: {
        formula: "=DEPIN.AKT_DECAY_INFLATION(35090906/31557600,0.230326319830867266,0.7324,48.546257,2.10306569,0.05,0.67,0.05,5256000)",
        result: "31.9678995649023",
      },
    },
  }),
  defineFunction({
    id: "AKT_STAKING_APR",
    summary: "Staking APR from inflation, as a fraction per year: inflation × (1 − community_tax) / bonded_ratio × (1 − commission).",
    args: [
      { name: "inflation", kind: "number", min: 0, help: "Inflation as a fraction per year" },
      { name: "bonded_ratio", kind: "number", gt: 0, max: 1, help: "Bonded share of the supply as a fraction" },
      { name: "community_tax", kind: "fraction", default: P.communityTax, help: "Community pool tax as a fraction" },
      { name: "commission", kind: "fraction", default: P.commission, help: "Validator commission as a fraction" },
    ],
    result: { kind: "number", help: "Staking APR as a fraction per year (fees and proposer rewards not included)." },
    core: (i, b, tax, commission) => fast.stakingApr(i, b, tax, commission),
    doc: {
      formula: "inflation × (1 − community_tax) / bonded_ratio × (1 − commission)",
      source: P.communityTax.source,
      asOf: R,
      assumptions: ["Ignores fees and proposer rewards.", "bonded_ratio must be greater than 0."],
      rounding: CURVE_NEAREST,
      example: { formula: "=DEPIN.AKT_STAKING_APR(0.13,0.5)", result: "0.2548" },
    },
  }),
  defineFunction({
    id: "AKT_POOL_SPLIT",
    summary: 'Splits the AKT 2.0 incentive distribution pool by governance shares, in the pool\'s token; spills (label, amount) rows and a final "unallocated" row.',
    args: [
      { name: "pool_amount", kind: "number", min: 0, as: "decimal", help: "Pool size in tokens" },
      {
        name: "shares",
        kind: "raw",
        range: true,
        limit: "a single row or column of at most 10,000 fractions, each 0 to 1, summing to at most 1 (blank cells are 0)",
        help: "Shares as fractions",
      },
      {
        name: "labels",
        kind: "raw",
        range: true,
        optional: true,
        limit: "a single row or column with one label per share",
        defaultText: '"share 1", "share 2", …',
        help: "Labels of the shares",
      },
    ],
    result: {
      kind: "spill",
      help: 'Rows of (label, amount in the pool\'s token), then ("unallocated", the remainder, which is burned).',
      shape: 'one row per share, then an "unallocated" row; 2 columns (label, amount)',
    },
    core: (pool, sharesRaw, labelsRaw) => {
      const s = v.shares(sharesRaw);
      const names = v.labels(labelsRaw, s.length);
      const { amounts, unallocated } = f.poolSplit(pool, s);
      const rows: (string | Dec)[][] = amounts.map((a, i) => [names[i]!, a]);
      rows.push([UNALLOCATED, unallocated]);
      return rows;
    },
    doc: {
      formula: "amount_k = pool × share_k; unallocated = pool × (1 − Σ share)",
      params: { pool: P.poolSource },
      source: P.poolSource.source,
      asOf: R,
      assumptions: [
        "Shares are governance inputs (none are published): fractions ≥ 0 summing to at most 1; blank cells are 0.",
        "The unallocated remainder is burned, per the proposal.",
        'Without labels, rows are labelled "share 1", "share 2", …; a blank label cell gets its default label; the last row is "unallocated".',
      ],
      rounding: DEC40_C,
      example: {
        formula: "=DEPIN.AKT_POOL_SPLIT(1000,{0.4,0.2,0.3})",
        result: [
          ["share 1", "400"],
          ["share 2", "200"],
          ["share 3", "300"],
          ["unallocated", "100"],
        ],
      },
    },
  }),
];


// BME (AEP-76) ---------------------------------------------------------------------------------------
/** Date of the code the BME functions model (node@3efe26bf, main, 2026-04-28; identical formulas at tag v2.0.0). */
const BME_AS_OF = "2026-04-28";
const KEEPER = "akash-network/node@3efe26bf39115a6babf329e8170cd1133cc7dbe9 x/bme/keeper/keeper.go";
const NEAREST =
  "Real arithmetic: the double nearest the exact result of the inputs' shortest decimals (exact small decimals and one correctly rounded division, else double-double with a rounding test, else 40-digit decimal: the same double).";
const PRICE_HELP = "AKT oracle price, in USD per AKT.";
const ACT_PRICE_HELP = "ACT oracle price, in USD per ACT (pegged to 1 on chain).";
const SPREAD = { min: 0, max: Number(P.maxSpreadBps.value) };

/** Arguments of a BME conversion (mint or settle): amount in, AKT price, ACT price, spread. */
const conversionArgs = (amount: string, amountHelp: string, spread: Param, spreadHelp: string) =>
  [
    { name: amount, kind: "number", min: 0, help: amountHelp },
    { name: "akt_price", kind: "number", gt: 0, help: PRICE_HELP },
    { name: "act_price", kind: "number", gt: 0, default: P.actPrice, help: ACT_PRICE_HELP },
    { name: "spread_bps", kind: "number", ...SPREAD, default: spread, help: spreadHelp },
  ] as const;
/**
 * Upper bound of the block-count arguments (about 190,000 years of 6-second blocks): keeps every LegacyDec
 * product of the mint-epoch emulation within sdkMul's exact range.
 */
const MAX_BLOCKS = 1e12;
const WARN_HELP = "Circuit-breaker warn threshold, a collateral ratio in whole basis points (0.95 = 9,500 bps).";

const bmeFunctions: readonly FunctionDecl[] = [
  defineFunction({
    id: "AKT_BME_MINT",
    summary: "ACT minted when AKT is burned into the BME vault, in ACT: akt_in × akt_price / act_price × (1 − spread_bps / 10,000).",
    args: conversionArgs("akt_in", "AKT paid in, in AKT.", P.mintSpreadBps, "Mint spread, in basis points (kept in the vault)."),
    result: { kind: "number", help: "ACT received (the spread stays in the vault)." },
    core: bme.bmeMint,
    doc: {
      formula: "ACT = akt_in × akt_price / act_price × (1 − spread_bps / 10,000)",
      params: { max_spread_bps: P.maxSpreadBps, min_mint: P.minMintAct },
      source: `${KEEPER}:374-463 (prepareToBM), :250-281 (executeBurnMint)`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: [
        "Real arithmetic; the chain mints ⌊akt_uakt × P⌋ uact and keeps ⌊RHE18(mint × bps / 10,000)⌋ uact as the spread.",
        "The request executes at the next mint epoch at that block's oracle price; a mint below 10 ACT is cancelled.",
        "The AKT paid in is locked in the vault (not burned) and becomes remint credit.",
      ],
      rounding: NEAREST,
      example: { formula: "=DEPIN.AKT_BME_MINT(1000,1.14)", result: "1137.15" },
    },
  }),
  defineFunction({
    id: "AKT_BME_SETTLE",
    summary: "AKT a provider receives for ACT burned in settlement, in AKT: act_in × act_price / akt_price × (1 − spread_bps / 10,000).",
    args: conversionArgs("act_in", "ACT burned, in ACT.", P.settleSpreadBps, "Settle spread, in basis points."),
    result: { kind: "number", help: "AKT received." },
    core: bme.bmeSettle,
    doc: {
      formula: "AKT = act_in × act_price / akt_price × (1 − spread_bps / 10,000)",
      params: { max_spread_bps: P.maxSpreadBps, epoch_blocks: P.minEpochBlocks },
      source: `${KEEPER}:374-463 (prepareToBM, from uact to uakt)`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: [
        "Real arithmetic; the chain pays ⌊act_uact × RHE18(1 / P)⌋ uakt less the truncated spread.",
        "Burns run every MinEpochBlocks (10) blocks and continue while minting is halted (HaltCR).",
      ],
      rounding: NEAREST,
      example: { formula: "=DEPIN.AKT_BME_SETTLE(100,1.14)", result: "87.719298245614035087719" },
    },
  }),
  defineFunction({
    id: "AKT_BME_NEW_SUPPLY",
    summary: "Newly minted AKT when akt_out AKT is settled, in AKT: max(0, akt_out − remint_credit).",
    args: [
      { name: "akt_out", kind: "number", min: 0, help: "AKT settled, gross (before the settle spread), in AKT." },
      { name: "remint_credit", kind: "number", min: 0, help: "Remint credit: AKT previously locked for ACT and not yet reminted, in AKT." },
    ],
    result: { kind: "number", help: "New AKT supply, in AKT." },
    core: bme.bmeNewSupply,
    doc: {
      formula: "new = max(0, akt_out − remint_credit)",
      source: `${KEEPER}:521-555 (burnACT), :640-656 (credit falls by min(credit, mint))`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: ["The credit is used first; only the rest is newly minted.", "akt_out is gross, before the settle spread."],
      rounding: "Exact decimal subtraction (core/arith.ts), the double nearest the exact difference.",
      example: { formula: "=DEPIN.AKT_BME_NEW_SUPPLY(87.719298,50)", result: "37.719298" },
    },
  }),
  defineFunction({
    id: "AKT_BME_CR",
    summary: "Collateral ratio of the BME vault, a ratio: (vault_akt − pending_akt) × akt_price / act_price / act_supply.",
    args: [
      { name: "vault_akt", kind: "number", min: 0, help: "AKT held by the BME module (seed, locked AKT and pending deposits), in AKT." },
      { name: "pending_akt", kind: "number", min: 0, help: "AKT of pending mint requests (at most vault_akt), in AKT." },
      { name: "akt_price", kind: "number", gt: 0, help: PRICE_HELP },
      { name: "act_supply", kind: "number", min: 0, help: "ACT outstanding (bank total supply, incl. the retained mint spread), in ACT." },
      { name: "act_price", kind: "number", gt: 0, default: P.actPrice, help: ACT_PRICE_HELP },
    ],
    result: { kind: "number", help: "Collateral ratio (1 = fully collateralised); #N/A when act_supply is 0." },
    core: bme.bmeCollateralRatio,
    doc: {
      formula: "CR = (vault_akt − pending_akt) × akt_price / act_price / act_supply",
      params: { vault_seed: P.vaultSeedAkt },
      source: `${KEEPER}:742-784 (calculateCR)`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: [
        "With no ACT outstanding the chain skips the division (CR = vault × price, Healthy); here that is #N/A (\"no ACT outstanding\").",
        "pending_akt greater than vault_akt is an error: the chain's sdk.Coin.Sub refuses a negative balance.",
        "Real arithmetic; the chain's 18-place LegacyDec agrees to about 1e-17 relative.",
      ],
      rounding: NEAREST,
      example: { formula: "=DEPIN.AKT_BME_CR(1300000,10000,1.14,1200000)", result: "1.2255" },
    },
  }),
  defineFunction({
    id: "AKT_BME_STATUS",
    summary: "The BME circuit breaker's mint status for a collateral ratio, as text: \"Healthy\", \"Warning\" or \"HaltCR\".",
    args: [
      { name: "cr", kind: "number", min: 0, help: "Collateral ratio (see AKT_BME_CR)." },
      { name: "warn", kind: "fraction", default: P.crWarn, help: WARN_HELP },
      { name: "halt", kind: "fraction", default: P.crHalt, help: "Circuit-breaker halt threshold, a collateral ratio in whole basis points (0.90 = 9,000 bps) below warn." },
    ],
    result: { kind: "text", help: "\"Healthy\" (c > warn), \"Warning\" (halt < c ≤ warn) or \"HaltCR\" (c ≤ halt), c = ⌊cr × 10,000⌋." },
    core: bme.bmeStatus,
    doc: {
      formula: "c = ⌊cr × 10,000⌋; Healthy if c > warn_bps, Warning if halt_bps < c ≤ warn_bps, HaltCR if c ≤ halt_bps",
      source: `${KEEPER}:903-922 (mintStatusUpdate)`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: [
        "The comparison is in truncated basis points: 0.95009 is Warning, 0.90005 is HaltCR.",
        "HaltCR stops new ACT; ACT → AKT settlement continues.",
        "An oracle failure gives the chain state HaltOracle, which is not modelled.",
      ],
      rounding: "c = cr × 10,000 of cr's shortest decimal, exact, truncated toward zero (TruncateInt64).",
      example: { formula: "=DEPIN.AKT_BME_STATUS(0.95009)", result: "Warning" },
    },
  }),
  defineFunction({
    id: "AKT_BME_MINT_EPOCH",
    summary: "Blocks between ACT-mint batches at a collateral ratio, in blocks, as x/bme calculateBlocksDiff computes them.",
    args: [
      { name: "cr", kind: "number", min: 0, help: "Collateral ratio (see AKT_BME_CR)." },
      { name: "min_epoch_blocks", kind: "integer", min: 1, max: MAX_BLOCKS, default: P.minEpochBlocks, help: "MinEpochBlocks, in blocks." },
      { name: "backoff", kind: "fraction", default: P.epochBackoff, help: "Growth per 10 bps below warn, a whole percent as a fraction (0.10 = 10 %)." },
      { name: "max_blocks", kind: "integer", min: 1, max: MAX_BLOCKS, default: P.maxEpochBlocks, help: "Cap on the epoch length, in blocks (hard-coded 14,400 on chain)." },
      { name: "warn", kind: "fraction", default: P.crWarn, help: WARN_HELP },
    ],
    result: { kind: "number", help: "Blocks between mint epochs (whole number)." },
    core: bme.bmeMintEpoch,
    doc: {
      formula:
        "c = ⌊cr × 10,000⌋; c ≥ warn_bps or backoff 0 → min; s = ⌊(warn_bps − c) / 10⌋, s = 0 → min; else max(min, ⌊min(min × (1 + backoff)^s, max_blocks)⌋) in LegacyDec",
      params: { step_bps: P.epochStepBps, arithmetic: P.legacyDec, halt: P.crHalt },
      source: `${KEEPER}:948-988 (calculateBlocksDiff); identical at akash-network/node@2d606d30b7bc452781f773dba4f7b4a8c5e582de x/bme/keeper/keeper.go:894-934`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: [
        "(1 + backoff)^s is LegacyDec.Power: square-and-multiply, each product rounded half-even to 18 places; the cap applies before truncation.",
        "c = 9,491 … 9,499 gives 0 steps: min_epoch_blocks.",
        "At or below the halt threshold the chain mints nothing and keeps its previous epoch length; the value returned there is the formula's.",
        "With parameters that push LegacyDec past its 315-bit limit the chain would panic; the function returns max_blocks.",
      ],
      rounding: "LegacyDec emulation (18 places, half-even per product); result truncated toward zero to whole blocks.",
      example: { formula: "=DEPIN.AKT_BME_MINT_EPOCH(0.9137)", result: "309" },
    },
  }),
  defineFunction({
    id: "AKT_LEASE_AKT",
    summary: "AKT a provider receives for a lease worth lease_usd, in AKT: lease_usd / akt_price, less the take under the pre-BME regime \"take\".",
    args: [
      { name: "lease_usd", kind: "number", min: 0, help: "Lease payment, in USD (ACT under BME)." },
      { name: "akt_price", kind: "number", gt: 0, help: PRICE_HELP },
      { name: "regime", kind: "enum", values: bme.LEASE_REGIMES, default: "bme", help: "Rule set (\"bme\" from 2026-03-23: ACT settled to AKT, no take; \"take\" 2023-08-22 → 2026-03-22: AKT lease less the take)" },
      {
        name: "take_rate",
        kind: "fraction",
        optional: true,
        defaultText: "0.02 (the chain's uakt take rate); not read with \"bme\"",
        help: "Take on an AKT-denominated lease under regime \"take\", as a fraction.",
      },
    ],
    result: { kind: "number", help: "AKT received by the provider." },
    core: bme.leaseAkt,
    doc: {
      formula: "bme: lease_usd / akt_price; take: lease_usd / akt_price × (1 − take_rate)",
      params: { take_rate: P.leaseTakeRate, settle_spread_bps: P.settleSpreadBps, upgrade: P.bmeUpgrade },
      source: `${KEEPER}:374-463 (settle ACT → AKT); akash-network/node@2d606d30b7bc452781f773dba4f7b4a8c5e582de upgrades/software/v2.0.0/upgrade.go:62-64 (x/take deleted)`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: [
        "\"bme\": providers are paid in ACT and settle it at 1 / P with spread 0 and no take; on chain ⌊lease_uact × RHE18(1/P)⌋ uakt.",
        `"take" (${TAKE.from} → ${TAKE.to}) models an AKT-denominated lease: the uakt take rate 2 % (governance may have changed it). A USDC lease paid USDC less 20 %, not AKT.`,
        "With regime \"bme\" take_rate is not read (there is no take), so a sheet can switch the regime and keep its take-rate column.",
      ],
      rounding: NEAREST,
      example: { formula: "=DEPIN.AKT_LEASE_AKT(114,1.14,\"take\")", result: "98" },
    },
  }),
];

export const functions: readonly FunctionDecl[] = [...aktFunctions, ...bmeFunctions];
