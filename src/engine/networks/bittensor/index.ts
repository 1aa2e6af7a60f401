/**
 * Bittensor (TAO): the cores of the table entries in ./functions.ts that read some of their arguments
 * themselves (raw cell values): TAO_YUMA (a table of doubles from the Float64 kernel in ./yuma), and the
 * functions whose arguments are read in the order their messages have always come in.
 */
import { coerce, DepinError, msg, type Dec } from "../../core";
import * as f from "./formulas";
import * as v from "./validate";
import { MAX_UIDS, squareSize, yumaEpochOf, type Rows, type YumaResult } from "./yuma";

export { bittensorParams, TAO_IDS } from "./params";
export { SETTING_NAMES, DEFAULT_SETTINGS } from "./validate";
export { chainAlpha, MAX_UIDS, weightedQuantile, weightedSelect } from "./yuma";

/** One output cell of a TAO table. */
export type TaoCell = Dec | number | string | boolean;

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
  const n = squareSize("weights", weights);
  const s = v.vectorN("stake", stake, n, "uid (row of weights)");
  const hasBonds = !v.isBlankRange("bonds_prev", bondsPrev, MAX_UIDS);
  if (hasBonds) squareSize("bonds_prev", bondsPrev);
  const permitsPrev = v.boolsN("validator_permit", validatorPermit, n, "uid (row of weights)");
  const act = v.boolsN("active", active, n, "uid (row of weights)");
  const st = v.settings(settings, n);
  const out = coerce.choice("output", output, YUMA_OUTPUTS, "table");

  const inp = { n, stake: s, permitsPrev, active: act, settings: st };
  const wants = { bonds: out === "bonds", bondsNormalized: out === "bonds_normalized" };
  const r = yumaEpochOf(inp, weights, hasBonds ? bondsPrev : null, wants);

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

const NON_NEG = { min: 0 } as const;

/** TAO_SUBNET_EMISSION's core: root_weights read here (holes are blank cells), the other arguments validated. */
export function subnetEmission(rootWeights: unknown, rootStake: unknown, blockEmission: unknown, kappa: unknown, rho: unknown): Dec[][] {
  const W = v.matrix("root_weights", rootWeights, v.MAX_ROOT_VALIDATORS, v.MAX_ROOT_SUBNETS, NON_NEG);
  if (W.length === 0 || W[0]!.length === 0) throw new DepinError("INVALID_ARG", "root_weights", rootWeights, msg.required("root_weights"));
  const s = v.vector("root_stake", rootStake, v.MAX_ROOT_VALIDATORS, NON_NEG);
  if (s.length !== W.length) throw new DepinError("INVALID_ARG", "root_stake", rootStake, msg.sameLength("root_stake", "row of root_weights", W.length, rootStake));
  const e = coerce.dec("block_emission", blockEmission, v.RULES.blockEmission);
  const k = coerce.dec("kappa", kappa, v.RULES.rootKappa);
  const r = coerce.dec("rho", rho, v.RULES.rho);
  return f.subnetEmission(W, s, e, k, r).map((x) => [x]);
}

/** TAO_SUBNET_EMISSION_DTAO's core: lengths checked against ema_prices; emission_enabled read here (blank cells FALSE). */
export function subnetEmissionDtao(p: number[], blockEmission: unknown, minerBurned: unknown, emissionEnabled: unknown): Dec[][] {
  if (p.length === 0) throw new DepinError("INVALID_ARG", "ema_prices", p, msg.required("ema_prices"));
  const n = p.length;
  const e = coerce.dec("block_emission", blockEmission, v.RULES.blockEmission);
  let burned: number[];
  if (v.isBlankRange("miner_burned", minerBurned, v.MAX_SUBNETS)) burned = new Array<number>(n).fill(0);
  else {
    burned = v.vector("miner_burned", minerBurned, v.MAX_SUBNETS, NON_NEG);
    if (burned.length !== n) throw new DepinError("INVALID_ARG", "miner_burned", minerBurned, msg.sameLength("miner_burned", "subnet", n, minerBurned));
  }
  let enabled: boolean[];
  if (v.isBlankRange("emission_enabled", emissionEnabled, v.MAX_SUBNETS)) enabled = new Array<boolean>(n).fill(true);
  else {
    enabled = v.boolVector("emission_enabled", emissionEnabled, v.MAX_SUBNETS, false);
    if (enabled.length !== n) throw new DepinError("INVALID_ARG", "emission_enabled", emissionEnabled, msg.sameLength("emission_enabled", "subnet", n, emissionEnabled));
  }
  return f.subnetEmissionDtao(p, e, burned, enabled).map((x) => [x]);
}

