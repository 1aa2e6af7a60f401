/**
 * Akash (AKT) constants and regimes: dated, sourced records (data only).
 * See REFERENCE.md §C. `retrieved` is the date the sources were read for this registry.
 */
import { param } from "../../core/provenance";

const R = "2026-11-24";

const AKT20 = "gosuri/akt20@3d53e35fc75d3d71af11eaaa67e02fcb885219fe README.md";
const TAKE_PARAMS = "akash-network/akash-api@694852ea7d3e7a83e629d816d5ed80a1e6b4c40c go/node/take/v1beta3/params.go:30-34";
const INFLATION_PARAMS = "akash-network/node@26924e6c1edc9436091ad293a31caf604f1b0148 x/inflation/types/v1beta2/params.go";
const MINT_PARAMS = "cosmos/cosmos-sdk@0c75cad75df2c105da4fb8d74a187c4eecd16788 x/mint/types/params.go:47-51";

export const akashParams = {
  /** AKT 2.0 fee formulas (proposal, AEP-22). */
  akt20Source: param({
    value: "AKT 2.0",
    unit: "text",
    source: `${AKT20}:85-107; https://akash.network/roadmap/aep-22`,
    retrieved: R,
    confidence: "documented",
  }),
  discount: param({
    value: "0",
    unit: "fraction",
    source: `${AKT20}:99 (R_d in [0,1])`,
    retrieved: R,
    confidence: "documented",
    note: "No discount unless one is given; R_t, R_m and R_d lie in [0,1].",
  }),
  /** Make rate when AKT_PROVIDER_FEE is not told one. */
  makeRate: param({
    value: "0",
    unit: "fraction",
    source: `${AKT20}:85-107`,
    retrieved: R,
    confidence: "derived",
    note: "The proposal charges the make fee to the tenant; F_p = F0 − F_t (L105-107), so the default make rate is 0.",
  }),
  providerPaysMake: param({
    value: "FALSE",
    unit: "boolean",
    source: `${AKT20}:105-107`,
    retrieved: R,
    confidence: "documented",
    note: "The proposal's F_p = F0 − F_t; subtracting F_m as well is an analyst option (REFERENCE.md §F).",
  }),
  /** On-chain take rate for uakt, percent. */
  takeRateUakt: param({
    value: "2",
    unit: "percent",
    source: TAKE_PARAMS,
    retrieved: R,
    confidence: "documented",
  }),
  /** On-chain take rate for any other denom, percent. */
  takeRateDefault: param({
    value: "20",
    unit: "percent",
    source: TAKE_PARAMS,
    retrieved: R,
    confidence: "documented",
  }),
  takeDenom: param({
    value: "uakt",
    unit: "text",
    source: TAKE_PARAMS,
    retrieved: R,
    confidence: "documented",
  }),
  takeKeeper: param({
    value: "fees := topline.Amount.Mul(rate).TruncateInt(), rate = pct / 100",
    unit: "text",
    source: "akash-network/node@bcd7d1a90b48f371860df44c13c8cee3d46488ed x/take/keeper/keeper.go:66-86",
    retrieved: R,
    confidence: "documented",
    note: "Same logic at HEAD, node@3efe26bf39115a6babf329e8170cd1133cc7dbe9 x/take/keeper/keeper.go:89-109; since v0.24 the take goes to the community pool.",
  }),
  /** M0, the supply the AKT 2.0 curve starts from. */
  initialSupply: param({
    value: "100000000",
    unit: "AKT",
    source: `${AKT20}:23 ("M_0 = 10^8 … M_max ≈ 3.89 M_0")`,
    retrieved: R,
    confidence: "documented",
  }),
  /** I0 as a fraction (100 %). */
  initialInflation: param({
    value: "1",
    unit: "fraction",
    source: `${INFLATION_PARAMS}:20 (DefaultInitialInflation = 100, percent)`,
    retrieved: R,
    confidence: "documented",
  }),
  /** I0 in percent, as the chain's decay calculator expresses it. */
  initialInflationPct: param({
    value: "100",
    unit: "percent",
    source: `${INFLATION_PARAMS}:20`,
    retrieved: R,
    confidence: "documented",
  }),
  /** λ, the inflation half-life (InflationDecayFactor). */
  halfLifeYears: param({
    value: "2",
    unit: "years",
    source: `${INFLATION_PARAMS}:18 (DefaultInflationDecayFactor = 2 years)`,
    retrieved: R,
    confidence: "documented",
  }),
  /** The compounding model's I0 that reaches the linear model's cap, for λ = 2. */
  compoundingInitialInflation: param({
    value: "0.4703777816734223",
    unit: "fraction",
    source: "REFERENCE.md §C.3; https://forum.akash.network/t/proposal-inflation-update-2-0/410",
    retrieved: R,
    confidence: "derived",
    note: "I0 = ln2/λ × ln(1 + λ/ln2), solved from M0·exp(I0·λ/ln2) = M0·(1 + λ/ln2); computed exactly for the given λ, this record shows λ = 2.",
  }),
  /** Seconds in an 8,766-hour year, the decay calculator's time base. */
  secondsPerYear: param({
    value: "31557600",
    unit: "seconds",
    source: "akash-network/node@61fd26331082be91e2d71e7029035a9b0ac44d61 x/inflation/types/v1beta2/inflation_calculator.go:47-92",
    retrieved: R,
    confidence: "documented",
  }),
  variance: param({
    value: "0.05",
    unit: "fraction",
    source: "akash-network/node@07bd6eeee95220d6455c9c015cad8bf9b702dd15 x/inflation/types/v1beta2/params.go (DefaultVarince = 0.05; Variance in [0,1], InitialInflation in [0,100])",
    retrieved: R,
    confidence: "documented",
  }),
  decayCalculator: param({
    value: "coef = ⌊2^(−t/λ)·10^6⌋/10^6; next = clamp(i + (1 − b/g)·rc/BPY, max(0, ideal(1−v)), ideal(1+v))",
    unit: "text",
    source: "akash-network/node@61fd26331082be91e2d71e7029035a9b0ac44d61 x/inflation/types/v1beta2/inflation_calculator.go:47-92",
    retrieved: R,
    confidence: "documented",
    note: "Dormant since commit 5f4ce6df (2022-10-20); node@3efe26bf app/modules.go:89,272 pass nil, so stock x/mint runs.",
  }),
  /** x/mint defaults. */
  goalBonded: param({ value: "0.67", unit: "fraction", source: MINT_PARAMS, retrieved: R, confidence: "documented" }),
  inflationRateChange: param({ value: "0.13", unit: "fraction per year", source: MINT_PARAMS, retrieved: R, confidence: "documented" }),
  inflationMin: param({
    value: "0.07",
    unit: "fraction",
    source: MINT_PARAMS,
    retrieved: R,
    confidence: "documented",
    note: "Cosmos SDK default; Akash's live value is set by governance, so pass it as an input.",
  }),
  inflationMax: param({
    value: "0.20",
    unit: "fraction",
    source: MINT_PARAMS,
    retrieved: R,
    confidence: "documented",
    note: "Cosmos SDK default; Akash's live value is set by governance, so pass it as an input.",
  }),
  blocksPerYear: param({
    value: "6311520",
    unit: "blocks",
    source: MINT_PARAMS,
    retrieved: R,
    confidence: "documented",
    note: "60·60·8766/5: 5-second blocks over an 8,766-hour year.",
  }),
  mintCalculator: param({
    value: "NextInflationRate: clamp(i + (1 − b/g)·rc/BPY, min, max); BlockProvision: ⌊i·supply/BPY⌋",
    unit: "text",
    source: "cosmos/cosmos-sdk@0022320b879f8f1270b1d0ce7fa3fd33ed2e6dc1 x/mint/types/minter.go:55-82",
    retrieved: R,
    confidence: "documented",
  }),
  communityTax: param({
    value: "0.02",
    unit: "fraction",
    source: "cosmos/cosmos-sdk@c34217a9cd48e929fc1611c779271cbe66249bb1 x/distribution/types/params.go:28",
    retrieved: R,
    confidence: "documented",
  }),
  commission: param({
    value: "0",
    unit: "fraction",
    source: "REFERENCE.md §C.6",
    retrieved: R,
    confidence: "estimate",
    note: "Validator commission varies by validator; 0 gives the gross staking APR.",
  }),
  /** AKT 2.0 incentive distribution pool. */
  poolSource: param({
    value: "pool shared among provider subsidies, public goods fund, stakers and community pool; remainder burned",
    unit: "text",
    source: `${AKT20}:51-77`,
    retrieved: R,
    confidence: "documented",
    note: "No share values are published (set by on-chain governance), so shares are inputs.",
  }),
} as const;
