/**
 * Steps 1–3 of the epoch (stake, permits, active stake) and the consensus weights σ with the κ-quantile's
 * target, shared by both kernels.
 *
 * Exact ties (REFERENCE.md B.2 step 5): C_j is the first value, in ascending order, whose cumulative stake
 * exceeds Σσ − κ·Σσ, a strict comparison that a rounded sum can decide wrongly when it holds with equality
 * (six equal stakes and κ = ½: three of them are exactly half). So when the consensus stakes are decimals
 * with at most 9 places (whole rao when given in TAO) whose sum in those units stays below 2^53, σ is taken
 * in those integer units: every partial sum the kernels form is then exact in any order, and the target is
 * the whole number ⌊Σσ − κ·Σσ⌋ (exact in BigInt), so `cumulative > target` is the definition exactly.
 * κ is read exactly by {@link kappaFraction} (0.4 → 2/5; the chain default → 32767/65535, the u16 ratio the
 * chain stores). Other stakes fall back to normalised σ in Float64, where the
 * decision can differ from exact arithmetic only within rounding (~1e-15 of Σσ) of a tie.
 */
import { bittensorParams as P } from "../params";
import type { ActiveStake, StakeAndPermits, YumaInput } from "./types";

const TWO32 = 4294967296;

/** The chain's EMA rate: α = 1 − I32F32(I64F64(β·1e6)/1e6), i.e. β truncated to 32 fractional bits (run_epoch.rs:1234-1245). */
export function chainAlpha(beta: number): number {
  return 1 - Math.floor(beta * TWO32) / TWO32;
}

/**
 * A power of two near 1/max(x): scaling by it is exact, keeps every ratio bit for bit and lets the sum of up to
 * 4,096 values up to Number.MAX_VALUE stay finite (three stakes of 1e308 sum to Infinity unscaled).
 */
function powerOfTwoScale(max: number): number {
  if (!(max > 0)) return 1;
  const e = Math.min(1000, Math.max(-1000, Math.floor(Math.log2(max))));
  return 2 ** -e;
}

/**
 * Steps 1–2: stake after the threshold (normalised without overflow), new permits (`is_topk_nonzero`: stable
 * ascending sort, the n − k first lose their permit, so the lower uid is dropped at a tie) and the permits used.
 */
export function stakeAndPermits(inp: YumaInput): StakeAndPermits {
  const { n, settings } = inp;
  const owner = settings.ownerUid;
  const raw = new Float64Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) {
    const s = inp.stake[i]!;
    const v = i !== owner && Math.floor(s) < settings.stakeThreshold ? 0 : s;
    raw[i] = v;
    if (v > max) max = v;
  }
  const f = powerOfTwoScale(max);
  const S = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = raw[i]! * f;
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
  return { raw, stake: S, newPermit, permit };
}

const MAX_EXACT = 2 ** 53;
/** Decimal places tried for exact stake units: 9 = rao when stakes are in TAO. */
const MAX_PLACES = Math.round(Math.log10(Number(P.raoPerTao.value)));

/**
 * The consensus stakes as whole units of 10^−d for the smallest d ≤ 9 at which every one is (as a double) a
 * decimal with d places and their sum stays ≤ 2^53; null when there is no such d.
 */
function exactUnits(raw: Float64Array, Sa: Float64Array): Float64Array | null {
  const n = raw.length;
  const u = new Float64Array(n);
  for (let d = 0, p = 1; d <= MAX_PLACES; d++, p *= 10) {
    let total = 0;
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      if (!(Sa[i]! > 0)) continue;
      const m = Math.round(raw[i]! * p);
      ok = m > 0 && m / p === raw[i]!;
      u[i] = m;
      total += m;
    }
    if (!(total <= MAX_EXACT)) return null; // more places only make the units larger
    if (ok) return u;
    u.fill(0);
  }
  return null;
}

/** The exact binary fraction of a finite double > 0: [numerator, log2 of the denominator]. */
function binary(x: number): [bigint, number] {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exp > 0) m |= 1n << 52n;
  return [m, 1075 - (exp > 0 ? exp : 1)];
}

