import { assignLine, confirmLine, DEFAULT_MATCH_SETTINGS, matchStatement, MatchRun, runTotals, unmatchLine } from "../../../src/domain/cash";
import { fixtureIndex, readFixture } from "./support";

const run = (file: string, index = fixtureIndex()) => matchStatement(readFixture(file).lines, index, DEFAULT_MATCH_SETTINGS);
const summary = (r: MatchRun) => r.results.map((m) => [m.status, m.rule, m.allocations.map((a) => a.invoice).join("+"), m.applied, m.unapplied, m.difference, m.differenceReason]);

describe("matchStatement on the fixtures", () => {
  it("camt.053.001.02: invoice number in text, RF, IBAN and one item, invoice in a batch, debit ignored, unknown payer", () => {
    expect(summary(run("camt053-v02.xml"))).toEqual([
      ["matched", "invoice", "INV-2026-0042", 119000, 0, 0, ""],
      ["matched", "rf", "INV-2026-0051", 244000, 0, 0, ""],
      ["matched", "ibanItem", "INV-2026-0060", 85000, 0, 0, ""],
      ["matched", "invoice", "INV-2026-0071", 100000, 0, 0, ""],
      ["ignored", "", "", 0, 0, 0, ""],
      ["unmatched", "", "", 0, 12345, 0, ""],
    ]);
  });

  it("camt.053.001.08: several invoices in one payment, a short payment within the tolerance, a combination suggested, a bad RF", () => {
    const r = run("camt053-v08.xml");
    expect(summary(r)).toEqual([
      ["matched", "invoice", "INV-2026-0052+INV-2026-0053", 91000, 0, 0, ""],
      ["matched", "invoice", "INV-2026-0042", 118000, 0, 1000, "bankCharges"],
      ["suggested", "ibanCombination", "INV-2026-0080+INV-2026-0081", 100000, 0, 0, ""],
      ["ignored", "", "", 0, 0, 0, ""],
      ["unmatched", "", "", 0, 64000, 0, ""],
    ]);
    expect(r.results[4].reasons.map((x) => x.code)).toContain("cash.why.rfBadCheck");
    // INV 2026/42 settled: 1,180.00 paid and 10.00 of bank charges.
    const row42 = r.index.rows.invoice.indexOf("INV-2026-0042");
    expect(r.remaining[row42]).toBe(0);
  });

  it("camt.054: an RF reference; a reversal is not a payment", () => {
    const r = run("camt054-v04.xml");
    expect(summary(r)[0]).toEqual(["matched", "rf", "INV-2026-0060", 85000, 0, 0, ""]);
    expect(r.results[1].status).toBe("ignored");
    expect(r.results[1].reasons[0].code).toBe("cash.why.reversal");
  });

  it("MT940: numbers split across ?2x subfields, several invoices, a donation unmatched", () => {
    expect(summary(run("mt940-dk.sta"))).toEqual([
      ["matched", "invoice", "INV-2026-0043", 50000, 0, 0, ""],
      ["matched", "invoice", "INV-2026-0051+INV-2026-0052+INV-2026-0053", 335000, 0, 0, ""],
      ["ignored", "", "", 0, 0, 0, ""],
      ["unmatched", "", "", 0, 7700, 0, ""],
    ]);
    expect(summary(run("mt940-nl.sta"))).toEqual([
      ["matched", "invoice", "INV-2026-0080+INV-2026-0081", 100000, 0, 0, ""],
      ["matched", "rf", "INV-2026-0060", 85000, 0, 0, ""],
    ]);
  });

  it("CSV: a discount beyond the bank-charges tolerance, a combination, IBAN and amount", () => {
    expect(summary(run("bank-it.csv"))).toEqual([
      ["matched", "invoice", "INV-2026-0042", 119000, 0, 0, ""],
      ["ignored", "", "", 0, 0, 0, ""],
      ["matched", "invoice", "INV-2026-0051", 243000, 0, 1000, "bankCharges"],
      ["unmatched", "", "", 0, 9900, 0, ""],
    ]);
    expect(summary(run("bank-de.csv"))).toEqual([
      ["matched", "ibanItem", "INV-2026-0060", 85000, 0, 0, ""],
      ["suggested", "ibanCombination", "INV-2026-0080+INV-2026-0081", 100000, 0, 0, ""],
      ["ignored", "", "", 0, 0, 0, ""],
      ["matched", "invoice", "INV-2026-0071", 98000, 0, 2000, "discount"],
    ]);
  });

  it("totals reconcile: credits = applied + unapplied", () => {
    for (const file of ["camt053-v02.xml", "camt053-v08.xml", "mt940-dk.sta", "bank-de.csv"]) {
      const t = runTotals(run(file));
      expect(t.applied + t.unapplied).toBe(t.credits);
    }
  });
});

