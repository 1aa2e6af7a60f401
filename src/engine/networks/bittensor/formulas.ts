/**
 * Bittensor formulas other than the Yuma epoch (the Float64 kernel in ./yuma/): typed
 * inputs in, Decimal out (REFERENCE.md §B.1, §B.4, §B.5).
 */
import * as dd from "../../core/dd";
import { D, type Dec } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import { bittensorParams as P } from "./params";

const ZERO = new D(0);
const ONE = new D(1);
const TWO = new D(2);
const RAO = new D(P.raoPerTao.value);
const SUPPLY_TAO = new D(P.totalSupply.value);
const SUPPLY_RAO = SUPPLY_TAO.mul(RAO); // 21e15
const LAST = Number(P.lastHalving.value); // 30
/** 11796/65535: subnet owner cut and default/maximum delegate take. */
export const OWNER_CUT = new D(P.ownerCut.value);

/** H[k] = ⌈21e15·(1 − 2^−k)⌉ rao, the issuance at which the k-th halving happens (k = 0…30). */
const H_RAO: Dec[] = [];
/** Double approximations of H_RAO, for the fast path. */
const H_NUM: number[] = [];
/** Block emission after k halvings, ⌊1e9 / 2^k⌋ rao expressed in TAO (k = 0…30; 0 from k = 30). */
const EMIT: Dec[] = [];
for (let k = 0; k <= LAST; k++) {
  const h = SUPPLY_RAO.minus(SUPPLY_RAO.div(TWO.pow(k)).floor());
  H_RAO.push(h);
  H_NUM.push(h.toNumber());
  EMIT.push(RAO.div(TWO.pow(k)).floor().div(RAO));
}
/** Rao within which a double issuance × 1e9 is not trusted to decide the side of a threshold. */
const MARGIN_RAO = 64;
/** H_RAO[k] split as whole TAO ⌊H/1e9⌋ and the rao below a TAO (H mod 1e9): both exact doubles. */
const H_TAO: number[] = H_RAO.map((h) => h.divToInt(RAO).toNumber());
const H_REM: number[] = H_RAO.map((h) => h.mod(RAO).toNumber());
/** Block emission after k halvings as a double (the double of EMIT[k]; 0 from k = 30). */
const EMIT_NUM: number[] = EMIT.map((e) => e.toNumber());
/** Whole rao in a block's emission after k halvings, ⌊1e9 / 2^k⌋ (k = 0…30). */
const EMIT_RAO: number[] = EMIT.map((e) => e.mul(RAO).toNumber());
const P10: number[] = Array.from({ length: 23 }, (_v, i) => 10 ** i);
/** 21,000,000 TAO: at or above it every threshold has been reached. */
const H_TAO_CAP = SUPPLY_TAO.toNumber();

/** Block emission after k halvings in TAO: ⌊1e9 / 2^k⌋ rao (k ≥ 0; 0 from k = 30). */
export function emissionAfterHalvings(k: number): Dec {
  return k >= LAST ? ZERO : EMIT[k]!;
}

/** round(issuance × 1e9), half up, from the number's shortest decimal form: the issuance in whole rao. */
export function issuanceRao(issuanceTao: number): Dec {
  return new D(issuanceTao).mul(RAO).toDecimalPlaces(0, D.ROUND_HALF_UP);
}

/** The number of halvings at an issuance of `rao` whole rao (31 = at or above the 21M cap). */
function halvingsExact(rao: Dec): number {
  if (rao.gte(SUPPLY_RAO)) return LAST + 1;
  let k = 0;
  while (k < LAST && rao.gte(H_RAO[k + 1]!)) k++;
  return k;
}

