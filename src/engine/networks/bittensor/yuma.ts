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
 * Cost: O(n + Σ non-empty permitted weight rows × n) time, memory proportional to the input. Two kernels
 * with the same contract (TAO_YUMA picks by the number of consensus rows, {@link yumaTuning}):
 * - {@link yumaEpoch} (few consensus rows, e.g. 64 validators): rows of uids without a permit are
 *   validated, never stored; rows are normalised lazily; the κ-quantile of each column is a linear-time
 *   weighted histogram select (then a weighted quickselect on the few values left), not a sort.
 * - {@link yumaEpochStreamed} (many, e.g. 4,096 validators): never copies the n×n weights. Three passes
 *   over the caller's rows: validate + histogram (16 buckets per column, placed by a 64-row stake-weighted
 *   sample), gather the one bucket per column that holds the quantile (about 3 % of the entries), trust +
 *   dividends. Extra memory: the sample (64·n), the gathered entries and O(n) arrays, plus 2.3 MB of
 *   module scratch allocated once.
 * The EMA bonds are materialised only for the bonds outputs, because their column sums have closed forms.
 * The κ-quantile is exact in both (same value as a stable sort of the column); only summation order
 * differs, so proportions agree within the tolerance above.
 *
 * Measured (`npm run bench`, 2 cores, ±10 % between runs): 256 uids with 64 validators and previous bonds
 * 0.69 ms per epoch; 4,096 × 4,096 dense with every uid a validator 206–225 ms median (the first call, which
 * compiles the kernel as it goes, 280–290 ms; peak RSS +62–73 MB over the ~350 MB the input takes), the
 * same with blank (null) cells 210 ms, with dense previous bonds 278–311 ms; 4,096 × 4,096 with the default
 * 64 permits 39–40 ms.
 * The per-element loops are written for V8: module-constant typed arrays (base and length compiled in),
 * branch-free bucket and clip arithmetic, two accumulators per reduction, and one function per phase so
 * that each loop nest is optimised with its own type feedback.
 */

import { MAX_UIDS, readRow, readRowAdding, type MatrixSource, type Row } from "./validate";

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

/** Tuning of the kernels (exported so that tests can force either consensus path on small inputs). */
export const yumaTuning = {
  /** Up to this many consensus rows (uids with active permitted stake), TAO_YUMA uses {@link yumaEpoch}; above, {@link yumaEpochStreamed}. */
  gatherAllMaxRows: 256,
  /** Rows sampled (stake-weighted, stratified) to place each column's buckets around its κ-quantile. */
  sampleRows: 64,
};

/** Buckets per column in the streamed histogram: 0 = below the band, 1…14 = the band, 15 = above it. */
const K = 16;
const KM1 = K - 1;
const SC_MAX = 2 ** 40;

/**
 * Scratch of the streamed kernel's per-element loops, sized once for the largest subnet (module constants:
 * V8 then compiles their base and length into the loops instead of reloading them per access, which made
 * the histogram pass about 1.5× faster when measured). 2.3 MB in all; the kernel is not re-entrant.
 * LO, SC: each column's bucket function; BS: its selected bucket; GA, GC: an interval that contains that
 * bucket; H: per (column, bucket) Σσ, Σ Sa·w and, for Yuma3, Σw and the count (4 interleaved entries);
 * CC, HD: consensus and dividend weights for the clip pass.
 */
const LO = new Float64Array(MAX_UIDS);
const SC = new Float64Array(MAX_UIDS);
const BS = new Int32Array(MAX_UIDS);
const GA = new Float64Array(MAX_UIDS);
const GC = new Float64Array(MAX_UIDS);
const H = new Float64Array(MAX_UIDS * K * 4);
const CC = new Float64Array(MAX_UIDS);
const HD = new Float64Array(MAX_UIDS);

/**
 * The bucket of value v in a column with band start `lo` and scale `sc`: ⌊clamp((v − lo)·sc + 1, 0, 15)⌋,
 * clamped without branches (½(|t| − |t − 15| + 15)): random weights make a compare-and-branch
 * unpredictable. Every step rounds monotonically, so the bucket is a non-decreasing function of v, which is
 * all the select relies on. |t| ≤ 2^40 + 1 keeps the clamp exact at both ends. lo = sc = 0 puts every value
 * in bucket 1 (a column gathered whole).
 */
function bucketOf(v: number, lo: number, sc: number): number {
  const t = (v - lo) * sc + 1;
  return (0.5 * (Math.abs(t) - Math.abs(t - KM1) + KM1)) | 0;
}

/** Histogram of one row segment into {@link H}, original Yuma: per (column, bucket) Σσ and Σ Sa·w (stride 2). */
function histRange(row: Row, f: number, sg: number, sa: number, j0: number, j1: number): void {
  for (let j = j0; j < j1; j++) {
    const v = row[j]! * f;
    const t = (v - LO[j]!) * SC[j]! + 1;
    const idx = (j * K + ((0.5 * (Math.abs(t) - Math.abs(t - KM1) + KM1)) | 0)) << 1;
    H[idx] = H[idx]! + sg;
    H[idx + 1] = H[idx + 1]! + sa * v;
  }
}

