/**
 * Every IO case of ../shared/reference/cases.public.json (SPEC §6) whose formula is a single DEPIN.IO_ call,
 * evaluated by calling the custom-function adapters of src/functions/io.ts directly, within each case's
 * tolerance. Arguments are literals (numbers, "text", TRUE/FALSE), array constants ({a;b} columns, {a,b}
 * rows), names bound from the case's `names`, or empty (passed as null, as Excel passes an omitted optional
 * argument). The headless evaluator runs the same file through HyperFormula (`depin-calc cases`).
 *
 * The case file lives beside the repository (../shared); DEPIN_CASES overrides the path. Without it the
 * suite is skipped with a warning.
 */
import * as fs from "fs";
import * as path from "path";
import * as ioFns from "../../../src/functions/io";
import { HostError } from "../../../src/functions/boundary";

interface Case {
  id: string;
  formula: string;
  names?: Record<string, unknown[][]>;
  expected: number | string | boolean | unknown[][] | { error: string };
  tolerance: number;
  source: string;
}

const FILE = process.env.DEPIN_CASES ?? path.resolve(__dirname, "../../../../shared/reference/cases.public.json");
const cases: Case[] = fs.existsSync(FILE) ? (JSON.parse(fs.readFileSync(FILE, "utf8")) as Case[]) : [];
const SINGLE_CALL = /^=DEPIN\.(IO_[A-Z0-9_]+)\(([^()]*)\)$/i;
const ioCases = cases.filter((c) => SINGLE_CALL.test(c.formula.trim()));

/** IO_AVAIL_REWARD_IO → ioAvailRewardIo (the adapter naming rule). */
const camelOf = (id: string) => id.toLowerCase().replace(/_([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase());

/** Splits an argument list on top-level commas (outside quotes and array constants). */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  let braces = 0;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "{") braces++;
    if (!quoted && ch === "}") braces--;
    if (ch === "," && !quoted && braces === 0) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function parseScalar(a: string): unknown {
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

function parseArg(raw: string, names: Record<string, unknown[][]>): unknown {
  const a = raw.trim();
  if (/^\{.*\}$/.test(a)) return a.slice(1, -1).split(";").map((row) => row.split(",").map((x) => parseScalar(x.trim())));
  const bound = Object.keys(names).find((n) => n.toLowerCase() === a.toLowerCase());
  if (bound !== undefined) return names[bound];
  return parseScalar(a);
}

function evaluate(c: Case): unknown {
  const m = SINGLE_CALL.exec(c.formula.trim())!;
  const fn = (ioFns as Record<string, unknown>)[camelOf(m[1]!)];
  if (typeof fn !== "function") throw new Error(`no adapter for ${m[1]}`);
  const args = m[2]!.trim() === "" ? [] : splitArgs(m[2]!).map((a) => parseArg(a, c.names ?? {}));
  return (fn as (...xs: unknown[]) => unknown)(...args);
}

const describeCases = ioCases.length > 0 ? describe : describe.skip;
if (ioCases.length === 0) console.warn(`IO reference cases not found at ${FILE}; set DEPIN_CASES`);

describeCases("reference cases (IO)", () => {
  it("covers every single-call IO case of the file", () => {
    const all = cases.filter((c) => /DEPIN\.IO_/i.test(c.formula));
    expect(ioCases.length).toBe(all.length);
    expect(ioCases.length).toBeGreaterThanOrEqual(18);
  });

  it.each(ioCases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const exp = c.expected;
    if (typeof exp === "object" && exp !== null && !Array.isArray(exp) && "error" in exp) {
      let err: unknown;
      try {
        evaluate(c);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(HostError);
      expect((err as HostError).code).toBe(exp.error);
      return;
    }
    const got = evaluate(c);
    if (typeof exp === "number") {
      expect(typeof got).toBe("number");
      expect(Math.abs((got as number) - exp)).toBeLessThanOrEqual(c.tolerance);
    } else if (Array.isArray(exp)) {
      const rows = got as unknown[][];
      expect(rows.length).toBe(exp.length);
      exp.forEach((row, i) =>
        (row as unknown[]).forEach((e, j) => {
          const g = rows[i]![j];
          if (typeof e === "number") expect(Math.abs((g as number) - e)).toBeLessThanOrEqual(c.tolerance);
          else expect(g).toEqual(e);
        })
      );
    } else {
      expect(got).toEqual(exp);
    }
  });
});

describe("the adapters at the Excel boundary", () => {
  it("turn argument errors into #VALUE! with the engine's message", () => {
    let err: unknown;
    try {
      ioFns.ioAvailReward(25000, 1.2);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe("#VALUE!");
    expect((err as HostError).message).toBe("[DEPIN] uptime must be between 0 and 1 (got 1.2)");
  });

  it("return spilled tables as plain numbers and text, header row first", () => {
    const t = ioFns.ioEmissionSchedule(240);
    expect(t.length).toBe(241);
    expect(t[0]).toEqual(["period", "emitted", "cumulative", "total supply", "rate at start"]);
    for (const row of t.slice(1)) for (const x of row) expect(Number.isFinite(x)).toBe(true);
    const v = ioFns.ioVestingSchedule(48, "genesis");
    expect(v.length).toBe(49);
    expect(v[48]).toEqual([48, 250000000, 62500000, 51000000, 56500000, 80000000]);
  });

  it("take an omitted optional argument as null", () => {
    expect(ioFns.ioMonthEmission(2, "monthly", null as unknown as number, 0.989849199)).toBeCloseTo(3299497.33, 6);
    expect(ioFns.ioMaxStake(1000, null as unknown as unknown[][])).toBe(2000);
  });
});
