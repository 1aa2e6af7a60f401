/**
 * Akash Burn-Mint Equilibrium (AEP-76, v2.0.0 from 2026-03-23): pure cores of the AKT_BME_* functions and
 * AKT_LEASE_AKT (REFERENCE.md §G.9-G.15). Typed, already validated arguments in; cross-argument checks
 * throw DepinError. Code cited as akn = akash-network/node@3efe26bf39115a6babf329e8170cd1133cc7dbe9.
 */
import { exactArith as X, exactQuotient, run, type Small } from "../../core/arith";
import * as dd from "../../core/dd";
import { D, type Dec } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import { sdkMul, sdkPowAtMost, sdkQuo } from "./formulas";
import { akashParams as P } from "./params";

const ONE = new D(1);
const HUNDRED = new D(100);
/** Basis points per 1. */
const BPS = new D(10000);
const ONE_DD = dd.exact(1);
const BPS_DD = dd.exact(10000);
/** One back-off step of the mint epoch, in basis points (akn keeper.go:961). */
const STEP_BPS = Number(P.epochStepBps.value);
const LEASE_TAKE_RATE = Number(P.leaseTakeRate.value);

// The conversions below take the validated arguments as JS numbers (each stands for its shortest decimal, the
// value `new Decimal(x)` reads) and return the double nearest the exact real result, by the first of
// (nearestQuotient):
// 1. exact small decimals (core/arith.ts) for numerator and denominator, then one IEEE division of two
//    integers below 2^53 (correctly rounded; such a quotient is never exactly halfway between two doubles,
//    so decimal.js's 40-digit quotient rounds to the same double);
// 2. double-double with a rounding test (core/dd.ts);
// 3. 40-digit decimal.js.

const BPS_S = X.c("10000");
const ONE_S = X.c("1");

/** The double nearest a quotient: exact integers first, then double-double, then decimal.js (see above). */
export function nearestQuotient(fast: () => dd.DD | undefined, exact: () => readonly [Small, Small], slow: () => Dec): number | Dec {
  const q = exactQuotient(...exact());
  return q !== undefined ? q : dd.fastOr(fast, slow);
}

/** 10,000 − bps in the exact backend. */
const keepS = (spreadBps: number): Small => X.sub(BPS_S, X.num(spreadBps));

/**
 * x × (1 − bps / 10,000) / y in double-double with one division: x × (10,000 − bps) / (y × 10,000), or x / y
 * when there is no spread.
 */
function spreadQuotient(x: dd.DD, y: dd.DD, spreadBps: number, bps: dd.DD): dd.DD {
  return spreadBps === 0 ? dd.div(x, y) : dd.div(dd.mul(x, dd.sub(BPS_DD, bps)), dd.mul(y, BPS_DD));
}
/** 1 − bps / 10,000 in decimal. */
const keep = (spreadBps: number): Dec => ONE.minus(new D(spreadBps).div(BPS));

/**
 * amount × priceFrom / priceTo × (1 − spread / 10,000): the swap of prepareToBM (akn keeper.go:374-463), whose
 * rate is priceFrom.Quo(priceTo) and whose spread stays in the vault.
 */
function convert(amount: number, priceFrom: number, priceTo: number, spreadBps: number): number | Dec {
  return nearestQuotient(
    () => {
      const x = dd.inputs(amount, priceFrom, priceTo, spreadBps);
      return x && spreadQuotient(dd.mul(x[0]!, x[1]!), x[2]!, spreadBps, x[3]!);
    },
    () => [X.mul(X.mul(X.num(amount), X.num(priceFrom)), keepS(spreadBps)), X.mul(X.num(priceTo), BPS_S)],
    () => new D(amount).mul(priceFrom).div(priceTo).mul(keep(spreadBps))
  );
}

/**
 * ACT minted for `aktIn` AKT: aktIn × aktPrice / actPrice × (1 − spread / 10,000) (akn keeper.go:374-463).
 * Rounding: real arithmetic, the double nearest the exact result (see above); the chain's whole uact are not
 * modelled.
 */
export function bmeMint(aktIn: number, aktPrice: number, actPrice: number, spreadBps: number): number | Dec {
  return convert(aktIn, aktPrice, actPrice, spreadBps);
}

/**
 * AKT paid out for `actIn` ACT: actIn × actPrice / aktPrice × (1 − spread / 10,000) (same code, from uact to uakt).
 * Rounding: as bmeMint; the chain's ⌊uact × RHE18(1/P)⌋ uakt is not modelled.
 */
export function bmeSettle(actIn: number, aktPrice: number, actPrice: number, spreadBps: number): number | Dec {
  return convert(actIn, actPrice, aktPrice, spreadBps);
}

