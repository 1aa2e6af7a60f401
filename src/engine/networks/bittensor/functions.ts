/**
 * The Bittensor (TAO_) function table, pre-dTAO and epoch functions: one declaration per function (see
 * src/engine/core/decl.ts). The dTAO functions are declared in ./dtao-functions.ts.
 *
 * TAO_YUMA reads all of its arguments itself (raw): the n×n matrices are validated row by row inside the
 * kernel's first pass, and the other arguments are checked against n in the order the messages have always
 * been given. Its settings help is rendered from the settings' rules (./validate.ts).
 */
import { defineFunction, type FunctionDecl, type RawArg } from "../../core/decl";
import { orList, rangeWords, showNumber } from "../../core/render";
import * as f from "./formulas";
import type { NumberRule } from "../../core";
import { delegateRewardOf, emissionSplitCells, subnetEmission, subnetEmissionDtao, subnetToPrune, yuma, YUMA_COLUMNS } from "./index";
import { bittensorParams as P } from "./params";
import { DEFAULT_SETTINGS, MAX_ROOT_SUBNETS, MAX_ROOT_VALIDATORS, MAX_SUBNETS, RULES, SETTING_RULES, YUMA_VARIANTS } from "./validate";
import { MAX_UIDS } from "./yuma";

const ASOF_HEAD = "2025-02-13";
const ASOF_PRE = "2024-06-05";
const DEC40 = "40-digit decimal, no output rounding";

/** "kappa (greater than 0 and less than 1, default 0.49999237048905165)": a setting's rule in words. */
function settingWords(name: keyof typeof SETTING_RULES, def: string): string {
  const r = SETTING_RULES[name];
  const range = rangeWords(r);
  const whole = "integer" in r && r.integer ? `a whole number${range ? ` ${range}` : ""}` : range;
  return `${name} (${whole}, default ${def})`;
}

const SETTINGS_HELP = [
  settingWords("kappa", showNumber(DEFAULT_SETTINGS.kappa)),
  settingWords("bonds_moving_average", showNumber(DEFAULT_SETTINGS.bondsMovingAverage)),
  settingWords("bonds_penalty", showNumber(DEFAULT_SETTINGS.bondsPenalty)),
  `yuma (${orList(YUMA_VARIANTS.map((x) => `"${x}"`))}, default "${DEFAULT_SETTINGS.yuma}")`,
  settingWords("max_validators", showNumber(DEFAULT_SETTINGS.maxValidators)),
  `owner_uid (0-based: a whole number at least ${showNumber(SETTING_RULES.owner_uid.min)} and below n, default none)`,
  settingWords("stake_threshold", showNumber(DEFAULT_SETTINGS.stakeThreshold)),
  settingWords("emission", `${showNumber(DEFAULT_SETTINGS.emission)} TAO`),
].join(", ");

/**
 * A scalar the core reads itself, so that the arguments are read in the order their messages always came
 * in; its range and default are rendered from the rule the core applies (`defaultText` for a default the
 * rule cannot hold, such as an exact 40-digit decimal).
 */
function scalar(name: string, rule: NumberRule, help: string, defaultText?: string): RawArg {
  const def = defaultText ?? (rule.default !== undefined ? showNumber(rule.default) : undefined);
  const base = { name, kind: "raw", range: false, type: "number", limit: rangeWords(rule), help } as const;
  return def === undefined ? base : { ...base, optional: true, defaultText: def };
}

const N_LIMIT = `n×n with n at most ${showNumber(MAX_UIDS)}`;
const N_VECTOR = `a row or column of n values (n at most ${showNumber(MAX_UIDS)})`;

