/**
 * The Yuma Consensus epoch (`TAO_YUMA`) as a Float64 kernel: subtensor's `epoch_mechanism`, sparse path
 * (opentensor/subtensor@14bc6f9f pallets/subtensor/src/epoch/run_epoch.rs:566-1076), REFERENCE.md §B.2
 * steps 1–12, in real arithmetic.
 *
 * Tolerance (SPEC §3 allows Float64 kernels for Yuma): against the chain's I32F32 fixed point the kernel
 * deviates by ≤ 2.6e-9 in proportions, ≤ 2 rao per TAO of emission and ≤ 1 stored u16 bond for subnets of
 * ≤ 10 uids, and by ≤ 1.6e-6 in proportions, ≤ 2.6e-7 relative in emission and ≤ 11 stored u16 at 256 uids with
 * 64 validators (REFERENCE.md B.3; the chain's own truncation error grows with n). Against exact real
 * arithmetic the kernel is within a relative 1e-12 (sums of ≤ 4,096 doubles); the one discontinuous step
 * (the κ-quantile) can differ from exact arithmetic only when a column's cumulative stake equals Σσ − κ to
 * within ~1e-15, where the chain's own truncation decides instead.
 *
 * Rounding: float64 throughout, no output rounding; stored bonds are ⌊x·65535⌋ as the chain writes them;
 * emissions are not floored to rao (the chain floors them, ≤ 1 rao per uid lower).
 *
 * Cost: O(n + Σ non-empty permitted weight rows × n) time, memory proportional to the input. Rows of
 * uids without a permit are never stored; the κ-quantile of each column is a linear-time weighted
 * quickselect (three-way partition, median-of-three pivot), not a sort.
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

/** A square matrix as rows; `null` is an all-zero (or unused) row. */
export type Rows = (Float64Array | null)[];

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

const U16 = 65535;
const TWO32 = 4294967296;

/** The chain's EMA rate: α = 1 − I32F32(I64F64(β·1e6)/1e6), i.e. β truncated to 32 fractional bits (run_epoch.rs:1234-1245). */
export function chainAlpha(beta: number): number {
  return 1 - Math.floor(beta * TWO32) / TWO32;
}

/**
 * Steps 1–2: stake after the threshold (normalised), new permits (`is_topk_nonzero`: stable ascending
 * sort, the n − k first lose their permit, so the lower uid is dropped at a tie) and the permits used.
 */
export function stakeAndPermits(inp: YumaInput): StakeAndPermits {
  const { n, settings } = inp;
  const owner = settings.ownerUid;
  const S = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const s = inp.stake[i]!;
    const v = i !== owner && Math.floor(s) < settings.stakeThreshold ? 0 : s;
    S[i] = v;
    sum += v;
  }
  if (sum > 0) for (let i = 0; i < n; i++) S[i] = S[i]! / sum;

  const newPermit = new Uint8Array(n);
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    if (S[i] !== 0) newPermit[i] = 1;
    else zeros++;
  }
  const k = settings.maxValidators;
  if (n >= k) {
    // Zeros sort first and already lack a permit; drop the next (n − k − zeros) smallest non-zero stakes.
    const drop = n - k - zeros;
    if (drop > 0) {
      const idx: number[] = [];
      for (let i = 0; i < n; i++) if (S[i] !== 0) idx.push(i);
      idx.sort((a, b) => S[a]! - S[b]! || a - b);
      for (let t = 0; t < drop; t++) newPermit[idx[t]!] = 0;
    }
  }
  if (owner >= 0 && owner < n) newPermit[owner] = 1;
  const permit = inp.permitsPrev ? Uint8Array.from(inp.permitsPrev) : Uint8Array.from(newPermit);
  if (owner >= 0 && owner < n) permit[owner] = 1;
  return { stake: S, newPermit, permit };
}

/**
 * The first value x (in ascending order) whose cumulative weight Σ_{v ≤ x} w exceeds `target`, over
 * vals[0..len) with weights wts[0..len); `fallback` when none does. Linear expected time (weighted
 * quickselect with a three-way partition); reorders both arrays.
 */
