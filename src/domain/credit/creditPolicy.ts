import { CellInput, isBlank, isExcelError, fromMinor, Minor, toMinor, DomainError } from "../core";

/**
 * A credit policy: score bands, each granting a share of annual income up to a maximum, to applicants
 * whose debt-to-income stays under the band's maximum. Policies live in a visible workbook table
 * (`AR Credit Policy`) so an auditor can read them.
 */

/** One score band. Percentages are fractions as Excel holds them (10% is 0.1); amounts in minor units. */
export interface CreditBand {
  readonly minScore: number;
  readonly incomePct: number;
  readonly maxDti: number;
  readonly maxLimit: Minor;
  readonly step: Minor;
  /** The band's row in the policy range (header = row 1), for messages; default index + 2. */
  readonly row?: number;
}

/** Bands in ascending order of min_score, each min_score once. */
export type CreditPolicy = readonly CreditBand[];

/** The name of the workbook table a panel writes the policy template to. */
export const CREDIT_POLICY_TABLE = "AR Credit Policy";

/** The policy table's columns, in the order the template writes them. */
export const CREDIT_POLICY_COLUMNS = ["min_score", "income_pct", "max_dti", "max_limit", "step"] as const;
export type CreditPolicyColumn = (typeof CREDIT_POLICY_COLUMNS)[number];

const band = (minScore: number, incomePct: number, maxDti: number, maxLimit: number, step: number, row: number): CreditBand => ({
  minScore,
  incomePct,
  maxDti,
  maxLimit: toMinor(maxLimit),
  step: toMinor(step),
  row,
});

/**
 * The built-in example policy used when AR.CREDITLIMIT gets no policy (documented in the README).
 * Each band is at least as generous as the one below it and all share one step, so a higher score
 * never gives a lower limit. Scores below 580 are declined.
 */
export const EXAMPLE_CREDIT_POLICY: CreditPolicy = [
  band(580, 0.05, 0.35, 2_000, 100, 2),
  band(620, 0.1, 0.4, 5_000, 100, 3),
  band(670, 0.15, 0.43, 10_000, 100, 4),
  band(740, 0.2, 0.45, 20_000, 100, 5),
  band(800, 0.25, 0.5, 35_000, 100, 6),
];

/**
 * The policy as a table to write to a sheet: the header row, then one row per band with percentages as
 * fractions and amounts in major units.
 *
 * @example
 * creditPolicyTable()[1] //=> [580, 0.05, 0.35, 2000, 100]
 */
export function creditPolicyTable(policy: CreditPolicy = EXAMPLE_CREDIT_POLICY): (string | number)[][] {
  return [[...CREDIT_POLICY_COLUMNS], ...policy.map((b) => [b.minScore, b.incomePct, b.maxDti, fromMinor(b.maxLimit), fromMinor(b.step)])];
}

/** A header as the policy reader compares it: trimmed, lower case, spaces and hyphens as underscores. */
function headerKey(cell: CellInput): string {
  return typeof cell === "string" ? cell.trim().toLowerCase().replace(/[\s-]+/g, "_") : "";
}

/** The 0-based column of each policy column in the header row; throws when one is missing or repeated. */
function locateColumns(header: readonly CellInput[]): Record<CreditPolicyColumn, number> {
  const found: Partial<Record<CreditPolicyColumn, number>> = {};
  header.forEach((cell, c) => {
    const key = headerKey(cell) as CreditPolicyColumn;
    if (!(CREDIT_POLICY_COLUMNS as readonly string[]).includes(key)) return;
    if (found[key] !== undefined) throw new DomainError("credit.policy.duplicateColumn", { column: key, first: found[key]! + 1, second: c + 1 });
    found[key] = c;
  });
  const missing = CREDIT_POLICY_COLUMNS.filter((name) => found[name] === undefined);
  if (missing.length > 0) throw new DomainError("credit.policy.missingColumns", { columns: missing.join(", ") });
  return found as Record<CreditPolicyColumn, number>;
}

/** The policy's columns that hold fractions (10% is 0.1): only they get the hint about text percentages. */
const RATE_COLUMNS: ReadonlySet<CreditPolicyColumn> = new Set(["income_pct", "max_dti"]);

/** A number cell of a band; blank, text or an error value is a problem naming the row and band. */
function numberCell(cell: CellInput, column: CreditPolicyColumn, row: number, minScore: number): number {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  if (isBlank(cell)) throw new DomainError("credit.policy.blankCell", { row, minScore, column });
  if (RATE_COLUMNS.has(column) && typeof cell === "string" && !isExcelError(cell) && /%\s*$/.test(cell)) throw new DomainError("credit.policy.textPercent", { row, minScore, column, text: cell });
  throw new DomainError("credit.policy.notANumber", { row, minScore, column, text: typeof cell === "string" ? cell.trim() : String(cell).toUpperCase() });
}