export const functions: readonly FunctionDecl[] = [
  defineFunction({
    id: "TAO_BLOCK_EMISSION",
    summary: "TAO emitted per block at a given total issuance, in TAO: 1 TAO halved at each 21M × (1 − 2^−k) of issuance, truncated to whole rao.",
    args: [{ name: "total_issuance", kind: "number", min: 0, help: "Total TAO issuance in TAO (net of recycled TAO), converted to whole rao from the number as written" }],
    result: { kind: "number", help: "TAO per block (0 from the 30th halving or at 21,000,000)." },
    core: (x) => f.blockEmissionValue(x),
    doc: {
      formula: "⌊1e9 / 2^k⌋ rao per block, k = ⌊log2(1/(1 − I/21e15))⌋ for issuance I in rao; 0 at I ≥ 21e15 or k ≥ 30",
      params: { raoPerTao: P.raoPerTao, totalSupply: P.totalSupply, defaultBlockEmission: P.defaultBlockEmission, lastHalving: P.lastHalving },
      source: P.defaultBlockEmission.source,
      asOf: ASOF_HEAD,
      assumptions: [
        "Halvings follow TotalIssuance (the k-th at 21M × (1 − 2^−k)), not time; recycled TAO postpones them.",
        "The issuance is converted to rao from the number's shortest decimal form (round half up).",
      ],
      rounding: "Issuance rounded to whole rao; emission truncated to whole rao as the chain does (I96F32); exact decimal TAO out.",
      example: { formula: "=DEPIN.TAO_BLOCK_EMISSION(10500000)", result: "0.5" },
    },
  }),
  defineFunction({
    id: "TAO_HALVING_ISSUANCE",
    summary: "Total issuance at which the k-th TAO halving happens, in TAO: 21,000,000 × (1 − 2^−k).",
    args: [{ name: "k", kind: "integer", min: 0, help: "Halving number (0 gives 0)" }],
    result: { kind: "number", help: "Total issuance in TAO." },
    core: (k) => f.halvingIssuanceValue(k),
    doc: {
      formula: "21,000,000 × (1 − 2^−k)",
      params: { totalSupply: P.totalSupply },
      source: P.totalSupply.source,
      asOf: ASOF_HEAD,
      assumptions: ["The chain's threshold is the next whole rao, ⌈21e15 × (1 − 2^−k)⌉."],
      rounding: `${DEC40}.`,
      example: { formula: "=DEPIN.TAO_HALVING_ISSUANCE(1)", result: "10500000" },
    },
  }),
  defineFunction({
    id: "TAO_DAILY_EMISSION",
    summary: "TAO emitted per day at a given total issuance, in TAO: block emission × blocks per day.",
    args: [
      { name: "total_issuance", kind: "number", min: 0, help: "Total TAO issuance in TAO" },
      { name: "blocks_per_day", kind: "number", min: 0, default: P.blocksPerDay, help: "Blocks per day (12-second blocks give 7,200)" },
    ],
    result: { kind: "number", help: "TAO per day." },
    core: (x, blocks) => f.dailyEmissionValue(x, blocks),
    doc: {
      formula: "TAO_BLOCK_EMISSION(total_issuance) × blocks_per_day",
      params: { raoPerTao: P.raoPerTao },
      source: P.defaultBlockEmission.source,
      asOf: ASOF_HEAD,
      assumptions: ["12-second blocks: 7,200 per day."],
      rounding: "Block emission truncated to rao, then exact decimal.",
      example: { formula: "=DEPIN.TAO_DAILY_EMISSION(10500000)", result: "3600" },
    },
  }),
  defineFunction({
    id: "TAO_YUMA",
    summary:
      "One Yuma Consensus epoch of a subnet; emissions in TAO, other columns as proportions (spills a table, a column or the n×n bonds).",
    args: [
      { name: "weights", kind: "raw", range: true, limit: N_LIMIT, help: "n×n weights, row i = weights set by uid i, any non-negative scale (rows are normalised)" },
      { name: "stake", kind: "raw", range: true, limit: N_VECTOR, help: "n stakes, any non-negative unit (normalised)" },
      {
        name: "bonds_prev",
        kind: "raw",
        range: true,
        optional: true,
        limit: `${N_LIMIT}, each 0 to ${showNumber(0xffff)}`,
        defaultText: "blank = no previous bonds",
        help: "n×n bonds as stored on chain (u16)",
      },
      {
        name: "validator_permit",
        kind: "raw",
        range: true,
        optional: true,
        limit: "n TRUE/FALSE values",
        defaultText: `blank = the top max_validators non-zero stakes`,
        help: "Permits from the previous epoch",
      },
      { name: "active", kind: "raw", range: true, optional: true, limit: "n TRUE/FALSE values", defaultText: "blank = all active", help: "Activity flags" },
      {
        name: "settings",
        kind: "raw",
        range: true,
        optional: true,
        limit: `names ${SETTINGS_HELP}`,
        defaultText: "blank = every default",
        help: "2-column name/value range (names case-insensitive)",
      },
      {
        name: "output",
        kind: "raw",
        range: false,
        type: "string",
        optional: true,
        limit: `${orList(["table", ...YUMA_COLUMNS, "bonds", "bonds_normalized"].map((x) => `"${x}"`))} (case-insensitive): the table (header row + one row per uid), one column, the stored u16 bonds or the normalised EMA bonds`,
        defaultText: '"table"',
        help: "What to return",
      },
    ],
    result: {
      kind: "spill",
      help: "The requested table, column (n×1) or n×n bonds; emissions in TAO.",
      shape: "table: header row + n rows × 12 columns; a column: n × 1; bonds: n × n",
    },
    core: (w, s, b, p, a, st, out) => yuma(w, s, b, p, a, st, out),
    doc: {
      formula:
        "Yuma epoch: S = stake/Σ; permits = top max_validators; Sa = S·active·permit; W row-normalised; C_j = κ-quantile of column j over Sa; Wc = min(W, C); R = Sa·Wc; I = R/ΣR; bonds EMA (α = 1 − β); D from bonds × I; emission = (I, D)/Σ(I + D) × E",
      params: {
        kappa: P.kappa,
        bonds_moving_average: P.bondsMovingAverage,
        bonds_penalty: P.bondsPenalty,
        yuma: P.yumaVariant,
        max_validators: P.maxValidators,
        epoch: P.epochSource,
        maxUids: P.maxUids,
      },
      source: P.epochSource.source,
      asOf: ASOF_HEAD,
      assumptions: [
        "Chain masks (activity cutoff, outdated weights and bonds) are applied by the caller to active, weights and bonds_prev.",
        "Permits lag one epoch: the given validator_permit is used, the new top-k permits decide stored bond rows and the validator_permit output.",
        "A blank validator_permit means the new top-k permits (a brand-new subnet on chain has none).",
        "Float64 kernel: within 2.6e-9 of the chain's I32F32 proportions at ≤ 10 uids, 1.6e-6 at 256 uids (measured against a bit-exact emulation of the chain's fixed-point epoch, opentensor/subtensor@14bc6f9f pallets/subtensor/src/epoch/run_epoch.rs).",
        "EMA rate α = 1 − β with β truncated to 32 fractional bits as on chain (0.10000000009313226 for β = 0.9).",
        "Liquid alpha is off (the chain default) and not a setting.",
        `At most ${showNumber(MAX_UIDS)} uids: weights and bonds_prev n×n, stake, validator_permit and active n entries (sizes checked before a cell is read).`,
        "Consensus ties are decided exactly (the first value whose cumulative stake exceeds Σσ − κ·Σσ) when the consensus stakes have at most 9 decimals and sum below 2^53 in those units; κ is read as the simplest fraction that rounds to the given number when its denominator is at most 65,535 (0.4 = 2/5; the default = 32767/65535, the ratio the chain stores), else as the decimal typed.",
      ],
      rounding: "Float64, no output rounding; stored bonds ⌊x·65535⌋; emissions not floored to rao.",
      example: {
        formula: '=DEPIN.TAO_YUMA({0,0,1,0;0,0,0,1;0,0,0,0;0,0,0,0},{600;400;0;0},,,,,"incentive")',
        result: [[0], [0], [1], [0]],
      },
    },
  }),
  defineFunction({
    id: "TAO_SUBNET_EMISSION",
    summary:
      "Pre-dTAO root network emission per subnet, in TAO per block: normalised sigmoid(rho × (trust − kappa)) × rank (spills one row per subnet).",
    args: [
      {
        name: "root_weights",
        kind: "raw",
        range: true,
        limit: `a range of at most ${showNumber(MAX_ROOT_VALIDATORS)} × ${showNumber(MAX_ROOT_SUBNETS)} values, each at least 0 (blank cells 0)`,
        help: "Root weights, one row per root validator and one column per subnet (rows are normalised)",
      },
      {
        name: "root_stake",
        kind: "raw",
        range: true,
        limit: `a row or column of at most ${showNumber(MAX_ROOT_VALIDATORS)} values, each at least 0 (blank cells 0)`,
        help: "Stake of each root validator, one per row of root_weights",
      },
      scalar("block_emission", RULES.blockEmission, "TAO per block to distribute"),
      scalar("kappa", RULES.rootKappa, "Trust threshold of the sigmoid"),
      scalar("rho", RULES.rho, "Sigmoid steepness"),
    ],
    result: { kind: "spill", help: "TAO per block for each subnet (one column).", shape: "one row per subnet (column of root_weights), 1 column" },
    core: (w, s, e, k, r) => subnetEmission(w, s, e, k, r),
    doc: {
      formula: "E_j = normalise(consensus_j × rank_j) × block_emission, rank_j = Σ s_i W_ij, trust_j = Σ s_i [W_ij > 0], consensus_j = 1/(1 + e^(−ρ(trust_j − κ)))",
      params: { block_emission: P.defaultBlockEmission, kappa: P.kappa, rho: P.rho },
      source: P.rho.source,
      asOf: ASOF_PRE,
      assumptions: [
        "Pre-dTAO root network (the research note's model); since 2025-02 subnet shares follow EMA prices (TAO_SUBNET_EMISSION_DTAO).",
        `root_weights at most ${showNumber(MAX_ROOT_VALIDATORS)} rows (root validators; the chain's root network had 64) × ${showNumber(MAX_ROOT_SUBNETS)} columns (subnets); root_stake one per row (sizes checked before a cell is read).`,
      ],
      rounding: "40-digit decimal (the chain uses I64F64: agreement within a relative 1e-6), no output rounding.",
      example: { formula: "=DEPIN.TAO_SUBNET_EMISSION({1,1,0;0,1,1;0,0,1},{5000;3000;2000})", result: [[0.183549], [0.559482], [0.256969]], tolerance: 2e-6 },
    },
  }),
  defineFunction({
    id: "TAO_SUBNET_EMISSION_DTAO",
    summary:
      "dTAO emission per subnet, in TAO per block: proportional to EMA alpha price × (1 − miner_burned), disabled subnets 0 (spills one row per subnet).",
    args: [
      { name: "ema_prices", kind: "vector", min: 0, maxLength: MAX_SUBNETS, help: "EMA alpha price of each subnet in TAO" },
      scalar("block_emission", RULES.blockEmission, "TAO per block to distribute"),
      {
        name: "miner_burned",
        kind: "raw",
        range: true,
        limit: `a row or column of at most ${showNumber(MAX_SUBNETS)} values, each at least 0 (blank cells 0)`,
        optional: true,
        defaultText: "blank = 0 for every subnet",
        help: "Share of each subnet's miner emission burned (values above 1 count as 1)",
      },
      {
        name: "emission_enabled",
        kind: "raw",
        range: true,
        optional: true,
        limit: `a row or column of at most ${showNumber(MAX_SUBNETS)} TRUE/FALSE values (blank cells FALSE)`,
        defaultText: "blank = all enabled",
        help: "Whether each subnet receives emission",
      },
    ],
    result: { kind: "spill", help: "TAO per block for each subnet (one column).", shape: "one row per subnet, 1 column" },
    core: (p, e, burned, enabled) => subnetEmissionDtao(p, e, burned, enabled),
    doc: {
      formula: "E_i ∝ p_i/Σp × (1 − min(burned_i, 1)), renormalised; disabled subnets 0, renormalised over the enabled ones; × block_emission",
      params: { dtaoShares: P.dtaoShares, block_emission: P.defaultBlockEmission },
      source: P.dtaoShares.source,
      asOf: ASOF_HEAD,
      assumptions: [
        "Root weights play no part in dTAO subnet shares.",
        "When every subnet burns all miner emission, the price shares are used.",
        `At most ${showNumber(MAX_SUBNETS)} subnets in ema_prices, miner_burned and emission_enabled (checked before a cell is read).`,
      ],
      rounding: "40-digit decimal (the chain uses U96F32), no output rounding.",
      example: { formula: "=DEPIN.TAO_SUBNET_EMISSION_DTAO({0.02;0.01;0.05;0.02})", result: [["0.2"], ["0.1"], ["0.5"], ["0.2"]] },
    },
  }),
  defineFunction({
    id: "TAO_EMISSION_SPLIT",
    summary: "Split of a subnet's emission, in TAO: spills 4 rows (subnet owner, miners, validators, root stakers) × 2 columns (label, amount).",
    args: [
      scalar("emission", RULES.nonNeg, "TAO to split"),
      scalar("owner_cut", RULES.fraction, "Subnet owner's cut", `${P.ownerCut.value} (the chain's subnet owner cut)`),
      scalar("root_proportion", RULES.rootProportion, "Share of the validators' half that goes to root stakers"),
    ],
    result: { kind: "spill", help: "4 × 2 table of recipient labels and TAO amounts.", shape: "4 rows (subnet owner, miners, validators, root stakers) × 2 columns (label, TAO)" },
    core: (e, cut, rp) => emissionSplitCells(e, cut, rp),
    doc: {
      formula: "owner = E × cut; r = E − owner; miners = r/2; root stakers = rp × r/2; validators = r/2 − root stakers",
      params: { owner_cut: P.ownerCut, root_proportion: P.rootProportion },
      source: P.ownerCut.source,
      asOf: ASOF_HEAD,
      assumptions: [
        "The owner cut is 11796/65535 = 17.9995 %, not 18 %; miners and validators 41.0002 % each.",
        "Before dTAO the owner cut was taken at epoch time and the epoch split the rest ½/½.",
      ],
      rounding: "Exact decimal, no output rounding (the chain floors each amount to rao; ≤ a few rao per TAO lower).",
      example: {
        formula: "=DEPIN.TAO_EMISSION_SPLIT(1)",
        result: [
          ["subnet owner", "0.179995422"],
          ["miners", "0.410002289"],
          ["validators", "0.410002289"],
          ["root stakers", "0"],
        ],
        tolerance: 1e-9,
      },
    },
  }),
  defineFunction({
    id: "TAO_NEURON_EMISSION",
    summary: "A neuron's share of an epoch's emission, in TAO: (incentive + dividends) / (Σ incentive + Σ dividends) × epoch_emission.",
    args: [
      { name: "incentive", kind: "number", min: 0, help: "The neuron's incentive" },
      { name: "dividends", kind: "number", min: 0, help: "The neuron's dividends" },
      { name: "epoch_emission", kind: "number", min: 0, help: "TAO given to the epoch (after the owner cut)" },
      { name: "sum_incentive", kind: "number", min: 0, default: 1, help: "Sum of incentive over the subnet (1 when normalised)" },
      { name: "sum_dividends", kind: "number", min: 0, default: 1, help: "Sum of dividends over the subnet (1 when normalised)" },
    ],
    result: { kind: "number", help: "TAO for the neuron." },
    core: (i, d, e, si, sd) => f.neuronEmissionValue(i, d, e, si, sd),
    doc: {
      formula: "(incentive + dividends) / (Σ incentive + Σ dividends) × epoch_emission",
      source: `${P.epochSource.source.split(";")[0]} (lines 926-979)`,
      asOf: ASOF_HEAD,
      assumptions: ["Equals the note's I × E × 0.41 + D × E × 0.41 only when both sums are 1 and E excludes the owner's cut."],
      rounding: "40-digit decimal, no output rounding (the chain floors to rao).",
      example: { formula: "=DEPIN.TAO_NEURON_EMISSION(0.5,0,1)", result: "0.25" },
    },
  }),
  defineFunction({
    id: "TAO_DELEGATE_REWARD",
    summary: "What nominators holding a share of a validator's stake receive, in TAO: validator_reward × (1 − take) × delegated_share.",
    args: [
      scalar("validator_reward", RULES.nonNeg, "The validator's dividends in TAO"),
      scalar("delegated_share", RULES.fraction, "Nominators' share of the validator's stake"),
      scalar("take", RULES.fraction, "Delegate take", `${P.delegateTake.value} (the chain's default and maximum take)`),
    ],
    result: { kind: "number", help: "TAO for the nominators." },
    core: (reward, share, take) => delegateRewardOf(reward, share, take),
    doc: {
      formula: "validator_reward × (1 − take) × delegated_share",
      params: { take: P.delegateTake },
      source: P.delegateTake.source,
      asOf: ASOF_HEAD,
      assumptions: ["The default and maximum take is 11796/65535 (not 18 %), the minimum 0."],
      rounding: "40-digit decimal, no output rounding (the chain floors to rao).",
      example: { formula: "=DEPIN.TAO_DELEGATE_REWARD(100,0.5,0.1)", result: "45" },
    },
  }),
  defineFunction({
    id: "TAO_SUBNET_TO_PRUNE",
    summary:
      "0-based index of the subnet deregistered next (a number): lowest emission among subnets past immunity, ties to the earliest registered; #N/A when all are immune.",
    args: [
      { name: "emissions", kind: "vector", min: 0, maxLength: MAX_SUBNETS, help: "Emission of each subnet (or EMA price under dTAO)" },
      {
        name: "registered_at",
        kind: "raw",
        range: true,
        limit: `a row or column of at most ${showNumber(MAX_SUBNETS)} values, each at least 0 (blank cells 0)`,
        help: "Block at which each subnet registered, one per subnet",
      },
      scalar("current_block", RULES.currentBlock, "Current block number"),
      scalar("immunity_blocks", RULES.immunityBlocks, "Immunity period in blocks (pre-dTAO; dTAO uses 1,296,000)"),
    ],
    result: { kind: "number", help: "0-based subnet index." },
    core: (e, reg, cur, imm) => subnetToPrune(e, reg, cur, imm),
    doc: {
      formula: "argmin emission over subnets with current_block − registered_at ≥ immunity_blocks; ties → earliest registered, then lowest index",
      params: { immunity_blocks: P.immunityBlocks, immunityDtao: P.immunityBlocksDtao },
      source: P.immunityBlocks.source,
      asOf: ASOF_PRE,
      assumptions: [
        "Pre-dTAO rule (lowest emission, 7 × 7,200 blocks of immunity); for dTAO pass EMA prices and 1,296,000.",
        "#N/A when every subnet is still immune.",
        `At most ${showNumber(MAX_SUBNETS)} subnets in emissions and registered_at (checked before a cell is read).`,
      ],
      rounding: "Exact comparisons; result is a 0-based index.",
      example: { formula: "=DEPIN.TAO_SUBNET_TO_PRUNE({3;1;2},{0;0;0},100000)", result: "1" },
    },
  }),
];
