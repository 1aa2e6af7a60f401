/**
 * The Yuma Consensus epoch (`TAO_YUMA`) as a Float64 kernel: subtensor's `epoch_mechanism`, sparse path
 * (opentensor/subtensor@14bc6f9f pallets/subtensor/src/epoch/run_epoch.rs:566-1076), REFERENCE.md §B.2
 * steps 1–12, in real arithmetic.
 *
 * Modules: ./read.ts (argument shapes, the row reader both kernels validate cells with), ./stake.ts (steps
 * 1–3, consensus weights σ and the κ target), ./select.ts (weighted selection), ./dense.ts and ./streamed.ts
 * (the two kernels: steps 4–5, 7–8), ./finish.ts (steps 6, 9–12, shared), ./tuning.ts (which kernel; sample
 * size).
 *
 * Tolerance (SPEC §3 allows Float64 kernels for Yuma): against the chain's I32F32 fixed point the kernel
 * deviates by ≤ 2.6e-9 in proportions, ≤ 2 rao per TAO of emission and ≤ 1 stored u16 bond for subnets of
 * ≤ 10 uids, and by ≤ 1.6e-6 in proportions, ≤ 2.6e-7 relative in emission and ≤ 11 stored u16 at 256 uids with
 * 64 validators (REFERENCE.md B.3; the chain's own truncation error grows with n). Against exact real
 * arithmetic (and against the naive dense oracle in test/engine/bittensor) the kernel agrees within an
 * absolute 1e-9 on proportions (measured: ~1e-15; sums of ≤ 4,096 doubles, clipping within one ulp) and ±1
 * stored u16 (a floor at an integer boundary). The one discontinuous step, the κ-quantile, is decided exactly
 * (ties included: the first value whose cumulative stake exceeds Σσ − κ·Σσ, as a stable sort of the column
 * gives) whenever the consensus stakes are decimals with at most 9 places summing below 2^53 in those units
 * (./stake.ts); for other stakes it can differ from exact arithmetic only when a column's cumulative stake
 * equals Σσ − κ·Σσ to within ~1e-15.
 *
 * Rounding: float64 throughout, no output rounding; stored bonds are ⌊x·65535⌋ as the chain writes them;
 * emissions are not floored to rao (the chain floors them, ≤ 1 rao per uid lower).
 *
 * Cost: O(n + Σ non-empty permitted weight rows × n) time, memory proportional to the input. Two kernels
 * with the same contract ({@link yumaEpochOf} picks by the number of consensus rows):
 * - `yumaEpoch` (./dense.ts; few consensus rows, e.g. 64 validators);
 * - `yumaEpochStreamed` (./streamed.ts; many, e.g. 4,096 validators): never copies the n×n weights.
 * The EMA bonds are materialised only for the bonds outputs, because their column sums have closed forms.
 * The κ-quantile is the same value in both; only summation order differs, so proportions agree within the
 * tolerance above.
 *
 * Measured (`npm run bench`, 2 cores, ±10 % between runs): 256 uids with 64 validators and previous bonds
 * 0.69 ms per epoch; 4,096 × 4,096 dense with every uid a validator 206–225 ms median (the first call, which
 * compiles the kernel as it goes, 280–290 ms; peak RSS +62–73 MB over the ~350 MB the input takes), the
 * same with blank (null) cells 210 ms, with dense previous bonds 278–311 ms; 4,096 × 4,096 with the default
 * 64 permits 39–40 ms. The split into this folder (and the exact consensus ties) measured the same,
 * tsc-compiled and interleaved A/B against the single-file kernel on one input: 256 uids (no bonds) 0.40 vs
 * 0.39–0.41 ms, 4,096² all validators 191/207 vs 192/227 ms, 4,096² with 64 permits 29.9 vs 30.4 ms.
 * The per-element loops are written for V8: module-constant typed arrays (base and length compiled in),
 * branch-free bucket and clip arithmetic, two accumulators per reduction, and one function per phase so
 * that each loop nest is optimised with its own type feedback (docs/CONTRIBUTING.md "Speed work").
 */
import { yumaEpoch } from "./dense";
import { matrixRows, matrixSource, U16_MAX } from "./read";
import { stakeAndPermits } from "./stake";
import { yumaEpochStreamed } from "./streamed";
import { tuning } from "./tuning";
import type { YumaInput, YumaResult, YumaWants } from "./types";

export { MAX_UIDS, squareSize, rejectObject } from "./read";
export { chainAlpha } from "./stake";
export { weightedQuantile, weightedSelect } from "./select";
export type { Rows, YumaInput, YumaResult, YumaSettings, YumaVariant, YumaWants } from "./types";

/**
 * One epoch: steps 1–2, then the kernel for the number of consensus rows (uids with a permit, activity and
 * stake). `weights` and `bondsPrev` (null = none) are the raw n×n arguments, shape-checked by the caller
 * (`squareSize`); their cells are validated as the kernel reads them.
 */
export function yumaEpochOf(inp: YumaInput, weights: unknown, bondsPrev: unknown, wants: YumaWants): YumaResult {
  const { n, active } = inp;
  const sp = stakeAndPermits(inp);
  let consensusRows = 0;
  for (let i = 0; i < n; i++) if (sp.permit[i] && (active === null || active[i]) && sp.stake[i]! > 0) consensusRows++;
  if (consensusRows > tuning().gatherAllMaxRows) {
    const W = matrixSource("weights", weights, n);
    const B = bondsPrev !== null ? () => matrixSource("bonds_prev", bondsPrev, n, U16_MAX) : null;
    return yumaEpochStreamed(inp, sp, W, B, wants);
  }
  const W = matrixRows("weights", weights, n, sp.permit);
  const B = bondsPrev !== null ? matrixRows("bonds_prev", bondsPrev, n, null, U16_MAX).rows : null;
  return yumaEpoch(inp, sp, W, B, wants);
}
