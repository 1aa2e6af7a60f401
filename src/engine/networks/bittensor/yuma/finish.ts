/**
 * The shared finish of both kernels: steps 6 (validator trust), 7 (incentive, trust), 9–10 (bonds,
 * dividends), 11 (emission) and the bonds outputs. The per-element loops read module-constant scratch
 * ({@link CC}, {@link HD}: see docs/CONTRIBUTING.md "Speed work").
 */
import { MAX_UIDS, U16_MAX } from "./read";
import { chainAlpha } from "./stake";
import type { BondRows, ConsensusSums, Row, Rows, StakeAndPermits, WeightRows, YumaInput, YumaResult, YumaWants } from "./types";

const U16 = U16_MAX;

/**
 * min(w, c) for w, c ≥ 0 without a data-dependent branch (random weights against the consensus make a
 * branch unpredictable): ½(w + c − |w − c|). Exact when c = 0 or w = c; otherwise within one ulp of
 * max(w, c) (≤ 2.3e-16 for proportions).
 */
export function clip(w: number, c: number): number {
  return 0.5 * (w + c - Math.abs(w - c));
}


/** Consensus and dividend weights of the clip pass, sized once for the largest subnet (not re-entrant). */
const CC = new Float64Array(MAX_UIDS);
const HD = new Float64Array(MAX_UIDS);

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
export function finishEpoch(
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

