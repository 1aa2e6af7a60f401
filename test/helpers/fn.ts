/**
 * A declared function bound by the generic runner (src/engine/core/runner.ts): raw cell values in, the
 * core's result out (Decimal, number, text or a table), DepinError on bad input. Engine tests call
 * functions this way, through the same validation every host uses.
 */
import type { FunctionDecl } from "../../src/engine/core/decl";
import { bind, type Bound } from "../../src/engine/core/runner";
import { FUNCTION_BY_ID } from "../../src/engine/functions";

/** What a core returns (Decimal, number, text, boolean or a table): tests narrow it themselves. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Called = (...raw: unknown[]) => any;

const cache = new Map<string, Bound>();

/** The declaration of `id` in the function table. */
export function decl(id: string): FunctionDecl {
  const d = FUNCTION_BY_ID.get(id);
  if (d === undefined) throw new Error(`${id} is not declared in the function table`);
  return d;
}

export function fn(id: string): Called {
  let f = cache.get(id);
  if (f === undefined) cache.set(id, (f = bind(decl(id))));
  return f;
}
