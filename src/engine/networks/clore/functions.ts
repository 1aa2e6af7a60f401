/**
 * Clore.ai (CLORE) functions, one declaration each (src/engine/core/decl.ts): arguments with their rules and
 * defaults (provenance records from ./params.ts), result kind, typed core and documentation.
 */
import { coerce, type NumberRule } from "../../core";
import { defineFunction, type FunctionDecl, type RawArg, type RegimeRef } from "../../core/decl";
import type { Confidence, Param } from "../../core/provenance";
import { rangeWords, showNumber } from "../../core/render";
import { REGIMES as TIMELINE } from "../crossnet/regimes-data";
import { GPU_LIMIT_DATA, GPU_MODELS, gpuPohLimit, mfpLock, poh2Weight, pohPool } from "./erc20";
import * as f from "./formulas";
import { cloreParams as P } from "./params";
import { currency, ORDER_TYPES, REGIMES, SCHEMES } from "./validate";

// Chain, fees, PoH staking and MFP (Clore-ai/Clore code; docs.clore.ai) -----------------------------------

const REGISTRY = P.initialSubsidy.retrieved;
const DEC40 = "40-digit decimal, no output rounding.";
const CHAIN_SOURCE = P.initialSubsidy.source.split(":")[0]!;
const FEE_SOURCE = P.baseOnDemand.source.split(" (")[0]!;
const LEGACY_ASSUMPTION =
  'regime "legacy" (the 2024-06-05 note): one fee on the price, 2.5 % spot, 10 % on demand, 19.5 % when currency is "USD"; it is withheld from the host, so the renter pays the listed price; PoH holdings and mfp_reduction are validated but do not apply.';
const CURRENCY_ASSUMPTION =
  'currency "USD" (fiat) exists only in the legacy regime; with regime "current" it is an error naming CLORE, BTC, USDT, USDC. Enumerations are case-insensitive.';
/** The fee constants every fee function shows. */
const FEES = {
  base_on_demand: P.baseOnDemand,
  base_spot: P.baseSpot,
  side_share: P.sideShare,
  poh_max_reduction: P.pohMaxReduction,
  poh_full_holding: P.pohFullHolding,
};
const LEGACY_FEES = { legacy_on_demand: P.legacyOnDemand, legacy_spot: P.legacySpot, legacy_usd: P.legacyUsd };

const PRICE = { name: "price", kind: "number", min: 0, help: "Listed rental price" } as const;
const ORDER_TYPE = {
  name: "order_type",
  kind: "enum",
  values: ORDER_TYPES,
  default: "on_demand",
  help: "Order type (base fee 10 % on demand, 2.5 % spot)",
} as const;
const CURRENCY = {
  name: "currency",
  kind: "raw",
  range: false,
  type: "string",
  optional: true,
  defaultText: '"CLORE"',
  help: 'Payment currency, case-insensitive: "CLORE", "BTC", "USDT" or "USDC" (an extra 15 % hoster fee outside CLORE); "USD" with regime "legacy" only',
} as const;
/**
 * A number argument the core reads itself, so that the fee and staking functions validate their arguments in
 * the order they always have (regime before currency, holdings and mfp_reduction; the user ≤ total check before
 * daily_pool): the same error for the same input. Its range and default words are rendered from the same rule
 * the core applies, as for a declared number argument.
 */
