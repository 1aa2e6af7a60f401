/**
 * Akash Burn-Mint Equilibrium (AEP-76, v2.0.0 from 2026-03-23): pure cores of the AKT_BME_* functions and
 * AKT_LEASE_AKT (REFERENCE.md §G.9-G.15). Typed, already validated arguments in; cross-argument checks
 * throw DepinError. Code cited as akn = akash-network/node@3efe26bf39115a6babf329e8170cd1133cc7dbe9.
 */
import { D, type Dec } from "../../core/decimal";
import { DepinError } from "../../core/errors";
import { msg } from "../../core/messages";
import { sdkMul, sdkPowAtMost, sdkQuo } from "./formulas";
import { akashParams as P } from "./params";

const ZERO = new D(0);
const ONE = new D(1);
const HUNDRED = new D(100);
/** Basis points per 1. */
const BPS = new D(10000);
/** One back-off step of the mint epoch, in basis points (akn keeper.go:961). */
const STEP_BPS = Number(P.epochStepBps.value);
const LEASE_TAKE_RATE = new D(P.leaseTakeRate.value);

/** 1 − bps / 10,000. */
const keep = (spreadBps: Dec): Dec => ONE.minus(spreadBps.div(BPS));

/**
 * ACT minted for `aktIn` AKT: aktIn × aktPrice / actPrice × (1 − spread / 10,000) (akn keeper.go:374-463).
 * Rounding: 40-digit decimal, no output rounding (real arithmetic; the chain pays whole uact, not modelled).
 */
export function bmeMint(aktIn: Dec, aktPrice: Dec, actPrice: Dec, spreadBps: Dec): Dec {
  return aktIn.mul(aktPrice).div(actPrice).mul(keep(spreadBps));
}

/**
 * AKT paid out for `actIn` ACT: actIn × actPrice / aktPrice × (1 − spread / 10,000) (same code, from uact to uakt).
 * Rounding: 40-digit decimal, no output rounding (the chain's ⌊uact × RHE18(1/P)⌋ uakt is not modelled).
 */
export function bmeSettle(actIn: Dec, aktPrice: Dec, actPrice: Dec, spreadBps: Dec): Dec {
  return actIn.mul(actPrice).div(aktPrice).mul(keep(spreadBps));
}

/**
 * Newly minted AKT when `aktOut` (gross, before the settle spread) is settled: max(0, aktOut − remint credit)
 * (akn keeper.go:521-555).
 * Rounding: exact decimal subtraction.
 */
export function bmeNewSupply(aktOut: Dec, remintCredit: Dec): Dec {
  const d = aktOut.minus(remintCredit);
  return d.isNegative() ? ZERO : d;
}

/**
 * Collateral ratio (vault − pending) × aktPrice / actPrice / actSupply (akn keeper.go:742-784). The chain
 * subtracts pending from the vault's balance with sdk.Coin.Sub, which refuses a negative result, so pending
 * must not exceed the vault. With no ACT outstanding the chain skips the division; here that is #N/A.
 * Rounding: 40-digit decimal, no output rounding (the chain's 18-place LegacyDec differs below 1e-17 relative).
 */
export function bmeCollateralRatio(vaultAkt: Dec, pendingAkt: Dec, aktPrice: Dec, actSupply: Dec, actPrice: Dec): Dec {
  if (pendingAkt.gt(vaultAkt)) {
    throw new DepinError("OUT_OF_RANGE", "pending_akt", pendingAkt.toNumber(), msg.atMost("pending_akt", `vault_akt (${vaultAkt.toString()})`, pendingAkt.toNumber()));
  }
  if (actSupply.isZero()) {
    throw new DepinError("NOT_AVAILABLE", "act_supply", 0, msg.notAvailable("no ACT outstanding (act_supply is 0), so there is no collateral ratio"));
  }
  return vaultAkt.minus(pendingAkt).mul(aktPrice).div(actPrice).div(actSupply);
}

/** c = ⌊cr × 10,000⌋: the chain's truncated basis points (akn keeper.go:906, TruncateInt64; cr ≥ 0). */
export function crBps(cr: Dec): Dec {
  return cr.mul(BPS).trunc();
}

/** A threshold given as a fraction, in whole basis points; anything else is an error naming the argument. */
export function thresholdBps(param: string, fraction: Dec): number {
  const bps = fraction.mul(BPS);
  if (!bps.isInteger()) {
    throw new DepinError("INVALID_ARG", param, fraction.toNumber(), msg.inRange(param, "a whole number of basis points (a multiple of 0.0001) between 0 and 1", fraction.toNumber()));
  }
  return bps.toNumber();
}

