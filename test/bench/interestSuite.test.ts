import { toMinor } from "../../src/domain/core";
import { JURISDICTIONS, lateInterestTotal } from "../../src/domain/interest";
import { domainRun, interestLedger } from "../../bench/suites/interest";

describe("the interest bench's domain run", () => {
  // 40,000 invoices: two full blocks of 16,384 and a short last one, so a block boundary that dropped,
  // repeated or misaligned an invoice or a payment would change the total.
  it("totals, block by block, what lateInterestTotal gives invoice by invoice", () => {
    const l = interestLedger(40_000, 7);
    let expected = 0;
    l.rows.forEach((r, i) => {
      const payments = [];
      for (let k = 0; k < 3; k++) if (r[2 + 2 * k] !== null) payments.push({ date: r[2 + 2 * k] as number, amount: toMinor(r[3 + 2 * k] as number) });
      const regime = { kind: "statutory" as const, jurisdiction: JURISDICTIONS[i % JURISDICTIONS.length] };
      expected += lateInterestTotal({ principal: toMinor(r[0] as number), dueDate: r[1] as number, endDate: l.asOf, regime, payments });
    });
    expect(expected).toBeGreaterThan(0);
    expect(domainRun(l)).toBe(expected);
  });
});
