/**
 * Bittensor dynamic TAO (dTAO), the current-regime formulas of SPEC §4.6 / REFERENCE.md §G.1–G.8: typed
 * inputs in, Decimal out. The table entries that expose them as DEPIN functions are in ./dtao-functions.ts.
 * Code references are to opentensor/subtensor@14bc6f9f964b9cc362e9635dd110a487fa5d15a0 (main 2026-06-30,
 * runtime spec 425; "sub"), paths under pallets/subtensor/src/ unless they start with swap/
 * (= pallets/swap/src/pallet/).
 */
import * as dd from "../../core/dd";
import { D, type Dec } from "../../core/decimal";
import { decimalPlaces, digits, emissionAfterHalvings, halvingIssuance, halvingsAt, issuanceRao, quotient, sumAt } from "./formulas";
import { bittensorParams as P, dtaoParams as T } from "./params";

const ZERO = new D(0);
const ONE = new D(1);
const RAO = new D(P.raoPerTao.value);
const LAST = Number(P.lastHalving.value); // 30
const SUPPLY_RAO = new D(P.totalSupply.value).mul(RAO);

/** Same precision as D, rounding toward −∞ / +∞: the pool swap rounds every step against the trader. */
const DDown = D.clone({ rounding: D.ROUND_FLOOR });
const DUp = D.clone({ rounding: D.ROUND_CEIL });

/**
 * Root proportion of a subnet: τR / (τR + A); 0 when τR + A = 0 (coinbase/block_step.rs:69-79, the chain's
 * `checked_div(..).unwrap_or(0)`).
 * Rounding: 40-digit decimal, no output rounding. The chain computes in U96F32 with floored products and a
 * truncated quotient, so its value is a few units of 2^-32 below this one (not modelled).
 */
export function rootProp(taoWeight: Dec, rootTao: Dec, alphaIssuance: Dec): Dec {
  const weighted = taoWeight.mul(rootTao);
  const total = weighted.plus(alphaIssuance);
  return total.isZero() ? ZERO : weighted.div(total);
}

/**
 * Next SubnetMovingPrice (staking/stake_utils.rs:37-71, `update_moving_price`):
 * a = moving_alpha × b / (b + halving_blocks); a × min(spot, 1) + (1 − a) × prev. b = 0 returns prev.
 * Rounding: real arithmetic at 40 digits, no output rounding. The chain holds moving_alpha as I96F32 (pass
 * 12885/2^32 to reproduce it), floors each U64F64 product to 2^-64 and truncates the stored price to 2^-32;
 * those steps are not emulated (the stored value can be up to 2^-32 below this one).
 */
export function emaPrice(prev: Dec, spot: Dec, blocksSinceStart: number, movingAlpha: Dec, halvingBlocks: Dec): Dec {
  if (blocksSinceStart === 0) return prev;
  const b = new D(blocksSinceStart);
  const a = movingAlpha.mul(b).div(b.plus(halvingBlocks));
  return a.mul(D.min(spot, ONE)).plus(ONE.minus(a).mul(prev));
}

// Scalar functions on numbers (SPEC §7 speed): each argument stands for its shortest decimal (the value
// `new Decimal(x)` reads); the result is the double nearest the exact result, by the first of: one IEEE division
// of integers below 2^53 brought to one scale (formulas.ts `quotient`: never near a midpoint, so the Decimal
// function's 40-digit value converts to the same double), the double-double path with its rounding test
// (core/dd.ts), the Decimal function above or below (test/engine/bittensor/dtao-properties.test.ts and
// fast.test.ts check them bit for bit).

