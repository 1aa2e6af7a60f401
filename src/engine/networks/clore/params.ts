/**
 * Clore.ai (CLORE) constants and regimes: dated, sourced records (data only), from the Clore-ai/Clore code
 * and the docs.clore.ai pages below.
 * `retrieved` is the date the sources were read for this registry. Regimes are versioned: the fee
 * rules of the 2024-06-05 research note are kept as the `legacy` regime beside the current docs.
 */
import { param } from "../../core/provenance";

const R = "2026-11-24";

const VALIDATION = "Clore-ai/Clore@58d3d99b4dc27ffe48fcbff4a01125b303db36c5 src/validation.cpp GetBlockSubsidy";
const MINER = "Clore-ai/Clore@029c6bf93cd029789a53f26877bcce80376ce09a src/miner.cpp";
const CHAINPARAMS = "Clore-ai/Clore@013e7976a6fc2b93a37720bec80780184e1708fd src/chainparams.cpp";
const HOST_FEES = "https://docs.clore.ai/for-hosts/host-fees";
const FEE_STRUCTURE = "https://docs.clore.ai/clore.ai/clore.ai-eng-zh/zhen-dui-zu-yong-zhe/fee-structure";
const REWARD_DOCS = "https://docs.clore.ai/gpu-marketplace/clore.ai-reward-distribution-system";
const NOTE = "Research note 2024-06-05 (Chinese; the founding research note of this product), CloreAI section";
/** Sources read for the ERC-20-era records (retrieved: the date they were read for this registry). */
const TODAY = "2026-12-06";
const MFP_LOCK = "https://docs.clore.ai/for-hosts/mfp-lock-a-complete-breakdown-of-mechanics";
const POH_OVERVIEW_RU = "https://docs.clore.ai/clore.ai-ru/dokazatelstvo-vladeniya/overview";
const POH2_NEWS = "https://bitnewsbot.com/nvidia-gpu-models-set-new-clore-reward-limits-in-poh-2-0-update";

