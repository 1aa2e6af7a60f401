/**
 * io.net Incentive Dynamic Engine (live 2026-06-11; REFERENCE.md §G.20). LOW CONFIDENCE: io.net published the
 * mechanism (a Reward Vault of IO emissions drawn first, then a Fee Vault of user fees; IO released at the
 * live price; at least 50 % of the surplus bought back and burned), not a formula. This is the inferred
 * one-epoch model; epoch length, vault refill, the fee vault's carried balance and the burn share actually
 * used are not published.
 */
import { D, type Dec } from "../../core/decimal";
import type { EngineCell } from "../../core/decl";

/** Row labels of IO_IDE_EPOCH's spill, in order. */
export const IDE_LABELS = ["io_released", "fee_draw_usd", "surplus_usd", "io_burned", "sustainability_ratio"] as const;

/**
 * One epoch: released = min(vault, payout/price); fee draw = payout − released × price; surplus =
 * max(0, fees − draw); burned = β × surplus/price; sustainability ratio = fees/payout (0 when payout is 0).
 * When the vault covers the payout the draw is exactly 0 (not payout − (payout/price) × price, which
 * carries the quotient's rounding).
 * Rounding: 40-digit decimal, no output rounding.
 */
export function ideEpoch(payoutUsd: Dec, feesUsd: Dec, ioPrice: Dec, rewardVaultIo: Dec, burnShare: Dec): EngineCell[][] {
  const needed = payoutUsd.div(ioPrice);
  let released: Dec;
  let draw: Dec;
  if (needed.lte(rewardVaultIo)) {
    released = needed;
    draw = new D(0);
  } else {
    released = rewardVaultIo;
    draw = D.max(0, payoutUsd.minus(rewardVaultIo.times(ioPrice)));
  }
  const surplus = D.max(0, feesUsd.minus(draw));
  const burned = burnShare.times(surplus).div(ioPrice);
  const ratio = payoutUsd.isZero() ? new D(0) : feesUsd.div(payoutUsd);
  const values = [released, draw, surplus, burned, ratio];
  return IDE_LABELS.map((label, i) => [label, values[i]!]);
}
