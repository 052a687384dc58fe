import { benchSizes, customerName, generateLedger, mulberry32 } from "../../bench/lib/generate";

describe("bench ledger generator", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const a = generateLedger({ rows: 5000, customers: 700, seed: 42 });
    const b = generateLedger({ rows: 5000, customers: 700, seed: 42 });
    const c = generateLedger({ rows: 5000, customers: 700, seed: 43 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c.amounts)).not.toBe(JSON.stringify(a.amounts));
    expect(mulberry32(7)()).toBe(mulberry32(7)());
  });

  it("hands every column over as an n×1 matrix, as Excel does", () => {
    const l = generateLedger({ rows: 3000, customers: 100, seed: 1 });
    for (const column of [l.amounts, l.dueDates, l.customers]) {
      expect(column).toHaveLength(3000);
      expect(column.every((row) => Array.isArray(row) && row.length === 1)).toBe(true);
    }
    expect(l.amounts.every(([x]) => typeof x === "number" && Number.isFinite(x))).toBe(true);
    expect(l.dueDates.every(([x]) => Number.isInteger(x))).toBe(true);
    expect(l.customers.every(([x]) => typeof x === "string" && x.length > 0)).toBe(true);
    expect(Number.isInteger(l.asOf)).toBe(true);
  });

  it("gives amounts with at most two decimals, some negative, and due dates around as_of", () => {
    const l = generateLedger({ rows: 20_000, seed: 9, asOf: 46351 });
    const amounts = l.amounts.map(([x]) => x);
    expect(amounts.every((x) => Math.abs(Math.round(x * 100) - x * 100) < 1e-6 && x !== 0)).toBe(true);
    expect(amounts.some((x) => x < 0)).toBe(true);
    expect(amounts.some((x) => !Number.isInteger(x))).toBe(true);
    const days = l.dueDates.map(([d]) => 46351 - d);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(-90);
    expect(Math.max(...days)).toBeLessThanOrEqual(400);
    // Every default bucket gets something: not due, 1-30, 31-60, 61-90, over 90.
    for (const [lo, hi] of [[-90, 0], [1, 30], [31, 60], [61, 90], [91, 400]]) expect(days.some((d) => d >= lo && d <= hi)).toBe(true);
  });

  it("has exactly 50,000 distinct customers when rows allow, and one per row below that", () => {
    const big = generateLedger({ rows: 65_536 });
    expect(big.distinctCustomers).toBe(50_000);
    expect(new Set(big.customers.map(([c]) => c)).size).toBe(50_000);
    const small = generateLedger({ rows: 1024 });
    expect(small.distinctCustomers).toBe(1024);
    expect(new Set(small.customers.map(([c]) => c)).size).toBe(1024);
    expect(customerName(42)).toBe("CUST-000042");
  });

  it("gives the same amounts and dates with or without the customer column", () => {
    const withCustomers = generateLedger({ rows: 5000, customers: 300, seed: 5 });
    const without = generateLedger({ rows: 5000, customers: 300, seed: 5, withCustomers: false });
    expect(JSON.stringify(without.amounts)).toBe(JSON.stringify(withCustomers.amounts));
    expect(JSON.stringify(without.dueDates)).toBe(JSON.stringify(withCustomers.dueDates));
    expect(without.customers).toHaveLength(0);
    expect(without.distinctCustomers).toBe(0);
  });

  it("lists the sizes up to a maximum", () => {
    expect(benchSizes(1_048_576)).toEqual([1024, 4096, 16_384, 65_536, 262_144, 1_048_576]);
    expect(benchSizes(65_536)).toEqual([1024, 4096, 16_384, 65_536]);
    expect(benchSizes(100_000)).toEqual([1024, 4096, 16_384, 65_536]);
  });
});
