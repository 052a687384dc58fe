import { DomainError } from "../../../src/domain/core/problem";
import { paymentBehaviour, readPaidItems } from "../../../src/domain/metrics";

const item = (key: string, invoiceDate: number, dueDate: number, paidDate: number, amount: number) => ({ key, customer: key.toUpperCase(), invoiceDate, dueDate, paidDate, amount });

describe("paymentBehaviour", () => {
  it("weights days to pay and days beyond terms by amount; an early payment counts as on time", () => {
    // 300 paid 40 days after invoice, 10 late; 100 paid 20 days after invoice, 10 early.
    const [a] = paymentBehaviour([item("a", 100, 130, 140, 300), item("a", 100, 130, 120, 100)], 200, 365);
    expect(a).toEqual({ key: "a", customer: "A", items: 2, paid: 400, averageDaysToPay: 35, averageDaysBeyondTerms: 7.5 });
  });
  it("counts only payments inside the window ending on the date, and no credit notes", () => {
    const result = paymentBehaviour([item("a", 0, 30, 60, 100), item("a", 100, 130, 190, 100), item("a", 100, 130, 201, 100), item("a", 100, 130, 150, -50)], 200, 100);
    expect(result).toEqual([{ key: "a", customer: "A", items: 1, paid: 100, averageDaysToPay: 90, averageDaysBeyondTerms: 60 }]);
  });
  it("has no days to pay without invoice dates", () => {
    expect(paymentBehaviour([item("a", NaN, 130, 140, 300)], 200)[0].averageDaysToPay).toBeNull();
  });
  it("refuses a window that is not a whole number of days", () => {
    expect(() => paymentBehaviour([], 200, 0)).toThrow(new DomainError("metrics.windowRange", { text: "0" }));
  });
});

describe("readPaidItems", () => {
  it("reads paid items by their headers in any language and names the rows it cannot use", () => {
    const read = readPaidItems(
      [
        ["Kunde", "Rechnungsdatum", "Fälligkeit", "Zahlungsdatum", "Betrag"],
        ["Müller GmbH", "01.10.2026", "31.10.2026", "10.11.2026", "1.234,50"],
        ["Müller GmbH", null, null, null, 10],
        [null, null, null, null, null],
      ],
      (c) => `name:${c.customer}`,
    );
    expect(read.found).toBe(true);
    expect(read.items).toEqual([{ key: "name:Müller GmbH", customer: "Müller GmbH", invoiceDate: 46296, dueDate: 46326, paidDate: 46336, amount: 123450 }]);
    expect(read.problems).toEqual([{ code: "metrics.paidRowUnreadable", params: { row: 3 } }]);
  });
  it("is not found without a paid-date column", () => {
    expect(readPaidItems([["Customer", "Amount"], ["A", 1]], (c) => c.customer).found).toBe(false);
  });
});
