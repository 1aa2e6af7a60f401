/**
 * One declaration per function. Each network declares each of its DEPIN functions once, as a
 * {@link FunctionDecl} table entry: id, summary, arguments (kind, range rule, default from a provenance
 * record, unit, help), result kind, the typed core and the documentation. Everything else is derived
 * from the table:
 *
 * - the generic runner (`bind` in ./runner.ts) coerces and validates raw cell values against the
 *   declared arguments (rule objects built once, at module load) and calls the core;
 * - `src/functions/*.ts` with their JSDoc (and so functions.json) are generated from it by
 *   `npm run gen:functions` (scripts/gen-functions.ts); help text for ranges and defaults is rendered
 *   from the rules (./render.ts), never written by hand;
 * - docs/functions.md, the help page, DEPIN_EXPLAIN, the taskpane's function browser and the headless
 *   plugin read the same table.
 *
 * The model is HyperFormula's `implementedFunctions` records: argument types with min/max/default,
 * read by one generic runner. Pure data and types: no Office, DOM or network.
 */
import type { Dec } from "./decimal";
import type { Confidence, Param } from "./provenance";

/** Fields every argument declares. */
interface ArgBase {
  /** Excel's argument name (snake_case, as in SPEC §4). */
  readonly name: string;
  /** What the argument is, with its unit, without range or default (those are rendered from the rule). */
  readonly help: string;
}

/** Numeric range rule: inclusive min/max, exclusive gt/lt. */
export interface Range {
  readonly min?: number;
  readonly max?: number;
  readonly gt?: number;
  readonly lt?: number;
}

/**
 * A scalar number. `fraction` means 0 to 1 unless the rule says otherwise; `integer` means a whole number.
 * The core receives a JS number, or a Decimal with `as: "decimal"` (built from the number's shortest
 * decimal form). Blank → `default` (a provenance record whose value parses as a number, or a number that
 * is a documented constant of the catalog); no default and `optional: true` → the core receives `undefined`
 * (describe what happens in `defaultText`); neither → required.
 */
export interface NumberArg extends ArgBase, Range {
  readonly kind: "number" | "integer" | "fraction";
  readonly default?: Param | number;
  readonly optional?: true;
  readonly defaultText?: string;
  readonly as?: "number" | "decimal";
}

/** A case-insensitive enumeration; the core receives the canonical spelling from `values`. */
export interface EnumArg extends ArgBase {
  readonly kind: "enum";
  readonly values: readonly string[];
  readonly default?: string | Param;
  readonly optional?: true;
  readonly defaultText?: string;
}

/** Free text (numbers are turned into their text). */
export interface TextArg extends ArgBase {
  readonly kind: "text";
  readonly default?: string | Param;
  readonly optional?: true;
  readonly defaultText?: string;
}

/** TRUE/FALSE (also 1/0 and the texts TRUE/FALSE). */
export interface BooleanArg extends ArgBase {
  readonly kind: "boolean";
  readonly default?: boolean | Param;
  readonly optional?: true;
  readonly defaultText?: string;
}

/**
 * A single row or column (or one cell) of numbers; blank cells are `blank` (0). `maxLength` is the
 * documented size limit, checked before the range is walked.
 */
export interface VectorArg extends ArgBase, Range {
  readonly kind: "vector";
  readonly integer?: boolean;
  readonly maxLength: number;
  readonly blank?: number;
  readonly optional?: true;
  readonly defaultText?: string;
}

/** A rectangular 2-D range of numbers; blank cells are 0. Size limits checked before the range is walked. */
export interface MatrixArg extends ArgBase, Range {
  readonly kind: "matrix";
  readonly maxRows: number;
  readonly maxCols: number;
  /** Largest number of cells whatever the shape (default maxRows × maxCols), checked before the range is walked. */
  readonly maxCells?: number;
  readonly optional?: true;
  readonly defaultText?: string;
}

/**
 * An argument the core reads itself (mixed text/number ranges, kernels that read rows in place). The core
 * receives the raw host value and must validate it with the coerce helpers. `range` says whether Excel
 * passes a range (`any[][]`) or a single value. `limit` documents the size limit for ranges.
 */
export interface RawArg extends ArgBase {
  readonly kind: "raw";
  readonly range: boolean;
  /** The cell type Excel is told for a single-value raw argument (default "any"). */
  readonly type?: "number" | "string" | "boolean";
  readonly optional?: true;
  readonly defaultText?: string;
  readonly limit?: string;
}

