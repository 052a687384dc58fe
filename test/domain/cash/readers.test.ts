import { ymdToSerial } from "../../../src/domain/core";
import { readCamt, readCsvStatement, readMt940, readStatementCells, StatementRead } from "../../../src/domain/cash";
import { csvCells, fixture, readFixture } from "./support";

const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);
const credits = (r: StatementRead) => r.lines.filter((l) => l.direction === "credit");

describe("readCamt", () => {
  it("reads a camt.053.001.02 statement: ids, dates, amounts, payer, remittance, RF, batch split per TxDtls", () => {
    const r = readFixture("camt053-v02.xml");
    expect(r.problems).toEqual([]);
    expect(r.format).toBe("camt.053");
    expect(r.version).toBe("001.02");
    expect(r.statements).toEqual([{ statementId: "STMT-2026-11-20-01", account: "DE89370400440532013000", currency: "EUR" }]);
    expect(r.lines).toHaveLength(6);
    expect(r.lines[0]).toMatchObject({ amount: 119000, direction: "credit", currency: "EUR", bookingDate: d(2026, 11, 20), valueDate: d(2026, 11, 20), payerName: "MUELLER MASCHINENBAU GMBH", payerIban: "DE44500105175407324931", remittance: "Rechnung 2026-0042 vom 01.10.2026", endToEndId: "", status: "BOOK" });
    expect(r.lines[1]).toMatchObject({ amount: 244000, creditorRef: "RF24INV20260051", endToEndId: "E2E-ROSSI-7781" });
    // The batch of two credits: each TxDtls its own line, with its own amount and payer.
    expect(r.lines.slice(2, 4).map((l) => [l.position, l.amount, l.payerName])).toEqual([["Ntry 3 TxDtls 1", 85000, "VAN DIJK TRANSPORT"], ["Ntry 3 TxDtls 2", 100000, "DUBOIS ET FILS"]]);
    expect(r.lines[4]).toMatchObject({ direction: "debit", amount: 4500, remittance: "Kontofuehrungsgebuehren November" });
    expect(r.lines[5]).toMatchObject({ valueDate: d(2026, 11, 21), payerName: "ACME HOLDINGS INC" });
  });

  it("reads camt.053.001.08 with a prefix, Sts/Cd, Dbtr/Pty/Nm and TxDtls/Amt", () => {
    const r = readFixture("camt053-v08.xml");
    expect(r.problems).toEqual([]);
    expect(r.version).toBe("001.08");
    expect(r.statements[0]).toMatchObject({ statementId: "2026-11-23-0047", account: "NL02ABNA0123456789" });
    expect(r.lines.map((l) => [l.amount, l.direction, l.payerName])).toEqual([
      [91000, "credit", "Rossi Forniture"],
      [118000, "credit", "Mueller Maschinenbau GmbH"],
      [100000, "credit", "HARPER SUPPLIES LIMITED"],
      [250000, "debit", "Office Rent B.V."],
      [64000, "credit", "J. JANSEN"],
    ]);
    expect(r.lines[1]).toMatchObject({ endToEndId: "RE-2026-0042", remittance: "INV 2026/42", valueDate: d(2026, 11, 22), bookingDate: d(2026, 11, 23) });
  });

  it("reads camt.054 notifications and marks a reversal", () => {
    const r = readFixture("camt054-v04.xml");
    expect(r.problems).toEqual([]);
    expect(r.format).toBe("camt.054");
    expect(r.statements[0]).toMatchObject({ statementId: "NTF-20261124-01-1", account: "CH9300762011623852957" });
    expect(r.lines[0]).toMatchObject({ amount: 85000, creditorRef: "RF72INV20260060", payerIban: "NL91ABNA0417164300" });
    expect(r.lines[1]).toMatchObject({ reversal: true, direction: "credit" });
  });

  it("refuses malformed XML naming the line", () => {
    const r = readCamt("<Document>\n<BkToCstmrStmt>\n</Document>", "bad.xml");
    expect(r.lines).toEqual([]);
    expect(r.problems[0]).toMatchObject({ file: "bad.xml", problem: { code: "cash.read.badXml" } });
    expect(r.problems[0].line).toBeGreaterThan(1);
  });

  it("refuses XML that is not camt", () => {
    expect(readCamt('<?xml version="1.0"?><invoice><id>1</id></invoice>', "x.xml").problems[0].problem.code).toBe("cash.read.notCamt");
    expect(readCamt('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/></Document>', "p.xml").problems[0].problem.code).toBe("cash.read.notCamt");
  });

  it("refuses an unknown camt version", () => {
    const xml = fixture("camt053-v02.xml").replace("camt.053.001.02", "camt.053.001.13");
    const r = readCamt(xml, "new.xml");
    expect(r.problems[0].problem).toMatchObject({ code: "cash.read.camtVersion", params: { version: "camt.053.001.13" } });
    expect(r.lines).toEqual([]);
  });

  it("refuses the whole file when one entry's amount cannot be read", () => {
    const xml = fixture("camt053-v02.xml").replace('<Amt Ccy="EUR">2440.00</Amt>', '<Amt Ccy="EUR">2.440,00</Amt>');
    const r = readCamt(xml, "s.xml");
    expect(r.lines).toEqual([]);
    expect(r.problems[0]).toMatchObject({ field: "Ntry 2 Amt", problem: { code: "cash.read.camtField", params: { value: "2.440,00" } } });
  });
});