/** TAO_ROOT_PROP on numbers: {@link rootProp}, as the double nearest the exact result. */
export function rootPropValue(taoWeight: number, rootTao: number, alphaIssuance: number): number | Dec {
  if (taoWeight === 0 || rootTao === 0) return 0; // 0/A, or 0 by the rule when A = 0 too
  const jw = decimalPlaces(taoWeight);
  const jr = decimalPlaces(rootTao);
  const ja = decimalPlaces(alphaIssuance);
  if (jw >= 0 && jr >= 0 && ja >= 0) {
    // τR / (τR + A) with τR = mτ·mR / 10^(jw + jr) and A = mA / 10^ja, both at 10^−(jw + jr + ja) places.
    const w = digits(taoWeight, jw) * digits(rootTao, jr) * 10 ** ja;
    const q = quotient(w, w + digits(alphaIssuance, ja) * 10 ** (jw + jr), 0);
    if (q !== undefined) return q;
  }
  return dd.fastOr(
    () => {
      const v = dd.inputs(taoWeight, rootTao, alphaIssuance);
      if (v === undefined) return undefined;
      const weighted = dd.mul(v[0]!, v[1]!);
      return dd.div(weighted, dd.add(weighted, v[2]!));
    },
    () => rootProp(new D(taoWeight), new D(rootTao), new D(alphaIssuance))
  );
}

const DD_ONE = dd.exact(1);

const LIMIT = 2 ** 53;
const fits = (x: number): boolean => Math.abs(x) < LIMIT;

/**
 * The next moving price as one IEEE division of integers below 2^53: prev + a(s − prev) with a = αb/(b + h) is
 * N / ((b + h)·10^(J + jα)), N = prev·(b + h)·10^(J + jα) + α·b·(s − prev)·10^jh at J = max(places of prev, s),
 * in integers. Each term is checked below 2^53 before the sum (s − prev may be negative); undefined otherwise.
 */
function emaQuotient(prev: number, spot: number, b: number, alpha: number, h: number): number | undefined {
  const jp = decimalPlaces(prev);
  const js = decimalPlaces(spot);
  const ja = decimalPlaces(alpha);
  const jh = decimalPlaces(h);
  if (jp < 0 || js < 0 || ja < 0 || jh < 0 || !fits(b)) return undefined;
  const J = jp > js ? jp : js;
  const B = b * 10 ** jh + digits(h, jh);
  const dS = sumAt(spot, js, -prev, jp, J);
  const t1 = digits(prev, jp) * B * 10 ** (J - jp + ja);
  const t2 = digits(alpha, ja) * b * dS * 10 ** jh;
  if (!(fits(B) && fits(t1) && fits(t2))) return undefined;
  return quotient(t1 + t2, B, -(J + ja));
}

/** TAO_EMA_PRICE on numbers: {@link emaPrice}, as the double nearest the exact result. */
export function emaPriceValue(prev: number, spot: number, blocksSinceStart: number, movingAlpha: number, halvingBlocks: number): number | Dec {
  if (blocksSinceStart === 0) return prev;
  const q = emaQuotient(prev, spot > 1 ? 1 : spot, blocksSinceStart, movingAlpha, halvingBlocks);
  if (q !== undefined) return q;
  return dd.fastOr(
    () => {
      const v = dd.inputs(prev, spot, blocksSinceStart, movingAlpha, halvingBlocks);
      if (v === undefined) return undefined;
      const b = v[2]!;
      const a = dd.div(dd.mul(v[3]!, b), dd.add(b, v[4]!));
      return dd.add(dd.mul(a, spot > 1 ? DD_ONE : v[1]!), dd.mul(dd.sub(DD_ONE, a), v[0]!));
    },
    () => emaPrice(new D(prev), new D(spot), blocksSinceStart, new D(movingAlpha), new D(halvingBlocks))
  );
}

/** One subnet's per-block injection. */
export interface Injection {
  readonly taoIn: Dec;
  readonly alphaIn: Dec;
  readonly excessTao: Dec;
}

