import { Minor, Serial } from "../core";

/**
 * Who to call today: customers ranked by what is at stake. The rule is a visible sum of points the
 * collector can change in Settings: points per 1,000 overdue for 30 days (amount × days overdue), and
 * points per broken plan, broken promise, promise due today, item at the last dunning level and credit
 * hold.
 */
export interface FollowUpRule {
  /** Points per 1,000 (major units) overdue for 30 days: 2,000 overdue 45 days is 3 units. */
  readonly overdue: number;
  readonly brokenPlan: number;
  readonly brokenPromise: number;
  readonly promiseDueToday: number;
  readonly lastDunningLevel: number;
  readonly creditHold: number;
}

export const DEFAULT_FOLLOW_UP_RULE: FollowUpRule = { overdue: 1, brokenPlan: 20, brokenPromise: 15, promiseDueToday: 10, lastDunningLevel: 10, creditHold: 25 };

/** The Settings key of each weight of the rule. */
export const FOLLOW_UP_SETTINGS: Readonly<Record<keyof FollowUpRule, string>> = {
  overdue: "followUp.overdue",
  brokenPlan: "followUp.brokenPlan",
  brokenPromise: "followUp.brokenPromise",
  promiseDueToday: "followUp.promiseDueToday",
  lastDunningLevel: "followUp.lastDunningLevel",
  creditHold: "followUp.creditHold",
};

/**
 * The rule of the workbook's settings: each weight a number 0 or more, the default where blank or not
 * a number.
 *
 * @example
 * followUpRuleOf({ "followUp.brokenPlan": "50" }).brokenPlan //=> 50
 */
export function followUpRuleOf(settings: Readonly<Record<string, string>>): FollowUpRule {
  const out: Record<string, number> = {};
  for (const [k, key] of Object.entries(FOLLOW_UP_SETTINGS) as [keyof FollowUpRule, string][]) {
    const n = Number(String(settings[key] ?? "").replace(",", "."));
    out[k] = String(settings[key] ?? "").trim() !== "" && Number.isFinite(n) && n >= 0 ? n : DEFAULT_FOLLOW_UP_RULE[k];
  }
  return out as unknown as FollowUpRule;
}

/** One open item of a customer. */
export interface FollowUpItem {
  readonly document: string;
  readonly dueDate: Serial;
  readonly open: Minor;
  readonly currency: string;
}

/** What is known of a customer for the list. */
export interface FollowUpCustomer {
  readonly key: string;
  readonly customer: string;
  readonly customerId: string;
  readonly items: readonly FollowUpItem[];
  readonly brokenPlans: number;
  readonly brokenPromises: number;
  readonly promisesDueToday: number;
  /** Items (or customers, from the dunning log) at the last dunning level. */
  readonly atLastLevel: number;
  readonly onHold: boolean;
  readonly lastContact: Serial | null;
  /** The next action date the last call set, if any. */
  readonly nextAction: Serial | null;
}

export interface FollowUpEntry extends FollowUpCustomer {
  readonly score: number;
  readonly overdue: Minor;
  /** The points of each part of the rule, for the "why" beside each customer. */
  readonly parts: Readonly<Record<keyof FollowUpRule, number>>;
}

/**
 * The customers ranked by score, highest first (ties: more overdue first, then by name); customers
 * scoring 0 are left out, as are those whose next action is after today.
 *
 * @example
 * followUpList([{ key: "a", customer: "A", customerId: "", items: [{ document: "F1", dueDate: 45970, open: 100_000, currency: "EUR" }], brokenPlans: 1, brokenPromises: 0, promisesDueToday: 0, atLastLevel: 0, onHold: false, lastContact: null, nextAction: null }], 46000, DEFAULT_FOLLOW_UP_RULE)[0].score
 * //=> 21 (1,000 overdue 30 days, and a broken plan)
 */
export function followUpList(customers: readonly FollowUpCustomer[], today: Serial, rule: FollowUpRule): FollowUpEntry[] {
  const out: FollowUpEntry[] = [];
  for (const c of customers) {
    if (c.nextAction !== null && c.nextAction > today) continue;
    let overdue = 0;
    let amountDays = 0;
    for (const i of c.items) {
      const days = today - i.dueDate;
      if (days > 0 && i.open > 0) {
        overdue += i.open;
        amountDays += (i.open / 100) * days;
      }
    }
    const parts = {
      overdue: round2((rule.overdue * amountDays) / 30_000),
      brokenPlan: rule.brokenPlan * c.brokenPlans,
      brokenPromise: rule.brokenPromise * c.brokenPromises,
      promiseDueToday: rule.promiseDueToday * c.promisesDueToday,
      lastDunningLevel: rule.lastDunningLevel * c.atLastLevel,
      creditHold: c.onHold ? rule.creditHold : 0,
    };
    const score = round2(Object.values(parts).reduce((a, b) => a + b, 0));
    if (score > 0) out.push({ ...c, score, overdue, parts });
  }
  return out.sort((a, b) => b.score - a.score || b.overdue - a.overdue || a.customer.localeCompare(b.customer));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** A call the collector logs: what came of it, a promise if one was taken, and when to call next. */
export interface CallLog {
  readonly date: Serial;
  readonly outcome: string;
  readonly promise?: { readonly amount: Minor; readonly date: Serial };
  readonly nextAction: Serial | null;
}

/** The marker of the next action date in a contact's summary, read back by `nextActionOf`. */
const NEXT = "next:";

/**
 * The summary a call leaves in `AR Contact History`: the outcome, the promise and the next action date
 * (ISO, after "next:", so the list reads it back).
 *
 * @example
 * callSummary({ date: 46000, outcome: "Will pay Friday", nextAction: 46003 }, (d) => "2025-12-09") //=> "Will pay Friday · next: 2025-12-09"
 */
export function callSummary(call: CallLog, iso: (serial: Serial) => string, promiseText?: string): string {
  return [call.outcome.trim(), promiseText ?? "", call.nextAction !== null ? `${NEXT} ${iso(call.nextAction)}` : ""].filter((x) => x !== "").join(" · ");
}

/**
 * The next action date a summary names, or null.
 *
 * @example
 * nextActionOf("No answer · next: 2025-12-09", (t) => (t === "2025-12-09" ? 46003 : null)) //=> 46003
 */
export function nextActionOf(summary: string, serialOf: (iso: string) => Serial | null): Serial | null {
  const m = /next:\s*(\d{4}-\d{2}-\d{2})/.exec(summary);
  return m ? serialOf(m[1]) : null;
}
