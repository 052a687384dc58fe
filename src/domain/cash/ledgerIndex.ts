import { Minor, Serial } from "../core";
import { customerIdLookup, customerKeyOf, DirectoryEntry } from "../customers";
import { LedgerColumns } from "../ledger";
import { compactInvoice } from "./invoiceRef";
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
  /**
   * Every customer's rows, oldest due date first (ties in ledger order): customer c's are
   * byCustomer[start[c]] to byCustomer[start[c + 1] - 1], side by side, without an array each.
   */
  readonly start: Int32Array;
  readonly byCustomer: Int32Array;
  /** Each row's position in byCustomer, so a customer's figures can be kept side by side too. */
  readonly posOf: Int32Array;
  /** The ledger's currency texts as written, and the one of each position of byCustomer (an index into them). */
  readonly currencyTexts: readonly string[];
  readonly currencyAt: Int32Array;
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

/**
 * The invoice key of a ledger invoice number, as invoiceKey gives it, in one scan without arrays (a
 * million invoice numbers are keyed when a ledger is indexed).
 */
export function fastInvoiceKey(invoice: string): string {
  let key = "";
  let groups = 0;
  let first = "";
  let second = "";
  let i = 0;
  const n = invoice.length;
  while (i < n) {
    let c = invoice.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && (c = invoice.charCodeAt(i)) >= 48 && c <= 57) i++;
    let from = start;
    while (from < i - 1 && invoice.charCodeAt(from) === 48) from++;
    const group = invoice.slice(from, i);
    groups++;
    if (groups === 1) first = group;
    else if (groups === 2) second = group;
    key = groups === 1 ? group : `${key}.${group}`;
  }
  if (groups === 2) {
    const year = (g: string) => g.length === 4 && (g.startsWith("19") || g.startsWith("20"));
    if (year(second) && !year(first)) return `${second}.${first}`;
  }
  return key;
}

const FNV = 0x811c9dc5 | 0;
// Signed 32-bit (| 0, not >>> 0): a hash above 2^31 would be a heap number, allocated at every call and slow in a Set.
const fold = (h: number, group: number) => Math.imul(h ^ group, 0x01000193) | 0;

/** The hash of an invoice key ("2026.51"): its groups folded in order, each group's digits hashed. */
export function keyHash(key: string): number {
  let h = FNV;
  let g = 0;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 46;
    if (c === 46) {
      h = fold(h, g);
      g = 0;
    } else g = (Math.imul(g, 31) + c - 47) | 0;
  }
  return h;
}

/**
 * keyHash of an invoice number's key (fastInvoiceKey), computed in one scan of its characters without
 * building a string: a million invoice numbers are compared with the keys a statement names. 0 when the
 * number has no digits.
 */
export function invoiceHash(invoice: string): number {
  let h = FNV;
  let groups = 0;
  let g1 = 0, g2 = 0;
  let y1 = false, y2 = false;
  const n = invoice.length;
  let i = 0;
  while (i < n) {
    let c = invoice.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && (c = invoice.charCodeAt(i)) >= 48 && c <= 57) i++;
    let from = start;
    while (from < i - 1 && invoice.charCodeAt(from) === 48) from++;
    let g = 0;
    for (let k = from; k < i; k++) g = (Math.imul(g, 31) + invoice.charCodeAt(k) - 47) | 0;
    const d0 = invoice.charCodeAt(from), d1 = invoice.charCodeAt(from + 1);
    const year = i - from === 4 && ((d0 === 49 && d1 === 57) || (d0 === 50 && d1 === 48));
    groups++;
    if (groups === 1) {
      g1 = g;
      y1 = year;
    } else if (groups === 2) {
      g2 = g;
      y2 = year;
    }
    h = fold(h, g);
  }
  if (groups === 0) return 0;
  return groups === 2 && y2 && !y1 ? fold(fold(FNV, g2), g1) : h;
}

/**
 * Membership of 32-bit integers, as an open-addressed table (a Set of numbers costs twice as much per
 * lookup, and a statement asks once per ledger row).
 */