/**
 * Newly minted AKT when `aktOut` (gross, before the settle spread) is settled: max(0, aktOut − remint credit)
 * (akn keeper.go:521-555).
 * Rounding: exact decimal subtraction (core/arith.ts: exact small decimals, else decimal.js), the same double.
 */
export function bmeNewSupply(aktOut: number, remintCredit: number): number | Dec {
  // Doubles order like their shortest decimals, so the comparison is exact.
  if (aktOut <= remintCredit) return 0;
  return run((A) => A.sub(A.num(aktOut), A.num(remintCredit)));
}

/**
 * Collateral ratio (vault − pending) × aktPrice / actPrice / actSupply (akn keeper.go:742-784). The chain
 * subtracts pending from the vault's balance with sdk.Coin.Sub, which refuses a negative result, so pending
 * must not exceed the vault. With no ACT outstanding the chain skips the division; here that is #N/A.
 * Rounding: as bmeMint (the chain's 18-place LegacyDec agrees to about 1e-17 relative).
 */
export function bmeCollateralRatio(vaultAkt: number, pendingAkt: number, aktPrice: number, actSupply: number, actPrice: number): number | Dec {
  if (pendingAkt > vaultAkt) {
    throw new DepinError("OUT_OF_RANGE", "pending_akt", pendingAkt, msg.atMost("pending_akt", `vault_akt (${vaultAkt})`, pendingAkt));
  }
  if (actSupply === 0) {
    throw new DepinError("NOT_AVAILABLE", "act_supply", 0, msg.notAvailable("no ACT outstanding (act_supply is 0), so there is no collateral ratio"));
  }
  return nearestQuotient(
    () => {
      const x = dd.inputs(vaultAkt, pendingAkt, aktPrice, actSupply, actPrice);
      return x && dd.div(dd.mul(dd.sub(x[0]!, x[1]!), x[2]!), dd.mul(x[4]!, x[3]!));
    },
    () => [X.mul(X.sub(X.num(vaultAkt), X.num(pendingAkt)), X.num(aktPrice)), X.mul(X.num(actPrice), X.num(actSupply))],
    () => new D(vaultAkt).minus(pendingAkt).mul(aktPrice).div(actPrice).div(actSupply)
  );
}

/**
 * A threshold given as a fraction (0…1), in whole basis points; anything else is an error naming the argument.
 * `fraction` stands for its shortest decimal d; d is a multiple of 0.0001 exactly when `fraction` is the
 * double nearest w / 10,000 for the integer w nearest fraction × 10,000.
 */
export function thresholdBps(param: string, fraction: number): number {
  const w = Math.round(fraction * 10000);
  if (w / 10000 !== fraction) {
    throw new DepinError("INVALID_ARG", param, fraction, msg.inRange(param, "a whole number of basis points (a multiple of 0.0001) between 0 and 1", fraction));
  }
  return w;
}

/**
 * c = ⌊cr × 10,000⌋ of cr's shortest decimal (the chain's truncated basis points, akn keeper.go:906), for
 * 0 ≤ cr < 1. An integer c has c / 10,000 ≤ that decimal exactly when the double nearest c / 10,000 is ≤ cr
 * (rounding is monotone, and below 1 no two multiples of 0.0001 share a double), so one step of correction
 * after the floating-point estimate gives the exact value.
 */
function crBpsBelowOne(cr: number): number {
  let c = Math.floor(cr * 10000);
  if ((c + 1) / 10000 <= cr) c++;
  else if (c / 10000 > cr) c--;
  return c;
}

/** c > w for c = ⌊cr × 10,000⌋ and an integer w ≥ 0: cr ≥ (w + 1) / 10,000, compared as above. */
const bpsAbove = (cr: number, w: number): boolean => cr >= (w + 1) / 10000;

export type MintStatus = "Healthy" | "Warning" | "HaltCR";
export const MINT_STATUSES: readonly MintStatus[] = ["Healthy", "Warning", "HaltCR"];

/**
 * The circuit breaker's mint status (akn keeper.go:903-922): c = ⌊cr × 10,000⌋; Healthy when c > warn,
 * Warning when halt < c ≤ warn, HaltCR when c ≤ halt (thresholds in basis points, halt < warn as the
 * params validation requires).
 * Rounding: c is exact (cr's shortest decimal × 10,000, truncated toward zero like TruncateInt64).
 */
