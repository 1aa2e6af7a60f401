/**
 * Akash (AKT) constants and regimes: dated, sourced records (data only).
 * Sources: the gosuri/akt20 proposal and the akash-network/cosmos-sdk code below. `retrieved` is the date the sources were read for this registry.
 */
import { param } from "../../core/provenance";

const R = "2026-11-24";

const AKT20 = "gosuri/akt20@3d53e35fc75d3d71af11eaaa67e02fcb885219fe README.md";
const TAKE_PARAMS = "akash-network/akash-api@694852ea7d3e7a83e629d816d5ed80a1e6b4c40c go/node/take/v1beta3/params.go:30-34";
const INFLATION_PARAMS = "akash-network/node@26924e6c1edc9436091ad293a31caf604f1b0148 x/inflation/types/v1beta2/params.go";
const MINT_PARAMS = "cosmos/cosmos-sdk@0c75cad75df2c105da4fb8d74a187c4eecd16788 x/mint/types/params.go:47-51";

// BME (AEP-76, v2.0.0) ----------------------------------------------------------------------------
/** Read on 2026-12-06 from the commits below. */
const R_BME = "2026-12-06";
/** akash-network/node main (2026-04-28); the BME formulas are identical at tag v2.0.0 (AKV2). */
const AKN = "akash-network/node@3efe26bf39115a6babf329e8170cd1133cc7dbe9";
/** Tag v2.0.0, the code that went live on 2026-03-23. */
const AKV2 = "akash-network/node@2d606d30b7bc452781f773dba4f7b4a8c5e582de";
/** x/bme defaults; the same at tag go/v0.2.2 (217f62d1), which v2.0.0 builds against. */
const BME_PARAMS = "akash-network/chain-sdk@55f1c6837f99b17f103c4e8701f24305bd1eef9a go/node/bme/v1/params.go";
/** Where the live x/bme values are read: the REST query of the module's params. */
const BME_LIVE =
  "Set by governance (x/bme MsgUpdateParams, gov authority: node@3efe26bf x/bme/handler/server.go:34-37); read the live value at GET /akash/bme/v1/params (chain-sdk@55f1c683 proto/node/akash/bme/v1/query.proto:20).";

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
    note: "The proposal's F_p = F0 − F_t; subtracting F_m as well (a provider who also pays the make fee) is an analyst option the proposal does not state.",
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
    source: "https://forum.akash.network/t/proposal-inflation-update-2-0/410",
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
    source: "cosmos/cosmos-sdk@05f612902194d956fdbf93a3e52d323550515127 x/staking/types/commission.go:17-23 (CommissionRates.Rate: per validator, a fraction at most MaxRate ≤ 1)",
    retrieved: R_BME,
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

  // BME (AEP-76): mint ACT from AKT, settle ACT to AKT, the vault's circuit breaker ---------------
  /** The BME regime: v2.0.0 upgrade (Mainnet 17). */
  bmeUpgrade: param({
    value: "v2.0.0, 2026-03-23, height 26063777",
    unit: "text",
    source: `https://polkachu.com/gov_proposals/6985 (Prop 318); ${AKV2} upgrades/software/v2.0.0/upgrade.go:62-64 (x/take store deleted)`,
    retrieved: R_BME,
    confidence: "documented",
    note: "Upgrade at height 26,063,777 around 14:00 UTC; regime id bme_aep76. v2.1.0 (Prop 328, height 27,230,465, ~2026-06-11) replaced the oracle; the BME formulas are unchanged.",
  }),
  bmeUpgradeHeight: param({
    value: "26063777",
    unit: "block height",
    source: "https://polkachu.com/gov_proposals/6985 (Prop 318)",
    retrieved: R_BME,
    confidence: "documented",
  }),
  /** AKT → ACT mint spread, basis points. */
  mintSpreadBps: param({
    value: "25",
    unit: "bps",
    source: `${BME_PARAMS}:18 (DefaultMintSpreadBps); applied at ${AKN} x/bme/keeper/keeper.go:436-448`,
    retrieved: R_BME,
    confidence: "documented",
    note: `Genesis default. ${BME_LIVE}`,
  }),
  /** ACT → AKT settle spread, basis points. */
  settleSpreadBps: param({
    value: "0",
    unit: "bps",
    source: `${BME_PARAMS}:19 (DefaultSettleSpreadBps)`,
    retrieved: R_BME,
    confidence: "documented",
    note: `Genesis default. ${BME_LIVE}`,
  }),
  /** Upper limit of either spread (params validation). */
  maxSpreadBps: param({
    value: "1000",
    unit: "bps",
    source: `${BME_PARAMS}:59-64`,
    retrieved: R_BME,
    confidence: "documented",
  }),
  /** ACT's oracle price: hard-pegged to 1 USD. */
  actPrice: param({
    value: "1",
    unit: "USD",
    source: `${AKN} x/oracle/keeper/keeper.go:297-300 (GetAggregatedPrice returns LegacyOneDec for act)`,
    retrieved: R_BME,
    confidence: "documented",
  }),
  /** Minimum mint per request: 10,000,000 uact. */
  minMintAct: param({
    value: "10",
    unit: "ACT",
    source: `${BME_PARAMS}:26-28 (DefaultMinMint 10,000,000 uact); checked at ${AKN} x/bme/keeper/keeper.go:425-431`,
    retrieved: R_BME,
    confidence: "documented",
    note: `A smaller request is cancelled. ${BME_LIVE}`,
  }),
  /** Circuit breaker warn threshold: 9,500 bps, as a fraction. */
  crWarn: param({
    value: "0.95",
    unit: "fraction",
    source: `${BME_PARAMS}:16 (DefaultCircuitBreakerWarnThreshold = 9500 bps); compared at ${AKN} x/bme/keeper/keeper.go:903-922`,
    retrieved: R_BME,
    confidence: "documented",
    note: `9,500 bps / 10,000. Validation: both thresholds ≤ 10,000 bps and warn > halt (params.go:50-58). ${BME_LIVE}`,
  }),
  /** Circuit breaker halt threshold: 9,000 bps, as a fraction. */
  crHalt: param({
    value: "0.9",
    unit: "fraction",
    source: `${BME_PARAMS}:17 (DefaultCircuitBreakerHaltThreshold = 9000 bps); compared at ${AKN} x/bme/keeper/keeper.go:903-922`,
    retrieved: R_BME,
    confidence: "documented",
    note: `9,000 bps / 10,000. At or below it no ACT is minted (HaltCR); ACT → AKT still settles. ${BME_LIVE}`,
  }),
  /** Blocks between mint (and burn) epochs at a healthy collateral ratio. */
  minEpochBlocks: param({
    value: "10",
    unit: "blocks",
    source: `${BME_PARAMS}:20 (DefaultMinEpochBlocks); used at ${AKN} x/bme/keeper/keeper.go:948-988 and abci.go:135-167`,
    retrieved: R_BME,
    confidence: "documented",
    note: `Validation: greater than 0 (params.go:47-49). ${BME_LIVE}`,
  }),
  /** Epoch back-off per 10 bps below warn: EpochBlocksBackoffPercent 10, as a fraction. */
  epochBackoff: param({
    value: "0.1",
    unit: "fraction",
    source: `${BME_PARAMS}:21 (DefaultEpochBlocksBackoffPercent = 10); used at ${AKN} x/bme/keeper/keeper.go:948-988`,
    retrieved: R_BME,
    confidence: "documented",
    note: `A whole percent on chain, at most 100 (params.go:65-67). ${BME_LIVE}`,
  }),
  /** Cap of the mint-epoch length, hard-coded (not a parameter on chain). */
  maxEpochBlocks: param({
    value: "14400",
    unit: "blocks",
    source: `${AKN} x/bme/keeper/keeper.go:975 (maxEpochBlocks := LegacyNewDec(14400)); same at ${AKV2} x/bme/keeper/keeper.go:921`,
    retrieved: R_BME,
    confidence: "documented",
    note: "Hard-coded in calculateBlocksDiff (\"~1 day of blocks assuming 6s per block\"); governance cannot change it.",
  }),
  /** One back-off step is 10 bps of collateral ratio. */
  epochStepBps: param({
    value: "10",
    unit: "bps",
    source: `${AKN} x/bme/keeper/keeper.go:961 (steps := uint64((warnThreshold - cr) / 10))`,
    retrieved: R_BME,
    confidence: "documented",
  }),
  /** AKT the v2.0.0 upgrade moved from the community pool into the BME vault. */
  vaultSeedAkt: param({
    value: "300000",
    unit: "AKT",
    source: `${AKV2} upgrades/software/v2.0.0/upgrade.go:141-147 (300,000,000,000 uakt from the distribution module)`,
    retrieved: R_BME,
    confidence: "documented",
  }),
  /** LegacyDec arithmetic of x/bme (cosmossdk.io/math, pinned v1.5.3 by the node). */
  legacyDec: param({
    value: "integer scaled by 10^18; Mul and Quo round the 19th decimal half to even; Power is square-and-multiply with a rounded Mul per product; TruncateInt64 truncates",
    unit: "text",
    source: "cosmos/cosmos-sdk@math/v1.5.3 math/legacy_dec.go (Mul, Quo, chopPrecisionAndRound, Power)",
    retrieved: R_BME,
    confidence: "documented",
  }),
  /**
   * Take on an AKT-denominated lease before BME, as a fraction: the uakt rate 2 % (percent / 100).
   * Derived from takeRateUakt; the v0.24.0 upgrade set it to 2 %.
   */
  leaseTakeRate: param({
    value: "0.02",
    unit: "fraction",
    source:
      "akash-network/chain-sdk@55f1c6837f99b17f103c4e8701f24305bd1eef9a go/node/take/v1/params.go:29-38 (uakt Rate 2, percent); akash-network/node@149f22e701ec9f4fd796e4b416879cd8d91d16e0 (v0.24.0: set 2 percent AKT take rate)",
    retrieved: R_BME,
    confidence: "derived",
    note: "2 percent / 100. It was a governance parameter (x/take params); a 4 % AKT rate is reported by tokenradar but not found in code or governance text. USDC leases paid 20 % in USDC, not AKT.",
  }),
} as const;