/** Yuma3: as {@link histRange} plus Σw and the count per bucket (stride 4), for the bond weights' column sums. */
function histRange3(row: Row, f: number, sg: number, sa: number, j0: number, j1: number): void {
  for (let j = j0; j < j1; j++) {
    const v = row[j]! * f;
    const t = (v - LO[j]!) * SC[j]! + 1;
    const idx = (j * K + ((0.5 * (Math.abs(t) - Math.abs(t - KM1) + KM1)) | 0)) << 2;
    H[idx] = H[idx]! + sg;
    H[idx + 1] = H[idx + 1]! + sa * v;
    H[idx + 2] = H[idx + 2]! + v;
    H[idx + 3] = H[idx + 3]! + 1;
  }
}

/** Histograms row i ({@link histRange3} for Yuma3, else {@link histRange}); its diagonal counts as 0 unless `keepDiag`. */
function histRow(row: Row, i: number, keepDiag: boolean, f: number, sg: number, sa: number, yuma3: boolean): void {
  const n = row.length;
  const j1 = keepDiag ? n : i;
  if (yuma3) histRange3(row, f, sg, sa, 0, j1);
  else histRange(row, f, sg, sa, 0, j1);
  if (keepDiag) return;
  const idx = (i * K + bucketOf(0, LO[i]!, SC[i]!)) * (yuma3 ? 4 : 2);
  H[idx] = H[idx]! + sg;
  if (yuma3) {
    H[idx + 3] = H[idx + 3]! + 1;
    histRange3(row, f, sg, sa, i + 1, n);
  } else histRange(row, f, sg, sa, i + 1, n);
}

/** The entries gathered from the selected buckets: value, column and row, appended in row order. */
class Gathered {
  val: Float64Array;
  col: Int32Array;
  row: Int32Array;
  top = 0;
  constructor(cap: number) {
    this.val = new Float64Array(cap);
    this.col = new Int32Array(cap);
    this.row = new Int32Array(cap);
  }
  push(v: number, j: number, i: number): void {
    if (this.top === this.val.length) this.grow();
    const k = this.top++;
    this.val[k] = v;
    this.col[k] = j;
    this.row[k] = i;
  }
  private grow(): void {
    const cap = this.val.length * 2;
    const v = new Float64Array(cap);
    v.set(this.val);
    const c = new Int32Array(cap);
    c.set(this.col);
    const r = new Int32Array(cap);
    r.set(this.row);
    this.val = v;
    this.col = c;
    this.row = r;
  }
}

/**
 * Gathers the entries of row i in [j0, j1) that fall in their column's selected bucket; zeros only add σ
 * to zm. The interval test (v − GA)(GC − v) ≥ 0 is one well-predicted branch; the exact bucket is
 * recomputed for the few candidates, so the interval only has to contain the bucket.
 */
function gatherRange(row: Row, i: number, f: number, sg: number, zm: Float64Array, out: Gathered, j0: number, j1: number): void {
  for (let j = j0; j < j1; j++) {
    const v = row[j]! * f;
    if ((v - GA[j]!) * (GC[j]! - v) >= 0 && bucketOf(v, LO[j]!, SC[j]!) === BS[j]) {
      if (v === 0) zm[j] = zm[j]! + sg;
      else out.push(v, j, i);
    }
  }
}

/**
 * Places each column's band from a stake-weighted stratified sample of the consensus rows: the sample's
 * κ-quantile ± 2.5 standard errors. The sample only places the buckets (cells that are not plain numbers
 * count as 0 here); exactness never depends on it, because the histogram pass measures every bucket.
 */
function sampleBands(W: MatrixSource, n: number, owner: number, sig: Float64Array, sigTotal: number, minority: number): void {
  const s = Math.max(8, yumaTuning.sampleRows | 0);
  // Stratified picks: stratum k of the cumulative stake [k/s, (k + 1)/s)·Σσ contributes the row at a
  // pseudo-random point of it (a fixed-seed generator, so a result never depends on the run). Evenly spaced
  // points would sample every (n/s)-th uid of an equal-stake subnet and miss any structure with that period.
  const u = splitmix(0x9e3779b9 ^ n);
  const picks = new Int32Array(s);
  let k = 0;
  let cum = 0;
  let last = -1;
  let next = (u() * sigTotal) / s;
  for (let i = 0; i < n && k < s; i++) {
    if (!(sig[i]! > 0)) continue;
    last = i;
    cum += sig[i]!;
    while (k < s && next < cum) {
      picks[k++] = i;
      next = ((k + u()) * sigTotal) / s;
    }
  }
  while (k < s) picks[k++] = last;
  // Row-major sample rows; each column's s values are then copied out (the rows' current cache lines are
  // shared by 8 consecutive columns) and two order statistics taken.
  const smp = new Float64Array(s * n);
  for (k = 0; k < s; k++) {
    const i = picks[k]!;
    const o = k * n;
    if (k > 0 && picks[k - 1] === i) {
      smp.copyWithin(o, o - n, o);
      continue;
    }
    const row = W.rows[i]!;
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const c = row[j];
      const x = typeof c === "number" && c > 0 && c <= Number.MAX_VALUE && (j !== i || i === owner) ? c : 0;
      smp[o + j] = x;
      sum += x;
    }
    if (sum > 0) {
      const f = 1 / sum;
      for (let j = 0; j < n; j++) smp[o + j] = smp[o + j]! * f;
    }
  }
  const q = Math.min(1, Math.max(0, minority / sigTotal));
  const pos = Math.floor(q * s);
  const d = Math.ceil(2.5 * Math.sqrt(s * q * (1 - q))) + 1;
  const lowRank = Math.max(0, pos - d);
  const highRank = Math.min(s - 1, pos + d);
  const col = new Float64Array(s);
  for (let j = 0; j < n; j++) {
    for (k = 0; k < s; k++) col[k] = smp[k * n + j]!;
    const l = pos - d < 0 ? 0 : select(col, lowRank, 0, s);
    const h = select(col, highRank, lowRank, s);
    LO[j] = l;
    SC[j] = h > l ? Math.min((K - 2) / (h - l), SC_MAX) : SC_MAX;
  }
}

