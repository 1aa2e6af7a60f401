/** Helpers for table-driven engine tests (STYLE.md §Tests). */
import { D } from "../../src/engine/core/decimal";
import { DepinError } from "../../src/engine/core/errors";

/** An expected value (decimal string) or an expected DepinError. */
export type Expect = string | { code: string; param: string };

/** Expected DepinErrors by code, naming the argument. */
export const OOR = (param: string) => ({ code: "OUT_OF_RANGE", param });
export const BAD = (param: string) => ({ code: "INVALID_ARG", param });
export const ENUM = (param: string) => ({ code: "UNKNOWN_REGIME", param });
export const NA = (param: string) => ({ code: "NOT_AVAILABLE", param });

/**
 * Runs `compute` and checks it against `expected`: exactly (D(actual).eq(expected)) when `tol` is
 * omitted, else |actual − expected| ≤ tol; or that it throws a DepinError with the given code and param.
 */
export function expectRow(compute: () => { toString(): string } | number, expected: Expect, tol?: string | number): void {
  if (typeof expected === "string") {
    const actual = D(compute().toString());
    if (tol === undefined) {
      if (!actual.eq(expected)) throw new Error(`expected ${expected}, got ${actual.toString()}`);
    } else if (actual.minus(expected).abs().gt(tol)) {
      throw new Error(`expected ${expected} ± ${tol}, got ${actual.toString()}`);
    }
    return;
  }
  let err: unknown;
  try {
    compute();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(DepinError);
  expect({ code: (err as DepinError).code, param: (err as DepinError).param }).toEqual(expected);
  expect((err as DepinError).message).toMatch(/^\[DEPIN\] /);
}
