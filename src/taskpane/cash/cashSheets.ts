/**
 * The rows the Cash panel writes: `AR Cash YYYY-MM-DD` (one row per invoice a statement line paid, one
 * for a line's cash left unapplied), `AR Payments` (one row per customer payment, the table Plans &
 * promises reads) and the imports log `AR Cash Imports`. Column headers and the words in the Status,
 * Match rule and Difference reason columns are fixed English, so the dunning run and statements can
 * read them in any language. No React here.
 */
import { Serial, fromMinor, serialToIso } from "../../domain/core";
import { LineMatch, MatchRun, StatementRead } from "../../domain/cash";
import { CellValue, ReportColumn } from "../../workbook/port";

export const cashSheetName = (date: Serial) => `AR Cash ${serialToIso(date)}`;
export const IMPORTS_SHEET = "AR Cash Imports";
export const WRITE_OFFS_SHEET = "AR Write-offs";

const col = (header: string, numberFormat = "@"): ReportColumn => ({ header, numberFormat });

/** The columns of `AR Cash YYYY-MM-DD`, in order. */
export const CASH_COLUMNS: readonly ReportColumn[] = [
  col("Statement id"), col("Account"), col("Line"), col("Booking date", "yyyy-mm-dd"), col("Value date", "yyyy-mm-dd"), col("Currency"),
  col("Payer"), col("Payer IBAN"), col("Customer id"), col("Customer"), col("Invoice"), col("Amount applied", "#,##0.00"), col("Unapplied", "#,##0.00"),
  col("Difference", "#,##0.00"), col("Difference reason"), col("Match rule"), col("Status"), col("Plan or promise"), col("Line amount", "#,##0.00"), col("File"),
];

/** The columns appended to `AR Payments` (Plans & promises finds Customer id, Customer, Payment date and Amount by header). */
export const PAYMENT_COLUMNS: readonly ReportColumn[] = [
  col("Customer id"), col("Customer"), col("Payment date", "yyyy-mm-dd"), col("Amount", "#,##0.00"), col("Invoices"), col("Statement id"), col("Account"), col("Line"), col("Match rule"),
];

export const IMPORT_COLUMNS: readonly ReportColumn[] = [
  col("Statement id"), col("Account"), col("Format"), col("File"), col("Imported", "yyyy-mm-dd"), col("Lines", "0"), col("Credits", "#,##0.00"), col("Applied", "#,##0.00"), col("Unapplied", "#,##0.00"),
];

const DIFFERENCE_WORDS: Readonly<Record<string, string>> = { bankCharges: "Bank charges", discount: "Discount taken", onAccount: "On account", short: "Short payment", "": "" };

/** The Status word of a line: Matched, Confirmed (a suggestion confirmed), Manual (assigned by hand), Unmatched. */
export function statusWord(m: LineMatch): string {
  if (m.status === "unmatched" || m.status === "suggested") return "Unmatched";
  return m.rule === "manual" ? "Manual" : m.confirmed ? "Confirmed" : "Matched";
}

/** The lines of a run that are applied: matched (confident, confirmed or by hand); suggestions not confirmed count as unmatched. */
export function appliedLines(run: MatchRun): LineMatch[] {
  return run.results.filter((r) => r.status === "matched");
}

/** The `AR Cash` rows of a run: every credit line (ignored lines left out), its allocations one row each. */
export function cashRows(run: MatchRun, read: StatementRead): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const r of run.results) {
    if (r.status === "ignored") continue;
    const applied = r.status === "matched";
    const l = r.line;
    const customer = applied && r.customer >= 0 ? run.index.customers[r.customer] : null;
    const base = (invoice: string, amount: number, unapplied: number, difference: number, reason: string): CellValue[] => [
      l.statementId, l.account, l.position, l.bookingDate, l.valueDate, l.currency, l.payerName, l.payerIban, customer?.customerId ?? "", customer?.customer ?? "",
      invoice, fromMinor(amount), fromMinor(unapplied), fromMinor(difference), reason, applied ? r.rule : "", statusWord(r), applied ? r.expected : "", fromMinor(l.amount), read.file,
    ];
    if (!applied) {
      rows.push(base("", 0, l.amount, 0, ""));
      continue;
    }
    for (const a of r.allocations) rows.push(base(a.invoice, a.amount, 0, a.difference, a.difference > 0 ? DIFFERENCE_WORDS[r.differenceReason] : ""));
    if (r.unapplied > 0) rows.push(base("", 0, r.unapplied, 0, DIFFERENCE_WORDS.onAccount));
  }
  return rows;
}

/** The `AR Payments` rows: one per applied line with a customer, the whole amount the customer paid, on its value date. */
export function paymentRows(run: MatchRun): CellValue[][] {
  return appliedLines(run)
    .filter((r) => r.customer >= 0)
    .map((r) => {
      const c = run.index.customers[r.customer];
      return [c.customerId, c.customer, r.line.valueDate ?? r.line.bookingDate, fromMinor(r.line.amount), r.allocations.map((a) => a.invoice).join("; "), r.line.statementId, r.line.account, r.line.position, r.rule];
    });
}
