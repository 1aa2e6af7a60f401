/**
 * io.net (IO) constants and regimes: dated, sourced records (data only), from the io.net docs and posts below;
 * a record's note says where the 2024-06-05 research note disagrees with them.
 * `retrieved` is the date the sources were read for this registry; the research note's launch-era
 * rules carry the note's own date (2024-06-05). Preset parameters refer to these records as `ionet.<key>`.
 */
import { param } from "../../core/provenance";

const R = "2026-11-24";
const NOTE_DATE = "2024-06-05";

const EMISSION = "https://docs.iog.net/docs/token-emission-schedule";
const TOKENOMICS = "https://docs.io.net/docs/io-tokenomics";
const MONTHLY = "https://io.net/docs/guides/coin/ionet-monthly-token-emission-schedule.md";
const SHARES = "https://www.odaily.news/zh-CN/newsflash/373629";
const COMMUNITY_50 = "https://binance.com/sv/square/post/6855877822761";
const VESTING = "https://binance.com/en-IN/square/post/9095055577786";
const STAKING = "https://docs.io.net/docs/io-staking";
const NOTE = "research note 2024-06-05 (Chinese; the founding research note of this product)";
/** Read for the current-regime records (device pools, co-staking, IDE). */
const TODAY = "2026-12-06";
const DOCS = "ionet-official/docs@5d3be72c830ea5cc3b97c6835629d57edb8b62b3";
const POOLS_DOC = `${DOCS}:docs/block-rewards/proposed-device-block-reward-multiplier.mdx`;
const SCORE_DOC = `${DOCS}:docs/explorer/block-rewards-page.mdx:93-106`;
const COSTAKE_DOC = `${DOCS}:docs/staking/create-a-co-staking-offer.mdx`;
const IDE_THREAD = "https://www.bitmart.cool/uk-UA/ai/xinsight/coins/detail/IO";
const IDE_RESEARCH = "https://bitcoinpartner.blogspot.com/2026/06/research-new-era-for-tokenomics.html";
const IDE_LIVE = "https://www.dextools.io/news/io-net-ide-incentive-dynamic-engine-tokenomics-june-2026";

