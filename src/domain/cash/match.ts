import { Minor, Problem } from "../core";
import { candidateKeys, compactInvoice } from "./invoiceRef";
import { bodyNamesInvoice, invoiceDigits, invoiceRows, LedgerIndex, openRowsOf, ReferencedItems } from "./ledgerIndex";
import { payerNameKey } from "./payerName";
import { findRf, isValidRf, rfBody } from "./rf";
import { StatementLine } from "./types";

/** How a credit ended: matched (confident), suggested (the user confirms), unmatched; debits and the like are ignored. */
export type LineStatus = "matched" | "suggested" | "unmatched" | "ignored";

/** The rule that matched a line, in the order rules are tried. */
export type MatchRule =
  | "rf" | "invoice"
  | "ibanItem" | "ibanCombination" | "ibanPlan" | "ibanPromise" | "ibanTolerance" | "ibanOldest"
  | "nameItem" | "nameCombination" | "namePlan" | "namePromise" | "nameTolerance"
  | "manual" | "";

export type DifferenceReason = "bankCharges" | "discount" | "onAccount" | "short" | "";

/** Cash put on one open item: `amount` of cash, and `difference` accepted as not paid (bank charges, discount). */
export interface Allocation {
  readonly row: number;
  readonly invoice: string;
  readonly amount: Minor;
  readonly difference: Minor;
}

export interface LineMatch {
  readonly line: StatementLine;
  readonly status: LineStatus;
  readonly rule: MatchRule;
  /** Why, step by step (message keys with their values): what was found and what decided. */
  readonly reasons: readonly Problem[];
  /** The customer (index into the ledger index's customers), -1 when none. */
  readonly customer: number;
  /** For an unmatched line: a customer the name points to, to offer first when assigning by hand; -1 none. */
  readonly hint: number;
  readonly allocations: readonly Allocation[];
  /** Cash applied to open items. */
  readonly applied: Minor;
  /** Cash not applied to any item (on account, or not matched); applied + unapplied = the line's amount for a credit. */
  readonly unapplied: Minor;
  /** The shortfall accepted as settled without cash (sum of the allocations' differences). */
  readonly difference: Minor;
  readonly differenceReason: DifferenceReason;
  /** The plan or promise id a payment was matched to, "" when none. */
  readonly expected: string;
  /** True once the user confirmed it (a suggestion confirmed, a line assigned by hand). */
  readonly confirmed: boolean;
}

export interface MatchSettings {
  /** A shortfall up to this amount (minor units) is taken as bank charges. */
  readonly toleranceAmount: Minor;
  /** A shortfall up to this fraction of the items' open amount is taken as a discount (skonto). */
  readonly tolerancePercent: number;
  /** The most open items one payment is matched to by amount alone. */
  readonly maxItems: number;
  /** The oldest open items of a customer the combination search looks at. */
  readonly maxCandidates: number;
  /** Steps the combination search may take for one line: bounds the time of any line. */
  readonly stepBudget: number;
}

export const DEFAULT_MATCH_SETTINGS: MatchSettings = { toleranceAmount: 1000, tolerancePercent: 0.03, maxItems: 5, maxCandidates: 24, stepBudget: 20_000 };

export interface MatchRun {
  readonly index: LedgerIndex;
  readonly settings: MatchSettings;
  readonly results: readonly LineMatch[];
  /** Open amount left per ledger row after every line's allocations (cash and accepted differences). */
  readonly remaining: Float64Array;
  /** The most combination-search steps one line took. */
  readonly maxSteps: number;
}

const reason = (code: string, params?: Record<string, string | number>): Problem => ({ code, params });

function blank(line: StatementLine, status: LineStatus, reasons: Problem[], hint = -1): LineMatch {
  return { line, status, rule: "", reasons, customer: -1, hint, allocations: [], applied: 0, unapplied: status === "ignored" ? 0 : line.amount, difference: 0, differenceReason: "", expected: "", confirmed: false };
}

/** Why a line is not a customer payment, or null when it may be one. */
function notAPayment(line: StatementLine): Problem | null {
  if (line.direction === "debit") return reason("cash.why.debit");
  if (line.reversal) return reason("cash.why.reversal");
  if (line.status !== "BOOK") return reason("cash.why.notBooked", { status: line.status });
  if (line.amount <= 0) return reason("cash.why.zero");
  return null;
}