function rawNumber<N extends string>(name: N, help: string, rule: NumberRule, def?: Param): { arg: RawArg & { name: N }; read: (v: unknown) => number } {
  const full: NumberRule = def === undefined ? rule : { ...rule, default: Number(def.value) };
  const base = { name, kind: "raw", range: false, type: "number", help, limit: rangeWords(rule) } as const;
  const arg: RawArg & { name: N } = def === undefined ? base : { ...base, optional: true, defaultText: showNumber(Number(def.value)) };
  return { arg, read: (v) => coerce.num(name, v, full) };
}
const HOLDING_RULE: NumberRule = { min: 0 };
const RENTER_POH = rawNumber("renter_poh", "Renter's PoH holding in CLORE (not a discount)", HOLDING_RULE, P.pohHolding);
const HOST_POH = rawNumber("host_poh", "Host's PoH holding in CLORE (not a discount)", HOLDING_RULE, P.pohHolding);
const MFP_REDUCTION = rawNumber("mfp_reduction", "Fraction of the extra hoster fee waived by an MFP lock", { min: 0, max: 1 }, P.mfpReduction);
const USER_STAKED = rawNumber("user_staked", "The staker's CLORE in PoH (not more than total_staked)", { min: 0 });
const TOTAL_STAKED = rawNumber("total_staked", "All CLORE in PoH", { gt: 0 });
const DAILY_POOL = rawNumber("daily_pool", "CLORE distributed per day", { min: 0 }, P.pohDailyPool);
const regimeArg = (legacy: string) =>
  ({ name: "regime", kind: "enum", values: REGIMES, default: "current", help: `Fee rules: the docs ("current") or the 2024 note ("legacy": ${legacy})` }) as const;

