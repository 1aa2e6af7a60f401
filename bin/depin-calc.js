#!/usr/bin/env node
// depin-calc: the DEPIN functions outside Excel. Runs the compiled CLI in lib/cli/depin-calc.js (built by
// `npm ci` through the `prepare` script, see bin/build.js) and recompiles it first when a file under src/
// is newer, so the CLI always matches the checked-out engine. `--version` answers without loading anything.
//
// Run it without any download: `npm run depin-calc -- <command>` or `npm exec --no -- depin-calc <command>`.
"use strict";
const path = require("path");

const argv = process.argv.slice(2);

/** Exit code 2 with one line on stderr (bad usage, unreadable input, missing install). */
function fail(message) {
  console.error(`depin-calc: ${message}`);
  process.exitCode = 2;
}

function run() {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V" || argv[0] === "version")) {
    console.log(`depin-calc ${require("../package.json").version}`);
    return;
  }
  const { build, isStale, OUT } = require("./build.js");
  if (isStale()) {
    let built = false;
    try {
      built = build();
    } catch (e) {
      fail(`could not compile the CLI from src/ (${String(e && e.message).split("\n")[0]}); run npm run build:cli to see the errors`);
      return;
    }
    if (!built && !require("fs").existsSync(OUT)) {
      fail("the CLI is not compiled and esbuild (a dev dependency) is not installed: run `npm ci` in the project folder (with dev dependencies)");
      return;
    }
    if (!built) console.error("depin-calc: note: lib/cli/depin-calc.js is older than src/ and esbuild is not installed to rebuild it");
  }
  let cli;
  try {
    cli = require(OUT);
  } catch (e) {
    const missing = e && e.code === "MODULE_NOT_FOUND" && /Cannot find module '([^']+)'/.exec(String(e.message));
    if (missing && !missing[1].startsWith(".") && !path.isAbsolute(missing[1])) {
      fail(
        `the package "${missing[1]}" is not installed. depin-calc evaluates formulas with HyperFormula (GPL-3.0) and reads ` +
          ".xlsx files with exceljs: development dependencies that the add-in never ships. Install them with `npm ci` " +
          "(not `npm ci --omit=dev`)."
      );
      return;
    }
    throw e;
  }
  return cli.main(argv).then((code) => {
    process.exitCode = code;
  });
}

Promise.resolve()
  .then(run)
  .catch((e) => {
    console.error(`depin-calc: internal error (please report it): ${e && e.stack ? e.stack : e}`);
    process.exitCode = 3;
  });
