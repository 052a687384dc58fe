import { CellInput } from "../../../src/domain/core/cells";
import { ymdToSerial } from "../../../src/domain/core/dates";
import { matchHeader } from "../../../src/domain/ledger/headers";
import { mapColumns } from "../../../src/domain/ledger/mapColumns";
import { readLedger } from "../../../src/domain/ledger/readLedger";
import { LedgerReport, NOT_MAPPED } from "../../../src/domain/ledger/types";
import { t } from "../../../src/i18n";
import { readCsv } from "../../fixtures/ledgers/csv";

/*
 * The receivables reports and ledger-entry exports of eleven ERP and accounting packages, one fixture
 * each (headers as the package writes them, two rows): every one maps the columns an aging run needs,
 * ages the open amount rather than the original one, and splits a customer number from its name.
 * (Exact, DATEV, Zucchetti and Sage 100 are the older fixtures, read in readLedger.test.ts too.)
 */

const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);
const fields = (r: LedgerReport) => Object.fromEntries(r.mapping.map((m) => [m.field, m.header]));
const read = (file: string) => readLedger(readCsv(file, file.startsWith("en") ? "," : ";"));
const rows = (r: LedgerReport) => Array.from({ length: r.rows.length }, (_, i) => [r.rows.customerId[i], r.rows.customer[i], r.rows.invoice[i], r.rows.dueDate[i], r.rows.open[i]]);

