/** The custom-function source files, in catalog order. webpack, the metadata script and tests read this list. */
module.exports = ["akt", "io", "clore", "tao", "depin"].map((n) => `src/functions/${n}.ts`);
