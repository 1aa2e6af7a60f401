/**
 * The Bittensor dTAO functions of SPEC §4.6 (REFERENCE.md §G.1–G.8) as table entries: one declaration per
 * function (arguments with kinds, ranges and sourced defaults; result kind; typed core from ./dtao.ts; docs
 * with the regime the function models and a worked example). Regime ids are rows of the Bittensor timeline
 * (current-regimes.json `regimes.tao`): the row whose code was read (`price_x_burn` = subtensor main
 * 2026-06-30) for the current rules, the rows the rule was live in for the historical flow rules.
 */
import { coerce, DepinError, msg, type Dec } from "../../core";
import { defineFunction, type EngineCell, type FunctionDecl, type RegimeRef } from "../../core/decl";
import * as f from "./dtao";
import { bittensorParams as B, dtaoParams as P } from "./params";

/** Largest number of subnets a flow vector may hold (mainnet runs 128; the limit leaves room for scenarios). */
export const MAX_SUBNETS = 1024;
/** Most halvings TAO_HALVING_SCHEDULE lists (the emission is 0 from the 30th). */
export const MAX_HALVING_ROWS = 64;

const HEAD = "opentensor/subtensor@14bc6f9f964b9cc362e9635dd110a487fa5d15a0";
const NET_FLOW_COMMIT = "opentensor/subtensor@486037ba45b87a453b1d660177cc1b105d0298c6";
/** As-of date of the code read for the current rules (subtensor main, runtime spec 425). */
const AS_OF = "2026-06-30";
const CURRENT: RegimeRef = { id: "price_x_burn", from: "2026-06-30", confidence: "documented" };

export const INJECTION_LABELS = ["tao_in", "alpha_in", "excess_tao"] as const;
export const HALVING_HEADER = ["halving", "issuance", "block_emission", "blocks_from_now", "days_from_now"] as const;

/** A flow vector as the user laid it out: its values and whether it is a row (so the result spills the same way). */
function readFlows(name: string, raw: unknown): { values: number[]; row: boolean } {
  if (coerce.isBlank(raw)) throw new DepinError("INVALID_ARG", name, raw, msg.required(name));
  const values = coerce.vector(name, raw, { maxLength: MAX_SUBNETS });
  if (values.length === 0) throw new DepinError("INVALID_ARG", name, raw, msg.required(name));
  const grid = coerce.grid(raw);
  return { values, row: grid.length === 1 && values.length > 1 };
}

/** One value per cell, in the input's shape (a row stays a row, anything else spills down). */
function spillLike(values: readonly Dec[], row: boolean): EngineCell[][] {
  return row ? [values.slice()] : values.map((x) => [x]);
}

/** The pool's alpha weight, shared by TAO_POOL_PRICE and TAO_POOL_SWAP. */
const ALPHA_WEIGHT = {
  name: "alpha_weight",
  kind: "fraction",
  min: Number(P.poolMinWeight.value),
  max: Number(P.poolMaxWeight.value),
  default: P.poolAlphaWeight,
  help: "Weight w of the alpha side of the pool (0.5 = constant product).",
} as const;

const FLOW_LIMIT = `a single row or column of at most ${MAX_SUBNETS} numbers (blank cells are 0)`;

