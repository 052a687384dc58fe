import { bucketIndex, checkBucketDays, DEFAULT_BUCKET_DAYS } from "../aging";
import { fromMinor, Minor, Problem, Serial } from "../core";

/**
 * Statements of account from a ledger of open items, one per customer and currency. An open-item
 * statement: the opening balance is what is still open of the documents dated before the period, then
 * every invoice, credit note and payment on account dated in the period with a running balance; the
 * closing balance is the customer's aging total on the last day, by construction, and the aging
 * summary uses AR.AGING's buckets.
 */

/** The ledger rows, column by column (a million rows fit). */
export interface StatementLedger {
  readonly length: number;
  /** The customer key of each row (customerKeyOf of the customers job). */
  readonly keys: ArrayLike<string>;
  readonly customers: ArrayLike<string>;
  readonly customerIds: ArrayLike<string>;
  readonly invoices: ArrayLike<string>;
  readonly currencies: ArrayLike<string>;
  /** The document date (invoice date); NaN where unknown: the due date dates the line then. */
  readonly invoiceDate: Float64Array;
  readonly dueDate: Float64Array;
  /** Open amounts, minor units (NaN: a row left out). */
  readonly open: Float64Array;
}

export type LineKind = "invoice" | "creditNote" | "payment";

export interface StatementLine {
  readonly date: Serial;
  readonly dueDate: Serial;
  readonly document: string;
  readonly kind: LineKind;
  /** Positive for an invoice, negative for a credit note or payment. */
  readonly amount: Minor;
  readonly balance: Minor;
}

export interface Statement {
  readonly key: string;
  readonly customer: string;
  readonly customerId: string;
  readonly currency: string;
  readonly from: Serial;
  readonly to: Serial;
  readonly opening: Minor;
  readonly lines: readonly StatementLine[];
  readonly closing: Minor;
  readonly bucketDays: readonly number[];
  /** Not due, each range, over the last, as of `to`; they add up to `closing`. */
  readonly aging: readonly Minor[];
}

export interface StatementOptions {
  readonly from: Serial;
  readonly to: Serial;
  readonly bucketDays?: readonly number[];
  /** Only these customer keys (one customer, a selection); every customer with open items or activity when omitted. */
  readonly keys?: ReadonlySet<string>;
}

/** The date a row counts on: its document date, else its due date. */
const dateOf = (ledger: StatementLedger, i: number) => (Number.isNaN(ledger.invoiceDate[i]) ? ledger.dueDate[i] : ledger.invoiceDate[i]);

/**
 * The statements of a period, in order of each customer's first row (and currency). Rows dated after
 * `to` are left out (not issued yet on the statement date). A customer with no open balance and no
 * line in the period gets no statement.
 *
 * @example
 * buildStatements({ length: 2, keys: ["a", "a"], customers: ["A", "A"], customerIds: ["", ""], invoices: ["F1", "F2"], currencies: ["EUR", "EUR"], invoiceDate: new Float64Array([46300, 46330]), dueDate: new Float64Array([46330, 46360]), open: new Float64Array([150000, 2500]) }, { from: 46327, to: 46357 }).map((s) => [s.opening, s.closing])
 * //=> [[150000, 152500]]
 */
export function buildStatements(ledger: StatementLedger, options: StatementOptions): Statement[] {
  const { from, to } = options;
  const bucketDays = options.bucketDays ?? DEFAULT_BUCKET_DAYS;
  checkBucketDays(bucketDays);
  const n = ledger.length;
  // One pass gives every row its group (customer and currency) as a dense id, in order of first
  // appearance; a counting sort then lists each group's rows in ledger order, with no array per group
  // grown row by row (a million rows, 10,000 customers).
  const groupOf = new Int32Array(n).fill(-1);
  const byKey = new Map<string, number[]>();
  const groupKey: number[] = [];
  let lastKey: string | undefined;
  let lastCurrency: string | undefined;
  let lastGroup = -1;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(ledger.open[i]) || !(dateOf(ledger, i) <= to)) continue;
    const key = ledger.keys[i];
    const currency = ledger.currencies[i] ?? "";
    if (key !== lastKey || currency !== lastCurrency) {
      if (options.keys && !options.keys.has(key)) continue;
      // A customer's groups, one per currency (nearly always one): [currency index into groupKey…].
      let groups = byKey.get(key);
      if (!groups) byKey.set(key, (groups = []));
      let g = groups.find((id) => (ledger.currencies[groupKey[id]] ?? "") === currency);
      if (g === undefined) {
        g = groupKey.length;
        groupKey.push(i);
        groups.push(g);
      }
      lastKey = key;
      lastCurrency = currency;
      lastGroup = g;
    }
    groupOf[i] = lastGroup;
  }
  const count = groupKey.length;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) if (groupOf[i] >= 0) start[groupOf[i] + 1]++;
  for (let g = 0; g < count; g++) start[g + 1] += start[g];
  const order = new Int32Array(start[count]);
  const fill = start.slice(0, count);
  for (let i = 0; i < n; i++) if (groupOf[i] >= 0) order[fill[groupOf[i]]++] = i;
  const out: Statement[] = [];
  for (let g = 0; g < count; g++) {
    const statement = statementOf(ledger, order, start[g], start[g + 1], from, to, bucketDays);
    if (statement.closing !== 0 || statement.lines.length > 0) out.push(statement);
  }
  return out;
}

