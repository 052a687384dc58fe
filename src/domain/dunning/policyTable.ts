import { CellInput, isBlank, isExcelError, Minor, Problem, toMinor } from "../core";
import { customerIdKey, customerMatchKey } from "../customers";
import { DunningStep } from "./policy";

/**
 * The `AR Dunning Policy` table: one row per level of a policy, with what that level's letter does.
 * Rows with a blank `customer` make the default policy; rows naming a customer (its id or its name)
 * make that customer's own policy, complete in itself (all its levels, 1, 2, 3, … in order). A
 * customer column in the policy table, rather than a policy column in AR Customers, keeps every
 * policy readable in one visible table and leaves the customer file untouched.
 */

export type DunningChannel = "letter" | "email" | "both";
export const DUNNING_CHANNELS: readonly DunningChannel[] = ["letter", "email", "both"];

/** The letter texts: friendly reminder, second notice, final (formal) demand, pre-legal letter before action. */
export type LetterTextId = "reminder" | "second" | "final" | "prelegal";
export const LETTER_TEXT_IDS: readonly LetterTextId[] = ["reminder", "second", "final", "prelegal"];

/** One level of a full policy: when it is sent (a DunningStep) and what its letter claims. */
export interface DunningRule extends DunningStep {
  /** A reminder fee per letter, in minor units of the letter's currency. */
  readonly fee: Minor;
  readonly claimInterest: boolean;
  /** The statutory recovery compensation (EUR 40 and the like) per late invoice. */
  readonly claimStatutoryFee: boolean;
  /** Days the customer is given to pay, counted from the letter's date. */
  readonly deadlineDays: number;
  readonly channel: DunningChannel;
  readonly textId: LetterTextId;
}

export type DunningRules = readonly DunningRule[];

/** The policy table's columns, in the order the template writes them. */
export const POLICY_TABLE_COLUMNS = [
  "customer", "level", "min_days_overdue", "min_days_since_last", "fee", "claim_interest", "claim_statutory_fee", "deadline_days", "channel", "letter_text",
] as const;
type Column = (typeof POLICY_TABLE_COLUMNS)[number];
/** Columns a policy table can do without: a blank customer, no fee, no interest, no statutory fee. */
const OPTIONAL: readonly Column[] = ["customer", "fee", "claim_interest", "claim_statutory_fee"];

export const POLICY_SHEET = "AR Dunning Policy";

const rule = (level: number, minDaysOverdue: number, claims: boolean, deadlineDays: number, channel: DunningChannel, textId: LetterTextId): DunningRule => ({
  level, minDaysOverdue, minDaysSinceLast: level === 1 ? 0 : 14, fee: 0, claimInterest: claims, claimStatutoryFee: claims, deadlineDays, channel, textId, row: level + 1,
});

/**
 * The template: friendly reminder at 7 days overdue, second notice at 21, final demand at 35 and the
 * pre-legal letter at 60, each at least 14 days after the one before. No reminder fee (in Germany the
 * Mahnung that starts the default is free; in France a consumer may not be charged); interest and the
 * statutory fee are claimed from the second notice on; the final demand gives 15 days (the Italian
 * diffida's minimum, and 14 days from the day after receipt of the Dutch 14-day letter), the pre-legal
 * letter 30 (the UK Pre-Action Protocol's reply period).
 */
export const TEMPLATE_RULES: DunningRules = [
  rule(1, 7, false, 10, "email", "reminder"),
  rule(2, 21, true, 10, "both", "second"),
  rule(3, 35, true, 15, "both", "final"),
  rule(4, 60, true, 30, "letter", "prelegal"),
];

/** The template as the table's rows, header first. */
export function policyTemplateRows(): (string | number)[][] {
  return [
    [...POLICY_TABLE_COLUMNS],
    ...TEMPLATE_RULES.map((r) => ["", r.level, r.minDaysOverdue, r.minDaysSinceLast, r.fee / 100, r.claimInterest ? "yes" : "no", r.claimStatutoryFee ? "yes" : "no", r.deadlineDays, r.channel, r.textId]),
  ];
}

