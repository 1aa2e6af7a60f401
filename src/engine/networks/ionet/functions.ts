/**
 * io.net (IO) functions, one declaration each (src/engine/core/decl.ts): arguments with their rules and
 * defaults (provenance records from ./params.ts), result kind, typed core and documentation.
 */
import { defineFunction, type FunctionDecl, type RegimeRef } from "../../core/decl";
import { HW_DATA } from "./hw-table";
import { IDE_LABELS, ideEpoch } from "./ide";
import { ionetParams as P } from "./params";
import { POOLS, blockReward, costakeSplit, deviceScore, hwMultiplierAt } from "./pools";

// Current regimes (SPEC §4.6; REFERENCE.md §G.16–G.20) ------------------------------------------------

const DEC40 = "40-digit decimal, no output rounding.";
/** Device pools and the 2025-06-04 multiplier table, until the Incentive Dynamic Engine (regime timeline). */
const POOLS_REGIME = (confidence: RegimeRef["confidence"]): RegimeRef => ({ id: "enterprise_community_pools", from: "2025-06-04", to: "2026-06-10", confidence });
const IDE_REGIME: RegimeRef = { id: "incentive_dynamic_engine", from: "2026-06-11", confidence: "estimate" };
const SOURCE_OF = (p: { source: string }) => p.source.split(" (")[0]!;
const SCORE_PARAMS = {
  tier_weight: P.scoreTierWeight,
  tiers: P.scoreTiers,
  hw_weight: P.scoreHwWeight,
  inner_scale: P.scoreInnerScale,
  hired_bonus: P.scoreHiredBonus,
  outer_scale: P.scoreOuterScale,
};
/** Label/value spills (SPEC §4.6): two columns, no header row. */
const labelSpill = (rows: readonly string[]) => `${rows.length} rows × 2 columns (label, value), no header row: ${rows.join(", ")}`;

