import { CellInput, fromMinor, Minor, Serial, toMinor } from "../core";
import { customerKeyOf } from "../customers";
import { DunningHistory } from "./level";

/**
 * The `AR Dunning Log`: one row per letter and currency sent, appended and never rewritten. The next
 * run reads it for each item's last level and the day it was sent. The items column lists the
 * invoices with their level, "INV-1 (L2); INV-2 (L1)", so each item escalates on its own.
 */
export const LOG_SHEET = "AR Dunning Log";

export const LOG_COLUMNS = [
  ["date", "yyyy-mm-dd"], ["customer_id", "@"], ["customer", "@"], ["items", "@"], ["level", "0"], ["amount", "#,##0.00"],
  ["interest", "#,##0.00"], ["fee", "#,##0.00"], ["total", "#,##0.00"], ["currency", "@"], ["channel", "@"], ["file", "@"],
] as const;

export interface LogItem {
  readonly invoice: string;
  readonly level: number;
}

export interface DunningLogEntry {
  readonly date: Serial;
  readonly customerId: string;
  readonly customer: string;
  readonly items: readonly LogItem[];
  /** The letter's level (the highest of its items). */
  readonly level: number;
  readonly amount: Minor;
  readonly interest: Minor;
  readonly fee: Minor;
  readonly currency: string;
  readonly channel: string;
  readonly file: string;
}

/** "INV-1 (L2); INV-2 (L1)". */
export function itemsText(items: readonly LogItem[]): string {
  return items.map((i) => `${i.invoice} (L${i.level})`).join("; ");
}

/** The items of a log cell; an invoice without "(Ln)" takes the row's level. */
export function parseItems(text: string, level: number): LogItem[] {
  return text
    .split(/;\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => {
      const m = /^(.*?)\s*\(L(\d+)\)$/.exec(s);
      return m ? { invoice: m[1], level: Number(m[2]) } : { invoice: s, level };
    });
}

export function logEntryToRow(e: DunningLogEntry): (string | number)[] {
  return [e.date, e.customerId, e.customer, itemsText(e.items), e.level, fromMinor(e.amount), fromMinor(e.interest), fromMinor(e.fee), fromMinor(e.amount + e.interest + e.fee), e.currency, e.channel, e.file];
}

const text = (c: CellInput) => (c === null || c === undefined ? "" : String(c).trim());
const money = (c: CellInput) => (typeof c === "number" && Number.isFinite(c) ? toMinor(c) : 0);

/**
 * The log's rows (header first, read by header name) as entries; rows without a date serial or a
 * level are skipped and counted, never guessed.
 */
export function readLog(values: readonly (readonly CellInput[])[]): { entries: DunningLogEntry[]; unreadable: number } {
  if (values.length === 0) return { entries: [], unreadable: 0 };
  const header = values[0].map((h) => text(h).toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const at = Object.fromEntries(LOG_COLUMNS.map(([name]) => [name, col(name)])) as Record<(typeof LOG_COLUMNS)[number][0], number>;
  const entries: DunningLogEntry[] = [];
  let unreadable = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (row.every((c) => c === null || c === undefined || c === "")) continue;
    const date = row[at.date];
    const level = row[at.level];
    if (typeof date !== "number" || typeof level !== "number" || !Number.isInteger(level) || level < 1) {
      unreadable++;
      continue;
    }
    entries.push({
      date,
      customerId: text(row[at.customer_id]),
      customer: text(row[at.customer]),
      items: parseItems(text(row[at.items]), level),
      level,
      amount: money(row[at.amount]),
      interest: money(row[at.interest]),
      fee: money(row[at.fee]),
      currency: text(row[at.currency]),
      channel: text(row[at.channel]),
      file: text(row[at.file]),
    });
  }
  return { entries, unreadable };
}

/**
 * Each item's last reminder from the log, keyed by customer key and invoice: the highest level it
 * was sent at, and the latest day a letter listing it went out.
 */
export interface LogIndex {
  history(customerKey: string, invoice: string): DunningHistory;
  /** The customer's last letter date, null when none. */
  lastLetter(customerKey: string): Serial | null;
}

/** A log index built entry by entry (a host adds the log in slices, pausing between them). */
export interface LogIndexer {
  add(entry: DunningLogEntry): void;
  readonly index: LogIndex;
}

export function logIndexer(asOf: Serial): LogIndexer {
  const items = new Map<string, { lastLevel: number; lastDate: Serial }>();
  const letters = new Map<string, Serial>();
  return {
    add(e) {
      if (e.date > asOf) return; // letters after the as-of date did not exist yet on it
      const key = customerKeyOf({ customer: e.customer, customerId: e.customerId });
      letters.set(key, Math.max(letters.get(key) ?? -Infinity, e.date));
      for (const item of e.items) {
        const k = `${key}\u0000${item.invoice}`;
        const seen = items.get(k);
        items.set(k, { lastLevel: Math.max(seen?.lastLevel ?? 0, item.level), lastDate: Math.max(seen?.lastDate ?? -Infinity, e.date) });
      }
    },
    index: {
      history: (customerKey, invoice) => items.get(`${customerKey}\u0000${invoice}`) ?? {},
      lastLetter: (customerKey) => letters.get(customerKey) ?? null,
    },
  };
}

export function indexLog(entries: readonly DunningLogEntry[], asOf: Serial): LogIndex {
  const indexer = logIndexer(asOf);
  for (const e of entries) indexer.add(e);
  return indexer.index;
}
