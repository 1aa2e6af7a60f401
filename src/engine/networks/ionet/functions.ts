/**
 * io.net (IO) functions, one declaration each (src/engine/core/decl.ts): arguments with their rules and
 * defaults (provenance records from ./params.ts), result kind, typed core and documentation. The launch-era
 * functions (the 2024-06-05 research note's era) come first, then the current regimes (device pools, co-staking, IDE).
 */
import { defineFunction, type FunctionDecl, type RegimeRef } from "../../core/decl";
import * as fast from "./fast";
import * as f from "./formulas";
import { HW_DATA } from "./hw-table";
import { IDE_LABELS, ideEpoch } from "./ide";
import * as launch from "./launch";
import { ionetParams as P } from "./params";
import { POOLS, blockRewardFast, costakeSplit, deviceScore, hwMultiplierAt } from "./pools";
import { BASES, MAX_MODIFIERS, MAX_PERIODS, MAX_VESTING_MONTHS, MIN_STAKE_RULES, RND_VESTING, SCHEDULES, UPTIME_MODES } from "./validate";

const DEC40 = "40-digit decimal, no output rounding.";
/** Real arithmetic with a fast path (issue 14). */
const NEAREST =
  "The double nearest the exact result: double-double with a running error bound and a rounding test (core/dd.ts), or one exact integer division, else 40-digit decimal; the same double either way.";
const EXACT_SMALL = "Exact small decimals in doubles (core/arith.ts) when every value fits, else 40-digit decimal; the same double either way; no output rounding.";

// Launch-era functions ----------------------------------------------------------------------------------

const RETRIEVED = P.genesisSupply.retrieved;
/** The launch-era reward rules come from the research note and carry its date. */
const NOTE_DATE = P.supplierShare.retrieved;
const EMISSION_SOURCE = P.disinflationRate.source.split(" (")[0]!;
const TOKENOMICS_SOURCE = P.reservationFee.source.split(" (")[0]!;
const POWER_ROUNDING =
  "40-digit decimal; x·(1 − d)^N from two power tables built at 60 digits (within 5e-40 relative of x·exp(N·ln(1 − d))); the cumulative G·r1/d − G·r1/d·(1 − d)^N is an exact subtraction that keeps ≥ 35 significant digits (the −expm1 form). Scalars: the table entries as double-doubles with a rounding test (core/dd.ts), the double nearest that value, else the decimal result's double (the same double).";

const EMISSION_PARAMS = {
  genesis_supply: P.genesisSupply,
  initial_rate: P.initialRate,
  hours_per_year: P.hoursPerYear,
  disinflation_rate: P.disinflationRate,
  last_epoch: P.lastEpoch,
  emission_pool: P.emissionPool,
};
const HOURLY_ASSUMPTIONS = [
  "The rate applies to the fixed 500M genesis base, not to the circulating supply (the docs' Emissions1 = 500,000,000 × Inflation_Rate1).",
  "The cumulative is capped at the 300M pool, so the last epoch (175,319) pays 400.1294425 IO instead of 400.12988.",
  "The note's 8% a year decreasing 1.02% a month is not the documented rule (hourly epochs: https://docs.iog.net/docs/token-emission-schedule); the monthly views are IO_MONTH_EMISSION's schedules.",
];
const VESTING_PARAMS = {
  investor_cliff_months: P.investorCliffMonths,
  investor_vesting_months: P.investorVestingMonths,
  core_cliff_months: P.coreCliffMonths,
  core_vesting_months: P.coreVestingMonths,
  rnd_vesting: P.rndVesting,
  basis: P.allocationBasis,
};
const CATEGORY_HELP = "Allocation category";
const BASIS_HELP = "Allocation basis (max_supply: shares of 800M, the community's 300M emission on top of its 100M; genesis: shares of 500M, the note's reading)";
const CAPEX = { name: "capex_usd", kind: "number", min: 0, help: "Hardware cost in USD" } as const;
const UPTIME = { name: "uptime", kind: "fraction", help: "Share of the hour the node was up" } as const;
const PRICE = { name: "io_price_usd", kind: "number", gt: 0, help: "IO price in USD" } as const;
const SUPPLIER_SHARE = { name: "supplier_share", kind: "fraction", default: P.supplierShare, help: "Supplier's share of the reward" } as const;
const PAYBACK = { name: "payback_hours", kind: "number", gt: 0, default: P.paybackHours, help: "Hours over which the capex is paid back (13,140 = 18 months)" } as const;
const RESERVATION = { name: "reservation_total", kind: "number", min: 0, help: "Reservation total before fees" } as const;
const RESERVATION_FEE = { name: "reservation_fee", kind: "fraction", default: P.reservationFee, help: "Reservation fee as a fraction" } as const;
const PAYBACK_SENTENCE = "payback_hours 13,140 = 1.5 × 8,760: a node at 100% uptime earns 95% of its capex in 18 months.";

