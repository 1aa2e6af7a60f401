/**
 * Akash (AKT) functions, one declaration each (src/engine/core/decl.ts): arguments, result, the typed core
 * and the documentation. The generic runner validates the raw cell values against these declarations.
 */
import { defineFunction, type FunctionDecl, type RegimeRef } from "../../core/decl";
import type { Param } from "../../core/provenance";
import * as bme from "./bme";
import { akashParams as P } from "./params";

// BME (AEP-76) ---------------------------------------------------------------------------------------

/** Burn-Mint Equilibrium: Mainnet 17 (v2.0.0) onwards. */
const BME: RegimeRef = { id: "bme_aep76", from: "2026-03-23", confidence: "documented" };
/** The x/take era of AKT- and USDC-denominated leases. */
const TAKE: RegimeRef = { id: "akt20_stable_payments_take", from: "2023-08-22", to: "2026-03-22", confidence: "derived" };
/** Date of the code the BME functions model (node@3efe26bf, main, 2026-04-28; identical formulas at tag v2.0.0). */
const BME_AS_OF = "2026-04-28";
const KEEPER = "akash-network/node@3efe26bf39115a6babf329e8170cd1133cc7dbe9 x/bme/keeper/keeper.go";
const DEC40 = "40-digit decimal, no output rounding (real arithmetic).";
const PRICE_HELP = "AKT oracle price, in USD per AKT.";
const ACT_PRICE_HELP = "ACT oracle price, in USD per ACT (pegged to 1 on chain).";
const SPREAD = { min: 0, max: Number(P.maxSpreadBps.value) };

/** Arguments of a BME conversion (mint or settle): amount in, AKT price, ACT price, spread. */
const conversionArgs = (amount: string, amountHelp: string, spread: Param, spreadHelp: string) =>
  [
    { name: amount, kind: "number", min: 0, as: "decimal", help: amountHelp },
    { name: "akt_price", kind: "number", gt: 0, as: "decimal", help: PRICE_HELP },
    { name: "act_price", kind: "number", gt: 0, as: "decimal", default: P.actPrice, help: ACT_PRICE_HELP },
    { name: "spread_bps", kind: "number", ...SPREAD, as: "decimal", default: spread, help: spreadHelp },
  ] as const;
const WARN_HELP = "Circuit-breaker warn threshold, a collateral ratio in whole basis points (0.95 = 9,500 bps).";