/** A small deterministic generator of numbers in [0, 1) (splitmix32), for the sample's stratified picks. */
function splitmix(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

/**
 * The r-th smallest of a[lo..hi) (Hoare quickselect, median-of-three pivot), for lo ≤ r < hi; reorders that
 * range so that a[lo..r) ≤ a[r] ≤ a[r+1..hi), so a second call for a larger rank can start at r.
 */
function select(a: Float64Array, r: number, lo: number, hi: number): number {
  let l = lo;
  let h = hi - 1;
  while (l < h) {
    const x = a[l]!;
    const y = a[(l + h) >>> 1]!;
    const z = a[h]!;
    const p = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = l;
    let j = h;
    while (i <= j) {
      while (a[i]! < p) i++;
      while (a[j]! > p) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (r <= j) h = j;
    else if (r >= i) l = i;
    else return a[r]!;
  }
  return a[r]!;
}

/**
 * One Yuma epoch for large subnets (TAO_YUMA uses it above {@link yumaTuning}.gatherAllMaxRows consensus rows).
 * `W` is the weights argument (rows of uids without a permit are validated but otherwise ignored; the
 * diagonal is masked, except the owner's; rows are normalised lazily, w = raw / row sum); `bonds` gives the
 * stored u16 bonds argument (null = none). Both are read, never modified or copied.
 *
 * Consensus: a stake-weighted sample places 14 buckets per column around the expected κ-quantile; the
 * reading pass validates each row and, while it is in cache, histograms it (Σσ and Σ Sa·w per bucket,
 * branch-free); the exact bucket masses give the bucket holding C_j and the stake below it; a second pass
 * gathers that bucket only; a weighted quickselect finds C_j in it. Rank and prerank follow from the bucket
 * sums (entries below the bucket are below C_j, entries above are clipped to C_j). A column whose quantile
 * falls outside its band is gathered whole. {@link finishEpoch} then makes one pass for validator trust and
 * dividends.
 */
export function yumaEpochStreamed(inp: YumaInput, sp: StakeAndPermits, W: MatrixSource, bonds: (() => MatrixSource) | null, wants: YumaWants): YumaResult {
  const { n, settings } = inp;
  const owner = settings.ownerUid;
  const yuma3 = settings.yuma === "yuma3";
  const a = activeStake(inp, sp);
  const minority = a.sigTotal - settings.kappa;
  // Each phase is its own function: V8 then optimises each loop nest with its own type feedback, instead of
  // deoptimising one large function again and again as its later loops are first reached.
  // Bucket functions: LO = SC = 0 puts every entry in bucket 1, i.e. the column is gathered whole.
  LO.fill(0, 0, n);
  SC.fill(0, 0, n);
  if (a.consensusRows > 0) sampleBands(W, n, owner, a.sig, a.sigTotal, minority);
  const stride = yuma3 ? 4 : 2;
  H.fill(0, 0, n * K * stride);
  const wr = readWeights(W, n, owner, sp.permit, a.sig, a.Sa, yuma3);
  const loc = locateBuckets(n, stride, wr.Z0, minority, yuma3 ? n : a.consensusRows);
  const g = gatherBuckets(n, owner, wr, a.sig, a.consensusRows > 0 || yuma3, yuma3, loc.expected);
  const cs = columnConsensus(settings, a, minority, wr.Z0, loc, g, byColumn(g.entries, n));
  const brows = bonds ? bondRows(bonds(), n) : null;
  return finishEpoch(inp, sp, a, { rows: wr.rows, inv: wr.inv }, brows, cs, wants);
}

/** The weight rows the streamed kernel read (rows of permitted uids with a positive sum, diagonal masked). */
interface StreamedRows {
  readonly rows: (Row | null)[];
  readonly inv: Float64Array;
  /** σ of consensus rows without any weight: a 0 in every column. */
  readonly Z0: number;
}

/**
 * Steps 4–5a: one pass over the weights. Validates every cell; keeps the rows of permitted uids with a
 * positive sum (diagonal masked, except the owner's) and histograms each while it is in cache.
 */
function readWeights(W: MatrixSource, n: number, owner: number, P: Uint8Array, sig: Float64Array, Sa: Float64Array, yuma3: boolean): StreamedRows {
  const rows: (Row | null)[] = new Array<Row | null>(n).fill(null);
  const inv = new Float64Array(n);
  const rowOut = { sum: 0 };
  let Z0 = 0;
  for (let i = 0; i < n; i++) {
    const row = readRow(W, i, rowOut);
    if (!P[i]) continue;
    let s = rowOut.sum;
    const keepDiag = i === owner;
    if (!keepDiag && row[i] !== 0) s -= row[i]!;
    if (!(s > 0)) {
      Z0 += sig[i]!;
      continue;
    }
    rows[i] = row;
    const f = 1 / s;
    inv[i] = f;
    const sg = sig[i]!;
    if (!(sg > 0) && !yuma3) continue;
    histRow(row, i, keepDiag, f, sg, Sa[i]!, yuma3);
  }
  return { rows, inv, Z0 };
}

/** Where each column's κ-quantile lies: σ below its bucket (`acc`), or `whole` when outside the band. */
interface Located {
  readonly acc: Float64Array;
  readonly whole: Uint8Array;
  /** About how many entries the gather will find (selected buckets' σ × consensus rows, n per whole column). */
  readonly expected: number;
}

/**
 * Step 5b: each column's quantile bucket from the exact bucket masses (into {@link BS}, with an interval
 * [GA, GC] containing it); a quantile outside the band (bucket 0 or 15) makes the column a whole one
 * (LO = SC = 0: every entry in bucket 1).
 */
function locateBuckets(n: number, stride: number, Z0: number, minority: number, rows: number): Located {
  const acc = new Float64Array(n);
  const whole = new Uint8Array(n);
  let expected = 0;
  BS.fill(1, 0, n);
  GA.fill(-Infinity, 0, n);
  GC.fill(Infinity, 0, n);
  for (let j = 0; j < n; j++) {
    const base = j * K;
    const b0 = bucketOf(0, LO[j]!, SC[j]!);
    let cum = 0;
    let found = -1;
    for (let b = 0; b < K; b++) {
      const mss = H[(base + b) * stride]! + (b === b0 ? Z0 : 0);
      if (cum + mss > minority) {
        found = b;
        break;
      }
      cum += mss;
    }
    if (found > 0 && found < KM1) {
      BS[j] = found;
      acc[j] = cum;
      expected += H[(base + found) * stride]! * rows;
      // Bucket b holds t = (v − lo)·sc + 1 in [b, b + 1): v in [lo + (b − 1)/sc, lo + b/sc), widened by far more
      // than the rounding of t (a few ulps of 15), so the interval contains every value of the bucket.
      const l = LO[j]!;
      const w = 1 / SC[j]!;
      const m = 1e-9 * w + 1e-15 * l;
      GA[j] = l + (found - 1) * w - m;
      GC[j] = l + found * w + m;
    } else {
      whole[j] = 1;
      LO[j] = 0;
      SC[j] = 0;
      expected += rows;
    }
  }
  return { acc, whole, expected };
}

/** Step 5b, second pass: the entries of every column's selected bucket (zeros only as σ in `zm`). */
function gatherBuckets(n: number, owner: number, wr: StreamedRows, sig: Float64Array, any: boolean, yuma3: boolean, expected: number) {
  const zm = new Float64Array(n);
  // Sized from the bucket masses (a quarter spare), so that the list rarely grows (a growth copies it).
  const entries = new Gathered(Math.max(1024, Math.ceil(expected * 1.25)));
  if (any) {
    for (let i = 0; i < n; i++) {
      const row = wr.rows[i];
      const sg = sig[i]!;
      if (!row || (!(sg > 0) && !yuma3)) continue;
      const f = wr.inv[i]!;
      if (i === owner) gatherRange(row, i, f, sg, zm, entries, 0, n);
      else {
        gatherRange(row, i, f, sg, zm, entries, 0, i);
        if (bucketOf(0, LO[i]!, SC[i]!) === BS[i]) zm[i] = zm[i]! + sg;
        gatherRange(row, i, f, sg, zm, entries, i + 1, n);
      }
    }
  }
  return { entries, zm };
}

/** Gathered entries grouped by column (a counting sort): column j's values and rows are cv/cr[start[j] … start[j + 1]). */
interface ByColumn {
  readonly start: Int32Array;
  readonly cv: Float64Array;
  readonly cr: Int32Array;
}

function byColumn(g: Gathered, n: number): ByColumn {
  const m = g.top;
  const start = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    const t = g.col[k]! + 1;
    start[t] = start[t]! + 1;
  }
  for (let j = 0; j < n; j++) start[j + 1] = start[j + 1]! + start[j]!;
  const cv = new Float64Array(m);
  const cr = new Int32Array(m);
  const fill = start.slice(0, n);
  for (let k = 0; k < m; k++) {
    const j = g.col[k]!;
    const t = fill[j]!;
    fill[j] = t + 1;
    cv[t] = g.val[k]!;
    cr[t] = g.row[k]!;
  }
  return { start, cv, cr };
}

/**
 * Steps 5c–8: consensus per column (weighted quickselect on the gathered entries), then rank, prerank and
 * the column sums of the bond weights from the bucket sums plus the gathered entries.
 */
function columnConsensus(
  settings: YumaSettings,
  a: ActiveStake,
  minority: number,
  Z0: number,
  loc: Located,
  g: { readonly zm: Float64Array },
  bc: ByColumn,
): ConsensusSums {
  const n = a.Sa.length;
  const { Sa, sig, sigRaw } = a;
  const mC = a.consensusRows;
  const yuma3 = settings.yuma === "yuma3";
  const stride = yuma3 ? 4 : 2;
  const bp = settings.bondsPenalty;
  const { start, cv, cr } = bc;
  const { acc, whole } = loc;
  const zm = g.zm;
  const C = new Float64Array(n);
  const R = new Float64Array(n);
  const Pr = new Float64Array(n);
  const colWb = yuma3 ? new Float64Array(n) : null;
  let maxLen = 1;
  for (let j = 0; j < n; j++) maxLen = Math.max(maxLen, start[j + 1]! - start[j]! + 1);
  const vals = new Float64Array(maxLen);
  const wts = new Float64Array(maxLen);
  for (let j = 0; j < n; j++) {
    const k0 = start[j]!;
    const k1 = start[j + 1]!;
    let len = 0;
    let mx = 0;
    for (let k = k0; k < k1; k++) {
      const sg = sig[cr[k]!]!;
      if (sg > 0) {
        const v = cv[k]!;
        vals[len] = v;
        wts[len] = sg;
        len++;
        if (v > mx) mx = v;
      }
    }
    const z = zm[j]! + (Z0 > 0 && bucketOf(0, LO[j]!, SC[j]!) === BS[j] ? Z0 : 0);
    if (z > 0) {
      vals[len] = 0;
      wts[len] = z;
      len++;
    }
    const c = mC > 0 ? weightedQuantile(vals, wts, len, minority - acc[j]!, mx) : 0;
    C[j] = c;
    let gR = 0;
    let gP = 0;
    let gW = 0;
    let gS = 0;
    for (let k = k0; k < k1; k++) {
      const v = cv[k]!;
      const sa = Sa[cr[k]!]!;
      const wc = clip(v, c);
      gR += sa * wc;
      gP += sa * v;
      gW += wc;
      gS += v;
    }
    if (whole[j]) {
      R[j] = gR;
      Pr[j] = gP;
      if (colWb) colWb[j] = gS + bp * (gW - gS);
      continue;
    }
    const b1 = BS[j]!;
    let low = 0;
    let all = 0;
    let above = 0;
    let wl = 0;
    let wa = 0;
    let na = 0;
    for (let b = 0; b < K; b++) {
      const o = (j * K + b) * stride;
      const r = H[o + 1]!;
      all += r;
      if (b < b1) low += r;
      else if (b > b1) above += H[o]!;
      if (yuma3) {
        const w = H[o + 2]!;
        wa += w;
        if (b < b1) wl += w;
        else if (b > b1) na += H[o + 3]!;
      }
    }
    R[j] = low + gR + c * (above * sigRaw);
    Pr[j] = all;
    if (colWb) colWb[j] = wa + bp * (wl + gW + c * na - wa);
  }
  return { C, R, Pr, colWb };
}

/** Previous bonds as the tail of the epoch reads them: rows (null = all zero) and their column sums. */
interface BondRows {
  readonly rows: readonly (Row | null)[];
  readonly colSum: Float64Array;
}

/** The bonds argument as validated rows (all-zero rows dropped) and its column sums, in one pass. */
function bondRows(B: MatrixSource, n: number): BondRows {
  const rowOut = { sum: 0 };
  const rows = new Array<Row | null>(n).fill(null);
  const colSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = readRowAdding(B, i, rowOut, colSum);
    if (rowOut.sum > 0) rows[i] = b;
  }
  return { rows, colSum };
}

