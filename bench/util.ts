/**
 * Shared benchmark helpers: deterministic inputs and a throughput meter. Inputs vary per call (N = 1,024
 * precomputed argument tuples cycled), so nothing is constant-folded or memoised; results are summed into a
 * sink that is checked at the end. Each measurement: a warm-up that sizes the runs, then the median of 5.
 */
import { existsSync } from "fs";
import * as path from "path";

export const N = 1024;
const MASK = N - 1;
export const TARGET = "≥ 1,000,000/s";
const CHAIN_TARGET = "≥ 250,000/s";

/** Functions that emulate a chain's fixed-point arithmetic step by step: SPEC §7's lower target. */
const CHAIN_EMULATIONS = new Set(["AKT_DECAY_INFLATION", "AKT_BLOCK_PROVISION", "AKT_MINT_INFLATION", "AKT_BME_MINT_EPOCH", "TAO_EMA_PRICE"]);

/** SPEC §7's throughput target for a scalar function, by id (a row name's first word). */
export const targetOf = (name: string): string => (CHAIN_EMULATIONS.has(name.split(" ")[0]!) ? CHAIN_TARGET : TARGET);

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so runs are comparable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** N input tuples made by `make` from a seeded generator. */
export function table<T>(seed: number, make: (r: () => number) => T): T[] {
  const r = rng(seed);
  return Array.from({ length: N }, () => make(r));
}

/** x rounded to `places` decimals: inputs as an analyst types them. */
export const round = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places;

export type Call = (i: number) => number;
let sink = 0;

function timed(f: Call, iterations: number): number {
  let s = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) s += f(i & MASK);
  const ns = Number(process.hrtime.bigint() - t0);
  sink += s;
  return (iterations * 1e9) / ns;
}

/**
 * Median calls per second of `runs` runs of about `seconds` / `runs` each, after a warm-up that sizes the runs.
 * The warm-up grows a batch until it takes 50 ms, twice over: when the first calls build a lazy table or are
 * still interpreted, the first sizing comes from a slow batch, and the second starts from steady calls.
 */
export function measure(f: Call, seconds = 0.5, runs = 5): number {
  let iterations = 16;
  for (let pass = 0; pass < 2; pass++) {
    for (;;) {
      const t0 = process.hrtime.bigint();
      timed(f, iterations);
      const dt = Number(process.hrtime.bigint() - t0) / 1e9;
      if (dt > 0.05) {
        iterations = Math.max(16, Math.round((iterations * seconds) / runs / dt));
        break;
      }
      iterations *= 4;
    }
  }
  const rates: number[] = [];
  for (let k = 0; k < runs; k++) rates.push(timed(f, iterations));
  rates.sort((a, b) => a - b);
  return rates[Math.floor(runs / 2)]!;
}

/** Throws when the sink went non-finite (a function returned NaN or Infinity). */
export function checkSink(): void {
  if (!Number.isFinite(sink)) throw new Error("benchmark sink is not finite");
}

/** The repository root (the nearest folder above this file with a package.json), wherever the bench was compiled to. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("package.json not found above " + __dirname);
    dir = up;
  }
  return dir;
}