const chainAndFees: readonly FunctionDecl[] = [
  defineFunction({
    id: "CLORE_BLOCK_REWARD",
    summary:
      "Block subsidy of the Clore chain at a height, in CLORE, exactly as the chain computes it in IEEE doubles: ⌊54,193,019,856 × pow(q, height)⌋ satoshi / 1e8 (no halving).",
    args: [{ name: "height", kind: "integer", min: 0, help: "Block height" }],
    result: { kind: "number", help: "Block subsidy in CLORE (whole satoshi)." },
    core: (h) => f.blockRewardNum(h),
    doc: {
      formula: "⌊54,193,019,856 × pow(q, height)⌋ / 1e8 CLORE, q = 0.9999995831306165428031818009912967681884765625 (the double 1 − d), pow and × in IEEE doubles",
      params: { initial_subsidy: P.initialSubsidy, q: P.decayBase, d: P.decayLiteral, coin: P.satoshiPerCoin, consensus_table: P.consensusTable },
      source: CHAIN_SOURCE,
      asOf: REGISTRY,
      assumptions: [
        "There is no halving: nSubsidyHalvingInterval is never read by GetBlockSubsidy.",
        "q is the IEEE double the chain's 1 − d evaluates to, not the decimal 1 − d (they give different satoshi at about half of all heights).",
        "The chain computes pow(q, height) in doubles (taken as correctly rounded, as glibc's pow aims to be) and multiplies in doubles (x86-64 SSE2); at a few heights (10 below 10 million, e.g. 118,550) this gives 1 satoshi more than the exact ⌊R0 × q^h⌋, and the function follows the chain.",
        "height is a whole number ≥ 0; from height 2^27 on the subsidy is 0 (it falls below 1 satoshi near height 59.3 million).",
      ],
      rounding:
        "Chain-exact in IEEE doubles: q^h rounded once to the nearest double (a correctly rounded pow, decided from 40-digit power tables or at 80, 160, … digits near a midpoint), times R0 in one double multiplication, truncated to whole satoshi like the chain; exact division by 1e8.",
      example: { formula: "=DEPIN.CLORE_BLOCK_REWARD(76084)", result: "525.01147075", tolerance: 0 },
    },
  }),
  defineFunction({
    id: "CLORE_EMITTED",
    summary: "Cumulative CLORE emitted by blocks 0 to height − 1, in CLORE (closed form; tends to 1.3 billion).",
    args: [{ name: "height", kind: "integer", min: 0, help: "Number of blocks mined" }],
    result: { kind: "number", help: "Cumulative emission in CLORE." },
    core: (h) => f.emittedNum(h),
    doc: {
      formula: "R0 × (1 − (1 − d)^height) / d / 1e8, d = 4.1686938347033551682…e-7 (the source's literal)",
      params: { initial_subsidy: P.initialSubsidy, d: P.decayLiteral, supply_cap: P.supplyCap },
      source: CHAIN_SOURCE,
      asOf: REGISTRY,
      assumptions: [
        "Closed form of the subsidies of blocks 0 … height−1 without the chain's per-block truncation (Clore-ai/Clore src/validation.cpp GetBlockSubsidy); it tends to R0/d/1e8 = 1,300,000,000.1165 CLORE.",
        "The sum of the truncated subsidies is lower by less than 1 satoshi per block.",
      ],
      rounding:
        "The 40-digit decimal value's double: (1 − d)^h from 40-digit power tables (relative error < 3e-39); computed by double-double with an error bound when that decides the same double, else on decimal.js.",
      example: { formula: "=DEPIN.CLORE_EMITTED(10519200)", result: "1283800405.6187119" },
    },
  }),
  defineFunction({
    id: "CLORE_REWARD_SPLIT",
    summary:
      'Split of the block subsidy at a height, in CLORE: spills 2 columns (recipient label, CLORE) and no header row; 2 rows ("chain") or 4 rows ("docs").',
    args: [
      { name: "height", kind: "integer", min: 0, help: "Block height" },
      {
        name: "scheme",
        kind: "enum",
        values: SCHEMES,
        default: "chain",
        help: 'Split scheme ("chain": miner and community in integer satoshi, as the coinbase pays; "docs": miners 50 %, PoH staking 20 %, MFP lock 20 %, developers 10 %)',
      },
    ],
    result: {
      kind: "spill",
      help: "Table of recipient labels and CLORE amounts.",
      shape: '2 columns (recipient label, CLORE), no header row: "miner", "community" (chain) or "miners", "PoH staking", "MFP lock", "developers" (docs)',
    },
    core: (h, scheme) => f.rewardSplit(h, scheme),
    doc: {
      formula: "chain: miner ⌊50·S/100⌋, community ⌊S·50/100⌋ satoshi; docs: miners 50 %, PoH staking 20 %, MFP lock 20 %, developers 10 % of S",
      params: {
        community_autonomous_amount: P.communityAutonomousAmount,
        docs_miners: P.docsSplitMiners,
        docs_poh: P.docsSplitPoh,
        docs_mfp: P.docsSplitMfp,
        docs_developers: P.docsSplitDevelopers,
      },
      source: P.communityAutonomousAmount.source,
      asOf: REGISTRY,
      assumptions: [
        'scheme "chain" (default) is what the coinbase pays; rows "miner", "community". Miner fees are excluded; 1 satoshi can be lost to integer division.',
        'scheme "docs" follows the docs\' reward distribution page; rows "miners", "PoH staking", "MFP lock", "developers", exact shares of the subsidy.',
        "S is CLORE_BLOCK_REWARD's subsidy, computed as the chain does in doubles.",
        "Spills 2 columns (label, CLORE) and no header row.",
      ],
      rounding: "chain: integer satoshi, each output truncated like C++ integer division; docs: exact decimal shares; exact division by 1e8.",
      example: {
        formula: "=DEPIN.CLORE_REWARD_SPLIT(76084)",
        result: [
          ["miner", "262.50573537"],
          ["community", "262.50573537"],
        ],
        tolerance: 0,
      },
    },
  }),
  defineFunction({
    id: "CLORE_POH_DISCOUNT",
    summary: "Proof-of-Holding fee reduction for a CLORE holding, as a fraction: round-half-up(min(holding / 2,000,000, 1) × 50) / 100.",
    args: [{ name: "holding", kind: "number", min: 0, help: "CLORE held in Proof of Holding" }],
    result: { kind: "number", help: "Fee reduction as a fraction, 0 to 0.5 (500,000 CLORE gives 0.13)." },
    core: (holding) => f.discountOf(holding),
    doc: {
      formula: "round_half_up(min(holding / 2,000,000, 1) × 50) / 100",
      params: { poh_max_reduction: P.pohMaxReduction, poh_full_holding: P.pohFullHolding },
      source: P.pohMaxReduction.source.split(" (")[0]!,
      asOf: REGISTRY,
      assumptions: ["holding is CLORE held (≥ 0), not a discount.", "Half percentages round up: 500,000 CLORE gives 0.13, as in the docs' table."],
      rounding: "The percentage is rounded half up to a whole number, then divided by 100 exactly.",
      example: { formula: "=DEPIN.CLORE_POH_DISCOUNT(1000000)", result: "0.25" },
    },
  }),
  defineFunction({
    id: "CLORE_RENTER_COST",
    summary: "What a Clore.ai renter pays for a listed price, in the price's currency: price × (1 + base/2 × (1 − PoH discount)).",
    args: [
      PRICE,
      ORDER_TYPE,
      { name: "renter_poh", kind: "number", min: 0, default: P.pohHolding, help: "Renter's PoH holding in CLORE (not a discount)" },
      regimeArg("the renter pays the listed price"),
    ],
    result: { kind: "number", help: "Renter's cost, in the price's currency." },
    core: (price, o, poh, r) => f.renterCostOf(price, o, poh, r),
    doc: {
      formula: "price × (1 + base/2 × (1 − PoH discount)), base 0.10 on demand, 0.025 spot",
      params: { ...FEES, legacy_on_demand: P.legacyOnDemand, legacy_spot: P.legacySpot },
      source: FEE_SOURCE,
      asOf: REGISTRY,
      assumptions: [
        "The renter's half of the base fee is added on top of the listed price (\"Renter Pays 5%\").",
        "renter_poh is the renter's PoH holding in CLORE; its discount is CLORE_POH_DISCOUNT.",
        LEGACY_ASSUMPTION,
      ],
      rounding: DEC40,
      example: { formula: '=DEPIN.CLORE_RENTER_COST(100,"on_demand")', result: "105" },
    },
  }),
  defineFunction({
    id: "CLORE_HOST_PAYOUT",
    summary:
      "What a Clore.ai host receives for a listed price, in the price's currency: price × (1 − base/2 × (1 − PoH discount) − extra × (1 − mfp_reduction)).",
    args: [PRICE, ORDER_TYPE, CURRENCY, HOST_POH.arg, MFP_REDUCTION.arg, regimeArg("one fee of 2.5 % spot, 10 % on demand, 19.5 % in USD")],
    result: { kind: "number", help: "Host's payout, in the price's currency." },
    core: (price, o, c, poh, mfp, r) => {
      const cur = currency(c, r);
      return f.hostPayoutOf(price, o, cur, HOST_POH.read(poh), MFP_REDUCTION.read(mfp), r);
    },
    doc: {
      formula: "price × (1 − base/2 × (1 − PoH discount) − extra × (1 − mfp_reduction)), extra 0.15 in BTC/USDT/USDC, 0 in CLORE",
      params: { ...FEES, extra_hoster_fee: P.extraHosterFee, host_poh: P.pohHolding, mfp_reduction: P.mfpReduction, legacy_usd: P.legacyUsd },
      source: FEE_SOURCE,
      asOf: REGISTRY,
      assumptions: [
        "The host's half of the base fee and the extra hoster fee are deducted from the listed price.",
        "host_poh is the host's PoH holding in CLORE; mfp_reduction is the fraction of the extra fee waived by an MFP lock.",
        CURRENCY_ASSUMPTION,
        LEGACY_ASSUMPTION,
      ],
      rounding: DEC40,
      example: { formula: '=DEPIN.CLORE_HOST_PAYOUT(100,"on_demand","CLORE",1000000)', result: "96.25" },
    },
  }),
  defineFunction({
    id: "CLORE_PLATFORM_FEE",
    summary: "Total fees Clore.ai keeps on a listed price (renter cost − host payout), in the price's currency.",
    args: [
      PRICE,
      ORDER_TYPE,
      CURRENCY,
      RENTER_POH.arg,
      HOST_POH.arg,
      MFP_REDUCTION.arg,
      regimeArg('2.5 % spot, 10 % on demand, 19.5 % whenever currency is "USD"'),
    ],
    result: { kind: "number", help: "Platform fee, in the price's currency." },
    core: (price, o, c, rp, hp, mfp, r) => {
      const cur = currency(c, r);
      const renter = RENTER_POH.read(rp);
      const host = HOST_POH.read(hp);
      return f.platformFeeOf(price, o, cur, renter, host, MFP_REDUCTION.read(mfp), r);
    },
    doc: {
      formula: "renter cost − host payout = price × (base/2 × (1 − ρ_r) + base/2 × (1 − ρ_h) + extra × (1 − mfp)); legacy: price × single fee",
      params: { ...FEES, extra_hoster_fee: P.extraHosterFee, renter_poh: P.pohHolding, host_poh: P.pohHolding, mfp_reduction: P.mfpReduction, ...LEGACY_FEES },
      source: FEE_SOURCE,
      asOf: REGISTRY,
      assumptions: ["Equals CLORE_RENTER_COST − CLORE_HOST_PAYOUT with the same arguments.", CURRENCY_ASSUMPTION, LEGACY_ASSUMPTION],
      rounding: DEC40,
      example: { formula: '=DEPIN.CLORE_PLATFORM_FEE(200,"spot",,,,,"legacy")', result: "5" },
    },
  }),
  defineFunction({
    id: "CLORE_POH_REWARD",
    summary: "CLORE per day a Proof-of-Holding staker earns: user_staked / total_staked × daily_pool.",
    args: [USER_STAKED.arg, TOTAL_STAKED.arg, DAILY_POOL.arg],
    result: { kind: "number", help: "CLORE per day." },
    core: (user, total, pool) => {
      const u = USER_STAKED.read(user);
      const t = TOTAL_STAKED.read(total);
      f.checkStakes(u, t, user);
      return f.pohRewardNum(u, t, DAILY_POOL.read(pool));
    },
    doc: {
      formula: "user_staked / total_staked × daily_pool",
      params: { daily_pool: P.pohDailyPool },
      source: P.pohDailyPool.source.split(" (")[0]!,
      asOf: REGISTRY,
      assumptions: [
        "The PoH page's fixed 80,000 CLORE per day; the rework page's 20 % of block emission is the alternative (pass it as daily_pool). CLORE_POH_POOL gives the pool after the yearly decay.",
        "user_staked must not exceed total_staked; total_staked must be greater than 0.",
      ],
      rounding: "The double nearest the exact value (double-double with an error bound, else decimal.js at 40 digits: the same double).",
      example: { formula: "=DEPIN.CLORE_POH_REWARD(1000,100000)", result: "800" },
    },
  }),
  defineFunction({
    id: "CLORE_MFP_BASKET",
    summary: "CLORE per day in one MFP lock basket: reward_per_block × blocks_per_day × basket_share.",
    args: [
      { name: "reward_per_block", kind: "number", min: 0, help: "Block reward in CLORE" },
      { name: "blocks_per_day", kind: "number", min: 0, default: P.blocksPerDay, help: "Blocks per day (1-minute blocks)" },
      { name: "basket_share", kind: "fraction", default: P.basketShare, help: "Share of each block reward going to one basket" },
    ],
    result: { kind: "number", help: "CLORE per day in the basket." },
    core: (reward, blocks, share) => f.mfpBasket(reward, blocks, share),
    doc: {
      formula: "reward_per_block × blocks_per_day × basket_share",
      source: P.blocksPerDay.source.split(" (")[0]!,
      asOf: REGISTRY,
      assumptions: ["One basket (Tier 1 or Tier 2) receives 10 % of each block reward: the 20 % MFP lock share split in two."],
      rounding: "The double nearest the exact product (exact small decimals in doubles, else decimal.js at 40 digits: the same double).",
      example: { formula: "=DEPIN.CLORE_MFP_BASKET(313,1440,0.1)", result: "45072" },
    },
  }),
];

