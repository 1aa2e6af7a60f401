/**
 * Bittensor (TAO): the folder's public surface. Functions take raw cell values, validate them and return
 * Decimal results (or, for TAO_YUMA, a table of doubles from the Float64 kernel). Nothing else in this
 * folder is imported from outside.
 */
import { coerce, DepinError, msg, type Dec, type FunctionDoc } from "../../core";
import * as f from "./formulas";
import { bittensorParams as P } from "./params";
import * as v from "./validate";
import { stakeAndPermits, yumaEpoch, yumaEpochStreamed, yumaTuning, type Rows, type YumaResult } from "./yuma";

export { bittensorParams, TAO_IDS } from "./params";
export { MAX_UIDS, SETTING_NAMES, DEFAULT_SETTINGS } from "./validate";
export { chainAlpha, weightedQuantile, weightedSelect, yumaTuning } from "./yuma";

/** One output cell of a TAO table. */
export type TaoCell = Dec | number | string | boolean;

const ISSUANCE = { min: 0 } as const;

export function blockEmission(totalIssuance: unknown): Dec {
  return f.blockEmission(coerce.num("total_issuance", totalIssuance, ISSUANCE));
}

export function halvingIssuance(k: unknown): Dec {
  return f.halvingIssuance(coerce.num("k", k, { min: 0, integer: true }));
}

export function dailyEmission(totalIssuance: unknown, blocksPerDay: unknown): Dec {
  const x = coerce.num("total_issuance", totalIssuance, ISSUANCE);
  return f.dailyEmission(x, v.nonNeg("blocks_per_day", blocksPerDay, Number(P.blocksPerDay.value)));
}

/** Column names of the TAO_YUMA table, in order. */
export const YUMA_COLUMNS = [
  "uid",
  "stake",
  "active_stake",
  "consensus",
  "validator_trust",
  "rank",
  "trust",
  "incentive",
  "dividends",
  "miner_emission",
  "validator_emission",
  "validator_permit",
] as const;
export type YumaColumn = (typeof YUMA_COLUMNS)[number];
export const YUMA_OUTPUTS = ["table", ...YUMA_COLUMNS, "bonds", "bonds_normalized"] as const;
export type YumaOutput = (typeof YUMA_OUTPUTS)[number];

function column(r: YumaResult, name: YumaColumn, i: number): number | boolean {
  switch (name) {
    case "uid":
      return i;
    case "stake":
      return r.stake[i]!;
    case "active_stake":
      return r.activeStake[i]!;
    case "consensus":
      return r.consensus[i]!;
    case "validator_trust":
      return r.validatorTrust[i]!;
    case "rank":
      return r.rank[i]!;
    case "trust":
      return r.trust[i]!;
    case "incentive":
      return r.incentive[i]!;
    case "dividends":
      return r.dividends[i]!;
    case "miner_emission":
      return r.minerEmission[i]!;
    case "validator_emission":
      return r.validatorEmission[i]!;
    case "validator_permit":
      return r.validatorPermit[i] === 1;
  }
}

function square(rows: Rows, n: number): number[][] {
  const out = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    out[i] = r ? Array.from(r) : new Array<number>(n).fill(0);
  }
  return out;
}

/**
 * TAO_YUMA: one Yuma Consensus epoch (REFERENCE.md §B.2). Returns the requested output as a 2-D array:
 * the table (header row + one row per uid), one column (n×1), or the n×n bonds.
 */