export function weightedQuantile(vals: Float64Array, wts: Float64Array, len: number, target: number, fallback: number): number {
  let lo = 0;
  let hi = len;
  let acc = 0;
  while (lo < hi) {
    const a = vals[lo]!;
    const b = vals[(lo + hi) >>> 1]!;
    const c = vals[hi - 1]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let lt = lo;
    let i = lo;
    let gt = hi;
    let wl = 0;
    let we = 0;
    while (i < gt) {
      const v = vals[i]!;
      if (v < pivot) {
        const w = wts[i]!;
        vals[i] = vals[lt]!;
        wts[i] = wts[lt]!;
        vals[lt] = v;
        wts[lt] = w;
        wl += w;
        lt++;
        i++;
      } else if (v > pivot) {
        gt--;
        const w = wts[i]!;
        vals[i] = vals[gt]!;
        wts[i] = wts[gt]!;
        vals[gt] = v;
        wts[gt] = w;
      } else {
        we += wts[i]!;
        i++;
      }
    }
    if (acc + wl > target) hi = lt;
    else if (acc + wl + we > target) return pivot;
    else {
      acc += wl + we;
      lo = gt;
    }
  }
  return fallback;
}

/**
 * One Yuma epoch. `weights` holds the rows of the uids with a permit (rows of other uids are ignored and
 * may be null); it is modified in place (masked, row-normalised). `bondsPrev` holds the stored u16 bonds
 * (null = none) and is reused in place as the EMA bonds.
 */
