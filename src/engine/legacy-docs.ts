/**
 * Documentation of functions not yet declared in a network's function table (transitional: each
 * network's docs.ts is emptied as its functions move into its functions.ts).
 */
import type { FunctionDoc } from "./core";

export const legacyDocs: Readonly<Record<string, FunctionDoc>> = {};
