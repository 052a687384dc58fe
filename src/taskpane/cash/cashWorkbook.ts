/**
 * What the Cash panel reads from and writes to the workbook, through the port: the ledger's open items,
 * AR Customers (ids, names, an IBAN column), earlier confirmed matches (AR Cash sheets: payer IBAN →
 * customer), plans and promises (their instalments and amounts), AR Write-offs (a Customer id column,
 * when another job has written it), the imports log; and Apply. No React here.
 */
import { DomainError, fromMinor, Serial, toMinor } from "../../domain/core";
import { ExpectedPayment, indexLedger, KnownIban, LedgerIndex, MatchRun, runTotals, StatementRead } from "../../domain/cash";
import { DirectoryEntry } from "../../domain/customers";
import { readLedger } from "../../domain/ledger";
import { AR_PAYMENTS_SHEET, rowsToPlans, rowsToPromises, scheduleOf, PLANS_SHEET, PROMISES_SHEET } from "../../domain/plans";
import { CellValue, WorkbookPort } from "../../workbook/port";
import { LedgerSource, readSource } from "../shell/ledgerSource";
import { CUSTOMERS_SHEET, findSheet, readSheetIfAny } from "../shell/sheets";
import { CASH_COLUMNS, cashRows, cashSheetName, IMPORT_COLUMNS, IMPORTS_SHEET, PAYMENT_COLUMNS, paymentRows, WRITE_OFFS_SHEET } from "./cashSheets";

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/** Rows of a sheet as objects keyed by lower-case header. */
function byHeader(values: readonly (readonly CellValue[])[]): Record<string, CellValue>[] {
  const [header = [], ...body] = values;
  const keys = header.map((h) => text(h).toLowerCase());
  return body.filter((r) => r.some((v) => text(v) !== "")).map((r) => Object.fromEntries(keys.map((k, c) => [k, r[c] ?? null])));
}

export interface CashContext {
  readonly index: LedgerIndex;
  /** Ledger rows the reader refused (not matched against). */
  readonly rejected: number;
  /** Customer keys (index into index.customers) with written-off items, from AR Write-offs; empty when there is no such sheet. */
  readonly writtenOff: ReadonlySet<number>;
  readonly writeOffsSheet: boolean;
  readonly missing: readonly string[];
}

/** AR Customers: the directory (id, legal name) and the IBANs of its IBAN column. */
async function readCustomers(port: WorkbookPort): Promise<{ directory: DirectoryEntry[]; ibans: KnownIban[] }> {
  const sheet = await readSheetIfAny(port, CUSTOMERS_SHEET);
  const rows = sheet ? byHeader(sheet.values) : [];
  const directory = rows.map((r) => ({ id: text(r.id), name: text(r.legal_name) })).filter((d) => d.name !== "");
  const ibans = rows.filter((r) => text(r.iban) !== "").map((r) => ({ iban: text(r.iban), customer: text(r.legal_name), customerId: text(r.id) }));
  return { directory, ibans };
}

/** Earlier confirmed matches: every AR Cash sheet's applied rows with a payer IBAN and a customer. */
async function readHistory(port: WorkbookPort): Promise<KnownIban[]> {
  const sheets = (await port.listSheets()).filter((s) => /^AR Cash \d{4}-\d{2}-\d{2}$/.test(s));
  const out: KnownIban[] = [];
  for (const s of sheets) {
    const values = (await port.readUsedRange(s)).values;
    for (const r of byHeader(values.slice(tableTop(values)))) {
      if (text(r["payer iban"]) !== "" && text(r.customer) !== "" && ["Matched", "Confirmed", "Manual"].includes(text(r.status))) out.push({ iban: text(r["payer iban"]), customer: text(r.customer), customerId: text(r["customer id"]) });
    }
  }
  return out;
}

/** What AR Cash applied to an invoice: a row of an `AR Cash YYYY-MM-DD` sheet. */
export interface CashPaidItem {
  readonly customerId: string;
  readonly customer: string;
  readonly invoice: string;
  /** Minor units. */
  readonly amount: number;
  readonly date: Serial;
}

/**
 * The invoices the bank statements paid, booked on or after `since` (the day the ledger was
 * exported, which does not know them yet): every AR Cash row with an invoice, applied (matched,
 * confirmed or assigned by hand). The dunning run leaves them out.
 */
export async function readPaidSince(port: WorkbookPort, since: Serial): Promise<CashPaidItem[]> {
  const sheets = (await port.listSheets()).filter((s) => /^AR Cash \d{4}-\d{2}-\d{2}$/.test(s));
  const out: CashPaidItem[] = [];
  for (const s of sheets) {
    const values = (await port.readUsedRange(s)).values;
    for (const r of byHeader(values.slice(tableTop(values)))) {
      const amount = r["amount applied"];
      const date = r["booking date"];
      if (text(r.invoice) === "" || typeof amount !== "number" || !(amount > 0) || typeof date !== "number" || date < since) continue;
      if (!["Matched", "Confirmed", "Manual"].includes(text(r.status))) continue;
      out.push({ customerId: text(r["customer id"]), customer: text(r.customer), invoice: text(r.invoice), amount: toMinor(amount), date });
    }
  }
  return out;
}