function statementOf(ledger: StatementLedger, order: Int32Array, begin: number, end: number, from: Serial, to: Serial, bucketDays: readonly number[]): Statement {
  const first = order[begin];
  let opening = 0;
  const period: number[] = [];
  // The aging summary as AR.AGING makes it: each open amount in the bucket of its due date (its
  // document date without one) as of the statement date.
  const aging = new Array<number>(bucketDays.length + 2).fill(0);
  for (let k = begin; k < end; k++) {
    const i = order[k];
    const date = dateOf(ledger, i);
    const amount = ledger.open[i];
    if (date < from) opening += amount;
    else period.push(i);
    const due = Number.isNaN(ledger.dueDate[i]) ? date : ledger.dueDate[i];
    aging[bucketIndex(to - due, bucketDays)] += amount;
  }
  // Oldest first; on one day invoices before credits, then by document, so a rerun lists them the same.
  if (period.length > 1) period.sort((a, b) => dateOf(ledger, a) - dateOf(ledger, b) || ledger.open[b] - ledger.open[a] || String(ledger.invoices[a]).localeCompare(String(ledger.invoices[b])));
  let balance = opening;
  const lines = period.map((i): StatementLine => {
    const amount = ledger.open[i];
    balance += amount;
    const document = String(ledger.invoices[i] ?? "").trim();
    return { date: dateOf(ledger, i), dueDate: ledger.dueDate[i], document, kind: amount >= 0 ? "invoice" : document !== "" ? "creditNote" : "payment", amount, balance };
  });
  return {
    key: ledger.keys[first],
    customer: ledger.customers[first],
    customerId: ledger.customerIds[first] ?? "",
    currency: ledger.currencies[first] ?? "",
    from,
    to,
    opening,
    lines,
    closing: balance,
    bucketDays,
    aging,
  };
}

/** Where a statement goes: the customer's address lines and language, from the customer file. */
export interface StatementRecipient {
  readonly address: readonly string[];
  readonly language: string;
}

/**
 * Splits statements into those that can go out and a problem for each that cannot: a customer whose
 * balance is negative (a credit balance is refunded or settled, not asked for) or who has no address.
 *
 * @example
 * checkStatements([{ customer: "A", customerId: "", closing: 100, currency: "EUR" } as never], () => ({ address: [], language: "en" })).problems[0].code
 * //=> "statements.noAddress"
 */
export function checkStatements(statements: readonly Statement[], recipientOf: (s: Statement) => StatementRecipient | null): { ready: { statement: Statement; recipient: StatementRecipient }[]; problems: Problem[] } {
  const ready: { statement: Statement; recipient: StatementRecipient }[] = [];
  const problems: Problem[] = [];
  for (const statement of statements) {
    const recipient = recipientOf(statement);
    const who = statement.customerId ? `${statement.customer} (${statement.customerId})` : statement.customer;
    if (statement.closing < 0) problems.push({ code: "statements.negativeBalance", params: { customer: who, amount: fromMinor(statement.closing).toFixed(2), currency: statement.currency } });
    else if (!recipient || recipient.address.every((l) => l.trim() === "")) problems.push({ code: "statements.noAddress", params: { customer: who } });
    else ready.push({ statement, recipient });
  }
  return { ready, problems };
}
