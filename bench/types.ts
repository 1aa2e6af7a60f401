/** One benchmark figure: `value` in `unit`, and the SPEC §7 target it is measured against, if any. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target?: string;
}