const launchEra: readonly FunctionDecl[] = [
  defineFunction({
    id: "IO_EPOCH_EMISSION",
    summary: "IO emitted in one hourly epoch under the documented hourly rule, in IO (0 for epoch 0 and after epoch 175,319).",
    args: [{ name: "epoch", kind: "integer", min: 0, help: "Hourly epoch number; epoch 1 is the first emitting hour, 175,319 the last" }],
    result: { kind: "number", help: "IO emitted in that epoch." },
    core: (epoch) => fast.epochEmission(epoch),
    doc: {
      formula: "E(T) − E(T−1) = 500,000,000 × 0.08/8,760 × (1 − d)^(T−1) for 1 ≤ T < 175,319; 300M − E(175,318) at T = 175,319; 0 at T = 0 and after",
      params: EMISSION_PARAMS,
      source: EMISSION_SOURCE,
      asOf: RETRIEVED,
      assumptions: [...HOURLY_ASSUMPTIONS, "epoch is a whole number ≥ 0; epochs after 175,319 emit 0 (not an error)."],
      rounding: POWER_ROUNDING,
      example: { formula: "=DEPIN.IO_EPOCH_EMISSION(1)", result: "4566.2100456621" },
    },
  }),
  defineFunction({
    id: "IO_EMITTED",
    summary: "Cumulative IO emitted after a number of hourly epochs, in IO, capped at 300,000,000.",
    args: [{ name: "hours", kind: "integer", min: 0, help: "Number of hourly epochs elapsed" }],
    result: { kind: "number", help: "Cumulative emission in IO." },
    core: (hours) => fast.emitted(hours),
    doc: {
      formula: "E(N) = min(300,000,000, 500,000,000 × 0.08/8,760 × (1 − (1 − d)^N)/d), d = 1.38869523959793e-5",
      params: EMISSION_PARAMS,
      source: EMISSION_SOURCE,
      asOf: RETRIEVED,
      assumptions: [...HOURLY_ASSUMPTIONS, "Closed form, no loop over hours; hours is a whole number ≥ 0."],
      rounding: POWER_ROUNDING,
      example: { formula: "=DEPIN.IO_EMITTED(8760)", result: "37662980.663" },
    },
  }),
  defineFunction({
    id: "IO_INFLATION_RATE",
    summary: "Annualised emission rate on the 500M base in force at an hourly epoch, as a fraction per year (0.08 at epoch 1; 0 at epoch 0 and after 175,319).",
    args: [{ name: "epoch", kind: "integer", min: 0, help: "Hourly epoch number" }],
    result: { kind: "number", help: "Emission rate as a fraction per year." },
    core: (epoch) => fast.inflationRate(epoch),
    doc: {
      formula: "0.08 × (1 − d)^(T−1) for 1 ≤ T ≤ 175,319, else 0",
      params: { initial_rate: P.initialRate, disinflation_rate: P.disinflationRate, last_epoch: P.lastEpoch },
      source: EMISSION_SOURCE,
      asOf: RETRIEVED,
      assumptions: [
        "Annualised rate on the 500M base; an epoch emits 500M × rate / 8,760.",
        "The io.net docs quote ~0.68% as the final rate; the formula of https://docs.iog.net/docs/token-emission-schedule gives 0.701% at epoch 175,319 and is followed.",
      ],
      rounding: POWER_ROUNDING,
      example: { formula: "=DEPIN.IO_INFLATION_RATE(8761)", result: "0.0708366191772717" },
    },
  }),
  defineFunction({
    id: "IO_MONTH_EMISSION",
    summary: "IO emitted in one month of an emission schedule, in IO (month 0 and months after the schedule give 0).",
    args: [
      { name: "month", kind: "integer", min: 0, help: "Month number, 1-based" },
      {
        name: "schedule",
        kind: "enum",
        values: SCHEDULES,
        default: "hourly",
        help: "Emission schedule (hourly: the documented hourly epochs of the month summed; monthly: the monthly proposal, 240 months; note: the research note's −1.02% a month)",
      },
      { name: "hours_per_month", kind: "integer", min: 1, default: P.hoursPerMonth, help: 'Hours in a month for the "hourly" schedule' },
      { name: "monthly_factor", kind: "number", gt: 0, max: 1, default: P.monthlyFactor, help: 'Disinflation factor per month for the "monthly" schedule' },
    ],
    result: { kind: "number", help: "IO emitted in that month." },
    core: (month, schedule, hoursPerMonth, factor) => fast.monthEmission(schedule, month, hoursPerMonth, factor),
    doc: {
      formula:
        '"hourly": E(h·m) − E(h·(m−1)), h = 730; "monthly": 500M × 0.08/12 × f^(m−1) for m ≤ 240, cumulative capped at 300M; "note": 500M × 0.08/12 × 0.9898^(m−1), cumulative capped at 300M',
      params: {
        hours_per_month: P.hoursPerMonth,
        monthly_factor: P.monthlyFactor,
        monthly_periods: P.monthlyPeriods,
        months_per_year: P.monthsPerYear,
        note_monthly_decline: P.noteMonthlyDecline,
        ...EMISSION_PARAMS,
      },
      source: EMISSION_SOURCE,
      asOf: RETRIEVED,
      assumptions: [
        'schedule "hourly" (default) sums the documented hourly epochs of the month; with 730-hour months the last 119 epochs fall in month 241.',
        `schedule "monthly" is the proposal at ${P.monthlyFactor.source.split(" (")[0]!}: with f = 0.989849199 the 240 months would sum to 300,005,578.78, so month 240 is capped and months after 240 emit 0.`,
        'schedule "note" is the research note\'s literal −1.02% a month; the cap is reached in month 244 and later months emit 0.',
        'hours_per_month applies to "hourly" only, monthly_factor to "monthly" only; month is a whole number ≥ 0 (0 gives 0).',
      ],
      rounding: `${POWER_ROUNDING} Monthly views: f^m by successive 60-digit products, cumulative from the closed form.`,
      example: { formula: '=DEPIN.IO_MONTH_EMISSION(1,"hourly",730)', result: "3316517.4021" },
    },
  }),
  defineFunction({
    id: "IO_SUPPLY",
    summary: "Total IO supply after a number of hourly epochs, in IO: 500,000,000 + IO_EMITTED(hours) − burned.",
    args: [
      { name: "hours", kind: "integer", min: 0, help: "Number of hourly epochs elapsed" },
      { name: "burned", kind: "number", min: 0, default: 0, help: "IO burned so far, at most the supply before burning" },
    ],
    result: { kind: "number", help: "Total supply in IO." },
    core: (hours, burned) => fast.supply(hours, burned),
    doc: {
      formula: "500,000,000 + IO_EMITTED(hours) − burned",
      params: { genesis_supply: P.genesisSupply, emission_pool: P.emissionPool },
      source: EMISSION_SOURCE,
      asOf: RETRIEVED,
      assumptions: [
        "burned (IO, default 0) is an analyst input; it may not exceed the supply before burning.",
        "The 500M genesis supply counts all allocations, locked or not (circulating supply is not modelled here).",
      ],
      rounding: POWER_ROUNDING,
      example: { formula: "=DEPIN.IO_SUPPLY(6)", result: "500027396.309130461" },
    },
  }),
  defineFunction({
    id: "IO_EMISSION_SCHEDULE",
    summary:
      "IO emission schedule table, amounts in IO: spills a header row (period, emitted, cumulative, total supply, rate at start) and one row per period.",
    args: [
      {
        name: "periods",
        kind: "raw",
        range: false,
        type: "number",
        help: "Number of periods (rows)",
        limit: `a whole number from 1 to ${MAX_PERIODS.hour.toLocaleString("en-US")} for "hour", ${MAX_PERIODS.month.toLocaleString("en-US")} for "month", ${MAX_PERIODS.year} for "year"`,
      },
      {
        name: "period",
        kind: "raw",
        range: false,
        type: "string",
        optional: true,
        defaultText: '"month"',
        help: '"hour", "month" (730 h) or "year" (8,760 h), case-insensitive; the "monthly" and "note" schedules take "month" or "year" (12 months)',
      },
      { name: "schedule", kind: "enum", values: SCHEDULES, default: "hourly", help: "Emission schedule" },
    ],
    result: {
      kind: "spill",
      help: "Table: period number, IO emitted in the period, cumulative IO, total supply in IO, annual rate (fraction) at the period's start.",
      shape: "a header row and one row per period, 5 columns",
      header: f.SCHEDULE_HEADER,
    },
    core: (periods, period, schedule) => launch.emissionSchedule(periods, period, schedule),
    doc: {
      formula:
        "per period k: cumulative C_k (closed form), emitted C_k − C_(k−1), total supply 500M + C_k, rate at the period's first epoch or month",
      params: { hours_per_month: P.hoursPerMonth, monthly_factor: P.monthlyFactor, ...EMISSION_PARAMS },
      source: EMISSION_SOURCE,
      asOf: RETRIEVED,
      assumptions: [
        'Spills a header row ("period", "emitted", "cumulative", "total supply", "rate at start") and one row per period k = 1 … periods.',
        'period "hour" = 1 epoch, "month" = 730 h, "year" = 8,760 h for the hourly rule; the "monthly" and "note" schedules read months (a year = 12 months) and reject "hour".',
        'The "monthly" schedule uses the proposal\'s factor 0.989849199.',
        "periods is a whole number from 1 to 20,000 (hour), 1,200 (month) or 100 (year); periods after the end of the schedule show 0 emitted.",
        "Every cumulative is a closed form (no loop over hours).",
      ],
      rounding: POWER_ROUNDING,
      example: {
        formula: "=DEPIN.IO_EMISSION_SCHEDULE(12)",
        result: [
          [...f.SCHEDULE_HEADER],
          [1, 3316517.4021, 3316517.4021, 503316517.4021, 0.08],
          ...Array.from({ length: 11 }, () => [null, null, null, null, null]),
        ],
      },
    },
  }),
  defineFunction({
    id: "IO_ALLOCATION",
    summary: "Genesis IO allocated to a category, in IO.",
    args: [
      { name: "category", kind: "enum", values: f.CATEGORIES, help: CATEGORY_HELP },
      { name: "basis", kind: "enum", values: BASES, default: P.allocationBasis, help: BASIS_HELP },
    ],
    result: { kind: "number", help: "Genesis allocation in IO." },
    core: (category, basis) => fast.allocation(category, basis),
    doc: {
      formula: 'share × 800M ("max_supply"; community 400M − 300M emission = 100M) or share × 500M ("genesis"); shares community 50%, seed 12.5%, series_a 10.2%, core 11.3%, rnd 16%',
      params: {
        community: P.communityShare,
        seed: P.seedShare,
        series_a: P.seriesAShare,
        core: P.coreShare,
        rnd: P.rndShare,
        max_supply: P.maxSupply,
        genesis_supply: P.genesisSupply,
        emission_pool: P.emissionPool,
      },
      source: P.seedShare.source,
      asOf: RETRIEVED,
      assumptions: [
        'basis "max_supply" (default) is the only reading under which the community ends at 50% of supply; "genesis" is the note\'s reading.',
        "The note's 65,500,000 for core contributors is a typo for 11.3% × 500M = 56,500,000.",
        "Both bases allocate exactly the 500M genesis supply.",
      ],
      rounding: "Exact (products of short decimals); no output rounding.",
      example: { formula: '=DEPIN.IO_ALLOCATION("core","genesis")', result: "56500000" },
    },
  }),
  defineFunction({
    id: "IO_UNLOCKED",
    summary: "Genesis IO of a category unlocked at the end of a month since launch, in IO.",
    args: [
      { name: "category", kind: "enum", values: f.CATEGORIES, help: CATEGORY_HELP },
      { name: "month", kind: "number", min: 0, help: "Months since launch; a fractional month is floored" },
      { name: "basis", kind: "enum", values: BASES, default: P.allocationBasis, help: "Allocation basis" },
      { name: "rnd_vesting", kind: "enum", values: RND_VESTING, default: P.rndVesting, help: "R&D vesting (core: the 48-month core schedule; unlocked: at launch)" },
    ],
    result: { kind: "number", help: "Unlocked amount in IO." },
    core: (category, month, basis, rndVesting) => fast.unlocked(category, month, basis, rndVesting),
    doc: {
      formula:
        'm = ⌊month⌋; seed, series_a: A × clamp(m − 12, 0, 24)/24; core: A × clamp(m − 12, 0, 36)/36; rnd: as core (or A when "unlocked"); community: A',
      params: VESTING_PARAMS,
      source: P.investorVestingMonths.source,
      asOf: RETRIEVED,
      assumptions: [
        "Unlocked at the end of month m, months counted from launch; a fractional month floors; month < 0 is an error.",
        "Investors: 12-month cliff, then 1/24 a month from the end of month 13, fully unlocked at 36; core: 1/36 a month over months 13–48.",
        'The source names only employees: R&D/ecosystem following the core schedule is an assumption ("unlocked" releases it at launch).',
        "The community's genesis allocation is unlocked at launch; the 300M emission is not part of it.",
      ],
      rounding: NEAREST,
      example: { formula: '=DEPIN.IO_UNLOCKED("core",30)', result: "45200000" },
    },
  }),
  defineFunction({
    id: "IO_VESTING_SCHEDULE",
    summary:
      "IO vesting table, amounts in IO: spills a header row (month, community, seed, series_a, core, rnd) and the unlocked IO per category at the end of each month.",
    args: [
      { name: "months", kind: "integer", min: 1, max: MAX_VESTING_MONTHS, help: "Number of months (rows)" },
      { name: "basis", kind: "enum", values: BASES, default: P.allocationBasis, help: "Allocation basis" },
    ],
    result: {
      kind: "spill",
      help: "Table: month number, then unlocked IO of each category.",
      shape: "a header row and one row per month, 6 columns",
      header: f.VESTING_HEADER,
    },
    core: (months, basis) => launch.vestingSchedule(months, basis),
    doc: {
      formula: "rows m = 1 … months: IO_UNLOCKED(category, m, basis) for community, seed, series_a, core, rnd",
      params: VESTING_PARAMS,
      source: P.investorVestingMonths.source,
      asOf: RETRIEVED,
      assumptions: [
        'Spills a header row ("month", "community", "seed", "series_a", "core", "rnd") and one row per month 1 … months (1 to 1,200).',
        "R&D follows the core schedule (IO_UNLOCKED's default rnd_vesting).",
      ],
      rounding: DEC40,
      example: {
        formula: "=DEPIN.IO_VESTING_SCHEDULE(48)",
        result: [
          [...f.VESTING_HEADER],
          ...Array.from({ length: 47 }, () => [null, null, null, null, null, null]),
          // month 48, every category fully unlocked (max_supply basis): 50% × 800M − 300M; 12.5%, 10.2%, 11.3%, 16% × 800M
          [48, 100000000, 100000000, 81600000, 90400000, 128000000],
        ],
      },
    },
  }),
  defineFunction({
    id: "IO_AVAIL_REWARD",
    summary: "Supplier availability reward for one io.net node, in USD per node-hour: capex_usd / payback_hours × uptime × supplier_share.",
    args: [
      CAPEX,
      UPTIME,
      SUPPLIER_SHARE,
      PAYBACK,
      { name: "uptime_mode", kind: "enum", values: UPTIME_MODES, default: P.uptimeMode, help: "How uptime counts (proportional: × uptime; all_or_nothing: 0 below uptime 1)" },
    ],
    result: { kind: "number", help: "Reward in USD per node-hour." },
    core: (capex, uptime, share, payback, mode) => fast.availReward(capex, uptime, share, payback, mode),
    doc: {
      formula: 'capex_usd / payback_hours × uptime × supplier_share (0 below uptime 1 when uptime_mode = "all_or_nothing")',
      source: P.supplierShare.source,
      asOf: NOTE_DATE,
      assumptions: [
        "The note's launch-era rule; no current io.net docs page (https://docs.io.net/docs/io-staking, https://docs.io.net/docs/io-tokenomics) still carries it.",
        PAYBACK_SENTENCE,
        'uptime_mode "proportional" multiplies by uptime; "all_or_nothing" is the note\'s "may be cut" below 100%.',
      ],
      rounding: NEAREST,
      example: { formula: "=DEPIN.IO_AVAIL_REWARD(25000,1)", result: "1.8074581430745815" },
    },
  }),
  defineFunction({
    id: "IO_AVAIL_REWARD_IO",
    summary: "Supplier availability reward for one io.net node, in IO per node-hour: the USD reward divided by the IO price.",
    args: [CAPEX, UPTIME, PRICE, SUPPLIER_SHARE, PAYBACK],
    result: { kind: "number", help: "Reward in IO per node-hour." },
    core: (capex, uptime, price, share, payback) => fast.availRewardIo(capex, uptime, price, share, payback),
    doc: {
      formula: "capex_usd / payback_hours × uptime × supplier_share / io_price_usd",
      source: P.supplierShare.source,
      asOf: NOTE_DATE,
      assumptions: ["The note's launch-era rule, in IO at an analyst's IO price (> 0).", "Proportional to uptime."],
      rounding: NEAREST,
      example: { formula: "=DEPIN.IO_AVAIL_REWARD_IO(25000,1,2.5)", result: "0.7229832572298326" },
    },
  }),
  defineFunction({
    id: "IO_STAKER_REWARD",
    summary: "Stakers' share of a node's availability reward, in USD per node-hour: capex_usd / payback_hours × uptime × staker_share.",
    args: [CAPEX, UPTIME, { name: "staker_share", kind: "fraction", default: P.stakerShare, help: "Stakers' share of the reward" }, PAYBACK],
    result: { kind: "number", help: "Stakers' reward in USD per node-hour." },
    core: (capex, uptime, share, payback) => fast.stakerReward(capex, uptime, share, payback),
    doc: {
      formula: "capex_usd / payback_hours × uptime × staker_share",
      source: P.stakerShare.source,
      asOf: NOTE_DATE,
      assumptions: ["The note's launch-era rule: stakers share 5% of the availability reward.", "Proportional to uptime."],
      rounding: NEAREST,
      example: { formula: "=DEPIN.IO_STAKER_REWARD(25000,0.98)", result: "0.0932267884322679" },
    },
  }),
  defineFunction({
    id: "IO_OFFLINE_PENALTY",
    summary:
      "IO slashed from a node's stake for hours offline while marked available, in IO (one hour's reward per hour; the hour's reward is also forgone).",
    args: [
      CAPEX,
      PRICE,
      { name: "offline_hours", kind: "integer", min: 0, default: P.offlineHours, help: "Hours offline while marked available" },
      SUPPLIER_SHARE,
      PAYBACK,
    ],
    result: { kind: "number", help: "Slashed stake in IO." },
    core: (capex, price, hours, share, payback) => fast.offlinePenalty(capex, price, hours, share, payback),
    doc: {
      formula: "offline_hours × capex_usd / payback_hours × supplier_share / io_price_usd",
      source: P.offlineHours.source,
      asOf: NOTE_DATE,
      assumptions: [
        "Per the note the stake is slashed by one hour's reward per hour offline while marked available; the result is that slashed stake in IO.",
        "The hour's reward itself is also forgone; it is not included in the result.",
        "offline_hours is a whole number ≥ 0.",
      ],
      rounding: NEAREST,
      example: { formula: "=DEPIN.IO_OFFLINE_PENALTY(25000,2.5)", result: "0.7229832572298326" },
    },
  }),
  defineFunction({
    id: "IO_MAX_STAKE",
    summary: "Maximum stake of a node, in IO: device_max_stake × (2 + 3 × Σ modifiers).",
    args: [
      { name: "device_max_stake", kind: "number", min: 0, help: "Device maximum stake in IO" },
      {
        name: "modifiers",
        kind: "matrix",
        min: 0,
        maxRows: MAX_MODIFIERS,
        maxCols: MAX_MODIFIERS,
        maxCells: MAX_MODIFIERS,
        optional: true,
        defaultText: "none (× 2)",
        help: "Modifier values, in any range or array constant",
      },
    ],
    result: { kind: "number", help: "Maximum stake in IO." },
    core: (stake, modifiers) => fast.maxStake(stake, modifiers),
    doc: {
      formula: "device_max_stake × (2 + 3 × Σ modifiers)",
      params: { base: P.maxStakeBase, modifier_weight: P.maxStakeModifierWeight },
      source: P.maxStakeBase.source,
      asOf: NOTE_DATE,
      assumptions: [
        "The modifier table was not found in any source: modifiers are analyst inputs, each ≥ 0, in any range (blank cells 0).",
        "An empty or omitted range gives × 2.",
        `At most ${MAX_MODIFIERS.toLocaleString("en-US")} modifier cells; a larger range is rejected before it is read.`,
      ],
      rounding: EXACT_SMALL,
      example: { formula: "=DEPIN.IO_MAX_STAKE(1000,{0.1;0.2;0.05})", result: "3050" },
    },
  }),
  defineFunction({
    id: "IO_MIN_STAKE",
    summary: 'Minimum stake of a node, in IO: 200 × max(1, earning_multiplier) × gpus ("docs") or 100 per node ("note").',
    args: [
      { name: "gpus", kind: "integer", min: 1, help: "GPUs in the device" },
      { name: "earning_multiplier", kind: "number", min: 0, default: P.earningMultiplier, help: "Earning multiplier (values below 1 count as 1)" },
      { name: "rule", kind: "enum", values: MIN_STAKE_RULES, default: "docs", help: "Staking rule (docs: the current staking docs; note: the research note's 100 IO per node)" },
    ],
    result: { kind: "number", help: "Minimum stake in IO." },
    core: (gpus, multiplier, rule) => fast.minStake(gpus, multiplier, rule),
    doc: {
      formula: '"docs": 200 × max(1, earning_multiplier) × gpus; "note": 100 IO per node',
      params: { per_gpu: P.minStakePerGpu, per_node_note: P.minStakePerNodeNote },
      source: P.minStakePerGpu.source.split(" (")[0]!,
      asOf: RETRIEVED,
      assumptions: [
        'rule "docs" (default) is the current staking page; "note" is the note\'s launch rule of 100 IO per node, whatever its GPU count.',
        "gpus is the device's GPU count, a whole number ≥ 1; a multiplier below 1 does not lower the requirement.",
      ],
      rounding: EXACT_SMALL,
      example: { formula: "=DEPIN.IO_MIN_STAKE(8,10)", result: "16000" },
    },
  }),
  defineFunction({
    id: "IO_RENTER_COST",
    summary: "What the renter pays for a reservation, in the reservation's currency (USD): reservation_total × (1 + reservation_fee + usdc_fee × usdc_share).",
    args: [
      RESERVATION,
      { name: "usdc_share", kind: "fraction", default: P.usdcShare, help: "Fraction paid in USDC (0 = all in IO)" },
      RESERVATION_FEE,
      { name: "usdc_fee", kind: "fraction", default: P.usdcFee, help: "Fee on USDC payments as a fraction" },
    ],
    result: { kind: "number", help: "Renter's cost, in the reservation's currency." },
    core: (total, share, fee, usdcFee) => launch.renterCost(total, share, fee, usdcFee),
    doc: {
      formula: "reservation_total × (1 + reservation_fee + usdc_fee × usdc_share)",
      source: TOKENOMICS_SOURCE,
      asOf: RETRIEVED,
      assumptions: [
        "usdc_share is the fraction paid in USDC (1 = all USDC, 0 = all IO); pro-rating the 2% fee for mixed payments is an assumption.",
        "Fees are added on top of the reservation total.",
      ],
      rounding: `${DEC40} Exact small decimals run in doubles (core/arith.ts) and give the same double as decimal.js.`,
      example: { formula: "=DEPIN.IO_RENTER_COST(1000,1)", result: "1022.5" },
    },
  }),
  defineFunction({
    id: "IO_SUPPLIER_PAYOUT",
    summary: "What the supplier nets from a reservation, in the reservation's currency (USD): reservation_total × (1 − reservation_fee − usdc_fee × usdc_share).",
    args: [
      RESERVATION,
      { name: "usdc_share", kind: "fraction", default: P.usdcShare, help: "Fraction paid out in USDC (0 = all in IO)" },
      RESERVATION_FEE,
      { name: "usdc_fee", kind: "fraction", default: P.usdcFee, help: "Fee on USDC payments as a fraction; reservation_fee + usdc_fee × usdc_share at most 1" },
    ],
    result: { kind: "number", help: "Supplier's payout, in the reservation's currency." },
    core: (total, share, fee, usdcFee) => launch.supplierPayout(total, share, fee, usdcFee),
    doc: {
      formula: "reservation_total × (1 − reservation_fee − usdc_fee × usdc_share)",
      source: TOKENOMICS_SOURCE,
      asOf: RETRIEVED,
      assumptions: [
        "usdc_share is the fraction the supplier is paid in USDC; pro-rating the 2% fee for mixed payments is an assumption.",
        "reservation_fee + usdc_fee × usdc_share must be at most 1 (the payout is never negative).",
      ],
      rounding: `${DEC40} Exact small decimals run in doubles (core/arith.ts) and give the same double as decimal.js.`,
      example: { formula: "=DEPIN.IO_SUPPLIER_PAYOUT(1000,0)", result: "997.5" },
    },
  }),
  defineFunction({
    id: "IO_NETWORK_REVENUE",
    summary:
      "Fees io.net collects on a reservation from both sides, in the reservation's currency (USD): reservation_total × (0.005 + 0.02 × (renter_usdc_share + supplier_usdc_share)).",
    args: [
      RESERVATION,
      { name: "renter_usdc_share", kind: "fraction", default: P.usdcShare, help: "Fraction the renter pays in USDC" },
      { name: "supplier_usdc_share", kind: "fraction", default: P.usdcShare, help: "Fraction the supplier is paid in USDC" },
    ],
    result: { kind: "number", help: "Network fee revenue, in the reservation's currency." },
    core: (total, renter, supplier) => launch.networkRevenue(total, renter, supplier),
    doc: {
      formula: "reservation_total × (2 × 0.0025 + 0.02 × (renter_usdc_share + supplier_usdc_share))",
      params: { reservation_fee: P.reservationFee, usdc_fee: P.usdcFee },
      source: TOKENOMICS_SOURCE,
      asOf: RETRIEVED,
      assumptions: [
        "The fees collected from both sides: IO_RENTER_COST − reservation_total plus reservation_total − IO_SUPPLIER_PAYOUT, at the default fee rates.",
        "Pro-rating the USDC fee for mixed payments is an assumption.",
      ],
      rounding: `${DEC40} Exact small decimals run in doubles (core/arith.ts) and give the same double as decimal.js.`,
      example: { formula: "=DEPIN.IO_NETWORK_REVENUE(1000)", result: "45" },
    },
  }),
  defineFunction({
    id: "IO_BURN",
    summary: "IO bought back and burned from revenue, in IO: revenue_usd × burn_share / io_price_usd.",
    args: [
      { name: "revenue_usd", kind: "number", min: 0, help: "Revenue in USD" },
      PRICE,
      { name: "burn_share", kind: "fraction", default: P.burnShare, help: "Share of the revenue used to buy back and burn IO" },
    ],
    result: { kind: "number", help: "IO burned." },
    core: (revenue, price, share) => fast.burn(revenue, price, share),
    doc: {
      formula: "revenue_usd × burn_share / io_price_usd",
      source: TOKENOMICS_SOURCE,
      asOf: RETRIEVED,
      assumptions: [
        "No burn formula is published (\"adjusted dynamically based on $IO's price\"): the revenue, the burned share and the price are analyst inputs.",
      ],
      rounding: NEAREST,
      example: { formula: "=DEPIN.IO_BURN(45,2.5)", result: "18" },
    },
  }),
];

