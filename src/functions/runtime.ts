/**
 * The generated adapters' runtime: each DEPIN function's declaration bound once (src/engine/core/runner.ts)
 * and finished by the boundary conversion of its result kind (a finite double, a text or boolean cell, or a
 * rectangular table). Errors are turned into Excel errors by the adapter's `catch` (boundary.toHostError).
 */
import type { ResultDecl } from "../engine/core/decl";
import { bind } from "../engine/core/runner";
import { FUNCTION_BY_ID } from "../engine/functions";
import { outMatrix, outNumber, outValue } from "./boundary";

export { toHostError } from "./boundary";

/** A host-ready function: raw cell values in, what Excel receives out. */
export type HostFunction = (...args: unknown[]) => unknown;

function finisher(id: string, result: ResultDecl): (x: unknown) => unknown {
  switch (result.kind) {
    case "number":
      return (x) => outNumber(id, x);
    case "spill":
      return (x) => outMatrix(id, x);
    default:
      return (x) => outValue(id, x);
  }
}

/** The declared function `id`, bound and finished for a spreadsheet host. */
export function hostFunction(id: string): HostFunction {
  const decl = FUNCTION_BY_ID.get(id);
  if (decl === undefined) throw new Error(`no declaration for ${id}`);
  return bind(decl, finisher(id, decl.result));
}