export type MintStatus = "Healthy" | "Warning" | "HaltCR";
export const MINT_STATUSES: readonly MintStatus[] = ["Healthy", "Warning", "HaltCR"];

/**
 * The circuit breaker's mint status (akn keeper.go:903-922): c = ⌊cr × 10,000⌋; Healthy when c > warn,
 * Warning when halt < c ≤ warn, HaltCR when c ≤ halt (thresholds in basis points, halt < warn as the
 * params validation requires).
 * Rounding: cr × 10,000 exact in decimal, truncated toward zero like TruncateInt64.
 */
export function bmeStatus(cr: Dec, warn: Dec, halt: Dec): MintStatus {
  const w = thresholdBps("warn", warn);
  const h = thresholdBps("halt", halt);
  if (h >= w) throw new DepinError("OUT_OF_RANGE", "halt", halt.toNumber(), msg.inRange("halt", `less than warn (${warn.toString()})`, halt.toNumber()));
  const c = crBps(cr);
  return c.gt(w) ? "Healthy" : c.gt(h) ? "Warning" : "HaltCR";
}

/**
 * Blocks between ACT-mint batches, x/bme calculateBlocksDiff (akn keeper.go:948-988): c = ⌊cr × 10,000⌋;
 * c ≥ warn or backoff 0 → min; s = ⌊(warn − c) / 10⌋, s = 0 → min; else
 * max(min, ⌊min(min × base^s, maxBlocks)⌋) with base = (100 + backoff%) / 100, all in LegacyDec.
 * `backoff` is a fraction (0.10 = the chain's EpochBlocksBackoffPercent 10) and must be a whole percent.
 * Rounding: LegacyDec (18 places): Quo and each Power product round half-even, Mul by the integer min is
 * exact; the cap applies before truncation toward zero.
 */
export function bmeMintEpoch(cr: Dec, minBlocks: number, backoff: Dec, maxBlocks: number, warn: Dec): number {
  const pct = backoff.mul(HUNDRED);
  if (!pct.isInteger()) {
    throw new DepinError("INVALID_ARG", "backoff", backoff.toNumber(), msg.inRange("backoff", "a whole percent (a multiple of 0.01) between 0 and 1", backoff.toNumber()));
  }
  const w = thresholdBps("warn", warn);
  const c = crBps(cr);
  if (c.gte(w) || pct.isZero()) return minBlocks;
  const steps = Math.floor((w - c.toNumber()) / STEP_BPS);
  if (steps === 0) return minBlocks;
  const base = sdkQuo(HUNDRED.plus(pct), HUNDRED);
  const cap = new D(maxBlocks);
  const power = sdkPowAtMost(base, steps, cap);
  let res = power === undefined ? cap : sdkMul(new D(minBlocks), power);
  if (res.gt(cap)) res = cap;
  const blocks = res.trunc().toNumber();
  return blocks < minBlocks ? minBlocks : blocks;
}

export const LEASE_REGIMES = ["bme", "take"] as const;
export type LeaseRegime = (typeof LEASE_REGIMES)[number];

/**
 * AKT a provider receives for a lease worth `leaseUsd`. "bme" (from 2026-03-23): leaseUsd / aktPrice, settled
 * from ACT with spread 0 and no take (the take store was deleted at v2.0.0). "take" (2023-08-22 → 2026-03-22,
 * an AKT-denominated lease): leaseUsd / aktPrice × (1 − takeRate), takeRate default 0.02. A take rate with
 * "bme" is an error: there is no take to apply.
 * Rounding: 40-digit decimal, no output rounding (the chain's whole uakt are not modelled).
 */
export function leaseAkt(leaseUsd: Dec, aktPrice: Dec, regime: LeaseRegime, takeRate: Dec | undefined): Dec {
  const akt = leaseUsd.div(aktPrice);
  if (regime === "bme") {
    if (takeRate !== undefined) {
      throw new DepinError("INVALID_ARG", "take_rate", takeRate.toNumber(), msg.inRange("take_rate", 'blank with regime "bme" (no take since 2026-03-23)', takeRate.toNumber()));
    }
    return akt;
  }
  return akt.mul(ONE.minus(takeRate ?? LEASE_TAKE_RATE));
}