export const ionetParams = {
  // Supply and the hourly emission rule (docs.iog.net token-emission-schedule) ---------------------
  genesisSupply: param({
    value: "500000000",
    unit: "IO",
    source: `${EMISSION} ("Emissions1 = 500,000,000 × Inflation_Rate1")`,
    retrieved: R,
    confidence: "documented",
    note: `The fixed base of the hourly rule: the rate applies to 500M, not to the circulating supply. The note writes 500,000,000 美元; "$IO" is the token's ticker, not US dollars (${TOKENOMICS}: "No fees for payments made in 100% $IO").`,
  }),
  maxSupply: param({
    value: "800000000",
    unit: "IO",
    source: TOKENOMICS,
    retrieved: R,
    confidence: "documented",
    note: "500M at genesis plus the 300M emission pool.",
  }),
  emissionPool: param({
    value: "300000000",
    unit: "IO",
    source: EMISSION,
    retrieved: R,
    confidence: "documented",
    note: "Cumulative emission is capped here: the last epoch pays 300M − IO_EMITTED(175,318) = 400.1294425 IO.",
  }),
  initialRate: param({
    value: "0.08",
    unit: "fraction per year",
    source: EMISSION,
    retrieved: R,
    confidence: "documented",
    note: "Annual rate in force at epoch 1; the docs table shows 0.0009132420% per hour = 0.08/8,760.",
  }),
  hoursPerYear: param({
    value: "8760",
    unit: "hours",
    source: `${EMISSION} (table: 4,566.21 IO in epoch 1 = 500M × 0.08/8,760)`,
    retrieved: R,
    confidence: "derived",
    note: "r1 = 0.08/8,760 per hourly epoch; also the length of a \"year\" period in IO_EMISSION_SCHEDULE.",
  }),
  disinflationRate: param({
    value: "0.0000138869523959793",
    unit: "fraction per hour",
    source: `${EMISSION} ("Disinflation_Rate is always fixed at 0.0013886952395979300000%")`,
    retrieved: R,
    confidence: "documented",
    note: `Inflation_Rate_T = Inflation_Rate_T−1 × (1 − d). The note's 1.02% a month is not the documented rule: (1 − d)^730 is 1.0086% less (${EMISSION}: "Disinflation_Rate is always fixed at 0.0013886952395979300000%", per hourly epoch).`,
  }),
  lastEpoch: param({
    value: "175319",
    unit: "hours",
    source: `${EMISSION} ("175,319 periods (or epochs)")`,
    retrieved: R,
    confidence: "documented",
  }),
  hoursPerMonth: param({
    value: "730",
    unit: "hours",
    source: `${EMISSION} (hourly epochs, 8,760 a year: "Inflation_Rate1" = 8%/8,760) ÷ 12 months (${MONTHLY}: "8% per year (0.667% per month)")`,
    retrieved: R,
    confidence: "derived",
    note: "8,760 / 12; with 730-hour months the last 119 epochs fall in month 241.",
  }),

  // Monthly views (hourly rule summed over 730-hour months; the monthly proposal; the note) -----------
  monthsPerYear: param({
    value: "12",
    unit: "months",
    source: `${MONTHLY} ("Starting Inflation Rate: 8% per year (0.667% per month)")`,
    retrieved: R,
    confidence: "documented",
    note: "Month 1 of the monthly views emits 500M × 0.08/12.",
  }),
  monthlyFactor: param({
    value: "0.989849199",
    unit: "factor per month",
    source: `${MONTHLY} ("Disinflation Factor: ~0.989849199 per month")`,
    retrieved: R,
    confidence: "documented",
    note: "A proposal only (the hourly rule is the default). With this factor the 240 months would sum to 300,005,578.78, so month 240 is capped; 0.98984895296 sums to exactly 300M and reproduces the page's table.",
  }),
  monthlyPeriods: param({
    value: "240",
    unit: "months",
    source: `${MONTHLY} ("Disinflation periods: 240")`,
    retrieved: R,
    confidence: "documented",
  }),
  noteMonthlyDecline: param({
    value: "0.0102",
    unit: "fraction per month",
    source: `${NOTE} ("decreases 1.02% monthly")`,
    retrieved: NOTE_DATE,
    confidence: "documented",
    note: `The note's literal reading, kept as schedule "note": the cumulative reaches the 300M cap only in month 244. The documented rule is hourly (${EMISSION}).`,
  }),

  // Allocation and vesting (odaily shares; binance square posts on the 50% community and vesting) ------
  communityShare: param({
    value: "0.5",
    unit: "fraction",
    source: `${SHARES}; ${COMMUNITY_50} ("the community's portion will expand to 50%")`,
    retrieved: R,
    confidence: "documented",
    note: "Of the 800M maximum supply the community holds 400M: 100M at genesis plus the 300M emission.",
  }),
  seedShare: param({ value: "0.125", unit: "fraction", source: SHARES, retrieved: R, confidence: "documented" }),
  seriesAShare: param({ value: "0.102", unit: "fraction", source: SHARES, retrieved: R, confidence: "documented" }),
  coreShare: param({
    value: "0.113",
    unit: "fraction",
    source: SHARES,
    retrieved: R,
    confidence: "documented",
    note: `The note prints 65,500,000 for 11.3% × 500M = 56,500,000 (a digit transposition; the 11.3% share: ${SHARES}).`,
  }),
  rndShare: param({ value: "0.16", unit: "fraction", source: SHARES, retrieved: R, confidence: "documented" }),
  allocationBasis: param({
    value: "max_supply",
    unit: "text",
    source: COMMUNITY_50,
    retrieved: R,
    confidence: "derived",
    note: "Shares of 800M are the only basis on which the community ends at 50% of supply; \"genesis\" (shares of 500M) is the note's reading.",
  }),
  investorCliffMonths: param({
    value: "12",
    unit: "months",
    source: `${VESTING} ("starting from the end of the 13th month … lifted in 24 equal parts … until the end of the 36th month")`,
    retrieved: R,
    confidence: "documented",
  }),
  investorVestingMonths: param({ value: "24", unit: "months", source: VESTING, retrieved: R, confidence: "documented" }),
  coreCliffMonths: param({
    value: "12",
    unit: "months",
    source: `${VESTING} (employees: "36 equal parts … until the end of the 48th month")`,
    retrieved: R,
    confidence: "documented",
  }),
  coreVestingMonths: param({ value: "36", unit: "months", source: VESTING, retrieved: R, confidence: "documented" }),
  rndVesting: param({
    value: "core",
    unit: "text",
    source: `${VESTING} (the official vesting text names only "employees")`,
    retrieved: R,
    confidence: "estimate",
    note: "The official text names only \"employees\"; R&D/ecosystem following the core schedule is an assumption (\"unlocked\" releases it at launch).",
  }),

  // Availability reward and staking: the note's launch-era rules ---------------------------------------
  supplierShare: param({
    value: "0.95",
    unit: "fraction",
    source: `${NOTE} (launch-era io.net staking doc, "95% supplier share")`,
    retrieved: NOTE_DATE,
    confidence: "documented",
    note: `No current io.net docs page (${STAKING}, ${TOKENOMICS}) still carries the availability-reward rule: it is the note's launch-era rule.`,
  }),
  stakerShare: param({
    value: "0.05",
    unit: "fraction",
    source: `${NOTE} ("stakers share 5% of the supplier's $IO rewards")`,
    retrieved: NOTE_DATE,
    confidence: "documented",
  }),
  paybackHours: param({
    value: "13140",
    unit: "hours",
    source: `${NOTE} ("hardware capex / hours in 18 months"), with 8,760 hours a year (${EMISSION})`,
    retrieved: R,
    confidence: "derived",
    note: "1.5 × 8,760 h: a node at 100% uptime earns 95% of its capex in 18 months. The note leaves the number of hours unspecified; this is its ≈1.5-year payback read in 8,760-hour years.",
  }),
  uptimeMode: param({
    value: "proportional",
    unit: "text",
    source: `${NOTE} (the reward "may be cut" below 100% uptime; its formula multiplies by uptime)`,
    retrieved: R,
    confidence: "derived",
    note: "The formula multiplies by uptime; the note's \"may be cut\" below 100% is the \"all_or_nothing\" mode.",
  }),
  offlineHours: param({
    value: "1",
    unit: "hours",
    source: `${NOTE} (stake slashed by one hour's reward per hour offline while marked available)`,
    retrieved: NOTE_DATE,
    confidence: "documented",
    note: "The hour's reward itself is also forgone; IO_OFFLINE_PENALTY returns only the slashed stake.",
  }),
  maxStakeBase: param({
    value: "2",
    unit: "multiplier",
    source: `${NOTE} ("node max stake = device max stake × (2 + 3 × [sum of modifier options])")`,
    retrieved: NOTE_DATE,
    confidence: "documented",
  }),
  maxStakeModifierWeight: param({
    value: "3",
    unit: "multiplier",
    source: NOTE,
    retrieved: NOTE_DATE,
    confidence: "documented",
    note: "The modifier table itself was not found in any source: modifiers are analyst inputs.",
  }),
  minStakePerGpu: param({
    value: "200",
    unit: "IO",
    source: `${STAKING} ("minimum_stake_required = base_requirement_per_card * max(1, earning_multiplier)"; "8 * 10 * 200 = 16,000 $IO")`,
    retrieved: R,
    confidence: "documented",
  }),
  earningMultiplier: param({
    value: "1",
    unit: "multiplier",
    source: `${STAKING} ("4 * 1 * 200 = 800 $IO")`,
    retrieved: R,
    confidence: "documented",
    note: "max(1, multiplier): a multiplier below 1 does not lower the requirement.",
  }),
  minStakePerNodeNote: param({
    value: "100",
    unit: "IO",
    source: `${NOTE} ("100 IO per node")`,
    retrieved: NOTE_DATE,
    confidence: "documented",
    note: "The note's launch rule, kept as rule \"note\" (a flat amount per node, whatever its GPU count).",
  }),

  // Fees and burn (docs.io.net io-tokenomics) -------------------------------------------------------------
  reservationFee: param({
    value: "0.0025",
    unit: "fraction",
    source: `${TOKENOMICS} ("Reservation Fee: 0.25% of the total compute reservation cost is added to the Renter's cost"; supplier: "0.25% fee on the total reservation cost")`,
    retrieved: R,
    confidence: "documented",
    note: "Charged on both sides.",
  }),
  usdcFee: param({
    value: "0.02",
    unit: "fraction",
    source: `${TOKENOMICS} ("Payment Fee: 2% fee for payments made in 100% USDC. No fees for payments made in 100% $IO.")`,
    retrieved: R,
    confidence: "documented",
  }),
  usdcShare: param({
    value: "1",
    unit: "fraction",
    source: `${TOKENOMICS} ("Payment Fee: 2% fee for payments made in 100% USDC")`,
    retrieved: R,
    confidence: "estimate",
    note: "Default: paid entirely in USDC. Pro-rating the 2% fee for mixed payments (fee × USDC share) is an assumption; the docs state only the 100% cases.",
  }),
  burnShare: param({
    value: "1",
    unit: "fraction",
    source: `${TOKENOMICS} (burn "adjusted dynamically based on $IO's price")`,
    retrieved: R,
    confidence: "estimate",
    note: "No burn formula is published: the share of revenue used for buy-back-and-burn and the IO price are analyst inputs.",
  }),
  // Device pools, 2025-06-04 → 2026-06-10 (ionet-official/docs@5d3be72c) -------------------------------
  hwTable: param({
    value: "2025-06-04",
    unit: "text",
    source: `${POOLS_DOC}:10 ("On June 4, 2025 at 3 PM UTC …")`,
    retrieved: TODAY,
    confidence: "documented",
    note: "IO_HW_MULTIPLIER's default table; \"2024\" is the table in force before 2025-06-04 15:00 UTC. The rows are data: ./data/hw-multipliers.json.",
  }),
  enterpriseShare: param({
    value: "0.95",
    unit: "fraction",
    source: `${POOLS_DOC}:20-24 ("Community Pool … Earn 5% of block rewards", "Enterprise Pool … Earn 95%")`,
    retrieved: TODAY,
    confidence: "documented",
    note: "The community pool gets 1 − this. Before 2025-06-04 the same 95/5 split went to GPUs/CPUs (block-rewards.mdx:19-24).",
  }),
  scoreTierWeight: param({
    value: "0.02",
    unit: "score per tier fraction",
    source: SCORE_DOC,
    retrieved: TODAY,
    confidence: "derived",
    note: "Reconstructed from the docs' garbled formula (\"_\" printed for \"×\", unbalanced parentheses): base = ((0.02 × tier/4 + 2 × m × n) × 100 + 0.05 × hired) × 10.",
  }),
  scoreTiers: param({ value: "4", unit: "tiers", source: SCORE_DOC, retrieved: TODAY, confidence: "derived", note: "connectivity_tier_number / 4.0: tier 4 is the best." }),
  scoreHwWeight: param({ value: "2", unit: "score per multiplier × processor", source: SCORE_DOC, retrieved: TODAY, confidence: "derived" }),
  scoreInnerScale: param({ value: "100", unit: "factor", source: SCORE_DOC, retrieved: TODAY, confidence: "derived" }),
  scoreHiredBonus: param({ value: "0.05", unit: "score", source: SCORE_DOC, retrieved: TODAY, confidence: "derived", note: "Added once when the device was hired (was_hired = 1)." }),
  scoreOuterScale: param({ value: "10", unit: "factor", source: SCORE_DOC, retrieved: TODAY, confidence: "derived" }),
  maxCostakeShare: param({
    value: "0.5",
    unit: "fraction of total stake",
    source: `${COSTAKE_DOC}:30 ("The maximum co-stake is 50% of the total stake.")`,
    retrieved: TODAY,
    confidence: "documented",
    note: "Total stake read as owner stake + co-stake (the natural reading; confidence M).",
  }),
  costakerShare: param({
    value: "0.74",
    unit: "fraction",
    source: `${COSTAKE_DOC}:35 ("the co-staker will receive 74% of the block reward")`,
    retrieved: TODAY,
    confidence: "documented",
    note: "The docs' example offer: each offer sets its own share, so IO_COSTAKE_SPLIT takes it as a required argument.",
  }),
  costakeWaitDays: param({
    value: "7",
    unit: "days",
    source: `${COSTAKE_DOC}:65-67`,
    retrieved: TODAY,
    confidence: "documented",
    note: "The co-stake counts toward the minimum stake but \"does not earn block rewards\" during the wait.",
  }),
  costakeCooldownDays: param({ value: "14", unit: "days", source: `${COSTAKE_DOC}:65-67`, retrieved: TODAY, confidence: "documented" }),

  // Incentive Dynamic Engine, from 2026-06-11 (secondary sources below; low confidence) ------------------
  ideBurnShare: param({
    value: "0.5",
    unit: "fraction",
    source: `${IDE_RESEARCH} ("at least 50% of the remaining surplus is used to buy back and permanently destroy IO")`,
    retrieved: TODAY,
    confidence: "documented",
    note: "A floor in a secondary source (CoinDesk Research); the share actually used is not published.",
  }),
  ideModel: param({
    value: "released = min(vault, payout/price); fee draw = payout − released × price; surplus = max(0, fees − draw); burned = β × surplus/price; SR = fees/payout",
    unit: "text",
    source: `${IDE_THREAD} (Reward Vault first, then Fee Vault); ${IDE_RESEARCH} ("releases only as many IO tokens as needed at the live price"); ${IDE_LIVE} (live 2026-06-11)`,
    retrieved: TODAY,
    confidence: "estimate",
    note: "Inferred model: io.net published the mechanism, not the formula. Epoch length, vault refill, the fee vault's carried balance, β and the sustainability-ratio definition are not published.",
  }),
} as const;
