import fc from "fast-check";
import { exposureByCustomer, holdList, reviewCustomers, summarizeReview } from "../../../src/domain/credit/review";
import { customerKey, readCustomerTable } from "../../../src/domain/credit/reviewTable";
import { EXAMPLE_CREDIT_POLICY } from "../../../src/domain/credit/creditPolicy";
import { readLedger } from "../../../src/domain/ledger/readLedger";

const AS_OF = 46351;

describe("reviewCustomers", () => {
  const table = readCustomerTable([
    ["Customer", "Score", "Annual income", "Monthly debt", "Requested", "Working capital", "Retained earnings", "EBIT", "Equity", "Sales", "Total assets", "Total liabilities"],
    ["Approve", 700, 60000, 0, null],
    ["Refer", 700, 60000, 0, 12000],
    ["Decline", 500, 60000, 0, null],
    ["Distress", 800, 200000, 0, null, -20, -30, -10, 10, 50, 100, 90],
  ]);

  it("decides each customer as AR.CREDITDECISION does and sets exposure against the limit", () => {
    const lines = reviewCustomers(table.customers, new Map([["approve", 1_000_000], ["refer", 500_000], ["decline", 1]]), EXAMPLE_CREDIT_POLICY);
    expect(lines.map((l) => [l.customer, l.decision, l.limit, l.exposure, l.headroom, l.hold])).toEqual([
      ["Approve", "Approve", 900_000, 1_000_000, -100_000, ["overLimit"]],
      ["Refer", "Refer", 900_000, 500_000, 400_000, []],
      ["Decline", "Decline", 0, 1, -1, ["overLimit"]],
      ["Distress", "Approve", 3_500_000, 0, 3_500_000, ["distress"]],
    ]);
    expect(lines[3].zone).toBe("distress");
    expect(lines[3].z).toBeLessThan(1.23);
    expect(lines[1].reason.code).toBe("credit.reason.requestedAboveLimit");
  });

  it("lists holds by largest excess first and counts the decisions", () => {
    const lines = reviewCustomers(table.customers, new Map([["approve", 1_000_000], ["decline", 1]]), EXAMPLE_CREDIT_POLICY);
    expect(holdList(lines).map((l) => l.customer)).toEqual(["Approve", "Decline", "Distress"]);
    expect(summarizeReview(lines)).toEqual({ customers: 4, approve: 2, refer: 1, decline: 1, holds: 3, exposure: 1_000_001 });
  });
});

describe("review properties", () => {
  const names = fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,8}[A-Za-z]$/), { minLength: 1, maxLength: 25, selector: (s) => customerKey(s) });

  it("reviews every customer of the table exactly once, in table order", () => {
    fc.assert(
      fc.property(names, fc.array(fc.tuple(fc.integer({ min: 300, max: 900 }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 200_000 })), { minLength: 25, maxLength: 25 }), (customers, figures) => {
        const rows = customers.map((c, i) => [c, figures[i][0], figures[i][1] / 100, figures[i][2] / 100]);
        const table = readCustomerTable([["Customer", "Score", "Annual income", "Monthly debt"], ...rows]);
        expect(table.issues).toEqual([]);
        const lines = reviewCustomers(table.customers, new Map(), EXAMPLE_CREDIT_POLICY);
        expect(lines.map((l) => l.customer)).toEqual(customers);
      }),
    );
  });

  it("sets each customer's exposure to the exact sum of its open items in the ledger", () => {
    fc.assert(
      fc.property(
        names,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -5_000_000_00, max: 5_000_000_00 }), fc.boolean()), { maxLength: 200 }),
        (customers, items) => {
          // Names in the ledger vary in case and spacing, as ERP exports do; amounts are cents.
          const ledgerRows = items.map(([k, cents, upper]) => {
            const name = customers[k % customers.length];
            return [upper ? ` ${name.toUpperCase()}` : name, AS_OF, cents / 100];
          });
          const ledger = readLedger([["Customer", "Due date", "Amount"], ...ledgerRows]);
          expect(ledger.rejected).toEqual([]);
          const table = readCustomerTable([["Customer", "Score", "Income"], ...customers.map((c) => [c, 700, 50000])]);
          const lines = reviewCustomers(table.customers, exposureByCustomer(ledger.rows), EXAMPLE_CREDIT_POLICY);
          const expected = new Map<string, bigint>();
          items.forEach(([k, cents]) => {
            const key = customerKey(customers[k % customers.length]);
            expected.set(key, (expected.get(key) ?? 0n) + BigInt(cents));
          });
          for (const line of lines) expect([line.customer, BigInt(line.exposure)]).toEqual([line.customer, expected.get(customerKey(line.customer)) ?? 0n]);
        },
      ),
    );
  });
});

describe("exposureByCustomer", () => {
  it("skips rows without an amount", () => {
    expect([...exposureByCustomer({ length: 3, customer: ["A", "a", "B"], open: [100, NaN, 5] })]).toEqual([["a", 100], ["b", 5]]);
  });
});
