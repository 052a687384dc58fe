import { Minor, Serial } from "../core";
import { customerIdLookup, customerKeyOf, DirectoryEntry } from "../customers";
import { LedgerColumns } from "../ledger";
import { compactInvoice, digitGroups, groupsKey } from "./invoiceRef";
import { payerNameKey } from "./payerName";
import { compactId } from "./types";

/** A customer of the ledger: its name as first spelt, its id by the key rule, its key. */
export interface CashCustomer {
  readonly customer: string;
  readonly customerId: string;
  readonly key: string;
}

/** An IBAN known to belong to a customer: from the AR Customers IBAN column, or an earlier confirmed match (AR Cash). */
export interface KnownIban {
  readonly iban: string;
  readonly customer: string;
  readonly customerId?: string;
}

/** A payment a customer has agreed to make: a plan instalment (AR Plans) or a promise (AR Promises). */
export interface ExpectedPayment {
  readonly customer: string;
  readonly customerId?: string;
  readonly amount: Minor;
  readonly date: Serial;
  readonly kind: "plan" | "promise";
  /** The plan or promise id. */
  readonly id: string;
}

/** What matching needs of the open items, indexed once per ledger. */
export interface LedgerIndex {
  readonly rows: LedgerColumns;
  readonly customers: readonly CashCustomer[];
  /** The customer (index into customers) of each ledger row. */
  readonly customerOf: Int32Array;
  /** Per customer, its first row; per row, the customer's next row (-1 ends): every customer's rows without an array each. */
  readonly head: Int32Array;
  readonly next: Int32Array;
  /** Invoice key → row, or -1 when several open items share the key (then the key decides nothing). */
  readonly byInvoice: ReadonlyMap<string, number>;
  readonly byIban: ReadonlyMap<string, number>;
  readonly byName: ReadonlyMap<string, number>;
  readonly expected: ReadonlyMap<number, readonly ExpectedPayment[]>;
  /** The currencies of the open items (upper case; "" when the ledger has no currency column). */
  readonly currencies: ReadonlySet<string>;
}

export interface IndexInput {
  readonly rows: LedgerColumns;
  /** AR Customers (id, legal name), for the ids of ledgers without a customer id column. */
  readonly directory?: readonly DirectoryEntry[];
  readonly ibans?: readonly KnownIban[];
  readonly expected?: readonly ExpectedPayment[];
}

/** The invoice key of a ledger invoice number, as invoiceKey, without building arrays for clean numbers. */
function keyOf(invoice: string): string {
  return invoice === "" ? "" : groupsKey(digitGroups(invoice));
}

/**
 * Indexes a ledger's open items for matching: customers by key (ids from the directory), rows per
 * customer, invoice keys (unique ones only decide), customers by IBAN and by payer-name key, expected
 * payments per customer. Items with an open amount of 0 or less are not indexed by invoice.
 */
export function indexLedger(input: IndexInput): LedgerIndex {
  const { rows } = input;
  const n = rows.length;
  const idOf = customerIdLookup(input.directory ?? []);
  const customers: CashCustomer[] = [];
  const byKey = new Map<string, number>();
  const byRaw = new Map<string, number>();
  const customerOf = new Int32Array(n);
  const next = new Int32Array(n).fill(-1);
  const tails: number[] = [];
  const heads: number[] = [];
  const byInvoice = new Map<string, number>();
  const currencies = new Set<string>();
  for (let i = 0; i < n; i++) {
    const name = rows.customer[i];
    const rawId = rows.customerId[i] ?? "";
    const raw = rawId === "" ? name : `${name}\u0000${rawId}`;
    let c = byRaw.get(raw);
    if (c === undefined) {
      const customerId = idOf({ customer: name, customerId: rawId });
      const key = customerKeyOf({ customer: name, customerId });
      c = byKey.get(key);
      if (c === undefined) {
        c = customers.length;
        customers.push({ customer: name, customerId, key });
        byKey.set(key, c);
        heads.push(-1);
        tails.push(-1);
      }
      byRaw.set(raw, c);
    }
    customerOf[i] = c;
    if (tails[c] < 0) heads[c] = i;
    else next[tails[c]] = i;
    tails[c] = i;
    const open = rows.open[i];
    if (!(open > 0)) continue;
    currencies.add((rows.currency[i] ?? "").toUpperCase());
    const key = keyOf(rows.invoice[i] ?? "");
    if (key === "") continue;
    const seen = byInvoice.get(key);
    byInvoice.set(key, seen === undefined ? i : -1);
  }
  const byName = new Map<string, number>();
  customers.forEach((cu, c) => {
    const key = payerNameKey(cu.customer);
    if (key === "") return;
    const seen = byName.get(key);
    byName.set(key, seen === undefined || seen === c ? c : -1);
  });
  const customerIndex = (ref: { customer: string; customerId?: string }) => byKey.get(customerKeyOf({ customer: ref.customer, customerId: idOf(ref) }));
  const byIban = new Map<string, number>();
  for (const known of input.ibans ?? []) {
    const iban = compactId(known.iban);
    const c = customerIndex(known);
    if (iban === "" || c === undefined) continue;
    const seen = byIban.get(iban);
    byIban.set(iban, seen === undefined || seen === c ? c : -1);
  }
  const expected = new Map<number, ExpectedPayment[]>();
  for (const e of input.expected ?? []) {
    const c = customerIndex(e);
    if (c === undefined) continue;
    const list = expected.get(c) ?? [];
    list.push(e);
    expected.set(c, list);
  }
  return { rows, customers, customerOf, head: Int32Array.from(heads), next, byInvoice, byIban, byName, expected, currencies };
}

/** A customer's rows with open amount left (in `remaining`), oldest due date first. */
export function openRowsOf(index: LedgerIndex, customer: number, remaining: Float64Array): number[] {
  const out: number[] = [];
  for (let i = index.head[customer]; i >= 0; i = index.next[i]) if (remaining[i] > 0) out.push(i);
  const due = index.rows.dueDate;
  return out.sort((a, b) => due[a] - due[b] || a - b);
}

/** True when a reference body (an RF body, a structured reference) names this row's invoice: the same letters and digits, or the same digits. */
export function bodyNamesInvoice(body: string, invoice: string): boolean {
  const compact = compactInvoice(invoice);
  if (compact === body) return true;
  const digits = (s: string) => s.replace(/\D/g, "").replace(/^0+/, "");
  return digits(body) !== "" && digits(body) === digits(compact) && /^\d+$/.test(body);
}
