import { ageItems, DEFAULT_BUCKET_DAYS } from "../aging";
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
 * buildStatements(ledger, { from: 46327, to: 46357 }).map((s) => s.closing) //=> [150000, 2500]
 */
export function buildStatements(ledger: StatementLedger, options: StatementOptions): Statement[] {
  const { from, to } = options;
  const bucketDays = options.bucketDays ?? DEFAULT_BUCKET_DAYS;
  const groups = new Map<string, number[]>();
  for (let i = 0; i < ledger.length; i++) {
    if (Number.isNaN(ledger.open[i]) || !(dateOf(ledger, i) <= to)) continue;
    if (options.keys && !options.keys.has(ledger.keys[i])) continue;
    const group = `${ledger.keys[i]}\u0000${ledger.currencies[i] ?? ""}`;
    let rows = groups.get(group);
    if (!rows) groups.set(group, (rows = []));
    rows.push(i);
  }
  const out: Statement[] = [];
  for (const rows of groups.values()) {
    const statement = statementOf(ledger, rows, from, to, bucketDays);
    if (statement.closing !== 0 || statement.lines.length > 0) out.push(statement);
  }
  return out;
}

function statementOf(ledger: StatementLedger, rows: readonly number[], from: Serial, to: Serial, bucketDays: readonly number[]): Statement {
  const first = rows[0];
  let opening = 0;
  const period: number[] = [];
  for (const i of rows) {
    if (dateOf(ledger, i) < from) opening += ledger.open[i];
    else period.push(i);
  }
  // Oldest first; on one day invoices before credits, then by document, so a rerun lists them the same.
  period.sort((a, b) => dateOf(ledger, a) - dateOf(ledger, b) || ledger.open[b] - ledger.open[a] || String(ledger.invoices[a]).localeCompare(String(ledger.invoices[b])));
  let balance = opening;
  const lines = period.map((i): StatementLine => {
    const amount = ledger.open[i];
    balance += amount;
    const document = String(ledger.invoices[i] ?? "").trim();
    return { date: dateOf(ledger, i), dueDate: ledger.dueDate[i], document, kind: amount >= 0 ? "invoice" : document !== "" ? "creditNote" : "payment", amount, balance };
  });
  const amounts = new Float64Array(rows.map((i) => ledger.open[i]));
  const due = new Float64Array(rows.map((i) => (Number.isNaN(ledger.dueDate[i]) ? dateOf(ledger, i) : ledger.dueDate[i])));
  const aging = ageItems(amounts, due, to, bucketDays).grandTotal;
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
    aging: aging.buckets,
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
 * checkStatements(statements, () => ({ address: [], language: "en" })).problems[0].code //=> "statements.noAddress"
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