interface Allocated {
  readonly allocations: Allocation[];
  readonly applied: Minor;
  readonly unapplied: Minor;
  readonly difference: Minor;
  readonly differenceReason: DifferenceReason;
  /** True when the amount and the items agree within the tolerance. */
  readonly fits: boolean;
}

/**
 * Spreads `amount` over `rows` in their order (oldest first): each row gets up to what is left of it.
 * A shortfall within the tolerance settles the rows, the difference recorded (bank charges up to the
 * amount, else a discount up to the percentage); a larger one leaves the last rows partly open; cash
 * above the rows' total stays on account.
 */
function allocate(amount: Minor, rows: readonly number[], run: { remaining: Float64Array; index: LedgerIndex; settings: MatchSettings }): Allocated {
  const { remaining, settings } = run;
  const total = rows.reduce((s, r) => s + remaining[r], 0);
  const short = total - amount;
  const charges = short > 0 && short <= settings.toleranceAmount;
  const discount = short > 0 && !charges && short <= Math.round(total * settings.tolerancePercent);
  let left = amount;
  const allocations: Allocation[] = [];
  for (const r of rows) {
    const open = remaining[r];
    const cash = Math.min(open, left);
    left -= cash;
    const difference = charges || discount ? open - cash : 0;
    if (cash > 0 || difference > 0) allocations.push({ row: r, invoice: run.index.rows.invoice[r] ?? "", amount: cash, difference });
  }
  const applied = amount - left;
  const difference = allocations.reduce((s, a) => s + a.difference, 0);
  const differenceReason: DifferenceReason = charges ? "bankCharges" : discount ? "discount" : left > 0 ? "onAccount" : short > 0 ? "short" : "";
  const over = left;
  return { allocations, applied, unapplied: left, difference, differenceReason, fits: short <= 0 ? over <= settings.toleranceAmount : charges || discount };
}

function commit(run: Run, allocations: readonly Allocation[]): void {
  for (const a of allocations) {
    run.remaining[a.row] -= a.amount + a.difference;
    if (run.left) run.left[run.index.posOf[a.row]] -= a.amount + a.difference;
  }
}

/** What a line's texts say of references, worked out once per line before the ledger is scanned. */
interface LineRefs {
  /** Valid RF references (stored form), each with its body and the body's digits (an RF body holds an invoice number without its separators). */
  readonly rfs: readonly { readonly ref: string; readonly body: string; readonly digits: string }[];
  /** RF-looking references whose check digits fail. */
  readonly badRfs: readonly string[];
  /** Invoice keys in the texts (structured reference, remittance, end-to-end id), longest runs first. */
  readonly keys: readonly string[];
}

const NO_REFS: LineRefs = { rfs: [], badRfs: [], keys: [] };

function lineRefs(line: StatementLine): LineRefs {
  const texts = [line.creditorRef, line.remittance, line.endToEndId].filter((s) => s !== "");
  if (texts.length === 0) return NO_REFS;
  const all = texts.join(" ");
  const rf = /rf\s?\d\d/i.test(all) ? findRf(all) : { valid: [], invalid: [] };
  const structured = line.creditorRef.replace(/\s+/g, "").toUpperCase();
  const valid = new Set(rf.valid);
  if (isValidRf(structured)) valid.add(structured);
  const badRfs = [...rf.invalid];
  if (/^RF\d\d/.test(structured) && !isValidRf(structured) && !badRfs.includes(structured)) badRfs.push(structured);
  const rfs = [...valid].map((ref) => {
    const body = rfBody(ref)!;
    return { ref, body, digits: invoiceDigits(body) };
  });
  const keys = new Set<string>();
  for (const text of texts) {
    if (text === line.creditorRef && !/^RF\d\d/i.test(structured)) for (const k of candidateKeys(compactInvoice(text))) keys.add(k);
    for (const k of candidateKeys(text)) keys.add(k);
  }
  return { rfs, badRfs, keys: [...keys] };
}

