/**
 * Independent oracles for the io.net emission rules, written from REFERENCE.md §A.1–A.2 without the
 * engine's closed forms or power tables: the docs' recurrence (Inflation_Rate_T = Inflation_Rate_T−1 × (1 − d),
 * Emissions_T = 500,000,000 × Inflation_Rate_T / 8,760) run epoch by epoch in 40-digit decimals, summed and
 * capped at the 300M pool; and the monthly proposal/note summed month by month.
 */
import { D } from "../../../src/engine/core/decimal";

type Dec = InstanceType<typeof D>;

const G = new D("500000000");
const POOL = new D("300000000");
const D_RATE = new D("0.0000138869523959793");
const LAST = 175319;

/** Per-epoch emission and cumulative for epochs 1 … upTo (index 0 = epoch 0), by the docs' recurrence, capped. */
export function hourlyByRecurrence(upTo: number): { epoch: Dec[]; cumulative: Dec[]; rate: Dec[] } {
  const epoch: Dec[] = [new D(0)];
  const cumulative: Dec[] = [new D(0)];
  const rate: Dec[] = [new D(0)];
  let r = new D("0.08");
  const keep = new D(1).minus(D_RATE);
  let cum = new D(0);
  for (let t = 1; t <= upTo; t++) {
    if (t > 1) r = r.mul(keep);
    let e = t <= LAST ? G.mul(r).div(8760) : new D(0);
    if (cum.plus(e).gt(POOL)) e = POOL.minus(cum);
    cum = cum.plus(e);
    epoch.push(e);
    cumulative.push(cum);
    rate.push(t <= LAST ? r : new D(0));
  }
  return { epoch, cumulative, rate };
}

/** Month-by-month sums of a geometric monthly schedule (first month G·0.08/12, ratio f), capped at 300M. */
export function monthlyBySum(factor: string, months: number, periods = Number.POSITIVE_INFINITY): Dec[] {
  const out: Dec[] = [new D(0)];
  let e = G.mul("0.08").div(12);
  let cum = new D(0);
  for (let m = 1; m <= months; m++) {
    let x = m <= periods ? e : new D(0);
    if (cum.plus(x).gt(POOL)) x = POOL.minus(cum);
    cum = cum.plus(x);
    out.push(x);
    e = e.mul(factor);
  }
  return out;
}
