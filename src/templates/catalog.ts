/**
 * The shipped templates (assets/templates/): five hand-designed finance templates and one per preset.
 *
 * The hand-designed ones read their inputs from the presets by key (so values, units and sources follow the
 * preset files); the per-preset ones are the task pane's parameter-sheet layout (src/taskpane/layout.ts
 * `planSheet`) plus a Checks section, generated for every preset `listPresets()` returns, so a preset added
 * to src/presets/ gets its template without a code change here.
 */
import type ExcelJS from "exceljs";
import { getPreset, listPresets, type Preset } from "../presets";
import { planSheet, type PlannedChart } from "../taskpane/layout";
import { ENGINE_VERSION, REGISTRY_DATE } from "../engine/version";
import { chartCaption, FILL, storedFormula, TemplateBook, TITLE_COLOR } from "./builder";
import type { ChartSpec } from "./charts";

export interface TemplateDef {
  /** File name without .xlsx. */
  readonly file: string;
  readonly title: string;
  /** One line for the README / task pane list. */
  readonly purpose: string;
  build(): TemplateBook;
}

function preset(id: string): Preset {
  const p = getPreset(id);
  if (!p) throw new Error(`template: preset ${id} is not shipped`);
  return p;
}

function sources(...ps: Preset[]): string[] {
  return ps.flatMap((p) => p.parameters.map((q) => q.source));
}

const own = (label: string, value: number | string, unit: string, source = "analyst input (template default)") => ({ label, value, unit, source });
const near = (a: string, b: string, tol = "1E-9") => `ABS((${a})-(${b}))<=${tol}*MAX(1,ABS(${b}))`;
/** Every cell of `range` within a relative 1e-9 of `target` (no range arithmetic: Excel and HyperFormula alike). */
const within = (range: string, target: string) => `AND(MIN(${range})>=(${target})-1E-9*MAX(1,ABS(${target})),MAX(${range})<=(${target})+1E-9*MAX(1,ABS(${target})))`;

// ---------------------------------------------------------------------------------------------
// io.net