/**
 * One subnet's per-block injection (coinbase/run_coinbase.rs:177-231, `get_subnet_terms`): alpha_in = T / p
 * capped at `cap`; tao_in = T when uncapped, else cap × p; excess = T − tao_in (chain-bought without fee).
 * p = 0: the chain's `safe_div_or(.., 0)` gives alpha_in = 0, tao_in = T, excess 0.
 * "Capped" is decided exactly as T > cap × p (the chain's T/p > cap): the product of two doubles is exact in 40
 * digits, so tao_in ≤ T and excess ≥ 0 hold without rounding noise.
 * Rounding: 40-digit decimal, no output rounding (the chain works in U96F32 and floors to rao when minting).
 */
export function injection(taoEmission: Dec, alphaPrice: Dec, alphaCap: Dec): Injection {
  if (alphaPrice.isZero()) return { taoIn: taoEmission, alphaIn: ZERO, excessTao: ZERO };
  const capValue = alphaCap.mul(alphaPrice);
  if (taoEmission.gt(capValue)) {
    return { taoIn: capValue, alphaIn: alphaCap, excessTao: taoEmission.minus(capValue) };
  }
  return { taoIn: taoEmission, alphaIn: taoEmission.div(alphaPrice), excessTao: ZERO };
}

/**
 * Alpha price in TAO of a weighted (Balancer) pool: (y / (1 − w)) / (x / w) = w·y / ((1 − w)·x)
 * (swap/balancer.rs:9-16, 215-228). w = 0.5 is the constant-product price y / x.
 * Rounding: 40-digit decimal, no output rounding (the chain: U64F64 with floored quotients).
 */
export function poolPrice(taoReserve: Dec, alphaReserve: Dec, alphaWeight: Dec): Dec {
  return alphaWeight.mul(taoReserve).div(ONE.minus(alphaWeight).mul(alphaReserve));
}

/** TAO_POOL_PRICE on numbers: {@link poolPrice}, as the double nearest the exact result. */
export function poolPriceValue(taoReserve: number, alphaReserve: number, alphaWeight: number): number | Dec {
  if (taoReserve === 0) return 0;
  const jy = decimalPlaces(taoReserve);
  const jx = decimalPlaces(alphaReserve);
  const jw = decimalPlaces(alphaWeight);
  if (jy >= 0 && jx >= 0 && jw >= 0) {
    // (mw/10^jw)(my/10^jy) / ((10^jw − mw)/10^jw · mx/10^jx) = mw·my·10^(jx − jy) / ((10^jw − mw)·mx).
    const mw = digits(alphaWeight, jw);
    const q = quotient(mw * digits(taoReserve, jy), (10 ** jw - mw) * digits(alphaReserve, jx), jx - jy);
    if (q !== undefined) return q;
  }
  return dd.fastOr(
    () => {
      const v = dd.inputs(taoReserve, alphaReserve, alphaWeight);
      return v && dd.div(dd.mul(v[2]!, v[0]!), dd.mul(dd.sub(DD_ONE, v[2]!), v[1]!));
    },
    () => poolPrice(new D(taoReserve), new D(alphaReserve), new D(alphaWeight))
  );
}

export const SWAP_DIRECTIONS = ["stake", "unstake"] as const;
export type SwapDirection = (typeof SWAP_DIRECTIONS)[number];

/**
 * Tokens out of one Balancer swap, the fee taken from the input first (swap/swap_step.rs:51-52, 168-180,
 * 212-224; swap/balancer.rs:13-16): a = amount × (1 − fee);
 * stake (TAO in, alpha out) x·(1 − (y/(y + a))^((1 − w)/w)); unstake (alpha in, TAO out) y·(1 − (x/(x + a))^(w/(1 − w))).
 * Rounding: 40 digits, every step rounded against the trader (net input and exponent down, the base and the
 * power up, the output down), so the result never exceeds the exact value: a swap never returns more than
 * the reserve, is monotone in the amount, and staking then unstaking never returns more than was put in.
 * The chain floors the fee and the output to rao and truncates the power to 18 decimals (REFERENCE.md §G.5);
 * neither is emulated.
 */
