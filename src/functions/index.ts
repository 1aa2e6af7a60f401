/**
 * Every custom-function module. The webpack `functions` entry, the metadata generator (through
 * scripts/function-files.js) and the headless evaluator all start here.
 */
export * from "./akt";
export * from "./io";
export * from "./clore";
export * from "./tao";
export * from "./depin";
