import { Minor, Problem, Serial, serialToIso } from "../core";
import { customerIdKey, customerIdLookup, customerKeyOf, customerMatchKey, DirectoryEntry, sameCustomer } from "../customers";
import { feeCurrency, InterestRegime, Jurisdiction, lateFee, lateInterestTotal, RateBook, SHIPPED_RATES } from "../interest";
import { LedgerColumns } from "../ledger";
import { PlanRecord, PromiseRecord } from "../plans";
import { dunningLevel } from "./level";
import { DunningLogEntry, LogIndex, logIndexer } from "./log";
import { DunningChannel, DunningRule, DunningRules, policyKeys, PolicyTable, TEMPLATE_RULES } from "./policyTable";

/**
 * The dunning run: on an as-of date, every overdue open item of the ledger either goes into its
 * customer's one letter or is left out with its reason. Pure: the workbook's ledger, customer file,
 * policy, log, plans and promises come in as data.
 */

/** A customer as the customer file (AR Customers) describes it; every field may be blank. */
export interface CustomerProfile {
  readonly id: string;
  readonly name: string;
  /** "individual" for a consumer or sole trader; anything else is a business. */
  readonly kind: string;
  readonly address: readonly string[];
  readonly country: string;
  readonly language: string;
  readonly email: string;
  readonly contact: string;
}

export interface DunningRunInput {
  readonly asOf: Serial;
  readonly ledger: LedgerColumns;
  readonly customers: readonly CustomerProfile[];
  /** The policy table; null: none in the workbook, the template applies to everyone. */
  readonly policy: PolicyTable | null;
  readonly log: readonly DunningLogEntry[];
  readonly plans: readonly PlanRecord[];
  readonly promises: readonly PromiseRecord[];
  /** A letter's items of one currency must add up to at least this (minor units); 0 for no minimum. */
  readonly minimum: Minor;
  /** The letter language when neither the customer file nor the ledger gives one ("" for none). */
  readonly defaultLanguage: string;
  /** The law when the customer's country does not give one. */
  readonly defaultJurisdiction: Jurisdiction;
  /** The currency of items whose currency cell is blank. */
  readonly defaultCurrency?: string;
  readonly book?: RateBook;
  /** Payments the bank reported (AR Cash) since the ledger was exported, which the ledger does not know yet. */
  readonly paid?: readonly PaidItem[];
}

/** What a bank statement line paid on one invoice (a row of AR Cash). */
export interface PaidItem {
  readonly customerId: string;
  readonly customer: string;
  readonly invoice: string;
  /** Minor units applied to the invoice. */
  readonly amount: Minor;
  readonly date: Serial;
}

export type ExclusionReason = "disputed" | "paid" | "plan" | "promise" | "creditBalance" | "notYet" | "alreadySent" | "belowMinimum" | "problem";
export const EXCLUSION_REASONS: readonly ExclusionReason[] = ["disputed", "paid", "plan", "promise", "creditBalance", "notYet", "alreadySent", "belowMinimum", "problem"];

/** An overdue open item of the ledger, as the run sees it. */
export interface RunItem {
  /** Entry of the ledger's columns; `sourceIndex` its 0-based row in the range read. */
  readonly entry: number;
  readonly sourceIndex: number;
  readonly invoice: string;
  readonly dueDate: Serial;
  readonly daysOverdue: number;
  readonly open: Minor;
  readonly currency: string;
}

export interface LetterItem extends RunItem {
  /** The item's level on the as-of date (0: overdue, not yet due for a reminder). */
  readonly level: number;
  readonly lastLevel: number;
  readonly interest: Minor;
  /** The statutory recovery compensation claimed on this item. */
  readonly statutoryFee: Minor;
}

export interface Exclusion {
  readonly customer: string;
  readonly customerId: string;
  readonly item: RunItem;
  readonly reason: ExclusionReason;
  /** What the reason names: the plan id, the promised date, the last letter's date, the minimum, the problem's code. */
  readonly detail: Readonly<Record<string, string | number>>;
}

