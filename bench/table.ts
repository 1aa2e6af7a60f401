/**
 * Every declared function (src/engine/functions.ts), measured through its Excel adapter with the arguments
 * of its documented example: so no function is left unmeasured, including ones added after the
 * per-family benchmarks were written. Scalar functions are measured against SPEC §7's ≥ 1,000,000/s
 * (≥ 250,000/s for the chain emulations: util.ts targetOf); spills report calls per second.
 * The inputs are the example's (constant), so this is a floor check, not a replacement for the
 * per-family benchmarks with varying inputs.
 */
import { FUNCTIONS } from "../src/engine/functions";
import * as adapters from "../src/functions";
import { adapterName } from "../src/functions/naming";
import { parseCall } from "../test/helpers/cases";
import type { BenchRow } from "./types";
import { type Call, checkSink, measure, targetOf } from "./util";



/** The example's arguments as Excel hands them to the adapter, or undefined when they are not literals. */
export function exampleArgs(formula: string): unknown[] | undefined {
  try {
    return parseCall(formula).args;
  } catch {
    return undefined;
  }
}

export function benchTable(): BenchRow[] {
  const rows: BenchRow[] = [];
  const fns = adapters as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const d of FUNCTIONS) {
    const args = exampleArgs(d.doc.example.formula);
    const adapter = fns[adapterName(d.id)];
    if (!args || !adapter) continue;
    const spill = d.result.kind === "spill";
    const f: Call = spill
      ? () => (adapter(...args) as unknown[]).length
      : () => {
          const v = adapter(...args);
          return typeof v === "number" ? v : 1;
        };
    const target = spill ? undefined : targetOf(d.id);
    rows.push({ name: `${d.id} (example)`, value: Math.round(measure(f, 0.2, 3)), unit: spill ? "calls/s" : "evaluations/s", target });
  }
  checkSink();
  return rows;
}
