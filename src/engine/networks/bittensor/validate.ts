/**
 * Bittensor argument rules: coercion plus range checks, which throw DepinError. Range arguments have
 * documented size limits, checked from the range's length before any cell is read; cells are read by index,
 * so a hole in a script's sparse array is a blank cell. The n×n Yuma matrices are read by ./yuma/read.ts.
 */
import { coerce, DepinError, msg, type NumberRule } from "../../core";
import { bittensorParams as P } from "./params";
import { MAX_UIDS, rejectObject, type YumaSettings, type YumaVariant } from "./yuma";

/** Most subnets a per-subnet range (TAO_SUBNET_EMISSION_DTAO, TAO_SUBNET_TO_PRUNE) may hold. */
export const MAX_SUBNETS = 4096;
/** Most root validators (rows of root_weights) and subnets (its columns) TAO_SUBNET_EMISSION accepts. */
export const MAX_ROOT_VALIDATORS = 1024;
export const MAX_ROOT_SUBNETS = 1024;

/** Throws the size error when a range has more than `max` rows, or its first row more than `maxCols` cells. */
function checkSize(param: string, v: unknown, maxRows: number, maxCols: number): void {
  rejectObject(param, v);
  if (!Array.isArray(v)) return;
  const first: unknown = v.length > 0 ? v[0] : undefined;
  const cols = Array.isArray(first) ? first.length : 1;
  if (v.length > maxRows) throw new DepinError("OUT_OF_RANGE", param, v, msg.tooLarge(param, maxRows, v));
  if (cols > maxCols) throw new DepinError("OUT_OF_RANGE", param, v, msg.tooLarge(param, maxCols, v));
}

/** True when the whole argument is blank (see `coerce.isBlankInput`), after the size check: at most `maxRows` rows. */
export function isBlankRange(param: string, v: unknown, maxRows: number): boolean {
  checkSize(param, v, maxRows, Infinity);
  return coerce.isBlankInput(v);
}

/** A single row or column of at most `max` numbers (blank cells 0), size checked before the cells are read. */
export function vector(param: string, v: unknown, max: number, rule: NumberRule = {}): number[] {
  checkSize(param, v, Array.isArray(v) && v.length === 1 ? 1 : max, max);
  return coerce.vector(param, v, { ...rule, maxLength: max });
}

/** A single row or column of at most `max` TRUE/FALSE values (blank cells `def`). */
export function boolVector(param: string, v: unknown, max: number, def = false): boolean[] {
  checkSize(param, v, Array.isArray(v) && v.length === 1 ? 1 : max, max);
  const x = coerce.boolVector(param, v, def);
  if (x.length > max) throw new DepinError("OUT_OF_RANGE", param, v, msg.tooLarge(param, max, v));
  const out = new Array<boolean>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] ?? def;
  return out;
}

/**
 * A rectangular range of numbers, at most maxRows × maxCols (checked before the cells are read); blank cells
 * (and holes) are 0; a row that is not a range row, or of another width, is an error naming `param`.
 */
export function matrix(param: string, v: unknown, maxRows: number, maxCols: number, rule: NumberRule): number[][] {
  checkSize(param, v, maxRows, maxCols);
  const g = Array.isArray(v) ? (v.length > 0 && !Array.isArray(v[0]) ? [v as unknown[]] : (v as unknown[])) : [[v]];
  const m = g.length;
  const width = m > 0 && Array.isArray(g[0]) ? (g[0] as unknown[]).length : 0;
  const out = new Array<number[]>(m);
  for (let i = 0; i < m; i++) {
    const row = g[i];
    if (!Array.isArray(row) || row.length !== width) throw new DepinError("INVALID_ARG", param, v, msg.matrix(param, v));
    const r = new Array<number>(width);
    for (let j = 0; j < width; j++) {
      const c: unknown = row[j];
      r[j] = coerce.isBlank(c) ? 0 : coerce.num(param, c, rule);
    }
    out[i] = r;
  }
  return out;
}

/** A vector of n non-negative numbers (blank cells 0). */
export function vectorN(param: string, v: unknown, n: number, other: string): Float64Array {
  const x = vector(param, v, MAX_UIDS, { min: 0 });
  if (x.length !== n) throw new DepinError("INVALID_ARG", param, v, msg.sameLength(param, other, n, v));
  return Float64Array.from(x);
}

/** A vector of n TRUE/FALSE values, or null when the whole argument is blank. Blank cells are FALSE. */
export function boolsN(param: string, v: unknown, n: number, other: string): Uint8Array | null {
  if (isBlankRange(param, v, MAX_UIDS)) return null;
  const x = boolVector(param, v, MAX_UIDS, false);
  if (x.length !== n) throw new DepinError("INVALID_ARG", param, v, msg.sameLength(param, other, n, v));
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = x[i] ? 1 : 0;
  return out;
}

