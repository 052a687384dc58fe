/**
 * One credit review, from the workbook to the written sheets: read the customer table and the ledger,
 * pick the policy in force, review, and only when every input is good write the policy template (if
 * it was missing), the hold list and the review. Any bad input is returned as messages naming the
 * cell or band, and nothing is written.
 */
import { customerKey, holdList, exposureByCustomer, readPaymentRule, reviewCustomers, ReviewLine, ReviewSummary, summarizeReview, readCustomerTable, withPaymentBehaviour } from "../../domain/credit";
import { DEFAULT_BEHAVIOUR_WINDOW_DAYS, paymentBehaviour } from "../../domain/metrics";
import { readPaidItemsFrom } from "../shell/paidItems";
import { readSheetIfAny } from "../shell/sheets";
import { Serial, DomainError } from "../../domain/core";
import { readLedger } from "../../domain/ledger";
import { t } from "../../i18n";
import { WorkbookPort } from "../../workbook/port";
import { describeSource, LedgerSource, readSource } from "../shell/ledgerSource";
import { loadPolicy, writePolicyTemplate } from "./policySource";
import { holdReport, reviewReport } from "./reviewReport";
import { POLICY_SHEET } from "../shell/sheets";

export interface ReviewRequest {
  readonly port: WorkbookPort;
  readonly customers: LedgerSource;
  readonly ledger: LedgerSource;
  readonly date: Serial;
  readonly reveal: boolean;
}

export type ReviewOutcome =
  | { readonly status: "invalid"; readonly messages: readonly string[] }
  | {
      readonly status: "done";
      readonly lines: readonly ReviewLine[];
      readonly holds: readonly ReviewLine[];
      readonly summary: ReviewSummary;
      readonly sheets: readonly string[];
      /** The policy sheet was missing and has been created from the template. */
      readonly policyCreated: boolean;
      readonly validFrom: Serial | null;
      /** Ledger rows the reader refused (not in any exposure). */
      readonly ledgerRejected: number;
    };

const invalid = (messages: string[]): ReviewOutcome => ({ status: "invalid", messages });

export async function runReview(r: ReviewRequest): Promise<ReviewOutcome> {
  const { port } = r;
  const customerRange = await readSource(port, r.customers);
  const table = readCustomerTable(customerRange.values, { origin: { row: customerRange.row, column: customerRange.column } });
  if (table.missing.length > 0) {
    return invalid([t("creditPanel.review.missingColumns", { source: describeSource(r.customers), fields: table.missing.map((f) => t(`creditPanel.field.${f}`)).join(", ") })]);
  }
  if (table.issues.length > 0) {
    return invalid(table.issues.map((i) => t("creditPanel.review.cell", { sheet: customerRange.sheet, cell: i.cell, problem: t(i.problem.code, i.problem.params) })));
  }
  if (table.customers.length === 0) return invalid([t("creditPanel.review.noCustomers", { source: describeSource(r.customers) })]);

  const ledgerRange = await readSource(port, r.ledger);
  const ledger = readLedger(ledgerRange.values, { dateSystem: ledgerRange.dateSystem });
  if (ledger.missing.length > 0) {
    return invalid([t("creditPanel.review.ledgerMissing", { source: describeSource(r.ledger), fields: ledger.missing.map((f) => t(`pane.field.${f}`)).join(", ") })]);
  }

  let policy;
  try {
    policy = await loadPolicy(port, r.date);
  } catch (error) {
    if (error instanceof DomainError) return invalid([t("creditPanel.review.policy", { sheet: POLICY_SHEET, problem: t(error.problem.code, error.problem.params) })]);
    throw error;
  }

  // Payment behaviour (AR Cash, or a table of paid items) and the policy's optional rule on it.
  const settings = await port.readSettings();
  const windowDays = Number(settings["followUp.window"]) || DEFAULT_BEHAVIOUR_WINDOW_DAYS;
  const paid = await readPaidItemsFrom(port, null, (ref) => customerKey(ref.customer));
  const behaviour = new Map(paymentBehaviour(paid, r.date, Math.min(3660, Math.max(1, Math.round(windowDays)))).map((b) => [b.key, b]));
  const rule = readPaymentRule((await readSheetIfAny(port, POLICY_SHEET))?.values ?? [], r.date);
  const lines = withPaymentBehaviour(reviewCustomers(table.customers, exposureByCustomer(ledger.rows), policy.version.policy), (name) => behaviour.get(customerKey(name)), rule);
  const holds = holdList(lines);
  const options = { date: r.date, validFrom: policy.version.validFrom, customersSource: describeSource(r.customers), ledgerSource: describeSource(r.ledger), reveal: r.reveal };
  const review = reviewReport(lines, options);
  const hold = holdReport(holds, options);
  if (policy.template) await writePolicyTemplate(port, policy.template);
  await port.writeReport(hold);
  await port.writeReport(review);
  return {
    status: "done",
    lines,
    holds,
    summary: summarizeReview(lines),
    sheets: [review.name, hold.name],
    policyCreated: policy.template !== null,
    validFrom: policy.version.validFrom,
    ledgerRejected: ledger.rejected.length,
  };
}
