/**
 * Documentation of the folder's functions (formula, defaults with provenance, source, as-of date,
 * assumptions, rounding, example): data only, so the function reference, DEPIN_EXPLAIN and the taskpane's
 * function browser can read it without loading the formulas.
 */
import type { FunctionDoc } from "../../core";
import { ionetParams as P } from "./params";

// Documentation ---------------------------------------------------------------------------------

const RETRIEVED = P.genesisSupply.retrieved;
/** The launch-era reward rules come from the research note and carry its date. */
const NOTE_DATE = P.supplierShare.retrieved;
const EMISSION_SOURCE = P.disinflationRate.source.split(" (")[0]!;
const TOKENOMICS_SOURCE = P.reservationFee.source.split(" (")[0]!;
const DEC40 = "40-digit decimal, no output rounding.";
const POWER_ROUNDING =
  "40-digit decimal; x·(1 − d)^N from two power tables built at 60 digits (within 5e-40 relative of x·exp(N·ln(1 − d))); the cumulative G·r1/d − G·r1/d·(1 − d)^N is an exact subtraction that keeps ≥ 35 significant digits (the −expm1 form); no output rounding.";

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
  "The note's 8% a year decreasing 1.02% a month is not the documented rule (REFERENCE.md §F); the monthly views are IO_MONTH_EMISSION's schedules.",
];