/** The rows a line's references name: valid RF references, structured references, invoice numbers in its texts (unique keys only). */
function referencedRows(refs: LineRefs, run: Run, currencyOk: (row: number) => boolean, reasons: Problem[]): { rows: number[]; rule: "rf" | "invoice" } | null {
  const { index, remaining } = run;
  const { byKey, byDigits } = run.referenced;
  for (const bad of refs.badRfs) reasons.push(reason("cash.why.rfBadCheck", { ref: bad }));
  const found: number[] = [];
  for (const { ref, body, digits } of refs.rfs) {
    const before = found.length;
    // The open items with the body's digits that the body names; one only, else the reference does not tell them apart.
    const named = (byDigits.get(digits) ?? []).filter((row) => bodyNamesInvoice(body, index.rows.invoice[row] ?? ""));
    const row = named.length === 1 ? named[0] : -1;
    if (row >= 0 && remaining[row] > 0 && currencyOk(row) && !found.includes(row)) found.push(row);
    if (found.length === before) reasons.push(reason("cash.why.rfUnknown", { ref }));
  }
  if (found.length > 0) {
    reasons.push(reason("cash.why.rf", { ref: refs.rfs.map((r) => r.ref).join(", "), invoices: found.map((r) => index.rows.invoice[r]).join(", ") }));
    return { rows: found, rule: "rf" };
  }
  const ambiguous: string[] = [];
  for (const key of refs.keys) {
    const row = byKey.get(key);
    if (row === undefined) continue;
    if (row < 0) {
      if (!ambiguous.includes(key)) ambiguous.push(key);
      continue;
    }
    if (remaining[row] > 0 && currencyOk(row) && !found.includes(row)) found.push(row);
  }
  if (ambiguous.length > 0) reasons.push(reason("cash.why.ambiguousNumber", { numbers: ambiguous.join(", ") }));
  if (found.length === 0) return null;
  // One payer, one customer: items of another customer than the first found are not this payment's.
  const first = index.customerOf[found[0]];
  const rows = found.filter((r) => index.customerOf[r] === first);
  reasons.push(reason("cash.why.invoice", { invoices: rows.map((r) => index.rows.invoice[r]).join(", ") }));
  return { rows, rule: "invoice" };
}

/**
 * A combination of at most `maxItems` of `rows` (a customer's oldest open items first) whose open
 * amounts add up to `amount` exactly: depth first, oldest items first, within `stepBudget` steps.
 */
export function findCombination(amount: Minor, rows: readonly number[], remaining: Float64Array, settings: MatchSettings): { rows: number[] | null; steps: number; exhausted: boolean } {
  const pool = rows.slice(0, settings.maxCandidates);
  const values = pool.map((r) => remaining[r]);
  let steps = 0;
  let exhausted = false;
  const chosen: number[] = [];
  const search = (from: number, left: number): boolean => {
    for (let i = from; i < pool.length; i++) {
      if (steps >= settings.stepBudget) {
        exhausted = true;
        return false;
      }
      steps++;
      const v = values[i];
      if (v > left) continue;
      chosen.push(i);
      if (v === left && chosen.length >= 2) return true;
      if (v < left && chosen.length < settings.maxItems && search(i + 1, left - v)) return true;
      chosen.pop();
    }
    return false;
  };
  const ok = search(0, amount);
  return { rows: ok ? chosen.map((i) => pool[i]) : null, steps, exhausted };
}

interface AmountOutcome {
  readonly rule: MatchRule;
  readonly rows: readonly number[];
  readonly confident: boolean;
  readonly expected: string;
  /** True when the amount was matched to something else than the rows' total (a plan instalment, a promise). */
  readonly agreed?: boolean;
}