// Current regimes (ERC-20 era PoH and MFP lock; PoH 2.0 as a dated legacy rule) ------------------------

const RETRIEVED = P.mfpLockUnit.retrieved;
const SOURCE_OF = (p: { source: string }) => p.source.split(" (")[0]!;
/** A regime of the DEPIN_REGIMES timeline (src/engine/networks/crossnet/regimes-data.ts), with the rule's confidence. */
function timelineRegime(id: string, confidence: Confidence): RegimeRef {
  const row = TIMELINE.clore.find((r) => r.id === id);
  if (row === undefined) throw new Error(`clore regime ${id} is not in the timeline`);
  return row.to === null ? { id, from: row.from, confidence } : { id, from: row.from, to: row.to, confidence };
}
/** The ERC-20 era: its start is NOT sourced (the timeline's 2026-01-01 is a placeholder; the switch came after 2025-08-18). */
const ERC20_ERA = (confidence: Confidence): RegimeRef => timelineRegime("erc20_era", confidence);
/** PoH 2.0 (legacy): both of its dates are placeholders in the timeline. */
const POH2_REGIME = timelineRegime(GPU_LIMIT_DATA.regime.id, GPU_LIMIT_DATA.regime.confidence);
const ERA_DATES = "The ERC-20 era's start date is not sourced (2026-01-01 is a placeholder; the switch happened after 2025-08-18).";
const POH2_DATES =
  "PoH 2.0's dates are not sourced (2024-07-01 to 2024-10-31 are placeholders); it belonged to the legacy 40 % host-reward formula, and the ERC-20-era PoH pages describe pro-rata staking with no GPU limits, so it is probably no longer current.";