export const docs: Record<string, FunctionDoc> = {
  IO_EPOCH_EMISSION: {
    formula: "E(T) − E(T−1) = 500,000,000 × 0.08/8,760 × (1 − d)^(T−1) for 1 ≤ T < 175,319; 300M − E(175,318) at T = 175,319; 0 at T = 0 and after",
    params: EMISSION_PARAMS,
    source: EMISSION_SOURCE,
    asOf: RETRIEVED,
    assumptions: [...HOURLY_ASSUMPTIONS, "epoch is a whole number ≥ 0; epochs after 175,319 emit 0 (not an error)."],
    rounding: POWER_ROUNDING,
    example: { formula: "=DEPIN.IO_EPOCH_EMISSION(1)", result: "4566.2100456621" },
  },
  IO_EMITTED: {
    formula: "E(N) = min(300,000,000, 500,000,000 × 0.08/8,760 × (1 − (1 − d)^N)/d), d = 1.38869523959793e-5",
    params: EMISSION_PARAMS,
    source: EMISSION_SOURCE,
    asOf: RETRIEVED,
    assumptions: [...HOURLY_ASSUMPTIONS, "Closed form, no loop over hours; hours is a whole number ≥ 0."],
    rounding: POWER_ROUNDING,
    example: { formula: "=DEPIN.IO_EMITTED(8760)", result: "37662980.663" },
  },
  IO_INFLATION_RATE: {
    formula: "0.08 × (1 − d)^(T−1) for 1 ≤ T ≤ 175,319, else 0",
    params: { initial_rate: P.initialRate, disinflation_rate: P.disinflationRate, last_epoch: P.lastEpoch },
    source: EMISSION_SOURCE,
    asOf: RETRIEVED,
    assumptions: [
      "Annualised rate on the 500M base; an epoch emits 500M × rate / 8,760.",
      "The docs quote ~0.68% as the final rate; the formula gives 0.701% at epoch 175,319 and is followed (REFERENCE.md §F).",
    ],
    rounding: POWER_ROUNDING,
    example: { formula: "=DEPIN.IO_INFLATION_RATE(8761)", result: "0.0708366191772717" },
  },
  IO_MONTH_EMISSION: {
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
      "hours_per_month applies to \"hourly\" only, monthly_factor to \"monthly\" only; month is a whole number ≥ 0 (0 gives 0).",
    ],
    rounding: `${POWER_ROUNDING} Monthly views: f^m by successive 60-digit products, cumulative from the closed form.`,
    example: { formula: '=DEPIN.IO_MONTH_EMISSION(1,"hourly",730)', result: "3316517.4021" },
  },
  IO_SUPPLY: {
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
  IO_EMISSION_SCHEDULE: {
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
    example: { formula: "=DEPIN.IO_EMISSION_SCHEDULE(12)", result: "13×5 table; month 1: 3,316,517.4021 emitted" },
  },
  IO_ALLOCATION: {
    formula: 'share × 800M ("max_supply"; community 400M − 300M emission = 100M) or share × 500M ("genesis"); shares community 50%, seed 12.5%, series_a 10.2%, core 11.3%, rnd 16%',
    params: {
      community: P.communityShare,
      seed: P.seedShare,
      series_a: P.seriesAShare,
      core: P.coreShare,
      rnd: P.rndShare,
      basis: P.allocationBasis,
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
  IO_UNLOCKED: {
    formula:
      "m = ⌊month⌋; seed, series_a: A × clamp(m − 12, 0, 24)/24; core: A × clamp(m − 12, 0, 36)/36; rnd: as core (or A when \"unlocked\"); community: A",
    params: {
      investor_cliff_months: P.investorCliffMonths,
      investor_vesting_months: P.investorVestingMonths,
      core_cliff_months: P.coreCliffMonths,
      core_vesting_months: P.coreVestingMonths,
      rnd_vesting: P.rndVesting,
      basis: P.allocationBasis,
    },
    source: P.investorVestingMonths.source,
    asOf: RETRIEVED,
    assumptions: [
      "Unlocked at the end of month m, months counted from launch; a fractional month floors; month < 0 is an error.",
      "Investors: 12-month cliff, then 1/24 a month from the end of month 13, fully unlocked at 36; core: 1/36 a month over months 13–48.",
      'The source names only employees: R&D/ecosystem following the core schedule is an assumption ("unlocked" releases it at launch).',
      "The community's genesis allocation is unlocked at launch; the 300M emission is not part of it.",
    ],
    rounding: DEC40,
    example: { formula: '=DEPIN.IO_UNLOCKED("core",30)', result: "45200000" },
  },
  IO_VESTING_SCHEDULE: {
    formula: "rows m = 1 … months: IO_UNLOCKED(category, m, basis) for community, seed, series_a, core, rnd",
    params: {
      investor_cliff_months: P.investorCliffMonths,
      investor_vesting_months: P.investorVestingMonths,
      core_cliff_months: P.coreCliffMonths,
      core_vesting_months: P.coreVestingMonths,
      rnd_vesting: P.rndVesting,
      basis: P.allocationBasis,
    },
    source: P.investorVestingMonths.source,
    asOf: RETRIEVED,
    assumptions: [
      'Spills a header row ("month", "community", "seed", "series_a", "core", "rnd") and one row per month 1 … months (1 to 1,200).',
      "R&D follows the core schedule (IO_UNLOCKED's default rnd_vesting).",
    ],
    rounding: DEC40,
    example: { formula: "=DEPIN.IO_VESTING_SCHEDULE(48)", result: "49×6 table; month 48: every category fully unlocked" },
  },
  IO_AVAIL_REWARD: {
    formula: "capex_usd / payback_hours × uptime × supplier_share (0 below uptime 1 when uptime_mode = \"all_or_nothing\")",
    params: { supplier_share: P.supplierShare, payback_hours: P.paybackHours, uptime_mode: P.uptimeMode },
    source: P.supplierShare.source,
    asOf: NOTE_DATE,
    assumptions: [
      "The note's launch-era rule; no stored io.net page still carries it (REFERENCE.md §A.5).",
      "payback_hours 13,140 = 1.5 × 8,760: a node at 100% uptime earns 95% of its capex in 18 months.",
      'uptime_mode "proportional" multiplies by uptime; "all_or_nothing" is the note\'s "may be cut" below 100%.',
    ],
    rounding: DEC40,
    example: { formula: "=DEPIN.IO_AVAIL_REWARD(25000,1)", result: "1.8074581430745815" },
  },
  IO_AVAIL_REWARD_IO: {
    formula: "capex_usd / payback_hours × uptime × supplier_share / io_price_usd",
    params: { supplier_share: P.supplierShare, payback_hours: P.paybackHours },
    source: P.supplierShare.source,
    asOf: NOTE_DATE,
    assumptions: ["The note's launch-era rule, in IO at an analyst's IO price (> 0).", "Proportional to uptime."],
    rounding: DEC40,
    example: { formula: "=DEPIN.IO_AVAIL_REWARD_IO(25000,1,2.5)", result: "0.7229832572298326" },
  },
  IO_STAKER_REWARD: {
    formula: "capex_usd / payback_hours × uptime × staker_share",
    params: { staker_share: P.stakerShare, payback_hours: P.paybackHours },
    source: P.stakerShare.source,
    asOf: NOTE_DATE,
    assumptions: ["The note's launch-era rule: stakers share 5% of the availability reward.", "Proportional to uptime."],
    rounding: DEC40,
    example: { formula: "=DEPIN.IO_STAKER_REWARD(25000,0.98)", result: "0.0932267884322679" },
  },
  IO_OFFLINE_PENALTY: {
    formula: "offline_hours × capex_usd / payback_hours × supplier_share / io_price_usd",
    params: { offline_hours: P.offlineHours, supplier_share: P.supplierShare, payback_hours: P.paybackHours },
    source: P.offlineHours.source,
    asOf: NOTE_DATE,
    assumptions: [
      "Per the note the stake is slashed by one hour's reward per hour offline while marked available; the result is that slashed stake in IO.",
      "The hour's reward itself is also forgone; it is not included in the result.",
      "offline_hours is a whole number ≥ 0.",
    ],
    rounding: DEC40,
    example: { formula: "=DEPIN.IO_OFFLINE_PENALTY(25000,2.5)", result: "0.7229832572298326" },
  },
  IO_MAX_STAKE: {
    formula: "device_max_stake × (2 + 3 × Σ modifiers)",
    params: { base: P.maxStakeBase, modifier_weight: P.maxStakeModifierWeight },
    source: P.maxStakeBase.source,
    asOf: NOTE_DATE,
    assumptions: [
      "The modifier table was not found in any source: modifiers are analyst inputs, each ≥ 0, in any range (blank cells 0).",
      "An empty or omitted range gives × 2.",
    ],
    rounding: DEC40,
    example: { formula: "=DEPIN.IO_MAX_STAKE(1000,{0.1;0.2;0.05})", result: "3050" },
  },
  IO_MIN_STAKE: {
    formula: '"docs": 200 × max(1, earning_multiplier) × gpus; "note": 100 IO per node',
    params: { per_gpu: P.minStakePerGpu, earning_multiplier: P.earningMultiplier, per_node_note: P.minStakePerNodeNote },
    source: P.minStakePerGpu.source.split(" (")[0]!,
    asOf: RETRIEVED,
    assumptions: [
      'rule "docs" (default) is the current staking page; "note" is the note\'s launch rule of 100 IO per node, whatever its GPU count.',
      "gpus is the device's GPU count, a whole number ≥ 1; a multiplier below 1 does not lower the requirement.",
    ],
    rounding: DEC40,
    example: { formula: "=DEPIN.IO_MIN_STAKE(8,10)", result: "16000" },
  },
  IO_RENTER_COST: {
    formula: "reservation_total × (1 + reservation_fee + usdc_fee × usdc_share)",
    params: { reservation_fee: P.reservationFee, usdc_fee: P.usdcFee, usdc_share: P.usdcShare },
    source: TOKENOMICS_SOURCE,
    asOf: RETRIEVED,
    assumptions: [
      "usdc_share is the fraction paid in USDC (1 = all USDC, 0 = all IO); pro-rating the 2% fee for mixed payments is an assumption.",
      "Fees are added on top of the reservation total.",
    ],
    rounding: DEC40,
    example: { formula: "=DEPIN.IO_RENTER_COST(1000,1)", result: "1022.5" },
  },
  IO_SUPPLIER_PAYOUT: {
    formula: "reservation_total × (1 − reservation_fee − usdc_fee × usdc_share)",
    params: { reservation_fee: P.reservationFee, usdc_fee: P.usdcFee, usdc_share: P.usdcShare },
    source: TOKENOMICS_SOURCE,
    asOf: RETRIEVED,
    assumptions: [
      "usdc_share is the fraction the supplier is paid in USDC; pro-rating the 2% fee for mixed payments is an assumption.",
      "reservation_fee + usdc_fee × usdc_share must be at most 1 (the payout is never negative).",
    ],
    rounding: DEC40,
    example: { formula: "=DEPIN.IO_SUPPLIER_PAYOUT(1000,0)", result: "997.5" },
  },
  IO_NETWORK_REVENUE: {
    formula: "reservation_total × (2 × 0.0025 + 0.02 × (renter_usdc_share + supplier_usdc_share))",
    params: { reservation_fee: P.reservationFee, usdc_fee: P.usdcFee, usdc_share: P.usdcShare },
    source: TOKENOMICS_SOURCE,
    asOf: RETRIEVED,
    assumptions: [
      "The fees collected from both sides: IO_RENTER_COST − reservation_total plus reservation_total − IO_SUPPLIER_PAYOUT, at the default fee rates.",
      "Pro-rating the USDC fee for mixed payments is an assumption.",
    ],
    rounding: DEC40,
    example: { formula: "=DEPIN.IO_NETWORK_REVENUE(1000)", result: "45" },
  },
  IO_BURN: {
    formula: "revenue_usd × burn_share / io_price_usd",
    params: { burn_share: P.burnShare },
    source: TOKENOMICS_SOURCE,
    asOf: RETRIEVED,
    assumptions: [
      "No burn formula is published (\"adjusted dynamically based on $IO's price\"): the revenue, the burned share and the price are analyst inputs.",
    ],
    rounding: DEC40,
    example: { formula: "=DEPIN.IO_BURN(45,2.5)", result: "18" },
  },
};
