/**
 * Clore.ai (CLORE) functions, one declaration each (src/engine/core/decl.ts): arguments with their rules and
 * defaults (provenance records from ./params.ts), result kind, typed core and documentation.
 */
import { defineFunction, type FunctionDecl, type RegimeRef } from "../../core/decl";
import { GPU_LIMIT_DATA, GPU_MODELS, gpuPohLimit, mfpLock, poh2Weight, pohPool } from "./erc20";
import { cloreParams as P } from "./params";

// Current regimes (SPEC §4.6; REFERENCE.md §G.21–G.24) ------------------------------------------------

const RETRIEVED = P.mfpLockUnit.retrieved;
const SOURCE_OF = (p: { source: string }) => p.source.split(" (")[0]!;
/**
 * The ERC-20 era (regime timeline `erc20_era`). Its start is NOT sourced: 2026-01-01 is the timeline's
 * placeholder (the switch happened after 2025-08-18, when CLORE was still a PoW L1).
 */
const ERC20_ERA = (confidence: RegimeRef["confidence"]): RegimeRef => ({ id: "erc20_era", from: "2026-01-01", confidence });
/** PoH 2.0 (legacy): both dates are placeholders (data/gpu-poh-limits.json `regime.note`). */
const POH2_REGIME: RegimeRef = {
  id: GPU_LIMIT_DATA.regime.id,
  from: GPU_LIMIT_DATA.regime.from,
  to: GPU_LIMIT_DATA.regime.to,
  confidence: GPU_LIMIT_DATA.regime.confidence,
};
const ERA_DATES = "The ERC-20 era's start date is not sourced (2026-01-01 is a placeholder; the switch happened after 2025-08-18).";
const POH2_DATES =
  "PoH 2.0's dates are not sourced (2024-07-01 to 2024-10-31 are placeholders); it belonged to the legacy 40 % host-reward formula, and the ERC-20-era PoH pages describe pro-rata staking with no GPU limits, so it is probably no longer current.";

const current: readonly FunctionDecl[] = [
  defineFunction({
    id: "CLORE_POH_POOL",
    summary: "CLORE paid to Clore.ai Proof-of-Holding stakers per day, a number of years after the pool's reference date (CLORE per day).",
    args: [
      { name: "years", kind: "number", min: 0, help: "Years since the pool's reference date; the decay applies once per whole year." },
      { name: "daily_pool", kind: "number", min: 0, default: P.pohDailyPool, as: "decimal", help: "CLORE distributed per day before any decay." },
      { name: "annual_decay", kind: "fraction", default: P.pohAnnualDecay, as: "decimal", help: "Fraction by which the pool shrinks each year." },
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
      rounding: "40-digit decimal (integer power with guard digits, one rounding); no output rounding.",
      example: { formula: "=DEPIN.CLORE_POH_POOL(1.5)", result: "56000" },
    },
  }),
  defineFunction({
    id: "CLORE_POH2_WEIGHT",
    summary: "Holding rewarded under Clore.ai's legacy PoH 2.0 rule for a host's CLORE holding and GPU holding limit (CLORE).",
    args: [
      { name: "holding", kind: "number", min: 0, as: "decimal", help: "The host's CLORE holding." },
      {
        name: "gpu_limit",
        kind: "number",
        min: 0,
        as: "decimal",
        help: "Sum of the PoH limits (CLORE_GPU_POH_LIMIT) of the host's active, rented GPUs, in CLORE.",
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
        "Alternative reading (REFERENCE.md §G.22): the weight min(h, L) + 0.5 × (h − L) capped at 2 × L (250,000 with L = 96,000 would give 173,000 instead of 144,000).",
        'Only active and rented GPUs count towards L ("Only active and rented GPUs contribute to POH limits").',
        POH2_DATES,
      ],
      rounding: "Exact decimal; no output rounding.",
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
      { name: "mfp", kind: "number", min: 1, max: Number(P.mfpMax.value), as: "decimal", help: "The server's MFP (1 MFP = 1,000 CLORE)." },
      { name: "tier", kind: "integer", min: 1, max: 3, default: 1, help: "MFP lock tier: 1 (up to 100 % of MFP), 2 (up to 500 %) or 3 (up to 700 %)." },
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
      rounding: "Exact decimal; no output rounding.",
      example: { formula: "=DEPIN.CLORE_MFP_LOCK(20,3)", result: "140000" },
    },
  }),
];

export const functions: readonly FunctionDecl[] = [...current];
