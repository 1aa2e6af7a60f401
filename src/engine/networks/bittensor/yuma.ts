/**
 * The Yuma Consensus epoch (`TAO_YUMA`) as a Float64 kernel: subtensor's `epoch_mechanism`, sparse path
 * (opentensor/subtensor@14bc6f9f pallets/subtensor/src/epoch/run_epoch.rs:566-1076), REFERENCE.md §B.2
 * steps 1–12, in real arithmetic.
 *
 * Tolerance (SPEC §3 allows Float64 kernels for Yuma): against the chain's I32F32 fixed point the kernel
 * deviates by ≤ 2.6e-9 in proportions, ≤ 2 rao per TAO of emission and ≤ 1 stored u16 bond for subnets of
 * ≤ 10 uids, and by ≤ 1.6e-6 in proportions, ≤ 2.6e-7 relative in emission and ≤ 11 stored u16 at 256 uids with
 * 64 validators (REFERENCE.md B.3; the chain's own truncation error grows with n). Against exact real
 * arithmetic (and against the naive dense oracle in test/engine/bittensor) the kernel agrees within an
 * absolute 1e-9 on proportions (measured: ~1e-15; sums of ≤ 4,096 doubles, clipping within one ulp) and ±1
 * stored u16 (a floor at an integer boundary); the one discontinuous step (the κ-quantile) can differ from
 * exact arithmetic only when a column's cumulative stake equals Σσ − κ to within ~1e-15, where the chain's
 * own truncation decides instead.
 *
 * Rounding: float64 throughout, no output rounding; stored bonds are ⌊x·65535⌋ as the chain writes them;
 * emissions are not floored to rao (the chain floors them, ≤ 1 rao per uid lower).
 *
 * Cost: O(n + Σ non-empty permitted weight rows × n) time, memory proportional to the input. Rows of
 * uids without a permit are never stored; rows are normalised lazily (one scale factor per row); the
 * κ-quantile of each column is a linear-time weighted histogram select (then a weighted quickselect on
 * the few values left), not a sort; the EMA bonds are materialised only for the bonds outputs, because
 * their column sums have closed forms. After reading the input the kernel makes three passes over the
 * permitted rows (consensus gather, clipping, dividends).
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
 * quickselect with a three-way partition, median-of-three pivot); reorders both arrays. Used for short
 * ranges; {@link weightedSelect} handles long ones.
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
 * min(w, c) for w, c ≥ 0 without a data-dependent branch (random weights against the consensus make a
 * branch unpredictable): ½(w + c − |w − c|). Exact when c = 0 or w = c; otherwise within one ulp of
 * max(w, c) (≤ 2.3e-16 for proportions).
 */
function clip(w: number, c: number): number {
  return 0.5 * (w + c - Math.abs(w - c));
}

const BUCKETS = 1024;
const SHORT = 12;

/**
 * Same contract as {@link weightedQuantile}, for long ranges: a weighted histogram select. Each round
 * buckets the values linearly (min(len, 1,024) buckets) between their min and max (a monotone map, so buckets keep the order),
 * finds the bucket where the cumulative weight passes `target`, and keeps only that bucket; short
 * ranges finish with the quickselect. Branch-predictable, O(len) per round, in place; `hist` is scratch of
 * at least 1,024 entries.
 */
export function weightedSelect(
  vals: Float64Array,
  wts: Float64Array,
  len: number,
  target: number,
  fallback: number,
  hist: Float64Array,
  known?: { readonly min: number; readonly max: number; readonly total: number },
): number {
  let acc = 0;
  let first = known !== undefined;
  for (;;) {
    if (len <= SHORT) return weightedQuantile(vals, wts, len, target - acc, fallback);
    let mn = Infinity;
    let mx = -Infinity;
    let tot = 0;
    if (first && known) {
      mn = known.min;
      mx = known.max;
      tot = known.total;
      first = false;
    } else {
      for (let i = 0; i < len; i++) {
        const v = vals[i]!;
        if (v < mn) mn = v;
        if (v > mx) mx = v;
        tot += wts[i]!;
      }
    }
    if (!(mx > mn)) return acc + tot > target ? mn : fallback;
    const K = len < BUCKETS ? len : BUCKETS;
    const top = K - 1;
    const scale = K / (mx - mn);
    for (let b = 0; b < K; b++) hist[b] = 0;
    for (let i = 0; i < len; i++) {
      let b = ((vals[i]! - mn) * scale) | 0;
      if (b > top) b = top;
      hist[b] = hist[b]! + wts[i]!;
    }
    let cum = acc;
    let bs = -1;
    for (let b = 0; b < K; b++) {
      const h = hist[b]!;
      if (cum + h > target) {
        bs = b;
        break;
      }
      cum += h;
    }
    if (bs < 0) return fallback;
    acc = cum;
    let k = 0;
    for (let i = 0; i < len; i++) {
      const v = vals[i]!;
      let b = ((v - mn) * scale) | 0;
      if (b > top) b = top;
      if (b === bs) {
        vals[k] = v;
        wts[k] = wts[i]!;
        k++;
      }
    }
    len = k;
  }
}

