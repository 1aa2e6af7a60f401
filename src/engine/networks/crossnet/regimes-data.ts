/**
 * Regime timelines (data only): which rule set each network ran, from which UTC date to which, with a
 * one-line rule and a provenance record per row. DEPIN_REGIMES (./regimes.ts) and the task pane's Regimes view
 * read this table; neither computes or edits a date.
 *
 * Rows per network are in date order, `from` and `to` inclusive UTC dates (YYYY-MM-DD), `to` the day before the
 * next row's `from`, `to: null` for the row in force now (test/engine/crossnet/regimes.test.ts checks all of it).
 *
 * `confidence` is the row's H/M/L grade of the timeline research: H = code or an official document quoted,
 * M = an official document paraphrased or several consistent secondary sources, L = one secondary source or an
 * inference. Bittensor boundaries are first-parent merge dates on opentensor/subtensor main (mainnet deploys
 * normally follow the same day; not verified on chain): H. io.net dates: M. Akash: BME H, the take era M (tag
 * date, activation height not found), the AKT-only era L (the source gives the month only). Clore.ai: L for
 * every row, because every boundary except the 2022-05-01 genesis is a placeholder or an estimate, said so in
 * the row's rule and note rather than invented.
 * The provenance record's `confidence` maps the grade onto the registry's words: H → documented, M → derived,
 * L → estimate. Its `value` is the row's ISO 8601 interval ("2025-06-04/2026-06-10"; "2026-06-11/.." while
 * current).
 */
import { param, type Confidence, type Param } from "../../core/provenance";

/** The networks of the timeline, as DEPIN_REGIMES spells them. */
export const REGIME_NETWORKS = ["io", "clore", "tao", "akash"] as const;
export type RegimeNetwork = (typeof REGIME_NETWORKS)[number];
export type RegimeConfidence = "H" | "M" | "L";

export interface RegimeRow {
  /** Regime id, unique within its network (snake_case). */
  readonly id: string;
  /** First day in force (UTC, YYYY-MM-DD). */
  readonly from: string;
  /** Last day in force (UTC, YYYY-MM-DD); null while current. */
  readonly to: string | null;
  /** The rule in one line, with any caveat about its dates in brackets. */
  readonly rule: string;
  readonly confidence: RegimeConfidence;
  /** Primary sources of the rule and its dates, with how each boundary was found in `note`. */
  readonly provenance: Param;
}

/** Date the timeline was read from its sources. */
const RETRIEVED = "2026-12-06";
const REGISTRY_CONFIDENCE: Readonly<Record<RegimeConfidence, Confidence>> = { H: "documented", M: "derived", L: "estimate" };

function row(id: string, from: string, to: string | null, confidence: RegimeConfidence, rule: string, source: string, note: string): RegimeRow {
  return {
    id,
    from,
    to,
    rule,
    confidence,
    provenance: param({ value: `${from}/${to ?? ".."}`, unit: "UTC dates, inclusive", source, retrieved: RETRIEVED, confidence: REGISTRY_CONFIDENCE[confidence], note }),
  };
}

