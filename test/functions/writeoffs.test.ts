import fc from "fast-check";
import { col, formulaMessage } from "../support/formulaMessage";
import { functions } from "../../src/functions";
import { LANGUAGES, setLanguage } from "../../src/i18n";

const AS_OF = 46_000;
// IFRS 9 Illustrative Example 12 as a ledger of one invoice per bucket: not due, 10, 40, 70 and 100 days overdue.
const IE12_AMOUNTS = col([15_000_000, 7_500_000, 4_000_000, 2_500_000, 1_000_000]);
const IE12_DUE = col([AS_OF, AS_OF - 10, AS_OF - 40, AS_OF - 70, AS_OF - 100]);
const IE12_RATES = [[0.003, 0.016, 0.036, 0.066, 0.106]];

describe("AR.PROVISION", () => {
  it("gives IFRS 9 Illustrative Example 12's allowance of 580,000 exactly", () => {
    expect(functions.PROVISION(IE12_AMOUNTS, IE12_DUE, AS_OF, IE12_RATES)).toBe(580_000);
    expect(functions.PROVISION(IE12_AMOUNTS, IE12_DUE, AS_OF, col(IE12_RATES[0]))).toBe(580_000);
  });

  it("ages as AR.AGING does: its bucket totals times the rates", () => {
    const amounts = col([100, 200.5, -50, 300, "1.234,56"]);
    const due = col([AS_OF + 3, AS_OF - 30, AS_OF - 31, AS_OF - 61, AS_OF - 200]);
    const buckets = (functions.AGING(amounts, due, AS_OF) as number[][])[0].slice(0, 5);
    expect(buckets).toEqual([100, 200.5, -50, 300, 1234.56]);
    // 100 × 1% = 1.00; 200.50 × 5% = 10.025 → 10.03; −50 provides nothing; 300 × 20% = 60; 1,234.56 × 50% = 617.28
    expect(functions.PROVISION(amounts, due, AS_OF, [[0.01, 0.05, 0.1, 0.2, 0.5]])).toBe(688.31);
  });

  it("uses your bucket_days: one rate per bucket, Not due first", () => {
    expect(functions.PROVISION(col([100, 100, 100]), col([AS_OF, AS_OF - 45, AS_OF - 46]), AS_OF, [[0, 0.1, 0.5]], [[45]])).toBe(60);
  });

  it("takes the row AR.ROLLRATES spills as its loss rates", () => {
    const rates = functions.ROLLRATES([
      [1_000, 0, 0],
      [0, 500, 0],
      [0, 0, 100],
    ]);
    expect(rates).toEqual([[0.1, 0.2, 1]]);
    expect(functions.PROVISION(col([1_000, 100]), col([AS_OF, AS_OF - 100]), AS_OF, rates, [[30]])).toBe(200);
  });

  describe("bad input", () => {
    it("names loss_rates and the bucket count when the rates do not match the buckets", () => {
      expect(formulaMessage(() => functions.PROVISION(IE12_AMOUNTS, IE12_DUE, AS_OF, [[0.003, 0.016, 0.036, 0.066]]))).toBe(
        "loss_rates has 4 rates but there are 5 buckets: give one rate per bucket, Not due first, as AR.AGING shows them with the same bucket_days",
      );
      expect(formulaMessage(() => functions.PROVISION(IE12_AMOUNTS, IE12_DUE, AS_OF, [[0.5]], [[30, 60]]))).toMatch(/^loss_rates has 1 rate but there are 4 buckets/);
    });
    it.each<[string, unknown, string]>([
      ["above 1", 1.06, "loss_rates value 5 (1.06) must be a fraction from 0 to 1, such as 2% or 0.02"],
      ["a whole percentage", 10.6, "loss_rates value 5 (10.6) must be a fraction from 0 to 1, such as 2% or 0.02"],
      ["negative", -0.1, "loss_rates value 5 (-0.1) must be a fraction from 0 to 1, such as 2% or 0.02"],
      ["a text percentage", "10.6%", "loss_rates value 5 must be a number such as 2% or 0.02, not '10.6%'"],
      ["blank", null, "loss_rates value 5 is blank; give a rate for every bucket (0 for none)"],
      ["an error value", "#N/A", "loss_rates value 5: the cell holds the error #N/A"],
    ])("refuses a rate that is %s, naming loss_rates", (_, rate, message) => {
      expect(formulaMessage(() => functions.PROVISION(IE12_AMOUNTS, IE12_DUE, AS_OF, [[0.003, 0.016, 0.036, 0.066, rate]]))).toBe(message);
    });
    it("requires loss_rates", () => {
      expect(formulaMessage(() => functions.PROVISION(IE12_AMOUNTS, IE12_DUE, AS_OF, null as never))).toBe("loss_rates is required");
    });
    it("reports bad bucket_days before counting rates against them", () => {
      expect(formulaMessage(() => functions.PROVISION(IE12_AMOUNTS, IE12_DUE, AS_OF, IE12_RATES, [[60, 30]]))).toBe("bucket_days must rise: value 2 (30) is not above 60");
    });
    it("names the row of a bad amount or date, as AR.AGING", () => {
      expect(formulaMessage(() => functions.PROVISION(col([1, "x"]), col([AS_OF, AS_OF]), AS_OF, IE12_RATES))).toBe("row 2 of amounts: text 'x' is not an amount");
      expect(formulaMessage(() => functions.PROVISION(col([1, 2]), col([AS_OF]), AS_OF, IE12_RATES))).toBe("amounts has 2 cells but due_dates has 1; they must line up");
    });
    it("says it in every language", () => {
      const seen = new Set<string>();
      for (const lang of LANGUAGES) {
        setLanguage(lang);
        try {
          const message = formulaMessage(() => functions.PROVISION(IE12_AMOUNTS, IE12_DUE, AS_OF, [[0.003]]));
          expect(message).toMatch(/loss_rates.*\b1\b.*\b5\b/);
          seen.add(message);
        } finally {
          setLanguage("en");
        }
      }
      expect(seen.size).toBe(LANGUAGES.length);
    });
  });

  describe("properties", () => {
    const ledger = fc.array(fc.record({ cents: fc.integer({ min: -10_000_000, max: 10_000_000 }), days: fc.integer({ min: -100, max: 200 }) }), { maxLength: 40 });
    const rate = fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000);
    const rates = fc.array(rate, { minLength: 5, maxLength: 5 });
    it("is between 0 and the sum of the positive bucket totals", () => {
      fc.assert(
        fc.property(ledger, rates, (rows, rs) => {
          const amounts = col(rows.map((r) => r.cents / 100));
          const due = col(rows.map((r) => AS_OF - r.days));
          const allowance = functions.PROVISION(amounts, due, AS_OF, [rs]);
          const buckets = rows.length === 0 ? [0] : (functions.AGING(amounts, due, AS_OF) as number[][])[0].slice(0, 5);
          expect(allowance).toBeGreaterThanOrEqual(0);
          expect(Math.round(allowance * 100)).toBeLessThanOrEqual(buckets.reduce((s, b) => s + Math.max(0, Math.round(b * 100)), 0));
        }),
      );
    });
    it("never falls when one rate rises", () => {
      fc.assert(
        fc.property(ledger, rates, fc.nat(4), rate, (rows, rs, k, other) => {
          const amounts = col(rows.map((r) => r.cents / 100));
          const due = col(rows.map((r) => AS_OF - r.days));
          const higher = rs.map((r, i) => (i === k ? Math.max(r, other) : r));
          const lower = rs.map((r, i) => (i === k ? Math.min(r, other) : r));
          expect(functions.PROVISION(amounts, due, AS_OF, [higher])).toBeGreaterThanOrEqual(functions.PROVISION(amounts, due, AS_OF, [lower]));
        }),
      );
    });
  });
});