export type ArgDecl = NumberArg | EnumArg | TextArg | BooleanArg | VectorArg | MatrixArg | RawArg;

/** What the core receives for one declared argument. */
export type CoreArg<A extends ArgDecl> = A extends NumberArg
  ? (A extends { as: "decimal" } ? Dec : number) | (A extends { optional: true } ? undefined : never)
  : A extends EnumArg
    ? A["values"][number] | (A extends { optional: true } ? undefined : never)
    : A extends TextArg
      ? string | (A extends { optional: true } ? undefined : never)
      : A extends BooleanArg
        ? boolean | (A extends { optional: true } ? undefined : never)
        : A extends VectorArg
          ? number[] | (A extends { optional: true } ? undefined : never)
          : A extends MatrixArg
            ? number[][] | (A extends { optional: true } ? undefined : never)
            : unknown;

export type CoreArgs<A extends readonly ArgDecl[]> = { -readonly [K in keyof A]: A[K] extends ArgDecl ? CoreArg<A[K]> : never };

/** One output cell as the engine produces it; `null` is a blank cell inside a spill. */
export type EngineCell = Dec | number | string | boolean | null;

/**
 * The result: one cell of a kind, or a spill. `help` is the JSDoc `@returns` text (with the unit).
 * A spill declares its shape in words (for the reference) and, when it has one, its header row.
 */
export type ResultDecl =
  | { readonly kind: "number"; readonly help: string }
  | { readonly kind: "text"; readonly help: string }
  | { readonly kind: "boolean"; readonly help: string }
  | { readonly kind: "value"; readonly help: string }
  | { readonly kind: "spill"; readonly help: string; readonly shape: string; readonly header?: readonly string[] };

export type CoreResult<R extends ResultDecl> = R extends { kind: "number" }
  ? Dec | number
  : R extends { kind: "text" }
    ? string
    : R extends { kind: "boolean" }
      ? boolean
      : R extends { kind: "value" }
        ? Dec | number | string | boolean
        : readonly (readonly EngineCell[])[];

/** The rule set a function models, with its validity dates (ISO, UTC) and the confidence of the rule. */
export interface RegimeRef {
  /** Regime id as in the regime timeline, e.g. "tao-dtao-balancer". */
  readonly id: string;
  readonly from: string;
  /** Last day in force; absent while current. */
  readonly to?: string;
  readonly confidence: Confidence;
}

/** Documentation fields of a function (what docs/functions.md, the help page and DEPIN_EXPLAIN show). */
export interface DocDecl {
  /** The formula in plain text. */
  readonly formula: string;
  /** Provenance records of the constants the function uses beyond its argument defaults, keyed by name. */
  readonly params?: Readonly<Record<string, Param>>;
  /** Primary source (URL or owner/repo@commit:path:lines). */
  readonly source: string;
  /** As-of date (YYYY-MM-DD) of the rule modelled. */
  readonly asOf: string;
  /** Which dated rule set the function models. */
  readonly regime?: RegimeRef;
  /** Assumptions and readings, one sentence each. */
  readonly assumptions?: readonly string[];
  /** Rounding policy: internal precision, output rounding, chain integer units. */
  readonly rounding: string;
  /**
   * A worked example, executed by a test: `result` is the expected scalar (a decimal string or text; a
   * number is compared with `tolerance`, default 1e-9 relative) or the expected spilled table.
   */
  readonly example: {
    readonly formula: string;
    readonly result: string | readonly (readonly (string | number | boolean | null)[])[];
    readonly tolerance?: number;
  };
}

export interface FunctionDecl<A extends readonly ArgDecl[] = readonly ArgDecl[], R extends ResultDecl = ResultDecl> {
  /** Catalog id, e.g. "AKT_TAKE_FEE" (Excel shows DEPIN.AKT_TAKE_FEE). */
  readonly id: string;
  /** One sentence with the result's unit: the JSDoc description Excel shows. */
  readonly summary: string;
  readonly args: A;
  readonly result: R;
  /** The typed core: validated arguments in, engine cells out. Cross-argument checks throw DepinError. */
  readonly core: (...args: CoreArgs<A>) => CoreResult<R>;
  readonly doc: DocDecl;
}

/** The table entry of one function, type-checked against its arguments (argument kinds → core types). */
export function defineFunction<const A extends readonly ArgDecl[], const R extends ResultDecl>(
  d: FunctionDecl<A, R>
): FunctionDecl {
  return d as unknown as FunctionDecl;
}