export function bmeStatus(cr: number, warn: number, halt: number): MintStatus {
  const w = thresholdBps("warn", warn);
  const h = thresholdBps("halt", halt);
  if (h >= w) throw new DepinError("OUT_OF_RANGE", "halt", halt, msg.inRange("halt", `less than warn (${warn})`, halt));
  return bpsAbove(cr, w) ? "Healthy" : bpsAbove(cr, h) ? "Warning" : "HaltCR";
}

/** Mint-epoch lengths already computed, by steps, min, backoff percent and cap (bounded; cleared when full). */
const epochMemo = new Map<string, number>();
const EPOCH_MEMO_MAX = 4096;

/**
 * max(min, ⌊min(min × base^steps, maxBlocks)⌋), base = (100 + pct) / 100, in LegacyDec: Quo and every Power
 * product round half-even to 18 places; Mul by the integer min is exact.
 */
function backoffBlocks(steps: number, minBlocks: number, pct: number, maxBlocks: number): number {
  const key = `${steps},${minBlocks},${pct},${maxBlocks}`;
  let blocks = epochMemo.get(key);
  if (blocks !== undefined) return blocks;
  const base = sdkQuo(HUNDRED.plus(pct), HUNDRED);
  const cap = new D(maxBlocks);
  const power = sdkPowAtMost(base, steps, cap);
  let res = power === undefined ? cap : sdkMul(new D(minBlocks), power);
  if (res.gt(cap)) res = cap;
  blocks = Math.max(minBlocks, res.trunc().toNumber());
  if (epochMemo.size >= EPOCH_MEMO_MAX) epochMemo.clear();
  epochMemo.set(key, blocks);
  return blocks;
}

/**
 * Blocks between ACT-mint batches, x/bme calculateBlocksDiff (akn keeper.go:948-988): c = ⌊cr × 10,000⌋;
 * c ≥ warn or backoff 0 → min; s = ⌊(warn − c) / 10⌋, s = 0 → min; else
 * max(min, ⌊min(min × base^s, maxBlocks)⌋) with base = (100 + backoff%) / 100, all in LegacyDec.
 * `backoff` is a fraction (0.10 = the chain's EpochBlocksBackoffPercent 10) and must be a whole percent.
 * Rounding: LegacyDec (18 places): Quo and each Power product round half-even, Mul by the integer min is
 * exact; the cap applies before truncation toward zero.
 */
export function bmeMintEpoch(cr: number, minBlocks: number, backoff: number, maxBlocks: number, warn: number): number {
  const pct = Math.round(backoff * 100);
  if (pct / 100 !== backoff) {
    throw new DepinError("INVALID_ARG", "backoff", backoff, msg.inRange("backoff", "a whole percent (a multiple of 0.01) between 0 and 1", backoff));
  }
  const w = thresholdBps("warn", warn);
  // c ≥ w exactly when cr ≥ the double nearest w / 10,000 (see crBpsBelowOne); c < w implies cr < 1.
  if (cr >= w / 10000 || pct === 0) return minBlocks;
  const steps = Math.floor((w - crBpsBelowOne(cr)) / STEP_BPS);
  return steps === 0 ? minBlocks : backoffBlocks(steps, minBlocks, pct, maxBlocks);
}

export const LEASE_REGIMES = ["bme", "take"] as const;
export type LeaseRegime = (typeof LEASE_REGIMES)[number];

/**
 * AKT a provider receives for a lease worth `leaseUsd`. "bme" (from 2026-03-23): leaseUsd / aktPrice, settled
 * from ACT with spread 0 and no take (the take store was deleted at v2.0.0). "take" (2023-08-22 → 2026-03-22,
 * an AKT-denominated lease): leaseUsd / aktPrice × (1 − takeRate), takeRate default 0.02. With "bme" there is
 * no take, so a take rate is not read (a sheet can switch the regime cell and keep its take-rate column).
 * Rounding: as bmeMint; the chain's whole uakt are not modelled.
 */
export function leaseAkt(leaseUsd: number, aktPrice: number, regime: LeaseRegime, takeRate: number | undefined): number | Dec {
  const t = regime === "bme" ? 0 : (takeRate ?? LEASE_TAKE_RATE);
  return nearestQuotient(
    () => {
      const x = dd.inputs(leaseUsd, aktPrice, t);
      return x && (t === 0 ? dd.div(x[0]!, x[1]!) : dd.div(dd.mul(x[0]!, dd.sub(ONE_DD, x[2]!)), x[1]!));
    },
    () => [t === 0 ? X.num(leaseUsd) : X.mul(X.num(leaseUsd), X.sub(ONE_S, X.num(t))), X.num(aktPrice)],
    () => new D(leaseUsd).div(aktPrice).mul(ONE.minus(t))
  );
}