/**
 * One Yuma epoch. `weights.rows` holds the raw rows of the uids with a permit (rows of other uids are
 * ignored and may be null) and `weights.sums` their sums; rows are masked in place (diagonal) and
 * normalised lazily (w = raw / row sum). `bondsPrev` holds the stored u16 bonds (null = none); it is
 * read, never modified.
 */
export function yumaEpoch(
  inp: YumaInput,
  sp: StakeAndPermits,
  weights: { readonly rows: Rows; readonly sums: Float64Array },
  bondsPrev: Rows | null,
  wants: YumaWants,
): YumaResult {
  const { n, settings } = inp;
  const owner = settings.ownerUid;
  const { stake: S, newPermit, permit: P } = sp;
  const A = inp.active;
  const W = weights.rows;
  const yuma3 = settings.yuma === "yuma3";

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

  // 4. Weights: rows of permitted uids, diagonal masked (owner keeps its self weight), row-normalised lazily.
  const inv = new Float64Array(n);
  const vrows: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = W[i];
    if (!row || !P[i]) continue;
    let s = weights.sums[i]!;
    if (i !== owner && row[i] !== 0) {
      s -= row[i]!;
      row[i] = 0;
    }
    if (s > 0) {
      inv[i] = 1 / s;
      vrows.push(i);
    }
  }
  const inV = new Uint8Array(n);
  for (const i of vrows) inV[i] = 1;

  // 5. Consensus: κ-quantile of each column over the rows with active stake (σ = Sa restricted to > 0, renormalised).
  const C = new Float64Array(n);
  let sigRaw = 0;
  for (let i = 0; i < n; i++) if (Sa[i]! > 0) sigRaw += Sa[i]!;
  let sigTotal = 0;
  const crows: number[] = [];
  if (sigRaw > 0) {
    for (let i = 0; i < n; i++) if (Sa[i]! > 0) sigTotal += Sa[i]! / sigRaw;
    for (const i of vrows) if (Sa[i]! > 0) crows.push(i);
  }
  const m = crows.length;
  if (m > 0) {
    const minority = sigTotal - settings.kappa;
    const rowsC: Float64Array[] = crows.map((i) => W[i]!);
    const invC = Float64Array.from(crows, (i) => inv[i]!);
    const sigC = Float64Array.from(crows, (i) => Sa[i]! / sigRaw);
    const BJ = 32;
    const buf = new Float64Array(BJ * m);
    const vals = new Float64Array(m);
    const wts = new Float64Array(m);
    const hist = new Float64Array(BUCKETS);
    const known = { min: 0, max: 0, total: 0 };
    for (let j0 = 0; j0 < n; j0 += BJ) {
      const jb = Math.min(BJ, n - j0);
      for (let r = 0; r < m; r++) {
        const row = rowsC[r]!;
        const f = invC[r]!;
        for (let jj = 0; jj < jb; jj++) buf[jj * m + r] = row[j0 + jj]! * f;
      }
      for (let jj = 0; jj < jb; jj++) {
        const off = jj * m;
        let len = 0;
        let pj = 0;
        let mx = 0;
        let mn = Infinity;
        for (let r = 0; r < m; r++) {
          const w = buf[off + r]!;
          if (w > 0) {
            const sg = sigC[r]!;
            vals[len] = w;
            wts[len] = sg;
            len++;
            pj += sg;
            if (w > mx) mx = w;
            if (w < mn) mn = w;
          }
        }
        if (len === 0) continue;
        const zeroW = sigTotal - pj;
        if (zeroW > minority) continue; // C_j = 0
        known.min = mn;
        known.max = mx;
        known.total = pj;
        C[j0 + jj] = weightedSelect(vals, wts, len, minority - zeroW, mx, hist, known);
      }
    }
  }

  // 6–8. Clipping, validator trust, rank, prerank, and column sums of the weights for bonds, in one pass.
  const bp = settings.bondsPenalty;
  const VT = new Float64Array(n);
  const R = new Float64Array(n);
  const Pr = new Float64Array(n);
  const colWb = yuma3 ? new Float64Array(n) : null;
  for (const i of vrows) {
    const row = W[i]!;
    const f = inv[i]!;
    const sa = Sa[i]!;
    let vt = 0;
    if (sa > 0) {
      for (let j = 0; j < n; j++) {
        const raw = row[j]!;
        if (raw === 0) continue;
        const w = raw * f;
        const c = C[j]!;
        const wc = clip(w, c);
        vt += wc;
        R[j] = R[j]! + sa * wc;
        Pr[j] = Pr[j]! + sa * w;
        if (colWb) colWb[j] = colWb[j]! + (w + bp * (wc - w));
      }
    } else {
      for (let j = 0; j < n; j++) {
        const raw = row[j]!;
        if (raw === 0) continue;
        const w = raw * f;
        const c = C[j]!;
        const wc = clip(w, c);
        vt += wc;
        if (colWb) colWb[j] = colWb[j]! + (w + bp * (wc - w));
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

  // 9–10. Bonds and dividends. The EMA bonds are only materialised when a bonds output is asked for:
  // their column sums have closed forms, so the dividends need one more pass over the rows.
  const alpha = chainAlpha(settings.bondsMovingAverage);
  const colB = new Float64Array(n);
  if (bondsPrev) {
    for (let i = 0; i < n; i++) {
      const b = bondsPrev[i];
      if (!b) continue;
      for (let j = 0; j < n; j++) colB[j] = colB[j]! + b[j]!;
    }
  }
  // ema_ij = B_ij·fB_j + wb_ij·kD_i·fD_j (rows with kD_i > 0 carry new weights), column sums colE_j.
  const fB = new Float64Array(n);
  const fD = new Float64Array(n);
  const colE = new Float64Array(n);
  const kD = new Float64Array(n);
  if (!yuma3) {
    for (let j = 0; j < n; j++) {
      const colD = Pr[j]! + bp * (R[j]! - Pr[j]!); // Σ_i Sa_i·W_b,ij
      let e = 0;
      if (colB[j]! > 0) {
        fB[j] = (1 - alpha) / colB[j]!;
        e += 1 - alpha;
      }
      if (colD > 0) {
        fD[j] = alpha / colD;
        e += alpha;
      }
      colE[j] = e;
    }
    for (const i of vrows) if (Sa[i]! > 0) kD[i] = Sa[i]!;
  } else {
    const b0 = (1 - alpha) / U16;
    for (let j = 0; j < n; j++) {
      fB[j] = b0;
      fD[j] = alpha;
      colE[j] = b0 * colB[j]! + alpha * colWb![j]!;
    }
    for (const i of vrows) kD[i] = 1;
  }
  const hB = new Float64Array(n);
  const hD = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    if (colE[j]! > 0) {
      const g = I[j]! / colE[j]!;
      hB[j] = fB[j]! * g;
      hD[j] = fD[j]! * g;
    }
  }
  const D = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (yuma3 && !(Sa[i]! > 0)) continue;
    let d = 0;
    const b = bondsPrev ? bondsPrev[i] : null;
    if (b) for (let j = 0; j < n; j++) d += b[j]! * hB[j]!;
    const k = kD[i]!;
    if (k > 0) {
      const row = W[i]!;
      const f = inv[i]!;
      let e = 0;
      for (let j = 0; j < n; j++) {
        const raw = row[j]!;
        if (raw === 0) continue;
        const w = raw * f;
        const c = C[j]!;
        e += (w + bp * (clip(w, c) - w)) * hD[j]!;
      }
      d += k * e;
    }
    D[i] = yuma3 ? Sa[i]! * d : d;
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
    const base = saSum > 0 ? Sa : S;
    for (let i = 0; i < n; i++) valE[i] = base[i]! * E;
  }

  // Bonds outputs: materialise the EMA bonds.
  let bondsOut: Rows | undefined;
  let bondsNorm: Rows | undefined;
  if (wants.bonds || wants.bondsNormalized) {
    const ema: Rows = new Array<Float64Array | null>(n).fill(null);
    const colMax = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const b = bondsPrev ? bondsPrev[i] : null;
      const k = kD[i]!;
      if (!b && !(k > 0)) continue;
      const e = new Float64Array(n);
      if (b) for (let j = 0; j < n; j++) e[j] = b[j]! * fB[j]!;
      if (k > 0) {
        const row = W[i]!;
        const f = inv[i]!;
        for (let j = 0; j < n; j++) {
          const raw = row[j]!;
          if (raw === 0) continue;
          const w = raw * f;
          const c = C[j]!;
          e[j] = e[j]! + (w + bp * (clip(w, c) - w)) * k * fD[j]!;
        }
      }
      for (let j = 0; j < n; j++) if (e[j]! > colMax[j]!) colMax[j] = e[j]!;
      ema[i] = e;
    }
    if (wants.bondsNormalized) {
      bondsNorm = ema.map((e) => {
        if (!e) return null;
        const o = new Float64Array(n);
        for (let j = 0; j < n; j++) if (colE[j]! > 0) o[j] = e[j]! / colE[j]!;
        return o;
      });
    }
    if (wants.bonds) {
      bondsOut = ema.map((e, i) => {
        if (!e || !newPermit[i]) return null;
        const o = new Float64Array(n);
        for (let j = 0; j < n; j++) {
          // Original Yuma: column max-upscaled; Yuma3: absolute proportions.
          const x = yuma3 ? e[j]! : colMax[j]! > 0 ? e[j]! / colMax[j]! : 0;
          o[j] = Math.floor(x * U16);
        }
        return o;
      });
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