/** A policy problem: the row of the table (header = row 1) and, when one customer's policy is bad, whose. */
export interface PolicyProblem {
  readonly row: number;
  /** "" for the default policy. */
  readonly customer: string;
  readonly problem: Problem;
}

/** Every policy of the table: the default one and the customers' own, each checked. */
export interface PolicyTable {
  /** The default policy; null when the table has none or it is bad (the run then cannot go). */
  readonly defaultRules: DunningRules | null;
  /** Customers' own policies by their match key (id key or name key); a bad one is absent here and in `problems`. */
  readonly byCustomer: ReadonlyMap<string, DunningRules>;
  /** Keys of customers whose own policy is bad: they are not dunned (listed), never dunned by the default. */
  readonly badCustomers: ReadonlySet<string>;
  readonly problems: readonly PolicyProblem[];
}

const headerKey = (cell: CellInput) => (typeof cell === "string" ? cell.trim().toLowerCase().replace(/[\s-]+/g, "_") : "");
const cellText = (cell: CellInput) => (cell === null || cell === undefined ? "" : String(cell).trim());

/** The keys a customer cell of the policy table matches: as an id and as a name. */
export function policyKeys(customerId: string, customer: string): string[] {
  const keys: string[] = [];
  if (customerIdKey(customerId) !== "") keys.push(`id:${customerIdKey(customerId)}`);
  if (customerMatchKey(customer) !== "") keys.push(`name:${customerMatchKey(customer)}`);
  return keys;
}

function yesNo(cell: CellInput): boolean | null {
  if (typeof cell === "boolean") return cell;
  if (isBlank(cell)) return false;
  if (cell === 1 || cell === 0) return cell === 1;
  const text = cellText(cell).toLowerCase();
  if (["yes", "y", "true", "si", "sì", "ja", "oui", "x"].includes(text)) return true;
  if (["no", "n", "false", "nein", "nee", "non", ""].includes(text)) return false;
  return null;
}

/** Reads one row into a rule, or the problem of its first bad cell. */
function readRow(cells: readonly CellInput[], at: Partial<Record<Column, number>>, row: number): DunningRule | Problem {
  const cell = (c: Column) => (at[c] === undefined ? null : cells[at[c]!]);
  const whole = (c: Column, min: number): number | Problem => {
    const v = cell(c);
    if (typeof v === "number" && Number.isSafeInteger(v) && v >= min) return v;
    if (isBlank(v)) return { code: "dunning.table.blank", params: { row, column: c } };
    if (typeof v === "string" && isExcelError(v)) return { code: "dunning.table.error", params: { row, column: c, text: v } };
    return { code: min > 0 ? "dunning.table.positive" : "dunning.table.whole", params: { row, column: c, text: cellText(v) } };
  };
  const level = whole("level", 1);
  if (typeof level !== "number") return level;
  const minDaysOverdue = whole("min_days_overdue", 0);
  if (typeof minDaysOverdue !== "number") return minDaysOverdue;
  const minDaysSinceLast = whole("min_days_since_last", 0);
  if (typeof minDaysSinceLast !== "number") return minDaysSinceLast;
  const deadlineDays = whole("deadline_days", 1);
  if (typeof deadlineDays !== "number") return deadlineDays;
  const feeCell = cell("fee");
  if (!(isBlank(feeCell) || (typeof feeCell === "number" && Number.isFinite(feeCell) && feeCell >= 0))) return { code: "dunning.table.fee", params: { row, text: cellText(feeCell) } };
  const fee = typeof feeCell === "number" ? toMinor(feeCell) : 0;
  const flags: boolean[] = [];
  for (const c of ["claim_interest", "claim_statutory_fee"] as const) {
    const v = yesNo(cell(c));
    if (v === null) return { code: "dunning.table.yesNo", params: { row, column: c, text: cellText(cell(c)) } };
    flags.push(v);
  }
  const channel = cellText(cell("channel")).toLowerCase().replace("e-mail", "email") as DunningChannel;
  if (!DUNNING_CHANNELS.includes(channel)) return { code: "dunning.table.channel", params: { row, text: cellText(cell("channel")) } };
  const textId = cellText(cell("letter_text")).toLowerCase() as LetterTextId;
  if (!LETTER_TEXT_IDS.includes(textId)) return { code: "dunning.table.text", params: { row, text: cellText(cell("letter_text")) } };
  return { level, minDaysOverdue, minDaysSinceLast, fee, claimInterest: flags[0], claimStatutoryFee: flags[1], deadlineDays, channel, textId, row };
}