export interface LetterTotal {
  readonly currency: string;
  readonly items: number;
  readonly principal: Minor;
  readonly interest: Minor;
  readonly statutoryFees: Minor;
  /** The policy's reminder fee, on the letter's first currency only. */
  readonly fee: Minor;
  readonly total: Minor;
}

export interface DunningLetter {
  readonly key: string;
  readonly customer: string;
  readonly customerId: string;
  readonly profile: CustomerProfile | null;
  readonly language: string;
  readonly jurisdiction: Jurisdiction;
  /** True for a consumer or sole trader (the customer file's kind "individual"). */
  readonly individual: boolean;
  readonly level: number;
  readonly rule: DunningRule;
  /** Oldest due date first. */
  readonly items: readonly LetterItem[];
  /** Per currency, in order of first appearance among the items. */
  readonly totals: readonly LetterTotal[];
  readonly channel: DunningChannel;
  /** Days given to pay: the policy's, raised to the law's minimum for this letter. */
  readonly deadlineDays: number;
  readonly deadline: Serial;
  /** The customer's last letter before this one, if any. */
  readonly previousLetter: Serial | null;
}

export interface CustomerProblem {
  readonly customer: string;
  readonly customerId: string;
  readonly problem: Problem;
}

export interface RunTotal {
  readonly currency: string;
  readonly level: number;
  readonly letters: number;
  readonly items: number;
  readonly principal: Minor;
  readonly interest: Minor;
  readonly fees: Minor;
  readonly total: Minor;
}

export interface DunningRunResult {
  readonly asOf: Serial;
  readonly letters: readonly DunningLetter[];
  readonly exclusions: readonly Exclusion[];
  readonly problems: readonly CustomerProblem[];
  /** Per currency and level, currencies in order of first appearance, levels ascending. */
  readonly totals: readonly RunTotal[];
  /** Overdue open items the run looked at: each is in exactly one letter or one exclusion. */
  readonly overdueItems: number;
}

/** ISO 4217 codes a letter may be written in (the currencies of the EU, EEA, UK, Switzerland and the usual invoicing ones). */
export const KNOWN_CURRENCIES: ReadonlySet<string> = new Set([
  "EUR", "GBP", "USD", "CHF", "SEK", "DKK", "NOK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "CAD", "AUD", "NZD", "JPY", "CNY", "HKD", "SGD", "ZAR", "TRY", "MXN", "BRL", "INR",
]);

export const LETTER_LANGUAGES: readonly string[] = ["en", "it", "de", "nl", "fr"];

const COUNTRY_LANGUAGE: Readonly<Record<string, string>> = { it: "it", de: "de", at: "de", ch: "de", nl: "nl", be: "nl", fr: "fr", lu: "fr", gb: "en", uk: "en", ie: "en", us: "en" };
const COUNTRY_LAW: Readonly<Record<string, Jurisdiction>> = { it: "IT", de: "DE", fr: "FR", nl: "NL", gb: "UK", uk: "UK" };

/** The language code of a language or country cell ("de-DE", "Deutsch" is not read), "" when none. */
function languageOf(...cells: string[]): string {
  for (const c of cells) {
    const v = c.trim().toLowerCase();
    if (v !== "") return v.split(/[-_]/)[0];
  }
  return "";
}

/**
 * The days a letter must give by law, whatever the policy says: the Italian diffida ad adempiere at
 * least 15 (art. 1454 c.c.); the Dutch 14-day letter to a consumer 14 from the day after receipt,
 * printed as 15 after the letter's date; the UK letter before action to an individual 30 (Pre-Action
 * Protocol for Debt Claims).
 *
 * @example
 * legalMinimumDays("final", "IT", false) //=> 15
 */
export function legalMinimumDays(textId: string, jurisdiction: Jurisdiction, individual: boolean): number {
  if (textId === "final" && jurisdiction === "IT") return 15;
  if (textId === "final" && jurisdiction === "NL" && individual) return 15;
  if (textId === "prelegal" && jurisdiction === "UK" && individual) return 30;
  return 1;
}

export interface CustomerGroup {
  key: string;
  customer: string;
  customerId: string;
  ledgerLanguage: string;
  ledgerCountry: string;
  items: RunItem[];
  disputed: RunItem[];
  /** Net open amount of every row of the customer, per currency. */
  net: Map<string, Minor>;
}

