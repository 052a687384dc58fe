import fc from "fast-check";
import { ymdToSerial } from "../../../src/domain/core";
import { readLedger } from "../../../src/domain/ledger";
import { ClaimTerms, interestClaim, interestSheetName, invoicesByCustomer, InterestRegime, JURISDICTIONS, lateInterestTotal, lateInterestTotals } from "../../../src/domain/interest";

const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);
const TERMS: ClaimTerms = { endDate: d(2025, 7, 31), jurisdiction: "DE", b2c: false, contractualRate: null };

const ledger = readLedger([
  ["Customer", "Invoice", "Due date", "Amount", "Currency"],
  ["Rossi", "F2", d(2025, 6, 30), 5000, "eur"],
  ["Rossi", "F1", d(2025, 5, 31), 10000, "EUR"],
  ["Rossi", "CN1", d(2025, 6, 30), -500, "EUR"],
  ["Harper", "H1", d(2025, 5, 31), 2000, "GBP"],
  ["ROSSI ", "F3", d(2025, 8, 31), 1000, "USD"],
]).rows;
const [rossi, harper] = invoicesByCustomer(ledger);

describe("invoicesByCustomer", () => {
  it("groups the ledger's invoices by customer, oldest due date first, credit notes left out", () => {
    expect(rossi.customer).toBe("Rossi");
    expect(rossi.invoices.map((i) => [i.invoice, i.principal, i.currency])).toEqual([["F1", 1_000_000, "EUR"], ["F2", 500_000, "EUR"], ["F3", 100_000, "USD"]]);
    expect(rossi.leftOut).toBe(1);
    expect(harper.invoices.map((i) => i.invoice)).toEqual(["H1"]);
  });
});

describe("interestClaim", () => {
  it("gives each invoice its interest to the end date and the fee when late, with totals per currency", () => {
    const claim = interestClaim(rossi.invoices, [], null, TERMS);
    expect(claim.lines.map((l) => [l.invoice.invoice, l.detail.total, l.fee])).toEqual([
      ["F1", 17_985, 4000], // the worked example of domain.md
      ["F2", 4_361, 4000], // 5,000 × 10.27% × 31 / 365
      ["F3", 0, 0], // not yet due
    ]);
    expect(claim.totals).toEqual([
      { currency: "EUR", invoices: 2, principal: 1_500_000, paid: 0, interest: 22_346, fee: 8000 },
      { currency: "USD", invoices: 1, principal: 100_000, paid: 0, interest: 0, fee: 0 },
    ]);
  });

  it("spreads a payment over the oldest invoice first, up to what it owes with its interest on that day", () => {
    // 10,092.63 on 30 June settles F1 exactly (10,000 + 92.63 of June), F2 gets nothing.
    const exact = interestClaim(rossi.invoices, [{ date: d(2025, 6, 30), amount: 1_009_263 }], null, TERMS);
    expect(exact.lines.map((l) => [l.invoice.invoice, l.paid, l.detail.total, l.detail.principalLeft])).toEqual([["F1", 1_009_263, 9_263, 0], ["F2", 0, 4_361, 500_000], ["F3", 0, 0, 100_000]]);
    // 7.37 more goes to F2, which then runs on 4,992.63.
    const more = interestClaim(rossi.invoices, [{ date: d(2025, 6, 30), amount: 1_010_000 }], null, TERMS);
    expect(more.lines[1].payments).toEqual([{ date: d(2025, 6, 30), amount: 737 }]);
    expect(more.lines[1].detail.total).toBe(4_355);
  });

  it("keeps each invoice's payments when the claim covers only some invoices", () => {
    const payments = [{ date: d(2025, 6, 30), amount: 1_010_000 }];
    const all = interestClaim(rossi.invoices, payments, null, TERMS);
    const f2 = interestClaim(rossi.invoices, payments, new Set([rossi.invoices[1].entry]), TERMS);
    expect(f2.lines).toEqual([all.lines[1]]);
  });

  it("reports what is paid beyond every invoice and the payments after the end date", () => {
    const claim = interestClaim(rossi.invoices, [{ date: d(2025, 6, 30), amount: 2_000_000 }, { date: d(2025, 8, 15), amount: 100 }], null, TERMS);
    expect(claim.unallocated).toBe(2_000_000 - 1_009_263 - 500_000 - 100_000);
    expect(claim.afterEnd).toBe(1);
  });

  it("applies a contractual rate while the fee stays the law's, and none against a German consumer", () => {
    const claim = interestClaim(rossi.invoices.slice(0, 1), [], null, { ...TERMS, contractualRate: 0.08, b2c: true });
    expect([claim.lines[0].detail.total, claim.lines[0].fee]).toEqual([13_370, 0]);
  });

  it("lists each rate note once over all invoices", () => {
    const claim = interestClaim(harper.invoices, [], null, { endDate: d(2026, 8, 31), jurisdiction: "UK", b2c: false, contractualRate: null });
    expect(claim.lines[0].fee).toBe(7000); // 2,000: the UK band from 1,000
    expect(claim.notes.map((n) => n.kind)).toEqual([]);
    const later = interestClaim(rossi.invoices, [], null, { ...TERMS, endDate: d(2026, 12, 31) });
    expect(later.notes.map((n) => [n.kind, n.lookup.date])).toEqual([["beyondKnown", d(2026, 7, 1)]]);
  });
});