/** What the amount says among a customer's open items, plans and promises, by `via` (the IBAN or the name). */
function byAmount(line: StatementLine, customer: number, via: "iban" | "name", run: Run, reasons: Problem[]): AmountOutcome | null {
  const amount = line.amount;
  const rows: number[] = [];
  let exact = -1;
  let exacts = 0;
  // The customer's figures side by side (run.left, index.currencyAt): a few cache lines, not a miss per item.
  const { start, byCustomer, currencyAt } = run.index;
  const left = run.left!; // matchStatement's run has them; a line assigned by hand is not matched by amount
  const fits = run.currencyFits;
  for (let k = start[customer], end = start[customer + 1]; k < end; k++) {
    const open = left[k];
    if (!(open > 0) || !fits[currencyAt[k]]) continue;
    const row = byCustomer[k];
    rows.push(row);
    if (open === amount && exacts++ === 0) exact = row;
  }
  if (exacts > 0) {
    reasons.push(reason(exacts === 1 ? "cash.why.oneItem" : "cash.why.severalItems", { invoice: run.index.rows.invoice[exact] ?? "", count: exacts }));
    return { rule: via === "iban" ? "ibanItem" : "nameItem", rows: [exact], confident: exacts === 1 && via === "iban", expected: "" };
  }
  const combo = findCombination(amount, rows, run.remaining, run.settings);
  run.maxSteps = Math.max(run.maxSteps, combo.steps);
  if (combo.rows) {
    reasons.push(reason("cash.why.combination", { invoices: combo.rows.map((r) => run.index.rows.invoice[r]).join(", "), count: combo.rows.length }));
    return { rule: via === "iban" ? "ibanCombination" : "nameCombination", rows: combo.rows, confident: false, expected: "" };
  }
  if (combo.exhausted) reasons.push(reason("cash.why.searchBudget", { steps: run.settings.stepBudget }));
  const agreed = (run.index.expected.get(customer) ?? []).filter((e) => e.amount === amount).sort((a, b) => a.date - b.date);
  if (agreed.length > 0) {
    const e = agreed[0];
    reasons.push(reason(e.kind === "plan" ? "cash.why.plan" : "cash.why.promise", { id: e.id }));
    const rule: MatchRule = via === "iban" ? (e.kind === "plan" ? "ibanPlan" : "ibanPromise") : e.kind === "plan" ? "namePlan" : "namePromise";
    return { rule, rows, confident: via === "iban", expected: e.id, agreed: true };
  }
  for (const r of rows) {
    const short = run.remaining[r] - amount;
    if (short > 0 && (short <= run.settings.toleranceAmount || short <= Math.round(run.remaining[r] * run.settings.tolerancePercent))) {
      reasons.push(reason("cash.why.withinTolerance", { invoice: run.index.rows.invoice[r] ?? "" }));
      return { rule: via === "iban" ? "ibanTolerance" : "nameTolerance", rows: [r], confident: via === "iban", expected: "" };
    }
  }
  if (via === "iban" && rows.length > 0) {
    reasons.push(reason("cash.why.oldestFirst"));
    return { rule: "ibanOldest", rows, confident: false, expected: "" };
  }
  return null;
}

interface Run {
  readonly index: LedgerIndex;
  readonly settings: MatchSettings;
  readonly remaining: Float64Array;
  /** The open amounts again, in the index's byCustomer order (null for a line assigned by hand). */
  readonly left: Float64Array | null;
  /** Whether the line being matched can pay an item in each currency text of the index (currencyTexts), 1 or 0, set per line. */
  readonly currencyFits: Uint8Array;
  /** Payer names already put in comparable form (a statement names the same payers again and again). */
  readonly names: Map<string, string>;
  /** The open items the statement's invoice keys and RF digits name. */
  readonly referenced: ReferencedItems;
  maxSteps: number;
}

function finish(line: StatementLine, customer: number, rule: MatchRule, rows: readonly number[], confident: boolean, expected: string, reasons: Problem[], run: Run, agreed = false): LineMatch {
  const a = allocate(line.amount, rows, run);
  commit(run, a.allocations);
  if (a.difference > 0) reasons.push(reason(`cash.why.diff.${a.differenceReason}`, { amount: a.difference }));
  else if (a.unapplied > 0) reasons.push(reason("cash.why.diff.onAccount", { amount: a.unapplied }));
  else if (a.differenceReason === "short") reasons.push(reason("cash.why.diff.short"));
  const status: LineStatus = confident && (a.fits || agreed) ? "matched" : "suggested";
  return { line, status, rule, reasons, customer, hint: -1, allocations: a.allocations, applied: a.applied, unapplied: a.unapplied, difference: a.difference, differenceReason: a.differenceReason, expected, confirmed: false };
}