/** The run's inputs indexed once; each customer then goes through {@link dunCustomer} on its own. */
export interface PreparedRun {
  readonly input: DunningRunInput;
  readonly groups: readonly CustomerGroup[];
  readonly log: LogIndex;
  readonly overdueItems: number;
  profileOf(group: { customer: string; customerId: string }): CustomerProfile | null;
}

/** A preparation fed the ledger in row ranges, so a host can pause between them. */
export interface RunPreparation {
  /** Reads ledger entries from (inclusive) to (exclusive). */
  addRows(from: number, to: number): void;
  /** Indexes log entries from (inclusive) to (exclusive); every entry must be added before finish. */
  addLog(from: number, to: number): void;
  finish(): PreparedRun;
}

/**
 * Groups the ledger's overdue open items per customer (by the customer key rule) as rows are added.
 * Items with an open amount above 0 and a due date before the as-of date are overdue.
 */
export function startRun(input: DunningRunInput): RunPreparation {
  const rows = input.ledger;
  // The directory's names are normalised only when a ledger row has no id of its own.
  let lookup: ((ref: { customer: string; customerId?: string }) => string) | null = null;
  const idOf = (ref: { customer: string; customerId?: string }) => {
    const own = (ref.customerId ?? "").trim();
    if (own !== "") return own;
    lookup ??= customerIdLookup(input.customers.map((c): DirectoryEntry => ({ id: c.id, name: c.name })));
    return lookup(ref);
  };
  const logIndex = logIndexer(input.asOf);
  const byKey = new Map<string, CustomerGroup>();
  const fallback = (input.defaultCurrency ?? "EUR").toUpperCase();
  let overdue = 0;
  // The key rule normalises names (slow on 100,000 rows): once per spelling of a customer and its id.
  const groupOf = new Map<string, CustomerGroup>();
  const addRows = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const open = rows.open[i];
      if (!Number.isFinite(open) || open === 0) continue;
      const customer = rows.customer[i];
      const spelling = `${customer}\u0000${rows.customerId[i] ?? ""}`;
      let g = groupOf.get(spelling);
      if (!g) {
        const customerId = idOf({ customer, customerId: rows.customerId[i] });
        const key = customerKeyOf({ customer, customerId });
        g = byKey.get(key);
        if (!g) byKey.set(key, (g = { key, customer, customerId, ledgerLanguage: "", ledgerCountry: "", items: [], disputed: [], net: new Map() }));
        groupOf.set(spelling, g);
      }
      if (g.ledgerLanguage === "") g.ledgerLanguage = rows.language[i] ?? "";
      if (g.ledgerCountry === "") g.ledgerCountry = rows.country[i] ?? "";
      const currency = (rows.currency[i] ?? "").trim().toUpperCase() || fallback;
      g.net.set(currency, (g.net.get(currency) ?? 0) + open);
      const due = rows.dueDate[i];
      if (!(open > 0) || !(input.asOf > due)) continue;
      overdue++;
      const item: RunItem = { entry: i, sourceIndex: rows.sourceIndex[i], invoice: rows.invoice[i] ?? "", dueDate: due, daysOverdue: input.asOf - due, open, currency };
      (rows.disputed[i] === 1 ? g.disputed : g.items).push(item);
    }
  };
  const addLog = (from: number, to: number) => {
    for (let k = from; k < to; k++) logIndex.add(input.log[k]);
  };
  const finish = (): PreparedRun => {
    const byId = new Map<string, CustomerProfile>();
    for (const c of input.customers) if (customerIdKey(c.id) !== "") byId.set(customerIdKey(c.id), c);
    // Names are normalised only when a customer is not found by its id.
    let byName: Map<string, CustomerProfile> | null = null;
    const nameIndex = () => {
      if (byName) return byName;
      byName = new Map();
      for (const c of input.customers) if (customerMatchKey(c.name) !== "" && !byName.has(customerMatchKey(c.name))) byName.set(customerMatchKey(c.name), c);
      return byName;
    };
    const groups = [...byKey.values()].filter((g) => g.items.length + g.disputed.length > 0);
    return {
      input,
      groups,
      log: logIndex.index,
      overdueItems: overdue,
      profileOf: (g) => (customerIdKey(g.customerId) !== "" ? byId.get(customerIdKey(g.customerId)) : undefined) ?? nameIndex().get(customerMatchKey(g.customer)) ?? null,
    };
  };
  return { addRows, addLog, finish };
}