const current: readonly FunctionDecl[] = [
  defineFunction({
    id: "CLORE_POH_POOL",
    summary: "CLORE paid to Clore.ai Proof-of-Holding stakers per day, a number of years after the pool's reference date (CLORE per day).",
    args: [
      { name: "years", kind: "number", min: 0, help: "Years since the pool's reference date (the decay applies once per whole year)" },
      { name: "daily_pool", kind: "number", min: 0, default: P.pohDailyPool, help: "CLORE distributed per day before any decay" },
      { name: "annual_decay", kind: "fraction", default: P.pohAnnualDecay, help: "Fraction by which the pool shrinks each year" },
    ],
    result: { kind: "number", help: "CLORE per day paid to all PoH stakers together." },
    core: (years, pool, decay) => pohPool(years, pool, decay),
    doc: {
      formula: "daily_pool × (1 − annual_decay)^⌊years⌋",
      params: { daily_pool: P.pohDailyPool, annual_decay: P.pohAnnualDecay },
      source: SOURCE_OF(P.pohDailyPool),
      asOf: RETRIEVED,
      regime: ERC20_ERA("estimate"),
      assumptions: [
        'The docs state "80,000 CLORE distributed daily" and "-30% per year" without saying whether the decay steps yearly or is continuous, nor from which date it counts: the yearly step is a reading (low confidence); continuously it would be 80,000 × 0.7^years.',
        "years is counted from a reference date the analyst chooses (the docs give none).",
        "A staker's share is CLORE_POH_REWARD(user, total, CLORE_POH_POOL(years)).",
        ERA_DATES,
      ],
      rounding: "The double nearest the exact value (double-double with an error bound, else decimal.js at 40 digits: the same double).",
      example: { formula: "=DEPIN.CLORE_POH_POOL(1.5)", result: "56000" },
    },
  }),
  defineFunction({
    id: "CLORE_POH2_WEIGHT",
    summary: "Holding rewarded under Clore.ai's legacy PoH 2.0 rule for a host's CLORE holding and GPU holding limit (CLORE).",
    args: [
      { name: "holding", kind: "number", min: 0, help: "The host's CLORE holding" },
      {
        name: "gpu_limit",
        kind: "number",
        min: 0,
        help: "Sum of the PoH limits (CLORE_GPU_POH_LIMIT) of the host's active, rented GPUs, in CLORE",
      },
    ],
    result: { kind: "number", help: "Rewarded holding in CLORE, at most 1.5 × gpu_limit." },
    core: (holding, limit) => poh2Weight(holding, limit),
    doc: {
      formula: "min(holding, L) + 0.5 × min(max(holding − L, 0), L), L = gpu_limit",
      params: { excess_rate: P.poh2ExcessRate, counted_multiple: P.poh2CountedMultiple },
      source: SOURCE_OF(P.poh2ExcessRate),
      asOf: RETRIEVED,
      regime: POH2_REGIME,
      assumptions: [
        'Source is a news summary of the docs: "Excess $CLORE holdings above GPU limits earn at 50% rate, with total reward capacity capped at 2x the GPU-determined limit"; read as holdings counting up to 2 × L, so the weight is at most 1.5 × L.',
        "Alternative reading of the same sentence: the weight min(h, L) + 0.5 × (h − L) capped at 2 × L (250,000 with L = 96,000 would give 173,000 instead of 144,000).",
        'Only active and rented GPUs count towards L ("Only active and rented GPUs contribute to POH limits").',
        POH2_DATES,
      ],
      rounding: "The double nearest the exact value (exact small decimals in doubles, else decimal.js at 40 digits).",
      example: { formula: "=DEPIN.CLORE_POH2_WEIGHT(150000,96000)", result: "123000" },
    },
  }),
  defineFunction({
    id: "CLORE_GPU_POH_LIMIT",
    summary: "PoH 2.0 holding limit of a GPU model on Clore.ai (legacy rule), in CLORE.",
    args: [
      {
        name: "gpu_model",
        kind: "text",
        help: `GPU model, case-insensitive: ${GPU_MODELS.map((m) => `"${m}"`).join(", ")} (the only limits published).`,
      },
    ],
    result: { kind: "number", help: "Holding limit in CLORE." },
    core: (model) => gpuPohLimit(model),
    doc: {
      formula: "Row lookup in the PoH 2.0 limit table: H100 96,000; A100, L40, A6000 72,000 CLORE",
      params: Object.fromEntries(
        GPU_LIMIT_DATA.rows.map((r) => [r.model, { value: r.limit, unit: GPU_LIMIT_DATA.unit, source: r.source, retrieved: r.retrieved, confidence: r.confidence, note: r.note }])
      ),
      source: SOURCE_OF(GPU_LIMIT_DATA.rows[0]!),
      asOf: RETRIEVED,
      regime: POH2_REGIME,
      assumptions: [
        "Rows and their sources are data (src/engine/networks/clore/data/gpu-poh-limits.json), one provenance record per row.",
        "The four limits come from one secondary source (a news article summarising the docs); no other model's limit was found, so any other model is an error listing the four, never a guessed value.",
        POH2_DATES,
      ],
      rounding: "None: the table values are integers.",
      example: { formula: '=DEPIN.CLORE_GPU_POH_LIMIT("H100")', result: "96000" },
    },
  }),
  defineFunction({
    id: "CLORE_MFP_LOCK",
    summary: "CLORE to lock on Clore.ai to fill a tier of the MFP lock at a server's MFP (cumulative, at the top of the tier; CLORE).",
    args: [
      { name: "mfp", kind: "number", min: 1, max: Number(P.mfpMax.value), help: "The server's MFP (1 MFP = 1,000 CLORE)" },
      { name: "tier", kind: "integer", min: 1, max: 3, default: 1, help: "MFP lock tier (1: up to 100 % of MFP; 2: up to 500 %; 3: up to 700 %)" },
    ],
    result: { kind: "number", help: "Cumulative CLORE locked at the top of the tier." },
    core: (mfp, tier) => mfpLock(mfp, tier),
    doc: {
      formula: "mfp × 1,000 × {1, 5, 7} for tier {1, 2, 3}",
      params: { lock_unit: P.mfpLockUnit, tier1: P.mfpTier1Multiple, tier2: P.mfpTier2Multiple, tier3: P.mfpTier3Multiple, mfp_max: P.mfpMax },
      source: SOURCE_OF(P.mfpLockUnit),
      asOf: RETRIEVED,
      regime: ERC20_ERA("documented"),
      assumptions: [
        "Tier 1 locks up to 100 % of MFP × 1,000 CLORE (rewarded 1×), Tier 2 up to 500 % (4×), Tier 3 up to 700 % (2×): the result is the cumulative lock at the top of the tier.",
        "Rewards come from the Tier-1 and Tier-2 baskets only (CLORE_MFP_BASKET), capped per tier at the server's daily rent; the surplus is burned.",
        "The older gpu-marketplace page has Tiers 1-2 only: Tier 3 is ERC-20-era.",
        ERA_DATES,
      ],
      rounding: "The double nearest the exact product (exact small decimals in doubles, else decimal.js at 40 digits).",
      example: { formula: "=DEPIN.CLORE_MFP_LOCK(20,3)", result: "140000" },
    },
  }),
];

export const functions: readonly FunctionDecl[] = [...chainAndFees, ...current];
