import { DomainError, Serial, serialToIso } from "../core";
import { checkDunningPolicy, DEFAULT_DUNNING_POLICY, DunningPolicy } from "./policy";

/** What has been sent so far: the last reminder level (0: none) and the day it went out, if known. */
export interface DunningHistory {
  readonly lastLevel?: number;
  readonly lastDate?: Serial | null;
}

/**
 * The reminder level an invoice due on `dueDate` should be at on `asOf`; 0 means no reminder yet.
 * Levels escalate one step at a time: the answer is last level + 1 once the invoice is at least that
 * level's min_days_overdue days overdue (as_of − due date) and, when the last reminder's date is
 * known, at least its min_days_since_last days after it; otherwise it stays at the last level. So it
 * is never below the last level, never more than one above it, and never falls as `asOf` moves on.
 * The last level is a whole number from 0 to the policy's highest; a last date after `asOf` is
 * refused, as no reminder can have been sent after the day the level is judged on.
 *
 * @example
 * dunningLevel(46000, 46010) //=> 1 (10 days overdue: the first reminder is due from 7)
 * dunningLevel(46000, 46090) //=> 1 (90 days overdue, but no reminder was sent yet: one step at a time)
 * dunningLevel(46000, 46030, DEFAULT_DUNNING_POLICY, { lastLevel: 1, lastDate: 46010 }) //=> 2
 * dunningLevel(46000, 46030, DEFAULT_DUNNING_POLICY, { lastLevel: 1, lastDate: 46020 }) //=> 1 (only 10 days since the first reminder)
 */
export function dunningLevel(dueDate: Serial, asOf: Serial, policy: DunningPolicy = DEFAULT_DUNNING_POLICY, history: DunningHistory = {}): number {
  checkDunningPolicy(policy);
  const lastLevel = history.lastLevel ?? 0;
  const lastDate = history.lastDate ?? null;
  const top = policy.length;
  if (!(Number.isInteger(lastLevel) && lastLevel >= 0 && lastLevel <= top)) throw new DomainError("dunning.lastLevelRange", { text: String(lastLevel), max: top });
  if (lastDate !== null && lastDate > asOf) throw new DomainError("dunning.lastDateAfterAsOf", { date: serialToIso(lastDate), asOf: serialToIso(asOf) });
  if (lastLevel === top) return top;
  const next = policy[lastLevel];
  if (asOf - dueDate < next.minDaysOverdue) return lastLevel;
  if (lastDate !== null && asOf - lastDate < next.minDaysSinceLast) return lastLevel;
  return next.level;
}
