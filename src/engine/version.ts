/** Engine version (semver) and the date of the parameter registry (the newest `retrieved` date). */
export const ENGINE_VERSION = "0.1.0";
export const REGISTRY_DATE = "2026-11-24";
