import fc from "fast-check";
import "../../support/fastCheck";
import { indexLedger, openRowsOf } from "../../../src/domain/cash";
import { LedgerColumns } from "../../../src/domain/ledger";

/** Ledger columns with only what indexLedger reads filled in meaningfully. */
function columns(items: readonly { customer: number; due: number; open: number }[]): LedgerColumns {
  const n = items.length;
  const blank = new Array<string>(n).fill("");
  return {
    length: n, sourceIndex: Int32Array.from({ length: n }, (_, i) => i + 1), customer: items.map((i) => `Customer ${i.customer}`), customerId: blank,
    invoice: items.map((_, k) => `INV-${k + 1}`), invoiceDate: new Float64Array(n).fill(NaN), dueDate: Float64Array.from(items, (i) => i.due),
    open: Float64Array.from(items, (i) => i.open), currency: new Array<string>(n).fill("EUR"), disputed: new Uint8Array(n), country: blank, language: blank,
  };
}

/** The definition: the customer's rows with something left, by due date (NaN last), ties in ledger order. */
function expectedRows(items: readonly { customer: number; due: number }[], name: number, remaining: Float64Array): number[] {
  const key = (d: number) => (Number.isNaN(d) ? Infinity : d);
  return items.map((_, k) => k).filter((k) => items[k].customer === name && remaining[k] > 0).sort((a, b) => key(items[a].due) - key(items[b].due) || a - b);
}

const due = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 46000, max: 46060 }) },
  { weight: 1, arbitrary: fc.constant(NaN) },
  { weight: 1, arbitrary: fc.double({ min: 40000, max: 50000, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2_000_000 }) },
);
const items = fc.array(fc.record({ customer: fc.integer({ min: 0, max: 4 }), due, open: fc.integer({ min: -500, max: 5000 }) }), { maxLength: 60 });

describe("indexLedger's rows per customer", () => {
  it("gives each customer's open rows oldest due date first, ties in ledger order, whatever the dates", () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 0, max: 4 }), (list, name) => {
        const index = indexLedger({ rows: columns(list) });
        const remaining = Float64Array.from(list, (i) => Math.max(0, i.open));
        const c = index.customers.findIndex((x) => x.customer === `Customer ${name}`);
        if (c < 0) return expect(list.some((i) => i.customer === name)).toBe(false);
        expect(openRowsOf(index, c, remaining)).toEqual(expectedRows(list, name, remaining));
      }),
    );
  });

  it("holds every row once, under its own customer", () => {
    fc.assert(
      fc.property(items, (list) => {
        const index = indexLedger({ rows: columns(list) });
        expect([...index.byCustomer].sort((a, b) => a - b)).toEqual(list.map((_, k) => k));
        for (let c = 0; c < index.customers.length; c++) for (let k = index.start[c]; k < index.start[c + 1]; k++) expect(index.customerOf[index.byCustomer[k]]).toBe(c);
      }),
    );
  });
});