export function yuma(
  weights: unknown,
  stake: unknown,
  bondsPrev: unknown,
  validatorPermit: unknown,
  active: unknown,
  settings: unknown,
  output: unknown,
): (number | string | boolean)[][] {
  const n = v.squareSize("weights", weights);
  const s = v.vectorN("stake", stake, n, "uid (row of weights)");
  const hasBonds = !coerce.isBlankInput(bondsPrev);
  if (hasBonds) v.squareSize("bonds_prev", bondsPrev);
  const permitsPrev = v.boolsN("validator_permit", validatorPermit, n, "uid (row of weights)");
  const act = v.boolsN("active", active, n, "uid (row of weights)");
  const st = v.settings(settings, n);
  const out = coerce.choice("output", output, YUMA_OUTPUTS, "table");

  const inp = { n, stake: s, permitsPrev, active: act, settings: st };
  const sp = stakeAndPermits(inp);
  const wants = { bonds: out === "bonds", bondsNormalized: out === "bonds_normalized" };
  // Consensus rows: uids with a permit, activity and stake. Many of them: the streamed kernel (no n×n copy).
  let consensusRows = 0;
  for (let i = 0; i < n; i++) if (sp.permit[i] && (act === null || act[i]) && sp.stake[i]! > 0) consensusRows++;
  let r: YumaResult;
  if (consensusRows > yumaTuning.gatherAllMaxRows) {
    const W = v.matrixSource("weights", weights, n);
    const B = hasBonds ? () => v.matrixSource("bonds_prev", bondsPrev, n, 65535) : null;
    r = yumaEpochStreamed(inp, sp, W, B, wants);
  } else {
    const W = v.matrixRows("weights", weights, n, sp.permit);
    const B = hasBonds ? v.matrixRows("bonds_prev", bondsPrev, n, null, 65535).rows : null;
    r = yumaEpoch(inp, sp, W, B, wants);
  }

  if (out === "bonds") return square(r.bonds!, n);
  if (out === "bonds_normalized") return square(r.bondsNormalized!, n);
  if (out === "table") {
    const rows = new Array<(number | string | boolean)[]>(n + 1);
    rows[0] = [...YUMA_COLUMNS];
    for (let i = 0; i < n; i++) {
      rows[i + 1] = [
        i,
        r.stake[i]!,
        r.activeStake[i]!,
        r.consensus[i]!,
        r.validatorTrust[i]!,
        r.rank[i]!,
        r.trust[i]!,
        r.incentive[i]!,
        r.dividends[i]!,
        r.minerEmission[i]!,
        r.validatorEmission[i]!,
        r.validatorPermit[i] === 1,
      ];
    }
    return rows;
  }
  const col = new Array<(number | boolean)[]>(n);
  for (let i = 0; i < n; i++) col[i] = [column(r, out, i)];
  return col;
}

/** A numeric matrix of non-negative values (blank cells 0). */
function nonNegMatrix(param: string, x: unknown): number[][] {
  const g = coerce.matrix(param, x, { min: 0 });
  if (g.length === 0 || g[0]!.length === 0) throw new DepinError("INVALID_ARG", param, x, msg.required(param));
  return g;
}

export function subnetEmission(rootWeights: unknown, rootStake: unknown, blockEmissionArg: unknown, kappa: unknown, rho: unknown): Dec[][] {
  const W = nonNegMatrix("root_weights", rootWeights);
  const s = coerce.vector("root_stake", rootStake, { min: 0 });
  if (s.length !== W.length) throw new DepinError("INVALID_ARG", "root_stake", rootStake, msg.sameLength("root_stake", "row of root_weights", W.length, rootStake));
  const e = v.nonNeg("block_emission", blockEmissionArg, 1);
  const k = coerce.dec("kappa", kappa, { min: 0, max: 1, default: 32767 / 65535 });
  const r = coerce.dec("rho", rho, { min: 0, default: Number(P.rho.value) });
  return f.subnetEmission(W, s, e, k, r).map((x) => [x]);
}