export const REGIMES: Readonly<Record<RegimeNetwork, readonly RegimeRow[]>> = {
  io: [
    row(
      "ignition_points_pre_token",
      "2023-11-04",
      "2024-06-10",
      "M",
      "No token: Ignition rewards program accrues points per node (job hours, bandwidth, GPU model, uptime) converted to IO at TGE.",
      "https://developers.io.net/docs/ignition-rewards-program (scoring from 11/4/23)",
      "from: Ignition scoring start (11/4/23 on the programme page); to: the day before the token launch."
    ),
    row(
      "tge_fixed_schedule_no_block_rewards",
      "2024-06-11",
      "2024-06-24",
      "M",
      "IO live (500M genesis; Binance listing 2024-06-11 12:00 UTC); fixed 300M/20-year hourly schedule defined (E_t = 500M x 0.08/8760 x (1 - 1.38869523959793e-5)^(t-1)), but no block reward yet. (The schedule was planned for an April 2024 launch; the token launched 2024-06-11.)",
      "https://infocrypto.fr/chute-de-20-du-prix-dio-suite-a-son-lancement-sur-binance ; ionet-official/docs@5d3be72c830ea5cc3b97c6835629d57edb8b62b3:docs/coin/io-tokenomics.mdx:19-20",
      "from: token launch, Binance listing 2024-06-11 12:00 UTC (the April 2024 start in the tokenomics page was the planned date); to: the day before the first block reward."
    ),
    row(
      "block_rewards_gpu_cpu_95_5",
      "2024-06-25",
      "2025-06-03",
      "M",
      "Fixed hourly schedule; each hourly block: 95% to GPUs / 5% to CPUs; device reward = pool emission x base score / sum of pool base scores, base = ((0.02 x tier/4 + 2 x hw_mult x processors) x 100 + 0.05 x hired) x 10; multipliers = pre-2025-06-04 table; stake gate 200 IO x max(1, mult) x processors.",
      "ionet-official/docs@5d3be72c830ea5cc3b97c6835629d57edb8b62b3: docs/block-rewards/block-rewards.mdx:19-30, docs/explorer/block-rewards-page.mdx:91-106",
      "from: first block reward 2024-06-25 12:00 UTC; to: the day before the pools."
    ),
    row(
      "enterprise_community_pools",
      "2025-06-04",
      "2026-06-10",
      "M",
      "Fixed hourly schedule; from 2025-06-04 15:00 UTC: Enterprise pool 95% / Community pool 5% of each block; new multiplier table (H100 10, H200 12, B200 30, RTX 4090 1.25 ...); 'no longer supported' devices multiplier 0.",
      "ionet-official/docs@5d3be72c830ea5cc3b97c6835629d57edb8b62b3:docs/block-rewards/proposed-device-block-reward-multiplier.mdx:10,20-24,30-97",
      "from: pools live 2025-06-04 15:00 UTC (boundary is the UTC date); to: the day before the IDE."
    ),
    row(
      "incentive_dynamic_engine",
      "2026-06-11",
      null,
      "M",
      "IDE: each epoch suppliers are owed a USD payout; IO released = payout / live price, drawn from the Reward Vault (IO emissions) first, then the Fee Vault (user fees); at least 50% of surplus earnings buy back and burn IO; 800M cap kept. Epoch length, vault refill and exact burn share not published (formula L).",
      "https://www.dextools.io/news/io-net-ide-incentive-dynamic-engine-tokenomics-june-2026 ('went live on June 11, 2026'); https://bitcoinpartner.blogspot.com/2026/06/research-new-era-for-tokenomics.html (CoinDesk Research); https://www.bitmart.cool/uk-UA/ai/xinsight/coins/detail/IO (io.net thread: two vaults)",
      "from: 'went live on June 11, 2026' (news report of io.net's announcement); the boundary is M, the IDE formula itself is low confidence (io.net published the mechanism, not a formula)."
    ),
  ],
  clore: [
    row(
      "pow_l1_legacy_50_40_10",
      "2022-05-01",
      "2024-06-30",
      "L",
      "PoW L1 (1-minute blocks, subsidy 541.93019856 x q^h CLORE, 1.3B asymptote, no halving); each block 50% miners / 50% community address, documented as 40% GPU hosters + 10% team; PoH 1.0 = fee discounts for holdings. [to: NOT FOUND - 2024-06-30 is a placeholder for the unknown PoH 2.0 start]",
      "Clore-ai/Clore@013e7976a6fc2b93a37720bec80780184e1708fd src/chainparams.cpp (genesis nTime 1651442858 = 2022-05-01T22:07:38Z; nCommunityAutonomousAmount 50); https://docs.clore.ai/main/tokenomics (older version: 50/40/10)",
      "from: PoW genesis nTime 1651442858 = 2022-05-01T22:07:38Z (sourced); to: NOT FOUND, 2024-06-30 is a placeholder for the unknown PoH 2.0 start."
    ),
    row(
      "poh_2_0_gpu_limits",
      "2024-07-01",
      "2024-10-31",
      "L",
      "PoH 2.0 inside the legacy 40% host pool: per-GPU-model holding limits (H100 96,000; A100/L40/A6000 72,000; only active and rented GPUs count), holdings above the limit count at 50% up to 2x the limit; host reward = 15% server price + 15% MFP + 25% price x PoH + 45% MFP x PoH (capped at 15% of MFP per server); P2P PoH marketplace for lending CLORE. [dates NOT FOUND: 2024-07-01 is a placeholder; it ends when the rework replaced the host formula]",
      "https://bitnewsbot.com/nvidia-gpu-models-set-new-clore-reward-limits-in-poh-2-0-update (undated secondary source quoting 'the official documentation'); docs.clore.ai navigation lists a 'Proof of Holding 2.0' page (text not stored)",
      "from and to: NOT FOUND; 2024-07-01 is a placeholder, and the row ends the day before the L estimate of the rework start."
    ),
    row(
      "reward_rework_poh_staking_mfp_lock",
      "2024-11-01",
      "2025-12-31",
      "L",
      "Marketplace 40% split: 20% PoH staking (minute_pool = 0.20 x block emission, paid pro rata to stake; 24 h warm-up; claimable after 8 days; burned if unclaimed after 30) + 20% MFP lock (Tier-1 10% and Tier-2 10% baskets; lock 1 MFP = 1,000 CLORE; payout per tier capped at the server's daily rent, surplus burned). [from: L estimate - the MFP-lock page's '313 CLORE per block' equals the chain subsidy at height ~1,316,800 = ~2024-11-01 at 1-minute blocks; to: not found (ERC-20 switch; still PoW on 2025-08-18)]",
      "https://docs.clore.ai/gpu-marketplace/clore.ai-reward-distribution-system ; https://docs.clore.ai/gpu-marketplace/mfp-lock-a-complete-breakdown-of-mechanics ; https://coinelo.ai/matches/cloreai-vs-liquity-ai-analysis (2025-08-18: still PoW, PoS planned)",
      "from: L estimate (the MFP-lock page's '313 CLORE per block' is the chain subsidy at height ~1,316,800 = ~2024-11-01 at 1-minute blocks); to: NOT FOUND (the ERC-20 switch; a report of 2025-08-18 still describes Clore as PoW)."
    ),
    row(
      "erc20_era",
      "2026-01-01",
      null,
      "L",
      "CLORE is an ERC-20 on Ethereum, 1,000,000,000 hard cap (630,000,000 reserved for 1:1 conversion of legacy L1 coins); PoH staking pays 80,000 CLORE/day pro rata (no minimum, no lock, 7-day maturation, rewards expire 30 days after maturation), emission decay -30%/year; fee reduction round(min(PoH/2M, 1) x 50)%; MFP lock tiers 1x/4x/2x (max MFP x 7,000). [from: NOT FOUND - placeholder; the switch happened after 2025-08-18]",
      "https://docs.clore.ai/main/tokenomics (ERC-20 version; contract 0xe60201989b8628f43dc0605f585a72bcf1f1e977); https://docs.clore.ai/proof-of-holding/poh-staking ; https://docs.clore.ai/clore.ai-ru/dokazatelstvo-vladeniya/overview ('-30% в год'); https://docs.clore.ai/for-hosts/mfp-lock-a-complete-breakdown-of-mechanics",
      "from: NOT FOUND, 2026-01-01 is a placeholder (the switch happened after 2025-08-18)."
    ),
  ],
  tao: [
    row(
      "root_network",
      "2023-10-02",
      "2025-02-12",
      "H",
      "Pre-dTAO: root validators (top-64 root stake) set weights over subnets; subnet TAO per block = E x normalise(sigmoid(10 x (trust_j - kappa)) x rank_j) (TAO_SUBNET_EMISSION); 1 TAO/block.",
      "Opentensor Foundation 'October Network Update' 2023-10-09 (https://opentensor.medium.com/october-network-update-29abbcf13a87): 'October 2 launch' of subnets/root network; code opentensor/subtensor@d4d8182eb99c564d707c81f65f1236c33ccda24b pallets/subtensor/src/coinbase/root.rs",
      "from: the 'October 2 launch' of the root network (Opentensor October Network Update, 2023-10-09); to: the day before the dTAO merge."
    ),
    row(
      "dtao_ema_price_constant_product",
      "2025-02-13",
      "2025-06-29",
      "H",
      "dTAO: s_i = EMA price_i / sum EMA price; tao_in = E x s_i; alpha_in = min(tao_in/p, alpha_emission) (no chain buy); alpha_out = alpha_emission; constant-product pool x*y=k; TaoWeight 0.18.",
      "opentensor/subtensor@e2b8367b8be2d9ce60ae5858c49138fa05f44a68 (main 2025-02-13, #1253) pallets/subtensor/src/coinbase/run_coinbase.rs:55-100, staking/stake_utils.rs:581-603, migrations/migrate_rao.rs:64",
      "from: first-parent merge of #1253 on opentensor/subtensor main (mainnet deploys normally follow the same day; not verified on chain)."
    ),
    row(
      "dtao_ema_price_swap_v3",
      "2025-06-30",
      "2025-11-03",
      "H",
      "Same EMA-price shares; pool = Uniswap-v3-style swap pallet (protocol full-range liquidity, i.e. constant-product pricing); swap fee 196/65535 on input, 33/65535 from 2025-07-23; from 2025-07-29 injection subsidy: if p < tao_in/E then tao_in = p x E and the rest of the subnet's TAO is chain-bought (alpha_in = alpha_emission until 2025-09-24, = E after).",
      "opentensor/subtensor@e9bbb6134984b1f9f63f5e55408faad7628eb059 (#1795, 2025-06-30); @7b541095b057a68e0090d8348bdc96a70dc56be8 (#1871, FeeRate 33); @6309d35929e484ebff70c7da68547fb9c60f0d11 (#1893) run_coinbase.rs:78-107; @835a2c90294705b5963043f5ef31460304df2475 (#2066)",
      "from: merge of #1795 on subtensor main; #1871 (fee 33/65535, 2025-07-23), #1893 (subsidy, 2025-07-29) and #2066 (2025-09-24) change details inside this row; mainnet deploy same day not verified on chain."
    ),
    row(
      "gross_tao_flow",
      "2025-11-04",
      "2025-12-13",
      "H",
      "s_i = z_i^p / sum z^p, z_i = max(S_i - L, 0), L = max(TaoFlowCutoff=0, min(0, min_j S_j)), p = FlowNormExponent = 1; S_i = per-block EMA (alpha = 29,597,889,189,277/(2^63-1) ~ 3.209e-6, half-life ~216,000 blocks) of net user staking TAO flow; 1 TAO/block. Injection: subsidy rule (cap E, excess chain-bought); cap = alpha_emission from 2025-12-09, min(alpha_emission, E) from 2025-12-12.",
      "opentensor/subtensor@6218ecc5cdab527a649c8fa5b0194db3f884571c (#2161) and @1f520ed9587ce588994d48937aca0de8262cf784 (#2177) pallets/subtensor/src/coinbase/subnet_emissions.rs (get_shares -> get_shares_flow); @52378dc3e911cdfc7b8e3cf1160a6e0e4dde4fd6 (#2246); @8834a7c737583c8ab8d6c3abdbd4865e039e24a9 (#2281)",
      "from: merges #2161/#2177 on subtensor main (2025-11-04); #2246 (2025-12-09) and #2281 (2025-12-12) change the injection cap inside this row; to: the day before the first halving."
    ),
    row(
      "gross_tao_flow_post_halving",
      "2025-12-14",
      "2026-05-26",
      "H",
      "Same gross-flow shares; first TAO halving (issuance reached 10.5M TAO): 1 -> 0.5 TAO/block (7,200 -> 3,600 TAO/day); injection cap min(alpha_emission, E), excess TAO chain-bought. Halving date is issuance-triggered: ~2025-12-14 per the official announcement (some reports: Dec 15/16).",
      "https://coinpost.ai/en/topics/71689 ('first halving will occur on December 14'); https://docs.taostats.io/docs/halving; opentensor/subtensor@14bc6f9f964b9cc362e9635dd110a487fa5d15a0 pallets/subtensor/src/coinbase/block_emission.rs:38-84",
      "from: first halving, issuance-triggered, announced for 2025-12-14 (other reports: 15 or 16 December); the exact halving block was not found."
    ),
    row(
      "net_tao_flow",
      "2026-05-27",
      "2026-06-21",
      "H",
      "S_i = U_i - (k x P_i if P_i > 0 else P_i), U = user-flow EMA, P = protocol-flow EMA (injected TAO + chain buys - root sells), k = min(1, sum U+ / sum P+) (0 if sum P+ = 0); NetTaoFlowEnabled default true; shares as gross_tao_flow on S.",
      "opentensor/subtensor@486037ba45b87a453b1d660177cc1b105d0298c6 (#2643, spec 411) pallets/subtensor/src/coinbase/subnet_emissions.rs:283-323",
      "from: merge of #2643 (spec 411) on subtensor main; mainnet deploy same day not verified on chain."
    ),
    row(
      "price_x_rootprop_x_burn",
      "2026-06-22",
      "2026-06-24",
      "H",
      "s_i proportional to rp_i x EMA price_i x (1 - MinerBurned_i) (fallback: plain price shares if all weights 0); injection cap = rp_i x alpha_emission, excess chain-bought; flow shares dead code.",
      "opentensor/subtensor@6016381e4fb230d17643cca948afe296eb06faac (#2781, spec 421) subnet_emissions.rs:336-370, run_coinbase.rs:214-220",
      "from: merge of #2781 (spec 421) on subtensor main; mainnet deploy same day not verified on chain."
    ),
    row(
      "price_x_rootprop_x_burn_balancer",
      "2026-06-25",
      "2026-06-29",
      "H",
      "Same shares; AMM replaced by a Balancer weighted pool (p = (w/(1-w)) x y/x, weights in [0.01, 0.99], swap fee 33/65535 taken from the input and paid to the block author; injections re-weight the pool at constant price).",
      "opentensor/subtensor@06032d518fbaead1ddc2039e9e6aa55715026364 (#2769, spec 423) pallets/swap/src/pallet/balancer.rs (added), hooks.rs (migrate_swapv3_to_balancer). Earlier Balancer merge #2442 (2026-02-20) was reverted by #2458 (2026-02-24); #2514 (2026-03-19) only re-added the unused migration file.",
      "from: merge of #2769 (spec 423), which added balancer.rs and the migration hook; the Balancer pool did not go live on 2026-03-19 (#2442 was reverted by #2458; #2514 re-added only an unused migration file)."
    ),
    row(
      "price_x_burn",
      "2026-06-30",
      null,
      "H",
      "s_i = EMA price_i x (1 - MinerBurned_i) / sum (fallback price shares); emission-disabled subnets 0 and renormalised; injection cap = rp_i x alpha_emission (rp = tau R/(tau R + A)); excess TAO chain-bought; Balancer pool.",
      "opentensor/subtensor@14bc6f9f964b9cc362e9635dd110a487fa5d15a0 (#2800, spec 425) pallets/subtensor/src/coinbase/subnet_emissions.rs:354-389, run_coinbase.rs:177-231",
      "from: merge of #2800 (spec 425) on subtensor main; mainnet deploy same day not verified on chain."
    ),
  ],
  akash: [
    row(
      "akt_only_no_take",
      "2020-09-25",
      "2023-08-21",
      "L",
      "Leases priced and settled in AKT only; no protocol take; inflation per x/mint (governance-set). [from: Mainnet 1.0 'September 2020' (day not in source); to: day before the v0.24.0 tag, mainnet upgrade height not found]",
      "https://www.publish0x.com/diving-into-the-sub-300-coins/akash-network-akt-a-decentralised-marketplace-for-cloud-stor-xpnyopo ('Mainnet 1.0 was released in September 2020'); akash-network/node tag v0.24.0 = 149f22e701ec9f4fd796e4b416879cd8d91d16e0 (2023-08-22)",
      "from: Mainnet 1.0 'September 2020': the day (25) is not in the source; to: the day before the v0.24.0 tag (the mainnet activation height was not found)."
    ),
    row(
      "akt20_stable_payments_take",
      "2023-08-22",
      "2026-03-22",
      "M",
      "USDC (IBC) and AKT leases; x/take: take = floor(amount x rate/100) on provider settlement, DefaultTakeRate 20 (USDC/other denoms), uakt 2 (set at the v0.24.0 upgrade; 4% AKT reported later, not confirmed in code); take sent to the community pool. [from = v0.24.0 tag date, mainnet activation date not found]",
      "akash-network/node@149f22e701ec9f4fd796e4b416879cd8d91d16e0 'fix(x/take): set 2 percent AKT take rate during v0.24.0 upgrade'; akash-network/chain-sdk@55f1c6837f99b17f103c4e8701f24305bd1eef9a:go/node/take/v1/params.go:29-38",
      "from: v0.24.0 tag date 2023-08-22 (mainnet activation height not found); to: the day before BME."
    ),
    row(
      "bme_aep76",
      "2026-03-23",
      null,
      "H",
      "Mainnet 17 (v2.0.0, height 26,063,777, ~14:00 UTC): deployments priced in non-transferable ACT (oracle price 1 USD); AKT->ACT mint at P_AKT with 25 bps spread (AKT locked in the vault as remint credit), ACT->AKT settle at 1/P_AKT with 0 bps (new AKT minted only beyond remint credit); CR circuit breaker warn 9500 / halt 9000 bps; x/take deleted; vault seeded with 300,000 AKT. (Mainnet 18, v2.1.0 at height 27,230,465 on ~2026-06-11, replaced the oracle with time-based Oracle v2; BME formulas unchanged.)",
      "https://polkachu.com/gov_proposals/6985 (Prop 318); akash-network/node@2d606d30b7bc452781f773dba4f7b4a8c5e582de (tag v2.0.0) upgrades/software/v2.0.0/upgrade.go:62-64,99,144-147; akash-network/node@3efe26bf39115a6babf329e8170cd1133cc7dbe9 x/bme/keeper/keeper.go; https://polkachu.com/gov_proposals/7278 (Prop 328)",
      "from: Mainnet 17 (v2.0.0) at height 26,063,777, ~2026-03-23 14:00 UTC (Prop 318); Mainnet 18 (v2.1.0, ~2026-06-11) leaves the BME formulas unchanged, so it is not a new row."
    ),
  ],
};
