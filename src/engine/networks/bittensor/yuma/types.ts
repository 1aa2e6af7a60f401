/**
 * Types shared by the Yuma epoch modules (data only). See ./index.ts for the kernel overview.
 */

export type YumaVariant = "yuma" | "yuma3";

export interface YumaSettings {
  /** κ, the consensus majority, in (0, 1). */
  readonly kappa: number;
  /** β, bonds moving average, in [0, 1]; the EMA rate is α = 1 − I32F32(β) as on chain. */
  readonly bondsMovingAverage: number;
  /** Bonds penalty in [0, 1]: 0 = bonds on raw weights, 1 = on clipped weights. */
  readonly bondsPenalty: number;
  readonly yuma: YumaVariant;
  /** Number of validator permits (top stakes). */
  readonly maxValidators: number;
  /** Subnet owner uid (0-based) or −1 for none. */
  readonly ownerUid: number;
  /** Stake threshold in the stake's own units (owner exempt). */
  readonly stakeThreshold: number;
  /** TAO handed to the epoch. */
  readonly emission: number;
}

/**
 * A validated matrix row: the caller's array, or a Float64Array copy where some cell needed coercion. The
 * caller's array may hold null for a blank cell (typed as number: every use multiplies or adds it, which
 * reads null as 0); it never holds anything else that is not a number.
 */
export type Row = ArrayLike<number>;

/** A square matrix as rows; `null` is an all-zero (or unused) row. */
export type Rows = (Float64Array | null)[];

/**
 * An n×n numeric argument as the Yuma kernel reads it: the caller's rows, validated cell by cell in the
 * kernel's first pass over them (`readRow` in ./read.ts), so the matrix is never copied into a second n×n store.
 */
export interface MatrixSource {
  readonly param: string;
  readonly rows: readonly (readonly unknown[])[];
  /** Largest accepted value (Number.MAX_VALUE when unbounded, so that ±Infinity takes the slow path). */
  readonly max: number;
}

export interface YumaInput {
  readonly n: number;
  /** Raw stakes (any unit, ≥ 0). */
  readonly stake: Float64Array;
  /** Previous epoch's permits (1/0), or null for "the new top-k permits". */
  readonly permitsPrev: Uint8Array | null;
  /** Activity flags (1/0), or null for all active. */
  readonly active: Uint8Array | null;
  readonly settings: YumaSettings;
}

export interface StakeAndPermits {
  /** Stake after the threshold, as given (raw units). */
  readonly raw: Float64Array;
  /** Normalised stake S after the threshold. */
  readonly stake: Float64Array;
  /** New permits (top-k non-zero stakes, owner forced). */
  readonly newPermit: Uint8Array;
  /** Permits used by this epoch (the previous epoch's, owner forced). */
  readonly permit: Uint8Array;
}

/** What the caller wants computed beyond the per-uid columns. */
export interface YumaWants {
  readonly bonds: boolean;
  readonly bondsNormalized: boolean;
}

export interface YumaResult {
  readonly stake: Float64Array;
  readonly activeStake: Float64Array;
  readonly consensus: Float64Array;
  readonly validatorTrust: Float64Array;
  readonly rank: Float64Array;
  readonly trust: Float64Array;
  readonly incentive: Float64Array;
  readonly dividends: Float64Array;
  readonly minerEmission: Float64Array;
  readonly validatorEmission: Float64Array;
  readonly validatorPermit: Uint8Array;
  /** New bonds as stored (u16 values, rows without a new permit cleared), when asked for. */
  readonly bonds?: Rows;
  /** EMA bonds, column-normalised, when asked for. */
  readonly bondsNormalized?: Rows;
}

/**
 * Step 3 and the consensus weights σ. σ is in integer stake units when the consensus stakes allow exact
 * sums (see `activeStake` in ./stake.ts), else Sa renormalised; `minority` is the κ-quantile's target
 * Σσ − κ·Σσ in the same units (rounded down to a whole unit in the exact case).
 */
export interface ActiveStake {
  /** Sa: normalised active stake. */
  readonly Sa: Float64Array;
  readonly saSum: number;
  /** σ_i > 0 exactly for the consensus rows (Sa_i > 0). */
  readonly sig: Float64Array;
  /** Σσ. */
  readonly sigTotal: number;
  /** The first value whose cumulative σ exceeds this is the consensus. */
  readonly minority: number;
  /** Sa_i = σ_i · saPerSig. */
  readonly saPerSig: number;
  /** Uids with σ > 0. */
  readonly consensusRows: number;
}

/**
 * Weight rows as both kernels hand them to the shared finish: the caller's rows (null = no weight row), never
 * modified, normalised lazily by `inv` (1 / row sum without the diagonal); the diagonal (except the owner's)
 * counts as 0.
 */
export interface WeightRows {
  readonly rows: readonly (Row | null)[];
  readonly inv: Float64Array;
}

/** Consensus results that the bonds, dividends and emission steps start from. */
export interface ConsensusSums {
  readonly C: Float64Array;
  /** Rank Σ_i Sa_i·min(w_ij, C_j). */
  readonly R: Float64Array;
  /** Prerank Σ_i Sa_i·w_ij. */
  readonly Pr: Float64Array;
  /** Yuma3: Σ_i W_b,ij over every weight row; null for original Yuma. */
  readonly colWb: Float64Array | null;
}

/** Previous bonds as the tail of the epoch reads them: rows (null = all zero) and their column sums. */
export interface BondRows {
  readonly rows: readonly (Row | null)[];
  readonly colSum: Float64Array;
}
