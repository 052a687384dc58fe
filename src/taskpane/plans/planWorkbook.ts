/**
 * What the plan panels read from and write to the workbook, through the port: the ledger's open items,
 * the `AR Plans` and `AR Promises` registers (add-in-owned: read, updated, rewritten whole), the plan's
 * schedule sheet, the letter sheet and the payments table. No React here. Customers are keyed by the
 * customers job's one rule (customerKeyOf, sameCustomer): the ledger's customer id, else the AR
 * Customers id of the name, else the name.
 */
import { DomainError, Serial, serialToIso, fromMinor } from "../../domain/core";
import { customerIdKey, CustomerRef, DirectoryEntry, sameCustomerName } from "../../domain/customers";
import { readLedger, LedgerField } from "../../domain/ledger";
import { AR_PAYMENTS_SHEET, AgreementLetter, letterheadFromSettings, CustomerItems, openItemsByCustomer, Payment, PaymentsRead, paymentColumns, readPayments, letterSheetName, planId, planSheetName, PromiseRecord, PROMISE_COLUMNS, PROMISES_SHEET, promiseToRow, rowsToPromises, trackPromise, Charge, PlanTerms, proposePlan, addPlan, PLAN_COLUMNS, PlanRecord, planToRow, PLANS_SHEET, rowsToPlans, trackPlan, DEFAULT_GRACE_DAYS, reinstatePlan } from "../../domain/plans";
import { letterDocument, LetterDocument } from "../../export/plans/letterText";
import { t } from "../../i18n";
import { CellValue, isOwnedSheet, ReportSheet, WorkbookPort } from "../../workbook/port";
import { LedgerSource, listSources, readSource } from "../shell/ledgerSource";
import { CUSTOMERS_SHEET, readSheetIfAny, rowsByHeader } from "../shell/sheets";
import { letterSheet } from "./letterSheet";

export interface LedgerCustomers {
  readonly customers: readonly CustomerItems[];
  readonly missing: readonly LedgerField[];
}

/** The customers of `AR Customers` (id and legal name), for the ids of ledgers without a customer id column. */
export async function readCustomerDirectory(port: WorkbookPort): Promise<DirectoryEntry[]> {
  const sheet = await readSheetIfAny(port, CUSTOMERS_SHEET);
  const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());
  return sheet ? rowsByHeader(sheet.values).map((r) => ({ id: text(r.id), name: text(r.legal_name) })) : [];
}

/** The customers of a ledger source with their open items (disputed ones apart), each with its id by the key rule. */
export async function loadCustomers(port: WorkbookPort, source: LedgerSource): Promise<LedgerCustomers> {
  const [range, directory] = await Promise.all([readSource(port, source), readCustomerDirectory(port)]);
  const report = readLedger(range.values, { dateSystem: range.dateSystem });
  return { customers: report.missing.length > 0 ? [] : openItemsByCustomer(report.rows, directory), missing: report.missing };
}

async function hasSheet(port: WorkbookPort, name: string): Promise<boolean> {
  return (await port.listSheets()).some((s) => s.toLowerCase() === name.toLowerCase());
}

async function registerValues(port: WorkbookPort, sheet: string): Promise<CellValue[][]> {
  return (await hasSheet(port, sheet)) ? (await port.readUsedRange(sheet)).values : [];
}

export async function readPlans(port: WorkbookPort): Promise<PlanRecord[]> {
  return rowsToPlans(await registerValues(port, PLANS_SHEET)).records;
}

/**
 * Every customer a promise to pay can be taken from: those with open items in the workbook's ledger and
 * those in `AR Customers` (a customer who never paid is often the one to call).
 */
export async function promiseCustomers(port: WorkbookPort): Promise<CustomerRef[]> {
  const [{ preferred }, file] = await Promise.all([listSources(port), readSheetIfAny(port, CUSTOMERS_SHEET)]);
  const fromLedger = preferred ? (await loadCustomers(port, preferred)).customers.map((c) => ({ customer: c.customer, customerId: c.customerId })) : [];
  const fromFile = file
    ? rowsByHeader(file.values).flatMap((r) => (typeof r.legal_name === "string" && r.legal_name.trim() !== "" ? [{ customer: r.legal_name.trim(), customerId: typeof r.id === "string" ? r.id : "" }] : []))
    : [];
  return [...fromLedger, ...fromFile];
}

/** Clears the recorded break of plan `planId`, the reason kept in its history; the register as written. */
export async function reinstate(port: WorkbookPort, planId: string, date: Serial, reason: string): Promise<PlanRecord[]> {
  const next = (await readPlans(port)).map((p) => (p.id === planId ? reinstatePlan(p, date, reason) : p));
  await writePlans(port, next);
  return next;
}

