/**
 * The streamed kernel (many consensus rows, e.g. 4,096 validators): never copies the n×n weights. Three
 * passes over the caller's rows: validate + histogram (16 buckets per column, placed by a 64-row
 * stake-weighted sample), gather the one bucket per column that holds the quantile (about 3 % of the
 * entries), trust + dividends (in ./finish.ts). Extra memory: the sample (64·n), the gathered entries and
 * O(n) arrays, plus 2.2 MB of module scratch allocated once.
 */
import { clip, finishEpoch } from "./finish";
import { bondRows, MAX_UIDS, readRow } from "./read";
import { select, weightedQuantile } from "./select";
import { activeStake } from "./stake";
import { tuning } from "./tuning";
import type { ActiveStake, ConsensusSums, MatrixSource, Row, StakeAndPermits, YumaInput, YumaResult, YumaSettings, YumaWants } from "./types";

/** Buckets per column in the streamed histogram: 0 = below the band, 1…14 = the band, 15 = above it. */
const K = 16;
const KM1 = K - 1;
const SC_MAX = 2 ** 40;

/**
 * Scratch of the streamed kernel's per-element loops, sized once for the largest subnet (module constants:
 * V8 then compiles their base and length into the loops instead of reloading them per access, which made
 * the histogram pass about 1.5× faster when measured). 2.2 MB in all; the kernel is not re-entrant.
 * LO, SC: each column's bucket function; BS: its selected bucket; GA, GC: an interval that contains that
 * bucket; H: per (column, bucket) Σσ, Σ Sa·w and, for Yuma3, Σw and the count (4 interleaved entries).
 */
const LO = new Float64Array(MAX_UIDS);
const SC = new Float64Array(MAX_UIDS);
const BS = new Int32Array(MAX_UIDS);
const GA = new Float64Array(MAX_UIDS);
const GC = new Float64Array(MAX_UIDS);
const H = new Float64Array(MAX_UIDS * K * 4);

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
  const s = Math.max(8, tuning().sampleRows | 0);
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
 * One Yuma epoch for large subnets (TAO_YUMA uses it above `gatherAllMaxRows` (./tuning.ts) consensus rows).
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
  const minority = a.minority;
  // Each phase is its own function: V8 then optimises each loop nest with its own type feedback, instead of
  // deoptimising one large function again and again as its later loops are first reached.
  // Bucket functions: LO = SC = 0 puts every entry in bucket 1, i.e. the column is gathered whole.
  LO.fill(0, 0, n);
  SC.fill(0, 0, n);
  if (a.consensusRows > 0) sampleBands(W, n, owner, a.sig, a.sigTotal, minority);
  const stride = yuma3 ? 4 : 2;
  H.fill(0, 0, n * K * stride);
  const wr = readWeights(W, n, owner, sp.permit, a.sig, a.Sa, yuma3);
  const rows = yuma3 ? n : a.consensusRows;
  const loc = locateBuckets(n, stride, wr.Z0, minority, rows, a.sigTotal > 0 ? rows / a.sigTotal : 0);
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
  /** About how many entries the gather will find (selected buckets' share of Σσ × consensus rows, n per whole column). */
  readonly expected: number;
}

/**
 * Step 5b: each column's quantile bucket from the exact bucket masses (into {@link BS}, with an interval
 * [GA, GC] containing it); a quantile outside the band (bucket 0 or 15) makes the column a whole one
 * (LO = SC = 0: every entry in bucket 1).
 */
function locateBuckets(n: number, stride: number, Z0: number, minority: number, rows: number, rowsPerSig: number): Located {
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
      expected += H[(base + found) * stride]! * rowsPerSig;
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
  const { Sa, sig, saPerSig } = a;
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
    R[j] = low + gR + c * (above * saPerSig);
    Pr[j] = all;
    if (colWb) colWb[j] = wa + bp * (wl + gW + c * na - wa);
  }
  return { C, R, Pr, colWb };
}