/** The whole ledger grouped at once (startRun fed every row). */
export function prepareRun(input: DunningRunInput): PreparedRun {
  const prep = startRun(input);
  prep.addLog(0, input.log.length);
  prep.addRows(0, input.ledger.length);
  return prep.finish();
}

/** What one customer gives: its letter (or none), the items left out, its problems. */
export interface CustomerOutcome {
  readonly letter: DunningLetter | null;
  readonly exclusions: readonly Exclusion[];
  readonly problems: readonly CustomerProblem[];
}

function rulesOf(run: PreparedRun, g: CustomerGroup): DunningRules | Problem {
  const policy = run.input.policy;
  if (!policy) return TEMPLATE_RULES;
  const keys = policyKeys(g.customerId, g.customer);
  for (const k of keys) if (policy.badCustomers.has(k)) return { code: "dunning.run.badOwnPolicy", params: {} };
  for (const k of keys) {
    const own = policy.byCustomer.get(k);
    if (own) return own;
  }
  return policy.defaultRules ?? { code: "dunning.run.noPolicy", params: {} };
}

const planCovers = (plan: PlanRecord) => new Set(plan.items.split(/;\s*/).map((s) => s.trim()).filter((s) => s !== ""));

const invoiceKey = (invoice: string) => invoice.trim().toUpperCase();

/** A customer's bank payments per invoice: the amounts applied added up, with the last date. */
function paidByInvoice(paid: readonly PaidItem[], ref: { customer: string; customerId: string }): Map<string, { amount: Minor; date: Serial }> {
  const out = new Map<string, { amount: Minor; date: Serial }>();
  for (const p of paid) {
    if (p.invoice === "" || !sameCustomer(p, ref)) continue;
    const key = invoiceKey(p.invoice);
    const seen = out.get(key);
    out.set(key, { amount: (seen?.amount ?? 0) + p.amount, date: Math.max(seen?.date ?? p.date, p.date) });
  }
  return out;
}

/**
 * One customer's part of the run: its items left out (disputed, under a plan on track or late within
 * its grace days, under a promise not yet due, the currency's net balance a credit, no level reached
 * or no new one since the last letter, under the minimum, or the customer's input bad), and the
 * letter of the rest at the highest level among them.
 */
