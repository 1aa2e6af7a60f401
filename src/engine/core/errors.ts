/** The engine's single error type. Only src/functions/boundary.ts turns it into an Excel error. */
export type DepinErrorCode = "INVALID_ARG" | "OUT_OF_RANGE" | "UNKNOWN_REGIME" | "NOT_AVAILABLE";

export class DepinError extends Error {
  readonly code: DepinErrorCode;
  readonly param: string;
  readonly value: unknown;

  constructor(code: DepinErrorCode, param: string, value: unknown, message: string) {
    super(message);
    this.name = "DepinError";
    this.code = code;
    this.param = param;
    this.value = value;
  }
}

export function isDepinError(e: unknown): e is DepinError {
  return e instanceof DepinError;
}
