/**
 * Every message text the engine produces. Each names the parameter, the bad value and the valid
 * range, in the SPEC §3 wording: `[DEPIN] uptime must be between 0 and 1 (got 1.2)`.
 */
const P = "[DEPIN] ";

/** Shows a user's value the way they typed it: numbers plainly, text in quotes, arrays by size. */
export function show(v: unknown): string {
  if (v === null || v === undefined) return "blank";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (Array.isArray(v)) {
    const rows = v.length;
    const cols = Array.isArray(v[0]) ? (v[0] as unknown[]).length : 1;
    return `a ${rows}×${cols} range`;
  }
  // Hosts pass numbers, text, booleans, blanks, ranges and error objects; a script can pass anything,
  // including objects whose conversion to text throws (Object.create(null), a throwing toString/valueOf).
  try {
    return String(v);
  } catch {
    return "an object";
  }
}

export const msg = {
  required: (param: string) => `${P}${param} is required (got blank)`,
  notNumber: (param: string, v: unknown) => `${P}${param} must be a number (got ${show(v)})`,
  notFinite: (param: string, v: unknown) => `${P}${param} must be a finite number (got ${show(v)})`,
  notBoolean: (param: string, v: unknown) => `${P}${param} must be TRUE or FALSE (got ${show(v)})`,
  notText: (param: string, v: unknown) => `${P}${param} must be text (got ${show(v)})`,
  errorValue: (param: string, v: unknown) => `${P}${param} is an error value (got ${show(v)})`,
  between: (param: string, lo: string | number, hi: string | number, v: unknown) =>
    `${P}${param} must be between ${lo} and ${hi} (got ${show(v)})`,
  betweenExclusive: (param: string, lo: string | number, hi: string | number, v: unknown) =>
    `${P}${param} must be greater than ${lo} and less than ${hi} (got ${show(v)})`,
  atLeast: (param: string, lo: string | number, v: unknown) => `${P}${param} must be at least ${lo} (got ${show(v)})`,
  atMost: (param: string, hi: string | number, v: unknown) => `${P}${param} must be at most ${hi} (got ${show(v)})`,
  inRange: (param: string, range: string, v: unknown) => `${P}${param} must be ${range} (got ${show(v)})`,
  greaterThan: (param: string, lo: string | number, v: unknown) =>
    `${P}${param} must be greater than ${lo} (got ${show(v)})`,
  integer: (param: string, range: string, v: unknown) =>
    `${P}${param} must be a whole number${range ? ` ${range}` : ""} (got ${show(v)})`,
  oneOf: (param: string, values: readonly string[], v: unknown) =>
    `${P}${param} must be one of ${values.map((x) => `"${x}"`).join(", ")} (got ${show(v)})`,
  single: (param: string, v: unknown) => `${P}${param} must be a single cell (got ${show(v)})`,
  vector: (param: string, v: unknown) => `${P}${param} must be a single row or a single column (got ${show(v)})`,
  matrix: (param: string, v: unknown) => `${P}${param} must be a range or array constant (got ${show(v)})`,
  square: (param: string, v: unknown) => `${P}${param} must be a square n×n range (got ${show(v)})`,
  sameLength: (param: string, other: string, expected: number, v: unknown) =>
    `${P}${param} must have ${expected} values, one per ${other} (got ${show(v)})`,
  sumAtMost: (param: string, max: number, v: unknown) => `${P}${param} must sum to at most ${max} (got ${show(v)})`,
  tooLarge: (param: string, max: number, v: unknown) =>
    `${P}${param} has too many entries: at most ${max} (got ${show(v)})`,
  pairs: (param: string, v: unknown) =>
    `${P}${param} must be a 2-column range of name/value pairs (got ${show(v)})`,
  onlyInRegime: (param: string, value: string, regime: string, current: string, values: readonly string[], v: unknown) =>
    `${P}${param} ${JSON.stringify(value)} is only valid with regime ${JSON.stringify(regime)}; with regime ${JSON.stringify(current)} ${param} must be one of ${values.map((x) => `"${x}"`).join(", ")} (got ${show(v)})`,
  unknownFunction: (param: string, v: unknown, hint: string) =>
    `${P}${param} must be the name of a DEPIN function, e.g. "IO_AVAIL_REWARD" or "DEPIN.IO_AVAIL_REWARD" (got ${show(v)}); ${hint}`,
  duplicate: (param: string, name: string) => `${P}${param} names ${JSON.stringify(name)} more than once`,
  unknownName: (param: string, what: string, matches: readonly string[], v: unknown) =>
    `${P}${param} must be ${what}${matches.length > 0 ? `; close matches: ${matches.map((x) => JSON.stringify(x)).join(", ")}` : ""} (got ${show(v)})`,
  ambiguousName: (param: string, where: string, rows: readonly string[], v: unknown) =>
    `${P}${param} ${show(v)} names rows that differ in ${where}: ${rows.join(", ")}; give one of these names (got ${show(v)})`,
  notAvailable: (what: string) => `${P}${what}`,
  internal: (fn: string) => `${P}internal error in ${fn}`,
  nonFiniteResult: (fn: string) => `${P}${fn} produced a result that is not a finite number; check the inputs`,
} as const;