/**
 * The first problem of one policy's levels in table order: a gap or a skipped level ("level 3 after
 * level 1"), a level twice, a level sooner than the one before; null when the policy is good.
 */
export function checkRules(rules: DunningRules): Problem | null {
  if (rules.length === 0) return { code: "dunning.table.empty", params: {} };
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    const row = r.row ?? i + 2;
    if (r.level !== i + 1) {
      const code = i > 0 && r.level === rules[i - 1].level ? "dunning.table.twice" : "dunning.table.gap";
      return { code, params: { row, level: r.level, expected: i + 1 } };
    }
    const prev = rules[i - 1];
    if (prev && r.minDaysOverdue < prev.minDaysOverdue) return { code: "dunning.table.sooner", params: { row, level: r.level, days: r.minDaysOverdue, previous: prev.minDaysOverdue } };
  }
  return null;
}

/**
 * Reads the `AR Dunning Policy` table (header row first; column names in any case, spaces or hyphens
 * as underscores; blank rows skipped). Every bad cell, gap or skipped level is a problem naming its row;
 * a customer with a bad policy is set apart (not dunned by the default in its place).
 *
 * @example
 * readPolicyTable(policyTemplateRows()).defaultRules?.map((r) => r.minDaysOverdue) //=> [7, 21, 35, 60]
 */
export function readPolicyTable(values: readonly (readonly CellInput[])[]): PolicyTable {
  const problems: PolicyProblem[] = [];
  const at: Partial<Record<Column, number>> = {};
  (values[0] ?? []).forEach((cell, c) => {
    const key = headerKey(cell) as Column;
    if ((POLICY_TABLE_COLUMNS as readonly string[]).includes(key) && at[key] === undefined) at[key] = c;
  });
  const missing = POLICY_TABLE_COLUMNS.filter((c) => at[c] === undefined && !OPTIONAL.includes(c));
  if (missing.length > 0) return { defaultRules: null, byCustomer: new Map(), badCustomers: new Set(), problems: [{ row: 1, customer: "", problem: { code: "dunning.table.columns", params: { columns: missing.join(", ") } } }] };
  const groups = new Map<string, { customer: string; rules: DunningRule[]; bad: boolean }>();
  for (let r = 1; r < values.length; r++) {
    const cells = values[r];
    if (cells.every((c) => isBlank(c))) continue;
    const customer = at.customer === undefined ? "" : cellText(cells[at.customer]);
    const key = customer === "" ? "" : customer.toLowerCase();
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { customer, rules: [], bad: false }));
    const read = readRow(cells, at, r + 1);
    if ("code" in read) {
      if (!group.bad) problems.push({ row: r + 1, customer, problem: read });
      group.bad = true;
    } else group.rules.push(read);
  }
  let defaultRules: DunningRules | null = null;
  const byCustomer = new Map<string, DunningRules>();
  const badCustomers = new Set<string>();
  for (const [key, group] of groups) {
    const problem = group.bad ? null : checkRules(group.rules);
    if (problem) problems.push({ row: Number(problem.params?.row ?? 1), customer: group.customer, problem });
    const good = !group.bad && !problem;
    const keys = key === "" ? [] : [`id:${customerIdKey(group.customer)}`, `name:${customerMatchKey(group.customer)}`];
    if (key === "") defaultRules = good ? group.rules : null;
    else for (const k of keys) {
      if (good) byCustomer.set(k, group.rules);
      else badCustomers.add(k);
    }
  }
  if (!groups.has("")) problems.push({ row: 1, customer: "", problem: { code: "dunning.table.noDefault", params: {} } });
  return { defaultRules, byCustomer, badCustomers, problems };
}
