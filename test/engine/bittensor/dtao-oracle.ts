/**
 * An independent oracle for TAO_HALVING_SCHEDULE, written from the text of REFERENCE.md §G.8 in BigInt rao
 * (not from the engine's code): thresholds are the next whole rao at or above 21e15 × (1 − 2^−k), block
 * emission ⌊10^9 / 2^k⌋ rao, and each segment needs ⌈gap / E⌉ blocks with the overshoot carried.
 */
import { D } from "../../../src/engine/core/decimal";

export const SUPPLY = 21n * 10n ** 15n; // rao
/** The chain threshold: the next whole rao at or above 21e15 × (1 − 2^−k) (ceil division). */
export const thresholdRao = (k: number): bigint => {
  const den = 2n ** BigInt(k);
  const num = SUPPLY * (den - 1n);
  return (num + den - 1n) / den;
};
/** ⌊10^9 / 2^k⌋ rao: the block emission after k halvings (0 from k = 30). */
export const emissionRao = (k: number): bigint => 10n ** 9n / 2n ** BigInt(k);

/** Expected rows (as decimal strings, blanks null) for an issuance of `rao` whole rao. */
export function oracle(rao: bigint, halvings: number, blocksPerDay: number): (string | null)[][] {
  const rows: (string | null)[][] = [["halving", "issuance", "block_emission", "blocks_from_now", "days_from_now"]];
  if (rao >= SUPPLY) return rows; // every threshold is below 21e15 or equal to it (k ≥ 55): none is still to come
  let k = 0;
  while (rao >= thresholdRao(k + 1)) k++;
  let i = rao;
  let blocks = 0n;
  for (let h = k + 1; h <= k + halvings; h++) {
    let b: string | null = null;
    let d: string | null = null;
    if (h <= 30) {
      const e = emissionRao(h - 1);
      const gap = thresholdRao(h) - i;
      const n = gap <= 0n ? 0n : (gap + e - 1n) / e;
      i += n * e;
      blocks += n;
      b = blocks.toString();
      d = D(blocks.toString()).div(blocksPerDay).toString();
    }
    const issuance = D(21000000).minus(D(21000000).div(D(2).pow(h)));
    rows.push([String(h), issuance.toString(), D(emissionRao(h).toString()).div(1e9).toString(), b, d]);
  }
  return rows;
}