export function poolSwap(
  taoReserve: Dec,
  alphaReserve: Dec,
  amountIn: Dec,
  direction: SwapDirection,
  alphaWeight: Dec,
  fee: Dec
): Dec {
  const stake = direction === "stake";
  const inReserve = stake ? taoReserve : alphaReserve;
  const outReserve = stake ? alphaReserve : taoReserve;
  // Exponent: (1 − w)/w for stake, w/(1 − w) for unstake, rounded down (the base is ≤ 1).
  const expo = stake ? DDown.div(DDown.sub(ONE, alphaWeight), alphaWeight) : DDown.div(alphaWeight, DUp.sub(ONE, alphaWeight));
  const net = DDown.mul(amountIn, DDown.sub(ONE, fee));
  const base = DUp.div(inReserve, DDown.add(inReserve, net));
  const kept = DUp.pow(base, expo);
  return new D(DDown.mul(outReserve, DDown.sub(ONE, kept)));
}

/** The default fee as a double, and its shortest decimal 0.000503547722590982 exactly (18 places: dd.fromNumber stops at 15). */
const FEE_DEFAULT = Number(T.swapFee.value);
const FEE_DEFAULT_DD = ((text: string): dd.DD => {
  const m = /^0\.(\d+)$/.exec(text)!;
  return dd.div(dd.exact(Number(m[1])), dd.exact(10 ** m[1]!.length));
})(String(FEE_DEFAULT));

/**
 * TAO_POOL_SWAP on numbers: {@link poolSwap}, as the double nearest the exact result (the Decimal path's
 * against-the-trader rounding moves it by less than 1e-39 relative, far inside the rounding test's margin).
 */
export function poolSwapValue(
  taoReserve: number,
  alphaReserve: number,
  amountIn: number,
  direction: SwapDirection,
  alphaWeight: number,
  fee: number
): number | Dec {
  if (amountIn === 0 || fee === 1) return 0;
  const stake = direction === "stake";
  return dd.fastOr(
    () => {
      const v = dd.inputs(taoReserve, alphaReserve, amountIn, alphaWeight);
      const f = fee === FEE_DEFAULT ? FEE_DEFAULT_DD : dd.fromNumber(fee);
      if (v === undefined || f === undefined) return undefined;
      const [y, x, amount, w] = v as [dd.DD, dd.DD, dd.DD, dd.DD];
      const inReserve = stake ? y : x;
      const net = dd.mul(amount, dd.sub(DD_ONE, f));
      const base = dd.div(inReserve, dd.add(inReserve, net));
      // The exponent is 1 for the constant-product pool (w = 0.5): no power needed.
      const kept = alphaWeight === 0.5 ? base : dd.pow(base, stake ? dd.div(dd.sub(DD_ONE, w), w) : dd.div(w, dd.sub(DD_ONE, w)));
      return dd.mul(stake ? x : y, dd.sub(DD_ONE, kept));
    },
    () => poolSwap(new D(taoReserve), new D(alphaReserve), new D(amountIn), direction, new D(alphaWeight), new D(fee))
  );
}

/**
 * Subnet emission shares under the TAO-flow rules (coinbase/subnet_emissions.rs:161-174, 209-253, 326-347):
 * L = max(cutoff, min(0, min S)); z_i = S_i − L when S_i > L, else 0; share_i = z_i^p / Σ z^p; all 0 when
 * every z is 0.
 * Rounding: 40-digit decimal (z^p through exp/ln for p ≠ 1), no output rounding. The chain rescales z and
 * evaluates z^p in I32F32 (agreement ~1e-8 relative for p = 1), not emulated.
 */
export function shareFlow(flows: readonly number[], cutoff: Dec, exponent: Dec): Dec[] {
  let minS = 0;
  for (const s of flows) if (s < minS) minS = s;
  const lower = D.max(cutoff, minS);
  const unit = exponent.eq(ONE);
  const weights = flows.map((s) => {
    const z = new D(s).minus(lower);
    if (!z.gt(0)) return ZERO;
    return unit ? z : z.pow(exponent);
  });
  const total = weights.reduce((acc, w) => acc.plus(w), ZERO);
  return total.isZero() ? weights : weights.map((w) => w.div(total));
}