// Current regimes (ionet-official/docs@5d3be72c; IDE from secondary sources) ---------------------------

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
/** Label/value spills: two columns, no header row. */
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
      { name: "hw_multiplier", kind: "number", min: 0, help: "The device's hardware multiplier (IO_HW_MULTIPLIER)." },
      { name: "processors", kind: "integer", min: 1, help: "Number of processors (GPUs) in the device." },
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
        'Reconstructed from the docs\' garbled formula ("_" printed for "×", unbalanced parentheses; ionet-official/docs@5d3be72c830ea5cc3b97c6835629d57edb8b62b3:docs/explorer/block-rewards-page.mdx:93-106).',
        "A device is nominated only with hardware multiplier > 0 and connectivity tier > 0 (block-rewards.mdx:46-47), so either being 0 gives score 0, not the bare formula's 5 × tier.",
        "The docs' own example (8,150 → 569) does not reproduce with any integer tier and table multiplier.",
        'The docs warn "This formula is subject to change by the IOG Foundation".',
      ],
      rounding: "Exact: small decimals in doubles (core/arith.ts) when every value fits, else 40-digit decimal; the same double either way; no output rounding.",
      example: { formula: "=DEPIN.IO_DEVICE_SCORE(1.25,1,3,TRUE)", result: "2515.5" },
    },
  }),
  defineFunction({
    id: "IO_BLOCK_REWARD",
    summary: "A device's IO from one hourly io.net block: its pool's share of the block emission in proportion to its base score (IO).",
    args: [
      { name: "device_score", kind: "number", min: 0, help: "The device's base score (IO_DEVICE_SCORE), at most pool_score_sum." },
      { name: "pool_score_sum", kind: "number", gt: 0, help: "Sum of the base scores of every device in the pool." },
      { name: "block_emission", kind: "number", min: 0, help: "IO emitted in the hourly block (IO_EPOCH_EMISSION until 2026-06-10)." },
      {
        name: "pool",
        kind: "enum",
        values: POOLS,
        default: "enterprise",
        help: "The device's pool (enterprise, community: from 2025-06-04; gpu, cpu: the same 95/5 split from 2024-06-25 to 2025-06-03)",
      },
      { name: "enterprise_share", kind: "fraction", default: P.enterpriseShare, help: "Share of each block paid to the enterprise (GPU) pool; the community (CPU) pool gets the rest." },
    ],
    result: { kind: "number", help: "IO from the block." },
    core: (score, sum, emission, pool, share) => blockRewardFast(score, sum, emission, pool, share),
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
      rounding: NEAREST,
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
    result: { kind: "spill", help: "Spills 2 rows (label, IO), no header: owner, costaker.", shape: labelSpill(["owner", "costaker"]) },
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
    result: {
      kind: "spill",
      help: "Spills 5 rows (label, value), no header: io_released (IO), fee_draw_usd (USD), surplus_usd (USD), io_burned (IO), sustainability_ratio.",
      shape: labelSpill(IDE_LABELS),
    },
    core: (payout, fees, price, vault, beta) => ideEpoch(payout, fees, price, vault, beta),
    doc: {
      formula:
        "io_released = min(vault, payout/price); fee_draw_usd = payout − io_released × price; surplus_usd = max(0, fees − fee_draw_usd); io_burned = burn_share × surplus/price; sustainability_ratio = fees/payout (0 when payout = 0)",
      params: { burn_share: P.ideBurnShare, model: P.ideModel },
      source: P.ideModel.source,
      asOf: "2026-06-11",
      regime: IDE_REGIME,
      assumptions: [
        "LOW CONFIDENCE: io.net published the mechanism (https://www.bitmart.cool/uk-UA/ai/xinsight/coins/detail/IO; https://bitcoinpartner.blogspot.com/2026/06/research-new-era-for-tokenomics.html), not the formula; this is the inferred one-epoch model.",
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

export const functions: readonly FunctionDecl[] = [...launchEra, ...current];
