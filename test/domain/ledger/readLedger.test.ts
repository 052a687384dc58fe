import { NOT_MAPPED, LedgerField, LedgerReport } from "../../../src/domain/ledger/types";
import fc from "fast-check";
import { CellInput } from "../../../src/domain/core/cells";
import { formatAmount } from "../../../src/domain/core/amountText";
import { serialToYmd, ymdToSerial } from "../../../src/domain/core/dates";
import { planLedger, readLedger } from "../../../src/domain/ledger/readLedger";
import { t } from "../../../src/i18n";
import { BAD_ROWS } from "../../fixtures/ledgers/badRows";
import { LEDGER_FIXTURES, readCsv } from "../../fixtures/ledgers/csv";
import { ReadLedgerOptions } from "../../../src/domain/ledger/types";

const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);
const fields = (r: LedgerReport) => Object.fromEntries(r.mapping.map((m) => [m.field, m.header]));
const accepted = (r: LedgerReport) =>
  Array.from({ length: r.rows.length }, (_, i) => [r.rows.sourceIndex[i], r.rows.customer[i], r.rows.invoice[i], r.rows.dueDate[i], r.rows.open[i], r.rows.disputed[i]]);

describe("readLedger", () => {
  it("reads an English (Dynamics) export: title rows, month-first dates, 1,234.56 amounts, a blank row", () => {
    const r = readLedger(readCsv("en-dynamics.csv", ","));
    expect(r.headerIndex).toBe(3);
    expect(fields(r)).toEqual({
      customer: "Customer Name",
      customerId: "Customer No.",
      invoice: "Document No.",
      invoiceDate: "Posting Date",
      dueDate: "Due Date",
      amount: "Original Amount",
      openAmount: "Remaining Amount",
      currency: "Currency Code",
      status: "Status",
      country: "Country/Region Code",
      language: "Language Code",
    });
    expect(r.unmapped).toEqual([]);
    expect(r.rows.customerId).toEqual(["C001", "C002", "C003", "C004"]);
    expect(r.missing).toEqual([]);
    expect(r.rejected).toEqual([]);
    expect(r.blankRows).toBe(1);
    expect(r.conventions).toEqual({ decimal: ".", dateOrder: "MDY" });
    expect(accepted(r)).toEqual([
      [4, "Acme Ltd", "INV-1001", d(2025, 5, 15), 123456, 0],
      [5, "Beta Inc", "INV-1002", d(2025, 5, 20), -50000, 1],
      [6, "Gamma LLC", "CN-0007", d(2025, 4, 1), -7550, 0],
      [8, "Delta Co", "INV-1003", d(2025, 4, 13), 100025, 0],
    ]);
    expect([...r.rows.invoiceDate]).toEqual([d(2025, 4, 15), d(2025, 4, 20), d(2025, 4, 1), d(2025, 3, 2)]);
    expect(r.rows.currency).toEqual(["USD", "USD", "USD", "USD"]);
    expect(r.rows.country).toEqual(["US", "US", "GB", "US"]);
    expect(r.rows.language).toEqual(["en", "en", "en", "en"]);
  });

  it("reads an Italian (Zucchetti) export: names over codes, 1.234,56 and € amounts, trailing minus", () => {
    const r = readLedger(readCsv("it-zucchetti.csv", ";"));
    expect(r.headerIndex).toBe(0);
    expect(fields(r)).toMatchObject({ customer: "Ragione sociale", customerId: "Cliente", invoice: "Num. documento", invoiceDate: "Data documento", dueDate: "Data scadenza", amount: "Importo", openAmount: "Residuo", currency: "Divisa", status: "Stato", country: "Paese", language: "Lingua" });
    expect(r.rejected).toEqual([]);
    expect(accepted(r)).toEqual([
      [1, "Rossi S.p.A.", "FT/2025/101", d(2025, 5, 31), 123456, 0],
      [2, "Bianchi Srl", "FT/2025/102", d(2025, 5, 20), 200000, 1],
      [3, "Verdi & C.", "NC/2025/3", d(2025, 4, 1), -50000, 0],
    ]);
    expect(r.rows.customerId).toEqual(["1001", "1002", "1003"]);
  });

  it("reads a German (DATEV) export: Fälligkeit, Offener Betrag, two-digit years, strittig", () => {
    const r = readLedger(readCsv("de-datev.csv", ";"));
    expect(r.headerIndex).toBe(1);
    expect(fields(r)).toMatchObject({ customer: "Name", customerId: "Konto", invoice: "Rechnungsnummer", invoiceDate: "Belegdatum", dueDate: "Fälligkeit", amount: "Betrag", openAmount: "Offener Betrag", currency: "Währung", country: "Land", language: "Sprache" });
    expect(r.unmapped).toEqual([]);
    expect(r.rows.customerId).toEqual(["10001", "10002", "10003"]);
    expect(accepted(r)).toEqual([
      [2, "Müller GmbH", "RE-5001", d(2025, 5, 31), 123456, 0],
      [3, "Schmidt AG", "RE-5002", d(2025, 5, 20), 250050, 1],
      [4, "Weber KG", "GS-77", d(2025, 4, 1), -9999, 0],
    ]);
    expect(r.rows.language).toEqual(["de", "de", "de"]);
  });

  it("reads a Dutch (Exact) export: Vervaldatum, Openstaand, € amounts, betwist", () => {
    const r = readLedger(readCsv("nl-exact.csv", ";"));
    expect(fields(r)).toMatchObject({ customer: "Naam", customerId: "Debiteur", invoice: "Factuurnummer", invoiceDate: "Factuurdatum", dueDate: "Vervaldatum", amount: "Bedrag", openAmount: "Openstaand", currency: "Valuta", country: "Land", language: "Taal" });
    expect(accepted(r)).toEqual([
      [1, "Jansen BV", "F2025-001", d(2025, 5, 31), 123456, 0],
      [2, "De Vries NV", "F2025-002", d(2025, 5, 20), 300000, 1],
      [3, "Bakker", "C2025-003", d(2025, 4, 1), -4510, 0],
    ]);
    expect(r.rows.customerId).toEqual(["D100", "D200", "D300"]);
  });

  it("reads a French (Sage) export: Date d'échéance, Reste dû, narrow and non-breaking spaces, (négatifs), litige", () => {
    const r = readLedger(readCsv("fr-sage.csv", ";"));
    expect(fields(r)).toMatchObject({ customer: "Raison sociale", customerId: "Code client", invoice: "N° facture", invoiceDate: "Date de facture", dueDate: "Date d'échéance", amount: "Montant TTC", openAmount: "Reste dû", currency: "Devise", status: "Statut", country: "Pays", language: "Langue" });
    expect(accepted(r)).toEqual([
      [1, "Dupont SARL", "FA-2025-01", d(2025, 5, 31), 123456, 0],
      [2, "Martin SA", "FA-2025-02", d(2025, 5, 20), 1200000, 1],
      [3, "Bernard & Fils", "AV-2025-03", d(2025, 4, 1), -25000, 0],
    ]);
    expect(r.rows.customerId).toEqual(["C01", "C02", "C03"]);
  });

  describe("bad rows", () => {
    it.each(BAD_ROWS.map((c) => [c.name, c] as const))("rejects a row with %s, naming its index and reason", (_, c) => {
      const r = readLedger(c.values);
      expect(r.missing).toEqual([]);
      expect(r.rejected).toEqual([c.field ? { index: c.index, field: c.field, problem: c.problem } : { index: c.index, problem: c.problem }]);
      expect(Array.from(r.rows.sourceIndex)).not.toContain(c.index);
      expect(r.rows.length + r.rejected.length + r.blankRows).toBe(c.values.length - 1);
    });
    it("gives every reason a message in every language", () => {
      for (const c of BAD_ROWS) for (const lang of ["en", "it", "de", "nl", "fr"] as const) expect(t(c.problem.code, c.problem.params, lang)).not.toMatch(/^[\w.]+$|\{/);
      expect(t("ledger.mergedCustomer", { header: "Cliente" }, "it")).toContain("'Cliente' è vuoto");
    });
  });

  describe("mapping", () => {
    it("lets a manual mapping override detection and reports missing required fields", () => {
      const values = [["Kunde", "Datum", "Wert"], ["A", "31.05.2025", "1,5"]];
      const detected = readLedger(values);
      expect(detected.missing).toEqual(["dueDate", "amount"]);
      expect(detected.rows.length).toBe(0);
      const manual = readLedger(values, { mapping: { dueDate: 1, amount: 2 } });
      expect(manual.missing).toEqual([]);
      expect(fields(manual)).toEqual({ customer: "Kunde", dueDate: "Datum", amount: "Wert" });
      expect([...manual.rows.open]).toEqual([150]);
    });
    it("says amount is missing when neither amount nor open amount is found", () => {
      expect(readLedger([["Customer", "Due date"]]).missing).toEqual(["amount"]);
    });
    it("matches headers whatever their case, accents, punctuation or decorations", () => {
      const r = readLedger([["KUNDE", "faelligkeit", "ECHEANCE", "Offener Betrag (EUR)", "Due date [dd/mm/yyyy]"]]);
      expect(fields(r)).toEqual({ customer: "KUNDE", dueDate: "faelligkeit", openAmount: "Offener Betrag (EUR)" });
      expect(r.unmapped.map((u) => u.header)).toEqual(["ECHEANCE", "Due date [dd/mm/yyyy]"]);
    });
  });

  describe("edge cases", () => {
    it("reads numbers, Excel serials and the 1904 system as they are", () => {
      const r = readLedger([["Customer", "Due date", "Amount"], [42, 44346, 1.005]], { dateSystem: 1904 });
      expect(accepted(r)).toEqual([[1, "42", "", d(2025, 5, 31), 101, 0]]);
      expect(r.rows.invoiceDate[0]).toBeNaN();
    });
    it("lends a date column's order to an undecided one, and lets an option force it", () => {
      const values = [["Customer", "Invoice date", "Due date", "Amount"], ["A", "04/30/2025", "05/06/2025", "1"]];
      expect(readLedger(values).rows.dueDate[0]).toBe(d(2025, 5, 6));
      expect(readLedger(values, { dateOrder: "DMY" }).rejected[0].problem.code).toBe("date.monthFirstInDayFirst");
    });
    it("lends the other amount column's decimal mark to an ambiguous open-amount column, and lets an option force it", () => {
      const values = [["Customer", "Due date", "Amount", "Open amount"], ["A", "2025-05-31", "1,234.50", "1,234"]];
      expect(readLedger(values).rows.open[0]).toBe(123400);
      expect(readLedger(values, { decimal: "," }).rows.open[0]).toBe(123);
    });
    it("ignores ragged and missing rows and counts entirely blank rows", () => {
      const r = readLedger([["Customer", "Due date", "Amount"], [], ["A", "2025-05-31"], [null, "  ", ""], undefined as never, ["B", "2025-05-31", "2"]]);
      expect(r.blankRows).toBe(3);
      expect(r.rejected).toEqual([{ index: 2, field: "amount", problem: { code: "ledger.blankCell", params: { header: "Amount" } } }]);
      expect(r.rows.customer).toEqual(["B"]);
    });
    it("reads an empty range without failing", () => {
      const r = readLedger([]);
      expect(r.headerIndex).toBe(0);
      expect(r.missing).toEqual(["customer", "dueDate", "amount"]);
    });
  });

  it("accepts or rejects every non-blank row, and the accepted open amounts are the ones written (property)", () => {
    const row = fc.record({
      customer: fc.constantFrom("A", "B", "", null),
      serial: fc.integer({ min: 40000, max: 50000 }),
      cents: fc.integer({ min: -1e9, max: 1e9 }),
      kind: fc.constantFrom("good", "blankDue", "badAmount", "blank"),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const values: CellInput[][] = [["Cliente", "Scadenza", "Residuo"]];
        for (const r of rows) {
          const { year, month, day } = serialToYmd(r.serial);
          const due = `${day}.${month}.${year}`;
          const amount = formatAmount(r.cents, { decimal: ",", group: "." });
          if (r.kind === "blank") values.push([null, "", null]);
          else values.push([r.customer, r.kind === "blankDue" ? "" : due, r.kind === "badAmount" ? "n/a" : amount]);
        }
        const report = readLedger(values);
        const nonBlank = rows.filter((r) => r.kind !== "blank");
        expect(report.blankRows).toBe(rows.length - nonBlank.length);
        expect(report.rows.length + report.rejected.length).toBe(nonBlank.length);
        const good = rows.map((r, i) => ({ r, i: i + 1 })).filter(({ r }) => r.kind === "good" && r.customer);
        expect(Array.from(report.rows.sourceIndex)).toEqual(good.map((g) => g.i));
        expect(Array.from(report.rows.open)).toEqual(good.map((g) => g.r.cents));
        const reasons: LedgerField[] = report.rejected.map((x) => x.field!);
        expect(reasons.every((f) => ["customer", "dueDate", "openAmount"].includes(f))).toBe(true);
      }),
    );
  });
});

