/**
 * Clore.ai current-regime formulas (ERC-20 era; PoH 2.0 as a dated legacy rule; REFERENCE.md §G.21–G.24):
 * typed inputs in, Decimal out. The PoH 2.0 GPU holding limits live in ./data/gpu-poh-limits.json, one
 * provenance record per row; this module indexes them once, at module load.
 */
import { run } from "../../core/arith";
import * as dd from "../../core/dd";
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
 * Rounding: the double nearest the exact value, by double-double with a running error bound (core/dd.ts,
 * square-and-multiply up to 2^20 whole years); when its rounding test refuses (or the result is 0), the decimal
 * path {@link pohPoolDecimal} (the same double either way).
 */
export function pohPool(years: number, dailyPool: number, annualDecay: number): Dec | number {
  const steps = Math.floor(years);
  if (steps === 0) return dailyPool;
  return dd.fastOr(
    () => {
      const x = dd.inputs(dailyPool, annualDecay);
      if (x === undefined || steps > 2 ** 20) return undefined;
      let base = dd.sub(dd.exact(1), x[1]!);
      let r = dd.exact(1);
      for (let n = steps; ; ) {
        if (n & 1) r = dd.mul(r, base);
        n >>>= 1;
        if (n === 0) break;
        base = dd.mul(base, base);
      }
      return dd.mul(x[0]!, r);
    },
    () => pohPoolDecimal(steps, new D(dailyPool), new D(annualDecay))
  );
}

/**
 * {@link pohPool} on decimal.js: pool × (1 − decay)^steps.
 * Rounding: 40-digit decimal (an integer power by decimal.js, one rounding with guard digits); no output rounding.
 */
export function pohPoolDecimal(steps: number, dailyPool: Dec, annualDecay: Dec): Dec {
  return dailyPool.mul(ONE.minus(annualDecay).pow(steps));
}

// PoH 2.0 (REFERENCE.md §G.22, §G.23) -----------------------------------------------------------------

const EXCESS_RATE = P.poh2ExcessRate.value;
/** The counted multiple of the limit (2): a power of two, so `COUNTED × L` below is exact in doubles. */
const COUNTED = Number(P.poh2CountedMultiple.value);

/**
 * PoH 2.0 rewarded holding: min(h, L) + 0.5 × min(max(h − L, 0), L), L the sum of the PoH limits of the
 * host's active, rented GPUs: holdings above L count at half rate up to 2 × L, above that nothing; at most 1.5 × L.
 * The branch is chosen by exact comparisons of the doubles (h ≤ L, h ≤ 2L), so it is the exact formula's.
 * Rounding: the double nearest the exact value (core/arith.ts: exact small decimals, else decimal.js at 40 digits).
 */
export function poh2Weight(holding: number, limit: number): Dec | number {
  if (holding <= limit) return holding;
  if (holding <= COUNTED * limit) return run((A) => A.add(A.num(limit), A.mul(A.c(EXCESS_RATE), A.sub(A.num(holding), A.num(limit)))));
  return run((A) => A.add(A.num(limit), A.mul(A.c(EXCESS_RATE), A.mul(A.num(limit), A.c(String(COUNTED - 1))))));
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
/** MFP × 1,000 × {1, 5, 7}: the cumulative CLORE per MFP at the top of each tier, as decimal strings. */
const PER_MFP: readonly string[] = [P.mfpTier1Multiple, P.mfpTier2Multiple, P.mfpTier3Multiple].map((p) => new D(p.value).mul(UNIT).toString());

/**
 * CLORE to lock to fill a tier of the MFP lock at a server's MFP (cumulative, at the top of the tier):
 * MFP × 1,000 × {1, 5, 7} for tier {1, 2, 3}.
 * Rounding: the double nearest the exact product (core/arith.ts).
 */
export function mfpLock(mfp: number, tier: number): Dec | number {
  const perMfp = PER_MFP[tier - 1]!;
  return run((A) => A.mul(A.num(mfp), A.c(perMfp)));
}