describe("ledgers exported from real ERPs", () => {
  it("Xero Receivable Invoice Detail: Contact is the customer, Due (beside Due Date) the open amount", () => {
    const r = read("en-xero-receivables.csv");
    expect(r.missing).toEqual([]);
    expect(fields(r)).toEqual({ invoiceDate: "Invoice Date", invoice: "Invoice Number", customer: "Contact", dueDate: "Due Date", amount: "Invoice Total", openAmount: "Due", status: "Status" });
    expect(rows(r)).toEqual([
      ["", "Harper Supplies Ltd", "INV-0001", d(2025, 5, 15), 100000],
      ["", "Bayside Club", "INV-0002", d(2025, 5, 20), 45000],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("Xero's sales invoice CSV export: *ContactName, *DueDate, InvoiceAmountDue", () => {
    const r = read("en-xero-invoices.csv");
    expect(r.missing).toEqual([]);
    expect(fields(r)).toMatchObject({ customer: "*ContactName", invoice: "*InvoiceNumber", invoiceDate: "*InvoiceDate", dueDate: "*DueDate", amount: "Total", openAmount: "InvoiceAmountDue", currency: "Currency" });
    expect(rows(r)).toEqual([
      ["", "Harper Supplies Ltd", "INV-0001", d(2025, 5, 15), 100000],
      ["", "Bayside Club", "INV-0002", d(2025, 5, 20), 50000],
    ]);
  });

  it("QuickBooks A/R Aging Detail: Num is the invoice, Open Balance the open amount", () => {
    const r = read("en-quickbooks.csv");
    expect(r.headerIndex).toBe(2);
    expect(fields(r)).toEqual({ invoiceDate: "Date", invoice: "Num", customer: "Customer", dueDate: "Due Date", amount: "Amount", openAmount: "Open Balance" });
    expect(rows(r)).toEqual([
      ["", "Amy's Bird Sanctuary", "1001", d(2025, 5, 15), 100000],
      ["", "Cool Cars", "1002", d(2025, 5, 20), 50000],
    ]);
  });

  it("Sage 50 Aged Debtors: A/C is the customer id, Name the customer, O/S the open amount", () => {
    const r = read("en-sage50.csv");
    expect(fields(r)).toMatchObject({ customerId: "A/C", customer: "Name", invoiceDate: "Date", invoice: "Ref", dueDate: "Due Date", amount: "Amount", openAmount: "O/S" });
    expect(rows(r)).toEqual([
      ["ABS001", "ABS Garages Ltd", "10001", d(2025, 5, 15), 100000],
      ["BRO001", "Bronson Inc", "10002", d(2025, 5, 20), 50000],
    ]);
  });

  it("Business Central Customer Ledger Entries: Customer No. and Customer Name, Remaining Amount (not the Open flag)", () => {
    const r = read("en-businesscentral.csv");
    expect(fields(r)).toMatchObject({ customerId: "Customer No.", customer: "Customer Name", invoice: "Document No.", invoiceDate: "Posting Date", dueDate: "Due Date", amount: "Original Amount", openAmount: "Remaining Amount", currency: "Currency Code" });
    expect(rows(r)).toEqual([
      ["10000", "Adatum Corporation", "103001", d(2025, 5, 15), 100000],
      ["20000", "Trey Research", "103002", d(2025, 5, 20), 50000],
    ]);
    // The local-currency columns alone, as a layout without the document-currency ones shows them.
    expect(mapColumns(["Customer No.", "Due Date", "Amount (LCY)", "Remaining Amt. (LCY)"]).mapping.map((m) => m.field)).toEqual(["customer", "dueDate", "amount", "openAmount"]);
  });

  it("ERPNext Accounts Receivable: Party is the customer id, Voucher No the invoice, Outstanding Amount the open amount", () => {
    const r = read("en-erpnext.csv");
    expect(fields(r)).toMatchObject({ invoiceDate: "Posting Date", customerId: "Party", customer: "Customer Name", invoice: "Voucher No", dueDate: "Due Date", amount: "Invoiced Amount", openAmount: "Outstanding Amount", currency: "Currency" });
    expect(rows(r)).toEqual([
      ["CUST-00001", "Grant Plastics Ltd.", "ACC-SINV-2025-00001", d(2025, 5, 15), 100000],
      ["CUST-00002", "West View Software Ltd.", "ACC-SINV-2025-00002", d(2025, 5, 20), 50000],
    ]);
  });

  it("Odoo's invoice list: Partner, Number, Invoice/Bill Date, Total Signed, Amount Due; Residual in journal items", () => {
    const r = read("en-odoo.csv");
    expect(fields(r)).toMatchObject({ invoice: "Number", customer: "Partner", invoiceDate: "Invoice/Bill Date", dueDate: "Due Date", amount: "Total Signed", openAmount: "Amount Due", status: "Status", currency: "Currency" });
    expect(rows(r)).toEqual([
      ["", "Azure Interior", "INV/2025/00001", d(2025, 5, 15), 100000],
      ["", "Deco Addict", "INV/2025/00002", d(2025, 5, 20), 50000],
    ]);
    expect(mapColumns(["Partner", "Due Date", "Debit", "Residual"]).mapping.map((m) => [m.field, m.header])).toEqual([["customer", "Partner"], ["dueDate", "Due Date"], ["openAmount", "Residual"]]);
  });

  it("SAP FBL5N: Customer beside Name 1 is the customer id; no doubt raised over the arrears days or the assignment", () => {
    const r = read("en-sap-fbl5n.csv");
    expect(fields(r)).toMatchObject({ customerId: "Customer", customer: "Name 1", invoice: "Document Number", invoiceDate: "Document Date", dueDate: "Net due date", amount: "Amount in local currency", currency: "Local Currency" });
    expect(rows(r)).toEqual([
      ["100001", "Becker Berlin", "1800000001", d(2025, 5, 15), 120000],
      ["100002", "Carbor GmbH", "1800000002", d(2025, 5, 20), 50000],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    ["Business Central (aged receivables)", "en-dynamics.csv", "Customer No.", "Customer Name", "C001", "Acme Ltd"],
    ["DATEV OPOS", "de-datev.csv", "Konto", "Name", "10001", "Müller GmbH"],
    ["Exact", "nl-exact.csv", "Debiteur", "Naam", "D100", "Jansen BV"],
    ["Zucchetti", "it-zucchetti.csv", "Cliente", "Ragione sociale", "1001", "Rossi S.p.A."],
    ["Sage 100", "fr-sage.csv", "Code client", "Raison sociale", "C01", "Dupont SARL"],
  ])("%s: the number is the customer id and the name the customer", (_, file, idHeader, nameHeader, id, name) => {
    const r = read(file);
    expect(fields(r)).toMatchObject({ customerId: idHeader, customer: nameHeader });
    expect([r.rows.customerId[0], r.rows.customer[0]]).toEqual([id, name]);
  });
});

describe("a header that names one field or another: Due", () => {
  const xero = (due: CellInput[]): CellInput[][] => [
    ["Contact", "Invoice Number", "Due Date", "Invoice Total", "Due"],
    ["Harper", "INV-1", "15/05/2025", "1,200.00", due[0]],
    ["Bayside", "INV-2", "20/05/2025", "500.00", due[1]],
  ];

  it("takes Due beside Due Date for the amount due by the header alone", () => {
    const { mapping } = mapColumns(xero([])[0]);
    expect(mapping.map((m) => [m.field, m.header])).toEqual([["customer", "Contact"], ["invoice", "Invoice Number"], ["dueDate", "Due Date"], ["amount", "Invoice Total"], ["openAmount", "Due"]]);
    expect(matchHeader("Due")).toEqual({ field: "dueDate", priority: 1, alternative: "openAmount" });
  });

  it("takes Due alone for the due date by the header alone", () => {
    expect(mapColumns(["Customer", "Due", "Amount"]).mapping.map((m) => m.field)).toEqual(["customer", "dueDate", "amount"]);
  });

  it("decides by the cells when they tell: amounts are the open amount, dates the due date", () => {
    expect(readLedger(xero(["1,000.00", "450.00"])).rows.open).toEqual(Float64Array.from([100000, 45000]));
    const dates = readLedger([["Customer", "Due", "Amount"], ["A", "31/05/2025", "10.50"], ["B", "30/06/2025", "20.00"]]);
    expect(fields(dates)).toEqual({ customer: "Customer", dueDate: "Due", amount: "Amount" });
    expect(Array.from(dates.rows.dueDate)).toEqual([d(2025, 5, 31), d(2025, 6, 30)]);
    // Amounts under Due and no other due-date column: the ledger has no due date, and says so.
    expect(readLedger([["Customer", "Due", "Total"], ["A", "1,000.00", "1,200.00"]]).missing).toEqual(["dueDate"]);
    // Whole numbers (amounts or date serials) do not tell: the header decides.
    const serials = readLedger([["Contact", "Due Date", "Total", "Due"], ["A", 45792, 1200, 1000]]);
    expect(fields(serials)).toMatchObject({ dueDate: "Due Date", amount: "Total", openAmount: "Due" });
  });
});

describe("the customer number and name", () => {
  it("reads a number column alone as the customer, as before", () => {
    const r = readLedger([["Customer No.", "Due Date", "Amount"], ["C001", 46000, 10]]);
    expect(fields(r)).toEqual({ customer: "Customer No.", dueDate: "Due Date", amount: "Amount" });
    expect(r.rows.customer).toEqual(["C001"]);
    expect(r.rows.customerId).toEqual([""]);
  });

  it("keeps a generic customer column the name when no name column is there", () => {
    expect(fields(readLedger([["Cliente", "Scadenza", "Importo"], ["Rossi", 46000, 1]]))).toEqual({ customer: "Cliente", dueDate: "Scadenza", amount: "Importo" });
  });

  it("lets the user map the id by hand, or leave it unread", () => {
    const values: CellInput[][] = [["Code", "Customer", "Due date", "Amount"], ["K-1", "Rossi", 46000, 1]];
    expect(readLedger(values).rows.customerId).toEqual([""]);
    expect(readLedger(values, { mapping: { customerId: 0 } }).rows.customerId).toEqual(["K-1"]);
    const unread = readLedger([["Customer No.", "Customer Name", "Due date", "Amount"], ["C1", "Rossi", 46000, 1]], { mapping: { customerId: NOT_MAPPED } });
    expect(fields(unread)).toEqual({ customer: "Customer Name", dueDate: "Due date", amount: "Amount" });
  });

  it("rejects a row whose customer id is an Excel error, naming the field", () => {
    const r = readLedger([["Customer No.", "Customer Name", "Due date", "Amount"], ["#N/A", "Rossi", 46000, 1]]);
    expect(r.rejected).toEqual([{ index: 1, field: "customerId", problem: { code: "cell.excelError", params: { text: "#N/A" } } }]);
  });
});

describe("aging the original amounts", () => {
  it("says so when other unmapped columns hold amounts, naming them", () => {
    const values: CellInput[][] = [
      ["Customer", "Invoice", "Due date", "Amount", "Paid so far", "Still to pay", "Days", "Note"],
      ["Harper", "INV-1", 46000, 1200, 200, "1,000.00", 16, "x"],
      ["Bayside", "INV-2", 46010, 500.5, 0, 500.5, 11, ""],
    ];
    const r = readLedger(values);
    expect(r.warnings).toEqual([{ code: "ledger.originalAmounts", columns: [{ column: 4, header: "Paid so far" }, { column: 5, header: "Still to pay" }] }]);
    expect(t("ledger.originalAmounts", { columns: "E: Paid so far, F: Still to pay" })).toBe("Aging the original amounts: is one of these the open amount? E: Paid so far, F: Still to pay");
    // Once answered (an open-amount column mapped, or none wanted), it is not raised.
    expect(readLedger(values, { mapping: { openAmount: 5 } }).warnings).toEqual([]);
    expect(readLedger(values, { mapping: { openAmount: NOT_MAPPED } }).warnings).toEqual([]);
  });

  it("raises nothing when the open amount is mapped or no other column holds amounts", () => {
    expect(readLedger([["Customer", "Due date", "Amount", "Open amount"], ["A", 46000, 10.5, 5.5]]).warnings).toEqual([]);
    expect(readLedger([["Customer", "Due date", "Amount", "Reference"], ["A", 46000, 10.5, "INV-1"]]).warnings).toEqual([]);
  });

  it("raised the old silence: Sage 50's O/S is now the open amount (1,000 aged, not the 1,200 invoiced)", () => {
    const r = read("en-sage50.csv");
    expect(r.rows.open[0]).toBe(100000);
    expect(r.warnings).toEqual([]);
  });
});