/**
 * The number of halvings (0…30) at round(issuance × 1e9) rao, exactly, in doubles: the issuance's shortest decimal
 * m / 10^j (the smallest j ≤ 15 with Math.round(x·10^j) / 10^j === x, accepted while x·10^j < 2^49: the test of
 * core/arith.ts, under which m is that decimal's digits) is split into whole TAO ⌊m / 10^j⌋ and the rao below a
 * TAO (the remainder scaled to 9 places, rounded half up when j > 9; a carry makes one more whole TAO), and
 * compared with the thresholds split the same way. Every step is an integer operation below 2^53 (exact).
 * Undefined when the issuance is not such a short decimal (the caller then takes the double product with its margin).
 */
function halvingsShort(x: number): number | undefined {
  if (x >= H_TAO_CAP) return LAST;
  const j = decimalPlaces(x);
  if (j < 0) return undefined;
  let whole = x;
  let rem = 0;
  if (j > 0) {
    const m = Math.round(x * P10[j]!);
    const r = m % P10[j]!;
    whole = (m - r) / P10[j]!;
    if (j <= 9) rem = r * P10[9 - j]!;
    else {
      const q = P10[j - 9]!;
      const t = r + q / 2; // half up
      rem = (t - (t % q)) / q;
      if (rem === 1e9) {
        whole += 1;
        rem = 0;
      }
    }
  }
  let k = 0;
  while (k < LAST && (whole > H_TAO[k + 1]! || (whole === H_TAO[k + 1]! && rem >= H_REM[k + 1]!))) k++;
  return k;
}

/**
 * The number of fractional digits j of x's shortest decimal (the value `new Decimal(x)` reads), which is then
 * exactly Math.round(x·10^j) / 10^j: the smallest j ≤ 15 with Math.round(|x|·10^j) / 10^j === |x| while
 * |x|·10^j < 2^49 (core/arith.ts explains why that finds the shortest decimal). 0 for integers below 2^53;
 * −1 when x is no such short decimal.
 */
export function decimalPlaces(x: number): number {
  if (Number.isInteger(x)) return Math.abs(x) < 2 ** 53 ? 0 : -1;
  const ax = Math.abs(x);
  for (let j = 1; j <= 15; j++) {
    const scaled = ax * P10[j]!;
    if (!(scaled < 2 ** 49)) return -1;
    if (Math.round(scaled) / P10[j]! === ax) return j;
  }
  return -1;
}
/**
 * Halvings at an issuance given in TAO as a double, capped at 30: exactly those of round(issuance × 1e9) rao
 * (from the number's shortest decimal form, half up). A short decimal is decided in exact double arithmetic
 * ({@link halvingsShort}); any other double by its product with 1e9, and in Decimal whenever that product is
 * within 64 rao of a threshold.
 */
export function halvingsAt(issuanceTao: number): number {
  const s = halvingsShort(issuanceTao);
  if (s !== undefined) return s;
  const y = issuanceTao * 1e9;
  let k = 0;
  while (k < LAST && y >= H_NUM[k + 1]!) k++;
  const nearLo = k > 0 && y - H_NUM[k]! < MARGIN_RAO;
  const nearHi = k < LAST && H_NUM[k + 1]! - y < MARGIN_RAO;
  if (nearLo || nearHi) {
    return Math.min(LAST, halvingsExact(issuanceRao(issuanceTao)));
  }
  return k;
}

/** Halvings from the issuance's rao in Decimal, capped at 30 (the oracle of {@link halvingsAt}'s tests). */
export function halvingsDecimal(issuanceTao: number): number {
  return Math.min(LAST, halvingsExact(issuanceRao(issuanceTao)));
}

/**
 * TAO per block at a total issuance (TAO): ⌊1e9 / 2^k⌋ rao with k = ⌊log2(1/(1 − I/21e15))⌋, 0 from the
 * 30th halving or at 21M (block_emission.rs:38-84).
 * Rounding: issuance converted to whole rao (round half up from the shortest decimal form); the emission is
 * truncated to whole rao as the chain does; exact decimal in TAO.
 */
export function blockEmission(issuanceTao: number): Dec {
  const k = halvingsAt(issuanceTao);
  return k >= LAST ? ZERO : EMIT[k]!;
}