describe("readLedger with a field left unread by hand", () => {
  it("does not read a column for a field mapped to NOT_MAPPED, even though its header names it", () => {
    const values = [
      ["Customer", "Due date", "Amount", "Open amount"],
      ["A", 46000, 100, 40],
    ];
    expect(readLedger(values).rows.open[0]).toBe(4000);
    const report = readLedger(values, { mapping: { openAmount: NOT_MAPPED } });
    expect(report.mapping.map((m) => m.field)).not.toContain("openAmount");
    expect(report.rows.open[0]).toBe(10000);
  });
});

/**
 * Reads rows [0, k) and [k, end) apart, the second under the header row with the plan of the first
 * `planRows` rows, and joins the two reports as one (row indexes of the second shifted back).
 */
function readInTwo(values: CellInput[][], k: number, planRows = values.length, options: ReadLedgerOptions = {}) {
  const plan = planLedger(values.slice(0, planRows), options);
  const top = readLedger(values.slice(0, k), plan.options);
  const header = values[plan.headerIndex];
  const rest = readLedger([header, ...values.slice(k)], { ...plan.options, customerAbove: top.sawCustomer });
  const shift = k - 1;
  return {
    plan,
    top,
    rest,
    sourceIndex: [...Array.from(top.rows.sourceIndex), ...Array.from(rest.rows.sourceIndex, (i) => i + shift)],
    open: [...Array.from(top.rows.open), ...Array.from(rest.rows.open)],
    dueDate: [...Array.from(top.rows.dueDate), ...Array.from(rest.rows.dueDate)],
    invoiceDate: [...Array.from(top.rows.invoiceDate), ...Array.from(rest.rows.invoiceDate)],
    rejected: [...top.rejected, ...rest.rejected.map((r) => ({ ...r, index: r.index + shift }))],
    blankRows: top.blankRows + rest.blankRows,
  };
}

