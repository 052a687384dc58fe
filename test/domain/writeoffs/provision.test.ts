import fc from "fast-check";
import { DomainError } from "../../../src/domain/core/problem";
import { bucketAllowance, checkLossRates, lossAllowance, provisionForItems } from "../../../src/domain/writeoffs/provision";

// IFRS 9 Illustrative Example 12 (shared/reference/domain.md): Current 15.0m at 0.3%, 1-30 7.5m at
// 1.6%, 31-60 4.0m at 3.6%, 61-90 2.5m at 6.6%, over 90 1.0m at 10.6% → allowance 580,000.
const IE12_BALANCES = [1_500_000_000, 750_000_000, 400_000_000, 250_000_000, 100_000_000];
const IE12_RATES = [0.003, 0.016, 0.036, 0.066, 0.106];

describe("lossAllowance", () => {
  it("gives IFRS 9 Illustrative Example 12's 580,000 exactly, bucket by bucket", () => {
    const matrix = lossAllowance(IE12_BALANCES, IE12_RATES);
    expect(matrix.lines.map((l) => l.allowance)).toEqual([4_500_000, 12_000_000, 14_400_000, 16_500_000, 10_600_000]);
    expect(matrix.total).toBe(58_000_000);
  });

  it("provides nothing for a negative bucket total (credit notes above invoices)", () => {
    const matrix = lossAllowance([100_000, -50_000, 20_000], [0.01, 0.5, 0.1]);
    expect(matrix.lines.map((l) => l.allowance)).toEqual([1_000, 0, 2_000]);
    expect(matrix.total).toBe(3_000);
  });

  it("rounds each bucket half away from zero to the cent and adds the rounded lines", () => {
    // 0.05 at 50% is 0.025 → 0.03 in each of two buckets: 0.06, where rounding the sum would give 0.05.
    expect(lossAllowance([5, 5], [0.5, 0.5]).total).toBe(6);
  });

  it("multiplies by the rate the cell shows: 0.25 at 58% is 0.145 → 0.15, not the 0.14 of binary 14.499999…", () => {
    expect(25 * 0.58).toBeLessThan(14.5);
    expect(bucketAllowance(25, 0.58)).toBe(15);
  });

  it("is exact for amounts far beyond 2^53 × rate", () => {
    // 90 trillion at 99.9999%: the product needs more than a double's 53 bits.
    expect(bucketAllowance(9_000_000_000_000_000, 0.999999)).toBe(8_999_991_000_000_000);
  });

  describe("edge cases", () => {
    it("refuses a rate count that does not match the buckets", () => {
      expect(() => lossAllowance(IE12_BALANCES, IE12_RATES.slice(1))).toThrow(new DomainError("writeoffs.rateCount", { count: 4, buckets: 5 }));
    });
    it.each([1.5, -0.01, NaN, Infinity])("refuses the rate %p: rates are fractions from 0 to 1", (rate) => {
      expect(() => checkLossRates([0.1, rate], 2)).toThrow(new DomainError("writeoffs.rateRange", { position: 2, text: String(rate) }));
    });
    it("accepts the bounds 0 and 1: nothing, or everything, lost", () => {
      expect(lossAllowance([12_345, 678], [0, 1]).total).toBe(678);
    });
  });

  describe("properties", () => {
    const bucketTotals = fc.array(fc.integer({ min: -1e12, max: 1e12 }), { minLength: 1, maxLength: 8 });
    const ratesFor = (n: number) => fc.array(fc.integer({ min: 0, max: 100_000 }).map((x) => x / 100_000), { minLength: n, maxLength: n });

    it("is between 0 and the sum of the positive bucket totals", () => {
      fc.assert(
        fc.property(bucketTotals.chain((b) => fc.tuple(fc.constant(b), ratesFor(b.length))), ([balances, rates]) => {
          const total = lossAllowance(balances, rates).total;
          expect(total).toBeGreaterThanOrEqual(0);
          expect(total).toBeLessThanOrEqual(balances.reduce((s, b) => s + Math.max(0, b), 0));
        }),
      );
    });

    it("never falls when one rate rises", () => {
      fc.assert(
        fc.property(
          bucketTotals.chain((b) => fc.tuple(fc.constant(b), ratesFor(b.length), fc.nat(b.length - 1), fc.integer({ min: 0, max: 100_000 }).map((x) => x / 100_000))),
          ([balances, rates, k, other]) => {
            const lower = [...rates];
            const higher = [...rates];
            lower[k] = Math.min(rates[k], other);
            higher[k] = Math.max(rates[k], other);
            expect(lossAllowance(balances, higher).total).toBeGreaterThanOrEqual(lossAllowance(balances, lower).total);
          },
        ),
      );
    });
  });
});

describe("provisionForItems", () => {
  const AS_OF = 46_000;
  it("ages the items as AR.AGING does, then applies one rate per bucket", () => {
    // IE12's balances as one item per bucket: not due, 10, 40, 70 and 100 days overdue.
    const amounts = new Float64Array(IE12_BALANCES);
    const due = new Float64Array([AS_OF, AS_OF - 10, AS_OF - 40, AS_OF - 70, AS_OF - 100]);
    expect(provisionForItems(amounts, due, AS_OF, IE12_RATES).total).toBe(58_000_000);
  });
  it("uses the buckets of bucket_days: len + 2 rates", () => {
    const amounts = new Float64Array([10_000, 10_000, 10_000]);
    const due = new Float64Array([AS_OF, AS_OF - 15, AS_OF - 200]);
    expect(provisionForItems(amounts, due, AS_OF, [0.01, 0.1, 0.5], [60]).total).toBe(100 + 1_000 + 5_000);
    expect(() => provisionForItems(amounts, due, AS_OF, [0.01, 0.1, 0.5])).toThrow(new DomainError("writeoffs.rateCount", { count: 3, buckets: 5 }));
  });
  it("nets credit notes within a bucket before providing", () => {
    const amounts = new Float64Array([10_000, -4_000, -3_000]);
    const due = new Float64Array([AS_OF - 40, AS_OF - 45, AS_OF]);
    // 31-60: 100.00 − 40.00 = 60.00 at 10%; not due: −30.00 provides nothing.
    expect(provisionForItems(amounts, due, AS_OF, [0.5, 0.5, 0.1, 0.5, 0.5]).total).toBe(600);
  });
});

describe("the cohort example, end to end", () => {
  it("provides for the cohort's 100,000 at its rolled 2.0% exactly the 2,000 it went on to write off", async () => {
    const { rollRates } = await import("../../../src/domain/writeoffs/rollRates");
    const history = [
      [10_000_000, 0, 0, 0],
      [0, 5_000_000, 0, 0],
      [0, 0, 2_300_000, 0],
      [0, 0, 0, 800_000],
      [0, 0, 0, 0],
    ];
    const { lossRates } = rollRates(history, [0, 0, 0, 0, 200_000]);
    // Each month of the cohort provides for the same 2,000: 100,000 × 2%, 50,000 × 4%, 23,000 × 8.7%, 8,000 × 25%.
    expect(history.slice(0, 4).map((month) => lossAllowance(month, lossRates).total)).toEqual([200_000, 200_000, 200_000, 200_000]);
  });
});