export const cloreParams = {
  // Block subsidy (Clore-ai/Clore src/validation.cpp GetBlockSubsidy) ---------------------------
  /** R0: the subsidy of block 0, in satoshi. */
  initialSubsidy: param({
    value: "54193019856",
    unit: "satoshi",
    source: `${VALIDATION}: CAmount nSubsidy = 54193019856*pow(1-0.000000416869…,nHeight)`,
    retrieved: R,
    confidence: "documented",
  }),
  /** d, the per-block decay literal exactly as written in the source (it is itself an exact double). */
  decayLiteral: param({
    value: "0.00000041686938347033551682078457954749861613663597381673753261566162109375",
    unit: "fraction per block",
    source: VALIDATION,
    retrieved: R,
    confidence: "documented",
    note: "The research note calls the decay a halving; there is none (nSubsidyHalvingInterval is never read by GetBlockSubsidy).",
  }),
  /** q: the IEEE double the chain's `1-d` evaluates to, the base of pow(). */
  decayBase: param({
    value: "0.9999995831306165428031818009912967681884765625",
    unit: "factor per block",
    source: VALIDATION,
    retrieved: R,
    confidence: "derived",
    note: "1 − d rounded to the nearest IEEE double, as the C++ expression pow(1-0.000000416869…, nHeight) evaluates it; it differs from the decimal 1 − d by 1.3e-17 relative, which moves the truncated subsidy by 1 satoshi at about half of all heights.",
  }),
  /** COIN: satoshi per CLORE. */
  satoshiPerCoin: param({
    value: "100000000",
    unit: "satoshi per CLORE",
    source: `${VALIDATION} (CAmount in satoshi, COIN = 1e8)`,
    retrieved: R,
    confidence: "documented",
  }),
  /** The Windows builds' hard-coded consensus value at one of the heights where double pow() is fragile. */
  consensusTable: param({
    value: "nHeight 76084 → 52501147075 satoshi",
    unit: "satoshi",
    source: `${VALIDATION} (if(is_windows){ if(nHeight==76084){ return 52501147075; } …})`,
    retrieved: R,
    confidence: "documented",
    note: "The exact truncation of 54193019856·q^h reproduces the table; at h = 76,084 the product lies 2.2e-5 satoshi below 52501147076.",
  }),
  /** Asymptote of cumulative emission. */
  supplyCap: param({
    value: "1300000000",
    unit: "CLORE",
    source: "https://docs.clore.ai/main/tokenomics (\"total capped supply of 1.3 billion coins\")",
    retrieved: R,
    confidence: "documented",
    note: "R0/d/1e8 = 1,300,000,000.1165; the note's 360M was the 2024 issued supply, a dated observation.",
  }),

  // Block split (Clore-ai/Clore src/miner.cpp; docs.clore.ai reward distribution) ----------------
  communityAutonomousAmount: param({
    value: "50",
    unit: "percent",
    source: `${CHAINPARAMS} (nCommunityAutonomousAmount = 50); ${MINER} (vout[0] = nFees + (100-n)*nSubsidy/100, vout[1] = nSubsidy*n/100)`,
    retrieved: R,
    confidence: "documented",
    note: "Both outputs use integer division in satoshi; miner fees are excluded here.",
  }),
  docsSplitMiners: param({ value: "0.5", unit: "fraction", source: REWARD_DOCS, retrieved: R, confidence: "documented" }),
  docsSplitPoh: param({ value: "0.2", unit: "fraction", source: REWARD_DOCS, retrieved: R, confidence: "documented" }),
  docsSplitMfp: param({ value: "0.2", unit: "fraction", source: REWARD_DOCS, retrieved: R, confidence: "documented" }),
  docsSplitDevelopers: param({ value: "0.1", unit: "fraction", source: REWARD_DOCS, retrieved: R, confidence: "documented" }),

  // Marketplace fees, current regime (docs.clore.ai host-fees and fee-structure) ------------------
  baseOnDemand: param({
    value: "0.10",
    unit: "fraction of price",
    source: `${HOST_FEES} ("On-Demand | 10% | 5% | 5%")`,
    retrieved: R,
    confidence: "documented",
    note: "Split 50/50: the renter's half is added on top of the price, the host's half is deducted from it.",
  }),
  baseSpot: param({
    value: "0.025",
    unit: "fraction of price",
    source: `${HOST_FEES} ("Spot | 2.5% | 1.25% | 1.25%")`,
    retrieved: R,
    confidence: "documented",
  }),
  sideShare: param({
    value: "0.5",
    unit: "fraction of base fee",
    source: `${HOST_FEES} ("split 50/50", "Renter Pays 5%")`,
    retrieved: R,
    confidence: "documented",
  }),
  extraHosterFee: param({
    value: "0.15",
    unit: "fraction of price",
    source: `${HOST_FEES} ("an additional 15% extra hoster fee" for BTC, USDT, USDC)`,
    retrieved: R,
    confidence: "documented",
  }),
  mfpReduction: param({
    value: "0",
    unit: "fraction of the extra fee",
    source: HOST_FEES,
    retrieved: R,
    confidence: "estimate",
    note: "The MFP reduction of the extra hoster fee depends on the host's MFP lock; 0 (no lock) unless given.",
  }),
  pohMaxReduction: param({
    value: "50",
    unit: "percent of base fee",
    source: `${FEE_STRUCTURE} ("fee_reduction = round(min(poh_amount / 2,000,000, 1) × 50)%")`,
    retrieved: R,
    confidence: "documented",
    note: "Rounded half up to a whole percent: 500,000 CLORE gives 13 % (the docs' table), banker's rounding would give 12 %.",
  }),
  pohFullHolding: param({
    value: "2000000",
    unit: "CLORE",
    source: FEE_STRUCTURE,
    retrieved: R,
    confidence: "documented",
  }),
  pohHolding: param({
    value: "0",
    unit: "CLORE",
    source: FEE_STRUCTURE,
    retrieved: R,
    confidence: "estimate",
    note: "No Proof-of-Holding balance unless given.",
  }),

  // Marketplace fees, legacy regime (the note, 2024) -------------------------------------------
  legacySpot: param({
    value: "0.025",
    unit: "fraction of price",
    source: `${NOTE}: 对现货市场下的订单收取2.5%的费用`,
    retrieved: "2024-06-05",
    confidence: "documented",
  }),
  legacyOnDemand: param({
    value: "0.10",
    unit: "fraction of price",
    source: `${NOTE}: 对按需订单收取10%的费用（比特币支付）`,
    retrieved: "2024-06-05",
    confidence: "documented",
  }),
  legacyUsd: param({
    value: "0.195",
    unit: "fraction of price",
    source: `${NOTE}: 对于美元支付…收取19.5%的费用`,
    retrieved: "2024-06-05",
    confidence: "documented",
    note: "Applies to currency \"USD\" (fiat) whatever the order type; the order-creation fee (< $0.01) is ignored.",
  }),

  // PoH staking and MFP (docs.clore.ai poh-staking and mfp-lock) --------------------------------
  pohDailyPool: param({
    value: "80000",
    unit: "CLORE per day",
    source: "https://docs.clore.ai/proof-of-holding/poh-staking (\"80,000 CLORE distributed daily\")",
    retrieved: R,
    confidence: "documented",
    note: `The PoW-era rework page (${REWARD_DOCS}) describes 20% of block emission instead; the PoH page's fixed pool is the default.`,
  }),
  blocksPerDay: param({
    value: "1440",
    unit: "blocks per day",
    source: "https://docs.clore.ai/for-hosts/mfp-lock-a-complete-breakdown-of-mechanics (\"1 440 blocks per day\")",
    retrieved: R,
    confidence: "documented",
  }),
  basketShare: param({
    value: "0.10",
    unit: "fraction of block reward",
    source: "https://docs.clore.ai/for-hosts/mfp-lock-a-complete-breakdown-of-mechanics (\"313 CLORE per block … each basket … receives 45 072 CLORE per day\")",
    retrieved: R,
    confidence: "derived",
    note: "45,072 / (313 × 1,440) = 0.10: the 20% MFP lock share split into two baskets (Tier 1, Tier 2).",
  }),

  // ERC-20 era: PoH pool decay and MFP lock tiers (docs.clore.ai PoH overview, mfp-lock) -------------
  /** The PoH pool's yearly decay. */
  pohAnnualDecay: param({
    value: "0.30",
    unit: "fraction per year",
    source: `${POH_OVERVIEW_RU} ("Снижение эмиссии -30% в год"); https://docs.clore.ai/proof-of-holding/poh-staking`,
    retrieved: TODAY,
    confidence: "documented",
    note: "The −30 % a year is documented (also the glossary: \"decay model (-30% per year) for PoH and marketplace rewards\"); whether it steps once a year or decays continuously, and from which date it counts, is not stated: CLORE_POH_POOL steps yearly (an assumption, low confidence).",
  }),
  /** CLORE locked per unit of MFP. */
  mfpLockUnit: param({
    value: "1000",
    unit: "CLORE per MFP",
    source: `${MFP_LOCK} ("Base rule: 1 MFP = 1 000 CLORE")`,
    retrieved: TODAY,
    confidence: "documented",
  }),
  /** Cumulative lock at the top of Tier 1, as a multiple of MFP × 1,000 CLORE. */
  mfpTier1Multiple: param({
    value: "1",
    unit: "× MFP × 1,000 CLORE",
    source: `${MFP_LOCK} ("Tier 1 … 1× … ≤ 100 % MFP … ≤ 20 000 CLORE" for MFP 20)`,
    retrieved: TODAY,
    confidence: "documented",
  }),
  /** Cumulative lock at the top of Tier 2 (100–500 % of MFP, rewarded 4×). */
  mfpTier2Multiple: param({
    value: "5",
    unit: "× MFP × 1,000 CLORE",
    source: `${MFP_LOCK} ("Tier 2 … 4× … 100 - 500 % MFP … up to 80 000 CLORE more (total 100 000)" for MFP 20)`,
    retrieved: TODAY,
    confidence: "documented",
  }),
  /** Cumulative lock at the top of Tier 3 (500–700 % of MFP, rewarded 2×): the maximum total lock. */
  mfpTier3Multiple: param({
    value: "7",
    unit: "× MFP × 1,000 CLORE",
    source: `${MFP_LOCK} ("Tier 3 … 2× … 500 - 700 % MFP … up to 40 000 CLORE more (total 140 000)"; "Maximum total lock: MFP × 7 000 CLORE")`,
    retrieved: TODAY,
    confidence: "documented",
    note: `The older docs.clore.ai gpu-marketplace pages have Tiers 1-2 only: Tier 3 is ERC-20-era (${MFP_LOCK}).`,
  }),
  /** The largest MFP a server can have. */
  mfpMax: param({
    value: "65",
    unit: "MFP",
    source: `${MFP_LOCK} ("The current upper limit is 65")`,
    retrieved: TODAY,
    confidence: "documented",
  }),
  /** Rate at which PoH 2.0 counted holdings above the GPU limit. */
  poh2ExcessRate: param({
    value: "0.5",
    unit: "fraction",
    source: `${POH2_NEWS} ("Excess $CLORE holdings above GPU limits earn at 50% rate, with total reward capacity capped at 2x the GPU-determined limit")`,
    retrieved: TODAY,
    confidence: "estimate",
    note: "Secondary source. Read as: holdings count up to 2 × the limit, the part above the limit at half rate, so the weight is at most 1.5 × the limit; the alternative reading of the same sentence is the weight min(h, L) + 0.5 × (h − L) capped at 2 × the limit.",
  }),
  /** Holdings counted by PoH 2.0, as a multiple of the GPU limit. */
  poh2CountedMultiple: param({
    value: "2",
    unit: "× GPU limit",
    source: `${POH2_NEWS} ("total reward capacity capped at 2x the GPU-determined limit")`,
    retrieved: TODAY,
    confidence: "estimate",
    note: "Read as the holding counted (not the weight) being capped at 2 × the limit; see poh2ExcessRate.",
  }),
} as const;
