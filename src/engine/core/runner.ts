/**
 * The generic runner: turns a {@link FunctionDecl} into a function of raw cell values. Each declared
 * argument becomes one coercer (raw cell value → validated core input), built once when the table is
 * bound, so the hot path is one closure call per argument plus the core: no per-call rule objects, no
 * argument arrays (the runner is specialised by arity).
 *
 * Every failure throws DepinError with a message naming the argument, the value and the valid range
 * (core/coerce.ts); range arguments are checked against their declared size limit before any cell is read.
 */
import * as coerce from "./coerce";
import { D } from "./decimal";
import type { ArgDecl, FunctionDecl, NumberArg } from "./decl";
import { DepinError } from "./errors";
import { msg } from "./messages";
import type { Param } from "./provenance";

const identity = (x: unknown): unknown => x;

export type Coercer = (raw: unknown) => unknown;
/** A bound function: raw cell values in, the core's result out (DepinError on bad input). */
export type Bound = (...raw: unknown[]) => unknown;

function isParam(x: unknown): x is Param {
  return typeof x === "object" && x !== null && "value" in x && "source" in x;
}

/** The numeric default of an argument (a provenance record's value parsed once), or undefined. */
export function numberDefault(a: NumberArg): number | undefined {
  if (a.default === undefined) return undefined;
  const n = isParam(a.default) ? Number(a.default.value) : a.default;
  if (!Number.isFinite(n)) throw new Error(`default of ${a.name} is not a finite number`);
  return n;
}

/** The default of a text, enum or boolean argument in its core form, or undefined. */
function plainDefault(d: string | boolean | Param | undefined): string | boolean | undefined {
  if (d === undefined) return undefined;
  return isParam(d) ? d.value : d;
}

/** The numeric rule of a number argument (fraction: 0 to 1 unless the declaration bounds it). */
export function numberRule(a: NumberArg): coerce.NumberRule {
  const bounded = a.min !== undefined || a.max !== undefined || a.gt !== undefined || a.lt !== undefined;
  const frac = a.kind === "fraction" && !bounded;
  return {
    min: frac ? 0 : a.min,
    max: frac ? 1 : a.max,
    gt: a.gt,
    lt: a.lt,
    integer: a.kind === "integer" || undefined,
    default: numberDefault(a),
  };
}

/** Rejects a range larger than `rows × cols` before any of its cells is read. */
function checkSize(name: string, v: unknown, maxRows: number, maxCols: number, maxCells: number): void {
  if (!Array.isArray(v)) return;
  const rows = v.length;
  const first: unknown = rows > 0 ? v[0] : undefined;
  const cols = Array.isArray(first) ? first.length : 1;
  if (rows > maxRows || cols > maxCols || rows * cols > maxCells) {
    throw new DepinError("OUT_OF_RANGE", name, v, msg.tooLarge(name, maxCells, v));
  }
}

const blankArg = (v: unknown): boolean => coerce.isBlankInput(v);

/** The coercer of one declared argument. */
export function coercer(a: ArgDecl): Coercer {
  const name = a.name;
  switch (a.kind) {
    case "number":
    case "integer":
    case "fraction": {
      const rule = numberRule(a);
      const optional = a.optional === true && rule.default === undefined;
      if (a.as === "decimal") {
        if (optional) return (v) => {
          const n = coerce.optNum(name, v, rule);
          return n === undefined ? undefined : new D(n);
        };
        return (v) => coerce.dec(name, v, rule);
      }
      if (optional) return (v) => coerce.optNum(name, v, rule);
      return (v) => coerce.num(name, v, rule);
    }
    case "enum": {
      const def = plainDefault(a.default) as string | undefined;
      const values = a.values;
      if (a.optional && def === undefined) return (v) => (blankArg(v) ? undefined : coerce.choice(name, v, values));
      return (v) => coerce.choice(name, v, values, def);
    }
    case "text": {
      const def = plainDefault(a.default) as string | undefined;
      if (a.optional && def === undefined) return (v) => (blankArg(v) ? undefined : coerce.text(name, v));
      return (v) => coerce.text(name, v, def);
    }
    case "boolean": {
      const d = plainDefault(a.default);
      const def = typeof d === "string" ? d.toUpperCase() === "TRUE" : d;
      if (a.optional && def === undefined) return (v) => (blankArg(v) ? undefined : coerce.bool(name, v));
      return (v) => coerce.bool(name, v, def);
    }
    case "vector": {
      const rule: coerce.VectorRule = { min: a.min, max: a.max, gt: a.gt, lt: a.lt, integer: a.integer, maxLength: a.maxLength, blank: a.blank };
      const max = a.maxLength;
      // The size check comes first, also for an optional range that turns out blank: nothing is read before it.
      const optional = a.optional === true;
      return (v) => {
        checkSize(name, v, max, max, max);
        return optional && blankArg(v) ? undefined : coerce.vector(name, v, rule);
      };
    }
    case "matrix": {
      const rule: coerce.VectorRule = { min: a.min, max: a.max, gt: a.gt, lt: a.lt };
      const { maxRows, maxCols } = a;
      const maxCells = a.maxCells ?? maxRows * maxCols;
      const optional = a.optional === true;
      return (v) => {
        checkSize(name, v, maxRows, maxCols, maxCells);
        return optional && blankArg(v) ? undefined : coerce.matrix(name, v, rule);
      };
    }
    case "raw":
      return (v) => v;
  }
}

/**
 * Binds a declaration: a function of raw cell values that validates each argument, in declaration order,
 * and calls the core (then `finish` on its result, when given). Missing trailing arguments are blank
 * (`undefined`).
 */
export function bind(decl: FunctionDecl, finish?: (result: unknown) => unknown): Bound {
  const c = decl.args.map(coercer);
  const core = decl.core as (...args: unknown[]) => unknown;
  // The finisher (the host's result conversion) runs inside the same closure as the core.
  const fin = finish ?? identity;
  switch (c.length) {
    case 0:
      return () => fin(core());
    case 1: {
      const [c0] = c as [Coercer];
      return (a) => fin(core(c0(a)));
    }
    case 2: {
      const [c0, c1] = c as [Coercer, Coercer];
      return (a, b) => fin(core(c0(a), c1(b)));
    }
    case 3: {
      const [c0, c1, c2] = c as [Coercer, Coercer, Coercer];
      return (a, b, d) => fin(core(c0(a), c1(b), c2(d)));
    }
    case 4: {
      const [c0, c1, c2, c3] = c as [Coercer, Coercer, Coercer, Coercer];
      return (a, b, d, e) => fin(core(c0(a), c1(b), c2(d), c3(e)));
    }
    case 5: {
      const [c0, c1, c2, c3, c4] = c as [Coercer, Coercer, Coercer, Coercer, Coercer];
      return (a, b, d, e, f) => fin(core(c0(a), c1(b), c2(d), c3(e), c4(f)));
    }
    case 6: {
      const [c0, c1, c2, c3, c4, c5] = c as [Coercer, Coercer, Coercer, Coercer, Coercer, Coercer];
      return (a, b, d, e, f, g) => fin(core(c0(a), c1(b), c2(d), c3(e), c4(f), c5(g)));
    }
    default:
      return (...raw: unknown[]) => {
        const args = new Array<unknown>(c.length);
        for (let i = 0; i < c.length; i++) args[i] = c[i]!(raw[i]);
        return fin(core(...args));
      };
  }
}