/**
 * Net flows of the net-flow rule (subtensor@486037ba45b87a453b1d660177cc1b105d0298c6 subnet_emissions.rs:283-323):
 * k = min(1, Σ max(U, 0) / Σ max(P, 0)) (0 when Σ max(P, 0) = 0); S_i = U_i − k·P_i when P_i > 0, else U_i − P_i
 * (a negative protocol flow is subtracted unscaled: "a benefit, kept as-is").
 * Rounding: 40-digit decimal, no output rounding.
 */
export function netFlow(user: readonly number[], protocol: readonly number[]): Dec[] {
  let userPos = ZERO;
  let protoPos = ZERO;
  for (const u of user) if (u > 0) userPos = userPos.plus(u);
  for (const p of protocol) if (p > 0) protoPos = protoPos.plus(p);
  const k = protoPos.gt(0) ? D.min(ONE, userPos.div(protoPos)) : ZERO;
  return user.map((u, i) => {
    const p = protocol[i]!;
    return p > 0 ? new D(u).minus(k.mul(p)) : new D(u).minus(p);
  });
}

/** One row of the halving calendar; `blocks`/`days` are null past the 30th halving (no emission to reach it). */
export interface HalvingRow {
  readonly halving: number;
  readonly issuance: Dec;
  readonly blockEmission: Dec;
  readonly blocks: Dec | null;
  readonly days: Dec | null;
}

/** The chain's threshold of the k-th halving in whole rao, ⌈21e15·(1 − 2^−k)⌉ (exact at 40 digits: see below). */
function thresholdRao(k: number): Dec {
  // 21e15·2^−k has at most k fractional digits, all multiples of 2^−k ≥ 2^−55 until it drops below 1 rao (k ≥ 55,
  // where the threshold is 21e15): the 40-digit product keeps 23 fractional digits, so the ceiling is exact.
  return halvingIssuance(k).mul(RAO).ceil();
}

/**
 * The next `halvings` halvings after `issuanceTao` (coinbase/block_emission.rs:38-84): issuance
 * 21M·(1 − 2^−k) (TAO_HALVING_ISSUANCE), block emission after it ⌊1e9/2^k⌋ rao, and the blocks until it at full
 * emission counted exactly in rao: I = round(issuance × 1e9); per segment n = ⌈(H − I)/E⌉ with H the chain's
 * threshold ⌈21e15·(1 − 2^−k)⌉ rao and E the emission before the halving; I ← I + n·E (the overshoot carries
 * into the next segment). Recycling and burns are ignored. The current halving count is the largest k whose
 * threshold the issuance has reached (past the 30th as well); at or above 21M every halving has passed and
 * the calendar is empty.
 * Rounding: block counts exact integers; days = blocks / blocks_per_day at 40 digits.
 */
export function halvingSchedule(issuanceTao: number, halvings: number, blocksPerDay: Dec): HalvingRow[] {
  let rao = issuanceRao(issuanceTao);
  if (rao.gte(SUPPLY_RAO)) return [];
  let current = halvingsAt(issuanceTao);
  while (rao.gte(thresholdRao(current + 1))) current++; // only past the 30th (halvingsAt stops there)
  let blocks = ZERO;
  const rows: HalvingRow[] = [];
  for (let k = current + 1; k <= current + halvings; k++) {
    let reached: Dec | null = null;
    if (k <= LAST) {
      const perBlock = emissionAfterHalvings(k - 1).mul(RAO);
      const n = D.max(ZERO, thresholdRao(k).minus(rao).div(perBlock).ceil());
      rao = rao.plus(n.mul(perBlock));
      blocks = blocks.plus(n);
      reached = blocks;
    }
    rows.push({
      halving: k,
      issuance: halvingIssuance(k),
      blockEmission: emissionAfterHalvings(k),
      blocks: reached,
      days: reached === null ? null : reached.div(blocksPerDay),
    });
  }
  return rows;
}
