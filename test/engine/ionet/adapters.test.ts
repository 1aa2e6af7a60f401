/** The io.net adapters at the Excel boundary (the reference cases run in test/functions/cases-direct.test.ts). */
import * as ioFns from "../../../src/functions/io";
import { HostError } from "../../../src/functions/boundary";

describe("the adapters at the Excel boundary", () => {
  it("turn argument errors into #VALUE! with the engine's message", () => {
    let err: unknown;
    try {
      ioFns.ioAvailReward(25000, 1.2);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe("#VALUE!");
    expect((err as HostError).message).toBe("[DEPIN] uptime must be between 0 and 1 (got 1.2)");
  });

  it("return spilled tables as plain numbers and text, header row first", () => {
    const t = ioFns.ioEmissionSchedule(240);
    expect(t.length).toBe(241);
    expect(t[0]).toEqual(["period", "emitted", "cumulative", "total supply", "rate at start"]);
    for (const row of t.slice(1)) for (const x of row) expect(Number.isFinite(x)).toBe(true);
    const v = ioFns.ioVestingSchedule(48, "genesis");
    expect(v.length).toBe(49);
    expect(v[48]).toEqual([48, 250000000, 62500000, 51000000, 56500000, 80000000]);
  });

  it("take an omitted optional argument as null", () => {
    expect(ioFns.ioMonthEmission(2, "monthly", null as unknown as number, 0.989849199)).toBeCloseTo(3299497.33, 6);
    expect(ioFns.ioMaxStake(1000, null as unknown as unknown[][])).toBe(2000);
  });
});
