import fc from "fast-check";
import { readLedger } from "../../../src/domain/ledger/readLedger";
import { LedgerReport } from "../../../src/domain/ledger/types";
import { hasMessage } from "../../../src/i18n";
import { readAll } from "../../../src/taskpane/aging/chunkedReader";
import { buildAgingReport, summarizeAging } from "../../../src/workbook/reports/agingReport";
import { CellValue } from "../../../src/workbook/port";

/** Headers per field in the five languages, plus words no field uses. */
const HEADERS = {
  customer: ["Customer", "Cliente", "Kunde", "Klant", "Client", "Ragione sociale"],
  invoice: ["Invoice", "Fattura", "Rechnungsnummer", "Factuurnummer", "N° facture"],
  dueDate: ["Due date", "Scadenza", "Fälligkeit", "Vervaldatum", "Échéance"],
  amount: ["Amount", "Importo", "Betrag", "Bedrag", "Montant"],
  openAmount: ["Open amount", "Residuo", "Offener Betrag", "Openstaand", "Solde"],
  invoiceDate: ["Invoice date", "Data fattura", "Rechnungsdatum", "Factuurdatum", "Date de facture"],
  status: ["Status", "Stato", "Statut"],
  extra: ["Notes", "Note", "Bemerkung", "Opmerking", "Remarque", "Sales rep", ""],
};

const ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!"];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -5_000_000, max: 5_000_000 }).map((c) => c / 100) },
  { weight: 3, arbitrary: fc.integer({ min: 30_000, max: 50_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 9_999_999 }).map((c) => `${Math.floor(c / 100).toLocaleString("de-DE")},${String(c % 100).padStart(2, "0")}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 9_999_999 }).map((c) => `${Math.floor(c / 100).toLocaleString("en-US")}.${String(c % 100).padStart(2, "0")}`) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 2020, max: 2027 })).map(([d, m, y]) => `${d}/${m}/${y}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 })).map(([d, m]) => `2026-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(null, "", "  ") },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom("Rossi S.r.l.", "Müller GmbH", "Van Dijk B.V.", "Dubois SARL", "Harper Ltd", "Disputed", "Contestata", "Strittig", "Betwist", "Litige", "Totale", "n/a") },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** A header row: the needed fields (some maybe missing), extras, duplicates, in any order. */
const headerRow = fc
  .record({
    fields: fc.subarray(Object.keys(HEADERS) as (keyof typeof HEADERS)[], { minLength: 1 }),
    picks: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
    duplicate: fc.boolean(),
    shuffle: fc.nat(),
  })
  .map(({ fields, picks, duplicate, shuffle }) => {
    const headers = fields.map((f, k) => HEADERS[f][picks[k] % HEADERS[f].length]);
    if (duplicate && headers.length > 0) headers.push(headers[picks[9] % headers.length]);
    const rotate = shuffle % headers.length;
    return [...headers.slice(rotate), ...headers.slice(0, rotate)];
  });

const ledger = fc
  .record({
    header: headerRow,
    preamble: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 2 }),
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 8 }),
    dateSystem: fc.constantFrom<1900 | 1904>(1900, 1904),
  })
  .map(({ header, preamble, rows, dateSystem }) => ({ values: [...preamble, header, ...rows] as CellValue[][], dateSystem }));

/** Every data row below the header is aged, rejected with a reason, or counted blank: once. */
function checkAccounted(values: CellValue[][], report: LedgerReport): void {
  const summary = summarizeAging(report, { asOf: 46351, bucketDays: [30, 60, 90], groupByCustomer: false });
  if (report.missing.length > 0) {
    expect(report.rows.length).toBe(0);
    return;
  }
  const dataRows = Math.max(0, values.length - report.headerIndex - 1);
  const seen = new Set<number>();
  for (let i = 0; i < report.rows.length; i++) seen.add(report.rows.sourceIndex[i]);
  for (const r of summary.rejected) {
    // Plain checks in the loop: expect() per row would make 10,000 ledgers slow.
    if (seen.has(r.index)) throw new Error(`row ${r.index} is both aged and rejected`);
    if (r.index <= report.headerIndex || r.index >= values.length) throw new Error(`rejected index ${r.index} is outside the data rows`);
    if (!hasMessage(r.problem.code)) throw new Error(`no message for ${r.problem.code}`);
    seen.add(r.index);
  }
  expect(seen.size + report.blankRows).toBe(dataRows);
  // The report's total is the exact sum of what was aged.
  if (summary.aged === 0) return;
  const sheet = buildAgingReport(report, { asOf: 46351, bucketDays: [30, 60, 90], groupByCustomer: true });
  const totalColumn = sheet.columns.length - 3;
  const cents = sheet.rows.reduce((sum, row) => sum + Math.round((row[totalColumn] as number) * 100), 0);
  expect(cents).toBe(summary.total);
}

describe("aging a fuzzed ledger", () => {
  it("never throws, and accounts for every row: aged, rejected with a reason, or blank (10,000 ledgers)", () => {
    fc.assert(
      fc.property(ledger, ({ values, dateSystem }) => {
        checkAccounted(values, readLedger(values, { dateSystem }));
      }),
      { numRuns: 10_000 },
    );
  });

  it("accounts for every row the same way when read in slices of two rows", () => {
    fc.assert(
      fc.property(ledger, ({ values, dateSystem }) => {
        const sliced = readAll(values, { dateSystem }, 2);
        checkAccounted(values, sliced);
      }),
      { numRuns: 2_000 },
    );
  });
});
