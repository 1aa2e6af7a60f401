/**
 * Every CLORE (and DEPIN_) case of ../shared/reference/cases.public.json (SPEC §6), evaluated by calling the
 * custom-function adapters of src/functions/clore.ts and src/functions/depin.ts directly. The case formulas
 * are single calls with literal arguments, so a small parser is enough: numbers, "text", TRUE/FALSE, a/b
 * quotients, and empty arguments (passed as null, as Excel passes an omitted optional argument). A null
 * cell in an expected table is unchecked (a label). The headless evaluator runs the same file through
 * HyperFormula (`depin-calc cases`).
 *
 * The case file lives beside the repository (../shared); DEPIN_CASES overrides the path. Without it the
 * suite is skipped with a warning.
 */
import * as fs from "fs";
import * as path from "path";
import { HostError } from "../../../src/functions/boundary";
import * as cloreFns from "../../../src/functions/clore";
import * as depinFns from "../../../src/functions/depin";

interface Case {
  id: string;
  formula: string;
  expected: number | string | boolean | unknown[][] | { error: string };
  tolerance: number;
  source: string;
}

const FILE = process.env.DEPIN_CASES ?? path.resolve(__dirname, "../../../../shared/reference/cases.public.json");
const cases: Case[] = fs.existsSync(FILE) ? (JSON.parse(fs.readFileSync(FILE, "utf8")) as Case[]) : [];
const mine = cases.filter((c) => /^=DEPIN\.(CLORE|DEPIN)_/i.test(c.formula));
const adapters: Record<string, unknown> = { ...cloreFns, ...depinFns };

/** CLORE_BLOCK_REWARD → cloreBlockReward (the adapter naming rule). */
const camelOf = (id: string) => id.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** Splits the argument list on top-level commas (none of the case arguments nest). */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function parseArg(raw: string): unknown {
  const a = raw.trim();
  if (a === "") return null;
  if (/^".*"$/.test(a)) return a.slice(1, -1).replace(/""/g, '"');
  if (/^true$/i.test(a)) return true;
  if (/^false$/i.test(a)) return false;
  const q = /^([^/]+)\/([^/]+)$/.exec(a);
  if (q) return Number(q[1]) / Number(q[2]);
  const n = Number(a);
  if (!Number.isFinite(n)) throw new Error(`cannot parse argument ${a}`);
  return n;
}

function evaluate(formula: string): unknown {
  const m = /^=DEPIN\.([A-Z0-9_]+)\((.*)\)$/i.exec(formula.trim());
  if (!m) throw new Error(`not a single DEPIN call: ${formula}`);
  const fn = adapters[camelOf(m[1]!)];
  if (typeof fn !== "function") throw new Error(`no adapter for ${m[1]}`);
  const args = m[2]!.trim() === "" ? [] : splitArgs(m[2]!).map(parseArg);
  return (fn as (...xs: unknown[]) => unknown)(...args);
}

const describeCases = mine.length > 0 ? describe : describe.skip;
if (mine.length === 0) console.warn(`CLORE reference cases not found at ${FILE}; set DEPIN_CASES`);

describeCases("reference cases (CLORE, DEPIN)", () => {
  it("covers every CLORE case of the file", () => {
    expect(mine.filter((c) => c.id.startsWith("CLR")).length).toBeGreaterThanOrEqual(14);
  });

  it.each(mine.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const exp = c.expected;
    if (typeof exp === "object" && exp !== null && !Array.isArray(exp) && "error" in exp) {
      let err: unknown;
      try {
        evaluate(c.formula);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(HostError);
      expect((err as HostError).code).toBe(exp.error);
      return;
    }
    const got = evaluate(c.formula);
    if (typeof exp === "number") {
      expect(typeof got).toBe("number");
      expect(Math.abs((got as number) - exp)).toBeLessThanOrEqual(c.tolerance);
    } else if (Array.isArray(exp)) {
      const rows = got as unknown[][];
      expect(rows.length).toBe(exp.length);
      exp.forEach((row, i) => {
        expect((rows[i] as unknown[]).length).toBe((row as unknown[]).length);
        (row as unknown[]).forEach((e, j) => {
          const g = rows[i]![j];
          if (e === null) return; // unchecked cell (a label)
          if (typeof e === "number") expect(Math.abs((g as number) - e)).toBeLessThanOrEqual(c.tolerance);
          else expect(g).toEqual(e);
        });
      });
    } else {
      expect(got).toEqual(exp);
    }
  });
});
