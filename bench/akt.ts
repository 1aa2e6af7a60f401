/**
 * Akash scalar throughput through the custom-function adapters (src/functions/akt.ts), the layer Excel
 * calls: evaluations per second per function, against SPEC §7's ≥ 1,000,000/s. Inputs vary per call
 * (1,024 precomputed argument tuples cycled), so nothing is constant-folded or memoised; results are
 * summed into a sink that is checked at the end. Each row: warm-up, then the median of 5 timed runs.
 */
import * as akt from "../src/functions/akt";
import { type Call, checkSink, measure, round, table, targetOf } from "./util";
import type { BenchRow } from "./types";

export type { BenchRow } from "./types";

export function benchAkt(): BenchRow[] {
  const fees = table(1, (r) => [round(r() * 1e6, 2), round(r() * 0.3, 4), round(r() * 0.1, 4), round(r(), 3)] as const);
  const micro = table(2, (r) => Math.floor(r() * 1e12));
  const denoms = table(3, (r) => (r() < 0.5 ? "uakt" : "ibc/USDC"));
  const years = table(4, (r) => round(r() * 20, 6));
  const halfLife = table(5, (r) => round(1 + r() * 3, 3));
  const mint = table(6, (r) => [round(0.07 + r() * 0.13, 6), round(0.3 + r() * 0.6, 4)] as const);
  const supply = table(7, (r) => Math.floor(2e14 + r() * 2e14));
  const decay = table(8, (r) => [round(r() * 6, 6), round(5 + r() * 60, 6), round(0.3 + r() * 0.6, 4)] as const);
  // BME: AKT price (USD, 4 decimals), collateral ratio around the circuit-breaker thresholds, remint credit / vault AKT.
  const bme = table(10, (r) => [round(0.2 + r() * 4, 4), round(0.85 + r() * 0.15, 5), round(r() * 2e6, 2)] as const);

  const rows: [string, Call][] = [
    ["AKT_TAKE_FEE", (i) => { const a = fees[i]!; return akt.aktTakeFee(a[0], a[1], a[3]); }],
    ["AKT_MAKE_FEE", (i) => { const a = fees[i]!; return akt.aktMakeFee(a[0], a[2], a[3]); }],
    ["AKT_NETWORK_FEE", (i) => { const a = fees[i]!; return akt.aktNetworkFee(a[0], a[1], a[2], a[3]); }],
    ["AKT_PROVIDER_FEE", (i) => { const a = fees[i]!; return akt.aktProviderFee(a[0], a[1], a[3], a[2], (i & 1) === 1); }],
    ["AKT_ONCHAIN_TAKE_UAKT", (i) => akt.aktOnchainTakeUakt(micro[i]!, denoms[i]!)],
    ["AKT_ONCHAIN_EARNINGS_UAKT", (i) => akt.aktOnchainEarningsUakt(micro[i]!, denoms[i]!)],
    ["AKT_MAX_SUPPLY", (i) => akt.aktMaxSupply(1e8 + i, fees[i]![3], halfLife[i]!)],
    ["AKT_SUPPLY (linear)", (i) => akt.aktSupply(years[i]!)],
    ["AKT_SUPPLY (compounding)", (i) => akt.aktSupply(years[i]!, undefined, undefined, undefined, "compounding")],
    ["AKT_EMISSION_RATE", (i) => akt.aktEmissionRate(years[i]!, undefined, undefined, halfLife[i]!)],
    ["AKT_MINT_INFLATION", (i) => { const a = mint[i]!; return akt.aktMintInflation(a[0], a[1]); }],
    ["AKT_BLOCK_PROVISION", (i) => akt.aktBlockProvision(mint[i]![0], supply[i]!)],
    ["AKT_DECAY_INFLATION", (i) => { const a = decay[i]!; return akt.aktDecayInflation(a[0], a[1], a[2]); }],
    ["AKT_STAKING_APR", (i) => { const a = mint[i]!; return akt.aktStakingApr(a[0], a[1]); }],
    ["AKT_BME_MINT", (i) => akt.aktBmeMint(fees[i]![0], bme[i]![0])],
    ["AKT_BME_SETTLE", (i) => akt.aktBmeSettle(fees[i]![0], bme[i]![0])],
    ["AKT_BME_NEW_SUPPLY", (i) => akt.aktBmeNewSupply(fees[i]![0], bme[i]![2])],
    ["AKT_BME_CR", (i) => { const a = bme[i]!; return akt.aktBmeCr(a[2] + 300000, 10000, a[0], 1200000); }],
    ["AKT_BME_STATUS", (i) => akt.aktBmeStatus(bme[i]![1]).length],
    ["AKT_BME_MINT_EPOCH", (i) => akt.aktBmeMintEpoch(bme[i]![1])],
    ["AKT_LEASE_AKT (bme)", (i) => akt.aktLeaseAkt(fees[i]![0], bme[i]![0])],
    ["AKT_LEASE_AKT (take)", (i) => akt.aktLeaseAkt(fees[i]![0], bme[i]![0], "take")],
  ];
  const out: BenchRow[] = rows.map(([name, f]) => ({ name, value: Math.round(measure(f)), unit: "evaluations/s", target: targetOf(name) }));
  const shares = table(9, (r) => [[round(r() * 0.3, 4), round(r() * 0.3, 4), round(r() * 0.3, 4)]]);
  out.push({
    name: "AKT_POOL_SPLIT (3 shares)",
    value: Math.round(measure((i) => akt.aktPoolSplit(1000 + i, shares[i]!).length)),
    unit: "evaluations/s",
  });
  checkSink();
  return out;
}
