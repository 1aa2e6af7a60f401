/**
 * io.net device pools (2025-06-04 → 2026-06-10; REFERENCE.md §G.16–G.19): hardware multiplier lookup,
 * device base score, a device's share of an hourly block, and the co-staking split. Typed cores: arguments
 * arrive validated by the declaration's rules (./functions.ts); cross-argument checks throw DepinError here.
 */
import { coerce } from "../../core";
import { run } from "../../core/arith";
import * as dd from "../../core/dd";
import { D, type Dec } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import type { EngineCell } from "../../core/decl";
import { msg } from "../../core/messages";
import { HW_TABLES, hwMultiplier } from "./hw-table";
import { ionetParams as P } from "./params";

// Hardware multiplier ------------------------------------------------------------------------------

/**
 * IO_HW_MULTIPLIER: `asOf` is text ("2025-06-04" or "2024", case-insensitive; a typed number 2024 arrives as
 * the text "2024"), checked here so a wrong table is an enumeration error listing both.
 * Rounding: none (exact table values).
 */
export function hwMultiplierAt(device: string, asOf: string): number {
  const v = hwMultiplier(device, coerce.choice("as_of", asOf, HW_TABLES));
  let n = HW_NUMBERS.get(v);
  if (n === undefined) HW_NUMBERS.set(v, (n = v.toNumber()));
  return n;
}
/** The table's Decimal values as doubles, converted once each. */
const HW_NUMBERS = new WeakMap<Dec, number>();

// Device base score ----------------------------------------------------------------------------------

/** 0.02 / 4 per connectivity tier, exact ("0.005"). */
const TIER_STEP = new D(P.scoreTierWeight.value).div(P.scoreTiers.value).toString();
const HW_WEIGHT = P.scoreHwWeight.value;
const INNER = P.scoreInnerScale.value;
const HIRED = P.scoreHiredBonus.value;
const OUTER = P.scoreOuterScale.value;

/**
 * IO_DEVICE_SCORE: ((0.02 × tier/4 + 2 × m × n) × 100 + 0.05 × hired) × 10; 0 when the device is not
 * nominated (tier 0 or multiplier 0: block-rewards.mdx:46-47 — the bare formula would give 5 × tier).
 * Written once over core/arith (add and mul only; tier/4 is the exact constant 0.005 × tier).
 * Rounding: exact small decimals in doubles when every value fits, else 40-digit decimal; the same double
 * either way (the exact result's nearest double); no output rounding.
 */
export function deviceScore(m: number, processors: number, tier: number, hired: boolean): Dec | number {
  if (tier === 0 || m === 0) return 0;
  return run((A) => {
    const inner = A.add(A.mul(A.c(TIER_STEP), A.num(tier)), A.mul(A.c(HW_WEIGHT), A.mul(A.num(m), A.num(processors))));
    const base = A.mul(inner, A.c(INNER));
    return A.mul(hired ? A.add(base, A.c(HIRED)) : base, A.c(OUTER));
  });
}

// Block reward ---------------------------------------------------------------------------------------

/** Pools: "enterprise"/"community" from 2025-06-04; "gpu"/"cpu" the same 95/5 split from 2024-06-25 to 2025-06-03. */
export const POOLS = ["enterprise", "community", "gpu", "cpu"] as const;
export type Pool = (typeof POOLS)[number];

/** The share of each hourly block a pool receives. */
export function poolShare(pool: Pool, enterpriseShare: Dec): Dec {
  return pool === "enterprise" || pool === "gpu" ? enterpriseShare : new D(1).minus(enterpriseShare);
}

const ONE_DD = dd.exact(1);

/**
 * IO_BLOCK_REWARD on numbers (each its shortest decimal): the double nearest block_emission × pool share × score /
 * Σ pool scores by double-double with the rounding test (core/dd.ts), else {@link blockReward}; the same double and
 * the same error either way (doubles order like their shortest decimals, so score > sum is decided exactly).
 */
export function blockRewardFast(score: number, poolScoreSum: number, blockEmission: number, pool: Pool, enterpriseShare: number): number | Dec {
  const slow = () => blockReward(new D(score), new D(poolScoreSum), new D(blockEmission), pool, new D(enterpriseShare));
  if (score > poolScoreSum) return slow();
  const enterprise = pool === "enterprise" || pool === "gpu";
  // A zero factor gives +0 in decimal.js too (1 − 1 is +0), unless a factor is −0 (then the decimal core decides the sign).
  const negZero = Object.is(score, -0) || Object.is(blockEmission, -0) || (enterprise && Object.is(enterpriseShare, -0));
  if (!negZero && (score === 0 || blockEmission === 0 || enterpriseShare === (enterprise ? 0 : 1))) return 0;
  return dd.fastOr(() => {
    const x = dd.inputs(score, poolScoreSum, blockEmission, enterpriseShare);
    if (x === undefined) return undefined;
    const share = enterprise ? x[3]! : dd.sub(ONE_DD, x[3]!);
    return dd.div(dd.mul(dd.mul(x[2]!, share), x[0]!), x[1]!);
  }, slow);
}

/**
 * IO_BLOCK_REWARD: block_emission × pool share × score / Σ pool scores; score ≤ Σ pool scores.
 * Rounding: 40-digit decimal, no output rounding.
 */
export function blockReward(score: Dec, poolScoreSum: Dec, blockEmission: Dec, pool: Pool, enterpriseShare: Dec): Dec {
  if (score.gt(poolScoreSum)) {
    const v = score.toNumber();
    throw new DepinError("OUT_OF_RANGE", "device_score", v, msg.atMost("device_score", `pool_score_sum (${poolScoreSum.toNumber()})`, v));
  }
  return blockEmission.times(poolShare(pool, enterpriseShare)).times(score).div(poolScoreSum);
}

// Co-staking -----------------------------------------------------------------------------------------

const MAX_COSTAKE = new D(P.maxCostakeShare.value);

/**
 * IO_COSTAKE_SPLIT: the co-staker receives reward × share, the owner the rest (owner = reward − co-staker,
 * so the two cells add up to the reward exactly). Error when costake > 50 % of owner_stake + costake.
 * Rounding: 40-digit decimal, no output rounding.
 */
export function costakeSplit(reward: Dec, costakerShare: Dec, ownerStake: Dec, costake: Dec): EngineCell[][] {
  const cap = MAX_COSTAKE.times(ownerStake.plus(costake));
  if (costake.gt(cap)) {
    const v = costake.toNumber();
    throw new DepinError(
      "OUT_OF_RANGE",
      "costake",
      v,
      msg.atMost("costake", `${MAX_COSTAKE.times(100).toString()}% of the total stake owner_stake + costake (${cap.toNumber()})`, v)
    );
  }
  const toCostaker = reward.times(costakerShare);
  return [
    ["owner", reward.minus(toCostaker)],
    ["costaker", toCostaker],
  ];
}