/** The header row of an add-in sheet (title lines above it). */
function tableTop(values: readonly (readonly CellValue[])[]): number {
  const at = values.findIndex((r) => text(r[0]) === "Statement id");
  return at < 0 ? 0 : at;
}

/** Plan instalments and promises still to be paid, as payments a customer has agreed to make. */
async function readExpected(port: WorkbookPort): Promise<ExpectedPayment[]> {
  const [plans, promises] = await Promise.all([readSheetIfAny(port, PLANS_SHEET), readSheetIfAny(port, PROMISES_SHEET)]);
  const out: ExpectedPayment[] = [];
  for (const p of plans ? rowsToPlans(plans.values).records : []) {
    if (p.status === "Closed" || p.status === "Completed") continue;
    for (const row of scheduleOf(p)) out.push({ customer: p.customer, customerId: p.customerId, amount: row.payment, date: row.dueDate, kind: "plan", id: p.id });
  }
  for (const p of promises ? rowsToPromises(promises.values).records : []) {
    if (p.status !== "Kept") out.push({ customer: p.customer, customerId: p.customerId, amount: p.amount, date: p.date, kind: "promise", id: p.id });
  }
  return out;
}

/** Everything matching needs, read once per ledger. */
export async function loadContext(port: WorkbookPort, source: LedgerSource): Promise<CashContext> {
  const [range, customers, history, expected, writeOffs] = await Promise.all([readSource(port, source), readCustomers(port), readHistory(port), readExpected(port), readSheetIfAny(port, WRITE_OFFS_SHEET)]);
  const report = readLedger(range.values, { dateSystem: range.dateSystem });
  const index = indexLedger({ rows: report.rows, directory: customers.directory, ibans: [...customers.ibans, ...history], expected });
  const writtenOff = new Set<number>();
  if (writeOffs) {
    const ids = new Set(byHeader(writeOffs.values).map((r) => text(r["customer id"]).toUpperCase()).filter((id) => id !== ""));
    index.customers.forEach((c, i) => {
      if (c.customerId !== "" && ids.has(c.customerId.toUpperCase())) writtenOff.add(i);
    });
  }
  return { index, rejected: report.rejected.length, writtenOff, writeOffsSheet: writeOffs !== null, missing: report.missing };
}

export interface PriorImport {
  readonly statementId: string;
  readonly account: string;
  readonly file: string;
  readonly imported: Serial;
}

/** The statements of a read that the imports log already holds (same statement id and account). */
export async function priorImports(port: WorkbookPort, read: StatementRead): Promise<PriorImport[]> {
  const log = await readSheetIfAny(port, IMPORTS_SHEET);
  if (!log) return [];
  const rows = byHeader(log.values);
  const out: PriorImport[] = [];
  for (const s of read.statements) {
    const hit = rows.find((r) => text(r["statement id"]) === s.statementId && text(r.account).toUpperCase() === s.account.toUpperCase());
    if (hit) out.push({ statementId: s.statementId, account: s.account, file: text(hit.file), imported: Number(hit.imported) });
  }
  return out;
}

export interface Applied {
  readonly sheet: string;
  readonly cashRows: number;
  readonly payments: number;
}

/**
 * Applies a run: refuses (writing nothing) a statement already imported; else writes `AR Cash
 * YYYY-MM-DD` (the rows of earlier imports of the day kept above), appends the customers' payments
 * to `AR Payments` and the statement to the imports log.
 */
export async function applyRun(port: WorkbookPort, run: MatchRun, read: StatementRead, today: Serial): Promise<Applied> {
  if (read.problems.length > 0 || read.lines.length === 0) throw new DomainError("cashPanel.nothingToApply");
  const prior = await priorImports(port, read);
  if (prior.length > 0) throw new DomainError("cashPanel.duplicate", { statementId: prior[0].statementId, account: prior[0].account, file: prior[0].file, date: Number.isFinite(prior[0].imported) ? prior[0].imported : 0 });
  const sheet = cashSheetName(today);
  const existing = await findSheet(port, sheet);
  const before = existing ? (await port.readUsedRange(existing)).values : [];
  const kept = before.length > 0 ? before.slice(tableTop(before) + 1).filter((r) => r.some((v) => text(v) !== "")) : [];
  const rows = cashRows(run, read);
  await port.writeReport({ name: sheet, tableName: `AR_Cash_${sheet.slice(8).replace(/-/g, "_")}`, columns: CASH_COLUMNS, rows: [...kept, ...rows] });
  const payments = paymentRows(run);
  if (payments.length > 0) await port.appendToLog(AR_PAYMENTS_SHEET, PAYMENT_COLUMNS, payments);
  await port.appendToLog(
    IMPORTS_SHEET,
    IMPORT_COLUMNS,
    read.statements.map((s) => {
      const t = runTotals({ results: run.results.filter((r) => r.line.statementId === s.statementId) });
      return [s.statementId, s.account, read.format ?? "", read.file, today, t.lines, fromMinor(t.credits), fromMinor(t.applied), fromMinor(t.unapplied)];
    }),
  );
  return { sheet, cashRows: rows.length, payments: payments.length };
}
