/**
 * Documentation of the folder's functions (formula, defaults with provenance, source, as-of date,
 * assumptions, rounding, example): data only, so the function reference, DEPIN_EXPLAIN and the taskpane's
 * function browser can read it without loading the formulas.
 */
import type { FunctionDoc } from "../../core";
import { akashParams as P } from "./params";

// Documentation ------------------------------------------------------------------------------

const RETRIEVED = P.akt20Source.retrieved;
const DEC40 = "40-digit decimal, no output rounding.";
const SDK_DEC = "Cosmos sdk.Dec emulation: inputs rounded half-even to 18 places; Mul and Quo round half-even to 18 places (chopPrecisionAndRound), Quo truncates at 36 places first; no output rounding.";

export const docs: Record<string, FunctionDoc> = {
  AKT_TAKE_FEE: {
    formula: "F_t = amount × R_t × (1 − R_d)",
    params: { discount: P.discount },
    source: P.akt20Source.source,
    asOf: RETRIEVED,
    assumptions: ["AKT 2.0 proposal formula; on chain the take is a flat rate (see AKT_ONCHAIN_TAKE_UAKT)."],
    rounding: DEC40,
    example: { formula: "=DEPIN.AKT_TAKE_FEE(1000,0.2,0.9)", result: "20" },
  },
  AKT_MAKE_FEE: {
    formula: "F_m = amount × R_m × (1 − R_d)",
    params: { discount: P.discount },
    source: P.akt20Source.source,
    asOf: RETRIEVED,
    assumptions: ["AKT 2.0 proposal formula; the chain charges no make fee today."],
    rounding: DEC40,
    example: { formula: "=DEPIN.AKT_MAKE_FEE(1000,0.05,0.9)", result: "5" },
  },
  AKT_NETWORK_FEE: {
    formula: "F_n = amount × (1 − R_d) × (R_t + R_m)",
    params: { discount: P.discount },
    source: P.akt20Source.source,
    asOf: RETRIEVED,
    assumptions: ["AKT 2.0 proposal formula: take plus make fee."],
    rounding: DEC40,
    example: { formula: "=DEPIN.AKT_NETWORK_FEE(1000,0.2,0.05,0.9)", result: "25" },
  },
  AKT_PROVIDER_FEE: {
    formula: "F_p = amount − F_t, minus F_m too when provider_pays_make",
    params: { discount: P.discount, make_rate: P.makeRate, provider_pays_make: P.providerPaysMake },
    source: P.akt20Source.source,
    asOf: RETRIEVED,
    assumptions: [
      "The proposal's F_p = F0 − F_t (README.md:105-107); subtracting the make fee as well is an option, off by default.",
    ],
    rounding: DEC40,
    example: { formula: "=DEPIN.AKT_PROVIDER_FEE(1000,0.2,0.9,0.05)", result: "980" },
  },
  AKT_ONCHAIN_TAKE_UAKT: {
    formula: "take = ⌊amount × rate / 100⌋, rate 2 for uakt, 20 for any other denom",
    params: { rateUakt: P.takeRateUakt, rateDefault: P.takeRateDefault, denom: P.takeDenom, keeper: P.takeKeeper },
    source: P.takeKeeper.source,
    asOf: RETRIEVED,
    assumptions: ["Since v0.24 the take goes to the community pool.", "The denom is matched case-insensitively after trimming."],
    rounding: "Integer micro-units, truncated toward zero as sdk.Dec.TruncateInt does.",
    example: { formula: "=DEPIN.AKT_ONCHAIN_TAKE_UAKT(1000000)", result: "20000" },
  },
  AKT_ONCHAIN_EARNINGS_UAKT: {
    formula: "earnings = amount − ⌊amount × rate / 100⌋",
    params: { rateUakt: P.takeRateUakt, rateDefault: P.takeRateDefault, denom: P.takeDenom, keeper: P.takeKeeper },
    source: P.takeKeeper.source,
    asOf: RETRIEVED,
    assumptions: ["The provider receives the payment minus the truncated take."],
    rounding: "Integer micro-units; the take is truncated, so earnings keep the remainder.",
    example: { formula: "=DEPIN.AKT_ONCHAIN_EARNINGS_UAKT(12345679,\"ibc/USDC\")", result: "9876544" },
  },
  AKT_MAX_SUPPLY: {
    formula: "M_max = M0 × (1 + I0 × λ / ln 2)",
    params: { initial_supply: P.initialSupply, initial_inflation: P.initialInflation, half_life_years: P.halfLifeYears },
    source: P.initialSupply.source,
    asOf: RETRIEVED,
    assumptions: ["Limit of the linear model dM/dt = M0·I0·2^(−t/λ); matches the published max supply 388,539,008."],
    rounding: DEC40,
    example: { formula: "=DEPIN.AKT_MAX_SUPPLY()", result: "388539008.17779267" },
  },
  AKT_SUPPLY: {
    formula: "linear: M0 (1 + I0 λ/ln2 (1 − 2^(−t/λ))); compounding: M0 exp(I0 λ/ln2 (1 − 2^(−t/λ)))",
    params: {
      initial_supply: P.initialSupply,
      initial_inflation: P.initialInflation,
      half_life_years: P.halfLifeYears,
      compounding_initial_inflation: P.compoundingInitialInflation,
    },
    source: P.initialSupply.source,
    asOf: RETRIEVED,
    assumptions: [
      "model \"linear\" (default) reaches the published 3.89 M0 cap.",
      "model \"compounding\" with a blank initial_inflation uses I0 = ln2/λ × ln(1 + λ/ln2), exact for the given λ, so it reaches the same cap.",
    ],
    rounding: "40-digit decimal (exp and ln at 40 digits), no output rounding.",
    example: { formula: "=DEPIN.AKT_SUPPLY(1)", result: "184511118.8584348" },
  },
  AKT_EMISSION_RATE: {
    formula: "dM/dt = M0 × I0 × 2^(−t/λ)",
    params: { initial_supply: P.initialSupply, initial_inflation: P.initialInflation, half_life_years: P.halfLifeYears },
    source: P.initialSupply.source,
    asOf: RETRIEVED,
    assumptions: ["Linear model; AKT per year at time t."],
    rounding: "40-digit decimal (exp at 40 digits), no output rounding.",
    example: { formula: "=DEPIN.AKT_EMISSION_RATE(2)", result: "50000000" },
  },
  AKT_MINT_INFLATION: {
    formula: "clamp(i + (1 − b/g) × rc / BPY, min, max)",
    params: {
      goal_bonded: P.goalBonded,
      rate_change: P.inflationRateChange,
      inflation_min: P.inflationMin,
      inflation_max: P.inflationMax,
      blocks_per_year: P.blocksPerYear,
      calculator: P.mintCalculator,
    },
    source: P.mintCalculator.source,
    asOf: RETRIEVED,
    assumptions: [
      "Akash's own decay calculator is dormant, so stock Cosmos SDK x/mint runs (node@3efe26bf app/modules.go:89,272).",
      "Akash's live inflation_min and inflation_max are set by governance; the defaults are the Cosmos SDK's.",
      "inflation_min greater than inflation_max is an error, as in x/mint's params validation.",
    ],
    rounding: SDK_DEC,
    example: { formula: "=DEPIN.AKT_MINT_INFLATION(0.13,0.5,0.67,0.13,0.07,0.2,6311520)", result: "0.1300000052261697" },
  },
  AKT_BLOCK_PROVISION: {
    formula: "⌊inflation × total_supply / BPY⌋",
    params: { blocks_per_year: P.blocksPerYear, calculator: P.mintCalculator },
    source: P.mintCalculator.source,
    asOf: RETRIEVED,
    assumptions: ["total_supply is in micro-units (uakt), as the chain holds it; the annual provisions are i × supply."],
    rounding: "Exact; MulInt is exact, QuoInt and TruncateInt truncate: an exact floor in micro-units.",
    example: { formula: "=DEPIN.AKT_BLOCK_PROVISION(0.04,296512863216948,5256000)", result: "2256566" },
  },
  AKT_DECAY_INFLATION: {
    formula: "coef = ⌊2^(−t/λ)·10^6⌋/10^6; ideal = I_init·coef; clamp(i + (1 − b/g)·rc/BPY, max(0, ideal(1−v)), ideal(1+v))",
    params: {
      initial_inflation: P.initialInflationPct,
      half_life_years: P.halfLifeYears,
      variance: P.variance,
      goal_bonded: P.goalBonded,
      rate_change: P.inflationRateChange,
      blocks_per_year: P.blocksPerYear,
      seconds_per_year: P.secondsPerYear,
      calculator: P.decayCalculator,
    },
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
  AKT_STAKING_APR: {
    formula: "inflation × (1 − community_tax) / bonded_ratio × (1 − commission)",
    params: { community_tax: P.communityTax, commission: P.commission },
    source: P.communityTax.source,
    asOf: RETRIEVED,
    assumptions: ["Ignores fees and proposer rewards.", "bonded_ratio must be greater than 0."],
    rounding: DEC40,
    example: { formula: "=DEPIN.AKT_STAKING_APR(0.13,0.5)", result: "0.2548" },
  },
  AKT_POOL_SPLIT: {
    formula: "amount_k = pool × share_k; unallocated = pool × (1 − Σ share)",
    params: { pool: P.poolSource },
    source: P.poolSource.source,
    asOf: RETRIEVED,
    assumptions: [
      "Shares are governance inputs (none are published): fractions ≥ 0 summing to at most 1; blank cells are 0.",
      "The unallocated remainder is burned, per the proposal.",
      "Without labels, rows are labelled \"share 1\", \"share 2\", …; a blank label cell gets its default label; the last row is \"unallocated\".",
    ],
    rounding: DEC40,
    example: { formula: "=DEPIN.AKT_POOL_SPLIT(1000,{0.4,0.2,0.3})", result: "400 / 200 / 300, unallocated 100" },
  },
};
