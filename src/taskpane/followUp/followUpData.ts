/**
 * The follow-up list from the workbook (ledger, AR Plans, AR Promises, AR Dunning Log, the latest
 * AR Credit Hold sheet, AR Contact History) and the one step that logs a call: the promise, if one was
 * taken, into AR Promises, then the call into AR Contact History.
 */
import { fromMinor, Minor, Serial, serialToIso } from "../../domain/core";
import { customerIdKey, customerKeyOf, customerMatchKey } from "../../domain/customers";
import { DEFAULT_DUNNING_POLICY } from "../../domain/dunning";
import { CallLog, callSummary, FollowUpCustomer, FollowUpItem, nextActionOf } from "../../domain/metrics";
import { newPromise, PROMISE_COLUMNS, PROMISES_SHEET, promiseToRow, rowsToPromises } from "../../domain/plans";
import { t } from "../../i18n";
import { WorkbookPort } from "../../workbook/port";
import { readContacts, readDunningLog, readPlanRegister, readPromiseRegister } from "../dashboard/dashboardData";
import { isoToSerial } from "../shell/asOf";
import { LedgerSource } from "../shell/ledgerSource";
import { readLedgerItems } from "../shell/ledgerItems";
import { CONTACTS_SHEET, readSheetIfAny } from "../shell/sheets";

/** The columns of AR Contact History, as the customer file keeps them. */
export const CONTACT_LOG_COLUMNS = [
  { header: "customer_id", numberFormat: "@" },
  { header: "customer", numberFormat: "@" },
  { header: "date", numberFormat: "yyyy-mm-dd" },
  { header: "type", numberFormat: "@" },
  { header: "summary", numberFormat: "@" },
  { header: "by", numberFormat: "@" },
] as const;

export interface FollowUpData {
  readonly customers: FollowUpCustomer[];
  readonly missing: readonly string[];
}

/** The names on the latest `AR Credit Hold YYYY-MM-DD` sheet on or before today, comparable. */
async function holdNames(port: WorkbookPort, today: Serial): Promise<Set<string>> {
  const sheets = (await port.listSheets()).filter((s) => /^AR Credit Hold \d{4}-\d{2}-\d{2}$/.test(s) && (isoToSerial(s.slice(-10)) ?? Infinity) <= today).sort();
  const latest = sheets[sheets.length - 1];
  if (!latest) return new Set();
  const values = (await port.readUsedRange(latest)).values;
  return new Set(values.map((r) => customerMatchKey(String(r[0] ?? ""))).filter((k) => k !== ""));
}

export async function loadFollowUp(port: WorkbookPort, ledger: LedgerSource, today: Serial): Promise<FollowUpData> {
  const items = await readLedgerItems(port, ledger);
  if (items.missing.length > 0) return { customers: [], missing: items.missing };
  const [plans, promises, dunning, contacts, holds] = await Promise.all([readPlanRegister(port), readPromiseRegister(port), readDunningLog(port), readContacts(port), holdNames(port, today)]);
  const byKey = new Map<string, { customer: string; customerId: string; items: FollowUpItem[] }>();
  for (let i = 0; i < items.length; i++) {
    if (Number.isNaN(items.open[i])) continue;
    let c = byKey.get(items.keys[i]);
    if (!c) byKey.set(items.keys[i], (c = { customer: items.customers[i], customerId: items.customerIds[i], items: [] }));
    c.items.push({ document: items.invoices[i], dueDate: items.dueDate[i], open: items.open[i], currency: items.currencies[i] });
  }
  const count = <T extends { customer: string; customerId: string }>(list: readonly T[], keep: (x: T) => boolean) => {
    const n = new Map<string, number>();
    for (const x of list) if (keep(x)) n.set(customerKeyOf(x), (n.get(customerKeyOf(x)) ?? 0) + 1);
    return n;
  };
  const brokenPlans = count(plans, (p) => p.status === "Broken");
  const brokenPromises = count(promises, (p) => p.status === "Broken");
  const dueToday = count(promises, (p) => p.status === "Pending" && p.date === today);
  // A customer's latest dunning level, from the log (keyed by customer id).
  const lastLevel = Math.max(...DEFAULT_DUNNING_POLICY.map((s) => s.level));
  const latest = new Map<string, { date: number; level: number }>();
  for (const d of dunning) {
    const key = `id:${customerIdKey(d.customerId)}`;
    const seen = latest.get(key);
    if (d.date <= today && (!seen || d.date >= seen.date)) latest.set(key, d);
  }
  const contactOf = new Map<string, { date: number; summary: string }>();
  for (const c of contacts) {
    const key = customerKeyOf({ customer: c.customer, customerId: c.customerId });
    const seen = contactOf.get(key);
    if (!seen || c.date >= seen.date) contactOf.set(key, c);
  }
  const customers = [...byKey].map(([key, c]): FollowUpCustomer => {
    const contact = contactOf.get(key) ?? contactOf.get(customerKeyOf({ customer: c.customer }));
    return {
      key,
      customer: c.customer,
      customerId: c.customerId,
      items: c.items,
      brokenPlans: brokenPlans.get(key) ?? 0,
      brokenPromises: brokenPromises.get(key) ?? 0,
      promisesDueToday: dueToday.get(key) ?? 0,
      atLastLevel: (latest.get(key)?.level ?? 0) >= lastLevel ? 1 : 0,
      onHold: holds.has(customerMatchKey(c.customer)),
      lastContact: contact?.date ?? null,
      nextAction: contact ? nextActionOf(contact.summary, isoToSerial) : null,
    };
  });
  return { customers, missing: [] };
}

export interface CallRequest extends CallLog {
  readonly customer: string;
  readonly customerId: string;
  readonly by: string;
}

/**
 * Logs a call in one step: a promise, when one was taken, goes into AR Promises first (the register
 * rewritten with its rows kept, as the plans job does), then the call into AR Contact History.
 * Returns the promise id, if any.
 */
export async function logCall(port: WorkbookPort, call: CallRequest): Promise<string | null> {
  let promiseId: string | null = null;
  let promiseText: string | undefined;
  if (call.promise) {
    const values = (await readSheetIfAny(port, PROMISES_SHEET))?.values ?? [];
    const register = rowsToPromises(values);
    const existing = (await readPromiseRegister(port)).map((p) => p.id);
    const promise = newPromise({ customer: call.customer, customerId: call.customerId }, call.promise.amount as Minor, call.promise.date, call.outcome, call.date, existing);
    await port.writeReport({
      name: PROMISES_SHEET,
      tableName: "AR_Promises",
      columns: PROMISE_COLUMNS.map(([header, numberFormat]) => ({ header, numberFormat })),
      rows: [...register.records, promise].map(promiseToRow).concat(register.unreadable),
    });
    promiseId = promise.id;
    promiseText = t("followUp.promiseText", { id: promise.id, amount: fromMinor(call.promise.amount).toFixed(2), date: serialToIso(call.promise.date) });
  }
  await port.appendToLog(CONTACTS_SHEET, CONTACT_LOG_COLUMNS, [[call.customerId, call.customer, call.date, "call", callSummary(call, serialToIso, promiseText), call.by]]);
  return promiseId;
}
