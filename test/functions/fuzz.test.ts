/**
 * Property-based fuzzing of every declared function through its Excel adapter, with every kind of value a
 * spreadsheet host hands over: numbers (±0, 10^±300, non-integers where integers are expected), numeric
 * and other text, booleans, blanks, error values, single cells where ranges are expected and ranges of the
 * wrong shape. It enumerates the function table, so a new function is fuzzed as soon as it is declared.
 *
 * The property: a call either returns what Excel can show (a finite number, text, a boolean, or a
 * non-empty rectangular table of those) or throws the host's `#VALUE!`/`#N/A` with a `[DEPIN]` message
 * that is not the generic "internal error". Never NaN, Infinity, undefined or a raw JavaScript error.
 *
 * Reproduce a failure: FUZZ_SEED=<seed printed by fast-check> FUZZ_RUNS=<n> npm run test:unit -- test/functions/fuzz.test.ts -t <ID>
 * (defaults: seed 20261206, 1,000 runs per function).
 */
import fc from "fast-check";
import type { ArgDecl, FunctionDecl } from "../../src/engine/core/decl";
import { FUNCTIONS } from "../../src/engine/functions";
import * as adapters from "../../src/functions";
import { HostError } from "../../src/functions/boundary";
import { adapterName } from "../../src/functions/naming";

const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** An error value as a host passes it in a cell (HyperFormula CellError / Excel error shapes). */
const errorValue = fc.constantFrom<unknown>(
  { type: "DIV_BY_ZERO", value: "#DIV/0!" },
  { type: "Error", errorType: "NotAvailable", basicValue: "#N/A" },
  { code: "#VALUE!" }
);

const number = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, 2, 10, 100, 1e-300, -1e-300, 1e300, -1e300, 1e15, 2 ** 53, 0.1, 64, 4096, 1e6),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 0, max: 1, noNaN: true })
);
const text = fc.oneof(fc.constantFrom("", " 5 ", "1e3", "abc", "TRUE", "H100", "stake", "io", "2026-04-01", "uakt", "-0"), fc.string({ maxLength: 8 }));
const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: number },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: errorValue }
);
/** A range: 1×1, a row, a column, a square or a ragged block, mostly numbers. */
const range: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(fc.array(scalar, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
  fc.integer({ min: 1, max: 6 }).chain((n) => fc.array(fc.array(fc.oneof(number, fc.constant(null)), { minLength: n, maxLength: n }), { minLength: n, maxLength: n })),
  fc.array(number, { minLength: 1, maxLength: 6 }).map((xs) => xs.map((x) => [x])),
  fc.array(number, { minLength: 1, maxLength: 6 }).map((xs) => [xs])
);

function argArbitrary(a: ArgDecl): fc.Arbitrary<unknown> {
  const isRange = a.kind === "vector" || a.kind === "matrix" || (a.kind === "raw" && a.range);
  if (isRange) return fc.oneof({ weight: 4, arbitrary: range }, { weight: 1, arbitrary: scalar });
  if (a.kind === "enum") return fc.oneof(fc.constantFrom(...a.values, ...a.values.map((v) => v.toUpperCase())), scalar);
  return fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: range });
}

function isCell(x: unknown): boolean {
  return (typeof x === "number" && Number.isFinite(x)) || typeof x === "string" || typeof x === "boolean";
}

function checkOutcome(d: FunctionDecl, call: () => unknown): void {
  let out: unknown;
  try {
    out = call();
  } catch (e) {
    if (!(e instanceof HostError)) throw new Error(`${d.id} threw a raw ${String(e)}`);
    if (!/^\[DEPIN\] /.test(e.message) || /internal error/.test(e.message)) throw new Error(`${d.id}: ${e.code} ${e.message}`);
    return;
  }
  if (d.result.kind === "spill") {
    if (!Array.isArray(out) || out.length === 0) throw new Error(`${d.id} returned ${String(out)}`);
    const w = (out[0] as unknown[]).length;
    for (const row of out as unknown[][]) {
      if (!Array.isArray(row) || row.length !== w || w === 0 || !row.every(isCell)) throw new Error(`${d.id} returned a bad row ${JSON.stringify(row)}`);
    }
  } else if (!isCell(out)) throw new Error(`${d.id} returned ${String(out)}`);
}

describe("fuzzing every declared function through its adapter", () => {
  it.each(FUNCTIONS.map((d) => [d.id, d] as const))("%s", (_id, d) => {
    const adapter = (adapters as unknown as Record<string, (...a: unknown[]) => unknown>)[adapterName(d.id)];
    expect(typeof adapter).toBe("function");
    const args = fc.tuple(...d.args.map(argArbitrary));
    const omitted = fc.integer({ min: 0, max: d.args.length });
    fc.assert(
      fc.property(args, omitted, (xs, keep) => {
        checkOutcome(d, () => adapter!(...xs));
        checkOutcome(d, () => adapter!(...xs.slice(0, keep)));
      }),
      { seed: SEED, numRuns: RUNS }
    );
  });

  it("inputs only a script can make give the usual message, not an internal error", () => {
    const hostile: unknown[] = [
      Object.create(null),
      { valueOf: () => { throw new Error("boom"); }, toString: () => { throw new Error("boom"); } },
      // eslint-disable-next-line no-sparse-arrays
      [[1, , 3]],
      [[Object.create(null)]],
    ];
    for (const d of FUNCTIONS) {
      const adapter = (adapters as unknown as Record<string, (...a: unknown[]) => unknown>)[adapterName(d.id)]!;
      for (const h of hostile) {
        for (let i = 0; i < d.args.length; i++) {
          const xs: unknown[] = d.args.map(() => null);
          xs[i] = h;
          checkOutcome(d, () => adapter(...xs));
        }
      }
    }
  });
});
