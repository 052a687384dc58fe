import { pmt } from "../../../src/domain/core/timeValue";

describe("pmt when (1 + rate)^nper overflows a double", () => {
  // At 1000% a year paid monthly over 1200 months the growth factor is about 10^316: the payment is then
  // the period's interest (the balance is never noticeably repaid), not NaN from Infinity / Infinity.
  it("tends to the period's interest, rate × pv / (1 + rate × type)", () => {
    expect(pmt(10 / 12, 1200, 10000)).toBeCloseTo(-8333.333333, 6);
    expect(pmt(10 / 12, 1200, 10000, 0, 1)).toBeCloseTo(-(10 / 12) * 10000 / (1 + 10 / 12), 6);
    expect(pmt(50, 1e6, 1)).toBe(-50);
  });
  it("stays finite for a future value too", () => {
    expect(Number.isFinite(pmt(3, 5000, 0, 1e6))).toBe(true);
  });
  it("is unchanged where the growth factor fits", () => {
    expect(pmt(0.08 / 12, 10, 10000)).toBe(-1037.0320893591525);
  });
});
