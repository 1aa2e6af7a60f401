/**
 * Every DEPIN call in a preset's model or chart formulas names a function of the catalog
 * (functions.generated.json) with an argument count it accepts, and quoted enumeration arguments are
 * spelled as the metadata documents them.
 */
import metadata from "../../src/functions/functions.generated.json";
import { getPreset, listPresets, CHART_X } from "../../src/presets";

interface Meta {
  id: string;
  parameters?: { name: string; optional?: boolean; description?: string }[];
}
const FUNCTIONS = new Map((metadata as { functions: Meta[] }).functions.map((f) => [f.id, f]));

/** DEPIN calls in a formula with their top-level argument texts. */
function depinCalls(formula: string): { id: string; args: string[] }[] {
  const out: { id: string; args: string[] }[] = [];
  const re = /DEPIN\.([A-Z0-9_]+)\s*\(/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula))) {
    let i = m.index + m[0].length;
    let depth = 0;
    let inStr = false;
    let cur = "";
    const args: string[] = [];
    for (; i < formula.length; i++) {
      const c = formula[i]!;
      if (inStr) {
        cur += c;
        if (c === '"') inStr = false;
        continue;
      }
      if (c === '"') inStr = true;
      if (c === "(") depth++;
      if (c === ")") {
        if (depth === 0) break;
        depth--;
      }
      if (c === "," && depth === 0) {
        args.push(cur.trim());
        cur = "";
      } else cur += c;
    }
    if (cur.trim() !== "" || args.length > 0) args.push(cur.trim());
    out.push({ id: m[1]!, args });
  }
  return out;
}

const rows = listPresets().flatMap((s) => {
  const p = getPreset(s.id)!;
  return [...p.model.map((m) => m.formula), ...(p.chart?.series.map((x) => x.formula.split(CHART_X).join("1")) ?? [])].flatMap((f) =>
    depinCalls(f).map((c) => [s.id, c.id, c.args.length, f, c.args] as const)
  );
});

describe("preset formulas call catalog functions correctly", () => {
  it("finds the calls", () => expect(rows.length).toBeGreaterThan(60));
  it.each(rows.map((r) => [r[0], r[1], r[2], r] as const))("%s: DEPIN.%s with %i argument(s)", (_id, fn, n, r) => {
    const meta = FUNCTIONS.get(fn);
    expect(meta ? fn : `unknown function ${fn}`).toBe(fn);
    const params = meta!.parameters ?? [];
    const required = params.filter((p) => !p.optional).length;
    expect({ fn, n, ok: n >= required && n <= params.length }).toEqual({ fn, n, ok: true });
    // quoted enumeration values appear in the parameter's description
    r[4].forEach((arg, i) => {
      const q = /^"(.*)"$/.exec(arg);
      if (q && params[i]) expect({ fn, arg, documented: (params[i]!.description ?? "").toLowerCase().includes(q[1]!.toLowerCase()) || /denom/i.test(params[i]!.name) }).toEqual({ fn, arg, documented: true });
    });
  });
});