export function dunCustomer(run: PreparedRun, g: CustomerGroup): CustomerOutcome {
  const { input } = run;
  const exclusions: Exclusion[] = [];
  const problems: CustomerProblem[] = [];
  const out = (item: RunItem, reason: ExclusionReason, detail: Record<string, string | number> = {}) => exclusions.push({ customer: g.customer, customerId: g.customerId, item, reason, detail });
  const problem = (p: Problem) => problems.push({ customer: g.customer, customerId: g.customerId, problem: p });
  for (const item of g.disputed) out(item, "disputed");

  const ref = { customer: g.customer, customerId: g.customerId };
  const plans = input.plans.filter((p) => (p.status === "On track" || p.status === "Late") && sameCustomer(p, ref));
  const covered = new Map<string, string>();
  for (const p of plans) for (const inv of planCovers(p)) covered.set(inv, p.id);
  const promise = input.promises.find((p) => p.status === "Pending" && p.date >= input.asOf && sameCustomer(p, ref));
  const paid = paidByInvoice(input.paid ?? [], ref);
  const items: RunItem[] = [];
  for (const unpaid of g.items) {
    // Paid at the bank since the export: left out when settled, else dunned for what is still open.
    const bank = unpaid.invoice !== "" ? paid.get(invoiceKey(unpaid.invoice)) : undefined;
    if (bank && bank.amount >= unpaid.open) {
      out(unpaid, "paid", { date: serialToIso(bank.date) });
      continue;
    }
    const item = bank ? { ...unpaid, open: unpaid.open - bank.amount } : unpaid;
    const plan = item.invoice !== "" ? covered.get(item.invoice) : undefined;
    if (plan) out(item, "plan", { plan });
    else if (promise) out(item, "promise", { promise: promise.id, date: serialToIso(promise.date) });
    else if ((g.net.get(item.currency) ?? 0) <= 0) out(item, "creditBalance", { balance: g.net.get(item.currency) ?? 0 });
    else items.push(item);
  }
  if (items.length === 0) return { letter: null, exclusions, problems };

  const rules = rulesOf(run, g);
  if ("code" in rules) {
    problem(rules);
    for (const item of items) out(item, "problem", { problem: rules.code });
    return { letter: null, exclusions, problems };
  }
  const top = rules.length;
  const leveled = items.map((item) => {
    const h = run.log.history(g.key, item.invoice);
    const lastLevel = Math.min(top, h.lastLevel ?? 0);
    const level = dunningLevel(item.dueDate, input.asOf, rules, { lastLevel, lastDate: h.lastDate ?? null });
    return { item, level, lastLevel, lastDate: h.lastDate ?? null };
  });
  if (!leveled.some((l) => l.level > l.lastLevel)) {
    for (const l of leveled) {
      if (l.level === 0) out(l.item, "notYet");
      else out(l.item, "alreadySent", { level: l.level, date: l.lastDate === null ? "" : serialToIso(l.lastDate) });
    }
    return { letter: null, exclusions, problems };
  }
  // The minimum, per currency, on what the letter would list.
  const sums = new Map<string, Minor>();
  for (const l of leveled) sums.set(l.item.currency, (sums.get(l.item.currency) ?? 0) + l.item.open);
  const kept = leveled.filter((l) => {
    if ((sums.get(l.item.currency) ?? 0) >= input.minimum) return true;
    out(l.item, "belowMinimum", { minimum: input.minimum, sum: sums.get(l.item.currency) ?? 0 });
    return false;
  });
  if (!kept.some((l) => l.level > l.lastLevel)) {
    for (const l of kept) out(l.item, l.level === 0 ? "notYet" : "alreadySent", { level: l.level });
    return { letter: null, exclusions, problems };
  }
  const level = Math.max(...kept.map((l) => l.level));
  const rule = rules[level - 1];

  const profile = run.profileOf(g);
  const language = languageOf(profile?.language ?? "", g.ledgerLanguage) || COUNTRY_LANGUAGE[languageOf(g.ledgerCountry, profile?.country ?? "")] || languageOf(input.defaultLanguage);
  const bad: Problem[] = [];
  if (language === "") bad.push({ code: "dunning.run.noLanguage", params: {} });
  else if (!LETTER_LANGUAGES.includes(language)) bad.push({ code: "dunning.run.language", params: { text: language } });
  const wantsPost = rule.channel !== "email";
  const wantsMail = rule.channel !== "letter";
  if (wantsPost && (profile?.address.length ?? 0) === 0) bad.push({ code: "dunning.run.noAddress", params: { level } });
  if (wantsMail && (profile?.email ?? "").trim() === "") bad.push({ code: "dunning.run.noEmail", params: { level } });
  for (const c of new Set(kept.map((l) => l.item.currency))) if (!KNOWN_CURRENCIES.has(c)) bad.push({ code: "dunning.run.currency", params: { text: c } });
  if (bad.length > 0) {
    bad.forEach(problem);
    for (const l of kept) out(l.item, "problem", { problem: bad[0].code });
    return { letter: null, exclusions, problems };
  }

  const country = (profile?.country || g.ledgerCountry).trim().toLowerCase();
  const jurisdiction = COUNTRY_LAW[country] ?? input.defaultJurisdiction;
  const individual = (profile?.kind ?? "").trim().toLowerCase() === "individual";
  const regime: InterestRegime = { kind: "statutory", jurisdiction, b2c: individual };
  const book = input.book ?? SHIPPED_RATES;
  // The fixed recovery sums are for businesses (Directive 2011/7/EU, §288(5) BGB, D441-5, the UK Act); a
  // Dutch consumer owes the collection costs only after the 14-day letter, so from the pre-legal letter on.
  const feeApplies = rule.claimStatutoryFee && (!individual || (jurisdiction === "NL" && rule.textId === "prelegal"));
  const letterItems: LetterItem[] = kept
    .map((l) => {
      const interest = rule.claimInterest ? lateInterestTotal({ principal: l.item.open, dueDate: l.item.dueDate, endDate: input.asOf, regime }, book) : 0;
      const statutoryFee = feeApplies && l.item.currency === feeCurrency(jurisdiction) ? lateFee(l.item.open, jurisdiction, individual) : 0;
      return { ...l.item, level: l.level, lastLevel: l.lastLevel, interest, statutoryFee };
    })
    .sort((a, b) => a.dueDate - b.dueDate || a.entry - b.entry);
  // A consumer in France may not be charged recovery costs before a court order (L111-8 CPCE).
  const fee = individual && jurisdiction === "FR" ? 0 : rule.fee;
  const totals = letterTotals(letterItems, fee);
  const deadlineDays = Math.max(rule.deadlineDays, legalMinimumDays(rule.textId, jurisdiction, individual));
  const letter: DunningLetter = {
    key: g.key, customer: g.customer, customerId: g.customerId, profile, language, jurisdiction, individual, level, rule, items: letterItems, totals,
    channel: rule.channel, deadlineDays, deadline: input.asOf + deadlineDays, previousLetter: run.log.lastLetter(g.key),
  };
  return { letter, exclusions, problems };
}