function intSet(values: readonly number[]): (value: number) => boolean {
  let size = 16;
  while (size < values.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  const used = new Uint8Array(size);
  for (const h of values) {
    let k = h & mask;
    while (used[k] && slots[k] !== h) k = (k + 1) & mask;
    slots[k] = h;
    used[k] = 1;
  }
  return (h) => {
    let k = h & mask;
    while (used[k]) {
      if (slots[k] === h) return true;
      k = (k + 1) & mask;
    }
    return false;
  };
}

/**
 * An invoice number's digits run together, leading zeros dropped ("INV-2026-0042" → "20260042"): how
 * an RF creditor reference whose body embeds the number is compared with it; "" without digits.
 *
 * @example
 * invoiceDigits("INV-2026-0042") //=> "20260042"
 */
export function invoiceDigits(text: string): string {
  const digits = text.replace(/\D/g, "");
  return digits === "" ? "" : digits.replace(/^0+(?=\d)/, "");
}

/** The hash of invoiceDigits(text), computed without building it; 0 when the text has no digit. */
function digitsHash(text: string): number {
  let h = 0;
  let any = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    any = true;
    if (!started && c === 48) continue;
    started = true;
    h = (Math.imul(h, 31) + c - 47) | 0;
  }
  // All zeros: invoiceDigits gives "0", whose hash is that of the digit 0.
  return started ? h : any ? 1 : 0;
}

/** The open items a statement's references name, found in one scan of the ledger. */
export interface ReferencedItems {
  /** Invoice key → row, or -1 when several open items share it. */
  readonly byKey: Map<string, number>;
  /** Digits (invoiceDigits) → every open row with them. */
  readonly byDigits: Map<string, number[]>;
}

/**
 * The open items (open amount above 0) whose invoice key is one of `keys` or whose digits are one of
 * `digits`. One scan of the ledger comparing hashes; a string is built only where a hash hits.
 */
export function invoiceRows(rows: LedgerColumns, keys: ReadonlySet<string>, digits: ReadonlySet<string> = new Set()): ReferencedItems {
  const byKey = new Map<string, number>();
  const byDigits = new Map<string, number[]>();
  if (keys.size === 0 && digits.size === 0) return { byKey, byDigits };
  const keyHit = intSet([...keys].map(keyHash));
  const digitsHit = digits.size > 0 ? intSet([...digits].map(digitsHash)) : null;
  const { invoice, open } = rows;
  for (let i = 0; i < rows.length; i++) {
    if (!(open[i] > 0)) continue;
    const text = invoice[i];
    if (!text) continue;
    if (keyHit(invoiceHash(text))) {
      const key = fastInvoiceKey(text);
      if (keys.has(key)) {
        const seen = byKey.get(key);
        byKey.set(key, seen === undefined ? i : -1);
      }
    }
    if (digitsHit && digitsHit(digitsHash(text))) {
      const d = invoiceDigits(text);
      if (!digits.has(d)) continue;
      const list = byDigits.get(d);
      if (list) list.push(i);
      else byDigits.set(d, [i]);
    }
  }
  return { byKey, byDigits };
}

/**
 * Indexes a ledger's open items for matching: customers by key (ids from the directory), rows per
 * customer, customers by IBAN and by payer-name key, expected payments per customer. Invoice numbers are
 * keyed when a statement is matched (invoiceRows), only for the keys it names.
 */
