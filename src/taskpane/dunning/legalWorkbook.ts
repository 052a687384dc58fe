/**
 * The legal escalation pack of one customer, from the workbook to its sheet and its ZIP: the ledger's
 * invoices and credit notes, the payments table (when the workbook has one), AR Dunning Log and the
 * letters' text of earlier runs. Loaded lazily (it renders the PDF).
 */
import { CellInput, DomainError, Serial, serialToIso } from "../../domain/core";
import { sameCustomer, sameCustomerName } from "../../domain/customers";
import { CreditNote, legalPack, LOG_SHEET, readLog } from "../../domain/dunning";
import { Jurisdiction } from "../../domain/interest";
import { readLedger } from "../../domain/ledger";
import { renderPdf } from "../../export/core/pdf";
import { LetterFile, PDF_MIME, safeFileName, ZIP_MIME } from "../../export/core/files";
import { tableCsv } from "../../export/core/table";
import { zipFiles } from "../../export/core/zip";
import { legalPackDocument, legalPackRows, legalSheetName } from "../../export/dunning/legalPack";
import type { LetterSender } from "../../export/dunning/letter";
import { resolveLanguage, t } from "../../i18n";
import { WorkbookPort } from "../../workbook/port";
import { listPaymentSources, loadCustomerPayments, loadInvoices } from "../interest/claimWorkbook";
import { LedgerSource, listSources, readSource } from "../shell/ledgerSource";
import { readSheetIfAny, rowsByHeader } from "../shell/sheets";
import { readProfiles } from "./dunningWorkbook";

export interface LegalRequest {
  readonly port: WorkbookPort;
  readonly ledger: LedgerSource;
  readonly customer: string;
  readonly customerId: string;
  readonly asOf: Serial;
  readonly sender: LetterSender;
  readonly jurisdiction: Jurisdiction;
  readonly individual: boolean;
  readonly language: string;
}

export interface LegalOutcome {
  readonly sheet: string;
  readonly zip: LetterFile;
  readonly pdf: LetterFile;
}

export async function buildLegalPack(r: LegalRequest): Promise<LegalOutcome> {
  const { port } = r;
  const sources = (await listSources(port)).sources;
  const paymentSource = (await listPaymentSources(port, sources)).find((s) => s.name !== r.ledger.name) ?? null;
  const ledger = await loadInvoices(port, r.ledger, paymentSource !== null);
  const group = ledger.customers.find((c) => sameCustomerName(c.customer, r.customer));
  if (!group || group.invoices.length === 0) throw new DomainError("dunLegal.noInvoices", { customer: r.customer });
  const range = await readSource(port, r.ledger);
  const rows = readLedger(range.values, { dateSystem: range.dateSystem }).rows;
  const creditNotes: CreditNote[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (rows.open[i] < 0 && sameCustomerName(rows.customer[i], r.customer)) creditNotes.push({ reference: rows.invoice[i] ?? "", date: Number.isFinite(rows.invoiceDate[i]) ? rows.invoiceDate[i] : rows.dueDate[i], amount: -rows.open[i], currency: (rows.currency[i] ?? "").toUpperCase() });
  }
  const payments = paymentSource ? (await loadCustomerPayments(port, paymentSource, group.customer)).payments : [];
  const logSheet = await readSheetIfAny(port, LOG_SHEET);
  const log = logSheet ? readLog(logSheet.values as CellInput[][]).entries : [];
  const pack = legalPack({
    asOf: r.asOf, customer: group.customer, customerId: r.customerId, invoices: group.invoices, creditNotes, payments, log,
    terms: { endDate: r.asOf, jurisdiction: r.jurisdiction, b2c: r.individual, contractualRate: null },
  });
  const profile = (await readProfiles(port)).find((p) => sameCustomer({ customer: p.name, customerId: p.id }, { customer: r.customer, customerId: r.customerId }));
  const lang = resolveLanguage(r.language);
  const doc = legalPackDocument({ pack, customer: group.customer, customerId: r.customerId, address: profile?.address ?? [], language: lang, asOf: r.asOf, sender: r.sender });
  const pdfBytes = await renderPdf(doc);
  const sheet = legalSheetName(group.customer, r.customerId, r.asOf);
  const h = (k: string) => t(`dunLegal.col.${k}`, {}, lang);
  const headers = [t("dunLegal.col.kind", {}, lang), h("date"), h("reference"), h("currency"), h("debit"), h("credit"), h("amount"), h("items")];
  const sheetRows = legalPackRows(pack, lang);
  // The letters sent, as their text from the runs' letter sheets.
  const letters: { name: string; bytes: Uint8Array }[] = [];
  for (const name of (await port.listSheets()).filter((s) => s.startsWith("AR Dunning Letters "))) {
    const values = (await port.readUsedRange(name)).values;
    const headerAt = values.findIndex((row) => row.includes(t("dunPanel.sheet.text")));
    if (headerAt < 0) continue;
    const mine = rowsByHeader(values.slice(headerAt)).filter((row) => sameCustomer({ customer: String(row[t("dunPanel.sheet.customer")] ?? ""), customerId: String(row[t("dunPanel.sheet.customerId")] ?? "") }, { customer: r.customer, customerId: r.customerId }));
    mine.forEach((row, k) => letters.push({ name: `letters/${safeFileName(`${name.replace(/^AR /, "")} ${k + 1}`, "txt")}`, bytes: new TextEncoder().encode(String(row[t("dunPanel.sheet.text")] ?? "")) }));
  }
  await port.writeReport({
    name: sheet,
    title: [t("dunLegal.sheetTitle", { customer: group.customer, date: serialToIso(r.asOf) }, lang)],
    columns: headers.map((header, c) => ({ header, numberFormat: c === 1 ? "yyyy-mm-dd" : c >= 4 && c <= 6 ? "#,##0.00" : "@" })),
    rows: sheetRows,
  });
  const pdf: LetterFile = { name: safeFileName(doc.fileBase, "pdf"), mime: PDF_MIME, bytes: pdfBytes };
  const csv = new TextEncoder().encode(tableCsv(headers, sheetRows));
  const zip = zipFiles([{ name: pdf.name, bytes: pdfBytes }, { name: safeFileName(`${doc.fileBase} statement`, "csv"), bytes: csv }, ...letters]);
  return { sheet, pdf, zip: { name: safeFileName(doc.fileBase, "zip"), mime: ZIP_MIME, bytes: zip } };
}