/** A letter's totals per currency; the reminder fee goes on the first currency. */
export function letterTotals(items: readonly LetterItem[], fee: Minor): LetterTotal[] {
  const map = new Map<string, { currency: string; items: number; principal: Minor; interest: Minor; statutoryFees: Minor; fee: Minor; total: Minor }>();
  for (const i of items) {
    let t = map.get(i.currency);
    if (!t) map.set(i.currency, (t = { currency: i.currency, items: 0, principal: 0, interest: 0, statutoryFees: 0, fee: map.size === 0 ? fee : 0, total: 0 }));
    t.items++;
    t.principal += i.open;
    t.interest += i.interest;
    t.statutoryFees += i.statutoryFee;
  }
  return [...map.values()].map((t) => ({ ...t, total: t.principal + t.interest + t.statutoryFees + t.fee }));
}

/** The run's totals per currency and level. */
export function runTotals(letters: readonly DunningLetter[]): RunTotal[] {
  const map = new Map<string, { currency: string; level: number; letters: number; items: number; principal: Minor; interest: Minor; fees: Minor; total: Minor }>();
  const order: string[] = [];
  for (const l of letters) {
    for (const t of l.totals) {
      const k = `${t.currency} ${l.level}`;
      let r = map.get(k);
      if (!r) {
        map.set(k, (r = { currency: t.currency, level: l.level, letters: 0, items: 0, principal: 0, interest: 0, fees: 0, total: 0 }));
        if (!order.includes(t.currency)) order.push(t.currency);
      }
      r.letters++;
      r.items += t.items;
      r.principal += t.principal;
      r.interest += t.interest;
      r.fees += t.statutoryFees + t.fee;
      r.total += t.total;
    }
  }
  return [...map.values()].sort((a, b) => order.indexOf(a.currency) - order.indexOf(b.currency) || a.level - b.level);
}

/** Puts the customers' outcomes together. */
export function finishRun(run: PreparedRun, outcomes: readonly CustomerOutcome[]): DunningRunResult {
  const letters = outcomes.flatMap((o) => (o.letter ? [o.letter] : []));
  return {
    asOf: run.input.asOf,
    letters,
    exclusions: outcomes.flatMap((o) => o.exclusions),
    problems: outcomes.flatMap((o) => o.problems),
    totals: runTotals(letters),
    overdueItems: run.overdueItems,
  };
}

/**
 * The whole run at once (the pane runs the same steps in slices, pausing between them): one letter
 * per customer with an item at a new level, every other overdue item in the exclusions.
 */
export function dunningRun(input: DunningRunInput): DunningRunResult {
  const run = prepareRun(input);
  return finishRun(run, run.groups.map((g) => dunCustomer(run, g)));
}