export function subnetEmissionDtao(emaPrices: unknown, blockEmissionArg: unknown, minerBurned: unknown, emissionEnabled: unknown): Dec[][] {
  const p = coerce.vector("ema_prices", emaPrices, { min: 0 });
  if (p.length === 0) throw new DepinError("INVALID_ARG", "ema_prices", emaPrices, msg.required("ema_prices"));
  const n = p.length;
  const e = v.nonNeg("block_emission", blockEmissionArg, 1);
  let burned: number[];
  if (coerce.isBlankInput(minerBurned)) burned = new Array<number>(n).fill(0);
  else {
    burned = coerce.vector("miner_burned", minerBurned, { min: 0 });
    if (burned.length !== n) throw new DepinError("INVALID_ARG", "miner_burned", minerBurned, msg.sameLength("miner_burned", "subnet", n, minerBurned));
  }
  let enabled: boolean[];
  if (coerce.isBlankInput(emissionEnabled)) enabled = new Array<boolean>(n).fill(true);
  else {
    enabled = coerce.boolVector("emission_enabled", emissionEnabled, false);
    if (enabled.length !== n) throw new DepinError("INVALID_ARG", "emission_enabled", emissionEnabled, msg.sameLength("emission_enabled", "subnet", n, emissionEnabled));
  }
  return f.subnetEmissionDtao(p, e, burned, enabled).map((x) => [x]);
}

export function emissionSplit(emission: unknown, ownerCut: unknown, rootProportion: unknown): TaoCell[][] {
  const e = v.nonNeg("emission", emission);
  const cut = coerce.isBlankInput(ownerCut) ? f.OWNER_CUT : v.fraction("owner_cut", ownerCut);
  const rp = v.fraction("root_proportion", rootProportion, 0);
  return f.emissionSplit(e, cut, rp);
}

export function neuronEmission(incentive: unknown, dividends: unknown, epochEmission: unknown, sumIncentive: unknown, sumDividends: unknown): Dec {
  return f.neuronEmission(
    v.nonNeg("incentive", incentive),
    v.nonNeg("dividends", dividends),
    v.nonNeg("epoch_emission", epochEmission),
    v.nonNeg("sum_incentive", sumIncentive, 1),
    v.nonNeg("sum_dividends", sumDividends, 1),
  );
}

export function delegateReward(validatorReward: unknown, delegatedShare: unknown, take: unknown): Dec {
  const t = coerce.isBlankInput(take) ? f.OWNER_CUT : v.fraction("take", take);
  return f.delegateReward(v.nonNeg("validator_reward", validatorReward), v.fraction("delegated_share", delegatedShare), t);
}

export function subnetToPrune(emissions: unknown, registeredAt: unknown, currentBlock: unknown, immunityBlocks: unknown): number {
  const e = coerce.vector("emissions", emissions, { min: 0 });
  if (e.length === 0) throw new DepinError("INVALID_ARG", "emissions", emissions, msg.required("emissions"));
  const reg = coerce.vector("registered_at", registeredAt, { min: 0 });
  if (reg.length !== e.length) throw new DepinError("INVALID_ARG", "registered_at", registeredAt, msg.sameLength("registered_at", "subnet", e.length, registeredAt));
  const cur = coerce.num("current_block", currentBlock, { min: 0 });
  const imm = coerce.num("immunity_blocks", immunityBlocks, { min: 0, default: Number(P.immunityBlocks.value) });
  const i = f.subnetToPrune(e, reg, cur, imm);
  if (i < 0) throw new DepinError("NOT_AVAILABLE", "registered_at", reg, msg.notAvailable(`every subnet is still immune (current_block − registered_at < ${imm} for all ${e.length} subnets)`));
  return i;
}

const ASOF_HEAD = "2025-02-13";
const ASOF_PRE = "2024-06-05";

