/**
 * What the dashboard and the follow-up list read from the workbook: the ledger's open items (and their
 * invoiced amounts, for sales), the plans and promises registers, `AR Dunning Log` when the dunning job
 * has written one, past `AR Aging YYYY-MM-DD` sheets, `AR Contact History`, and paid items (a table
 * with a paid-date column, or `AR Cash`). Anything missing is simply absent.
 */
import { Serial, toMinor } from "../../domain/core";
import { AgingSnapshot, agingSnapshot, BrokenEntry, DunningEntry } from "../../domain/metrics";
import { PLANS_SHEET, PROMISES_SHEET, PlanRecord, PromiseRecord, rowsToPlans, rowsToPromises } from "../../domain/plans";
import { LANGUAGES, t } from "../../i18n";
import { CellValue, WorkbookPort } from "../../workbook/port";
import { CONTACTS_SHEET, readSheetIfAny, rowsByHeader } from "../shell/sheets";

export const DUNNING_LOG_SHEET = "AR Dunning Log";
export { CASH_SHEET, readPaidItemsFrom } from "../shell/paidItems";
export { readLedgerItems } from "../shell/ledgerItems";
export const DASHBOARD_SHEET = "AR Dashboard";

async function registerValues(port: WorkbookPort, sheet: string): Promise<CellValue[][]> {
  return (await readSheetIfAny(port, sheet))?.values ?? [];
}

export async function readPlanRegister(port: WorkbookPort): Promise<PlanRecord[]> {
  return rowsToPlans(await registerValues(port, PLANS_SHEET)).records;
}

export async function readPromiseRegister(port: WorkbookPort): Promise<PromiseRecord[]> {
  return rowsToPromises(await registerValues(port, PROMISES_SHEET)).records;
}

/** The broken plans and promises of the registers, as their last tracking left them. */
export function brokenOf(plans: readonly PlanRecord[], promises: readonly PromiseRecord[]): { plans: BrokenEntry[]; promises: BrokenEntry[] } {
  return {
    plans: plans.filter((p) => p.status === "Broken").map((p) => ({ id: p.id, customer: p.customer, customerId: p.customerId, arrears: p.arrears, daysLate: p.daysLate })),
    promises: promises.filter((p) => p.status === "Broken").map((p) => ({ id: p.id, customer: p.customer, customerId: p.customerId, arrears: p.arrears, daysLate: p.daysLate })),
  };
}

const norm = (v: unknown) => String(v ?? "").trim().toLowerCase().replace(/[\s_]+/g, " ");

/** `AR Dunning Log` rows (date, customer id, level, amount), read by header; none when there is no log. */
export async function readDunningLog(port: WorkbookPort): Promise<DunningEntry[]> {
  const sheet = await readSheetIfAny(port, DUNNING_LOG_SHEET);
  if (!sheet) return [];
  const [header = [], ...body] = sheet.values;
  const at = (...names: string[]) => header.findIndex((h) => names.includes(norm(h)));
  const col = { date: at("date"), customerId: at("customer id", "customer"), level: at("level"), amount: at("amount") };
  if (Object.values(col).some((c) => c < 0)) return [];
  const out: DunningEntry[] = [];
  for (const r of body) {
    const [date, level, amount] = [r[col.date], r[col.level], r[col.amount]];
    if (typeof date !== "number" || typeof level !== "number" || typeof amount !== "number") continue;
    out.push({ date: Math.floor(date), customerId: String(r[col.customerId] ?? ""), level, amount: toMinor(amount) });
  }
  return out;
}

/** The totals of every past aging report sheet (`AR Aging YYYY-MM-DD`), oldest first. */
export async function readAgingHistory(port: WorkbookPort, isoToSerial: (iso: string) => Serial | null): Promise<AgingSnapshot[]> {
  const sheets = await port.listSheets();
  const totalWords = LANGUAGES.map((l) => t("aging.total", undefined, l));
  const notDueWords = LANGUAGES.map((l) => t("aging.notDue", undefined, l));
  const out: AgingSnapshot[] = [];
  for (const name of sheets) {
    const m = /^AR Aging (\d{4}-\d{2}-\d{2})$/.exec(name);
    const date = m ? isoToSerial(m[1]) : null;
    if (date === null) continue;
    const snapshot = agingSnapshot((await port.readUsedRange(name)).values, date, totalWords, notDueWords);
    if (snapshot) out.push(snapshot);
  }
  return out.sort((a, b) => a.asOf - b.asOf);
}

/** One row of `AR Contact History` (the columns the customer file keeps). */
export interface ContactRow {
  readonly customerId: string;
  readonly customer: string;
  readonly date: Serial;
  readonly type: string;
  readonly summary: string;
  readonly by: string;
}

export async function readContacts(port: WorkbookPort): Promise<ContactRow[]> {
  const sheet = await readSheetIfAny(port, CONTACTS_SHEET);
  if (!sheet) return [];
  return rowsByHeader(sheet.values).flatMap((r) =>
    typeof r.date === "number" ? [{ customerId: String(r.customer_id ?? ""), customer: String(r.customer ?? ""), date: r.date, type: String(r.type ?? ""), summary: String(r.summary ?? ""), by: String(r.by ?? "") }] : [],
  );
}