describe("planLedger", () => {
  it.each(LEDGER_FIXTURES)("reads %s in two parts under its plan as in one read, wherever it is split", (file) => {
    const values = readCsv(file, file.startsWith("en") ? "," : ";");
    const whole = readLedger(values);
    const plan = planLedger(values);
    expect(plan.headerIndex).toBe(whole.headerIndex);
    expect(plan.mapping).toEqual(whole.mapping);
    expect(plan.options.decimal).toBe(whole.conventions!.decimal);
    expect(plan.options.dateOrder).toBe(whole.conventions!.dateOrder);
    for (let k = whole.headerIndex + 1; k <= values.length; k++) {
      const two = readInTwo(values, k);
      expect(two.top.mapping).toEqual(whole.mapping);
      expect(two.rest.mapping).toEqual(whole.mapping);
      expect(two.rest.unmapped).toEqual(whole.unmapped);
      expect(two.sourceIndex).toEqual(Array.from(whole.rows.sourceIndex));
      expect(two.open).toEqual(Array.from(whole.rows.open));
      expect(two.dueDate).toEqual(Array.from(whole.rows.dueDate));
      expect(two.rejected).toEqual(whole.rejected);
      expect(two.blankRows).toBe(whole.blankRows);
    }
  });

  it("says which required fields are missing, and leaves the options as they were given", () => {
    const plan = planLedger([["Foo", "Bar"], [1, 2]], { dateSystem: 1904 });
    expect(plan.missing).toEqual(["customer", "dueDate", "amount"]);
    expect(plan.options).toEqual({ dateSystem: 1904 });
  });

  it("takes a blank customer after a customer above the part for a merged cell, as one read does", () => {
    const values: CellInput[][] = [["Customer", "Due date", "Amount"], ["A", 46000, 1], [null, 46000, 2], ["B", 46000, 3]];
    const merged = { index: 2, field: "customer", problem: { code: "ledger.mergedCustomer", params: { header: "Customer" } } };
    expect(readLedger(values).rejected).toEqual([merged]);
    const two = readInTwo(values, 2);
    expect(two.top.sawCustomer).toBe(true);
    expect(two.rejected).toEqual([merged]);
    // Without being told, the part alone sees a blank cell, not a merged one.
    expect(readLedger([values[0], values[2]]).rejected[0].problem.code).toBe("ledger.blankCell");
    expect(readLedger([values[0], [null, 46000, 2]]).sawCustomer).toBe(false);
  });

  it("keeps each date column's own day/month order, decided on the planned rows, for rows read later", () => {
    // Invoice dates say month-first (12/25), due dates day-first (25/12); the later rows are ambiguous (03/04).
    const values: CellInput[][] = [
      ["Customer", "Invoice date", "Due date", "Amount"],
      ["A", "12/25/2025", "25/01/2026", "1"],
      ["B", "03/04/2026", "03/05/2026", "2"],
    ];
    const whole = readLedger(values);
    expect(whole.rows.invoiceDate[1]).toBe(d(2026, 3, 4));
    expect(whole.rows.dueDate[1]).toBe(d(2026, 5, 3));
    const two = readInTwo(values, 2, 2);
    expect(two.plan.options).toMatchObject({ dateOrder: "DMY", invoiceDateOrder: "MDY" });
    expect(two.invoiceDate).toEqual(Array.from(whole.rows.invoiceDate));
    expect(two.dueDate).toEqual(Array.from(whole.rows.dueDate));
  });

  it("keeps a field the user left unread unread in rows read later, though the header names it", () => {
    const values: CellInput[][] = [
      ["Customer", "Due date", "Amount", "Open amount"],
      ["A", 46000, 100, 40],
      ["B", 46000, 200, 50],
    ];
    const two = readInTwo(values, 2, 2, { mapping: { openAmount: NOT_MAPPED } });
    expect(two.rest.mapping.map((m) => m.field)).not.toContain("openAmount");
    expect(two.open).toEqual([10000, 20000]);
  });
});