/** acc += row, element-wise. */
function addTo(acc: Float64Array, row: Row): void {
  for (let j = 0; j < acc.length; j++) acc[j] = acc[j]! + row[j]!;
}

/** Stored bond rows (null = none) with their column sums. */
function withColumnSums(rows: readonly (Row | null)[], n: number): BondRows {
  const colSum = new Float64Array(n);
  for (const b of rows) if (b) addTo(colSum, b);
  return { rows, colSum };
}

/** Step 3 and the consensus weights. */
interface ActiveStake {
  /** Sa: normalised active stake. */
  readonly Sa: Float64Array;
  readonly saSum: number;
  /** σ: Sa restricted to > 0, renormalised; sigRaw its sum before, sigTotal after. */
  readonly sig: Float64Array;
  readonly sigRaw: number;
  readonly sigTotal: number;
  /** Uids with σ > 0. */
  readonly consensusRows: number;
}

function activeStake(inp: YumaInput, sp: StakeAndPermits): ActiveStake {
  const n = inp.n;
  const A = inp.active;
  const { stake: S, permit: P } = sp;
  const Sa = new Float64Array(n);
  let saSum = 0;
  for (let i = 0; i < n; i++) {
    if (P[i] && (A === null || A[i])) {
      Sa[i] = S[i]!;
      saSum += S[i]!;
    }
  }
  if (saSum > 0) for (let i = 0; i < n; i++) Sa[i] = Sa[i]! / saSum;
  let sigRaw = 0;
  for (let i = 0; i < n; i++) if (Sa[i]! > 0) sigRaw += Sa[i]!;
  const sig = new Float64Array(n);
  let sigTotal = 0;
  let consensusRows = 0;
  if (sigRaw > 0) {
    for (let i = 0; i < n; i++) {
      if (Sa[i]! > 0) {
        sig[i] = Sa[i]! / sigRaw;
        sigTotal += sig[i]!;
        consensusRows++;
      }
    }
  }
  return { Sa, saSum, sig, sigRaw, sigTotal, consensusRows };
}

