#!/usr/bin/env node
/**
 * Compiles the depin-calc CLI (src/headless/cli.ts and the engine it imports) into one CommonJS file,
 * lib/cli/depin-calc.js, with esbuild. npm runs this as `prepare` after `npm ci` / `npm install`, and
 * bin/depin-calc.js runs it again when a source file under src/ is newer than the compiled file, so the
 * CLI always matches the checked-out engine without compiling TypeScript on every start.
 *
 * Packages stay external (hyperformula, exceljs, decimal.js, ajv are required at run time from
 * node_modules). The output is written to a temporary file and renamed, so concurrent runs never see a
 * half-written file.
 *
 *   node bin/build.js          build (no output on success)
 *   node bin/build.js --if-possible   as `prepare`: skip with a note when esbuild is not installed
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const ENTRY = path.join(ROOT, "src/headless/cli.ts");
const OUT = path.join(ROOT, "lib/cli/depin-calc.js");

/** Builds lib/cli/depin-calc.js; returns false when esbuild is not installed. */
function build() {
  let esbuild;
  try {
    esbuild = require("esbuild");
  } catch {
    return false;
  }
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  const tmp = `${OUT}.${process.pid}.tmp`;
  esbuild.buildSync({
    entryPoints: [ENTRY],
    outfile: tmp,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    logLevel: "error",
    legalComments: "none",
    sourcemap: "linked", // lib/cli/depin-calc.js.map: node --enable-source-maps shows TypeScript lines
    sourcesContent: false,
  });
  const map = `${tmp}.map`;
  if (fs.existsSync(map)) {
    // the map is named after the final file
    fs.writeFileSync(tmp, fs.readFileSync(tmp, "utf8").replace(/sourceMappingURL=.*$/m, `sourceMappingURL=${path.basename(OUT)}.map`));
    fs.renameSync(map, `${OUT}.map`);
  }
  fs.renameSync(tmp, OUT);
  return true;
}

/** Newest modification time (ms) of the files under src/ and of package.json. */
function newestSource() {
  let newest = fs.statSync(path.join(ROOT, "package.json")).mtimeMs;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  walk(path.join(ROOT, "src"));
  return newest;
}

/** True when lib/cli/depin-calc.js is missing or older than a source file. */
function isStale() {
  if (!fs.existsSync(OUT)) return true;
  // Without src/ (an installed copy of the package) the compiled file is all there is.
  if (!fs.existsSync(path.join(ROOT, "src"))) return false;
  return fs.statSync(OUT).mtimeMs < newestSource();
}

module.exports = { build, isStale, OUT };

if (require.main === module) {
  const ifPossible = process.argv.includes("--if-possible");
  try {
    if (!build()) {
      const msg = "esbuild is not installed (a dev dependency): the depin-calc CLI was not compiled. Run npm ci with dev dependencies to build it.";
      if (ifPossible) console.warn(`note: ${msg}`);
      else {
        console.error(`error: ${msg}`);
        process.exitCode = 1;
      }
    }
  } catch (e) {
    // esbuild has already printed the located errors (file:line); one closing line is enough.
    console.error(`error: could not compile the depin-calc CLI (${String(e && e.message).split("\n")[0]})`);
    process.exitCode = 1;
  }
}
