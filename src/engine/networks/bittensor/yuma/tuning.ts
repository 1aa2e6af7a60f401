/**
 * Tuning of the two kernels. Module-private: production code reads it through {@link tuning}; tests force
 * either consensus path on small inputs through {@link setTuningForTests} only.
 */

export interface YumaTuning {
  /** Up to this many consensus rows (uids with active permitted stake), TAO_YUMA uses the dense kernel; above, the streamed one. */
  readonly gatherAllMaxRows: number;
  /** Rows sampled (stake-weighted, stratified) to place each column's buckets around its κ-quantile (streamed kernel). */
  readonly sampleRows: number;
}

const DEFAULT: YumaTuning = { gatherAllMaxRows: 256, sampleRows: 64 };
let current: YumaTuning = DEFAULT;

/** The tuning in force. */
export function tuning(): YumaTuning {
  return current;
}

/** Test seam: overrides part of the tuning until called again; `null` restores the production values. */
export function setTuningForTests(t: Partial<YumaTuning> | null): void {
  current = t === null ? DEFAULT : { ...DEFAULT, ...t };
}
