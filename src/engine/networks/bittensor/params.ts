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
    note: "⌊1e9 / 2^30⌋ = 0 rao; REFERENCE.md B.1 verified the thresholds exhaustively for k = 1…30.",
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
    note: "32767/65535, not ½: the consensus is the κ-quantile of active permitted stake (REFERENCE.md B.2 step 5).",
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
  /** Maximum number of uids per subnet the kernel accepts (SPEC §7 size). */
  maxUids: param({
    value: "4096",
    unit: "uids",
    source: "SPEC.md §7 (4,096 × 4,096 dense epochs)",
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