/**
 * Weight rows as both kernels hold them: the caller's rows (null = no weight row), never modified, normalised
 * lazily by `inv` (1 / row sum without the diagonal); the diagonal (except the owner's) counts as 0. Both
 * kernels pass the rows {@link readRow} returned (no per-kernel copies), so the shared loops see the same
 * element kinds.
 */
interface WeightRows {
  readonly rows: readonly (Row | null)[];
  readonly inv: Float64Array;
}

/** Consensus results that the bonds, dividends and emission steps start from. */
interface ConsensusSums {
  readonly C: Float64Array;
  /** Rank Σ_i Sa_i·min(w_ij, C_j). */
  readonly R: Float64Array;
  /** Prerank Σ_i Sa_i·w_ij. */
  readonly Pr: Float64Array;
  /** Yuma3: Σ_i W_b,ij over every weight row; null for original Yuma. */
  readonly colWb: Float64Array | null;
}

/**
 * Σ_j min(w_ij, C_j) (validator trust) into acc[0] and, when `divs`, Σ_j W_b,ij·hD_j into acc[1], over j in
 * [j0, j1), with C_j = {@link CC} and hD_j = {@link HD}. Two accumulators each, so that the additions do not
 * wait on one another.
 */
function clipRange(row: Row, f: number, bp: number, divs: boolean, acc: Float64Array, j0: number, j1: number): void {
  let vt0 = 0;
  let vt1 = 0;
  let j = j0;
  if (divs && bp === 1) {
    // The default bonds_penalty: W_b = min(w, C).
    let e0 = 0;
    let e1 = 0;
    for (; j + 1 < j1; j += 2) {
      const c0 = clip(row[j]! * f, CC[j]!);
      const c1 = clip(row[j + 1]! * f, CC[j + 1]!);
      vt0 += c0;
      vt1 += c1;
      e0 += c0 * HD[j]!;
      e1 += c1 * HD[j + 1]!;
    }
    if (j < j1) {
      const c = clip(row[j]! * f, CC[j]!);
      vt0 += c;
      e0 += c * HD[j]!;
    }
    acc[1] = acc[1]! + (e0 + e1);
  } else if (divs) {
    let e0 = 0;
    let e1 = 0;
    for (; j + 1 < j1; j += 2) {
      const w0 = row[j]! * f;
      const w1 = row[j + 1]! * f;
      const c0 = clip(w0, CC[j]!);
      const c1 = clip(w1, CC[j + 1]!);
      vt0 += c0;
      vt1 += c1;
      e0 += (w0 + bp * (c0 - w0)) * HD[j]!;
      e1 += (w1 + bp * (c1 - w1)) * HD[j + 1]!;
    }
    if (j < j1) {
      const w = row[j]! * f;
      const c = clip(w, CC[j]!);
      vt0 += c;
      e0 += (w + bp * (c - w)) * HD[j]!;
    }
    acc[1] = acc[1]! + (e0 + e1);
  } else {
    for (; j + 1 < j1; j += 2) {
      vt0 += clip(row[j]! * f, CC[j]!);
      vt1 += clip(row[j + 1]! * f, CC[j + 1]!);
    }
    if (j < j1) vt0 += clip(row[j]! * f, CC[j]!);
  }
  acc[0] = acc[0]! + (vt0 + vt1);
}

