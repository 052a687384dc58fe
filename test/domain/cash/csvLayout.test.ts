import { csvStatementLayout, readCsvStatement } from "../../../src/domain/cash";
import { CellInput, ymdToSerial } from "../../../src/domain/core";
import { NOT_MAPPED } from "../../../src/domain/ledger";
import { csvCells, fixture } from "./support";

const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);
const fields = (layout: ReturnType<typeof csvStatementLayout>) => layout.mapping.map((m) => [m.field, m.column, m.header]);

describe("csvStatementLayout", () => {
  it("returns the header row below the title rows of an Italian export and each field's column", () => {
    const layout = csvStatementLayout(csvCells(fixture("bank-it.csv")));
    expect(layout.headerIndex).toBe(2);
    expect(layout.recognised).toBe(true);
    expect(layout.headers).toEqual(["Data operazione", "Data valuta", "Importo", "Divisa", "Ordinante", "Causale"]);
    expect(fields(layout)).toEqual([
      ["bookingDate", 0, "Data operazione"],
      ["valueDate", 1, "Data valuta"],
      ["amount", 2, "Importo"],
      ["currency", 3, "Divisa"],
      ["payerName", 4, "Ordinante"],
      ["remittance", 5, "Causale"],
    ]);
    expect(layout.missing).toEqual([]);
  });

  it("returns a German export's columns, Valuta as the value date by its cells", () => {
    const layout = csvStatementLayout(csvCells(fixture("bank-de.csv")));
    expect(layout.headerIndex).toBe(0);
    expect(fields(layout)).toEqual([
      ["bookingDate", 0, "Buchungstag"],
      ["valueDate", 1, "Valuta"],
      ["amount", 5, "Betrag"],
      ["currency", 6, "Währung"],
      ["payerName", 2, "Auftraggeber / Empfänger"],
      ["payerIban", 3, "IBAN"],
      ["remittance", 4, "Verwendungszweck"],
    ]);
    expect(layout.missing).toEqual([]);
  });

  it("says the amount is missing when no header names one, and the reader refuses the file naming it", () => {
    const values: CellInput[][] = [["Data", "Ordinante", "Soldi", "Causale"], ["20/11/2026", "Rossi", "1.190,00", "fattura 42/2026"]];
    const layout = csvStatementLayout(values);
    expect(layout.recognised).toBe(true);
    expect(layout.missing).toEqual(["amount"]);
    expect(layout.headers[2]).toBe("Soldi");
    const read = readCsvStatement(values, "soldi.csv");
    expect(read.lines).toEqual([]);
    expect(read.problems).toEqual([{ file: "soldi.csv", line: 1, field: "amount", problem: { code: "cash.read.csvNoAmount", params: { file: "soldi.csv" } } }]);
  });

  it("reads the amount from a column chosen by hand", () => {
    const values: CellInput[][] = [["Data", "Ordinante", "Soldi", "Causale"], ["20/11/2026", "Rossi", "1.190,00", "fattura 42/2026"], ["21/11/2026", "Affitti", "-50,00", "canone"]];
    expect(csvStatementLayout(values, { mapping: { amount: 2 } }).missing).toEqual([]);
    const read = readCsvStatement(values, "soldi.csv", { mapping: { amount: 2 } });
    expect(read.problems).toEqual([]);
    expect(read.lines.map((l) => [l.direction, l.amount, l.payerName, l.remittance])).toEqual([
      ["credit", 119000, "Rossi", "fattura 42/2026"],
      ["debit", 5000, "Affitti", "canone"],
    ]);
  });

  it("swaps two columns by hand: each chosen column leaves the field its header named", () => {
    const values = csvCells(fixture("bank-it.csv"));
    const swapped = { bookingDate: 1, valueDate: 0 };
    expect(fields(csvStatementLayout(values, { mapping: swapped })).slice(0, 2)).toEqual([
      ["bookingDate", 1, "Data valuta"],
      ["valueDate", 0, "Data operazione"],
    ]);
    // Line 3 is booked 21/11 with value 22/11: swapped, booked 22/11 with value 21/11.
    const read = readCsvStatement(values, "it.csv", { mapping: swapped });
    expect(read.problems).toEqual([]);
    expect(read.lines[2]).toMatchObject({ bookingDate: d(2026, 11, 22), valueDate: d(2026, 11, 21) });
    // The payer's name from the Causale column: the remittance loses it.
    const taken = readCsvStatement(values, "it.csv", { mapping: { payerName: 5 } });
    expect(csvStatementLayout(values, { mapping: { payerName: 5 } }).mapping.find((m) => m.field === "remittance")).toBeUndefined();
    expect(taken.lines[0]).toMatchObject({ payerName: "BONIFICO SEPA fattura INV-2026-0042", remittance: "" });
  });

  it("leaves a field unread when it is not mapped, even where its header names it", () => {
    const values = csvCells(fixture("bank-de.csv"));
    const layout = csvStatementLayout(values, { mapping: { payerIban: NOT_MAPPED } });
    expect(layout.mapping.map((m) => m.field)).not.toContain("payerIban");
    expect(readCsvStatement(values, "de.csv").lines[0].payerIban).toBe("NL91ABNA0417164300");
    expect(readCsvStatement(values, "de.csv", { mapping: { payerIban: NOT_MAPPED } }).lines[0].payerIban).toBe("");
    // The amount not mapped: missing, and the file refused.
    expect(csvStatementLayout(values, { mapping: { amount: NOT_MAPPED } }).missing).toEqual(["amount"]);
    expect(readCsvStatement(values, "de.csv", { mapping: { amount: NOT_MAPPED } }).problems[0].problem.code).toBe("cash.read.csvNoAmount");
    // Both dates not mapped: refused with its own message, naming the file.
    const undated = readCsvStatement(values, "de.csv", { mapping: { bookingDate: NOT_MAPPED, valueDate: NOT_MAPPED } });
    expect(undated.lines).toEqual([]);
    expect(undated.problems).toEqual([{ file: "de.csv", line: 1, field: "bookingDate", problem: { code: "cash.read.csvNoDateColumn", params: { file: "de.csv" } } }]);
  });

  it("offers the first non-empty row as the header when no row's headers are recognised, and reads the columns chosen by hand", () => {
    const values: CellInput[][] = [[null, null, null], ["Col 1", "Col 2", "Col 3"], ["20/11/2026", "850,00", "Van Dijk"], ["21/11/2026", "-12,00", "Spese"]];
    const layout = csvStatementLayout(values);
    expect(layout).toEqual({ headerIndex: 1, recognised: false, headers: ["Col 1", "Col 2", "Col 3"], mapping: [], missing: ["bookingDate", "amount"] });
    expect(readCsvStatement(values, "x.csv").problems[0].problem.code).toBe("cash.read.csvNoHeader");
    const mapping = { bookingDate: 0, amount: 1, payerName: 2 };
    expect(csvStatementLayout(values, { mapping })).toMatchObject({ headerIndex: 1, recognised: false, missing: [] });
    const read = readCsvStatement(values, "x.csv", { mapping });
    expect(read.problems).toEqual([]);
    expect(read.lines.map((l) => [l.position, l.bookingDate, l.direction, l.amount, l.payerName])).toEqual([
      ["line 3", d(2026, 11, 20), "credit", 85000, "Van Dijk"],
      ["line 4", d(2026, 11, 21), "debit", 1200, "Spese"],
    ]);
  });

  describe("edge cases", () => {
    it("returns no header for cells without a non-empty row", () => {
      expect(csvStatementLayout([[null], []])).toEqual({ headerIndex: -1, recognised: false, headers: [""], mapping: [], missing: ["bookingDate", "amount"] });
      expect(readCsvStatement([[null]], "empty.csv", { mapping: { amount: 0 } }).problems[0].problem.code).toBe("cash.read.csvNoHeader");
    });

    it("joins every remittance column, but only the one chosen by hand", () => {
      const values: CellInput[][] = [["Datum", "Betrag", "Verwendungszweck", "Beschreibung"], ["24.11.2026", "850,00", "RE 2026-0060", "Van Dijk"]];
      expect(readCsvStatement(values, "de.csv").lines[0].remittance).toBe("RE 2026-0060 Van Dijk");
      expect(readCsvStatement(values, "de.csv", { mapping: { remittance: 3 } }).lines[0].remittance).toBe("Van Dijk");
      expect(readCsvStatement(values, "de.csv", { mapping: { remittance: NOT_MAPPED } }).lines[0].remittance).toBe("");
    });

    it("ignores a hand choice that is not a column number", () => {
      const values = csvCells(fixture("bank-de.csv"));
      expect(csvStatementLayout(values, { mapping: { amount: 1.5 } }).mapping.find((m) => m.field === "amount")?.column).toBe(5);
    });
  });
});
