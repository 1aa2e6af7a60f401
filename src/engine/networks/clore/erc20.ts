/**
 * Clore.ai current-regime formulas (ERC-20 era; PoH 2.0 as a dated legacy rule; REFERENCE.md §G.21–G.24):
 * typed inputs in, Decimal out. The PoH 2.0 GPU holding limits live in ./data/gpu-poh-limits.json, one
 * provenance record per row; this module indexes them once, at module load.
 */
import { D, type Dec } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import type { Confidence } from "../../core/provenance";
import data from "./data/gpu-poh-limits.json";
import { cloreParams as P } from "./params";

const ONE = new D(1);

// PoH staking pool (REFERENCE.md §G.21) ---------------------------------------------------------------

/**
 * CLORE paid to PoH stakers per day, `years` after the pool's reference date: pool × (1 − decay)^⌊years⌋
 * (the decay steps once a year; years ≥ 0).
 * Rounding: 40-digit decimal (an integer power by decimal.js, one rounding with guard digits); no output rounding.
 */
export function pohPool(years: number, dailyPool: Dec, annualDecay: Dec): Dec {
  const steps = Math.floor(years);
  return steps === 0 ? dailyPool : dailyPool.mul(ONE.minus(annualDecay).pow(steps));
}

// PoH 2.0 (REFERENCE.md §G.22, §G.23) -----------------------------------------------------------------

const EXCESS_RATE = new D(P.poh2ExcessRate.value);
const COUNTED_EXTRA = new D(P.poh2CountedMultiple.value).minus(1);

/**
 * PoH 2.0 rewarded holding: min(h, L) + 0.5 × min(max(h − L, 0), L), L the sum of the PoH limits of the
 * host's active, rented GPUs: holdings above L count at half rate up to 2 × L, above that nothing; at most 1.5 × L.
 * Rounding: exact (a half of a decimal); no output rounding.
 */
export function poh2Weight(holding: Dec, limit: Dec): Dec {
  if (holding.lte(limit)) return holding;
  const excess = D.min(holding.minus(limit), limit.mul(COUNTED_EXTRA));
  return limit.plus(excess.mul(EXCESS_RATE));
}

/** One row of the PoH 2.0 GPU limit table, as stored in the data file. */
export interface GpuLimitRow {
  readonly model: string;
  /** CLORE, as a decimal string. */
  readonly limit: string;
  readonly source: string;
  readonly retrieved: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

interface GpuLimitData {
  readonly regime: { readonly id: string; readonly confidence: Confidence; readonly note: string; readonly source: string };
  readonly unit: string;
  readonly rows: readonly GpuLimitRow[];
  readonly missing: string;
}

export const GPU_LIMIT_DATA = data as unknown as GpuLimitData;
/** The models with a published limit, in the table's order ("H100", "A100", "L40", "A6000"). */
export const GPU_MODELS: readonly string[] = GPU_LIMIT_DATA.rows.map((r) => r.model);
const LIMITS = new Map(GPU_LIMIT_DATA.rows.map((r) => [r.model.toLowerCase(), new D(r.limit)] as const));

/**
 * The PoH 2.0 holding limit of a GPU model, in CLORE: a case-insensitive lookup (blanks trimmed) in the only
 * published table; any other model is an error listing the four models.
 * Rounding: none (table values are integers).
 */
export function gpuPohLimit(model: string): Dec {
  const v = LIMITS.get(model.trim().toLowerCase());
  if (v !== undefined) return v;
  throw new DepinError("INVALID_ARG", "gpu_model", model, msg.oneOf("gpu_model", GPU_MODELS, model));
}

// MFP lock (REFERENCE.md §G.24) -----------------------------------------------------------------------

const UNIT = new D(P.mfpLockUnit.value);
const TIER_MULTIPLE: readonly Dec[] = [P.mfpTier1Multiple, P.mfpTier2Multiple, P.mfpTier3Multiple].map((p) => new D(p.value).mul(UNIT));

/**
 * CLORE to lock to fill a tier of the MFP lock at a server's MFP (cumulative, at the top of the tier):
 * MFP × 1,000 × {1, 5, 7} for tier {1, 2, 3}.
 * Rounding: exact (a decimal times an integer); no output rounding.
 */
export function mfpLock(mfp: Dec, tier: number): Dec {
  return mfp.mul(TIER_MULTIPLE[tier - 1]!);
}
