import { Serial, Minor } from "../core";
import { customerIdLookup, customerKeyOf, DirectoryEntry } from "../customers";
import { LedgerColumns } from "../ledger";

export interface OpenItem {
  readonly invoice: string;
  readonly dueDate: Serial;
  readonly open: Minor;
  readonly currency: string;
}

/** A customer's open items as the ledger holds them: those a plan may cover, and the disputed ones it leaves out. */
export interface CustomerItems {
  readonly customer: string;
  /** The customer's id by the key rule: the ledger's customer id, else the AR Customers id of the name, else "". */
  readonly customerId: string;
  /** The customer's language from the ledger's language (or country) column, lower case; "" when none. */
  readonly language: string;
  readonly items: readonly OpenItem[];
  readonly disputed: readonly OpenItem[];
}

const COUNTRY_LANGUAGE: Readonly<Record<string, string>> = { it: "it", de: "de", at: "de", ch: "de", nl: "nl", be: "nl", fr: "fr", lu: "fr", gb: "en", uk: "en", ie: "en", us: "en" };

/**
 * Open items per customer (in the ledger's order of first appearance): items with a non-zero open
 * amount; disputed ones are set apart, never covered by a plan. A customer is its key (customerKeyOf):
 * the ledger's customer id when the column is mapped, else the id `directory` (AR Customers) gives its
 * name, else its name; the name shown is the first one the ledger spells.
 *
 * @example
 * openItemsByCustomer(readLedger(values).rows)[0].disputed.length //=> 1
 */
export function openItemsByCustomer(rows: LedgerColumns, directory: readonly DirectoryEntry[] = []): CustomerItems[] {
  const byKey = new Map<string, { customer: string; customerId: string; language: string; items: OpenItem[]; disputed: OpenItem[] }>();
  const idOf = customerIdLookup(directory);
  for (let i = 0; i < rows.length; i++) {
    const open = rows.open[i];
    if (!Number.isFinite(open) || open === 0) continue;
    const customer = rows.customer[i];
    const customerId = idOf({ customer, customerId: rows.customerId[i] });
    const key = customerKeyOf({ customer, customerId });
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { customer, customerId, language: "", items: [], disputed: [] }));
    if (entry.language === "") {
      const lang = (rows.language[i] ?? "").trim().toLowerCase().slice(0, 2);
      entry.language = lang || COUNTRY_LANGUAGE[(rows.country[i] ?? "").trim().toLowerCase()] || "";
    }
    const item: OpenItem = { invoice: rows.invoice[i] ?? "", dueDate: rows.dueDate[i], open, currency: rows.currency[i] ?? "" };
    (rows.disputed[i] === 1 ? entry.disputed : entry.items).push(item);
  }
  return [...byKey.values()];
}