function ionet(): TemplateBook {
  const p = preset("io-net-docs-current");
  const book = new TemplateBook("io.net supplier economics and emission");
  const s = book.sheet("Supplier", "io");
  s.title("io.net supplier economics: availability reward, fees, payback")
    .doc("What a GPU supplier earns on io.net: the availability (block) reward per node-hour, the fees on a reservation, and the payback of the hardware.", [p], sources(p))
    .inputs(p, [
      { key: "capexUsd" },
      { key: "uptime" },
      { key: "ioPriceUsd" },
      { key: "supplierShare" },
      { key: "stakerShare" },
      { key: "paybackHours" },
      { key: "hoursPerMonth" },
      { key: "reservationTotal" },
      { key: "usdcShare" },
      { key: "reservationFee" },
      { key: "usdcFee" },
      { key: "reservationHours", own: own("Hours the reservation covers", 730, "hours") },
      { key: "utilization", own: own("Share of hours rented", 0.6, "fraction") },
    ])
    .outputs([
      { key: "availRewardUsd", label: "Availability reward per node-hour", formula: "DEPIN.IO_AVAIL_REWARD({capexUsd},{uptime},{supplierShare},{paybackHours})", unit: "USD" },
      { key: "availRewardIo", label: "Availability reward per node-hour in IO", formula: "DEPIN.IO_AVAIL_REWARD_IO({capexUsd},{uptime},{ioPriceUsd},{supplierShare},{paybackHours})", unit: "IO" },
      { key: "stakerReward", label: "Stakers' reward per node-hour", formula: "DEPIN.IO_STAKER_REWARD({capexUsd},{uptime},{stakerShare},{paybackHours})", unit: "USD" },
      { key: "availRewardMonth", label: "Availability reward per month", formula: "{availRewardUsd}*{hoursPerMonth}", unit: "USD" },
      { key: "renterCost", label: "Renter pays for the reservation", formula: "DEPIN.IO_RENTER_COST({reservationTotal},{usdcShare},{reservationFee},{usdcFee})", unit: "USD" },
      { key: "supplierPayout", label: "Supplier receives", formula: "DEPIN.IO_SUPPLIER_PAYOUT({reservationTotal},{usdcShare},{reservationFee},{usdcFee})", unit: "USD" },
      { key: "networkTake", label: "Network keeps (renter pays − supplier receives)", formula: "{renterCost}-{supplierPayout}", unit: "USD" },
      { key: "rentalPerHour", label: "Supplier's rental income per rented hour", formula: "{supplierPayout}/{reservationHours}", unit: "USD" },
      { key: "paybackAvail", label: "Payback on the availability reward alone", formula: "DEPIN.DEPIN_PAYBACK_MONTHS({capexUsd},{availRewardUsd},1,{hoursPerMonth})", unit: "months", note: "every hour counts" },
      { key: "paybackRental", label: "Payback on rental income", formula: "DEPIN.DEPIN_PAYBACK_MONTHS({capexUsd},{rentalPerHour},{utilization},{hoursPerMonth})", unit: "months" },
    ])
    .checks([
      { label: "Supplier and staker shares sum to 100 %", condition: near("{supplierShare}+{stakerShare}", "1", "1E-12") },
      { label: "Uptime and USDC share are within 0–100 %", condition: "AND({uptime}>=0,{uptime}<=1,{usdcShare}>=0,{usdcShare}<=1)" },
      { label: "Supplier payout ≤ reservation total (payout ≤ gross)", condition: "{supplierPayout}<={reservationTotal}" },
      { label: "Renter pays ≥ reservation total", condition: "{renterCost}>={reservationTotal}" },
      { label: "Availability reward over the payback period ≤ hardware cost (cap)", condition: "{availRewardUsd}*{paybackHours}<={capexUsd}*(1+1E-12)" },
    ]);

  const e = book.sheet("Emission", "io");
  e.title("io.net emission and vesting")
    .doc("Hourly emission epochs on the fixed 500M base and the unlock schedule of the genesis allocation.", [p], sources(p))
    .inputs(p, [{ key: "genesisSupply" }, { key: "emissionPool" }, { key: "maxSupply" }]);
  e.table(
    "Emission by year",
    ["Year", "Epochs (hours)", "Emitted (IO)", "Total supply (IO)", "Inflation rate at the year's last epoch"],
    Array.from({ length: 20 }, (_, i) => [i + 1, (i + 1) * 8760, "=DEPIN.IO_EMITTED(B{row})", "=DEPIN.IO_SUPPLY(B{row})", "=DEPIN.IO_INFLATION_RATE(B{row})"]),
    { title: "IO emitted and total supply by year", kind: "line", series: [2, 3, 4], secondary: [4], yTitle: "IO", y2Title: "Inflation rate (fraction per year)" },
  );
  const cats = ["community", "seed", "series_a", "core", "rnd"];
  const vest = e.table(
    "Unlock schedule (genesis basis)",
    ["Month", ...cats, "Total unlocked"],
    Array.from({ length: 17 }, (_, i) => [i * 3, ...cats.map((c) => `=DEPIN.IO_UNLOCKED("${c}",A{row})`), "=SUM(B{row}:F{row})"]),
    { title: "io.net unlock schedule", kind: "area", series: [1, 2, 3, 4, 5], stacked: true, yTitle: "IO unlocked" },
  );
  e.outputs(
    [
      ...cats.map((c) => ({ key: `alloc_${c}`, label: `Allocation: ${c}`, formula: `DEPIN.IO_ALLOCATION("${c}")`, unit: "IO" })),
      { key: "allocTotal", label: "Allocation total", formula: cats.map((c) => `{alloc_${c}}`).join("+"), unit: "IO" },
      { key: "emittedAll", label: "Emitted over all 175,319 epochs", formula: "DEPIN.IO_EMITTED(175319)", unit: "IO" },
    ],
    "Allocation caps",
  );
  e.checks([
    { label: "Genesis allocation shares sum to 100 % of the genesis supply", condition: near("{allocTotal}", "{genesisSupply}") },
    ...cats.map((c, j) => ({
      label: `${c}: unlocked never exceeds its allocation (cap)`,
      condition: `MAX(${String.fromCharCode(66 + j)}${vest.first}:${String.fromCharCode(66 + j)}${vest.last})<={alloc_${c}}*(1+1E-12)`,
    })),
    { label: "Total emission stays within the emission pool (cap)", condition: "{emittedAll}<={emissionPool}*(1+1E-12)" },
    { label: "Genesis supply + emission pool = maximum supply", condition: near("{genesisSupply}+{emissionPool}", "{maxSupply}") },
  ]);
  return book;
}

// ---------------------------------------------------------------------------------------------
// Clore.ai