describe("AR.ROLLRATES", () => {
  it("gives the cohort example's 2.0%, 4.0%, 8.7% and 25%, spilled as one row", () => {
    const history = [
      [100_000, 0, 0, 0],
      [0, 50_000, 0, 0],
      [0, 0, 23_000, 0],
      [0, 0, 0, 8_000],
      [0, 0, 0, 0],
    ];
    const out = functions.ROLLRATES(history, col([null, 0, 0, 0, 2_000]));
    expect(out).toEqual([[0.02, 0.04, 0.0869565217391304, 0.25]]);
  });

  it("weighs each month by its balance over a hand-made 4-month history", () => {
    const history = [
      [1_000, 400, 200, 100],
      [1_200, 500, 160, 120],
      [1_100, 600, 250, 90],
      [1_300, 550, 300, 150],
    ];
    expect(functions.ROLLRATES(history, col([0, 40, 60, 50]))).toEqual([[0.0675832892649392, 0.135166578529878, 0.285563194077208, 0.483870967741935]]);
    // Without write-offs the last bucket is lost in full: 0.5 × 0.4733… × 0.5901… × 1.
    expect(functions.ROLLRATES(history)).toEqual([[0.139672131147541, 0.279344262295082, 0.590163934426229, 1]]);
  });

  it("ignores blank rows around the months (a table with room to grow) and counts blank write-offs as 0", () => {
    // 50 of 100 rolled on; 10 of the 20 in the last bucket was written off.
    const out = functions.ROLLRATES([[null, null], [100, 20], [0, 50], ["", ""]], col([null, null, 10, null]));
    expect(out).toEqual([[0.25, 0.5]]);
    // A write_offs range that is blank is given: nothing was written off.
    expect(functions.ROLLRATES([[100, 20], [0, 50]], col([null, null]))).toEqual([[0, 0]]);
  });

  describe("bad input", () => {
    it.each<[string, () => unknown, string]>([
      ["a bucket with no history", () => functions.ROLLRATES([[100, 0, 0], [0, 0, 0]], col([0, 0])), "bucket_balances: columns 2, 3 have no history (0 in every month but the last), so no roll rate can be worked out; add months in which those buckets hold a balance"],
      ["one bucket with no history", () => functions.ROLLRATES([[100, 0, 0], [0, 0, 5]]), "bucket_balances: column 2 has no history (0 in every month but the last), so no roll rate can be worked out; add months in which that bucket holds a balance"],
      ["a single month", () => functions.ROLLRATES([[100, 0, 0]]), "bucket_balances needs at least 2 month ends, one row each, oldest first; it has 1 row"],
      ["a blank month between two", () => functions.ROLLRATES([[100, 0], [null, null], [0, 5]]), "row 2 of bucket_balances is blank between two month ends; every month needs its row (0 in each bucket for a month with no balances)"],
      ["a blank bucket", () => functions.ROLLRATES([[100, 0], [0, null]]), "row 2, column 2 of bucket_balances is blank; enter 0 for an empty bucket"],
      ["a negative balance", () => functions.ROLLRATES([[null, null], [100, -3], [0, 5]]), "row 2, column 2 of bucket_balances: -3.00 is negative; roll rates need balances of 0 or more (enter 0 where credit notes exceed the invoices of a bucket)"],
      ["text", () => functions.ROLLRATES([[100, 0], [0, "lots"]]), "row 2, column 2 of bucket_balances: text 'lots' is not an amount"],
      ["a negative write-off", () => functions.ROLLRATES([[100, 0], [0, 5]], col([0, -1])), "row 2 of write_offs: -1.00 is negative; enter the amounts written off, 0 or more, without recoveries"],
      ["write-offs that do not line up", () => functions.ROLLRATES([[100, 0], [0, 5]], col([0])), "bucket_balances has 2 cells but write_offs has 1; they must line up"],
      ["a text write-off", () => functions.ROLLRATES([[100, 0], [0, 5]], col([0, "x"])), "row 2 of write_offs: text 'x' is not an amount"],
      ["nothing", () => functions.ROLLRATES([[null]]), "bucket_balances is required"],
    ])("refuses %s, naming it", (_, call, message) => {
      expect(formulaMessage(call)).toBe(message);
    });
  });
});
