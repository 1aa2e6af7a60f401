/** Akash argument rules: coercion plus range checks, which throw DepinError. */
import { coerce } from "../../core";

export const rate = (param: string, v: unknown, def?: number) =>
  coerce.dec(param, v, { min: 0, max: 1, ...(def === undefined ? {} : { default: def }) });

export const amount = (param: string, v: unknown) => coerce.dec(param, v, { min: 0 });

export const microAmount = (param: string, v: unknown) => coerce.dec(param, v, { min: 0, integer: true });