function clore(): TemplateBook {
  const p = preset("clore-docs-current");
  const book = new TemplateBook("Clore.ai host economics");
  const s = book.sheet("Host", "clore");
  s.title("Clore.ai host economics: renter cost, host payout, PoH discount, block subsidy")
    .doc("What a renter pays and a host keeps on one Clore.ai rental, the Proof-of-Holding discounts, and the block subsidy.", [p], sources(p))
    .inputs(p, [
      { key: "price" },
      { key: "orderType", own: own("Order type (on_demand or spot)", "on_demand", "text") },
      { key: "currency", own: own("Payment currency (CLORE, BTC, USDT, USDC)", "CLORE", "text") },
      { key: "renterPoh" },
      { key: "hostPoh" },
      { key: "pohFullHolding" },
      { key: "height" },
      { key: "blocksPerDay" },
      { key: "blocksPerYear" },
      { key: "maxSupply" },
      { key: "userStaked" },
      { key: "totalStaked" },
      { key: "pohDailyPool" },
    ])
    .outputs([
      { key: "renterCost", label: "Renter pays", formula: "DEPIN.CLORE_RENTER_COST({price},{orderType},{renterPoh})", unit: "CLORE" },
      { key: "hostPayout", label: "Host receives", formula: "DEPIN.CLORE_HOST_PAYOUT({price},{orderType},{currency},{hostPoh})", unit: "CLORE" },
      { key: "platformFee", label: "Platform keeps", formula: "DEPIN.CLORE_PLATFORM_FEE({price},{orderType},{currency},{renterPoh},{hostPoh})", unit: "CLORE" },
      { key: "hostKeeps", label: "Host keeps of what the renter pays", formula: "{hostPayout}/{renterCost}", unit: "fraction" },
      { key: "renterDiscount", label: "Renter's PoH discount", formula: "DEPIN.CLORE_POH_DISCOUNT({renterPoh})", unit: "fraction" },
      { key: "hostDiscount", label: "Host's PoH discount", formula: "DEPIN.CLORE_POH_DISCOUNT({hostPoh})", unit: "fraction" },
      { key: "maxDiscount", label: "PoH discount at the full holding", formula: "DEPIN.CLORE_POH_DISCOUNT({pohFullHolding})", unit: "fraction" },
      { key: "blockReward", label: "Block subsidy at the height", formula: "DEPIN.CLORE_BLOCK_REWARD({height})", unit: "CLORE" },
      { key: "splitTotal", label: "Block subsidy split, all recipients", formula: "SUM(DEPIN.CLORE_REWARD_SPLIT({height}))", note: "SUM skips the label column", unit: "CLORE" },
      { key: "dailySubsidy", label: "Subsidy per day at the height", formula: "{blockReward}*{blocksPerDay}", unit: "CLORE" },
      { key: "emitted", label: "Emitted before the height", formula: "DEPIN.CLORE_EMITTED({height})", unit: "CLORE" },
      { key: "pohReward", label: "PoH staking reward per day", formula: "DEPIN.CLORE_POH_REWARD({userStaked},{totalStaked},{pohDailyPool})", unit: "CLORE" },
    ]);
  s.table(
    "Block subsidy by year",
    ["Year", "Height", "Block subsidy (CLORE)", "Emitted (CLORE)"],
    Array.from({ length: 11 }, (_, i) => [i * 2, `=A{row}*{blocksPerYear}+1`, "=DEPIN.CLORE_BLOCK_REWARD(B{row})", "=DEPIN.CLORE_EMITTED(B{row})"]),
    { title: "CLORE block subsidy and emitted supply", kind: "line", series: [2, 3], secondary: [2], yTitle: "Emitted (CLORE)", y2Title: "Block subsidy (CLORE per block)" },
  );
  s.checks([
    { label: "Renter pays = host receives + platform keeps", condition: near("{renterCost}", "{hostPayout}+{platformFee}") },
    { label: "Host payout ≤ what the renter pays (payout ≤ gross)", condition: "{hostPayout}<={renterCost}" },
    { label: "PoH discounts within 0 and the full-holding discount (cap)", condition: "AND({renterDiscount}>=0,{hostDiscount}>=0,{renterDiscount}<={maxDiscount},{hostDiscount}<={maxDiscount})" },
    { label: "Block subsidy split sums to 100 % of the subsidy", condition: near("{splitTotal}", "{blockReward}") },
    { label: "Emitted supply ≤ maximum supply (cap)", condition: "{emitted}<={maxSupply}" },
    { label: "PoH reward ≤ the daily pool", condition: "{pohReward}<={pohDailyPool}" },
  ]);
  return book;
}

// ---------------------------------------------------------------------------------------------
// Bittensor

