import fc from "fast-check";
import "../../support/fastCheck";
import { assignLine, confirmLine, runTotals, DEFAULT_MATCH_SETTINGS, indexLedger, makeRf, matchStatement, MatchRun, StatementLine, unmatchLine } from "../../../src/domain/cash";
import { readLedger } from "../../../src/domain/ledger";

const CUSTOMERS = ["Müller Maschinenbau GmbH", "Rossi Forniture S.r.l.", "Van Dijk Transport B.V.", "Dubois et Fils SARL", "Harper Supplies Ltd"];
const IBANS = ["DE44500105175407324931", "IT60X0542811101000000123456", "NL91ABNA0417164300", "FR1420041010050500013M02606", "GB82WEST12345698765432"];

const item = fc.record({ customer: fc.integer({ min: 0, max: CUSTOMERS.length - 1 }), number: fc.integer({ min: 1, max: 60 }), cents: fc.integer({ min: -20000, max: 300000 }), due: fc.integer({ min: 46000, max: 46300 }) });

const ledgerArb = fc.array(item, { minLength: 1, maxLength: 40 });

function ledgerRows(items: readonly { customer: number; number: number; cents: number; due: number }[]) {
  return readLedger([["Customer", "Invoice", "Due date", "Open amount", "Currency"], ...items.map((i) => [CUSTOMERS[i.customer], `INV-2026-${String(i.number).padStart(4, "0")}`, i.due, i.cents / 100, "EUR"])]).rows;
}

const lineArb = fc.record({
  cents: fc.integer({ min: 0, max: 600000 }),
  debit: fc.boolean(),
  reversal: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  ref: fc.oneof(fc.constant(""), fc.integer({ min: 1, max: 70 }).map((n) => `INV-2026-${String(n).padStart(4, "0")}`), fc.integer({ min: 1, max: 70 }).map((n) => `fattura ${n}/2026`), fc.integer({ min: 1, max: 70 }).map((n) => makeRf(`INV2026${String(n).padStart(4, "0")}`))),
  payer: fc.integer({ min: -1, max: CUSTOMERS.length - 1 }),
  byIban: fc.boolean(),
  currency: fc.constantFrom("EUR", "EUR", "EUR", "USD"),
});

function statement(lines: readonly fc.Arbitrary<unknown>[] | readonly { cents: number; debit: boolean; reversal: boolean; ref: string; payer: number; byIban: boolean; currency: string }[]): StatementLine[] {
  return (lines as { cents: number; debit: boolean; reversal: boolean; ref: string; payer: number; byIban: boolean; currency: string }[]).map((l, i) => ({
    index: i,
    position: `line ${i + 1}`,
    statementId: "S",
    account: "DE89370400440532013000",
    bookingDate: 46300,
    valueDate: 46300,
    amount: l.cents,
    direction: l.debit ? "debit" : "credit",
    currency: l.currency,
    payerName: l.payer >= 0 ? CUSTOMERS[l.payer].toUpperCase() : "Unknown Payer",
    payerIban: l.payer >= 0 && l.byIban ? IBANS[l.payer] : "",
    remittance: l.ref.startsWith("RF") ? "" : l.ref,
    creditorRef: l.ref.startsWith("RF") ? l.ref : "",
    endToEndId: "",
    reversal: l.reversal,
    status: "BOOK",
  }));
}

function checkInvariants(run: MatchRun, lines: readonly StatementLine[]): void {
  expect(run.results).toHaveLength(lines.length);
  run.results.forEach((r, i) => {
    expect(r.line).toBe(lines[i]);
    expect(["matched", "suggested", "unmatched", "ignored"]).toContain(r.status);
    const payment = lines[i].direction === "credit" && !lines[i].reversal && lines[i].amount > 0;
    expect(r.status === "ignored").toBe(!payment);
    if (payment) {
      expect(r.applied + r.unapplied).toBe(lines[i].amount);
      expect(r.applied).toBe(r.allocations.reduce((s, a) => s + a.amount, 0));
      expect(r.unapplied).toBeGreaterThanOrEqual(0);
    }
    for (const a of r.allocations) {
      expect(a.amount).toBeGreaterThanOrEqual(0);
      expect(a.difference).toBeGreaterThanOrEqual(0);
    }
  });
  const used = new Float64Array(run.index.rows.length);
  for (const r of run.results) for (const a of r.allocations) used[a.row] += a.amount + a.difference;
  for (let row = 0; row < used.length; row++) {
    const open = Math.max(0, run.index.rows.open[row]);
    expect(used[row]).toBeLessThanOrEqual(open);
    expect(run.remaining[row]).toBe(open - used[row]);
  }
  const credits = lines.filter((l) => l.direction === "credit" && !l.reversal && l.amount > 0).reduce((s, l) => s + l.amount, 0);
  const applied = run.results.reduce((s, r) => s + r.applied, 0);
  const unapplied = run.results.reduce((s, r) => s + r.unapplied, 0);
  expect(applied + unapplied).toBe(credits);
  const totals = runTotals(run);
  expect(totals.credits).toBe(credits);
  expect(totals.applied + totals.unapplied).toBe(credits);
}

describe("matchStatement properties", () => {
  it("every line ends once in one outcome; applied + unapplied = credits; no item applied above its open amount", () => {
    fc.assert(
      fc.property(ledgerArb, fc.array(lineArb, { maxLength: 30 }), (items, specs) => {
        const rows = ledgerRows(items);
        const index = indexLedger({ rows, ibans: CUSTOMERS.map((c, i) => ({ customer: c, iban: IBANS[i] })) });
        const lines = statement(specs);
        checkInvariants(matchStatement(lines, index, DEFAULT_MATCH_SETTINGS), lines);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps the invariants through confirming, refusing and assigning by hand", () => {
    const op = fc.record({ kind: fc.constantFrom("confirm", "unmatch", "assign"), line: fc.nat(), customer: fc.integer({ min: 0, max: 10 }) });
    fc.assert(
      fc.property(ledgerArb, fc.array(lineArb, { minLength: 1, maxLength: 20 }), fc.array(op, { maxLength: 12 }), (items, specs, ops) => {
        const rows = ledgerRows(items);
        const index = indexLedger({ rows, ibans: CUSTOMERS.map((c, i) => ({ customer: c, iban: IBANS[i] })) });
        const lines = statement(specs);
        let run = matchStatement(lines, index);
        for (const o of ops) {
          const at = o.line % lines.length;
          run = o.kind === "confirm" ? confirmLine(run, at) : o.kind === "unmatch" ? unmatchLine(run, at) : assignLine(run, at, o.customer % Math.max(1, index.customers.length));
        }
        checkInvariants(run, lines);
      }),
      { numRuns: 100 },
    );
  });

  it("the combination search stays within its step budget on a customer with many items of equal amounts", () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ customer: 0, number: i + 1, cents: 10000 + (i % 7), due: 46000 + i }));
    const rows = ledgerRows(items);
    const index = indexLedger({ rows, ibans: [{ customer: CUSTOMERS[0], iban: IBANS[0] }] });
    const lines = statement([{ cents: 1, debit: false, reversal: false, ref: "", payer: 0, byIban: true, currency: "EUR" }].map((l) => ({ ...l, cents: 49999 * 3 + 7 })));
    const run = matchStatement(lines, index, { ...DEFAULT_MATCH_SETTINGS, stepBudget: 5000 });
    expect(run.maxSteps).toBeLessThanOrEqual(5000);
    expect(run.results[0].reasons.map((r) => r.code)).toContain("cash.why.searchBudget");
    checkInvariants(run, lines);
  });
});