/** {@link blockEmission} as a double (the double of the exact decimal). */
export function blockEmissionValue(issuanceTao: number): number {
  return EMIT_NUM[halvingsAt(issuanceTao)]!;
}

/**
 * {@link dailyEmission} on numbers, as the double nearest the exact product (what the decimal core's exact
 * product converts to): ⌊1e9/2^k⌋ rao × the digits of blocks_per_day's shortest decimal, divided by 10^(9 + places)
 * in one IEEE division when the product is below 2^53 (both operands exact, so the quotient is correctly
 * rounded); else the decimal core.
 */
export function dailyEmissionValue(issuanceTao: number, blocksPerDay: number): number | Dec {
  const n = EMIT_RAO[halvingsAt(issuanceTao)]!;
  const j = decimalPlaces(blocksPerDay);
  if (j >= 0 && j <= 13) {
    const p = n * (j === 0 ? blocksPerDay : Math.round(blocksPerDay * P10[j]!));
    if (Math.abs(p) < 2 ** 53) return p / P10[9 + j]!;
  }
  return dailyEmission(issuanceTao, new D(blocksPerDay));
}

/**
 * The double of {@link halvingIssuance}(k) for k = 0…200 (the same for every k ≥ 200): 21e6 − 21e6·2^−k is one
 * IEEE subtraction of exact doubles (21e6·2^−k is a power-of-two scaling, exact down to 2^−200), so it is the
 * double nearest the exact value; the decimal core's 40-digit value converts to the same double for each of the
 * 201 (test/engine/bittensor/fast.test.ts compares them all).
 */
const HALVING_NUM: number[] = Array.from({ length: 201 }, (_v, k) => H_TAO_CAP - H_TAO_CAP * 2 ** -k);

/** {@link halvingIssuance} as a double (see HALVING_NUM). */
export function halvingIssuanceValue(k: number): number {
  return HALVING_NUM[k < 200 ? k : 200]!;
}

/**
 * Total issuance (TAO) at which the k-th halving happens: 21,000,000 × (1 − 2^−k).
 * Rounding: 40-digit decimal, no output rounding (the chain's threshold is the next whole rao).
 */
export function halvingIssuance(k: number): Dec {
  const kk = Math.min(k, 200); // 2^-200 is below the 40-digit resolution of 21e6
  return SUPPLY_TAO.mul(ONE.minus(TWO.pow(-kk)));
}

/**
 * TAO per day at a total issuance: block emission × blocks per day.
 * Rounding: block emission truncated to rao as on chain, then exact decimal.
 */
export function dailyEmission(issuanceTao: number, blocksPerDay: Dec): Dec {
  return blockEmission(issuanceTao).mul(blocksPerDay);
}

/**
 * Pre-dTAO root network (root_epoch, cb/root.rs:326-470 @d4d8182e): s = stake normalised, W row-normalised,
 * rank_j = Σ s_i W_ij, trust_j = Σ s_i [W_ij > 0], consensus_j = 1/(1 + e^(−ρ(trust_j − κ))),
 * emission_j = normalise(consensus_j × rank_j) × block_emission.
 * Rounding: 40-digit decimal (the chain uses I64F64; agreement within a relative 1e-6), no output rounding.
 */