/** Σ_j row_j·h_j with two accumulators. */
function dot(row: Row, h: Float64Array): number {
  const n = row.length;
  let d0 = 0;
  let d1 = 0;
  let j = 0;
  for (; j + 1 < n; j += 2) {
    d0 += row[j]! * h[j]!;
    d1 += row[j + 1]! * h[j + 1]!;
  }
  if (j < n) d0 += row[j]! * h[j]!;
  return d0 + d1;
}

/**
 * Steps 6 (validator trust), 7 (incentive, trust), 9–10 (bonds, dividends), 11 (emission) and the bonds
 * outputs, shared by both kernels. The EMA bonds are only materialised when a bonds output is asked for:
 * their column sums have closed forms, so the dividends need one pass over the weight rows (and the bond
 * rows), which also gives validator trust.
 */
function finishEpoch(
  inp: YumaInput,
  sp: StakeAndPermits,
  active: { readonly Sa: Float64Array; readonly saSum: number },
  W: WeightRows,
  bonds: BondRows | null,
  cs: ConsensusSums,
  wants: YumaWants,
): YumaResult {
  const { n, settings } = inp;
  const owner = settings.ownerUid;
  const { stake: S, newPermit } = sp;
  const { Sa, saSum } = active;
  const { C, R, Pr, colWb } = cs;
  const yuma3 = settings.yuma === "yuma3";
  const bp = settings.bondsPenalty;
  const wrows = W.rows;

  let rSum = 0;
  for (let j = 0; j < n; j++) rSum += R[j]!;
  const I = new Float64Array(n);
  if (rSum > 0) for (let j = 0; j < n; j++) I[j] = R[j]! / rSum;
  const T = new Float64Array(n);
  for (let j = 0; j < n; j++) if (Pr[j]! > 0) T[j] = R[j]! / Pr[j]!;

  const alpha = chainAlpha(settings.bondsMovingAverage);
  const colB = bonds ? bonds.colSum : new Float64Array(n);
  const bondRows = bonds ? bonds.rows : null;
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
    for (let i = 0; i < n; i++) if (wrows[i] && Sa[i]! > 0) kD[i] = Sa[i]!;
  } else {
    const b0 = (1 - alpha) / U16;
    for (let j = 0; j < n; j++) {
      fB[j] = b0;
      fD[j] = alpha;
      colE[j] = b0 * colB[j]! + alpha * colWb![j]!;
    }
    for (let i = 0; i < n; i++) if (wrows[i]) kD[i] = 1;
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

  // 6 and 9–10. Validator trust and dividends, one pass over the weight rows (and the bond rows).
  const { VT, D } = trustAndDividends(n, owner, yuma3, bp, Sa, W, bondRows, C, kD, hD, hB);
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
  const out = wants.bonds || wants.bondsNormalized ? emaBonds(n, owner, yuma3, bp, W, bondRows, C, kD, fB, fD, colE, newPermit, wants) : {};
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
    ...out,
  };
}