export function yumaEpoch(inp: YumaInput, sp: StakeAndPermits, weights: Rows, bondsPrev: Rows | null, wants: YumaWants): YumaResult {
  const { n, settings } = inp;
  const owner = settings.ownerUid;
  const { stake: S, newPermit, permit: P } = sp;
  const A = inp.active;

  // 3. Active stake.
  const Sa = new Float64Array(n);
  let saSum = 0;
  for (let i = 0; i < n; i++) {
    if (P[i] && (A === null || A[i])) {
      Sa[i] = S[i]!;
      saSum += S[i]!;
    }
  }
  if (saSum > 0) for (let i = 0; i < n; i++) Sa[i] = Sa[i]! / saSum;

  // 4. Weights: rows of permitted uids, diagonal masked (owner keeps its self weight), row-normalised.
  const vrows: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = weights[i];
    if (!row) continue;
    if (!P[i]) {
      weights[i] = null;
      continue;
    }
    if (i !== owner) row[i] = 0;
    let s = 0;
    for (let j = 0; j < n; j++) s += row[j]!;
    if (s > 0) {
      const inv = 1 / s;
      for (let j = 0; j < n; j++) row[j] = row[j]! * inv;
      vrows.push(i);
    } else weights[i] = null;
  }

  // 5. Consensus: κ-quantile of each column over the rows with active stake (σ = Sa restricted to > 0, renormalised).
  const C = new Float64Array(n);
  let sigTotal = 0;
  let sigRaw = 0;
  for (let i = 0; i < n; i++) if (Sa[i]! > 0) sigRaw += Sa[i]!;
  const crows: number[] = [];
  const csig: number[] = [];
  if (sigRaw > 0) {
    for (let i = 0; i < n; i++) if (Sa[i]! > 0) sigTotal += Sa[i]! / sigRaw;
    for (const i of vrows) {
      if (Sa[i]! > 0) {
        crows.push(i);
        csig.push(Sa[i]! / sigRaw);
      }
    }
  }
  const m = crows.length;
  if (m > 0) {
    const kappa = settings.kappa;
    const minority = sigTotal - kappa;
    const vals = new Float64Array(m);
    const wts = new Float64Array(m);
    const crowArr: Float64Array[] = crows.map((i) => weights[i]!);
    const sigArr = Float64Array.from(csig);
    for (let j = 0; j < n; j++) {
      let len = 0;
      let pj = 0;
      let mx = 0;
      for (let r = 0; r < m; r++) {
        const w = crowArr[r]![j]!;
        if (w > 0) {
          const s = sigArr[r]!;
          vals[len] = w;
          wts[len] = s;
          len++;
          pj += s;
          if (w > mx) mx = w;
        }
      }
      if (len === 0) continue;
      const zeroW = sigTotal - pj;
      if (zeroW > minority) continue; // C_j = 0
      C[j] = weightedQuantile(vals, wts, len, minority - zeroW, mx);
    }
  }

  // 6–7. Clipping, validator trust, rank, prerank; 8. weights for bonds (ΔB column sums for the original Yuma).
  const VT = new Float64Array(n);
  const R = new Float64Array(n);
  const Pr = new Float64Array(n);
  for (const i of vrows) {
    const row = weights[i]!;
    const sa = Sa[i]!;
    let vt = 0;
    if (sa > 0) {
      for (let j = 0; j < n; j++) {
        const w = row[j]!;
        if (w === 0) continue;
        const c = C[j]!;
        const wc = w < c ? w : c;
        vt += wc;
        R[j] = R[j]! + sa * wc;
        Pr[j] = Pr[j]! + sa * w;
      }
    } else {
      for (let j = 0; j < n; j++) {
        const w = row[j]!;
        const c = C[j]!;
        vt += w < c ? w : c;
      }
    }
    VT[i] = vt;
  }
  let rSum = 0;
  for (let j = 0; j < n; j++) rSum += R[j]!;
  const I = new Float64Array(n);
  if (rSum > 0) for (let j = 0; j < n; j++) I[j] = R[j]! / rSum;
  const T = new Float64Array(n);
  for (let j = 0; j < n; j++) if (Pr[j]! > 0) T[j] = R[j]! / Pr[j]!;

  // 9–10. Bonds and dividends.
  const alpha = chainAlpha(settings.bondsMovingAverage);
  const bp = settings.bondsPenalty;
  const D = new Float64Array(n);
  const ema: Rows = bondsPrev ?? new Array<Float64Array | null>(n).fill(null);
  const colE = new Float64Array(n);
  const colMax = new Float64Array(n);
  const inVrows = new Uint8Array(n);
  for (const i of vrows) inVrows[i] = 1;

  if (settings.yuma === "yuma") {
    // Column sums of the previous bonds and of ΔB = W_b ∘ Sa.
    const colB = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const b = ema[i];
      if (!b) continue;
      for (let j = 0; j < n; j++) colB[j] = colB[j]! + b[j]!;
    }
    const colD = new Float64Array(n);
    for (const i of vrows) {
      const sa = Sa[i]!;
      if (!(sa > 0)) continue;
      const row = weights[i]!;
      for (let j = 0; j < n; j++) {
        const w = row[j]!;
        if (w === 0) continue;
        const c = C[j]!;
        const wb = w + bp * ((w < c ? w : c) - w);
        colD[j] = colD[j]! + wb * sa;
      }
    }
    const fB = new Float64Array(n);
    const fD = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      if (colB[j]! > 0) fB[j] = (1 - alpha) / colB[j]!;
      if (colD[j]! > 0) fD[j] = alpha / colD[j]!;
    }
    for (let i = 0; i < n; i++) {
      const hasD = inVrows[i] === 1 && Sa[i]! > 0;
      let b = ema[i] ?? null;
      if (!b && !hasD) continue;
      if (!b) {
        b = new Float64Array(n);
        ema[i] = b;
      } else for (let j = 0; j < n; j++) b[j] = b[j]! * fB[j]!;
      if (hasD) {
        const row = weights[i]!;
        const sa = Sa[i]!;
        for (let j = 0; j < n; j++) {
          const w = row[j]!;
          if (w === 0) continue;
          const c = C[j]!;
          const wb = w + bp * ((w < c ? w : c) - w);
          b[j] = b[j]! + wb * sa * fD[j]!;
        }
      }
      for (let j = 0; j < n; j++) {
        const x = b[j]!;
        colE[j] = colE[j]! + x;
        if (x > colMax[j]!) colMax[j] = x;
      }
    }
    const g = new Float64Array(n);
    for (let j = 0; j < n; j++) if (colE[j]! > 0) g[j] = I[j]! / colE[j]!;
    for (let i = 0; i < n; i++) {
      const b = ema[i];
      if (!b) continue;
      let d = 0;
      for (let j = 0; j < n; j++) d += b[j]! * g[j]!;
      D[i] = d;
    }
  } else {
    // Yuma3: absolute bonds, B_ema = α·W_b + (1 − α)·B (capped at 1), dividends weighted by active stake.
    const oneMinus = 1 - alpha;
    for (let i = 0; i < n; i++) {
      let b = ema[i] ?? null;
      const hasW = inVrows[i] === 1;
      if (!b && !hasW) continue;
      if (!b) {
        b = new Float64Array(n);
        ema[i] = b;
      } else for (let j = 0; j < n; j++) b[j] = (b[j]! / U16) * oneMinus;
      if (hasW) {
        const row = weights[i]!;
        for (let j = 0; j < n; j++) {
          const w = row[j]!;
          if (w === 0) continue;
          const c = C[j]!;
          const wb = w + bp * ((w < c ? w : c) - w);
          const dec = b[j]!;
          const inc = alpha * wb;
          const cap = 1 - dec;
          b[j] = dec + (inc < cap ? inc : cap > 0 ? cap : 0);
        }
      }
      for (let j = 0; j < n; j++) {
        const x = b[j]!;
        colE[j] = colE[j]! + x;
        if (x > colMax[j]!) colMax[j] = x;
      }
    }
    const g = new Float64Array(n);
    for (let j = 0; j < n; j++) if (colE[j]! > 0) g[j] = I[j]! / colE[j]!;
    for (let i = 0; i < n; i++) {
      const b = ema[i];
      if (!b || !(Sa[i]! > 0)) continue;
      let d = 0;
      for (let j = 0; j < n; j++) d += b[j]! * g[j]!;
      D[i] = Sa[i]! * d;
    }
  }
  let dSum = 0;
  for (let i = 0; i < n; i++) dSum += D[i]!;
  if (dSum > 0) for (let i = 0; i < n; i++) D[i] = D[i]! / dSum;

  // 11. Emission.
  const E = settings.emission;
  const minerE = new Float64Array(n);
  const valE = new Float64Array(n);
  let Z = 0;
  for (let i = 0; i < n; i++) Z += I[i]! + D[i]!;
  if (Z > 0) {
    const f = E / Z;
    for (let i = 0; i < n; i++) {
      minerE[i] = I[i]! * f;
      valE[i] = D[i]! * f;
    }
  } else {
    let s = 0;
    for (let i = 0; i < n; i++) s += Sa[i]!;
    const base = s > 0 ? Sa : S;
    for (let i = 0; i < n; i++) valE[i] = base[i]! * E;
  }

  let bondsOut: Rows | undefined;
  let bondsNorm: Rows | undefined;
  if (wants.bondsNormalized) {
    bondsNorm = new Array<Float64Array | null>(n).fill(null);
    for (let i = 0; i < n; i++) {
      const b = ema[i];
      if (!b) continue;
      const o = new Float64Array(n);
      for (let j = 0; j < n; j++) if (colE[j]! > 0) o[j] = b[j]! / colE[j]!;
      bondsNorm[i] = o;
    }
  }
  if (wants.bonds) {
    bondsOut = new Array<Float64Array | null>(n).fill(null);
    const original = settings.yuma === "yuma";
    for (let i = 0; i < n; i++) {
      const b = ema[i];
      if (!b || !newPermit[i]) continue;
      const o = new Float64Array(n);
      for (let j = 0; j < n; j++) {
        const x = original ? (colMax[j]! > 0 ? b[j]! / colMax[j]! : 0) : b[j]!;
        o[j] = Math.floor(x * U16);
      }
      bondsOut[i] = o;
    }
  }

  return {
    stake: S,
    activeStake: Sa,
    consensus: C,
    validatorTrust: VT,
    rank: R,
    trust: T,
    incentive: I,
    dividends: D,
    minerEmission: minerE,
    validatorEmission: valE,
    validatorPermit: newPermit,
    ...(bondsOut ? { bonds: bondsOut } : {}),
    ...(bondsNorm ? { bondsNormalized: bondsNorm } : {}),
  };
}