/** TAO_DELEGATE_REWARD's core: the take is read first (as it always was), a blank take is 11796/65535 exactly. */
export function delegateRewardOf(validatorReward: unknown, delegatedShare: unknown, take: unknown): number | Dec {
  const t = coerce.isBlankInput(take) ? undefined : coerce.num("take", take, v.RULES.fraction);
  return f.delegateRewardValue(coerce.num("validator_reward", validatorReward, v.RULES.nonNeg), coerce.num("delegated_share", delegatedShare, v.RULES.fraction), t);
}

/** TAO_EMISSION_SPLIT's core: a blank owner cut is the chain's 11796/65535 as an exact decimal. */
export function emissionSplitCells(emission: unknown, ownerCut: unknown, rootProportion: unknown): TaoCell[][] {
  const e = coerce.dec("emission", emission, v.RULES.nonNeg);
  const cut = coerce.isBlankInput(ownerCut) ? f.OWNER_CUT : coerce.dec("owner_cut", ownerCut, v.RULES.fraction);
  const rp = coerce.dec("root_proportion", rootProportion, v.RULES.rootProportion);
  return f.emissionSplit(e, cut, rp);
}

/** A finite number ≥ 0 as it is (what coerce.num returns for it under a rule with min 0 only), else undefined. */
function plainNonNeg(x: unknown): number | undefined {
  return typeof x === "number" && x >= 0 && x - x === 0 ? x : undefined;
}

/**
 * A column (n rows of one cell) or a row of n plain finite numbers ≥ 0, as `v.vector(.., NON_NEG)` reads it
 * (the same numbers), without the per-cell rule checks; undefined for anything else (blank or text cells, other
 * shapes or lengths), which then takes the full validation and its messages.
 */
function plainNonNegVector(x: unknown, n: number): number[] | undefined {
  if (!Array.isArray(x) || n > v.MAX_SUBNETS) return undefined;
  const out = new Array<number>(n);
  if (x.length === 1 && Array.isArray(x[0])) {
    const row = x[0] as unknown[];
    if (row.length !== n) return undefined;
    for (let i = 0; i < n; i++) {
      const c = plainNonNeg(row[i]);
      if (c === undefined) return undefined;
      out[i] = c;
    }
    return out;
  }
  if (x.length !== n) return undefined;
  for (let i = 0; i < n; i++) {
    const r: unknown = x[i];
    if (!Array.isArray(r) || r.length !== 1) return undefined;
    const c = plainNonNeg(r[0]);
    if (c === undefined) return undefined;
    out[i] = c;
  }
  return out;
}

/** TAO_SUBNET_TO_PRUNE's core: one registration block per subnet; #N/A when every subnet is immune. */
export function subnetToPrune(e: number[], registeredAt: unknown, currentBlock: unknown, immunityBlocks: unknown): number {
  if (e.length === 0) throw new DepinError("INVALID_ARG", "emissions", e, msg.required("emissions"));
  const reg = plainNonNegVector(registeredAt, e.length) ?? v.vector("registered_at", registeredAt, v.MAX_SUBNETS, NON_NEG);
  if (reg.length !== e.length) throw new DepinError("INVALID_ARG", "registered_at", registeredAt, msg.sameLength("registered_at", "subnet", e.length, registeredAt));
  // The rules of both are min 0 (and a default for a blank immunity): a plain number ≥ 0 is taken as it is.
  const cur = plainNonNeg(currentBlock) ?? coerce.num("current_block", currentBlock, v.RULES.currentBlock);
  const imm = plainNonNeg(immunityBlocks) ?? coerce.num("immunity_blocks", immunityBlocks, v.RULES.immunityBlocks);
  const i = f.subnetToPrune(e, reg, cur, imm);
  if (i < 0) throw new DepinError("NOT_AVAILABLE", "registered_at", reg, msg.notAvailable(`every subnet is still immune (current_block − registered_at < ${imm} for all ${e.length} subnets)`));
  return i;
}
