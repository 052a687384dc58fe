/**
 * The customer file: `AR Customers` (one row per approved customer, with its stable id), `AR Customer
 * Documents` (credit reports, references, contracts: where each one is kept) and `AR Contact History`
 * (calls, letters, promises). Their headers are fixed snake_case names, like the policy table's, so
 * that other jobs and formulas can read them in any language.
 */
import { decideCredit, CreditDecision, CreditDecisionKind } from "../../domain/credit";
import { nextCustomerId, CheckedAccount, checkNewAccount, FieldProblem, NewAccountForm } from "../../domain/customers";
import { Serial, fromMinor, Minor, DomainError } from "../../domain/core";
import { creditReasonText } from "../../i18n/creditReason";
import { t } from "../../i18n";
import { CellValue, ReportColumn, WorkbookPort } from "../../workbook/port";
import { appendCreditLog, CreditLogEntry, loadPolicy, writePolicyTemplate } from "../credit";
import { CONTACTS_SHEET, CUSTOMERS_SHEET, DOCUMENTS_SHEET, POLICY_SHEET, readSheetIfAny, rowsByHeader } from "../shell/sheets";

export const CUSTOMER_COLUMNS = [
  "id", "legal_name", "kind", "company_id", "vat_id", "iban", "address", "country", "language", "contact", "email", "phone",
  "credit_limit", "payment_terms_days", "score", "approved_on", "approved_by",
] as const;
export const DOCUMENT_COLUMNS = ["customer_id", "customer", "name", "type", "date", "location", "status", "notes"] as const;
export const CONTACT_COLUMNS = ["customer_id", "customer", "date", "type", "summary", "by"] as const;

const FORMATS: Record<string, string> = { credit_limit: "#,##0.00", approved_on: "yyyy-mm-dd", date: "yyyy-mm-dd", payment_terms_days: "0", score: "General" };
const columnsOf = (names: readonly string[]): ReportColumn[] => names.map((header) => ({ header, numberFormat: FORMATS[header] ?? "@" }));

export type Row = Record<string, CellValue>;

export interface CustomerFile {
  readonly customers: readonly Row[];
  readonly documents: readonly Row[];
  readonly contacts: readonly Row[];
}