export const functions: readonly FunctionDecl[] = [
  defineFunction({
    id: "TAO_ROOT_PROP",
    summary: "Root proportion of a Bittensor subnet, τR / (τR + A), as a fraction.",
    args: [
      { name: "tao_weight", kind: "fraction", help: "TaoWeight τ as a fraction (mainnet 0.18 since the dTAO migration; a governance value)." },
      { name: "root_tao", kind: "number", min: 0, help: "TAO staked on the root network (R), in TAO (any unit shared with alpha_issuance)." },
      { name: "alpha_issuance", kind: "number", min: 0, help: "The subnet's alpha issuance A = alpha_in + alpha_out reserves, in alpha." },
    ],
    result: { kind: "number", help: "Root proportion, a fraction from 0 to 1 (0 when τR + A = 0)." },
    core: (taoWeight, rootTao, alphaIssuance) => f.rootPropValue(taoWeight, rootTao, alphaIssuance),
    doc: {
      formula: "rp = τ·R / (τ·R + A); 0 when τ·R + A = 0",
      params: { taoWeightMainnet: P.taoWeight, taoWeightRuntimeDefault: P.taoWeightRuntimeDefault },
      source: `${HEAD} pallets/subtensor/src/coinbase/block_step.rs:69-79`,
      asOf: AS_OF,
      regime: CURRENT,
      assumptions: [
        "R and A only need a common unit (the chain holds both in rao).",
        "rp sets the root stakers' share of validator alpha and, since 2026-06-22, the injection cap (rp × alpha emission).",
        "TaoWeight is set by governance: 0.18 since the dTAO migration; read the live TaoWeight / (2^64 − 1).",
      ],
      rounding: "40-digit decimal, no output rounding; the chain's U96F32 result is a few units of 2^-32 lower (not emulated).",
      example: { formula: "=DEPIN.TAO_ROOT_PROP(0.18,5000000,1000000)", result: "0.473684210526316", tolerance: 1e-12 },
    },
  }),
  defineFunction({
    id: "TAO_EMA_PRICE",
    summary: "Next EMA (moving) alpha price of a Bittensor subnet, in TAO per alpha.",
    args: [
      { name: "prev_ema", kind: "number", min: 0, help: "Current SubnetMovingPrice, in TAO per alpha." },
      { name: "spot_price", kind: "number", min: 0, help: "Spot pool price after the block, in TAO per alpha (clamped to 1)." },
      {
        name: "blocks_since_start",
        kind: "integer",
        min: 0,
        help: "Blocks since the subnet's start-call block: current block − (first emission block − 1); 0 returns prev_ema.",
      },
      { name: "moving_alpha", kind: "fraction", default: P.movingAlpha, help: "SubnetMovingAlpha per block (the chain holds 12885/2^32)." },
      { name: "halving_blocks", kind: "number", gt: 0, default: P.emaHalvingBlocks, help: "EMAPriceHalvingBlocks of the subnet, in blocks." },
    ],
    result: { kind: "number", help: "The next moving price, in TAO per alpha." },
    core: (prev, spot, b, movingAlpha, halvingBlocks) => f.emaPriceValue(prev, spot, b, movingAlpha, halvingBlocks),
    doc: {
      formula: "a = moving_alpha × b / (b + halving_blocks); next = a × min(spot, 1) + (1 − a) × prev",
      params: { movingAlphaChain: P.movingAlphaChain },
      source: `${HEAD} pallets/subtensor/src/staking/stake_utils.rs:37-71`,
      asOf: AS_OF,
      regime: CURRENT,
      assumptions: [
        "Runs once per block for every emitting subnet, after the coinbase, on the spot price after that block's swaps and injections.",
        "The default moving_alpha is the documented 0.000003; pass 12885/2^32 for the value the chain stores.",
        "Root and stable subnets have a moving price of 1 (not modelled here).",
        "moving_alpha and halving_blocks are hyperparameters: read SubnetMovingAlpha and EMAPriceHalvingBlocks[netuid] on chain.",
      ],
      rounding:
        "Real arithmetic at 40 digits, no output rounding; the chain floors U64F64 products and truncates the stored price to 2^-32 (up to 2.3e-10 lower; not emulated).",
      example: { formula: "=DEPIN.TAO_EMA_PRICE(0.02,0.025,100000)", result: "0.0200000049734748", tolerance: 1e-15 },
    },
  }),
  defineFunction({
    id: "TAO_INJECTION",
    summary: "One Bittensor subnet's per-block injection: TAO and alpha into the pool and the excess TAO chain-bought, in TAO and alpha.",
    args: [
      { name: "tao_emission", kind: "number", min: 0, as: "decimal", help: "The subnet's TAO emission T for the block, in TAO." },
      { name: "alpha_price", kind: "number", min: 0, as: "decimal", help: "Alpha price p, in TAO per alpha." },
      {
        name: "alpha_cap",
        kind: "number",
        min: 0,
        as: "decimal",
        help: "Injection cap in alpha per block: root proportion × the subnet's alpha emission on the current chain.",
      },
    ],
    result: {
      kind: "spill",
      help: "Three label/value rows: tao_in (TAO), alpha_in (alpha), excess_tao (TAO).",
      shape: "3 rows × 2 columns (label, value), no header row: tao_in, alpha_in, excess_tao",
    },
    core: (taoEmission, alphaPrice, alphaCap) => {
      const r = f.injection(taoEmission, alphaPrice, alphaCap);
      return [
        [INJECTION_LABELS[0], r.taoIn],
        [INJECTION_LABELS[1], r.alphaIn],
        [INJECTION_LABELS[2], r.excessTao],
      ];
    },
    doc: {
      formula: "alpha_in = min(T / p, cap); tao_in = T if uncapped, else cap × p; excess_tao = T − tao_in; p = 0 → alpha_in 0, tao_in T, excess 0",
      source: `${HEAD} pallets/subtensor/src/coinbase/run_coinbase.rs:177-231`,
      asOf: AS_OF,
      regime: CURRENT,
      assumptions: [
        "The excess TAO is swapped into alpha by the chain without the swap fee (a chain buy).",
        "Cap rules: rp × alpha emission from 2026-06-22; min(alpha emission, TAO block emission) 2025-12-12 → 2026-06-21; alpha emission 2025-12-09 → 12-11.",
        "p = 0: the chain's division by zero yields 0, so no alpha is injected and all TAO goes in.",
      ],
      rounding: "40-digit decimal, no output rounding (the chain works in U96F32 and floors to rao when minting).",
      example: {
        formula: "=DEPIN.TAO_INJECTION(0.05,0.01,0.3)",
        result: [
          ["tao_in", 0.003],
          ["alpha_in", 0.3],
          ["excess_tao", 0.047],
        ],
        tolerance: 1e-12,
      },
    },
  }),
  defineFunction({
    id: "TAO_POOL_PRICE",
    summary: "Alpha price of a Bittensor subnet's weighted (Balancer) pool, in TAO per alpha.",
    args: [
      { name: "tao_reserve", kind: "number", min: 0, help: "TAO reserve y of the pool, in TAO." },
      { name: "alpha_reserve", kind: "number", gt: 0, help: "Alpha reserve x of the pool, in alpha." },
      ALPHA_WEIGHT,
    ],
    result: { kind: "number", help: "Alpha price, in TAO per alpha." },
    core: (taoReserve, alphaReserve, alphaWeight) => f.poolPriceValue(taoReserve, alphaReserve, alphaWeight),
    doc: {
      formula: "p = (y / (1 − w)) / (x / w) = w·y / ((1 − w)·x)",
      params: { minWeight: P.poolMinWeight, maxWeight: P.poolMaxWeight },
      source: `${HEAD} pallets/swap/src/pallet/balancer.rs:9-16,215-228`,
      asOf: AS_OF,
      regime: CURRENT,
      assumptions: [
        "Balancer pools are live since 2026-06-25 (#2769); before that constant product (2025-02-13) and swap v3 (2025-06-30), both with price y/x (w = 0.5).",
        "Only the alpha weight is stored on chain and injections re-weight the pool: read the live weight of a subnet.",
      ],
      rounding: "40-digit decimal, no output rounding (the chain: U64F64 with floored quotients).",
      example: { formula: "=DEPIN.TAO_POOL_PRICE(20000,1000000,0.6)", result: "0.03", tolerance: 1e-15 },
    },
  }),
  defineFunction({
    id: "TAO_POOL_SWAP",
    summary: "Tokens out of one swap in a Bittensor subnet's Balancer pool: alpha for a stake, TAO for an unstake.",
    args: [
      { name: "tao_reserve", kind: "number", gt: 0, help: "TAO reserve y of the pool before the swap, in TAO." },
      { name: "alpha_reserve", kind: "number", gt: 0, help: "Alpha reserve x of the pool before the swap, in alpha." },
      { name: "amount_in", kind: "number", min: 0, help: "Amount put in: TAO for a stake, alpha for an unstake." },
      {
        name: "direction",
        kind: "enum",
        values: f.SWAP_DIRECTIONS,
        default: "stake",
        help: "Swap direction: stake = TAO in, alpha out; unstake = alpha in, TAO out",
      },
      ALPHA_WEIGHT,
      { name: "fee", kind: "fraction", default: P.swapFee, help: "Swap fee rate taken from the input (FeeRate[netuid] / 65535 on chain; the default is 33/65535)" },
    ],
    result: { kind: "number", help: "Alpha out for a stake, TAO out for an unstake." },
    core: (taoReserve, alphaReserve, amountIn, direction, alphaWeight, fee) =>
      f.poolSwapValue(taoReserve, alphaReserve, amountIn, direction, alphaWeight, fee),
    doc: {
      formula: "a = amount_in × (1 − fee); stake: x × (1 − (y / (y + a))^((1 − w)/w)); unstake: y × (1 − (x / (x + a))^(w/(1 − w)))",
      params: { maxFee: P.swapFeeMax, minWeight: P.poolMinWeight, maxWeight: P.poolMaxWeight },
      source: `${HEAD} pallets/swap/src/pallet/balancer.rs:13-16; pallets/swap/src/pallet/swap_step.rs:51-52,168-180,212-224`,
      asOf: AS_OF,
      regime: CURRENT,
      assumptions: [
        "The fee is taken from the input before the curve and goes to the block author; it is not added to the reserves.",
        "The fee rate is a per-subnet hyperparameter (at most 10000/65535 = 15.26 %); it was 196/65535 on swap v3 from 2025-06-30 and 33/65535 from 2025-07-23.",
        "The chain's limits (net input ≤ 1,000 × the input reserve; output reserve ≥ 1,000,000 rao) are not checked.",
      ],
      rounding:
        "40 digits with every step rounded against the trader, so the output never exceeds the exact value; the chain floors fee and output to rao and truncates the power to 18 decimals (not emulated).",
      example: { formula: "=DEPIN.TAO_POOL_SWAP(20000,1000000,100)", result: "4972.63162305840", tolerance: 1e-9 },
    },
  }),
  defineFunction({
    id: "TAO_SHARE_FLOW",
    summary: "Bittensor subnet emission shares under the TAO-flow rules (2025-11-04 → 2026-06-21), as fractions.",
    args: [
      { name: "flow_emas", kind: "raw", range: true, limit: FLOW_LIMIT, help: "Per-subnet flow EMAs S (gross user flows, or net flows from TAO_NET_FLOW)." },
      { name: "cutoff", kind: "number", default: P.flowCutoff, as: "decimal", help: "TaoFlowCutoff, in the flows' units." },
      { name: "exponent", kind: "number", gt: 0, default: P.flowExponent, as: "decimal", help: "FlowNormExponent p." },
    ],
    result: {
      kind: "spill",
      help: "One share per subnet, fractions summing to 1 (all 0 when no subnet is above the lower limit).",
      shape: "one share per input cell, in the input's shape (a row stays a row)",
    },
    core: (flowEmas, cutoff, exponent) => {
      const { values, row } = readFlows("flow_emas", flowEmas);
      return spillLike(f.shareFlow(values, cutoff, exponent), row);
    },
    doc: {
      formula: "L = max(cutoff, min(0, min S)); z_i = max(S_i − L, 0); share_i = z_i^p / Σ z^p (all 0 when every z is 0)",
      params: { emaSmoothing: P.flowEmaSmoothing },
      source: `${HEAD} pallets/subtensor/src/coinbase/subnet_emissions.rs:161-174,209-253,326-347`,
      asOf: "2026-06-21",
      regime: { id: "gross_tao_flow", from: "2025-11-04", to: "2026-06-21", confidence: "documented" },
      assumptions: [
        "S: EMA of net user staking flow per block from 2025-11-04 to 2026-05-26; net flows (TAO_NET_FLOW) from 2026-05-27 to 2026-06-21.",
        "Replaced on 2026-06-22 by price × root-proportion shares; the flow code is dead at subtensor main.",
        "The EMA smoothing is 29,597,889,189,277 / (2^63 − 1) ≈ 3.209e-6 per block (compute the EMAs outside this function).",
      ],
      rounding: "40-digit decimal (z^p as exp(p·ln z) for p ≠ 1), no output rounding; the chain's I32F32 powers agree to ~1e-8 relative.",
      example: { formula: "=DEPIN.TAO_SHARE_FLOW({5;3;-2;0})", result: [[0.625], [0.375], [0], [0]], tolerance: 1e-12 },
    },
  }),
  defineFunction({
    id: "TAO_NET_FLOW",
    summary: "Net TAO flows of Bittensor subnets for the net-flow rule (2026-05-27 → 2026-06-21), in the flows' units.",
    args: [
      { name: "user_flow_emas", kind: "raw", range: true, limit: FLOW_LIMIT, help: "Per-subnet EMA of net user staking flow U." },
      {
        name: "protocol_flow_emas",
        kind: "vector",
        maxLength: MAX_SUBNETS,
        help: "Per-subnet EMA of protocol flow P (injected TAO + chain buys − root sells), same length as user_flow_emas.",
      },
    ],
    result: {
      kind: "spill",
      help: "One net flow per subnet, in the flows' units; feed it to TAO_SHARE_FLOW.",
      shape: "one value per cell of user_flow_emas, in its shape",
    },
    core: (userFlowEmas, protocol) => {
      const { values, row } = readFlows("user_flow_emas", userFlowEmas);
      if (protocol.length !== values.length) {
        throw new DepinError(
          "INVALID_ARG",
          "protocol_flow_emas",
          protocol,
          msg.sameLength("protocol_flow_emas", "value of user_flow_emas", values.length, protocol)
        );
      }
      return spillLike(f.netFlow(values, protocol), row);
    },
    doc: {
      formula: "k = min(1, Σ max(U, 0) / Σ max(P, 0)) (0 when Σ max(P, 0) = 0); S_i = U_i − k·P_i if P_i > 0, else U_i − P_i",
      source: `${NET_FLOW_COMMIT} pallets/subtensor/src/coinbase/subnet_emissions.rs:283-323`,
      asOf: "2026-05-27",
      regime: { id: "net_tao_flow", from: "2026-05-27", to: "2026-06-21", confidence: "documented" },
      assumptions: [
        "A negative protocol flow (root drain above emissions) is subtracted unscaled, which raises S (the code keeps it as a benefit).",
        "NetTaoFlowEnabled defaults to true; when it is false the chain uses S = U.",
      ],
      rounding: "40-digit decimal, no output rounding.",
      example: { formula: "=DEPIN.TAO_NET_FLOW({10;4;-1},{6;2;-3})", result: [[4], [2], [2]], tolerance: 1e-12 },
    },
  }),
  defineFunction({
    id: "TAO_HALVING_SCHEDULE",
    summary: "Calendar of the coming TAO halvings: issuance, TAO per block after each, and blocks and days from now.",
    args: [
      { name: "total_issuance", kind: "number", min: 0, help: "Current total issuance, in TAO." },
      { name: "halvings", kind: "integer", min: 1, max: MAX_HALVING_ROWS, default: 4, help: "How many coming halvings to list." },
      { name: "blocks_per_day", kind: "number", gt: 0, default: B.blocksPerDay, as: "decimal", help: "Blocks per day (12-second blocks)." },
    ],
    result: {
      kind: "spill",
      help: "A header row and one row per coming halving: halving number, issuance (TAO), TAO per block after it, blocks and days from now.",
      shape: "header row + one row per coming halving; blank blocks/days past the 30th halving",
      header: HALVING_HEADER,
    },
    core: (totalIssuance, halvings, blocksPerDay) => {
      const rows: EngineCell[][] = [HALVING_HEADER.slice()];
      for (const r of f.halvingSchedule(totalIssuance, halvings, blocksPerDay)) {
        rows.push([r.halving, r.issuance, r.blockEmission, r.blocks, r.days]);
      }
      return rows;
    },
    doc: {
      formula:
        "issuance_k = 21M × (1 − 2^−k); emission after = ⌊1e9 / 2^k⌋ rao; from I = round(issuance × 1e9) rao each segment takes n = ⌈(H_k − I) / E⌉ blocks and I ← I + n·E; days = blocks / blocks_per_day",
      params: { totalSupply: B.totalSupply, raoPerTao: B.raoPerTao, lastHalving: B.lastHalving },
      source: `${HEAD} pallets/subtensor/src/coinbase/block_emission.rs:38-84`,
      asOf: AS_OF,
      regime: CURRENT,
      assumptions: [
        "Halvings follow total issuance, not time: recycled or burned TAO postpones them (ignored here: full emission every block).",
        "H_k is the chain's threshold ⌈21e15 × (1 − 2^−k)⌉ rao; the overshoot of one segment carries into the next.",
        "The first halving (10.5M TAO) happened around 2025-12-14.",
        "Rows past the 30th halving have blank block and day cells (the emission before them is 0).",
      ],
      rounding: "Block counts exact integers in rao arithmetic; days at 40 digits; issuance exact decimal.",
      example: {
        formula: "=DEPIN.TAO_HALVING_SCHEDULE(10000000,2)",
        result: [
          ["halving", "issuance", "block_emission", "blocks_from_now", "days_from_now"],
          [1, 10500000, 0.5, 500000, 69.4444444444444],
          [2, 15750000, 0.25, 11000000, 1527.77777777778],
        ],
        tolerance: 1e-12,
      },
    },
  }),
];
