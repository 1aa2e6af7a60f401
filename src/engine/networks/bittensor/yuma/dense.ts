/**
 * The dense kernel (few consensus rows, e.g. 64 validators): rows of uids without a permit are validated,
 * never stored; rows are normalised lazily; the κ-quantile of each column is a linear-time weighted
 * histogram select (then a weighted quickselect on the few values left), not a sort.
 */
import { clip, finishEpoch } from "./finish";
import { withColumnSums } from "./read";
import { BUCKETS, weightedSelect } from "./select";
import { activeStake } from "./stake";
import type { Row, StakeAndPermits, YumaInput, YumaResult, YumaWants } from "./types";

/**
 * One Yuma epoch, for subnets with at most `gatherAllMaxRows` consensus rows (./tuning.ts; the caller
 * picks the streamed kernel above that). `weights.rows` holds the validated rows of the uids with a
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
  const { Sa, saSum, sig, sigTotal, minority } = activeStake(inp, sp);

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
