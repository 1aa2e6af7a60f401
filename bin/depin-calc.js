#!/usr/bin/env node
// depin-calc: the DEPIN functions outside Excel. Runs the TypeScript sources directly through tsx
// (a dev dependency, like HyperFormula), so the CLI always matches the checked-out engine.
"use strict";
require("tsx/cjs/api").register();
const { main } = require("../src/headless/cli.ts");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`depin-calc: internal error: ${e && e.stack ? e.stack : e}`);
    process.exitCode = 3;
  }
);