/** Steps 6 and 9–10 per row: VT_i = Σ_j min(w_ij, C_j) and D_i (unnormalised) from the weight and bond rows. */
function trustAndDividends(
  n: number,
  owner: number,
  yuma3: boolean,
  bp: number,
  Sa: Float64Array,
  W: WeightRows,
  bondRows: readonly (Row | null)[] | null,
  C: Float64Array,
  kD: Float64Array,
  hD: Float64Array,
  hB: Float64Array,
) {
  const VT = new Float64Array(n);
  const D = new Float64Array(n);
  const pair = new Float64Array(2);
  CC.set(C);
  HD.set(hD);
  for (let i = 0; i < n; i++) {
    const row = W.rows[i];
    const divs = !(yuma3 && !(Sa[i]! > 0));
    let d = 0;
    if (row) {
      const f = W.inv[i]!;
      const k = divs ? kD[i]! : 0;
      pair[0] = 0;
      pair[1] = 0;
      if (i === owner) clipRange(row, f, bp, k > 0, pair, 0, n);
      else {
        clipRange(row, f, bp, k > 0, pair, 0, i);
        clipRange(row, f, bp, k > 0, pair, i + 1, n);
      }
      VT[i] = pair[0]!;
      d = k * pair[1]!;
    }
    if (!divs) continue;
    const b = bondRows ? bondRows[i] : null;
    if (b) d += dot(b, hB);
    D[i] = yuma3 ? Sa[i]! * d : d;
  }
  return { VT, D };
}

/**
 * The EMA bonds, materialised for the `bonds` (as stored: original Yuma column max-upscaled, Yuma3
 * absolute; ⌊x·65535⌋; rows without a new permit cleared) and `bonds_normalized` outputs.
 */