describe("readMt940", () => {
  it("reads a German statement: :86: ?20-?29 joined across subfields and lines, IBAN and name", () => {
    const r = readFixture("mt940-dk.sta");
    expect(r.problems).toEqual([]);
    expect(r.format).toBe("mt940");
    expect(r.statements).toEqual([{ statementId: "STARTUMSE/00231/001", account: "37040044/0532013000", currency: "EUR" }]);
    expect(r.lines.map((l) => [l.direction, l.amount])).toEqual([["credit", 50000], ["credit", 335000], ["debit", 1990], ["credit", 7700]]);
    expect(r.lines[0]).toMatchObject({ payerName: "MUELLER MASCHINENBAU GMBH", payerIban: "DE44500105175407324931", remittance: "Rechnung INV-2026-0043 Danke", endToEndId: "", valueDate: d(2026, 11, 25), bookingDate: d(2026, 11, 25) });
    expect(r.lines[1]).toMatchObject({ payerIban: "IT02A0301503200000003517230", remittance: "Pagamento fatture 2026/51, 2026/52 e 2026/53", endToEndId: "ROSSI-3350" });
  });

  it("reads the Dutch code-word :86: (CNTP, REMI/USTD, REMI/STRD) and the account without its currency", () => {
    const r = readFixture("mt940-nl.sta");
    expect(r.problems).toEqual([]);
    expect(r.statements[0].account).toBe("NL02ABNA0123456789");
    expect(r.lines[0]).toMatchObject({ payerIban: "GB82WEST12345698765432", payerName: "HARPER SUPPLIES LTD", remittance: "Invoices 2026-0080 and 2026-0081", endToEndId: "HARPER-NOV" });
    expect(r.lines[1]).toMatchObject({ payerName: "VAN DIJK TRANSPORT B.V.", creditorRef: "RF72INV20260060", remittance: "" });
  });

  it("dates a booking across the year end from the value date", () => {
    const text = [":20:X", ":25:DE89370400440532013000", ":28C:1", ":60F:C251231EUR0,00", ":61:2601021231CR10,00NTRFNONREF", ":86:free text", ":62F:C260102EUR10,00", "-"].join("\n");
    const r = readMt940(text, "ye.sta");
    expect(r.lines[0]).toMatchObject({ valueDate: d(2026, 1, 2), bookingDate: d(2025, 12, 31) });
  });

  it("refuses a broken :61: naming its line, and applies nothing", () => {
    const text = fixture("mt940-dk.sta").replace(":61:2611251125CR3350,00NTRF", ":61:2611251125XR3350,00NTRF");
    const r = readMt940(text, "broken.sta");
    expect(r.lines).toEqual([]);
    expect(r.problems[0]).toMatchObject({ file: "broken.sta", line: 8, field: ":61:", problem: { code: "cash.read.mt940Field" } });
  });

  it("refuses a statement whose lines do not add up to its closing balance", () => {
    const r = readMt940(fixture("mt940-nl.sta").replace(":62F:C261126EUR2850,00", ":62F:C261126EUR2851,00"), "sum.sta");
    expect(r.lines).toEqual([]);
    expect(r.problems[0].problem.code).toBe("cash.read.mt940Field");
  });
});

