/**
 * The workbench's starting workbook: a generated ledger as the table Ledger (its bad rows have their
 * bad cell where only the pane's reader looks, so the README's AR.AGING example ages it), a
 * mixed-language export whose bad rows the formulas refuse too, payments, customers, a credit policy,
 * and two formulas.
 */
import { customerNamesOf, generateSampleCustomers, samplePolicyTable } from "../samples/customers";
import { generateSampleLedger } from "../samples/ledger";
import { generateSamplePayments } from "../samples/payments";
import { generateDunningCustomers, generateDunningLog } from "../samples/dunning";
import { t } from "../i18n";
import { createMemoryWorkbook, MemoryWorkbook } from "../workbook/memoryWorkbook";
import { isoToSerial } from "../taskpane/shell/asOf";
import { FormulaCells } from "./formulaCells";

export interface Workbench {
  readonly workbook: MemoryWorkbook;
  readonly formulas: FormulaCells;
}

/** Date columns of the sample ledger (invoice date, due date) shown as dates. */
function dateFormats(rows: number): string[][] {
  return Array.from({ length: rows }, (_, r) => (r === 0 ? [] : ["General", "General", "yyyy-mm-dd", "yyyy-mm-dd"]));
}

/** A few clean open items for the formula example. */
function smallLedger(asOf: number): (string | number)[][] {
  return [
    [1200.5, asOf - 12, "Rossi Forniture S.r.l."],
    [830, asOf + 20, "Müller Maschinenbau GmbH"],
    [455.25, asOf - 75, "Rossi Forniture S.r.l."],
    [-120, asOf - 3, "Harper Supplies Ltd"],
  ];
}

/** The sample company of the workbench's letters (fictitious; IBAN from the ISO 13616 examples). */
const SAMPLE_LETTERHEAD: Readonly<Record<string, string>> = {
  "company.name": "Sample Trading S.p.A.",
  "company.address": "Via Esempio 1\n20100 Milano\nItalia",
  "company.vatId": "IT00743110157",
  "company.iban": "IT60 X054 2811 1010 0000 0123 456",
  "company.contact": "credit@sample-trading.example",
};

export function createWorkbench(today: string, rows = 300): Workbench {
  const asOf = isoToSerial(today) ?? isoToSerial("2026-11-25")!;
  const ledger = generateSampleLedger({ asOf, rows, seed: 20261125, badCells: "descriptive" });
  const mixed = generateSampleLedger({ asOf, rows: 120, seed: 7, headers: "mixed" });
  const workbook = createMemoryWorkbook(
    [
      { name: "Ledger", values: ledger, numberFormats: dateFormats(ledger.length), tables: [{ name: "Ledger" }] },
      { name: "Export", values: mixed, numberFormats: dateFormats(mixed.length) },
      { name: "Payments", values: generateSamplePayments(ledger, { asOf }), numberFormats: [[], ...Array.from({ length: 40 }, () => ["General", "yyyy-mm-dd"])] },
      { name: "Customers", values: generateSampleCustomers(customerNamesOf(ledger)), tables: [{ name: "Customers" }] },
      { name: "AR Credit Policy", values: samplePolicyTable(asOf - 60), numberFormats: [[], ...Array.from({ length: 7 }, () => ["yyyy-mm-dd"])], tables: [{ name: "AR_Credit_Policy" }] },
      { name: "Formulas", values: [[t("bench.formulaNote")], [], [], [], [], ["Amount", "Due date", "Customer"], ...smallLedger(asOf)] },
      { name: "AR Customers", values: generateDunningCustomers(ledger), tables: [{ name: "AR_Customers" }] },
      { name: "AR Dunning Log", values: generateDunningLog(ledger, asOf), numberFormats: [[], ...Array.from({ length: 20 }, () => ["yyyy-mm-dd"])], tables: [{ name: "AR_Dunning_Log" }] },
    ],
    // A demo letterhead, so the sample's letters have a sender and payment details (an empty Settings
    // blocks letters, naming the fields, as in a new Excel workbook).
    { activeSheet: "Ledger", settings: SAMPLE_LETTERHEAD },
  );
  const formulas = new FormulaCells(workbook, { today: asOf });
  const last = mixed.length;
  const date = today.replace(/^(\d+)-(\d+)-(\d+)$/, (_, y, m, d) => `DATE(${Number(y)},${Number(m)},${Number(d)})`);
  formulas.enter("Formulas", 2, 0, `=AR.AGING(Export!F2:F${last},Export!D2:D${last},${date},,,TRUE)`);
  formulas.enter("Formulas", 11, 0, `=AR.AGING(A7:A10,B7:B10,${date},{30,60,90},C7:C10,TRUE)`);
  return { workbook, formulas };
}