function matchLine(line: StatementLine, refs: LineRefs | null, run: Run): LineMatch {
  const skip = notAPayment(line);
  if (skip) return blank(line, "ignored", [skip]);
  const { index } = run;
  const reasons: Problem[] = [];
  if (line.currency !== "" && !index.currencies.has(line.currency) && !index.currencies.has("")) return blank(line, "unmatched", [reason("cash.why.otherCurrency", { currency: line.currency })]);
  const lineCurrency = line.currency;
  // Whether the line can pay an item, once per currency text of the ledger; a row's is its text's.
  const texts = index.currencyTexts;
  for (let c = 0; c < texts.length; c++) run.currencyFits[c] = lineCurrency === "" || texts[c] === lineCurrency || texts[c] === "" || texts[c].toUpperCase() === lineCurrency ? 1 : 0;
  const currencyOk = (row: number) => run.currencyFits[index.currencyAt[index.posOf[row]]] === 1;
  const lineRun = run;
  const found = refs ? referencedRows(refs, run, currencyOk, reasons) : null;
  if (found) {
    const result = finish(line, index.customerOf[found.rows[0]], found.rule, [...found.rows].sort((a, b) => index.rows.dueDate[a] - index.rows.dueDate[b]), true, "", reasons, lineRun);
    run.maxSteps = Math.max(run.maxSteps, lineRun.maxSteps);
    return result;
  }
  const ibanCustomer = line.payerIban === "" ? undefined : index.byIban.get(line.payerIban);
  if (ibanCustomer !== undefined && ibanCustomer >= 0) {
    reasons.push(reason("cash.why.iban", { customer: index.customers[ibanCustomer].customer }));
    const found = byAmount(line, ibanCustomer, "iban", lineRun, reasons);
    run.maxSteps = Math.max(run.maxSteps, lineRun.maxSteps);
    if (found) return finish(line, ibanCustomer, found.rule, found.rows, found.confident, found.expected, reasons, lineRun, found.agreed);
    return { ...blank(line, "unmatched", [...reasons, reason("cash.why.noOpenItems")], ibanCustomer) };
  }
  let nameKey = run.names.get(line.payerName);
  if (nameKey === undefined) run.names.set(line.payerName, (nameKey = payerNameKey(line.payerName)));
  const nameCustomer = nameKey === "" ? undefined : index.byName.get(nameKey);
  if (nameCustomer !== undefined && nameCustomer >= 0) {
    reasons.push(reason("cash.why.name", { customer: index.customers[nameCustomer].customer }));
    const found = byAmount(line, nameCustomer, "name", lineRun, reasons);
    run.maxSteps = Math.max(run.maxSteps, lineRun.maxSteps);
    if (found) return finish(line, nameCustomer, found.rule, found.rows, false, found.expected, reasons, lineRun);
    return blank(line, "unmatched", [...reasons, reason("cash.why.noAmount")], nameCustomer);
  }
  return blank(line, "unmatched", [...reasons, reason("cash.why.nothing")]);
}

/**
 * Matches every line of a statement against the open items, in order: (1) a structured reference
 * (an RF creditor reference with valid check digits, or invoice numbers in the remittance text, unique
 * among the open items); (2) the payer's IBAN known for a customer, then the amount: one open item, a
 * combination of its open items (bounded search), a plan instalment or promise, one item within the
 * tolerance, else its items oldest first (a suggestion); (3) the payer's name against the customers'
 * (legal forms ignored), then the amount as in (2), always a suggestion. Debits, reversals and
 * entries not booked are ignored. Lines are matched in statement order; each consumes what it applies,
 * so two lines never pay the same open amount twice. `observe`, when given, is called with -1 once the
 * references are read and the ledger scanned for them, then with each line's index after it is matched.
 */
export function matchStatement(lines: readonly StatementLine[], index: LedgerIndex, settings: MatchSettings = DEFAULT_MATCH_SETTINGS, observe?: (line: number) => void): MatchRun {
  const open = index.rows.open;
  const remaining = new Float64Array(open.length);
  const left = new Float64Array(open.length);
  for (let k = 0; k < open.length; k++) {
    const row = index.byCustomer[k];
    const v = open[row] > 0 ? open[row] : 0;
    remaining[row] = v;
    left[k] = v;
  }
  // The references of every payment first, then one scan of the ledger for the invoice keys they name.
  const refs = lines.map((line) => (notAPayment(line) ? null : lineRefs(line)));
  const keys = new Set<string>();
  const digits = new Set<string>();
  for (const r of refs) {
    if (!r) continue;
    for (const k of r.keys) keys.add(k);
    for (const x of r.rfs) if (x.digits !== "") digits.add(x.digits);
  }
  const referenced = invoiceRows(index.rows, keys, digits);
  const run: Run = { index, settings, remaining, left, currencyFits: new Uint8Array(index.currencyTexts.length), names: new Map(), referenced, maxSteps: 0 };
  const results = new Array<LineMatch>(lines.length);
  // -1: the statement's references are worked out and the ledger scanned; the lines follow.
  observe?.(-1);
  for (let i = 0; i < lines.length; i++) {
    results[i] = matchLine(lines[i], refs[i], run);
    refs[i] = null;
    // The caller's hook after each line (the bench times lines with it; the domain reads no clock).
    observe?.(i);
  }
  return { index, settings, results, remaining, maxSteps: run.maxSteps };
}

