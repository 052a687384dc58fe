import { indexLedger, invoiceDigits, makeRf, matchStatement, StatementLine } from "../../../src/domain/cash";
import { readLedger } from "../../../src/domain/ledger";

const ledger = (invoices: readonly string[]) =>
  indexLedger({ rows: readLedger([["Customer", "Invoice", "Due date", "Open amount", "Currency"], ...invoices.map((inv, i) => [`Customer ${i}`, inv, 46000 + i, 100 + i, "EUR"])]).rows });

const rfLine = (ref: string, amount: number): StatementLine => ({
  index: 0, position: "line 1", statementId: "S", account: "DE89370400440532013000", bookingDate: 46300, valueDate: 46300, amount, direction: "credit",
  currency: "EUR", payerName: "", payerIban: "", remittance: "", creditorRef: ref, endToEndId: "", reversal: false, status: "BOOK",
});

describe("RF creditor references against invoice numbers", () => {
  it("runs an invoice number's digits together without leading zeros", () => {
    expect(invoiceDigits("INV-2026-0042")).toBe("20260042");
    expect(invoiceDigits("000-00")).toBe("0");
    expect(invoiceDigits("ABC")).toBe("");
  });

  it("finds the invoice whose letters and digits the body holds, among items with the same digits", () => {
    const index = ledger(["CN-2026-0042", "INV-2026-0042", "INV-2026-0043"]);
    const run = matchStatement([rfLine(makeRf("INV20260042"), 10100)], index);
    expect(run.results[0].rule).toBe("rf");
    expect(run.results[0].allocations.map((a) => a.invoice)).toEqual(["INV-2026-0042"]);
  });

  it("finds an invoice from a body of its digits only", () => {
    const run = matchStatement([rfLine(makeRf("20260043"), 10200)], ledger(["INV-2026-0042", "INV-2026-0043"]));
    expect(run.results[0].allocations.map((a) => a.invoice)).toEqual(["INV-2026-0043"]);
  });

  it("does not guess between two open items the body names alike", () => {
    const run = matchStatement([rfLine(makeRf("20260042"), 10000)], ledger(["INV-2026-0042", "CN-2026-0042"]));
    expect(run.results[0].rule).not.toBe("rf");
    expect(run.results[0].reasons.map((r) => r.code)).toContain("cash.why.rfUnknown");
  });
});