const current: readonly FunctionDecl[] = [
  defineFunction({
    id: "IO_HW_MULTIPLIER",
    summary: "Hardware multiplier of a device model in io.net's published block-reward table (dimensionless; 0 for devices no longer supported).",
    args: [
      {
        name: "device",
        kind: "text",
        help: 'Device model: the io.net docs name or an alias, case-insensitive ("H100", "RTX 4090", "A100-80GB", "GeForce RTX 4090").',
      },
      {
        name: "as_of",
        kind: "text",
        default: P.hwTable,
        help: 'Which published table: "2025-06-04" (in force from 2025-06-04 15:00 UTC) or "2024" (the table in force before it).',
      },
    ],
    result: { kind: "number", help: "Hardware multiplier (dimensionless)." },
    core: (device, asOf) => hwMultiplierAt(device, asOf),
    doc: {
      formula: 'Row lookup in the "2025-06-04" (New Multiplier) or "2024" (Current Multiplier) column; "No longer supported" devices have multiplier 0',
      params: { as_of: P.hwTable },
      source: HW_DATA.tables["2025-06-04"].source,
      asOf: "2025-06-04",
      regime: POOLS_REGIME("documented"),
      assumptions: [
        "Rows and their sources are data (src/engine/networks/ionet/data/hw-multipliers.json), one provenance record per row.",
        '"2024" is the docs\' "Current Multiplier" column, the table in force until 2025-06-04 15:00 UTC; no separately dated 2024 table exists, and its M4 rows only exist from 2025-04-03.',
        "Names match case-insensitively with blanks trimmed and repeated spaces collapsed; an alias whose rows differ in the requested table (\"V100\" in \"2024\": 0.5 vs 0.75) and an unknown name are errors listing the candidates.",
        'The docs spell "GeForce GTX 2080 Ti" and "GeForce GTX 3050" (sic); those spellings are the names.',
        "The 2026-06-11 Incentive Dynamic Engine announcement published no new table.",
      ],
      rounding: "None: the table values are exact decimals.",
      example: { formula: '=DEPIN.IO_HW_MULTIPLIER("H200","2024")', result: "15" },
    },
  }),
  defineFunction({
    id: "IO_DEVICE_SCORE",
    summary: "A device's io.net block-reward base score (score points; 0 when the device is not nominated).",
    args: [
      { name: "hw_multiplier", kind: "number", min: 0, as: "decimal", help: "The device's hardware multiplier (IO_HW_MULTIPLIER)." },
      { name: "processors", kind: "integer", min: 1, as: "decimal", help: "Number of processors (GPUs) in the device." },
      { name: "connectivity_tier", kind: "integer", min: 0, max: 4, default: 4, help: "Connectivity tier number (4 is the best; 0 is not nominated)." },
      { name: "was_hired", kind: "boolean", default: false, help: "TRUE if the device was hired in the block." },
    ],
    result: { kind: "number", help: "Base score (points)." },
    core: (m, n, tier, hired) => deviceScore(m, n, tier, hired),
    doc: {
      formula: "((0.02 × tier/4 + 2 × hw_multiplier × processors) × 100 + 0.05 × was_hired) × 10; 0 when tier = 0 or hw_multiplier = 0",
      params: SCORE_PARAMS,
      source: P.scoreTierWeight.source,
      asOf: "2025-06-04",
      regime: POOLS_REGIME("derived"),
      assumptions: [
        'Reconstructed from the docs\' garbled formula ("_" printed for "×", unbalanced parentheses; REFERENCE.md §G.17).',
        "A device is nominated only with hardware multiplier > 0 and connectivity tier > 0 (block-rewards.mdx:46-47), so either being 0 gives score 0, not the bare formula's 5 × tier.",
        "The docs' own example (8,150 → 569) does not reproduce with any integer tier and table multiplier.",
        'The docs warn "This formula is subject to change by the IOG Foundation".',
      ],
      rounding: DEC40,
      example: { formula: "=DEPIN.IO_DEVICE_SCORE(1.25,1,3,TRUE)", result: "2515.5" },
    },
  }),
  defineFunction({
    id: "IO_BLOCK_REWARD",
    summary: "A device's IO from one hourly io.net block: its pool's share of the block emission in proportion to its base score (IO).",
    args: [
      { name: "device_score", kind: "number", min: 0, as: "decimal", help: "The device's base score (IO_DEVICE_SCORE), at most pool_score_sum." },
      { name: "pool_score_sum", kind: "number", gt: 0, as: "decimal", help: "Sum of the base scores of every device in the pool." },
      { name: "block_emission", kind: "number", min: 0, as: "decimal", help: "IO emitted in the hourly block (IO_EPOCH_EMISSION until 2026-06-10)." },
      {
        name: "pool",
        kind: "enum",
        values: POOLS,
        default: "enterprise",
        help: 'The device\'s pool: "enterprise" or "community" (from 2025-06-04); "gpu" or "cpu" (the same split, 2024-06-25 to 2025-06-03).',
      },
      { name: "enterprise_share", kind: "fraction", default: P.enterpriseShare, as: "decimal", help: "Share of each block paid to the enterprise (GPU) pool; the community (CPU) pool gets the rest." },
    ],
    result: { kind: "number", help: "IO from the block." },
    core: (score, sum, emission, pool, share) => blockReward(score, sum, emission, pool, share),
    doc: {
      formula: "block_emission × pool share × device_score / pool_score_sum; pool share = enterprise_share (enterprise, gpu) or 1 − enterprise_share (community, cpu)",
      params: { enterprise_share: P.enterpriseShare },
      source: SOURCE_OF(P.enterpriseShare),
      asOf: "2025-06-04",
      regime: POOLS_REGIME("derived"),
      assumptions: [
        'Normalised within the pool: "Device Normalised Score is calculated as Device Base Score / Total Base Score of Device Type" (workers-page.mdx:104-108); the explorer\'s 8M GPU / 2M CPU normalised-score scale is a display scale, not a reward split.',
        'From 2024-06-25 to 2025-06-03 the same 95/5 split went to GPUs and CPUs: pools "gpu" and "cpu".',
        "Until 2026-06-10 the block emission is the fixed hourly schedule (IO_EPOCH_EMISSION); rewards can be slashed.",
      ],
      rounding: DEC40,
      example: { formula: "=DEPIN.IO_BLOCK_REWARD(160020,50000000,4000)", result: "12.16152" },
    },
  }),
  defineFunction({
    id: "IO_COSTAKE_SPLIT",
    summary: "Split of a device's block reward between its owner and a co-staker, in the reward's unit (IO).",
    args: [
      { name: "reward", kind: "number", min: 0, as: "decimal", help: "The device's block reward (IO)." },
      { name: "costaker_share", kind: "fraction", as: "decimal", help: "The co-staking offer's share of the reward for the co-staker (the docs' example offer: 0.74)." },
      { name: "owner_stake", kind: "number", min: 0, as: "decimal", help: "IO staked by the device owner." },
      { name: "costake", kind: "number", min: 0, as: "decimal", help: "IO co-staked, at most 50% of owner_stake + costake." },
    ],
    result: { kind: "spill", help: "owner and costaker reward (IO).", shape: labelSpill(["owner", "costaker"]) },
    core: (reward, share, owner, costake) => costakeSplit(reward, share, owner, costake),
    doc: {
      formula: "costaker = reward × costaker_share; owner = reward − costaker; error when costake > 50% × (owner_stake + costake)",
      params: { max_costake_share: P.maxCostakeShare, example_costaker_share: P.costakerShare, wait_days: P.costakeWaitDays, cooldown_days: P.costakeCooldownDays },
      source: SOURCE_OF(P.maxCostakeShare),
      asOf: "2025-06-04",
      regime: POOLS_REGIME("derived"),
      assumptions: [
        '"Total stake" is read as owner stake + co-stake (the natural reading): costake ≤ owner_stake.',
        "A co-stake in its 7-day wait earns nothing; that timing is not modelled (the split applies to rewards earned).",
      ],
      rounding: DEC40,
      example: {
        formula: "=DEPIN.IO_COSTAKE_SPLIT(12.3456789,0.74,12000,4000)",
        result: [
          ["owner", 3.209876514],
          ["costaker", 9.135802386],
        ],
      },
    },
  }),
  defineFunction({
    id: "IO_IDE_EPOCH",
    summary:
      "One epoch of io.net's Incentive Dynamic Engine (low-confidence model): IO released from the Reward Vault, USD drawn from the Fee Vault, USD surplus, IO burned, and the sustainability ratio.",
    args: [
      { name: "payout_usd", kind: "number", min: 0, as: "decimal", help: "USD owed to suppliers for the epoch." },
      { name: "fees_usd", kind: "number", min: 0, as: "decimal", help: "USD fees paid by users in the epoch." },
      { name: "io_price", kind: "number", gt: 0, as: "decimal", help: "Live IO price in USD." },
      { name: "reward_vault_io", kind: "number", min: 0, as: "decimal", help: "IO available in the Reward Vault." },
      { name: "burn_share", kind: "fraction", default: P.ideBurnShare, as: "decimal", help: "Share of the surplus used to buy back and burn IO (published as at least 0.5)." },
    ],
    result: { kind: "spill", help: "IO, USD and ratio rows as labelled.", shape: labelSpill(IDE_LABELS) },
    core: (payout, fees, price, vault, beta) => ideEpoch(payout, fees, price, vault, beta),
    doc: {
      formula:
        "io_released = min(vault, payout/price); fee_draw_usd = payout − io_released × price; surplus_usd = max(0, fees − fee_draw_usd); io_burned = burn_share × surplus/price; sustainability_ratio = fees/payout (0 when payout = 0)",
      params: { burn_share: P.ideBurnShare, model: P.ideModel },
      source: P.ideModel.source,
      asOf: "2026-06-11",
      regime: IDE_REGIME,
      assumptions: [
        "LOW CONFIDENCE (REFERENCE.md §G.20): io.net published the mechanism, not the formula; this is the inferred one-epoch model.",
        "Not published: the epoch length, how the Reward Vault is refilled, the Fee Vault's carried balance, the burn share actually used, and the sustainability ratio's definition (fees/payout is assumed).",
        "fee_draw_usd is what the epoch draws from the Fee Vault, not the vault's balance.",
      ],
      rounding: DEC40,
      example: {
        formula: "=DEPIN.IO_IDE_EPOCH(100000,150000,0.2,300000)",
        result: [
          ["io_released", 300000],
          ["fee_draw_usd", 40000],
          ["surplus_usd", 110000],
          ["io_burned", 275000],
          ["sustainability_ratio", 1.5],
        ],
      },
    },
  }),
];

export const functions: readonly FunctionDecl[] = [...current];
