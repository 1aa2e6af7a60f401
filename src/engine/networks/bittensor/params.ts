/**
 * Bittensor (TAO) constants and regimes: dated, sourced records (data only). See REFERENCE.md §B.
 * Code references: HEAD (dTAO era) = opentensor/subtensor@14bc6f9f964b9cc362e9635dd110a487fa5d15a0,
 * last pre-dTAO mainnet code = opentensor/subtensor@d4d8182eb99c564d707c81f65f1236c33ccda24b.
 */
import { param } from "../../core/provenance";

const R = "2026-11-24";
const HEAD = "opentensor/subtensor@14bc6f9f964b9cc362e9635dd110a487fa5d15a0";
const PRE = "opentensor/subtensor@d4d8182eb99c564d707c81f65f1236c33ccda24b";

export const bittensorParams = {
  /** 1 TAO = 1e9 rao. */
  raoPerTao: param({
    value: "1000000000",
    unit: "rao",
    source: `${HEAD} pallets/subtensor/src/coinbase/block_emission.rs:38-84`,
    retrieved: R,
    confidence: "documented",
  }),
  /** Total supply cap 21,000,000 TAO = 21e15 rao. */
  totalSupply: param({
    value: "21000000",
    unit: "TAO",
    source: `${HEAD} pallets/subtensor/src/coinbase/block_emission.rs:38-84`,
    retrieved: R,
    confidence: "documented",
  }),
  /** Block emission before the first halving. */
  defaultBlockEmission: param({
    value: "1",
    unit: "TAO",
    source: `${HEAD} pallets/subtensor/src/coinbase/block_emission.rs:38-84`,
    retrieved: R,
    confidence: "documented",
    note: "Halvings follow TotalIssuance (k-th at 21M·(1 − 2^−k)), not time; the note's time-based halving is wrong.",
  }),
  /** Number of halvings after which the emission is 0 (⌊1e9/2^30⌋ = 0 rao). */
  lastHalving: param({
    value: "30",
    unit: "halvings",
    source: `${HEAD} pallets/subtensor/src/coinbase/block_emission.rs:38-84`,
    retrieved: R,
    confidence: "derived",
    note: "⌊1e9 / 2^30⌋ = 0 rao; the halving thresholds ⌈21e15 × (1 − 2^−k)⌉ rao of block_emission.rs were checked exhaustively for k = 1…30.",
  }),
  /** 12-second blocks: 7,200 per day. */
  blocksPerDay: param({
    value: "7200",
    unit: "blocks",
    source: "https://docs.bittensor.com/emissions",
    retrieved: R,
    confidence: "documented",
  }),
  /** Yuma κ = 32767/65535 (`rt:971`). */
  kappa: param({
    value: "0.4999923704890516517891203173876554512856",
    unit: "fraction",
    source: `${HEAD} runtime/src/lib.rs:971 (Kappa = 32_767, divided by u16::MAX)`,
    retrieved: R,
    confidence: "documented",
    note: "32767/65535, not ½: the consensus is the κ-quantile of active permitted stake (opentensor/subtensor@14bc6f9f pallets/subtensor/src/epoch/run_epoch.rs:786-790, math.rs:975-1178 weighted_median_col_sparse).",
  }),
  /** bonds_moving_average β = 0.9 (`rt:988`, stored as 900,000 millionths). */
  bondsMovingAverage: param({
    value: "0.9",
    unit: "fraction",
    source: `${HEAD} runtime/src/lib.rs:988`,
    retrieved: R,
    confidence: "documented",
    note: "EMA rate α = 1 − β as the chain forms it: 1 − I32F32(β) = 0.10000000009313226 for β = 0.9 (run_epoch.rs:1234-1245).",
  }),
  /** bonds_penalty = 1 (`rt:989`): bonds accrue on clipped weights. */
  bondsPenalty: param({
    value: "1",
    unit: "fraction",
    source: `${HEAD} runtime/src/lib.rs:989`,
    retrieved: R,
    confidence: "documented",
  }),
  /** max_validators = 64 for a new subnet (runtime default 128). */
  maxValidators: param({
    value: "64",
    unit: "uids",
    source: `${HEAD} pallets/subtensor/src/subnets/subnet.rs:316 (init_new_network)`,
    retrieved: R,
    confidence: "documented",
  }),
  /** Default Yuma variant of TAO_YUMA: the original Yuma (new subnets at HEAD run Yuma3). */
  yumaVariant: param({
    value: "yuma",
    unit: "text",
    source: `${HEAD} pallets/subtensor/src/epoch/run_epoch.rs:826-922`,
    retrieved: R,
    confidence: "documented",
    note: "The research note describes the original Yuma; new subnets at HEAD run Yuma3 (select yuma = \"yuma3\").",
  }),
  /** The epoch mechanism TAO_YUMA follows. */
  epochSource: param({
    value: "epoch_mechanism (sparse path)",
    unit: "text",
    source: `${HEAD} pallets/subtensor/src/epoch/run_epoch.rs:566-1076; pallets/subtensor/src/epoch/math.rs`,
    retrieved: R,
    confidence: "documented",
  }),
  /** Maximum number of uids per subnet the kernel accepts (this add-in's documented size limit). */
  maxUids: param({
    value: "4096",
    unit: "uids",
    source: "this add-in's size limit for TAO_YUMA (dense epochs up to 4,096 × 4,096 weights)",
    retrieved: R,
    confidence: "documented",
  }),
  /** Subnet owner cut 11796/65535 (`rt:1020`). */
  ownerCut: param({
    value: "0.1799954222934309910734721904325932707713",
    unit: "fraction",
    source: `${HEAD} runtime/src/lib.rs:1020 (SubnetOwnerCut = 11_796 of u16::MAX); pallets/subtensor/src/coinbase/run_coinbase.rs:258-300`,
    retrieved: R,
    confidence: "documented",
    note: "11796/65535 = 17.9995 %, not the note's 18 %.",
  }),
  /** Root proportion default (no root stake). */
  rootProportion: param({
    value: "0",
    unit: "fraction",
    source: `${HEAD} pallets/subtensor/src/coinbase/block_step.rs:69-79`,
    retrieved: R,
    confidence: "derived",
    note: "tao_weight·RootTAO / (tao_weight·RootTAO + alpha_issuance); 0 when no TAO is staked on root.",
  }),
  /** Delegate take: default and maximum 11796/65535 (`rt:991`), minimum 0. */
  delegateTake: param({
    value: "0.1799954222934309910734721904325932707713",
    unit: "fraction",
    source: `${HEAD} runtime/src/lib.rs:991; pallets/subtensor/src/coinbase/run_coinbase.rs:738-743`,
    retrieved: R,
    confidence: "documented",
    note: "11796/65535, not the note's 18 %.",
  }),
  /** Root-network sigmoid steepness ρ = 10 (pre-dTAO root_epoch). */
  rho: param({
    value: "10",
    unit: "dimensionless",
    source: `${PRE} pallets/subtensor/src/coinbase/root.rs:326-470`,
    retrieved: R,
    confidence: "documented",
  }),
  /** Pre-dTAO network immunity 7 × 7,200 blocks. */
  immunityBlocks: param({
    value: "50400",
    unit: "blocks",
    source: `${PRE} pallets/subtensor/src/coinbase/root.rs:1272-1310`,
    retrieved: R,
    confidence: "documented",
    note: "At HEAD the immunity is 1,296,000 blocks and subnets are ranked by EMA price (root.rs:593-625, rt:1017).",
  }),
  /** dTAO network immunity period (for reference; pass it explicitly). */
  immunityBlocksDtao: param({
    value: "1296000",
    unit: "blocks",
    source: `${HEAD} runtime/src/lib.rs:1017; pallets/subtensor/src/coinbase/root.rs:593-625`,
    retrieved: R,
    confidence: "documented",
  }),
  /** dTAO subnet shares by EMA alpha price. */
  dtaoShares: param({
    value: "share ∝ EMA price × (1 − min(burned, 1))",
    unit: "text",
    source: `${HEAD} pallets/subtensor/src/coinbase/subnet_emissions.rs:34-76,354-389`,
    retrieved: R,
    confidence: "documented",
  }),
} as const;