export const functions: readonly FunctionDecl[] = [
  defineFunction({
    id: "AKT_BME_MINT",
    summary: "ACT minted when AKT is burned into the BME vault, in ACT: akt_in × akt_price / act_price × (1 − spread_bps / 10,000).",
    args: conversionArgs("akt_in", "AKT paid in, in AKT.", P.mintSpreadBps, "Mint spread, in basis points (kept in the vault)."),
    result: { kind: "number", help: "ACT received (the spread stays in the vault)." },
    core: bme.bmeMint,
    doc: {
      formula: "ACT = akt_in × akt_price / act_price × (1 − spread_bps / 10,000)",
      params: { max_spread_bps: P.maxSpreadBps, min_mint: P.minMintAct },
      source: `${KEEPER}:374-463 (prepareToBM), :250-281 (executeBurnMint)`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: [
        "Real arithmetic; the chain mints ⌊akt_uakt × P⌋ uact and keeps ⌊RHE18(mint × bps / 10,000)⌋ uact as the spread.",
        "The request executes at the next mint epoch at that block's oracle price; a mint below 10 ACT is cancelled.",
        "The AKT paid in is locked in the vault (not burned) and becomes remint credit.",
      ],
      rounding: DEC40,
      example: { formula: "=DEPIN.AKT_BME_MINT(1000,1.14)", result: "1137.15" },
    },
  }),
  defineFunction({
    id: "AKT_BME_SETTLE",
    summary: "AKT a provider receives for ACT burned in settlement, in AKT: act_in × act_price / akt_price × (1 − spread_bps / 10,000).",
    args: conversionArgs("act_in", "ACT burned, in ACT.", P.settleSpreadBps, "Settle spread, in basis points."),
    result: { kind: "number", help: "AKT received." },
    core: bme.bmeSettle,
    doc: {
      formula: "AKT = act_in × act_price / akt_price × (1 − spread_bps / 10,000)",
      params: { max_spread_bps: P.maxSpreadBps, epoch_blocks: P.minEpochBlocks },
      source: `${KEEPER}:374-463 (prepareToBM, from uact to uakt)`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: [
        "Real arithmetic; the chain pays ⌊act_uact × RHE18(1 / P)⌋ uakt less the truncated spread.",
        "Burns run every MinEpochBlocks (10) blocks and continue while minting is halted (HaltCR).",
      ],
      rounding: DEC40,
      example: { formula: "=DEPIN.AKT_BME_SETTLE(100,1.14)", result: "87.719298245614035087719" },
    },
  }),
  defineFunction({
    id: "AKT_BME_NEW_SUPPLY",
    summary: "Newly minted AKT when akt_out AKT is settled, in AKT: max(0, akt_out − remint_credit).",
    args: [
      { name: "akt_out", kind: "number", min: 0, as: "decimal", help: "AKT settled, gross (before the settle spread), in AKT." },
      { name: "remint_credit", kind: "number", min: 0, as: "decimal", help: "Remint credit: AKT previously locked for ACT and not yet reminted, in AKT." },
    ],
    result: { kind: "number", help: "New AKT supply, in AKT." },
    core: bme.bmeNewSupply,
    doc: {
      formula: "new = max(0, akt_out − remint_credit)",
      source: `${KEEPER}:521-555 (burnACT), :640-656 (credit falls by min(credit, mint))`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: ["The credit is used first; only the rest is newly minted.", "akt_out is gross, before the settle spread."],
      rounding: "Exact decimal subtraction, no output rounding.",
      example: { formula: "=DEPIN.AKT_BME_NEW_SUPPLY(87.719298,50)", result: "37.719298" },
    },
  }),
  defineFunction({
    id: "AKT_BME_CR",
    summary: "Collateral ratio of the BME vault, a ratio: (vault_akt − pending_akt) × akt_price / act_price / act_supply.",
    args: [
      { name: "vault_akt", kind: "number", min: 0, as: "decimal", help: "AKT held by the BME module (seed, locked AKT and pending deposits), in AKT." },
      { name: "pending_akt", kind: "number", min: 0, as: "decimal", help: "AKT of pending mint requests, in AKT; at most vault_akt." },
      { name: "akt_price", kind: "number", gt: 0, as: "decimal", help: PRICE_HELP },
      { name: "act_supply", kind: "number", min: 0, as: "decimal", help: "ACT outstanding (bank total supply, incl. the retained mint spread), in ACT." },
      { name: "act_price", kind: "number", gt: 0, as: "decimal", default: P.actPrice, help: ACT_PRICE_HELP },
    ],
    result: { kind: "number", help: "Collateral ratio (1 = fully collateralised); #N/A when act_supply is 0." },
    core: bme.bmeCollateralRatio,
    doc: {
      formula: "CR = (vault_akt − pending_akt) × akt_price / act_price / act_supply",
      params: { vault_seed: P.vaultSeedAkt },
      source: `${KEEPER}:742-784 (calculateCR)`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: [
        "With no ACT outstanding the chain skips the division (CR = vault × price, Healthy); here that is #N/A (\"no ACT outstanding\").",
        "pending_akt greater than vault_akt is an error: the chain's sdk.Coin.Sub refuses a negative balance.",
        "Real arithmetic; the chain's 18-place LegacyDec agrees to about 1e-17 relative.",
      ],
      rounding: DEC40,
      example: { formula: "=DEPIN.AKT_BME_CR(1300000,10000,1.14,1200000)", result: "1.2255" },
    },
  }),
  defineFunction({
    id: "AKT_BME_STATUS",
    summary: "The BME circuit breaker's mint status for a collateral ratio, as text: \"Healthy\", \"Warning\" or \"HaltCR\".",
    args: [
      { name: "cr", kind: "number", min: 0, as: "decimal", help: "Collateral ratio (see AKT_BME_CR)." },
      { name: "warn", kind: "fraction", as: "decimal", default: P.crWarn, help: WARN_HELP },
      { name: "halt", kind: "fraction", as: "decimal", default: P.crHalt, help: "Circuit-breaker halt threshold, in whole basis points (0.90 = 9,000 bps), less than warn." },
    ],
    result: { kind: "text", help: "\"Healthy\" (c > warn), \"Warning\" (halt < c ≤ warn) or \"HaltCR\" (c ≤ halt), c = ⌊cr × 10,000⌋." },
    core: bme.bmeStatus,
    doc: {
      formula: "c = ⌊cr × 10,000⌋; Healthy if c > warn_bps, Warning if halt_bps < c ≤ warn_bps, HaltCR if c ≤ halt_bps",
      source: `${KEEPER}:903-922 (mintStatusUpdate)`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: [
        "The comparison is in truncated basis points: 0.95009 is Warning, 0.90005 is HaltCR.",
        "HaltCR stops new ACT; ACT → AKT settlement continues.",
        "An oracle failure gives the chain state HaltOracle, which is not modelled.",
      ],
      rounding: "cr × 10,000 exact in decimal, truncated toward zero (TruncateInt64).",
      example: { formula: "=DEPIN.AKT_BME_STATUS(0.95009)", result: "Warning" },
    },
  }),
  defineFunction({
    id: "AKT_BME_MINT_EPOCH",
    summary: "Blocks between ACT-mint batches at a collateral ratio, in blocks, as x/bme calculateBlocksDiff computes them.",
    args: [
      { name: "cr", kind: "number", min: 0, as: "decimal", help: "Collateral ratio (see AKT_BME_CR)." },
      { name: "min_epoch_blocks", kind: "integer", min: 1, max: Number.MAX_SAFE_INTEGER, default: P.minEpochBlocks, help: "MinEpochBlocks, in blocks." },
      { name: "backoff", kind: "fraction", as: "decimal", default: P.epochBackoff, help: "Growth per 10 bps below warn, a whole percent as a fraction (0.10 = 10 %)." },
      { name: "max_blocks", kind: "integer", min: 1, max: Number.MAX_SAFE_INTEGER, default: P.maxEpochBlocks, help: "Cap on the epoch length, in blocks (hard-coded 14,400 on chain)." },
      { name: "warn", kind: "fraction", as: "decimal", default: P.crWarn, help: WARN_HELP },
    ],
    result: { kind: "number", help: "Blocks between mint epochs (whole number)." },
    core: bme.bmeMintEpoch,
    doc: {
      formula:
        "c = ⌊cr × 10,000⌋; c ≥ warn_bps or backoff 0 → min; s = ⌊(warn_bps − c) / 10⌋, s = 0 → min; else max(min, ⌊min(min × (1 + backoff)^s, max_blocks)⌋) in LegacyDec",
      params: { step_bps: P.epochStepBps, arithmetic: P.legacyDec, halt: P.crHalt },
      source: `${KEEPER}:948-988 (calculateBlocksDiff); identical at akash-network/node@2d606d30b7bc452781f773dba4f7b4a8c5e582de x/bme/keeper/keeper.go:894-934`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: [
        "(1 + backoff)^s is LegacyDec.Power: square-and-multiply, each product rounded half-even to 18 places; the cap applies before truncation.",
        "c = 9,491 … 9,499 gives 0 steps: min_epoch_blocks.",
        "At or below the halt threshold the chain mints nothing and keeps its previous epoch length; the value returned there is the formula's.",
        "With parameters that push LegacyDec past its 315-bit limit the chain would panic; the function returns max_blocks.",
      ],
      rounding: "LegacyDec emulation (18 places, half-even per product); result truncated toward zero to whole blocks.",
      example: { formula: "=DEPIN.AKT_BME_MINT_EPOCH(0.9137)", result: "309" },
    },
  }),
  defineFunction({
    id: "AKT_LEASE_AKT",
    summary: "AKT a provider receives for a lease worth lease_usd, in AKT: lease_usd / akt_price, less the take under the pre-BME regime \"take\".",
    args: [
      { name: "lease_usd", kind: "number", min: 0, as: "decimal", help: "Lease payment, in USD (ACT under BME)." },
      { name: "akt_price", kind: "number", gt: 0, as: "decimal", help: PRICE_HELP },
      { name: "regime", kind: "enum", values: bme.LEASE_REGIMES, default: "bme", help: "\"bme\" (from 2026-03-23: ACT settled to AKT, no take) or \"take\" (2023-08-22 → 2026-03-22: AKT lease less the take)." },
      {
        name: "take_rate",
        kind: "fraction",
        optional: true,
        as: "decimal",
        defaultText: "0.02 (the chain's uakt take rate) with regime \"take\"; must be blank with \"bme\"",
        help: "Take on an AKT-denominated lease, as a fraction; only with regime \"take\".",
      },
    ],
    result: { kind: "number", help: "AKT received by the provider." },
    core: bme.leaseAkt,
    doc: {
      formula: "bme: lease_usd / akt_price; take: lease_usd / akt_price × (1 − take_rate)",
      params: { take_rate: P.leaseTakeRate, settle_spread_bps: P.settleSpreadBps, upgrade: P.bmeUpgrade },
      source: `${KEEPER}:374-463 (settle ACT → AKT); akash-network/node@2d606d30b7bc452781f773dba4f7b4a8c5e582de upgrades/software/v2.0.0/upgrade.go:62-64 (x/take deleted)`,
      asOf: BME_AS_OF,
      regime: BME,
      assumptions: [
        "\"bme\": providers are paid in ACT and settle it at 1 / P with spread 0 and no take; on chain ⌊lease_uact × RHE18(1/P)⌋ uakt.",
        `"take" (${TAKE.from} → ${TAKE.to}) models an AKT-denominated lease: the uakt take rate 2 % (governance may have changed it). A USDC lease paid USDC less 20 %, not AKT.`,
        "A take_rate with regime \"bme\" is an error: there is no take to apply.",
      ],
      rounding: DEC40,
      example: { formula: "=DEPIN.AKT_LEASE_AKT(114,1.14,\"take\")", result: "98" },
    },
  }),
];
