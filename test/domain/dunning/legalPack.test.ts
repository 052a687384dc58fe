import { ymdToSerial } from "../../../src/domain/core";
import { legalPack } from "../../../src/domain/dunning";
import { ClaimInvoice } from "../../../src/domain/interest";

const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);
const inv = (invoice: string, dueDate: number, principal: number, entry: number): ClaimInvoice => ({ entry, sourceIndex: entry + 1, customer: "Müller", invoice, currency: "EUR", dueDate, principal, disputed: false });

describe("legalPack", () => {
  const pack = legalPack({
    asOf: d(2025, 7, 31),
    customer: "Müller",
    customerId: "",
    // DE, B2B: 10,000.00 due 31 May 2025 to 31 July 2025 accrues 92.63 + 87.22 (shared/reference, AR.LATEINTEREST's example).
    invoices: [inv("F1", d(2025, 5, 31), 1_000_000, 0), inv("F2", d(2025, 7, 15), 50_000, 1)],
    creditNotes: [{ reference: "CN1", date: d(2025, 6, 10), amount: 20_000, currency: "EUR" }],
    payments: [{ date: d(2025, 8, 5), amount: 1000 }],
    log: [
      { date: d(2025, 6, 15), customerId: "", customer: "MÜLLER", items: [{ invoice: "F1", level: 1 }], level: 1, amount: 1_000_000, interest: 0, fee: 0, currency: "EUR", channel: "email", file: "pdf/a.pdf" },
      { date: d(2025, 6, 15), customerId: "", customer: "Other", items: [{ invoice: "X", level: 1 }], level: 1, amount: 1, interest: 0, fee: 0, currency: "EUR", channel: "email", file: "pdf/b.pdf" },
    ],
    terms: { endDate: d(2025, 7, 31), jurisdiction: "DE", b2c: false, contractualRate: null },
  });

  it("lists invoices, credit notes and payments up to the as-of date with a running balance", () => {
    expect(pack.statement.map((l) => [l.kind, l.reference, l.debit, l.credit, l.balance])).toEqual([
      ["invoice", "F1", 1_000_000, 0, 1_000_000],
      ["creditNote", "CN1", 0, 20_000, 980_000],
      ["invoice", "F2", 50_000, 0, 1_030_000],
    ]);
  });

  it("keeps only this customer's letters and claims the interest per invoice with the EUR 40 each", () => {
    expect(pack.history.map((e) => e.file)).toEqual(["pdf/a.pdf"]);
    const f1 = pack.claim.lines.find((l) => l.invoice.invoice === "F1")!;
    expect(f1.detail.segments.map((s) => s.interest)).toEqual([9263, 8722]);
    expect(pack.totals).toEqual([{ currency: "EUR", invoiced: 1_050_000, credited: 20_000, paid: 0, balance: 1_030_000, interest: pack.claim.totals[0].interest, fees: 8000, claim: 1_030_000 + pack.claim.totals[0].interest + 8000 }]);
  });
});
