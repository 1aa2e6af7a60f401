/**
 * SPEC §7: the add-in bundle must stay small enough to load fast on Excel on the web. Reports the size of
 * every JavaScript file of the production build (dist/, from `npm run build`), raw and gzipped, against
 * the budget the production webpack build enforces (webpack.config.js, performance.maxAssetSize).
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import type { BenchRow } from "./types";
import { repoRoot } from "./util";

const DIST = path.join(repoRoot(), "dist");

export function benchBundle(): BenchRow[] {
  if (!existsSync(path.join(DIST, "functions.js"))) throw new Error("dist/ not built: run npm run build first");
  const rows: BenchRow[] = [];
  let total = 0;
  let totalGz = 0;
  for (const f of readdirSync(DIST).filter((x) => x.endsWith(".js")).sort()) {
    const buf = readFileSync(path.join(DIST, f));
    const gz = gzipSync(buf, { level: 9 }).length;
    total += buf.length;
    totalGz += gz;
    rows.push({ name: `bundle ${f}`, value: buf.length / 1024, unit: "KiB", target: "≤ 256 KiB per asset" });
    rows.push({ name: `bundle ${f} (gzip)`, value: gz / 1024, unit: "KiB" });
  }
  rows.push({ name: "bundle all .js", value: total / 1024, unit: "KiB" });
  rows.push({ name: "bundle all .js (gzip)", value: totalGz / 1024, unit: "KiB" });
  return rows;
}

if (require.main === module) {
  for (const r of benchBundle()) console.log(`${r.name.padEnd(40)} ${r.value.toFixed(1).padStart(8)} ${r.unit} ${r.target ?? ""}`);
}