export function subnetEmission(weights: number[][], stake: number[], blockEmission: Dec, kappa: Dec, rho: Dec): Dec[] {
  const m = weights.length;
  const cols = m > 0 ? weights[0]!.length : 0;
  const sSum = stake.reduce((a, x) => a.plus(x), ZERO);
  const s = stake.map((x) => (sSum.gt(0) ? new D(x).div(sSum) : new D(x)));
  const rank: Dec[] = new Array<Dec>(cols).fill(ZERO);
  const trust: Dec[] = new Array<Dec>(cols).fill(ZERO);
  for (let i = 0; i < m; i++) {
    const row = weights[i]!;
    const rs = row.reduce((a, x) => a.plus(x), ZERO);
    if (!rs.gt(0)) continue;
    for (let j = 0; j < cols; j++) {
      const w = row[j]!;
      if (w <= 0) continue;
      rank[j] = rank[j]!.plus(s[i]!.mul(w).div(rs));
      trust[j] = trust[j]!.plus(s[i]!);
    }
  }
  const score = rank.map((r, j) => {
    const c = ONE.div(ONE.plus(D.exp(rho.neg().mul(trust[j]!.minus(kappa)))));
    return c.mul(r);
  });
  const total = score.reduce((a, x) => a.plus(x), ZERO);
  return score.map((x) => (total.gt(0) ? x.div(total).mul(blockEmission) : ZERO));
}

/**
 * dTAO subnet emission (subnet_emissions.rs:34-76, 354-389): share_i = p_i/Σp; w_i = share_i × (1 − min(burned_i, 1)),
 * renormalised (price shares if Σw = 0); disabled subnets 0 and the rest renormalised; × block_emission.
 * Rounding: 40-digit decimal (the chain uses U96F32), no output rounding.
 */
export function subnetEmissionDtao(prices: number[], blockEmission: Dec, burned: number[], enabled: boolean[]): Dec[] {
  const n = prices.length;
  const pSum = prices.reduce((a, x) => a.plus(x), ZERO);
  if (!pSum.gt(0)) return prices.map(() => ZERO);
  const share = prices.map((p) => new D(p).div(pSum));
  let w = share.map((x, i) => x.mul(ONE.minus(D.min(burned[i]!, 1))));
  const wSum = w.reduce((a, x) => a.plus(x), ZERO);
  w = wSum.gt(0) ? w.map((x) => x.div(wSum)) : share;
  const masked = w.map((x, i) => (enabled[i] ? x : ZERO));
  const mSum = masked.reduce((a, x) => a.plus(x), ZERO);
  const out: Dec[] = new Array<Dec>(n);
  for (let i = 0; i < n; i++) out[i] = mSum.gt(0) ? masked[i]!.div(mSum).mul(blockEmission) : ZERO;
  return out;
}

export const SPLIT_LABELS = ["subnet owner", "miners", "validators", "root stakers"] as const;

/**
 * dTAO per-block split (run_coinbase.rs:258-300): owner = E × cut; r = E − owner; miners = r/2;
 * root stakers = rp × r/2; validators = r/2 − root stakers.
 * Rounding: exact decimal, no output rounding (the chain floors each amount to rao in U96F32; the
 * difference is at most a few rao per TAO).
 */
export function emissionSplit(emission: Dec, ownerCut: Dec, rootProportion: Dec): [string, Dec][] {
  const owner = emission.mul(ownerCut);
  const half = emission.minus(owner).div(2);
  const root = half.mul(rootProportion);
  return [
    [SPLIT_LABELS[0], owner],
    [SPLIT_LABELS[1], half],
    [SPLIT_LABELS[2], half.minus(root)],
    [SPLIT_LABELS[3], root],
  ];
}

/**
 * A neuron's share of an epoch: (I + D) / (ΣI + ΣD) × E (run_epoch.rs:926-979).
 * Rounding: 40-digit decimal, no output rounding (the chain floors to rao).
 */
export function neuronEmission(incentive: Dec, dividends: Dec, epochEmission: Dec, sumIncentive: Dec, sumDividends: Dec): Dec {
  const total = sumIncentive.plus(sumDividends);
  if (!total.gt(0)) {
    throw new DepinError("OUT_OF_RANGE", "sum_incentive", total.toNumber(), msg.greaterThan("sum_incentive + sum_dividends", 0, total.toNumber()));
  }
  return incentive.plus(dividends).div(total).mul(epochEmission);
}

