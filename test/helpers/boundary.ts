/**
 * An engine call finished for the host the way a generated adapter does it (src/functions/<family>.ts:
 * `try { return finish(core(...)) } catch (e) { throw toHostError(id, e) }`), for boundary tests.
 */
import type { EngineCell } from "../../src/functions/boundary";
import { outMatrix, outNumber, outValue, toHostError } from "../../src/functions/boundary";

function finished<T>(fn: string, compute: () => unknown, finish: (fn: string, x: unknown) => T): T {
  try {
    return finish(fn, compute());
  } catch (e) {
    throw toHostError(fn, e);
  }
}

export const cellNumber = (fn: string, compute: () => unknown): number => finished(fn, compute, outNumber);
export const cellValue = (fn: string, compute: () => EngineCell): unknown => finished(fn, compute, outValue);
export const cellMatrix = (fn: string, compute: () => readonly (readonly EngineCell[])[]): unknown => finished(fn, compute, outMatrix);