export async function readCustomerFile(port: WorkbookPort): Promise<CustomerFile> {
  const [customers, documents, contacts] = await Promise.all([CUSTOMERS_SHEET, DOCUMENTS_SHEET, CONTACTS_SHEET].map((s) => readSheetIfAny(port, s)));
  const rows = (range: typeof customers) => (range ? rowsByHeader(range.values) : []);
  return { customers: rows(customers), documents: rows(documents), contacts: rows(contacts) };
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/** Customers whose id is `query` or whose name contains it (any case), at most `max`. */
export function findCustomers(file: CustomerFile, query: string, max = 20): Row[] {
  const q = query.trim().toLowerCase();
  if (q === "") return [];
  return file.customers.filter((c) => text(c.id).toLowerCase() === q || text(c.legal_name).toLowerCase().includes(q)).slice(0, max);
}

/** A customer's documents and contacts: rows naming its id, or its legal name where no id was filled in. */
export function customerRecord(file: CustomerFile, customer: Row): { documents: Row[]; contacts: Row[] } {
  const id = text(customer.id).toLowerCase();
  const name = text(customer.legal_name).toLowerCase();
  const mine = (r: Row) => (text(r.customer_id) !== "" ? text(r.customer_id).toLowerCase() === id : text(r.customer).toLowerCase() === name);
  const byDate = (a: Row, b: Row) => Number(b.date ?? 0) - Number(a.date ?? 0);
  return { documents: file.documents.filter(mine).sort(byDate), contacts: file.contacts.filter(mine).sort(byDate) };
}

export type ApprovalOutcome =
  | { readonly ok: false; readonly problems: readonly FieldProblem[]; readonly message?: string }
  | { readonly ok: true; readonly id: string; readonly decision: CreditDecisionKind; readonly granted: Minor; readonly reason: string; readonly policyCreated: boolean };

export interface ApprovalOptions {
  /** Quote the income and debt figures in the reason the outcome gives (a decline's, for one); masked by default. */
  readonly reveal?: boolean;
}

/**
 * The AR Credit Log line of a new account. The log is read by people who must not see the applicant's
 * income or debt, so its reason is always the masked one, whatever the pane shows.
 */
export function newAccountLogEntry(id: string, account: CheckedAccount, decision: CreditDecision, today: Serial, who: string): CreditLogEntry {
  const reason = creditReasonText(decision.reason, { reveal: false });
  return { date: today, customer: `${id} ${account.legalName}`, oldLimit: null, newLimit: decision.limit, decision: decision.decision, reason: t("creditPanel.account.logReason", { reason }), who };
}

/**
 * Approves a new account: checks the form, refuses a VAT number already on file, decides the limit
 * under the policy in force today (a Decline is refused with its reason), then appends the customer
 * with the next id, its vetting documents and a Credit Log line. Nothing is written when any step fails.
 */
export async function approveAccount(port: WorkbookPort, form: NewAccountForm, today: Serial, who: string, options: ApprovalOptions = {}): Promise<ApprovalOutcome> {
  const { account, problems } = checkNewAccount(form, today);
  const all: FieldProblem[] = [...problems];
  if (who.trim() === "") all.push({ field: "who", problem: { code: "creditPanel.account.required" } });
  if (!account || all.length > 0) return { ok: false, problems: all };
  const file = await readCustomerFile(port);
  const same = account.vatId !== "" ? file.customers.find((c) => text(c.vat_id).toUpperCase() === account.vatId) : undefined;
  if (same) return { ok: false, problems: [{ field: "vatId", problem: { code: "creditPanel.account.duplicateVat", params: { id: text(same.id) } } }] };

  let policy;
  try {
    policy = await loadPolicy(port, today);
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, problems: [], message: t("creditPanel.review.policy", { sheet: POLICY_SHEET, problem: t(error.problem.code, error.problem.params) }) };
    throw error;
  }
  const decision = decideCredit({ score: account.score, income: account.income, monthlyDebt: account.monthlyDebt, requested: account.requested }, policy.version.policy);
  const reason = creditReasonText(decision.reason, { reveal: options.reveal ?? false });
  if (decision.decision === "Decline") return { ok: false, problems: [], message: t("creditPanel.account.declined", { reason }) };

  const id = nextCustomerId(file.customers.map((c) => c.id));
  if (policy.template) await writePolicyTemplate(port, policy.template);
  await port.appendToLog(CUSTOMERS_SHEET, columnsOf(CUSTOMER_COLUMNS), [customerRow(id, account, decision.limit, today, who.trim())]);
  await port.appendToLog(DOCUMENTS_SHEET, columnsOf(DOCUMENT_COLUMNS), documentRows(id, account));
  await appendCreditLog(port, [newAccountLogEntry(id, account, decision, today, who.trim())]);
  return { ok: true, id, decision: decision.decision, granted: decision.limit, reason, policyCreated: policy.template !== null };
}

function customerRow(id: string, a: CheckedAccount, limit: Minor, today: Serial, who: string): CellValue[] {
  const values: Record<(typeof CUSTOMER_COLUMNS)[number], CellValue> = {
    id,
    legal_name: a.legalName,
    kind: a.kind,
    company_id: a.companyId,
    vat_id: a.vatId,
    iban: a.iban,
    address: a.address,
    country: a.country,
    language: a.language,
    contact: a.contactName,
    email: a.email,
    phone: a.phone,
    credit_limit: fromMinor(limit),
    payment_terms_days: a.paymentTerms,
    score: a.score,
    approved_on: today,
    approved_by: who,
  };
  return CUSTOMER_COLUMNS.map((c) => values[c]);
}

function documentRows(id: string, a: CheckedAccount): CellValue[][] {
  return a.checks.map((c) => {
    const name = c.kind === "creditReport" ? t("creditPanel.doc.creditReportName", { bureau: c.source.trim(), score: c.score?.trim() ?? "" }) : c.source.trim();
    return [id, a.legalName, name, t(`creditPanel.vetting.${c.kind}`), c.day, c.fileRef?.trim() ?? "", t(`creditPanel.status.${c.status}`), c.notes.trim()];
  });
}
