/**
 * The engine's catalog of function documentation, keyed by function id: derived from the function table
 * (src/engine/functions.ts). DEPIN_EXPLAIN, the generated function reference and the taskpane's function
 * browser all read this one record.
 */
export { catalog } from "./functions";
export { ENGINE_VERSION, REGISTRY_DATE } from "./version";
