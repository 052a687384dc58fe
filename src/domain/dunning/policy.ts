import { CellInput, DomainError, isBlank, isExcelError } from "../core";

/**
 * A dunning policy: the reminder levels, each sent once an invoice is at least `minDaysOverdue` days
 * overdue and at least `minDaysSinceLast` days after the previous reminder. Policies live in a visible
 * workbook table so an auditor can read them.
 */

/** One reminder level. Days are whole numbers of 0 or more. */
export interface DunningStep {
  readonly level: number;
  readonly minDaysOverdue: number;
  readonly minDaysSinceLast: number;
  /** The level's row in the policy range (header = row 1), for messages; default index + 2. */
  readonly row?: number;
}

/** Levels 1, 2, 3, … in order, one step each; a higher level never comes sooner than a lower one. */
export type DunningPolicy = readonly DunningStep[];

/** The policy table's columns. */
export const DUNNING_POLICY_COLUMNS = ["level", "min_days_overdue", "min_days_since_last"] as const;
export type DunningPolicyColumn = (typeof DUNNING_POLICY_COLUMNS)[number];

const step = (level: number, minDaysOverdue: number, row: number): DunningStep => ({ level, minDaysOverdue, minDaysSinceLast: 14, row });

/**
 * The policy AR.DUNNINGLEVEL uses when given none, common practice (no statute prescribes one):
 * friendly reminder, second notice, final demand and pre-legal at 7, 21, 35 and 60 days overdue, at
 * least 14 days apart.
 */
export const DEFAULT_DUNNING_POLICY: DunningPolicy = [step(1, 7, 2), step(2, 21, 3), step(3, 35, 4), step(4, 60, 5)];

/** A header as the reader compares it: trimmed, lower case, spaces and hyphens as underscores. */
function headerKey(cell: CellInput): string {
  return typeof cell === "string" ? cell.trim().toLowerCase().replace(/[\s-]+/g, "_") : "";
}

function locateColumns(header: readonly CellInput[]): Record<DunningPolicyColumn, number> {
  const found: Partial<Record<DunningPolicyColumn, number>> = {};
  header.forEach((cell, c) => {
    const key = headerKey(cell) as DunningPolicyColumn;
    if (!(DUNNING_POLICY_COLUMNS as readonly string[]).includes(key)) return;
    if (found[key] !== undefined) throw new DomainError("dunning.policy.duplicateColumn", { column: key, first: found[key]! + 1, second: c + 1 });
    found[key] = c;
  });
  const missing = DUNNING_POLICY_COLUMNS.filter((name) => found[name] === undefined);
  if (missing.length > 0) throw new DomainError("dunning.policy.missingColumns", { columns: missing.join(", ") });
  return found as Record<DunningPolicyColumn, number>;
}

/** A whole number of 0 or more; blank, text, an error value or a fraction is a problem naming the row. */
function wholeCell(cell: CellInput, column: DunningPolicyColumn, row: number): number {
  if (typeof cell === "number" && Number.isSafeInteger(cell) && cell >= 0) return cell;
  if (isBlank(cell)) throw new DomainError("dunning.policy.blankCell", { row, column });
  const text = typeof cell === "string" ? cell.trim() : typeof cell === "boolean" ? String(cell).toUpperCase() : String(cell);
  if (typeof cell === "string" && isExcelError(cell)) throw new DomainError("dunning.policy.errorCell", { row, column, text });
  throw new DomainError("dunning.policy.notWhole", { row, column, text });
}

/**
 * Reads a policy range: a header row naming the columns level, min_days_overdue and
 * min_days_since_last (any order, any case, "Min days overdue" works too; other columns such as a
 * letter name or a fee are ignored), then one row per level; fully blank rows are skipped. Row
 * numbers in messages count the range's rows, the header being row 1. The levels are then checked as
 * {@link checkDunningPolicy} does.
 *
 * @example
 * readDunningPolicy([["level", "min_days_overdue", "min_days_since_last"], [1, 10, 0], [2, 30, 15]]).map((s) => s.minDaysOverdue)
 * //=> [10, 30]
 */
export function readDunningPolicy(rows: readonly (readonly CellInput[])[]): DunningPolicy {
  if (rows.length === 0) throw new DomainError("dunning.policy.missingColumns", { columns: DUNNING_POLICY_COLUMNS.join(", ") });
  const at = locateColumns(rows[0]);
  const steps: DunningStep[] = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    if (cells.every((c) => isBlank(c))) continue;
    const row = r + 1;
    steps.push({
      level: wholeCell(cells[at.level], "level", row),
      minDaysOverdue: wholeCell(cells[at.min_days_overdue], "min_days_overdue", row),
      minDaysSinceLast: wholeCell(cells[at.min_days_since_last], "min_days_since_last", row),
      row,
    });
  }
  checkDunningPolicy(steps);
  return steps;
}

/**
 * Checks a policy: at least one level; the levels are 1, 2, 3, … in order (escalation goes one step
 * at a time, so a level cannot be skipped); days are whole numbers of 0 or more; min_days_overdue
 * never falls from one level to the next. Throws a DomainError naming the first bad row.
 *
 * @example
 * checkDunningPolicy(DEFAULT_DUNNING_POLICY) //=> undefined
 */
export function checkDunningPolicy(policy: DunningPolicy): void {
  if (policy.length === 0) throw new DomainError("dunning.policy.empty");
  policy.forEach((s, i) => {
    const row = s.row ?? i + 2;
    if (s.level !== i + 1) throw new DomainError("dunning.policy.levelOrder", { row, text: String(s.level), expected: i + 1 });
    for (const [column, days] of [["min_days_overdue", s.minDaysOverdue], ["min_days_since_last", s.minDaysSinceLast]] as const) {
      if (!(Number.isSafeInteger(days) && days >= 0)) throw new DomainError("dunning.policy.notWhole", { row, column, text: String(days) });
    }
    const previous = policy[i - 1];
    if (previous && s.minDaysOverdue < previous.minDaysOverdue) {
      throw new DomainError("dunning.policy.sooner", { row, level: s.level, days: s.minDaysOverdue, previous: previous.minDaysOverdue, previousLevel: previous.level });
    }
  });
}
