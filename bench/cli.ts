/**
 * SPEC §7: "`depin-calc --version` answers in < 1 s". Wall time of the command as a user runs it (a new Node
 * process each time, through bin/depin-calc.js), median of 5, plus a first formula (`eval`), which loads the
 * engine and the embedded spreadsheet engine: the wait before the first number on a fresh machine.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import type { BenchRow } from "./types";
import { repoRoot } from "./util";

const BIN = path.join(repoRoot(), "bin", "depin-calc.js");

/** Median wall time in ms of `runs` runs of depin-calc with `args`; throws when the command fails. */
function wall(args: string[], expect: RegExp, runs = 5): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0 || !expect.test(r.stdout)) throw new Error(`depin-calc ${args.join(" ")} failed: ${r.stderr || r.stdout}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

export function benchCli(): BenchRow[] {
  return [
    { name: "depin-calc --version (new process)", value: wall(["--version"], /^depin-calc \d/), unit: "ms", target: "< 1,000 ms" },
    { name: 'depin-calc eval "=DEPIN.AKT_TAKE_FEE(1000,0.2)" (new process)', value: wall(["eval", "=DEPIN.AKT_TAKE_FEE(1000,0.2)"], /^200\s*$/m), unit: "ms" },
  ];
}

if (require.main === module) {
  for (const r of benchCli()) console.log(`${r.name.padEnd(60)} ${r.value.toFixed(0).padStart(8)} ${r.unit} ${r.target ?? ""}`);
}