export const docs: Record<string, FunctionDoc> = {
  TAO_BLOCK_EMISSION: {
    formula: "⌊1e9 / 2^k⌋ rao per block, k = ⌊log2(1/(1 − I/21e15))⌋ for issuance I in rao; 0 at I ≥ 21e15 or k ≥ 30",
    params: { raoPerTao: P.raoPerTao, totalSupply: P.totalSupply, defaultBlockEmission: P.defaultBlockEmission, lastHalving: P.lastHalving },
    source: P.defaultBlockEmission.source,
    asOf: ASOF_HEAD,
    assumptions: [
      "Halvings follow TotalIssuance (the k-th at 21M × (1 − 2^−k)), not time; recycled TAO postpones them.",
      "The issuance is converted to rao from the number's shortest decimal form (round half up).",
    ],
    rounding: "Issuance rounded to whole rao; emission truncated to whole rao as the chain does (I96F32); exact decimal TAO out.",
    example: { formula: "=DEPIN.TAO_BLOCK_EMISSION(10500000)", result: "0.5" },
  },
  TAO_HALVING_ISSUANCE: {
    formula: "21,000,000 × (1 − 2^−k)",
    params: { totalSupply: P.totalSupply },
    source: P.totalSupply.source,
    asOf: ASOF_HEAD,
    assumptions: ["The chain's threshold is the next whole rao, ⌈21e15 × (1 − 2^−k)⌉."],
    rounding: "40-digit decimal, no output rounding.",
    example: { formula: "=DEPIN.TAO_HALVING_ISSUANCE(1)", result: "10500000" },
  },
  TAO_DAILY_EMISSION: {
    formula: "TAO_BLOCK_EMISSION(total_issuance) × blocks_per_day",
    params: { blocksPerDay: P.blocksPerDay, raoPerTao: P.raoPerTao },
    source: P.defaultBlockEmission.source,
    asOf: ASOF_HEAD,
    assumptions: ["12-second blocks: 7,200 per day."],
    rounding: "Block emission truncated to rao, then exact decimal.",
    example: { formula: "=DEPIN.TAO_DAILY_EMISSION(10500000)", result: "3600" },
  },
  TAO_YUMA: {
    formula:
      "Yuma epoch: S = stake/Σ; permits = top max_validators; Sa = S·active·permit; W row-normalised; C_j = κ-quantile of column j over Sa; Wc = min(W, C); R = Sa·Wc; I = R/ΣR; bonds EMA (α = 1 − β); D from bonds × I; emission = (I, D)/Σ(I + D) × E",
    params: {
      kappa: P.kappa,
      bonds_moving_average: P.bondsMovingAverage,
      bonds_penalty: P.bondsPenalty,
      yuma: P.yumaVariant,
      max_validators: P.maxValidators,
      epoch: P.epochSource,
      maxUids: P.maxUids,
    },
    source: P.epochSource.source,
    asOf: ASOF_HEAD,
    assumptions: [
      "Chain masks (activity cutoff, outdated weights and bonds) are applied by the caller to active, weights and bonds_prev.",
      "Permits lag one epoch: the given validator_permit is used, the new top-k permits decide stored bond rows and the validator_permit output.",
      "A blank validator_permit means the new top-k permits (a brand-new subnet on chain has none).",
      "Float64 kernel: within 2.6e-9 of the chain's I32F32 proportions at ≤ 10 uids, 1.6e-6 at 256 uids (REFERENCE.md B.3).",
      "EMA rate α = 1 − β with β truncated to 32 fractional bits as on chain (0.10000000009313226 for β = 0.9).",
      "Liquid alpha is off (the chain default) and not a setting.",
    ],
    rounding: "Float64, no output rounding; stored bonds ⌊x·65535⌋; emissions not floored to rao.",
    example: {
      formula: '=DEPIN.TAO_YUMA({0,0,1,0;0,0,0,1;0,0,0,0;0,0,0,0},{600;400;0;0},,,,,"incentive")',
      result: "{0;0;1;0}",
    },
  },
  TAO_SUBNET_EMISSION: {
    formula: "E_j = normalise(consensus_j × rank_j) × block_emission, rank_j = Σ s_i W_ij, trust_j = Σ s_i [W_ij > 0], consensus_j = 1/(1 + e^(−ρ(trust_j − κ)))",
    params: { kappa: P.kappa, rho: P.rho, defaultBlockEmission: P.defaultBlockEmission },
    source: P.rho.source,
    asOf: ASOF_PRE,
    assumptions: ["Pre-dTAO root network (the research note's model); since 2025-02 subnet shares follow EMA prices (TAO_SUBNET_EMISSION_DTAO)."],
    rounding: "40-digit decimal (the chain uses I64F64: agreement within a relative 1e-6), no output rounding.",
    example: { formula: "=DEPIN.TAO_SUBNET_EMISSION({1,1,0;0,1,1;0,0,1},{5000;3000;2000})", result: "{0.183549;0.559482;0.256969}" },
  },
  TAO_SUBNET_EMISSION_DTAO: {
    formula: "E_i ∝ p_i/Σp × (1 − min(burned_i, 1)), renormalised; disabled subnets 0, renormalised over the enabled ones; × block_emission",
    params: { dtaoShares: P.dtaoShares, defaultBlockEmission: P.defaultBlockEmission },
    source: P.dtaoShares.source,
    asOf: ASOF_HEAD,
    assumptions: [
      "Root weights play no part in dTAO subnet shares.",
      "When every subnet burns all miner emission, the price shares are used.",
    ],
    rounding: "40-digit decimal (the chain uses U96F32), no output rounding.",
    example: { formula: "=DEPIN.TAO_SUBNET_EMISSION_DTAO({0.02;0.01;0.05;0.02})", result: "{0.2;0.1;0.5;0.2}" },
  },
  TAO_EMISSION_SPLIT: {
    formula: "owner = E × cut; r = E − owner; miners = r/2; root stakers = rp × r/2; validators = r/2 − root stakers",
    params: { owner_cut: P.ownerCut, root_proportion: P.rootProportion },
    source: P.ownerCut.source,
    asOf: ASOF_HEAD,
    assumptions: [
      "The owner cut is 11796/65535 = 17.9995 %, not 18 %; miners and validators 41.0002 % each.",
      "Before dTAO the owner cut was taken at epoch time and the epoch split the rest ½/½.",
    ],
    rounding: "Exact decimal, no output rounding (the chain floors each amount to rao; ≤ a few rao per TAO lower).",
    example: { formula: "=DEPIN.TAO_EMISSION_SPLIT(1)", result: "subnet owner ≈ 0.179995422, miners ≈ 0.410002289, validators ≈ 0.410002289, root stakers 0" },
  },
  TAO_NEURON_EMISSION: {
    formula: "(incentive + dividends) / (Σ incentive + Σ dividends) × epoch_emission",
    params: {},
    source: `${P.epochSource.source.split(";")[0]} (lines 926-979)`,
    asOf: ASOF_HEAD,
    assumptions: ["Equals the note's I × E × 0.41 + D × E × 0.41 only when both sums are 1 and E excludes the owner's cut."],
    rounding: "40-digit decimal, no output rounding (the chain floors to rao).",
    example: { formula: "=DEPIN.TAO_NEURON_EMISSION(0.5,0,1)", result: "0.25" },
  },
  TAO_DELEGATE_REWARD: {
    formula: "validator_reward × (1 − take) × delegated_share",
    params: { take: P.delegateTake },
    source: P.delegateTake.source,
    asOf: ASOF_HEAD,
    assumptions: ["The default and maximum take is 11796/65535 (not 18 %), the minimum 0."],
    rounding: "40-digit decimal, no output rounding (the chain floors to rao).",
    example: { formula: "=DEPIN.TAO_DELEGATE_REWARD(100,0.5,0.1)", result: "45" },
  },
  TAO_SUBNET_TO_PRUNE: {
    formula: "argmin emission over subnets with current_block − registered_at ≥ immunity_blocks; ties → earliest registered, then lowest index",
    params: { immunity_blocks: P.immunityBlocks, immunityDtao: P.immunityBlocksDtao },
    source: P.immunityBlocks.source,
    asOf: ASOF_PRE,
    assumptions: [
      "Pre-dTAO rule (lowest emission, 7 × 7,200 blocks of immunity); for dTAO pass EMA prices and 1,296,000.",
      "#N/A when every subnet is still immune.",
    ],
    rounding: "Exact comparisons; result is a 0-based index.",
    example: { formula: "=DEPIN.TAO_SUBNET_TO_PRUNE({3;1;2},{0;0;0},100000)", result: "1" },
  },
};
