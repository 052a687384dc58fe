import fc from "fast-check";
import { decimalRatio, exceedsRatio, floorTimes } from "../../../src/domain/credit/decimalRatio";

describe("decimalRatio", () => {
  it("holds the decimal the cell shows, without trailing zeros", () => {
    expect(decimalRatio(0.43)).toEqual({ num: 43n, den: 100n, numNumber: 43, denNumber: 100 });
    expect(decimalRatio(0.1)).toMatchObject({ num: 1n, den: 10n });
    expect(decimalRatio(25)).toMatchObject({ num: 25n, den: 1n });
    expect(decimalRatio(0)).toMatchObject({ num: 0n, den: 1n });
  });
});

describe("floorTimes and exceedsRatio", () => {
  const rate = fc.oneof(fc.integer({ min: 0, max: 10000 }).map((bp) => bp / 10000), fc.double({ min: 0, max: 5, noNaN: true }));
  const amount = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));

  it("floorTimes equals the exact integer floor of amount × ratio", () => {
    fc.assert(
      fc.property(amount, rate, (a, r) => {
        const ratio = decimalRatio(r);
        expect(floorTimes(a, ratio)).toBe(Number((BigInt(a) * ratio.num) / ratio.den));
      }),
      { numRuns: 2000 },
    );
  });

  it("exceedsRatio equals the exact comparison a × den > num × b", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), rate, (a, b, r) => {
        const ratio = decimalRatio(r);
        expect(exceedsRatio(a, b, ratio)).toBe(BigInt(a) * ratio.den > ratio.num * BigInt(b));
      }),
      { numRuns: 2000 },
    );
  });

  it("decides the boundary exactly: 57% of 50,000.00 is 28,500.00 and a DTI of exactly 43% does not exceed 43%", () => {
    expect(floorTimes(5_000_000, decimalRatio(0.57))).toBe(2_850_000);
    expect(exceedsRatio(43, 100, decimalRatio(0.43))).toBe(false);
    expect(exceedsRatio(4301, 10000, decimalRatio(0.43))).toBe(true);
  });
});