export const SETTING_NAMES = [
  "kappa",
  "bonds_moving_average",
  "bonds_penalty",
  "yuma",
  "max_validators",
  "owner_uid",
  "stake_threshold",
  "emission",
] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

export const YUMA_VARIANTS: readonly YumaVariant[] = ["yuma", "yuma3"];

/** The provenance record's value of an enumeration, checked against its values. */
function variantOf(value: string): YumaVariant {
  const v = YUMA_VARIANTS.find((x) => x === value);
  if (v === undefined) throw new Error(`bittensorParams.yumaVariant: unknown variant ${value}`);
  return v;
}

/**
 * Defaults of the TAO_YUMA settings (REFERENCE.md B.2), from their provenance records; owner none, no stake
 * threshold and an emission of 1 TAO (results in proportions of the epoch) are the catalog's own defaults.
 */
export const DEFAULT_SETTINGS: YumaSettings = {
  kappa: Number(P.kappa.value),
  bondsMovingAverage: Number(P.bondsMovingAverage.value),
  bondsPenalty: Number(P.bondsPenalty.value),
  yuma: variantOf(P.yumaVariant.value),
  maxValidators: Number(P.maxValidators.value),
  ownerUid: -1,
  stakeThreshold: 0,
  emission: 1,
};

/** Rules of the numeric settings (owner_uid is also at most n − 1), read by `settings` and rendered into the help. */
export const SETTING_RULES = {
  kappa: { gt: 0, lt: 1, default: DEFAULT_SETTINGS.kappa },
  bonds_moving_average: { min: 0, max: 1, default: DEFAULT_SETTINGS.bondsMovingAverage },
  bonds_penalty: { min: 0, max: 1, default: DEFAULT_SETTINGS.bondsPenalty },
  max_validators: { min: 0, integer: true, default: DEFAULT_SETTINGS.maxValidators },
  owner_uid: { min: 0, integer: true },
  stake_threshold: { min: 0, default: DEFAULT_SETTINGS.stakeThreshold },
  emission: { min: 0, default: DEFAULT_SETTINGS.emission },
} as const satisfies Record<Exclude<SettingName, "yuma">, NumberRule>;

/**
 * The `settings` argument: a 2-column name/value range (names case-insensitive; rows whose name and
 * value are both blank are skipped). Unknown names, repeated names and bad values are errors naming
 * the setting. A blank value means the setting's default.
 */
export function settings(v: unknown, n: number): YumaSettings {
  const s: { -readonly [K in keyof YumaSettings]: YumaSettings[K] } = { ...DEFAULT_SETTINGS };
  rejectObject("settings", v);
  if (coerce.isBlankInput(v)) return s;
  const g = coerce.grid(v);
  const seen = new Set<string>();
  const R = SETTING_RULES;
  for (const row of g) {
    if (!Array.isArray(row) || row.length !== 2) throw new DepinError("INVALID_ARG", "settings", v, msg.pairs("settings", v));
    const [rawName, value] = row as [unknown, unknown];
    if (coerce.isBlank(rawName) && coerce.isBlank(value)) continue;
    const name = coerce.choice("settings", rawName, SETTING_NAMES);
    if (seen.has(name)) throw new DepinError("INVALID_ARG", "settings", v, msg.duplicate("settings", name));
    seen.add(name);
    switch (name) {
      case "kappa":
        s.kappa = coerce.num(name, value, R.kappa);
        break;
      case "bonds_moving_average":
        s.bondsMovingAverage = coerce.num(name, value, R.bonds_moving_average);
        break;
      case "bonds_penalty":
        s.bondsPenalty = coerce.num(name, value, R.bonds_penalty);
        break;
      case "yuma":
        s.yuma = coerce.choice(name, value, YUMA_VARIANTS, DEFAULT_SETTINGS.yuma);
        break;
      case "max_validators":
        s.maxValidators = coerce.num(name, value, R.max_validators);
        break;
      case "owner_uid": {
        const o = coerce.optNum(name, value, { ...R.owner_uid, max: n - 1 });
        s.ownerUid = o === undefined ? -1 : o;
        break;
      }
      case "stake_threshold":
        s.stakeThreshold = coerce.num(name, value, R.stake_threshold);
        break;
      case "emission":
        s.emission = coerce.num(name, value, R.emission);
        break;
    }
  }
  return s;
}

/** Rules of the scalar arguments the function cores read themselves (rendered into the help by ./functions.ts). */
export const RULES = {
  nonNeg: { min: 0 },
  fraction: { min: 0, max: 1 },
  blockEmission: { min: 0, default: Number(P.defaultBlockEmission.value) },
  rootKappa: { min: 0, max: 1, default: Number(P.kappa.value) },
  rho: { min: 0, default: Number(P.rho.value) },
  currentBlock: { min: 0 },
  immunityBlocks: { min: 0, default: Number(P.immunityBlocks.value) },
  rootProportion: { min: 0, max: 1, default: Number(P.rootProportion.value) },
} as const satisfies Record<string, NumberRule>;