describe("interestSheetName", () => {
  it("fits Excel's 31 characters, short names as they are, long ones with a hash", () => {
    expect(interestSheetName("Rossi", d(2026, 11, 25))).toBe("AR Interest ROSSI 2026-11-25");
    const long = interestSheetName("Rossi Forniture S.r.l.", d(2026, 11, 25));
    expect(long).toMatch(/^AR Interest ROS-[0-9A-F]{4} 2026-11-25$/);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(interestSheetName("Rossi Fornaci S.p.A.", d(2026, 11, 25))).not.toBe(long);
  });
});

describe("lateInterestTotals", () => {
  it("gives what lateInterestTotal gives for every invoice", () => {
    const regimes: InterestRegime[] = [...JURISDICTIONS.map((j) => ({ kind: "statutory" as const, jurisdiction: j })), { kind: "fixed", annualRate: 0.095 }];
    const invoice = fc.record({
      principal: fc.integer({ min: 0, max: 1_000_000_000 }),
      due: fc.integer({ min: d(2014, 1, 1), max: d(2026, 12, 31) }),
      days: fc.integer({ min: -30, max: 1200 }),
      regime: fc.integer({ min: 0, max: regimes.length - 1 }),
      payments: fc.array(fc.tuple(fc.integer({ min: -40, max: 1300 }), fc.integer({ min: 0, max: 500_000_000 })), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(invoice, { minLength: 1, maxLength: 30 }), (invoices) => {
        const starts = [0];
        for (const inv of invoices) starts.push(starts[starts.length - 1] + inv.payments.length);
        const totals = lateInterestTotals({
          principal: invoices.map((i) => i.principal),
          dueDate: invoices.map((i) => i.due),
          endDate: invoices.map((i) => i.due + i.days),
          regimes,
          regimeIndex: invoices.map((i) => i.regime),
          paymentStart: starts,
          paymentDate: invoices.flatMap((i) => i.payments.map(([o]) => i.due + o)),
          paymentAmount: invoices.flatMap((i) => i.payments.map(([, a]) => a)),
        });
        const one = invoices.map((i) => lateInterestTotal({ principal: i.principal, dueDate: i.due, endDate: i.due + i.days, regime: regimes[i.regime], payments: i.payments.map(([o, a]) => ({ date: i.due + o, amount: a })) }));
        expect([...totals]).toEqual(one);
      }),
    );
  });
});
