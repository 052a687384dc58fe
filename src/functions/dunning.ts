import { CellInput } from "../domain/core";
import { DEFAULT_DUNNING_POLICY, DunningPolicy, dunningLevel as levelOf, readDunningPolicy } from "../domain/dunning";
import { isOmitted, optionalNumber, requiredDate } from "./args";
import { formula } from "./errors";

/**
 * The reminder level an invoice should be at on as_of (0: no reminder yet). Levels escalate one step
 * at a time: never above last_level + 1, not before min_days_since_last days after last_date, never
 * below last_level.
 * @customfunction DUNNINGLEVEL
 * @helpurl https://localhost:3000/help.html#ar-dunninglevel
 * @param due_date The invoice's due date.
 * @param as_of The date to judge on, for example TODAY().
 * @param [policy] Your policy range: a header row with level, min_days_overdue and min_days_since_last, one row per level. Default: levels 1 to 4 at 7, 21, 35 and 60 days overdue, at least 14 days apart.
 * @param [last_level] The level of the last reminder sent; default 0 (none yet).
 * @param [last_date] The date the last reminder was sent; left out, only the days overdue decide.
 * @returns The level, from last_level to last_level + 1.
 */
export function dunningLevel(due_date: any, as_of: any, policy?: any[][], last_level?: any, last_date?: any): number {
  return formula(() => {
    const dueDate = requiredDate(due_date, "due_date");
    const asOf = requiredDate(as_of, "as_of");
    const rules = readPolicy(policy);
    const lastLevel = optionalNumber(last_level, "last_level", 0);
    const lastDate = isOmitted(last_date) ? null : requiredDate(last_date, "last_date");
    return levelOf(dueDate, asOf, rules, { lastLevel, lastDate });
  });
}

/** The policy argument: omitted → the default policy; else a range read by readDunningPolicy. */
function readPolicy(arg: unknown): DunningPolicy {
  if (isOmitted(arg)) return DEFAULT_DUNNING_POLICY;
  const rows = Array.isArray(arg) ? (arg as unknown[]).map((row) => (Array.isArray(row) ? row : [row])) : [[arg]];
  return readDunningPolicy(rows as CellInput[][]);
}
