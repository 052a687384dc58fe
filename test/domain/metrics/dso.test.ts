import fc from "fast-check";
import { DomainError } from "../../../src/domain/core/problem";
import { averageDaysDelinquent, bestPossibleDso, checkPeriodDays, dso } from "../../../src/domain/metrics/dso";

/** Major units to minor units. */
const m = (major: number) => Math.round(major * 100);
const SALES = [m(100_000), m(80_000), m(70_000)];

describe("dso", () => {
  describe("simple DSO: one sales figure", () => {
    it("is receivables / sales × days, over 365 days unless told", () => {
      expect(dso(m(15_000), m(10_000), 30)).toBe(45);
      expect(dso(m(100_000), m(1_200_000))).toBe(30.4166666666667);
    });
    it("is the decimal Excel shows: 10 of 100,000 over 90 days is 0.009, not the binary 0.009000000000000001", () => {
      expect((10 / 100_000) * 90).not.toBe(0.009);
      expect(dso(m(10), m(100_000), 90)).toBe(0.009);
    });
    it("is 0 without receivables", () => expect(dso(0, m(10_000))).toBe(0));
    it("is undefined without sales", () => {
      expect(() => dso(m(5_000), 0)).toThrow(new DomainError("metrics.noSales"));
      expect(() => dso(0, 0)).toThrow(new DomainError("metrics.noSales"));
    });
  });

  describe("countback DSO: sales per period, newest first", () => {
    it("gives the reference 73.71: 212,000 against 100,000 / 80,000 / 70,000 is 60 + 32/70 × 30", () => {
      const days = dso(m(212_000), SALES);
      expect(days).toBeCloseTo(73.71, 2);
      expect(days).toBe(73.7142857142857);
    });
    it("prorates the first period when the receivables are used up inside it", () => {
      expect(dso(m(50_000), SALES)).toBe(15);
      expect(dso(m(1), SALES)).toBe(0.0003);
    });
    it("counts whole periods when the receivables end exactly at a boundary", () => {
      expect(dso(m(100_000), SALES)).toBe(30);
      expect(dso(m(180_000), SALES)).toBe(60);
      expect(dso(m(250_000), SALES)).toBe(90);
    });
    it("refuses receivables beyond all the periods given: more sales history is needed", () => {
      expect(() => dso(m(250_000.01), SALES)).toThrow(new DomainError("metrics.moreSalesNeeded", { arg: "receivables", amount: "250000.01", count: 3, sales: "250000.00" }));
    });
    it("takes a period with no sales as a whole period the receivables are older than", () => {
      // 0 sales in the newest month: everything open is at least a month old.
      expect(dso(m(50), [0, m(100)])).toBe(45);
      expect(dso(m(150), [m(100), 0, m(100)])).toBe(75);
    });
    it("is undefined when every period has no sales", () => {
      expect(() => dso(m(10), [0, 0])).toThrow(new DomainError("metrics.noSalesPeriods", { count: 2 }));
      expect(() => dso(0, [0, 0])).toThrow(new DomainError("metrics.noSalesPeriods", { count: 2 }));
    });
    it("uses the period length given, fractions included", () => {
      expect(dso(m(150), [m(100), m(100)], 31)).toBe(46.5);
      expect(dso(m(100), [m(100), m(100)], 30.42)).toBe(30.42);
    });
    it("refuses a negative period's sales, naming its row", () => {
      expect(() => dso(m(10), [m(100), -1])).toThrow(new DomainError("metrics.negativeSalesRow", { row: 2, text: "-0.01" }));
    });
  });

  describe("edge cases", () => {
    it("refuses negative receivables", () => {
      expect(() => dso(-1, m(100))).toThrow(new DomainError("metrics.negative", { arg: "receivables", text: "-0.01" }));
      expect(() => dso(-1, SALES)).toThrow(new DomainError("metrics.negative", { arg: "receivables", text: "-0.01" }));
    });
    it("refuses negative sales", () => expect(() => dso(m(10), -100)).toThrow(new DomainError("metrics.negative", { arg: "sales", text: "-1.00" })));
    it.each([0, 0.5, -30, 3661, NaN])("refuses a period of %p days", (days) => {
      expect(() => checkPeriodDays(days)).toThrow(new DomainError("metrics.daysRange", { text: String(days), max: 3660 }));
      expect(() => dso(m(10), m(100), days)).toThrow(DomainError);
    });
  });

  describe("properties", () => {
    const sales = fc.array(fc.integer({ min: 0, max: 1e10 }), { minLength: 1, maxLength: 24 }).filter((s) => s.some((x) => x > 0));
    it("countback never falls as receivables grow, and stays within the periods given", () => {
      fc.assert(
        fc.property(sales, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (s, a, b) => {
          const total = s.reduce((x, y) => x + y, 0);
          const [low, high] = [Math.floor(Math.min(a, b) * total), Math.floor(Math.max(a, b) * total)];
          const dLow = dso(low, s);
          const dHigh = dso(high, s);
          expect(dHigh).toBeGreaterThanOrEqual(dLow);
          expect(dLow).toBeGreaterThanOrEqual(0);
          expect(dHigh).toBeLessThanOrEqual(s.length * 30);
        }),
      );
    });
    it("countback over one period is simple DSO over that period", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1e12 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 365 }), (s, share, days) => {
          const r = Math.floor(share * s);
          expect(dso(r, [s], days)).toBe(dso(r, s, days));
        }),
      );
    });
  });
});

describe("bestPossibleDso and averageDaysDelinquent", () => {
  it("give the reference: 15,000 total, 4,000 current, 10,000 sales over 30 days → 45 − 12 = 33", () => {
    expect(bestPossibleDso(m(4_000), m(10_000), 30)).toBe(12);
    expect(averageDaysDelinquent(m(15_000), m(4_000), m(10_000), 30)).toBe(33);
  });
  it("count back both the same way with sales per period", () => {
    // DSO 73.714…; BPDSO of 50,000 is 15: 58.714…
    expect(averageDaysDelinquent(m(212_000), m(50_000), SALES)).toBe(58.7142857142857);
  });
  it("name current_receivables in their messages", () => {
    expect(() => bestPossibleDso(-1, m(100))).toThrow(new DomainError("metrics.negative", { arg: "current_receivables", text: "-0.01" }));
    expect(() => averageDaysDelinquent(m(10), m(11), m(100))).toThrow(new DomainError("metrics.currentAboveTotal", { current: "11.00", total: "10.00" }));
  });
  it("is 0 when nothing is overdue", () => expect(averageDaysDelinquent(m(700), m(700), SALES)).toBe(0));
  it("never goes below 0 (current receivables are part of the total)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 1e12 }), (total, share, sales) => {
        expect(averageDaysDelinquent(total, Math.floor(share * total), sales)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
