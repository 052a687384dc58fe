import { generateSampleLedger } from "../../../src/samples/ledger";
import { generateSamplePayments } from "../../../src/samples/payments";
import { paymentsOf, readPayments } from "../../../src/domain/plans/payments";
import { openItemsByCustomer } from "../../../src/domain/plans/openItems";
import { readLedger } from "../../../src/domain/ledger/readLedger";

describe("readPayments", () => {
  it("reads customer, payment date and amount columns in any language, text amounts and dates included", () => {
    const read = readPayments([
      ["Pagamenti ricevuti"],
      ["Cliente", "Data pagamento", "Importo", "Note"],
      ["Rossi", 46000, "1.234,56", "bonifico"],
      ["Rossi", "15/01/2026", 10, null],
      ["Rossi", "n/a", 10, null],
    ]);
    expect(read.notPayments).toBe(false);
    expect(read.payments).toEqual([
      { customer: "Rossi", date: 46000, amount: 123456 },
      { customer: "Rossi", date: 46037, amount: 1000 },
    ]);
    expect(read.rejected.map((r) => r.index)).toEqual([4]);
  });

  it("says when a table is not a payments table", () => {
    expect(readPayments([["Customer", "Due date", "Amount"]]).notPayments).toBe(true);
  });

  it("matches a customer's payments from a date on, oldest first", () => {
    const payments = [
      { customer: "Rossi S.r.l.", date: 30, amount: 1 },
      { customer: "rossi srl", date: 20, amount: 2 },
      { customer: "Rossi", date: 25, amount: 3 },
      { customer: "Rossi S.r.l.", date: 5, amount: 4 },
    ];
    expect(paymentsOf(payments, { customer: "ROSSI S.R.L." }, 10)).toEqual([{ date: 20, amount: 2 }, { date: 30, amount: 1 }]);
  });
});

describe("generateSamplePayments", () => {
  it("is deterministic, readable as payments, and dated before the as-of date", () => {
    const asOf = 46351;
    const ledger = generateSampleLedger({ asOf, rows: 100 });
    const a = generateSamplePayments(ledger, { asOf });
    expect(generateSamplePayments(ledger, { asOf })).toEqual(a);
    const read = readPayments(a);
    expect(read.payments).toHaveLength(40);
    expect(read.rejected).toEqual([]);
    expect(read.payments.every((p) => p.date < asOf && p.amount > 0)).toBe(true);
  });
});

describe("openItemsByCustomer", () => {
  it("sets the disputed items apart and takes the customer's language", () => {
    const report = readLedger([
      ["Customer", "Invoice", "Due date", "Amount", "Status", "Language"],
      ["Rossi", "F1", 46000, 100, "Aperta", "it"],
      ["Rossi", "F2", 46010, 200, "Contestata", "it"],
      ["Rossi", "F3", 46020, 0, "Aperta", "it"],
      ["Harper", "H1", 46000, 50, "Open", ""],
    ]);
    const customers = openItemsByCustomer(report.rows);
    expect(customers.map((c) => [c.customer, c.language, c.items.map((i) => i.invoice), c.disputed.map((i) => i.invoice)])).toEqual([
      ["Rossi", "it", ["F1"], ["F2"]],
      ["Harper", "", ["H1"], []],
    ]);
  });
});