export async function readPromises(port: WorkbookPort): Promise<PromiseRecord[]> {
  return rowsToPromises(await registerValues(port, PROMISES_SHEET)).records;
}

const columns = (spec: readonly (readonly [string, string])[]) => spec.map(([header, numberFormat]) => ({ header, numberFormat }));

/** Rewrites a register; rows of the old sheet that could not be read are kept at the end, verbatim. */
export async function writePlans(port: WorkbookPort, plans: readonly PlanRecord[]): Promise<void> {
  const { unreadable } = rowsToPlans(await registerValues(port, PLANS_SHEET));
  await port.writeReport({ name: PLANS_SHEET, tableName: "AR_Plans", columns: columns(PLAN_COLUMNS), rows: [...plans.map(planToRow), ...unreadable] });
}

export async function writePromises(port: WorkbookPort, promises: readonly PromiseRecord[]): Promise<void> {
  const { unreadable } = rowsToPromises(await registerValues(port, PROMISES_SHEET));
  await port.writeReport({ name: PROMISES_SHEET, tableName: "AR_Promises", columns: columns(PROMISE_COLUMNS), rows: [...promises.map(promiseToRow), ...unreadable] });
}

export interface AcceptInput {
  readonly customer: CustomerItems;
  readonly charges: readonly Charge[];
  readonly terms: PlanTerms;
  /** ISO date of acceptance (today). */
  readonly accepted: Serial;
  /** Letter language: en, it, de, nl, fr. */
  readonly language: string;
  /** The customer's open plan this one replaces, if any, and why (required then). */
  readonly replaces?: PlanRecord;
  readonly reason?: string;
}

/** The Settings keys a letter cannot go out without: the sender and where to pay. */
export const LETTERHEAD_REQUIRED = [
  ["company.name", "pane.settings.name"],
  ["company.address", "pane.settings.address"],
  ["company.iban", "pane.settings.iban"],
] as const;

/** The labels of the required letterhead settings that are blank, in the pane's language. */
export function missingLetterhead(settings: Readonly<Record<string, string>>): string[] {
  return LETTERHEAD_REQUIRED.filter(([key]) => (settings[key] ?? "").trim() === "").map(([, label]) => t(label));
}

export interface Accepted {
  readonly plan: PlanRecord;
  readonly planSheet: string;
  readonly letterSheet: string;
  readonly letter: AgreementLetter;
  readonly document: LetterDocument;
}

/** The schedule sheet of a plan. */
function scheduleSheet(name: string, plan: PlanRecord, rows: ReturnType<typeof proposePlan>["schedule"]): ReportSheet {
  const head = (k: string) => t(`plan.header.${k}`);
  return {
    name,
    title: [`${plan.customer} · ${plan.id}`, `${t("planPanel.items")}: ${plan.items}`],
    columns: [
      { header: head("n"), numberFormat: "0" },
      { header: head("dueDate"), numberFormat: "yyyy-mm-dd" },
      { header: head("payment"), numberFormat: "#,##0.00" },
      { header: head("interest"), numberFormat: "#,##0.00" },
      { header: head("principal"), numberFormat: "#,##0.00" },
      { header: head("balance"), numberFormat: "#,##0.00" },
    ],
    rows: rows.map((r) => [r.n, r.dueDate, fromMinor(r.payment), fromMinor(r.interest), fromMinor(r.principal), fromMinor(r.balanceAfter)]),
    totalColumns: [2, 3, 4],
  };
}

/**
 * The contact person `AR Customers` names for a customer, or "" when none: the row of its id, else of
 * any spelling of its name (the ledger's id may be the ERP's number, not the AR Customers one).
 */
async function contactOf(port: WorkbookPort, customer: CustomerRef): Promise<string> {
  const sheet = await readSheetIfAny(port, CUSTOMERS_SHEET);
  const rows = sheet ? rowsByHeader(sheet.values).filter((r) => typeof r.legal_name === "string") : [];
  const id = customerIdKey(customer.customerId);
  const byId = id === "" ? undefined : rows.find((r) => customerIdKey(String(r.id ?? "")) === id);
  const row = byId ?? rows.find((r) => sameCustomerName(String(r.legal_name), customer.customer));
  return typeof row?.contact === "string" ? row.contact.trim() : "";
}

/**
 * Accepts a plan: writes its schedule sheet, the letter sheet, then the register (the old plan, if
 * renegotiated, closed and linked). Throws (writing nothing) when the terms give no plan.
 */
