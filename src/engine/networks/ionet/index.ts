/** The folder's public surface (filled in by the family's issue). */
import type { FunctionDoc } from "../../core";

export const docs: Record<string, FunctionDoc> = {};