/** The run with line `at` released: its allocations given back to the open items. */
function release(run: MatchRun, at: number): Float64Array {
  const remaining = Float64Array.from(run.remaining);
  for (const a of run.results[at].allocations) remaining[a.row] += a.amount + a.difference;
  return remaining;
}

/** The run with a suggestion confirmed: the user takes it as it is. */
export function confirmLine(run: MatchRun, at: number): MatchRun {
  const r = run.results[at];
  if (r.status !== "suggested") return run;
  return { ...run, results: run.results.map((x, i) => (i === at ? { ...x, status: "matched", confirmed: true } : x)) };
}

/** The run with a line set back to unmatched (a suggestion refused), its items open again. */
export function unmatchLine(run: MatchRun, at: number): MatchRun {
  const r = run.results[at];
  if (r.status === "ignored") return run;
  const remaining = release(run, at);
  return { ...run, remaining, results: run.results.map((x, i) => (i === at ? { ...blank(x.line, "unmatched", [reason("cash.why.refused")], x.customer >= 0 ? x.customer : x.hint) } : x)) };
}

/**
 * The run with a line assigned by hand to a customer: its amount spread over the customer's open
 * items oldest first (or over `rows` when given), the tolerance as for any match, what is left on account.
 */
export function assignLine(run: MatchRun, at: number, customer: number, rows?: readonly number[]): MatchRun {
  const r = run.results[at];
  if (r.status === "ignored" || customer < 0 || customer >= run.index.customers.length) return run;
  const remaining = release(run, at);
  const currency = r.line.currency;
  const currencyOk = (row: number) => currency === "" || (run.index.rows.currency[row] ?? "").toUpperCase() === currency || (run.index.rows.currency[row] ?? "") === "";
  const lineRun: Run = { index: run.index, settings: run.settings, remaining, left: null, currencyFits: new Uint8Array(0), names: new Map(), referenced: { byKey: new Map(), byDigits: new Map() }, maxSteps: 0 };
  const chosen = (rows ?? openRowsOf(run.index, customer, remaining)).filter((row) => remaining[row] > 0 && currencyOk(row) && run.index.customerOf[row] === customer);
  const reasons = [reason("cash.why.manual", { customer: run.index.customers[customer].customer })];
  const result = finish(r.line, customer, "manual", chosen, true, "", reasons, lineRun);
  return { ...run, remaining, results: run.results.map((x, i) => (i === at ? { ...result, status: "matched", confirmed: true } : x)) };
}

/**
 * The totals of a run: credits = applied + unapplied, to the cent. Applied is the cash of matched lines
 * (confident, confirmed or assigned by hand); suggestions not yet confirmed are unapplied, their cash
 * shown apart as `pending`.
 */
export interface RunTotals {
  readonly lines: number;
  readonly credits: Minor;
  readonly applied: Minor;
  readonly unapplied: Minor;
  /** Of the unapplied cash, what suggestions would apply once confirmed. */
  readonly pending: Minor;
  /** Shortfalls accepted as settled (bank charges, discounts) on matched lines. */
  readonly difference: Minor;
  readonly debits: Minor;
  readonly counts: Readonly<Record<LineStatus, number>>;
}

export function runTotals(run: Pick<MatchRun, "results">): RunTotals {
  const counts: Record<LineStatus, number> = { matched: 0, suggested: 0, unmatched: 0, ignored: 0 };
  let credits = 0, applied = 0, unapplied = 0, pending = 0, difference = 0, debits = 0;
  for (const r of run.results) {
    counts[r.status]++;
    if (r.status === "ignored") {
      if (r.line.direction === "debit") debits += r.line.amount;
      continue;
    }
    credits += r.line.amount;
    if (r.status === "matched") {
      applied += r.applied;
      unapplied += r.unapplied;
      difference += r.difference;
    } else {
      unapplied += r.line.amount;
      if (r.status === "suggested") pending += r.applied;
    }
  }
  return { lines: run.results.length, credits, applied, unapplied, pending, difference, debits, counts };
}
