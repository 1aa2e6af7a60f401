/**
 * Every fast-check property in the suite runs from one reproducible seed (CI and a developer see the same
 * inputs). A property that sets its own seed keeps it. Explore other inputs with FC_SEED=<n> npm run test:unit.
 */
import fc from "fast-check";

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(process.env.FC_SEED ?? 20261206) });
