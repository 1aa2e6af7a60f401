/** The engine core's public surface: decimal constructor, the error type, messages and coercion. */
export { D, ZERO, ONE, toNumber, type Dec } from "./decimal";
export { DepinError, isDepinError, type DepinErrorCode } from "./errors";
export { msg, show } from "./messages";
export * as coerce from "./coerce";
export type { CellInput, CellScalar, NumberRule, VectorRule } from "./coerce";
export { param, type Param, type Confidence, type FunctionDoc } from "./provenance";