export async function acceptPlan(port: WorkbookPort, input: AcceptInput): Promise<Accepted> {
  const proposal = proposePlan(input.terms);
  const [register, sheets, settings, contactName] = await Promise.all([readPlans(port), port.listSheets(), port.readSettings(), contactOf(port, input.customer)]);
  const missing = missingLetterhead(settings);
  if (missing.length > 0) throw new DomainError("planPanel.letterheadMissing", { fields: missing.join(", ") });
  const id = planId(input.customer.customer, input.accepted, register.map((p) => p.id));
  const planSheet = planSheetName(input.customer.customer, input.accepted, sheets.filter(isOwnedSheet));
  const items = [...input.customer.items.map((i) => i.invoice), ...input.charges.map((c) => c.label)].filter((s) => s !== "").join("; ");
  const schedule = proposal.schedule;
  const plan: PlanRecord = {
    id,
    customerId: input.customer.customerId,
    customer: input.customer.customer,
    language: input.language,
    items,
    balance: input.terms.balance,
    totalPayable: proposal.totalPayable,
    annualRate: input.terms.annualRate,
    frequency: input.terms.frequency,
    installments: proposal.installments,
    firstDue: schedule[0].dueDate,
    lastDue: schedule[schedule.length - 1].dueDate,
    accepted: input.accepted,
    status: "On track",
    statusDate: input.accepted,
    arrears: 0,
    daysLate: 0,
    brokenOn: null,
    brokenArrears: null,
    replaces: input.replaces?.id ?? "",
    replacedBy: "",
    scheduleSheet: planSheet,
    rounding: "up",
    history: "",
  };
  const letter: AgreementLetter = {
    language: input.language,
    planId: id,
    date: input.accepted,
    company: letterheadFromSettings(settings),
    customer: plan.customer,
    contactName,
    items: input.customer.items,
    charges: input.charges,
    balance: plan.balance,
    annualRate: plan.annualRate,
    frequency: plan.frequency,
    schedule,
    totalPayable: proposal.totalPayable,
    totalInterest: proposal.totalInterest,
    graceDays: DEFAULT_GRACE_DAYS,
    replaces: plan.replaces,
  };
  const document = letterDocument(letter);
  const letterName = letterSheetName(id);
  const next = addPlan(register, plan, input.reason ?? "");
  await port.writeReport(scheduleSheet(planSheet, plan, schedule));
  await port.writeReport(letterSheet(letterName, document));
  await writePlans(port, next);
  return { plan, planSheet, letterSheet: letterName, letter, document };
}

/** A sheet or table the payments can be read from. */
export type PaymentSource = LedgerSource;

/** User tables and sheets whose header has customer, payment-date and amount columns. */
export async function listPaymentSources(port: WorkbookPort): Promise<PaymentSource[]> {
  const [tables, sheets] = await Promise.all([port.listTables(), port.listSheets()]);
  const candidates: PaymentSource[] = [
    // The payments the Cash panel applied from bank statements come first when there are any.
    ...sheets.filter((s) => s.toLowerCase() === AR_PAYMENTS_SHEET.toLowerCase()).map((s) => ({ kind: "sheet" as const, name: s })),
    ...tables.filter((tb) => !isOwnedSheet(tb.sheet)).map((tb) => ({ kind: "table" as const, name: tb.name, sheet: tb.sheet })),
    ...sheets.filter((s) => !isOwnedSheet(s)).map((s) => ({ kind: "sheet" as const, name: s })),
  ];
  const out: PaymentSource[] = [];
  const tableSheets = new Set(out.map((s) => (s.kind === "table" ? s.sheet : "")));
  for (const source of candidates) {
    if (source.kind === "sheet" && tableSheets.has(source.name)) continue;
    const range = await readSource(port, source);
    if (range.values.slice(0, 20).some((r) => paymentColumns(r) !== null)) {
      out.push(source);
      if (source.kind === "table") tableSheets.add(source.sheet);
    }
  }
  return out;
}

export async function loadPayments(port: WorkbookPort, source: PaymentSource): Promise<PaymentsRead> {
  const range = await readSource(port, source);
  return readPayments(range.values, range.dateSystem);
}

export interface CheckResult {
  readonly plans: readonly PlanRecord[];
  readonly promises: readonly PromiseRecord[];
  readonly rejectedPayments: number;
  readonly asOf: Serial;
}

/**
 * Matches the payments to every plan and promise on `asOf`, and writes the statuses back to `AR Plans`
 * and `AR Promises` (each only when it has rows).
 */
export async function checkPayments(port: WorkbookPort, payments: readonly Payment[], rejectedPayments: number, asOf: Serial): Promise<CheckResult> {
  const [register, promiseList] = await Promise.all([readPlans(port), readPromises(port)]);
  const plans = register.map((p) => trackPlan(p, payments, asOf));
  const promises = promiseList.map((p) => trackPromise(p, payments, asOf));
  if (plans.length > 0) await writePlans(port, plans);
  if (promises.length > 0) await writePromises(port, promises);
  return { plans, promises, rejectedPayments, asOf };
}

/** ISO text of a serial for messages. */
export const iso = serialToIso;