export function indexLedger(input: IndexInput): LedgerIndex {
  const { rows } = input;
  const n = rows.length;
  const idOf = customerIdLookup(input.directory ?? []);
  const customers: CashCustomer[] = [];
  const byKey = new Map<string, number>();
  const byRaw = new Map<string, number>();
  const customerOf = new Int32Array(n);
  const currencyOf = new Int32Array(n);
  const currencyTexts: string[] = [];
  const currencyCodes = new Map<string, number>();
  let lastText: string | null = null;
  let lastCode = -1;
  const currencies = new Set<string>();
  let lastCurrency: string | null = null;
  let lastName: string | null = null;
  let lastId: string | null = null;
  let lastC = -1;
  for (let i = 0; i < n; i++) {
    const name = rows.customer[i];
    const rawId = rows.customerId[i] ?? "";
    // Ledgers list a customer's items together: the row before's customer, without a lookup.
    let c: number | undefined = name === lastName && rawId === lastId ? lastC : byRaw.get(rawId === "" ? name : `${name}\u0000${rawId}`);
    const raw = c === undefined ? (rawId === "" ? name : `${name}\u0000${rawId}`) : "";
    if (c === undefined) {
      const customerId = idOf({ customer: name, customerId: rawId });
      const key = customerKeyOf({ customer: name, customerId });
      c = byKey.get(key);
      if (c === undefined) {
        c = customers.length;
        customers.push({ customer: name, customerId, key });
        byKey.set(key, c);
      }
      byRaw.set(raw, c);
    }
    customerOf[i] = c;
    lastName = name;
    lastId = rawId;
    lastC = c;
    const text = rows.currency[i] ?? "";
    if (text !== lastText) {
      lastText = text;
      lastCode = currencyCodes.get(text) ?? -1;
      if (lastCode < 0) currencyCodes.set(text, (lastCode = currencyTexts.push(text) - 1));
    }
    currencyOf[i] = lastCode;
    if (rows.open[i] > 0) {
      const currency = rows.currency[i] ?? "";
      if (currency !== lastCurrency) currencies.add((lastCurrency = currency).toUpperCase());
    }
  }
  const byName = new Map<string, number>();
  customers.forEach((cu, c) => {
    const key = payerNameKey(cu.customer);
    if (key === "") return;
    const seen = byName.get(key);
    byName.set(key, seen === undefined || seen === c ? c : -1);
  });
  const customerIndex = (ref: { customer: string; customerId?: string }) => {
    // The ledger's own spelling first (no normalising), then the key rule.
    const raw = (ref.customerId ?? "") === "" ? ref.customer : `${ref.customer}\u0000${ref.customerId}`;
    return byRaw.get(raw) ?? byKey.get(customerKeyOf({ customer: ref.customer, customerId: idOf(ref) }));
  };
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
  const { start, byCustomer, posOf } = groupByCustomer(customerOf, customers.length, byDueDate(rows.dueDate, n));
  const currencyAt = new Int32Array(n);
  for (let k = 0; k < n; k++) currencyAt[k] = currencyOf[byCustomer[k]];
  return { rows, customers, customerOf, start, byCustomer, posOf, currencyTexts, currencyAt, byIban, byName, expected, currencies };
}

/**
 * The rows in due-date order, ties in ledger order. Serial dates are whole days a few years apart: a
 * counting sort, two passes; dates out of that (a fraction, a range past 2n + 65,536 days, NaN last)
 * are sorted by comparison.
 */
function byDueDate(due: ArrayLike<number>, n: number): Int32Array {
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let i = 0; i < n && whole; i++) {
    const d = due[i];
    if (!Number.isInteger(d)) whole = false;
    else if (d < min) min = d;
    if (d > max) max = d;
  }
  const order = new Int32Array(n);
  if (n === 0) return order;
  if (!whole || max - min > 2 * n + 65_536) {
    for (let i = 0; i < n; i++) order[i] = i;
    const key = (i: number) => (Number.isNaN(due[i]) ? Infinity : due[i]);
    return order.sort((a, b) => key(a) - key(b) || a - b);
  }
  const count = new Int32Array(max - min + 2);
  for (let i = 0; i < n; i++) count[due[i] - min + 1]++;
  for (let k = 1; k < count.length; k++) count[k] += count[k - 1];
  for (let i = 0; i < n; i++) order[count[due[i] - min]++] = i;
  return order;
}

/** A stable counting sort of `order` by customer: each customer's rows side by side, in `order`'s order. */
function groupByCustomer(customerOf: Int32Array, customers: number, order: Int32Array): { start: Int32Array; byCustomer: Int32Array; posOf: Int32Array } {
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < customerOf.length; i++) start[customerOf[i] + 1]++;
  for (let c = 1; c <= customers; c++) start[c] += start[c - 1];
  const fill = start.slice(0, customers);
  const byCustomer = new Int32Array(order.length);
  const posOf = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const row = order[k];
    const at = fill[customerOf[row]]++;
    byCustomer[at] = row;
    posOf[row] = at;
  }
  return { start, byCustomer, posOf };
}

/** A customer's rows with open amount left (in `remaining`), oldest due date first (ties in ledger order). */
export function openRowsOf(index: LedgerIndex, customer: number, remaining: Float64Array): number[] {
  const out: number[] = [];
  const { start, byCustomer } = index;
  for (let k = start[customer], end = start[customer + 1]; k < end; k++) {
    const row = byCustomer[k];
    if (remaining[row] > 0) out.push(row);
  }
  return out;
}

/** True when a reference body (an RF body, a structured reference) names this row's invoice: the same letters and digits, or the same digits. */
export function bodyNamesInvoice(body: string, invoice: string): boolean {
  const compact = compactInvoice(invoice);
  if (compact === body) return true;
  const digits = (s: string) => s.replace(/\D/g, "").replace(/^0+/, "");
  return digits(body) !== "" && digits(body) === digits(compact) && /^\d+$/.test(body);
}
