/**
 * Akash (AKT): the folder's public surface. The functions are declared once in ./functions.ts (arguments,
 * typed core, documentation) and bound to raw cell values by the generic runner (src/engine/core/runner.ts).
 */
export { akashParams } from "./params";
export { functions, UNALLOCATED } from "./functions";
