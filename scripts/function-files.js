/**
 * The custom-function source files, in catalog order: the generated adapters (scripts/gen-functions.ts),
 * then any family's not-yet-declared functions in src/functions/legacy/. webpack, the metadata script and
 * tests read this list.
 */
const fs = require("fs");
const path = require("path");

const families = ["akt", "io", "clore", "tao", "depin"];
const root = path.resolve(__dirname, "..");
module.exports = [
  ...families.map((n) => `src/functions/${n}.ts`),
  ...families.map((n) => `src/functions/legacy/${n}.ts`).filter((f) => fs.existsSync(path.join(root, f))),
];