function amountCell(cell: CellInput, column: CreditPolicyColumn, row: number, minScore: number): Minor {
  const value = numberCell(cell, column, row, minScore);
  const minor = toMinor(value);
  if (Number.isNaN(minor)) throw new DomainError("credit.policy.tooLarge", { row, minScore, column, text: String(value) });
  return minor;
}

/**
 * Reads a policy range: a header row naming the columns min_score, income_pct, max_dti, max_limit and
 * step (any order, any case, other columns ignored), then one row per band; fully blank rows are
 * skipped. Row numbers in messages count the range's rows, the header being row 1. The bands are then
 * checked as {@link checkCreditPolicy} does.
 *
 * @example
 * readCreditPolicy([["min_score", "income_pct", "max_dti", "max_limit", "step"], [600, 0.1, 0.4, 5000, 100]])
 * //=> [{ minScore: 600, incomePct: 0.1, maxDti: 0.4, maxLimit: 500000, step: 10000, row: 2 }]
 */
export function readCreditPolicy(rows: readonly (readonly CellInput[])[]): CreditPolicy {
  if (rows.length === 0) throw new DomainError("credit.policy.missingColumns", { columns: CREDIT_POLICY_COLUMNS.join(", ") });
  const at = locateColumns(rows[0]);
  const bands: CreditBand[] = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    if (cells.every((c) => isBlank(c))) continue;
    const row = r + 1;
    const scoreCell = cells[at.min_score];
    if (isBlank(scoreCell)) throw new DomainError("credit.policy.minScoreBlank", { row });
    if (typeof scoreCell !== "number" || !Number.isFinite(scoreCell)) throw new DomainError("credit.policy.minScoreNotANumber", { row, text: String(scoreCell) });
    const minScore = scoreCell;
    bands.push({
      minScore,
      incomePct: numberCell(cells[at.income_pct], "income_pct", row, minScore),
      maxDti: numberCell(cells[at.max_dti], "max_dti", row, minScore),
      maxLimit: amountCell(cells[at.max_limit], "max_limit", row, minScore),
      step: amountCell(cells[at.step], "step", row, minScore),
      row,
    });
  }
  checkCreditPolicy(bands);
  return bands;
}

/**
 * Checks a policy: at least one band; min_score strictly ascending; income_pct and max_dti fractions
 * from 0 to 1 (10% is 0.1: a 10 is refused rather than guessed at); max_limit ≥ 0; step > 0 (at least
 * one minor unit). Throws a DomainError naming the first bad band.
 */
export function checkCreditPolicy(policy: CreditPolicy): void {
  if (policy.length === 0) throw new DomainError("credit.policy.empty");
  policy.forEach((b, i) => {
    const where = { row: b.row ?? i + 2, minScore: b.minScore };
    if (!Number.isFinite(b.minScore)) throw new DomainError("credit.policy.minScoreNotANumber", { row: where.row, text: String(b.minScore) });
    if (i > 0) {
      const prev = policy[i - 1];
      const other = prev.row ?? i + 1;
      if (b.minScore === prev.minScore) throw new DomainError("credit.policy.duplicateBand", { ...where, other });
      if (b.minScore < prev.minScore) throw new DomainError("credit.policy.unsorted", { ...where, other, otherScore: prev.minScore });
    }
    if (!(b.incomePct >= 0 && b.incomePct <= 1)) throw new DomainError("credit.policy.incomePctRange", { ...where, text: String(b.incomePct) });
    if (!(b.maxDti >= 0 && b.maxDti <= 1)) throw new DomainError("credit.policy.maxDtiRange", { ...where, text: String(b.maxDti) });
    if (!Number.isSafeInteger(b.maxLimit) || b.maxLimit < 0) throw new DomainError("credit.policy.maxLimitNegative", { ...where, text: String(fromMinor(b.maxLimit)) });
    if (!Number.isSafeInteger(b.step) || b.step <= 0) throw new DomainError("credit.policy.stepNotPositive", where);
  });
}

/**
 * The band that applies to `score`: the one with the highest min_score ≤ score, or null below the
 * lowest band.
 *
 * @example
 * findBand(700, EXAMPLE_CREDIT_POLICY)?.minScore //=> 670
 */
export function findBand(score: number, policy: CreditPolicy): CreditBand | null {
  let found: CreditBand | null = null;
  for (const b of policy) {
    if (b.minScore > score) break;
    found = b;
  }
  return found;
}
