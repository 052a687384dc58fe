import fc from "fast-check";
import { ageItems } from "../../../src/domain/aging";
import { buildStatements, checkStatements, StatementLedger } from "../../../src/domain/statements";

const m = (major: number) => Math.round(major * 100);
const FROM = 46327; // 2026-11-01
const TO = 46356; // 2026-11-30

interface Row {
  key: string;
  invoice: string;
  date: number;
  due: number;
  open: number;
  currency?: string;
}

function ledgerOf(rows: readonly Row[]): StatementLedger {
  return {
    length: rows.length,
    keys: rows.map((r) => r.key),
    customers: rows.map((r) => r.key.toUpperCase()),
    customerIds: rows.map((r) => r.key),
    invoices: rows.map((r) => r.invoice),
    currencies: rows.map((r) => r.currency ?? "EUR"),
    invoiceDate: new Float64Array(rows.map((r) => r.date)),
    dueDate: new Float64Array(rows.map((r) => r.due)),
    open: new Float64Array(rows.map((r) => r.open)),
  };
}

describe("buildStatements", () => {
  const rows: Row[] = [
    { key: "a", invoice: "F0", date: FROM - 40, due: FROM - 10, open: m(1_000) },
    { key: "a", invoice: "F2", date: FROM + 10, due: FROM + 40, open: m(500) },
    { key: "a", invoice: "CN1", date: FROM + 10, due: FROM + 10, open: m(-200) },
    { key: "a", invoice: "", date: FROM + 20, due: FROM + 20, open: m(-300) },
    { key: "a", invoice: "F9", date: TO + 1, due: TO + 31, open: m(999) },
    { key: "b", invoice: "B1", date: FROM - 100, due: FROM - 70, open: 0 },
  ];

  it("opens with what is open from before the period, lists the period's documents oldest first with a running balance, and closes at the aging total", () => {
    const [a] = buildStatements(ledgerOf(rows), { from: FROM, to: TO });
    expect(a.opening).toBe(m(1_000));
    expect(a.lines.map((l) => [l.document, l.kind, l.amount, l.balance])).toEqual([
      ["F2", "invoice", m(500), m(1_500)],
      ["CN1", "creditNote", m(-200), m(1_300)],
      ["", "payment", m(-300), m(1_000)],
    ]);
    expect(a.closing).toBe(m(1_000));
    // F0 is 40 days overdue on the 30th: 31-60. F2 is not due; the credit note and payment are due by then.
    expect(a.aging).toEqual([m(500), m(-500), m(1_000), 0, 0]);
  });

  it("leaves out documents dated after the statement date and customers with nothing open and no activity", () => {
    const statements = buildStatements(ledgerOf(rows), { from: FROM, to: TO });
    expect(statements.map((s) => s.key)).toEqual(["a"]);
    expect(statements[0].lines.some((l) => l.document === "F9")).toBe(false);
  });

  it("makes one statement per currency and only for the customers asked for", () => {
    const more = [...rows, { key: "a", invoice: "U1", date: FROM + 1, due: FROM + 31, open: m(50), currency: "USD" }, { key: "c", invoice: "C1", date: FROM, due: FROM, open: m(1) }];
    expect(buildStatements(ledgerOf(more), { from: FROM, to: TO }).map((s) => [s.key, s.currency])).toEqual([["a", "EUR"], ["a", "USD"], ["c", "EUR"]]);
    expect(buildStatements(ledgerOf(more), { from: FROM, to: TO, keys: new Set(["c"]) }).map((s) => s.key)).toEqual(["c"]);
  });

  it("ends every statement's running balance at that customer's AR.AGING total, for any ledger", () => {
    const row = fc.record({
      key: fc.constantFrom("a", "b", "c", "d"),
      invoice: fc.constantFrom("", "F1", "F2", "CN"),
      date: fc.integer({ min: FROM - 200, max: TO }),
      dueIn: fc.integer({ min: -30, max: 90 }),
      open: fc.integer({ min: -1e8, max: 1e9 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (generated) => {
        const ledger = ledgerOf(generated.map((r) => ({ key: r.key, invoice: r.invoice, date: r.date, due: r.date + r.dueIn, open: r.open })));
        const aging = ageItems(ledger.open, ledger.dueDate, TO, undefined, ledger.keys);
        const totals = new Map(aging.groups.map((g) => [g.key, g]));
        const statements = buildStatements(ledger, { from: FROM, to: TO });
        for (const s of statements) {
          const last = s.lines.length > 0 ? s.lines[s.lines.length - 1].balance : s.opening;
          expect(last).toBe(s.closing);
          expect(s.closing).toBe(totals.get(s.key)!.total);
          expect(s.aging).toEqual(totals.get(s.key)!.buckets);
        }
        // Every customer with something open has its statement.
        for (const g of aging.groups) if (g.total !== 0) expect(statements.some((s) => s.key === g.key)).toBe(true);
      }),
    );
  });
});

describe("checkStatements", () => {
  it("gives a message per customer that cannot get a statement and keeps the rest", () => {
    const statements = buildStatements(
      ledgerOf([
        { key: "a", invoice: "F1", date: FROM, due: FROM, open: m(100) },
        { key: "b", invoice: "CN", date: FROM, due: FROM, open: m(-100) },
        { key: "c", invoice: "F3", date: FROM, due: FROM, open: m(100) },
      ]),
      { from: FROM, to: TO },
    );
    const { ready, problems } = checkStatements(statements, (s) => (s.key === "c" ? null : { address: ["Via Roma 1", "Milano"], language: "it" }));
    expect(ready.map((r) => r.statement.key)).toEqual(["a"]);
    expect(problems).toEqual([
      { code: "statements.negativeBalance", params: { customer: "B (b)", amount: "-100.00", currency: "EUR" } },
      { code: "statements.noAddress", params: { customer: "C (c)" } },
    ]);
  });
});
