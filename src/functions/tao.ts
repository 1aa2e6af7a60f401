/* eslint-disable @typescript-eslint/naming-convention -- parameter names are Excel's argument names */
/**
 * Custom functions of this family: thin adapters over src/engine/networks. The JSDoc here is the only
 * source of the functions' Excel metadata. (Filled in by the family's issue.)
 */
export {};
