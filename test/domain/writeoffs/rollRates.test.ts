import fc from "fast-check";
import { DomainError } from "../../../src/domain/core/problem";
import { rollRates } from "../../../src/domain/writeoffs/rollRates";

const cents = (rows: number[][]) => rows.map((r) => r.map((x) => Math.round(x * 100)));

describe("rollRates", () => {
  it("gives the cohort example's 2.0%, 4.0%, 8.7% and 25%", () => {
    // 100,000 sold, 50,000 became overdue, 23,000 reached 31-60, 8,000 reached 61-90, 2,000 written off.
    const history = cents([
      [100_000, 0, 0, 0],
      [0, 50_000, 0, 0],
      [0, 0, 23_000, 0],
      [0, 0, 0, 8_000],
      [0, 0, 0, 0],
    ]);
    const { lossRates } = rollRates(history, [0, 0, 0, 0, 200_000]);
    expect(lossRates.map((r) => Math.round(r * 1000) / 10)).toEqual([2, 4, 8.7, 25]);
    expect(lossRates[0]).toBe(0.02);
    expect(lossRates[2]).toBe(0.0869565217391304); // 2,000 / 23,000 to 15 digits
  });

  it("weighs each month by its balance over a hand-made 4-month history", () => {
    // Not due, 1-30, 31-60, over 60 at four month ends, and the amounts written off in each month.
    const history = cents([
      [1_000, 400, 200, 100],
      [1_200, 500, 160, 120],
      [1_100, 600, 250, 90],
      [1_300, 550, 300, 150],
    ]);
    const analysis = rollRates(history, cents([[0], [40], [60], [50]]).map((r) => r[0]));
    // (500 + 600 + 550) / (1000 + 1200 + 1100), (160 + 250 + 300) / (400 + 500 + 600),
    // (120 + 90 + 150) / (200 + 160 + 250), (40 + 60 + 50) / (100 + 120 + 90)
    expect(analysis.rollRates).toEqual([0.5, 0.473333333333333, 0.590163934426229, 0.483870967741935]);
    // Products from each bucket down to write-off: 639/9455, 1278/9455, 540/1891, 15/31.
    expect(analysis.lossRates).toEqual([0.0675832892649392, 0.135166578529878, 0.285563194077208, 0.483870967741935]);
  });

  it("takes the last bucket as lost in full without write-offs", () => {
    const { rollRates: roll, lossRates } = rollRates([
      [10_000, 0],
      [0, 3_000],
    ]);
    expect(roll).toEqual([0.3, 1]);
    expect(lossRates).toEqual([0.3, 1]);
  });

  it("caps a loss rate at 1 when more rolls on than was there (late-booked invoices, longer months)", () => {
    const { rollRates: roll, lossRates } = rollRates([
      [1_000, 0, 0],
      [5_000, 1_500, 0],
      [0, 0, 2_000],
    ]);
    expect(roll).toEqual([0.25, 1.33333333333333, 1]);
    // The cap is on the product: 0.25 × 4/3 × 1 is 1/3 for Not due; 4/3 × 1 is capped for 1-30.
    expect(lossRates).toEqual([0.333333333333333, 1, 1]);
  });

  describe("edge cases", () => {
    it("names every bucket with no history (0 in every month but the last)", () => {
      expect(() => rollRates([[100, 0, 0, 0], [0, 0, 0, 0]], [0, 0])).toThrow(new DomainError("writeoffs.noHistory", { count: 3, columns: "2, 3, 4" }));
    });
    it("does not need a history for the last bucket without write-offs: its rate is 1", () => {
      expect(rollRates([[100, 0], [0, 50]]).lossRates).toEqual([0.5, 1]);
    });
    it("needs at least two month ends", () => {
      expect(() => rollRates([[100, 0]])).toThrow(new DomainError("writeoffs.tooFewMonths", { count: 1 }));
    });
    it("refuses negative balances and write-offs, naming the cell", () => {
      expect(() => rollRates([[100, 0], [0, -5]])).toThrow(new DomainError("writeoffs.negativeBalance", { row: 2, column: 2, text: "-0.05" }));
      expect(() => rollRates([[100, 0], [0, 5]], [0, -1])).toThrow(new DomainError("writeoffs.negativeWriteOff", { row: 2, text: "-0.01" }));
    });
    it("refuses write-offs that do not line up with the months", () => {
      expect(() => rollRates([[100, 0], [0, 5]], [0])).toThrow(DomainError);
    });
    it("ignores the write-off of the first month: it was written off before the history starts", () => {
      expect(rollRates([[100, 40], [0, 50]], [999_999, 10]).lossRates).toEqual([0.125, 0.25]);
    });
  });

  describe("properties", () => {
    const history = fc.integer({ min: 1, max: 5 }).chain((width) =>
      fc.tuple(
        fc.array(fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: width, maxLength: width }), { minLength: 2, maxLength: 8 }),
        fc.option(fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 8, maxLength: 8 }), { nil: undefined }),
      ),
    );
    it("gives loss rates from 0 to 1, each the product of the roll rates below it while under the cap", () => {
      fc.assert(
        fc.property(history, ([balances, writeOffs]) => {
          const analysis = rollRates(balances, writeOffs?.slice(0, balances.length));
          analysis.lossRates.forEach((rate, k) => {
            expect(rate).toBeGreaterThanOrEqual(0);
            expect(rate).toBeLessThanOrEqual(1);
            const product = analysis.rollRates.slice(k).reduce((p, r) => p * r, 1);
            expect(rate).toBeCloseTo(Math.min(1, product), 12);
          });
        }),
      );
    });
  });
});
