import fc from "fast-check";
import { DomainError } from "../../../src/domain/core/problem";
import { collectionEffectiveness } from "../../../src/domain/metrics/cei";

const m = (major: number) => Math.round(major * 100);

describe("collectionEffectiveness", () => {
  it("is what was collected of what could be collected, as a fraction", () => {
    // (50,000 + 40,000 − 45,000) / (50,000 + 40,000 − 30,000) = 45,000 / 60,000
    expect(collectionEffectiveness({ openingReceivables: m(50_000), sales: m(40_000), closingReceivables: m(45_000), closingCurrentReceivables: m(30_000) })).toBe(0.75);
  });
  it("divides the sales by the periods: (100,000 + 300,000 / 3 − 120,000) / (100,000 + 100,000 − 80,000)", () => {
    expect(collectionEffectiveness({ openingReceivables: m(100_000), sales: m(300_000), closingReceivables: m(120_000), closingCurrentReceivables: m(80_000), periods: 3 })).toBe(0.666666666666667);
  });
  it("is exact when sales / periods is not a whole cent: (100 + 33.333… − 90) / (100 + 33.333… − 30) = 130 / 310", () => {
    expect(collectionEffectiveness({ openingReceivables: m(100), sales: m(100), closingReceivables: m(90), closingCurrentReceivables: m(30), periods: 3 })).toBe(0.419354838709677);
  });
  it("is 1 when everything overdue was collected", () => {
    expect(collectionEffectiveness({ openingReceivables: m(500), sales: m(1_000), closingReceivables: m(300), closingCurrentReceivables: m(300) })).toBe(1);
  });

  describe("edge cases", () => {
    const base = { openingReceivables: m(50_000), sales: m(40_000), closingReceivables: m(45_000), closingCurrentReceivables: m(30_000) };
    it.each(["openingReceivables", "sales", "closingReceivables", "closingCurrentReceivables"] as const)("refuses a negative %s, naming its argument", (key) => {
      const arg = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      expect(() => collectionEffectiveness({ ...base, [key]: -100 })).toThrow(new DomainError("metrics.negative", { arg, text: "-1.00" }));
    });
    it("refuses closing current receivables above the closing receivables", () => {
      expect(() => collectionEffectiveness({ ...base, closingCurrentReceivables: m(45_000.01) })).toThrow(new DomainError("metrics.closingCurrentAboveTotal", { current: "45000.01", total: "45000.00" }));
    });
    it("refuses a span with nothing collectable: the index is undefined", () => {
      expect(() => collectionEffectiveness({ openingReceivables: m(10), sales: m(20), closingReceivables: m(30), closingCurrentReceivables: m(30) })).toThrow(
        new DomainError("metrics.nothingCollectable", { current: "30.00", collectable: "30.00" }),
      );
    });
    it.each([0, 1.5, -1, 1001])("refuses %p periods", (periods) => {
      expect(() => collectionEffectiveness({ ...base, periods })).toThrow(new DomainError("metrics.periodsRange", { text: String(periods), max: 1000 }));
    });
  });

  it("is at most 1 and falls as the closing receivables grow", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1e6 }), (opening, sales, periods, share, more) => {
        const collectable = opening + Math.floor(sales / periods);
        const current = Math.floor(share * collectable);
        if (collectable - current <= 0) return;
        const f = { openingReceivables: opening, sales, closingReceivables: current, closingCurrentReceivables: current, periods };
        const a = collectionEffectiveness(f);
        const b = collectionEffectiveness({ ...f, closingReceivables: current + more });
        expect(a).toBeLessThanOrEqual(1);
        expect(b).toBeLessThanOrEqual(a);
      }),
    );
  });
});