function emaBonds(
  n: number,
  owner: number,
  yuma3: boolean,
  bp: number,
  W: WeightRows,
  bondRows: readonly (Row | null)[] | null,
  C: Float64Array,
  kD: Float64Array,
  fB: Float64Array,
  fD: Float64Array,
  colE: Float64Array,
  newPermit: Uint8Array,
  wants: YumaWants,
): { bonds?: Rows; bondsNormalized?: Rows } {
  const ema: Rows = new Array<Float64Array | null>(n).fill(null);
  const colMax = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = bondRows ? bondRows[i] : null;
    const k = kD[i]!;
    if (!b && !(k > 0)) continue;
    const e = new Float64Array(n);
    if (b) for (let j = 0; j < n; j++) e[j] = b[j]! * fB[j]!;
    if (k > 0) {
      const row = W.rows[i]!;
      const f = W.inv[i]!;
      const skip = i !== owner ? i : -1;
      for (let j = 0; j < n; j++) {
        const raw = row[j]!;
        if (raw === 0 || j === skip) continue;
        const w = raw * f;
        e[j] = e[j]! + (w + bp * (clip(w, C[j]!) - w)) * k * fD[j]!;
      }
    }
    for (let j = 0; j < n; j++) if (e[j]! > colMax[j]!) colMax[j] = e[j]!;
    ema[i] = e;
  }
  const out: { bonds?: Rows; bondsNormalized?: Rows } = {};
  if (wants.bondsNormalized) {
    out.bondsNormalized = ema.map((e) => {
      if (!e) return null;
      const o = new Float64Array(n);
      for (let j = 0; j < n; j++) if (colE[j]! > 0) o[j] = e[j]! / colE[j]!;
      return o;
    });
  }
  if (wants.bonds) {
    out.bonds = ema.map((e, i) => {
      if (!e || !newPermit[i]) return null;
      const o = new Float64Array(n);
      for (let j = 0; j < n; j++) {
        const x = yuma3 ? e[j]! : colMax[j]! > 0 ? e[j]! / colMax[j]! : 0;
        o[j] = Math.floor(x * U16);
      }
      return o;
    });
  }
  return out;
}

/**
 * One Yuma epoch, for subnets with at most {@link yumaTuning}.gatherAllMaxRows consensus rows (the caller
 * picks {@link yumaEpochStreamed} above that). `weights.rows` holds the validated rows of the uids with a
 * permit (rows of other uids are ignored and may be null) and `weights.sums` their sums; the diagonal
 * counts as 0 (except the owner's) and rows are normalised lazily (w = raw / row sum). `bondsPrev` holds
 * the stored u16 bonds (null = none). Both are read, never modified.
 */
export function yumaEpoch(
  inp: YumaInput,
  sp: StakeAndPermits,
  weights: { readonly rows: readonly (Row | null)[]; readonly sums: Float64Array },
  bondsPrev: readonly (Row | null)[] | null,
  wants: YumaWants,
): YumaResult {
  const { n, settings } = inp;
  const owner = settings.ownerUid;
  const P = sp.permit;
  const W = weights.rows;
  const yuma3 = settings.yuma === "yuma3";

  // 3. Active stake, and σ for the consensus.
  const { Sa, saSum, sig, sigTotal } = activeStake(inp, sp);

  // 4. Weights: rows of permitted uids, diagonal masked (owner keeps its self weight), row-normalised lazily.
  const inv = new Float64Array(n);
  const vrows: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = W[i];
    if (!row || !P[i]) continue;
    let s = weights.sums[i]!;
    if (i !== owner) s -= row[i]!;
    if (s > 0) {
      inv[i] = 1 / s;
      vrows.push(i);
    }
  }

  // 5. Consensus: κ-quantile of each column over the rows with active stake (weights σ).
  const C = new Float64Array(n);
  const crows: number[] = [];
  for (const i of vrows) if (sig[i]! > 0) crows.push(i);
  const m = crows.length;
  if (m > 0) {
    const minority = sigTotal - settings.kappa;
    const rowsC = crows.map((i) => W[i]!);
    const invC = Float64Array.from(crows, (i) => inv[i]!);
    const sigC = Float64Array.from(crows, (i) => sig[i]!);
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
        // The diagonal counts as 0 (except the owner's self weight).
        const i = crows[r]!;
        if (i >= j0 && i < j0 + jb && i !== owner) buf[(i - j0) * m + r] = 0;
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

  // 7–8. Clipping, rank, prerank, and column sums of the weights for bonds, in one pass.
  const bp = settings.bondsPenalty;
  const R = new Float64Array(n);
  const Pr = new Float64Array(n);
  const colWb = yuma3 ? new Float64Array(n) : null;
  for (const i of vrows) {
    const row = W[i]!;
    const f = inv[i]!;
    const sa = Sa[i]!;
    const skip = i === owner ? -1 : i; // the diagonal counts as 0
    if (sa > 0) {
      for (let j = 0; j < n; j++) {
        const raw = row[j]!;
        if (raw === 0 || j === skip) continue;
        const w = raw * f;
        const wc = clip(w, C[j]!);
        R[j] = R[j]! + sa * wc;
        Pr[j] = Pr[j]! + sa * w;
        if (colWb) colWb[j] = colWb[j]! + (w + bp * (wc - w));
      }
    } else if (colWb) {
      for (let j = 0; j < n; j++) {
        const raw = row[j]!;
        if (raw === 0 || j === skip) continue;
        const w = raw * f;
        colWb[j] = colWb[j]! + (w + bp * (clip(w, C[j]!) - w));
      }
    }
  }
  const rows = new Array<Row | null>(n).fill(null);
  for (const i of vrows) rows[i] = W[i]!;
  return finishEpoch(inp, sp, { Sa, saSum }, { rows, inv }, bondsPrev && withColumnSums(bondsPrev, n), { C, R, Pr, colWb }, wants);
}
