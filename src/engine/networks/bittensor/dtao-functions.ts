/** This network's function table (one `defineFunction` entry per DEPIN function; see src/engine/core/decl.ts). */
import type { FunctionDecl } from "../../core/decl";

export const functions: readonly FunctionDecl[] = [];