// Number cores of TAO_NEURON_EMISSION and TAO_DELEGATE_REWARD (SPEC §7 speed): each argument stands for its
// shortest decimal (the value `new Decimal(x)` reads); the result is the double nearest the exact result, by the
// first of (1) integers below 2^53 brought to one scale and one IEEE division (correctly rounded; a quotient of
// two such integers is never within 2^−107 (relative) of a midpoint between two doubles, so the decimal core's
// 40-digit value converts to the same double), (2) double-double with the rounding test (core/dd.ts), (3) the
// decimal core. test/engine/bittensor/fast.test.ts compares them bit for bit.

const EXACT_LIMIT = 2 ** 53;

/** The integer m of x = m / 10^j (j from {@link decimalPlaces}). */
export function digits(x: number, j: number): number {
  return j === 0 ? x : Math.round(x * P10[j]!);
}

/** An integer at `from` places brought to `to` ≥ `from` places; NaN when it leaves the integers below 2^53. */
function rescale(m: number, from: number, to: number): number {
  const r = to === from ? m : m * P10[to - from]!;
  return Math.abs(r) < EXACT_LIMIT ? r : NaN;
}

/** x + y for x, y at places jx, jy (both ≥ 0), at max(jx, jy) places; NaN when it leaves the integers below 2^53. */
export function sumAt(x: number, jx: number, y: number, jy: number, at: number): number {
  const r = rescale(digits(x, jx), jx, at) + rescale(digits(y, jy), jy, at);
  return Math.abs(r) < EXACT_LIMIT ? r : NaN;
}

/** num / den × 10^shift as one IEEE division of integers below 2^53, or undefined when they do not fit. */
export function quotient(num: number, den: number, shift: number): number | undefined {
  if (shift > 0) num *= P10[shift] ?? NaN;
  else if (shift < 0) den *= P10[-shift] ?? NaN;
  return Math.abs(num) < EXACT_LIMIT && Math.abs(den) < EXACT_LIMIT ? num / den : undefined;
}

/** {@link neuronEmission} on numbers, as the double nearest the exact result (the same double as the decimal core). */
export function neuronEmissionValue(incentive: number, dividends: number, epochEmission: number, sumIncentive: number, sumDividends: number): number | Dec {
  const slow = (): Dec => neuronEmission(new D(incentive), new D(dividends), new D(epochEmission), new D(sumIncentive), new D(sumDividends));
  // Both sums 0 (the arguments are ≥ 0): the decimal core throws its error.
  if (!(sumIncentive > 0 || sumDividends > 0)) return slow();
  // A zero result (0 of the epoch, or an empty epoch): ±0 by the sign rule decimal.js shares with IEEE.
  if ((incentive === 0 && dividends === 0) || epochEmission === 0) {
    const n = incentive + dividends;
    return (n === 0 ? n : 1) * (epochEmission === 0 ? epochEmission : 1);
  }
  const ji = decimalPlaces(incentive);
  const jd = decimalPlaces(dividends);
  const je = decimalPlaces(epochEmission);
  const js = decimalPlaces(sumIncentive);
  const jt = decimalPlaces(sumDividends);
  if (ji >= 0 && jd >= 0 && je >= 0 && js >= 0 && jt >= 0) {
    // (I + D)/10^a ÷ (ΣI + ΣD)/10^b × E/10^je = (I + D)·E·10^(b − a − je) / (ΣI + ΣD).
    const a = Math.max(ji, jd);
    const b = Math.max(js, jt);
    const q = quotient(sumAt(incentive, ji, dividends, jd, a) * digits(epochEmission, je), sumAt(sumIncentive, js, sumDividends, jt, b), b - a - je);
    if (q !== undefined) return q;
  }
  return dd.fastOr(() => {
    const v = dd.inputs(incentive, dividends, epochEmission, sumIncentive, sumDividends);
    return v && dd.mul(dd.div(dd.add(v[0]!, v[1]!), dd.add(v[3]!, v[4]!)), v[2]!);
  }, slow);
}