describe("matching rules", () => {
  const lineOf = (over: Partial<ReturnType<typeof readFixture>["lines"][number]>) => ({ ...readFixture("camt053-v02.xml").lines[0], ...over });

  it("a number shared by two open items decides nothing", () => {
    // INV-2026-0042 and a credit note style duplicate: 2026/42 appears twice.
    const index = fixtureIndex();
    const rows = index.rows;
    rows.invoice[1] = "CN-2026-0042";
    const dup = fixtureIndex({ rows });
    const r = matchStatement([lineOf({ remittance: "inv 2026/42", payerName: "Someone", payerIban: "" })], dup);
    expect(r.results[0].status).toBe("unmatched");
    expect(r.results[0].reasons.map((x) => x.code)).toContain("cash.why.ambiguousNumber");
  });

  it("a payer known by name only is a suggestion, legal form ignored", () => {
    const r = matchStatement([lineOf({ remittance: "", payerIban: "", payerName: "DUBOIS ET FILS", amount: 100000 })], fixtureIndex());
    expect(r.results[0]).toMatchObject({ status: "suggested", rule: "nameItem" });
  });

  it("a plan instalment or promise of the IBAN's customer", () => {
    const index = fixtureIndex({ expected: [{ customer: "Harper Supplies Ltd", customerId: "C-000005", amount: 33333, date: 46350, kind: "promise", id: "PR-1" }] });
    const r = matchStatement([lineOf({ remittance: "", payerIban: "GB82WEST12345698765432", payerName: "HARPER", amount: 33333 })], index);
    expect(r.results[0]).toMatchObject({ status: "matched", rule: "ibanPromise", expected: "PR-1", applied: 33333 });
  });

  it("another currency than the items' is never matched", () => {
    const r = matchStatement([lineOf({ currency: "USD" })], fixtureIndex());
    expect(r.results[0].status).toBe("unmatched");
    expect(r.results[0].reasons[0].code).toBe("cash.why.otherCurrency");
  });

  it("an overpayment keeps the excess on account", () => {
    const r = matchStatement([lineOf({ amount: 120000 })], fixtureIndex());
    expect(r.results[0]).toMatchObject({ status: "matched", applied: 119000, unapplied: 1000, differenceReason: "onAccount" });
  });

  it("the same invoice is not paid twice by two lines", () => {
    const r = matchStatement([lineOf({}), lineOf({ index: 1 })], fixtureIndex());
    expect(r.results[0].status).toBe("matched");
    // The second finds the invoice settled; the IBAN's customer's other item is only a suggestion.
    expect(r.results[1]).toMatchObject({ status: "suggested", rule: "ibanOldest" });
    expect(r.results[1].allocations.map((a) => a.invoice)).toEqual(["INV-2026-0043"]);
  });
});

describe("confirm, refuse, assign by hand", () => {
  it("confirms a suggestion, refuses it (items open again), assigns a line to a customer", () => {
    const base = run("camt053-v08.xml");
    const confirmed = confirmLine(base, 2);
    expect(confirmed.results[2]).toMatchObject({ status: "matched", confirmed: true });
    const refused = unmatchLine(base, 2);
    expect(refused.results[2]).toMatchObject({ status: "unmatched", applied: 0, unapplied: 100000 });
    const row80 = base.index.rows.invoice.indexOf("INV-2026-0080");
    expect(base.remaining[row80]).toBe(0);
    expect(refused.remaining[row80]).toBe(76000);
    const harper = base.index.customers.findIndex((c) => c.customer === "Harper Supplies Ltd");
    const assigned = assignLine(refused, 4, harper);
    expect(assigned.results[4]).toMatchObject({ status: "matched", rule: "manual", applied: 64000, unapplied: 0 });
    expect(assigned.results[4].allocations.map((a) => a.invoice)).toEqual(["INV-2026-0080"]);
    const t = runTotals(assigned);
    expect(t.applied + t.unapplied).toBe(t.credits);
  });
});