describe("readCsvStatement", () => {
  it("reads an Italian export: header below title rows, decimal commas, d/m/y, signed amounts", () => {
    const r = readFixture("bank-it.csv");
    expect(r.problems).toEqual([]);
    expect(r.format).toBe("csv");
    expect(r.lines.map((l) => [l.direction, l.amount, l.payerName])).toEqual([
      ["credit", 119000, "MUELLER MASCHINENBAU GMBH"],
      ["debit", 125000, "Affitti Milano S.r.l."],
      ["credit", 243000, "ROSSI FORNITURE"],
      ["credit", 9900, "Bianchi Mario"],
    ]);
    expect(r.lines[2]).toMatchObject({ bookingDate: d(2026, 11, 21), valueDate: d(2026, 11, 22), currency: "EUR", remittance: "Saldo fatt. n. 51/2026" });
    expect(r.statements[0].statementId).toMatch(/^CSV-[0-9A-F]{8}$/);
  });

  it("reads a German export: Valuta as the value date, Währung, IBAN column", () => {
    const r = readFixture("bank-de.csv");
    expect(r.problems).toEqual([]);
    expect(r.lines[0]).toMatchObject({ amount: 85000, payerIban: "NL91ABNA0417164300", payerName: "Van Dijk Transport", valueDate: d(2026, 11, 24), currency: "EUR" });
    expect(r.lines[2]).toMatchObject({ direction: "debit", amount: 31045 });
  });

  it("reads separate debit and credit columns (Dutch Af/Bij and French)", () => {
    const nl = readCsvStatement([["Datum", "Naam / Omschrijving", "Tegenrekening", "Af Bij", "Bedrag (EUR)", "Mededelingen"], ["20261120", "Van Dijk", "NL91ABNA0417164300", "Bij", "850,00", "factuur 2026-0060"], ["20261120", "Huur", "NL20INGB0001234567", "Af", "100,00", ""]], "ing.csv");
    expect(nl.problems).toEqual([]);
    expect(nl.lines.map((l) => [l.direction, l.amount])).toEqual([["credit", 85000], ["debit", 10000]]);
    const fr = readCsvStatement([["Date", "Libellé", "Débit", "Crédit"], ["20/11/2026", "VIR DUBOIS facture 2026-0071", "", "1 000,00"], ["21/11/2026", "Frais", "12,00", ""]], "fr.csv");
    expect(fr.problems).toEqual([]);
    expect(fr.lines.map((l) => [l.direction, l.amount])).toEqual([["credit", 100000], ["debit", 1200]]);
  });

  it("refuses a CSV without an amount column", () => {
    const r = readCsvStatement([["Data", "Ordinante", "Causale"], ["20/11/2026", "Rossi", "fattura 1"]], "noamount.csv");
    expect(r.lines).toEqual([]);
    expect(r.problems[0]).toMatchObject({ file: "noamount.csv", field: "amount", problem: { code: "cash.read.csvNoAmount" } });
  });

  it("refuses a file with a bad amount, naming the line and the column", () => {
    const r = readCsvStatement(csvCells(fixture("bank-de.csv").replace("1.000,00", "tausend")), "de.csv");
    expect(r.lines).toEqual([]);
    expect(r.problems[0]).toMatchObject({ line: 3, field: "Betrag" });
  });
});

describe("readStatementCells", () => {
  it("reads an MT940 pasted into a sheet one line per row", () => {
    const rows = fixture("mt940-nl.sta").split(/\r?\n/).map((l) => [l === "" ? null : l]);
    const r = readStatementCells(rows, "Pasted");
    expect(r.problems).toEqual([]);
    expect(credits(r)).toHaveLength(2);
  });
  it("reads a CSV laid out in columns", () => {
    expect(readStatementCells(csvCells(fixture("bank-it.csv")), "Sheet1").lines).toHaveLength(4);
  });
});
