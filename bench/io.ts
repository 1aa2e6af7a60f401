/**
 * io.net throughput through the custom-function adapters (src/functions/io.ts), the layer Excel calls:
 * scalar evaluations per second per function against SPEC §7's ≥ 1,000,000/s, and milliseconds per spilled
 * schedule against "< 5 ms for 240 months × 5 columns". Inputs vary per call (1,024 precomputed argument
 * tuples cycled), so nothing is constant-folded or memoised; results are summed into a sink that is checked
 * at the end. Each row: warm-up, then the median of 5 timed runs.
 *
 * `npx tsx bench/io.ts` prints the figures; `npm run bench` (bench/run.ts) collects them with the others.
 */
import * as io from "../src/functions/io";
import { type Call, checkSink, measure, round, table, TARGET } from "./util";
import type { BenchRow } from "./types";

export type { BenchRow } from "./types";

export function benchIo(): BenchRow[] {
  const epochs = table(1, (r) => 1 + Math.floor(r() * 175318));
  const hours = table(2, (r) => Math.floor(r() * 180000));
  const rewards = table(3, (r) => [round(1000 + r() * 49000, 2), round(r(), 4), round(0.5 + r() * 4, 4)] as const);
  const months = table(4, (r) => 1 + Math.floor(r() * 250));
  const fees = table(5, (r) => [round(r() * 1e5, 2), round(r(), 3)] as const);
  const cats = table(6, (r) => [(["community", "seed", "series_a", "core", "rnd"] as const)[Math.floor(r() * 5)]!, round(r() * 60, 2)] as const);
  const gpus = table(7, (r) => [1 + Math.floor(r() * 8), round(r() * 10, 2)] as const);
  // Current regimes: device scores as IO_DEVICE_SCORE gives them (multiplier × processors, tier 1-4), a pool sum, an epoch's emission.
  const devices = table(8, (r) => [round(0.1 + r() * 3, 2), 1 + Math.floor(r() * 8), 1 + Math.floor(r() * 4), r() < 0.5] as const);
  const blocks = table(9, (r) => [round(r() * 30000, 1), round(5e7 + r() * 5e7, 1), round(400 + r() * 4166, 4)] as const);
  const hw = table(10, (r) => (["H200", "A100-SXM4-80GB", "GeForce RTX 4090", "L40S"] as const)[Math.floor(r() * 4)]!);

  const rows: [string, Call][] = [
    ["IO_EPOCH_EMISSION", (i) => io.ioEpochEmission(epochs[i]!)],
    ["IO_EMITTED", (i) => io.ioEmitted(hours[i]!)],
    ["IO_INFLATION_RATE", (i) => io.ioInflationRate(epochs[i]!)],
    ["IO_SUPPLY", (i) => io.ioSupply(hours[i]!)],
    ["IO_MONTH_EMISSION (hourly)", (i) => io.ioMonthEmission(months[i]!)],
    ["IO_MONTH_EMISSION (monthly)", (i) => io.ioMonthEmission(months[i]!, "monthly")],
    ["IO_ALLOCATION", (i) => io.ioAllocation(cats[i]![0])],
    ["IO_UNLOCKED", (i) => io.ioUnlocked(cats[i]![0], cats[i]![1])],
    ["IO_AVAIL_REWARD", (i) => { const a = rewards[i]!; return io.ioAvailReward(a[0], a[1]); }],
    ["IO_AVAIL_REWARD (all arguments)", (i) => { const a = rewards[i]!; return io.ioAvailReward(a[0], a[1], 0.95, 13140, "proportional"); }],
    ["IO_AVAIL_REWARD_IO", (i) => { const a = rewards[i]!; return io.ioAvailRewardIo(a[0], a[1], a[2]); }],
    ["IO_STAKER_REWARD", (i) => { const a = rewards[i]!; return io.ioStakerReward(a[0], a[1]); }],
    ["IO_OFFLINE_PENALTY", (i) => { const a = rewards[i]!; return io.ioOfflinePenalty(a[0], a[2]); }],
    ["IO_MAX_STAKE", (i) => io.ioMaxStake(fees[i]![0], [[0.1], [fees[i]![1]]])],
    ["IO_MIN_STAKE", (i) => io.ioMinStake(gpus[i]![0], gpus[i]![1])],
    ["IO_RENTER_COST", (i) => io.ioRenterCost(fees[i]![0])],
    ["IO_RENTER_COST (mixed payment)", (i) => io.ioRenterCost(fees[i]![0], fees[i]![1])],
    ["IO_SUPPLIER_PAYOUT", (i) => io.ioSupplierPayout(fees[i]![0])],
    ["IO_NETWORK_REVENUE", (i) => io.ioNetworkRevenue(fees[i]![0])],
    ["IO_BURN", (i) => { const a = rewards[i]!; return io.ioBurn(a[0], a[2]); }],
    ["IO_HW_MULTIPLIER", (i) => io.ioHwMultiplier(hw[i]!)],
    ["IO_DEVICE_SCORE", (i) => { const a = devices[i]!; return io.ioDeviceScore(a[0], a[1], a[2], a[3]); }],
    ["IO_BLOCK_REWARD", (i) => { const a = blocks[i]!; return io.ioBlockReward(a[0], a[1], a[2], (i & 1) === 1 ? "community" : "enterprise"); }],
  ];
  const out: BenchRow[] = rows.map(([name, f]) => ({ name, value: Math.round(measure(f)), unit: "evaluations/s", target: TARGET }));

  const ms = (f: Call) => 1000 / measure(f, 0.5);
  out.push({
    name: "IO_EMISSION_SCHEDULE(240) (240 months × 5 columns + header)",
    value: round(ms((i) => io.ioEmissionSchedule(240 + (i & 1)).length), 4),
    unit: "ms",
    target: "< 5 ms",
  });
  out.push({
    name: 'IO_EMISSION_SCHEDULE(240,"month","monthly")',
    value: round(ms((i) => io.ioEmissionSchedule(240 + (i & 1), "month", "monthly").length), 4),
    unit: "ms",
    target: "< 5 ms",
  });
  out.push({
    name: 'IO_EMISSION_SCHEDULE(8760,"hour") (one year of epochs)',
    value: round(ms((i) => io.ioEmissionSchedule(8760 + (i & 1), "hour").length), 3),
    unit: "ms",
  });
  out.push({
    name: 'IO_EMISSION_SCHEDULE(20000,"hour") (the 20,000-row limit)',
    value: round(ms((i) => io.ioEmissionSchedule(20000 - (i & 1), "hour").length), 3),
    unit: "ms",
    target: "< 20 ms",
  });
  out.push({
    name: "IO_VESTING_SCHEDULE(48) (48 months × 6 columns + header)",
    value: round(ms((i) => io.ioVestingSchedule(48 + (i & 1)).length), 4),
    unit: "ms",
    target: "< 5 ms",
  });
  checkSink();
  return out;
}

if (require.main === module) {
  const rows = benchIo();
  const w = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const v = r.value >= 1000 ? Math.round(r.value).toLocaleString("en-US") : String(r.value);
    console.log(`${r.name.padEnd(w)}  ${v.padStart(12)}  ${r.unit.padEnd(14)} ${r.target ?? ""}`);
  }
}
