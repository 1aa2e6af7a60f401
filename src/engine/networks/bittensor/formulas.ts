/**
 * Bittensor formulas other than the Yuma epoch (the Float64 kernel in ./yuma/): typed
 * inputs in, Decimal out (REFERENCE.md §B.1, §B.4, §B.5).
 */
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
 * Halvings at an issuance given in TAO as a double. Converts via the number's shortest decimal form
 * (round(issuance × 1e9), half up, exact in Decimal) whenever the double product is within 64 rao of a threshold.
 */
export function halvingsAt(issuanceTao: number): number {
  const y = issuanceTao * 1e9;
  let k = 0;
  while (k < LAST && y >= H_NUM[k + 1]!) k++;
  const nearLo = k > 0 && y - H_NUM[k]! < MARGIN_RAO;
  const nearHi = k < LAST && H_NUM[k + 1]! - y < MARGIN_RAO;
  if (nearLo || nearHi) {
    return halvingsExact(issuanceRao(issuanceTao));
  }
  return k;
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