/** The fraction with the smallest denominator strictly between an/ad and bn/bd (0 ≤ a < b), by continued fractions. */
function simplestBetween(an: bigint, ad: bigint, bn: bigint, bd: bigint): [bigint, bigint] {
  const fl = an / ad;
  if ((fl + 1n) * bd < bn) return [fl + 1n, 1n];
  const ar = an - fl * ad;
  const br = bn - fl * bd;
  if (ar === 0n) {
    const k = bd / br + 1n; // the smallest k with 1/k < b − fl
    return [fl * k + 1n, k];
  }
  const [p, q] = simplestBetween(bd, br, ad, ar); // 1/x lies in (1/(b − fl), 1/(a − fl))
  return [fl * p + q, p];
}

/** The shortest decimal form of a finite double as a fraction (String(x), which may use an exponent). */
function decimalFraction(x: number): [bigint, bigint] {
  const [mant, exp = "0"] = String(x).split("e");
  const [int, frac = ""] = mant!.split(".");
  const e = Number(exp) - frac.length;
  const num = BigInt(int! + frac);
  return e >= 0 ? [num * 10n ** BigInt(e), 1n] : [num, 10n ** BigInt(-e)];
}

/** Denominator of the chain's κ: a u16 over u16::MAX (run_epoch.rs:1081-1084). */
const KAPPA_DEN = 0xffff;

let lastKappa = NaN;
let lastFraction: [bigint, bigint] = [1n, 2n];

/**
 * κ as an exact fraction p/q: the simplest fraction that rounds to the double κ when its denominator is at most
 * 65,535 (the chain stores κ as a u16 ratio: the default 0.49999237048905165 → 32767/65535, 0.4 → 2/5, 1/3 →
 * 1/3), else the double's shortest decimal form (0.123456789 → 123456789/10^9).
 */
export function kappaFraction(kappa: number): [bigint, bigint] {
  if (kappa === lastKappa) return lastFraction;
  const [m, e] = binary(kappa);
  // Rounding interval (m − ½, m + ½)·2^−e (a quarter below at a power of two, where the spacing halves).
  const pow2 = m === 1n << 52n;
  const lo: [bigint, bigint] = pow2 ? [4n * m - 1n, 1n << BigInt(e + 2)] : [2n * m - 1n, 1n << BigInt(e + 1)];
  const hi: [bigint, bigint] = [2n * m + 1n, 1n << BigInt(e + 1)];
  const simple = simplestBetween(lo[0], lo[1], hi[0], hi[1]);
  lastFraction = simple[1] <= BigInt(KAPPA_DEN) ? simple : decimalFraction(kappa);
  lastKappa = kappa;
  return lastFraction;
}

/** Step 3 (Sa) and the consensus weights σ with the κ-quantile's target (see the module note). */
export function activeStake(inp: YumaInput, sp: StakeAndPermits): ActiveStake {
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
  let consensusRows = 0;
  for (let i = 0; i < n; i++) {
    if (Sa[i]! > 0) {
      sigRaw += Sa[i]!;
      consensusRows++;
    }
  }
  if (consensusRows === 0) return { Sa, saSum, sig: new Float64Array(n), sigTotal: 0, minority: -inp.settings.kappa, saPerSig: 0, consensusRows };
  const kappa = inp.settings.kappa;
  const units = exactUnits(sp.raw, Sa);
  if (units) {
    let T = 0;
    for (let i = 0; i < n; i++) T += units[i]!;
    const [p, q] = kappaFraction(kappa);
    const kT = (p * BigInt(T) + q - 1n) / q; // ⌈κ·T⌉
    return { Sa, saSum, sig: units, sigTotal: T, minority: T - Number(kT), saPerSig: sigRaw / T, consensusRows };
  }
  const sig = new Float64Array(n);
  let sigTotal = 0;
  for (let i = 0; i < n; i++) {
    if (Sa[i]! > 0) {
      sig[i] = Sa[i]! / sigRaw;
      sigTotal += sig[i]!;
    }
  }
  return { Sa, saSum, sig, sigTotal, minority: sigTotal - kappa, saPerSig: sigRaw, consensusRows };
}
