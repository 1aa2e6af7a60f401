/**
 * TAO benchmarks (SPEC §7): TAO_YUMA epochs and scalar TAO_BLOCK_EMISSION through the custom-function
 * adapters of src/functions/tao.ts. Imported by bench/run.ts; `npx tsx bench/tao.ts` prints the figures.
 */
import { taoBlockEmission, taoYuma } from "../src/functions/tao";
import { rng } from "./util";

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

interface Epoch {
  weights: number[][];
  stake: number[][];
  bonds: number[][] | null;
  settings: (string | number)[][];
}

/**
 * n uids; the first `validators` hold most stake and set weights on every uid (dense rows). The ranges are
 * copied into packed arrays: the custom-functions runtime hands a range over as parsed JSON, whose arrays
 * have packed element kinds (the holey arrays `new Array(n)` makes cost each read a hole check).
 */
function makeEpoch(n: number, validators: number, maxValidators: number, seed: number, withBonds: boolean): Epoch {
  const r = rng(seed);
  const weights: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n).fill(0);
    if (i < validators) for (let j = 0; j < n; j++) row[j] = Math.floor(r() * 65536);
    weights[i] = row;
  }
  const stake: number[][] = [];
  for (let i = 0; i < n; i++) stake.push([i < validators ? 1000 + Math.floor(r() * 100000) : Math.floor(r() * 100)]);
  let bonds: number[][] | null = null;
  if (withBonds) {
    bonds = [];
    for (let i = 0; i < n; i++) {
      const row = new Array<number>(n).fill(0);
      if (i < validators) for (let j = 0; j < n; j++) row[j] = Math.floor(r() * 65536);
      bonds.push(row);
    }
  }
  const packed = (m: number[][]): number[][] => m.map((row) => Array.from(row));
  return { weights: packed(weights), stake: packed(stake), bonds: bonds && packed(bonds), settings: [["max_validators", maxValidators]] };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Milliseconds of one call. */
function once(e: Epoch): number {
  const t0 = process.hrtime.bigint();
  taoYuma(e.weights, e.stake, e.bonds as unknown as any[][], undefined, undefined, e.settings, "table");
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function timeEpoch(e: Epoch, runs: number, warmup: number): number {
  const call = () => taoYuma(e.weights, e.stake, e.bonds as unknown as any[][], undefined, undefined, e.settings, "table");
  for (let i = 0; i < warmup; i++) call();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    call();
    t.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(t);
}

export function benchTao(): BenchFigure[] {
  const out: BenchFigure[] = [];

  // (a) 256 uids, 64 validators (top-64 permits from 256 staked uids), previous bonds given.
  const small = makeEpoch(256, 64, 64, 1, true);
  out.push({ name: "TAO_YUMA 256 uids / 64 validators (with bonds_prev), median ms per epoch", value: timeEpoch(small, 400, 100), unit: "ms", target: "< 1 ms" });

  // (b) 4096 × 4096 dense: every uid a validator with a full weight row (max_validators 4096). Memory: the
  // process's peak RSS before and after the epochs (maxRSS only grows, so the difference is what the
  // epochs needed beyond the input and everything before them).
  const big = makeEpoch(4096, 4096, 4096, 2, false);
  const rss0 = process.resourceUsage().maxRSS / 1024;
  // The first call compiles the streamed kernel as it goes (what a user's single TAO_YUMA sees).
  const first = once(big);
  out.push({ name: "TAO_YUMA 4096×4096 dense, all 4096 validators, median ms per epoch", value: timeEpoch(big, 7, 2), unit: "ms", target: "< 250 ms" });
  out.push({ name: "TAO_YUMA 4096×4096 dense, all 4096 validators, first call (kernel not yet compiled)", value: first, unit: "ms" });
  const rss1 = process.resourceUsage().maxRSS / 1024;
  out.push({ name: "TAO_YUMA 4096×4096: peak RSS with the input built (weights 16.8 M cells)", value: Math.round(rss0), unit: "MB" });
  out.push({ name: "TAO_YUMA 4096×4096: peak RSS growth over the epochs", value: Math.round(rss1 - rss0), unit: "MB" });
  // Empty cells arrive as null (Excel on the web); about one in 97 here.
  const blanks = { ...big, weights: big.weights.map((row) => row.map((x, j) => (j % 97 === 0 ? null : x))) as unknown as number[][] };
  out.push({ name: "TAO_YUMA 4096×4096 dense with blank cells, all validators, median ms per epoch", value: timeEpoch(blanks, 5, 1), unit: "ms" });
  const bigBonds = { ...big, bonds: makeEpoch(4096, 4096, 4096, 3, true).bonds };
  out.push({ name: "TAO_YUMA 4096×4096 dense + dense bonds_prev, all validators, median ms per epoch", value: timeEpoch(bigBonds, 5, 1), unit: "ms" });
  const big64 = { ...big, settings: [["max_validators", 64]] };
  out.push({ name: "TAO_YUMA 4096×4096 dense, 64 validators (default permits), median ms per epoch", value: timeEpoch(big64, 7, 2), unit: "ms" });

  // (c) scalar TAO_BLOCK_EMISSION through the adapter.
  const xs: number[] = [];
  const r = rng(4);
  for (let i = 0; i < 1024; i++) xs.push(Math.round(r() * 21_000_000 * 1e3) / 1e3);
  let sink = 0;
  for (let i = 0; i < 200_000; i++) sink += taoBlockEmission(xs[i & 1023]!);
  const N = 2_000_000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) sink += taoBlockEmission(xs[i & 1023]!);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (sink < 0) throw new Error("unreachable");
  out.push({ name: "TAO_BLOCK_EMISSION through the adapter", value: Math.round(N / secs), unit: "evaluations/s", target: "≥ 1,000,000/s" });
  return out;
}

if (require.main === module) {
  for (const f of benchTao()) console.log(`${f.name}: ${f.value.toFixed(f.unit === "ms" ? 3 : 0)} ${f.unit}${f.target ? `  (target ${f.target})` : ""}`);
}