/** Ids of the TAO_ family. */
export const TAO_IDS = [
  "TAO_BLOCK_EMISSION",
  "TAO_HALVING_ISSUANCE",
  "TAO_DAILY_EMISSION",
  "TAO_YUMA",
  "TAO_SUBNET_EMISSION",
  "TAO_SUBNET_EMISSION_DTAO",
  "TAO_EMISSION_SPLIT",
  "TAO_NEURON_EMISSION",
  "TAO_DELEGATE_REWARD",
  "TAO_SUBNET_TO_PRUNE",
] as const;

/**
 * dTAO (current-regime) constants for ./dtao.ts and ./dtao-functions.ts (REFERENCE.md §G.1–G.8). Commits:
 * HEAD as above (main 2026-06-30, runtime spec 425); swap paths are under pallets/swap/src/pallet/.
 */
const RD = "2026-12-06";
const SWAP = `${HEAD} pallets/swap/src/pallet`;
const SUB = `${HEAD} pallets/subtensor/src`;

export const dtaoParams = {
  /** TaoWeight τ set by the dTAO migration: 3,320,413,933,267,719,290 / u64::MAX = 0.18. */
  taoWeight: param({
    value: "0.1799999999999999999620529239630073448077",
    unit: "fraction",
    source: `${SUB}/migrations/migrate_rao.rs:64; ${SUB}/staking/stake_utils.rs:160-170 (TaoWeight / u64::MAX)`,
    retrieved: RD,
    confidence: "documented",
    note: "Governance (sudo) value: read the live TaoWeight storage item (SubtensorModule.TaoWeight, divided by 2^64 − 1). The runtime default 0.0527 applies only to fresh chains.",
  }),
  /** Runtime default TaoWeight of a fresh chain (971,718,665,099,567,868 / u64::MAX ≈ 0.0527). */
  taoWeightRuntimeDefault: param({
    value: "0.0527",
    unit: "fraction",
    source: `${HEAD} runtime/src/lib.rs:1031`,
    retrieved: RD,
    confidence: "documented",
    note: "Not the mainnet value (mainnet ran the dTAO migration, which set 0.18).",
  }),
  /** SubnetMovingAlpha default 0.000003 ("30 days to reach 50%"). */
  movingAlpha: param({
    value: "0.000003",
    unit: "per block",
    source: `${SUB}/lib.rs:1029-1035 (DefaultMovingAlpha = I96F32::saturating_from_num(0.000003))`,
    retrieved: RD,
    confidence: "documented",
    note: "Hyperparameter (sudo, admin-utils lib.rs:1529): read SubnetMovingAlpha. The chain stores it as I96F32: 12,885/2^32 (see movingAlphaChain).",
  }),
  /** The I96F32 value the chain actually holds for 0.000003: round(3e-6 × 2^32)/2^32 = 12,885/2^32. */
  movingAlphaChain: param({
    value: "0.00000300002284348011016845703125",
    unit: "per block",
    source: `${SUB}/lib.rs:1029-1035`,
    retrieved: RD,
    confidence: "derived",
    note: "I96F32 has 32 fractional bits: round-to-nearest(0.000003 × 2^32) = 12,885, exactly 12885/4294967296.",
  }),
  /** EMAPriceHalvingBlocks default = InitialEmaPriceHalvingPeriod = 201,600 blocks (4 weeks), per subnet. */
  emaHalvingBlocks: param({
    value: "201600",
    unit: "blocks",
    source: `${HEAD} runtime/src/lib.rs:1032; ${SUB}/staking/stake_utils.rs:37-71`,
    retrieved: RD,
    confidence: "documented",
    note: "Per-subnet hyperparameter (sudo, admin-utils lib.rs:1577): read EMAPriceHalvingBlocks[netuid].",
  }),
  /** Default alpha (base) weight of the Balancer pool: 0.5, i.e. constant product. */
  poolAlphaWeight: param({
    value: "0.5",
    unit: "fraction",
    source: `${SWAP}/balancer.rs:83-90`,
    retrieved: RD,
    confidence: "documented",
    note: "Per-subnet state: Swap.SwapBalancer[netuid] stores the TAO (quote) weight as a Perquintill (1e-18), so alpha weight = 1 − quote / 1e18 (balancer.rs:1-16, 92-120); injections re-weight the pool at constant price, so read the live value.",
  }),
  /** Minimum weight of either side of the Balancer pool: Perquintill ACCURACY/100 = 0.01. */
  poolMinWeight: param({
    value: "0.01",
    unit: "fraction",
    source: `${SWAP}/balancer.rs:70-75,102-108`,
    retrieved: RD,
    confidence: "documented",
    note: "The comment at balancer.rs:35 saying [0.1, 0.9] is stale; the code checks 0.01 on both weights.",
  }),
  /** Maximum weight of either side: 1 − MIN_WEIGHT. */
  poolMaxWeight: param({
    value: "0.99",
    unit: "fraction",
    source: `${SWAP}/balancer.rs:70-75,102-108`,
    retrieved: RD,
    confidence: "derived",
    note: "Both weights are checked against MIN_WEIGHT and they sum to 1, so the alpha weight is at most 0.99.",
  }),
  /** DefaultFeeRate 33 / 65535 (~0.05 %), taken from the swap's input and paid to the block author. */
  swapFee: param({
    value: "0.0005035477225909819180590524147402151522087",
    unit: "fraction",
    source: `${SWAP}/mod.rs:88-96 (DefaultFeeRate = 33); ${SWAP}/impls.rs:254-270; ${SWAP}/swap_step.rs:51-52,123-128`,
    retrieved: RD,
    confidence: "documented",
    note: "33/65535. Per-subnet hyperparameter FeeRate[netuid] (at most SwapMaxFeeRate): read the live value. Chain buys and other drop_fees swaps pay none.",
  }),
  /** SwapMaxFeeRate 10,000 / 65535 (15.26 %). */
  swapFeeMax: param({
    value: "0.1525902189669642175936522468909742885481",
    unit: "fraction",
    source: `${HEAD} runtime/src/lib.rs:1132`,
    retrieved: RD,
    confidence: "documented",
  }),
  /** TaoFlowCutoff default 0 (in the flows' units, rao-per-block EMA). */
  flowCutoff: param({
    value: "0",
    unit: "rao per block (EMA)",
    source: `${SUB}/lib.rs:1674-1681; ${SUB}/coinbase/subnet_emissions.rs:161-174`,
    retrieved: RD,
    confidence: "documented",
    note: "Governance (sudo) value; flow shares were replaced on 2026-06-22 (the code is dead at HEAD).",
  }),
  /** FlowNormExponent default 1 ("p ≥ 1"). */
  flowExponent: param({
    value: "1",
    unit: "dimensionless",
    source: `${SUB}/lib.rs:1682-1689; ${SUB}/coinbase/subnet_emissions.rs:209-253`,
    retrieved: RD,
    confidence: "documented",
    note: "Governance (sudo) value.",
  }),
  /** FlowEmaSmoothingFactor 29,597,889,189,277 / i64::MAX ≈ 3.209e-6 per block (half-life ≈ 216,000 blocks). */
  flowEmaSmoothing: param({
    value: "0.000003209009575999934895177845108234219886464",
    unit: "per block",
    source: `${SUB}/lib.rs:1690-1700; ${SUB}/coinbase/subnet_emissions.rs:135-159`,
    retrieved: RD,
    confidence: "documented",
    note: "29,597,889,189,277 / (2^63 − 1). Governance (sudo) value.",
  }),
} as const;
