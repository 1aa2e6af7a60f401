/**
 * Clore.ai and cross-network scalar throughput through the custom-function adapters (src/functions/clore.ts,
 * src/functions/depin.ts), the layer Excel calls: evaluations per second per function, against SPEC §7's
 * ≥ 1,000,000/s. Inputs vary per call (1,024 precomputed argument tuples cycled), so nothing is
 * constant-folded or memoised; results are summed into a sink that is checked at the end. Each row:
 * warm-up (which also builds the power tables), then the median of 5 timed runs (`measure` from bench/util.ts).
 *
 * `npx tsx bench/clore.ts` prints the rows; `npm run bench` includes them.
 */
import * as cloreFns from "../src/functions/clore";
import * as depinFns from "../src/functions/depin";
import { measure, N, round, table, TARGET } from "./util";
import type { BenchRow } from "./types";

export type { BenchRow } from "./types";

export function benchClore(): BenchRow[] {
  const heights = table(11, (r) => Math.floor(r() * 20_000_000));
  const recent = table(12, (r) => 2_000_000 + Math.floor(r() * 1_000_000));
  const prices = table(13, (r) => round(r() * 1000, 4));
  const holdings = table(14, (r) => (r() < 0.5 ? 0 : Math.floor(r() * 3_000_000)));
  const orders = table(15, (r) => (r() < 0.5 ? "on_demand" : "spot"));
  const currencies = table(16, (r) => ["CLORE", "BTC", "USDT", "USDC"][Math.floor(r() * 4)]!);
  const networks = table(17, (r) => ["io", "clore", "akash"][Math.floor(r() * 3)]!);

  const rows: [string, (i: number) => number][] = [
    ["CLORE_BLOCK_REWARD (h < 2e7)", (i) => cloreFns.cloreBlockReward(heights[i]!)],
    ["CLORE_BLOCK_REWARD (h 2e6–3e6)", (i) => cloreFns.cloreBlockReward(recent[i]!)],
    ["CLORE_EMITTED", (i) => cloreFns.cloreEmitted(heights[i]!)],
    ["CLORE_POH_DISCOUNT", (i) => cloreFns.clorePohDiscount(holdings[i]!)],
    ["CLORE_RENTER_COST", (i) => cloreFns.cloreRenterCost(prices[i]!, orders[i]!, holdings[i]!)],
    ["CLORE_HOST_PAYOUT (defaults)", (i) => cloreFns.cloreHostPayout(prices[i]!)],
    ["CLORE_HOST_PAYOUT", (i) => cloreFns.cloreHostPayout(prices[i]!, orders[i]!, currencies[i]!, holdings[i]!)],
    ["CLORE_PLATFORM_FEE", (i) => cloreFns.clorePlatformFee(prices[i]!, orders[i]!, currencies[i]!, holdings[i]!, holdings[(i + 1) & (N - 1)]!)],
    ["CLORE_PLATFORM_FEE (legacy)", (i) => cloreFns.clorePlatformFee(prices[i]!, orders[i]!, "USD", null as unknown as number, null as unknown as number, null as unknown as number, "legacy")],
    ["CLORE_POH_REWARD", (i) => cloreFns.clorePohReward(holdings[i]!, 3_000_000)],
    ["CLORE_MFP_BASKET", (i) => cloreFns.cloreMfpBasket(prices[i]!)],
    ["DEPIN_PROVIDER_NET", (i) => depinFns.depinProviderNet(networks[i]!, prices[i]!)],
    ["DEPIN_PAYBACK_MONTHS", (i) => depinFns.depinPaybackMonths(prices[i]! * 10, prices[(i + 7) & (N - 1)]! + 0.01)],
  ];
  let sink = 0;
  // Build the lazy power tables before timing (a one-off ~2 ms per table at first use).
  sink += cloreFns.cloreBlockReward(1_234_567) + cloreFns.cloreEmitted(1_234_567);
  const out: BenchRow[] = rows.map(([name, f]) => ({
    name,
    value: Math.round(measure((i) => (sink += f(i)))),
    unit: "evaluations/s",
    target: TARGET,
  }));
  out.push({
    name: "CLORE_REWARD_SPLIT (chain)",
    value: Math.round(measure((i) => cloreFns.cloreRewardSplit(heights[i]!).length)),
    unit: "evaluations/s",
  });
  if (!Number.isFinite(sink)) throw new Error("benchmark sink is not finite");
  return out;
}

if (require.main === module) {
  for (const r of benchClore()) console.log(`${r.name.padEnd(34)} ${r.value.toLocaleString("en-US").padStart(12)} ${r.unit}  ${r.target ?? ""}`);
}
