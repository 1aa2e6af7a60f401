#!/usr/bin/env node
/**
 * Prints the closing summary of a CI run from the JSON the test runners left in test-results/:
 * Jest (test-results/jest*.json, --json --outputFile) and the browser e2e (test-results/e2e/summary.json).
 * Exits 1 when a report is missing or anything failed.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const dir = path.join(__dirname, "..", "test-results");
const reports = [];
for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  if (!/^jest.*\.json$/.test(f)) continue;
  const j = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
  reports.push({ name: f.replace(/\.json$/, ""), passed: j.numPassedTests, failed: j.numFailedTests + (j.numRuntimeErrorTestSuites || 0), skipped: j.numPendingTests + (j.numTodoTests || 0) });
}
const e2e = path.join(dir, "e2e", "summary.json");
if (fs.existsSync(e2e)) {
  const j = JSON.parse(fs.readFileSync(e2e, "utf8"));
  reports.push({ name: "e2e", passed: j.passed, failed: j.failed, skipped: 0 });
}
let passed = 0;
let failed = 0;
let skipped = 0;
for (const r of reports) {
  console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  passed += r.passed;
  failed += r.failed;
  skipped += r.skipped;
}
const missing = ["jest", "jest-tz", "e2e"].filter((n) => !reports.some((r) => r.name === n));
if (missing.length > 0) console.log(`missing reports: ${missing.join(", ")}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0;