const UIDS = 6;
const VALIDATORS = [0, 1, 2];
const STAKE = [500, 300, 200, 0, 0, 0];
/** Validators 0–2 weigh miners 3–5; validator 2 disagrees on miner 5. */
const WEIGHTS_A = [
  [0, 0, 0, 0.5, 0.3, 0.2],
  [0, 0, 0, 0.5, 0.3, 0.2],
  [0, 0, 0, 0.4, 0.2, 0.4],
  [0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
];
/** From epoch 4 miner 5 improves; validators 0 and 2 notice, validator 1 does not. */
const WEIGHTS_B = [
  [0, 0, 0, 0.3, 0.2, 0.5],
  [0, 0, 0, 0.5, 0.3, 0.2],
  [0, 0, 0, 0.3, 0.2, 0.5],
  [0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
];
const EPOCHS = 8;
const SWITCH_EPOCH = 4;

function col(j: number): string {
  return String.fromCharCode(65 + j);
}

function bittensor(): TemplateBook {
  const p = preset("bittensor-dtao");
  const book = new TemplateBook("Bittensor subnet epoch");
  const y = book.sheet("Yuma", "bittensor");
  const uidLabels = Array.from({ length: UIDS }, (_, i) => `uid ${i}${VALIDATORS.includes(i) ? " (validator)" : " (miner)"}`);
  y.title("Bittensor subnet: one Yuma Consensus epoch")
    .doc("One epoch of a 6-uid subnet (3 validators, 3 miners): consensus, incentive, dividends and emissions from weights and stake.", [p], sources(p))
    .inputs(p, [
      { key: "kappa" },
      { key: "bondsMovingAverage" },
      { key: "bondsPenalty" },
      { key: "yumaVariant" },
      { key: "maxValidators" },
      { key: "epochEmission", own: own("Emission of the epoch to miners and validators", 1, "TAO") },
    ]);
  y.inputGrid("Weights (row = validator setting the weights)", "weights", uidLabels, uidLabels.map((_, i) => `to uid ${i}`), WEIGHTS_A);
  y.inputGrid("Stake", "stake", uidLabels, ["stake (TAO)"], STAKE.map((v) => [v]));
  const settings = y.table(
    "Settings passed to TAO_YUMA (read from the inputs above)",
    ["setting", "value"],
    [
      ["kappa", "={kappa}"],
      ["bonds_moving_average", "={bondsMovingAverage}"],
      ["bonds_penalty", "={bondsPenalty}"],
      ["yuma", "={yumaVariant}"],
      ["max_validators", "={maxValidators}"],
      ["emission", "={epochEmission}"],
    ],
  );
  y.defineName("settings", `A${settings.first}`, `A${settings.first}:B${settings.last}`);
  const outCols = ["consensus", "incentive", "dividends", "miner_emission", "validator_emission"];
  const yuma = (output: string, bonds = "") => `DEPIN.TAO_YUMA({weights},{stake},${bonds},,,{settings},"${output}")`;
  const res = y.table(
    "Epoch result per uid",
    ["uid", ...outCols],
    Array.from({ length: UIDS }, (_, i) => [i, ...outCols.map((o) => `=INDEX(${yuma(o)},${i + 1},1)`)]),
    { title: "Incentive and dividends per uid", kind: "column", series: [2, 3], yTitle: "Share of the epoch" },
  );
  const colOf = (o: string) => col(1 + outCols.indexOf(o));
  const sum = (o: string) => `SUM(${colOf(o)}${res.first}:${colOf(o)}${res.last})`;
  y.checks([
    { label: "Incentive shares sum to 100 %", condition: near(sum("incentive"), "1") },
    { label: "Dividend shares sum to 100 %", condition: near(sum("dividends"), "1") },
    { label: "Miner + validator emissions = the epoch's emission", condition: near(`${sum("miner_emission")}+${sum("validator_emission")}`, "{epochEmission}") },
    { label: "Every weight and stake is ≥ 0", condition: "AND(MIN({weights})>=0,MIN({stake})>=0)" },
  ]);

  // Chained epochs: each epoch's stored bonds feed the next epoch's bonds_prev.
  const c = book.sheet("Epochs", "bittensor");
  c.title("Bittensor subnet: chained epochs (bonds carried from each epoch to the next)")
    .doc(
      `${EPOCHS} epochs of the subnet on sheet Yuma: the stored bonds of epoch e are bonds_prev of epoch e+1. From epoch ${SWITCH_EPOCH} the weights change (miner 5 improves; validators 0 and 2 follow, validator 1 does not), and incentive and dividends move as the bonds catch up.`,
      [p],
      sources(p),
    );
  c.inputGrid(`Weights from epoch ${SWITCH_EPOCH}`, "weightsLater", uidLabels, uidLabels.map((_, i) => `to uid ${i}`), WEIGHTS_B);
  const summaryRows: (number | string)[][] = [];
  const bondBlocks: string[] = [];
  for (let e = 1; e <= EPOCHS; e++) {
    const w = e < SWITCH_EPOCH ? "{weights}" : "{weightsLater}";
    const prev = bondBlocks[e - 2] ?? "";
    const call = (output: string) => `DEPIN.TAO_YUMA(${w},{stake},${prev},,,{settings},"${output}")`;
    const block = c.table(
      `Epoch ${e}: stored bonds (u16, row = validator)${prev ? `; bonds_prev = ${prev}` : "; no previous bonds"}`,
      ["bonds", ...uidLabels.map((_, j) => `uid ${j}`)],
      Array.from({ length: UIDS }, (_, i) => [`uid ${i}`, ...Array.from({ length: UIDS }, (_, j) => `=INDEX(${call("bonds")},${i + 1},${j + 1})`)]),
    );
    bondBlocks.push(`B${block.first}:${col(UIDS)}${block.last}`);
    summaryRows.push([e, ...[3, 4, 5].map((u) => `=INDEX(${call("incentive")},${u + 1},1)`), ...VALIDATORS.map((u) => `=INDEX(${call("dividends")},${u + 1},1)`), "=SUM(B{row}:D{row})", "=SUM(E{row}:G{row})"]);
  }
  const sum2 = c.table(
    "Incentive and dividends by epoch",
    ["Epoch", "incentive uid 3", "incentive uid 4", "incentive uid 5", "dividends uid 0", "dividends uid 1", "dividends uid 2", "Σ incentive", "Σ dividends"],
    summaryRows,
    { title: "How incentive and dividends move over the epochs", kind: "line", series: [1, 2, 3, 4, 5, 6], yTitle: "Share of the epoch" },
  );
  c.checks([
    { label: "Incentive shares sum to 100 % in every epoch", condition: within(`H${sum2.first}:H${sum2.last}`, "1") },
    { label: "Dividend shares sum to 100 % in every epoch", condition: within(`I${sum2.first}:I${sum2.last}`, "1") },
    { label: "Stored bonds within 0–65535 (u16 cap)", condition: `AND(${bondBlocks.map((b) => `MIN(${b})>=0,MAX(${b})<=65535`).join(",")})` },
  ]);
  return book;
}

// ---------------------------------------------------------------------------------------------
// Akash

function akash(): TemplateBook {
  const prop = preset("akash-akt20-proposal");
  const chain = preset("akash-onchain-current");
  const book = new TemplateBook("Akash provider fees and supply");
  const f = book.sheet("Fees", "akash");
  f.title("Akash provider fees: AKT 2.0 proposal vs the on-chain take")
    .doc("What a provider keeps of one lease under the AKT 2.0 proposal's take/make fees and under the take rates the chain applies today (x/take).", [prop, chain], sources(prop, chain))
    .inputs(prop, [{ key: "leasePayment" }, { key: "takeRate" }, { key: "makeRate" }, { key: "discount" }], "Inputs: AKT 2.0 proposal (akash-akt20-proposal)")
    .inputs(chain, [{ key: "takeRateUakt" }, { key: "takeRateDefault" }], "Inputs: on-chain take (akash-onchain-current)")
    .outputs([
      { key: "takeFee", label: "Proposal: take fee, paid in AKT", formula: "DEPIN.AKT_TAKE_FEE({leasePayment},{takeRate},{discount})", unit: "AKT" },
      { key: "makeFee", label: "Proposal: make fee, paid in AKT", formula: "DEPIN.AKT_MAKE_FEE({leasePayment},{makeRate},{discount})", unit: "AKT" },
      { key: "networkFee", label: "Proposal: network fee (take + make)", formula: "DEPIN.AKT_NETWORK_FEE({leasePayment},{takeRate},{makeRate},{discount})", unit: "AKT" },
      { key: "providerAkt", label: "Proposal: provider receives, lease paid in AKT", formula: "DEPIN.AKT_PROVIDER_FEE({leasePayment},{takeRate},{discount})", unit: "AKT" },
      { key: "providerOther", label: "Proposal: provider receives, lease paid in another token (no discount)", formula: "DEPIN.AKT_PROVIDER_FEE({leasePayment},{takeRate},0)", unit: "token" },
      { key: "chainTakeAkt", label: "On chain: take on an AKT (uakt) lease", formula: 'DEPIN.AKT_ONCHAIN_TAKE_UAKT({leasePayment}*1000000,"uakt",{takeRateUakt})/1000000', unit: "AKT" },
      { key: "chainProviderAkt", label: "On chain: provider earns on an AKT lease", formula: 'DEPIN.AKT_ONCHAIN_EARNINGS_UAKT({leasePayment}*1000000,"uakt",{takeRateUakt})/1000000', unit: "AKT" },
      { key: "chainTakeUsdc", label: "On chain: take on a USDC lease", formula: 'DEPIN.AKT_ONCHAIN_TAKE_UAKT({leasePayment}*1000000,"ibc/USDC",{takeRateDefault})/1000000', unit: "USDC" },
      { key: "chainProviderUsdc", label: "On chain: provider earns on a USDC lease", formula: 'DEPIN.AKT_ONCHAIN_EARNINGS_UAKT({leasePayment}*1000000,"ibc/USDC",{takeRateDefault})/1000000', unit: "USDC" },
      { key: "diffAkt", label: "Provider, AKT lease: proposal − on chain", formula: "{providerAkt}-{chainProviderAkt}", unit: "AKT" },
      { key: "diffUsdc", label: "Provider, other token: proposal − on chain (USDC)", formula: "{providerOther}-{chainProviderUsdc}", unit: "token" },
    ])
    .checks([
      { label: "Provider receives ≤ the lease payment (payout ≤ gross), every case", condition: "MAX({providerAkt},{providerOther},{chainProviderAkt},{chainProviderUsdc})<={leasePayment}" },
      { label: "On chain: take + provider earnings = lease (AKT)", condition: near("{chainTakeAkt}+{chainProviderAkt}", "{leasePayment}", "1E-6") },
      { label: "On chain: take + provider earnings = lease (USDC)", condition: near("{chainTakeUsdc}+{chainProviderUsdc}", "{leasePayment}", "1E-6") },
      { label: "Proposal: network fee = take fee + make fee", condition: near("{networkFee}", "{takeFee}+{makeFee}") },
      { label: "Rates within 0–100 %", condition: "AND({takeRate}>=0,{takeRate}<=1,{makeRate}>=0,{makeRate}<=1,{takeRateUakt}>=0,{takeRateUakt}<=100,{takeRateDefault}>=0,{takeRateDefault}<=100)" },
    ]);

  const s = book.sheet("Supply", "akash");
  s.title("Akash supply: AKT 2.0 model and on-chain inflation")
    .doc("The supply curve of the AKT 2.0 model and the next-block inflation and staking APR of the chain's x/mint.", [prop, chain], sources(prop, chain))
    .inputs(prop, [{ key: "initialSupply" }, { key: "initialInflation" }, { key: "halfLifeYears" }], "Inputs: AKT 2.0 model")
    .inputs(chain, [{ key: "inflation" }, { key: "bondedRatio" }, { key: "goalBonded" }, { key: "inflationRateChange" }, { key: "inflationMin" }, { key: "inflationMax" }, { key: "blocksPerYear" }, { key: "communityTax" }, { key: "commission" }], "Inputs: x/mint (on chain)")
    .outputs([
      { key: "maxSupply", label: "Maximum supply (linear model)", formula: "DEPIN.AKT_MAX_SUPPLY({initialSupply},{initialInflation},{halfLifeYears})", unit: "AKT" },
      { key: "nextInflation", label: "Next-block inflation (x/mint)", formula: "DEPIN.AKT_MINT_INFLATION({inflation},{bondedRatio},{goalBonded},{inflationRateChange},{inflationMin},{inflationMax},{blocksPerYear})", unit: "fraction per year" },
      { key: "stakingApr", label: "Staking APR", formula: "DEPIN.AKT_STAKING_APR({inflation},{bondedRatio},{communityTax},{commission})", unit: "fraction per year" },
    ]);
  const curve = s.table(
    "Supply curve",
    ["Years since genesis", "Linear model (AKT)", "Compounding model (AKT)", "Linear: change from the year before"],
    Array.from({ length: 21 }, (_, i) => [
      i,
      "=DEPIN.AKT_SUPPLY(A{row},{initialSupply},{initialInflation},{halfLifeYears})",
      '=DEPIN.AKT_SUPPLY(A{row},{initialSupply},,{halfLifeYears},"compounding")',
      i === 0 ? 0 : "=B{row}-B{prevRow}",
    ]),
    { title: "AKT supply curve (AKT 2.0 model)", kind: "line", series: [1, 2], yTitle: "AKT" },
  );
  s.checks([
    { label: "Linear-model supply never exceeds its maximum supply (cap)", condition: `MAX(B${curve.first}:B${curve.last})<={maxSupply}*(1+1E-12)` },
    { label: "Supply never falls from one year to the next", condition: `MIN(D${curve.first}:D${curve.last})>=0` },
    { label: "Next-block inflation within the x/mint bounds (cap)", condition: "AND({nextInflation}>={inflationMin},{nextInflation}<={inflationMax})" },
  ]);
  return book;
}

// ---------------------------------------------------------------------------------------------
// Cross-network

function crossnet(): TemplateBook {
  const io = preset("io-net-docs-current");
  const cl = preset("clore-docs-current");
  const ak = preset("akash-onchain-current");
  const book = new TemplateBook("Cross-network provider comparison");
  const s = book.sheet("Compare", null);
  s.title("The same GPU on io.net, Clore.ai and Akash: what the provider keeps, payback")
    .doc(
      "One GPU rented at the same gross price per hour on each network: the provider's net after the network's fees (DEPIN_PROVIDER_NET) and the payback of the hardware (DEPIN_PAYBACK_MONTHS). Prices in each network's payment currency are taken as equal in value.",
      [io, cl, ak],
      sources(io, cl, ak).filter((x) => /fee|take|docs\.io\.net|clore|akash/i.test(x)),
    )
    .inputs(null, [
      { key: "grossPerHour", own: own("Gross rental price per GPU-hour", 2, "USD-equivalent") },
      { key: "capex", own: own("Hardware cost per GPU", 25000 / 8, "USD", "io-net-docs-current capexUsd ÷ gpus (analyst input: an example node)") },
      { key: "utilization", own: own("Share of hours rented", 0.6, "fraction") },
      { key: "hoursPerMonth", own: own("Hours per month", 730, "hours", "https://docs.iog.net/docs/token-emission-schedule (8,760 hourly epochs a year) ÷ 12 months") },
    ]);
  const cases: [string, string, string][] = [
    ["io.net", "io", "USDC"],
    ["io.net", "io", "IO"],
    ["Clore.ai", "clore", "CLORE"],
    ["Clore.ai", "clore", "BTC"],
    ["Akash", "akash", "AKT"],
    ["Akash", "akash", "USDC"],
  ];
  const t = s.table(
    "Provider net and payback per network",
    ["Network", "Id", "Currency", "Net per rented hour", "Provider keeps", "Net per month", "Payback (months)", "Payback × net per month", "Network (currency)"],
    cases.map(([label, id, cur]) => [
      label,
      id,
      cur,
      "=DEPIN.DEPIN_PROVIDER_NET(B{row},{grossPerHour},C{row})",
      "=D{row}/{grossPerHour}",
      "=D{row}*{utilization}*{hoursPerMonth}",
      "=DEPIN.DEPIN_PAYBACK_MONTHS({capex},D{row},{utilization},{hoursPerMonth})",
      "=G{row}*F{row}",
      `${label} (${cur})`,
    ]),
    { title: "Provider keeps and payback months by network", kind: "column", categories: 8, series: [4, 6], secondary: [6], yTitle: "Provider keeps (fraction of gross)", y2Title: "Payback (months)" },
  );
  s.checks([
    { label: "Net ≤ gross on every network (payout ≤ gross)", condition: `MAX(D${t.first}:D${t.last})<={grossPerHour}` },
    { label: "Kept shares within 0–100 %", condition: `AND(MIN(E${t.first}:E${t.last})>=0,MAX(E${t.first}:E${t.last})<=1)` },
    { label: "Payback × net per month = hardware cost", condition: within(`H${t.first}:H${t.last}`, "{capex}") },
  ]);
  return book;
}

// ---------------------------------------------------------------------------------------------
// One template per preset

/** The task pane's parameter sheet for `p`, then Checks (limits respected, every model row computes). */
function perPreset(p: Preset): TemplateBook {
  const book = new TemplateBook(p.title);
  book.presets.push(p);
  const plan = planSheet(p, { existingSheets: [], existingNames: [] });
  const ws = book.wb.addWorksheet(plan.sheetName);
  ws.columns = [{ width: 34 }, { width: 22 }, { width: 18 }, { width: 14 }, { width: 24 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 50 }, { width: 40 }];
  for (const b of plan.blocks) {
    const [start, end] = b.address.split(":");
    const s = decode(start!);
    const e = decode(end ?? start!);
    for (let r = s.row; r <= e.row; r++) {
      for (let c = s.col; c <= e.col; c++) {
        const cell = ws.getCell(r, c);
        const grid = b.formulas ?? b.values;
        const v = grid?.[r - s.row]?.[c - s.col];
        if (v !== undefined) {
          if (b.formulas && typeof v === "string" && v.startsWith("=")) cell.value = { formula: storedFormula(v) } as ExcelJS.CellFormulaValue;
          else if (typeof v === "string" && v.startsWith("'")) cell.value = v.slice(1);
          else cell.value = v;
        }
        const fmt = b.numberFormat?.[r - s.row]?.[c - s.col];
        if (fmt && fmt !== "General") cell.numFmt = fmt;
        if (b.bold || b.italic || b.fontColor || b.fontSize) {
          cell.font = {
            ...cell.font,
            ...(b.bold ? { bold: true } : {}),
            ...(b.italic ? { italic: true } : {}),
            ...(b.fontSize ? { size: b.fontSize } : {}),
            ...(b.fontColor ? { color: { argb: `FF${b.fontColor.replace("#", "").toUpperCase()}` } } : {}),
          };
        }
        if (b.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${b.fill.replace("#", "").toUpperCase()}` } };
      }
    }
  }
  for (const h of plan.hyperlinks) ws.getCell(h.cell).value = { text: h.text, hyperlink: h.url };
  for (const n of plan.names) book.wb.definedNames.add(n.reference, n.name);
  // Documentation additions and checks below the plan.
  let row = plan.lastRow + 1;
  const put = (address: string, v: ExcelJS.CellValue, bold = false) => {
    const c = ws.getCell(address);
    c.value = v;
    if (bold) c.font = { bold: true };
    return c;
  };
  put(`A${row}`, "Engine", true);
  put(`B${row}`, `depin-engine ${ENGINE_VERSION} (parameters ${REGISTRY_DATE}); generated by scripts/gen-templates.ts from src/presets/${p.id}.json`);
  row += 2;
  if (plan.chart && p.chart) {
    // The chart the task pane adds when it loads the preset (same ranges and position), here a native one.
    const spec = presetChart(plan.sheetName, plan.chart, p.chart);
    book.charts.push(spec);
    put(`A${row}`, chartCaption(spec)).font = { italic: true };
    row += 2;
  }
  const title = put(`A${row}`, "Checks", true);
  title.font = { bold: true, size: 12, color: { argb: TITLE_COLOR } };
  row++;
  const check = (label: string, condition: string) => {
    put(`A${row}`, label);
    const c = ws.getCell(`B${row}`);
    c.value = { formula: storedFormula(`IF(${condition},"OK","FAIL")`) } as ExcelJS.CellFormulaValue;
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL.ok } };
    put(`E${row}`, condition);
    row++;
  };
  const nameOf = new Map(plan.names.map((n) => [n.key, n.name]));
  for (const q of p.parameters) {
    if (typeof q.value !== "number" || (q.min === undefined && q.max === undefined)) continue;
    const n = nameOf.get(q.key)!;
    const parts = [...(q.min !== undefined ? [`${n}>=${q.min}`] : []), ...(q.max !== undefined ? [`${n}<=${q.max}`] : [])];
    check(`${q.label} within ${q.min ?? "−∞"} … ${q.max ?? "∞"} (cap)`, parts.length > 1 ? `AND(${parts.join(",")})` : parts[0]!);
  }
  plan.modelCells.forEach((cell, i) => check(`Model: ${p.model[i]!.label} computes`, `NOT(ISERROR(${cell}))`));
  return book;
}

/** The native chart of a preset sheet: `planned` (layout.ts) gives the ranges and the position. */
function presetChart(sheet: string, planned: PlannedChart, chart: NonNullable<Preset["chart"]>): ChartSpec {
  const [top, bottom] = planned.seriesRange.split(":").map((a) => decode(a));
  const letter = (c: number) => String.fromCharCode(64 + c);
  return {
    sheet,
    kind: planned.type,
    title: planned.title,
    categories: planned.categoryRange,
    series: Array.from({ length: bottom!.col - top!.col + 1 }, (_, j) => {
      const c = letter(top!.col + j);
      return { header: `${c}${top!.row}`, values: `${c}${top!.row + 1}:${c}${bottom!.row}` };
    }),
    xTitle: chart.x.unit ? `${chart.x.label} (${chart.x.unit})` : chart.x.label,
    from: planned.topLeft,
    to: planned.bottomRight,
  };
}

function decode(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col: c };
}

/** Every template, hand-designed first, then one per shipped preset in listPresets() order. */
export function templates(): TemplateDef[] {
  const fixed: TemplateDef[] = [
    { file: "io-net-supplier-economics", title: "io.net supplier economics and emission", purpose: "Availability reward, reservation fees and payback of a supplier; emission by year and the unlock schedule with allocation caps.", build: ionet },
    { file: "clore-host-economics", title: "Clore.ai host economics", purpose: "Renter cost, host payout and platform fee of a rental, Proof-of-Holding discounts, block subsidy by year.", build: clore },
    { file: "bittensor-subnet-epoch", title: "Bittensor subnet epoch", purpose: "One Yuma Consensus epoch of a 6-uid subnet, and 8 chained epochs in which each epoch's bonds feed the next.", build: bittensor },
    { file: "akash-provider-fees-supply", title: "Akash provider fees and supply", purpose: "Provider fees under the AKT 2.0 proposal vs the on-chain take; the AKT 2.0 supply curve, x/mint inflation and staking APR.", build: akash },
    { file: "crossnet-provider-comparison", title: "Cross-network provider comparison", purpose: "The same GPU on io.net, Clore.ai and Akash: what the provider keeps and the payback months.", build: crossnet },
  ];
  const perPresetDefs = listPresets().map(
    (s): TemplateDef => ({ file: `preset-${s.id}`, title: s.title, purpose: `The ${s.id} preset (${s.regime}, as of ${s.asOf}) as a parameter sheet with live model formulas and checks.`, build: () => perPreset(preset(s.id)) }),
  );
  return [...fixed, ...perPresetDefs];
}