/** 1 − 11796/65535 = 53739/65535 as a double-double, its bound widened to cover 1 − OWNER_CUT (40 digits: < 5e−41 away). */
const KEEP_DEFAULT: dd.DD = ((k: dd.DD) => ({ hi: k.hi, lo: k.lo, err: k.err + 1e-40 }))(dd.div(dd.exact(53739), dd.exact(65535)));

/**
 * {@link delegateReward} on numbers (`take` undefined: the default 11796/65535 as the 40-digit OWNER_CUT), as the
 * double nearest the exact result (the same double as the decimal core).
 */
export function delegateRewardValue(reward: number, delegatedShare: number, take: number | undefined): number | Dec {
  const slow = (): Dec => delegateReward(new D(reward), new D(delegatedShare), take === undefined ? OWNER_CUT : new D(take));
  if (take === undefined) {
    // A zero factor: ±0 by the sign rule decimal.js shares with IEEE (the kept share is > 0).
    if (reward === 0 || delegatedShare === 0) return reward * delegatedShare;
    // R·S·53739 / (65535·10^(jr + js)): the decimal core's 1 − OWNER_CUT is within 10^−40 (relative) of 53739/65535,
    // far inside the 2^−107 that keeps this quotient from a midpoint, so it converts to the same double.
    const jr = decimalPlaces(reward);
    const js = decimalPlaces(delegatedShare);
    if (jr >= 0 && js >= 0) {
      const q = quotient(digits(reward, jr) * digits(delegatedShare, js) * 53739, 65535, -(jr + js));
      if (q !== undefined) return q;
    }
    return dd.fastOr(() => {
      const v = dd.inputs(reward, delegatedShare);
      return v && dd.mul(dd.mul(v[0]!, KEEP_DEFAULT), v[1]!);
    }, slow);
  }
  if (reward === 0 || delegatedShare === 0 || take === 1) return reward * (1 - take) * delegatedShare;
  const jr = decimalPlaces(reward);
  const js = decimalPlaces(delegatedShare);
  const jt = decimalPlaces(take);
  if (jr >= 0 && js >= 0 && jt >= 0 && jr + js + jt <= 22) {
    // R/10^jr × (10^jt − T)/10^jt × S/10^js: one product of integers, one division by an exact power of ten.
    const p = digits(reward, jr) * (P10[jt]! - digits(take, jt)) * digits(delegatedShare, js);
    if (Math.abs(p) < EXACT_LIMIT) return p / P10[jr + js + jt]!;
  }
  return dd.fastOr(() => {
    const v = dd.inputs(reward, delegatedShare, take);
    return v && dd.mul(dd.mul(v[0]!, dd.sub(dd.exact(1), v[2]!)), v[1]!);
  }, slow);
}

/**
 * What nominators with `delegatedShare` of a validator's stake receive: reward × (1 − take) × share
 * (run_coinbase.rs:738-743).
 * Rounding: 40-digit decimal, no output rounding (the chain floors to rao).
 */
export function delegateReward(reward: Dec, delegatedShare: Dec, take: Dec): Dec {
  return reward.mul(ONE.minus(take)).mul(delegatedShare);
}

/**
 * 0-based index of the subnet deregistered next: among subnets with current − registered ≥ immunity
 * (saturating at 0), the lowest emission, ties to the earliest registered, then the lowest index.
 * Returns −1 when every subnet is immune. Rounding: exact comparisons of the given numbers.
 */
export function subnetToPrune(emissions: number[], registeredAt: number[], currentBlock: number, immunity: number): number {
  let best = -1;
  for (let i = 0; i < emissions.length; i++) {
    const age = Math.max(0, currentBlock - registeredAt[i]!);
    if (age < immunity) continue;
    if (
      best < 0 ||
      emissions[i]! < emissions[best]! ||
      (emissions[i]! === emissions[best]! && registeredAt[i]! < registeredAt[best]!)
    ) {
      best = i;
    }
  }
  return best;
}
