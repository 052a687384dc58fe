import { checkBucketDays, DEFAULT_BUCKET_DAYS } from "../domain/aging";
import { CellInput, CellProblem, fromMinor, isBlank, isExcelError, Minor, parseAmountColumn } from "../domain/core";
import { provisionForItems, rollRates as rollRatesOf } from "../domain/writeoffs";
import { t } from "../i18n";
import { isOmitted, Matrix, optionalWholeNumbers, readAmountsAndDueDates, requiredDate, vector } from "./args";
import { fail, failAt, formula } from "./errors";

/**
 * Expected credit loss under the IFRS 9 simplified approach: the AR.AGING bucket totals times one loss
 * rate per bucket, each rounded to the cent, summed. Negative bucket totals provide nothing.
 * @customfunction PROVISION
 * @helpurl https://localhost:3000/help.html#ar-provision
 * @param amounts Open amounts, one per invoice (credit notes negative), lined up with due_dates.
 * @param due_dates Due dates of the amounts, lined up with amounts.
 * @param as_of The date to age on, for example a month-end date.
 * @param loss_rates One loss rate per bucket, Not due first, as fractions from 0 to 1 (0.3% or 0.003), for example the row AR.ROLLRATES spills.
 * @param [bucket_days] Upper bounds of the overdue buckets in days, ascending; default {30,60,90}.
 * @returns The loss allowance: the sum of each bucket's allowance rounded to the cent.
 */
export function provision(amounts: any[][], due_dates: any[][], as_of: any, loss_rates: any[][], bucket_days?: any[][]): number {
  return formula(() => provisionCore(amounts, due_dates, as_of, loss_rates, bucket_days));
}

/**
 * Loss rates per aging bucket from a history of month-end bucket balances (roll rates), ready for
 * AR.PROVISION: each bucket's balance-weighted share that rolls into the next bucket a month later,
 * multiplied down to write-off, capped at 1.
 * @customfunction ROLLRATES
 * @helpurl https://localhost:3000/help.html#ar-rollrates
 * @param bucket_balances One row per month end, oldest first, one column per bucket (Not due first) as AR.AGING's bucket columns; at least 2 rows.
 * @param [write_offs] Amounts written off in the month ending on each row, lined up with bucket_balances; left out, the last bucket's rate is 1.
 * @returns One row: a loss rate per bucket, Not due first.
 */
export function rollRates(bucket_balances: any[][], write_offs?: any[][]): any[][] {
  return formula(() => rollRatesCore(bucket_balances, write_offs));
}

function provisionCore(amounts: unknown, dueDates: unknown, asOfArg: unknown, ratesArg: unknown, bucketArg: unknown): number {
  const asOf = requiredDate(asOfArg, "as_of");
  const bucketDays = optionalWholeNumbers(bucketArg, "bucket_days", DEFAULT_BUCKET_DAYS);
  checkBucketDays(bucketDays);
  const rates = readRates(ratesArg, bucketDays.length + 2);
  const [parsedAmounts, parsedDates] = readAmountsAndDueDates(amounts, dueDates);
  return fromMinor(provisionForItems(parsedAmounts, parsedDates, asOf, rates, bucketDays).total);
}

/**
 * The loss rates, one per bucket: numbers (a percentage typed as text gets the hint that rates are
 * numbers); their range (0 to 1) is the domain's check. The count is checked first, so a range one
 * cell short says so rather than naming a cell.
 */
function readRates(arg: unknown, buckets: number): number[] {
  if (isOmitted(arg)) return fail("arg.required", { arg: "loss_rates" });
  const cells = vector(arg, "loss_rates");
  if (cells.length !== buckets) fail("writeoffs.rateCount", { count: cells.length, buckets });
  return cells.map((cell, i) => {
    const position = i + 1;
    const c = cell as unknown;
    if (typeof c === "number") return c;
    if (isBlank(c as CellInput)) return fail("writeoffs.rateBlank", { position });
    if (typeof c === "string") {
      if (isExcelError(c)) return fail("writeoffs.rateError", { position, text: c.trim() });
      return fail("writeoffs.rateNotANumber", { position, text: c });
    }
    if (typeof c === "boolean") return fail("writeoffs.rateNotANumber", { position, text: String(c).toUpperCase() });
    return fail("writeoffs.rateError", { position, text: errorCode(c) });
  });
}


function rollRatesCore(balancesArg: unknown, writeOffsArg: unknown): Matrix {
  if (isOmitted(balancesArg)) fail("arg.required", { arg: "bucket_balances" });
  const grid = cellGrid(balancesArg);
  // A range given for write_offs counts, even when blank (nothing written off); only an omitted argument means rate 1.
  const given = Array.isArray(writeOffsArg) || !isOmitted(writeOffsArg);
  const writeOffCells = given ? vector(writeOffsArg, "write_offs") : undefined;
  if (writeOffCells && writeOffCells.length !== grid.length) fail("arg.sizeMismatch", { arg: "bucket_balances", size: grid.length, other: "write_offs", otherSize: writeOffCells.length });
  const { balances, writeOffs } = readHistory(grid, writeOffCells);
  return [rollRatesOf(balances, writeOffs).lossRates.slice()];
}

/** A range argument as rows of cells (a single value is a 1 × 1 range). */
function cellGrid(arg: unknown): CellInput[][] {
  if (!Array.isArray(arg)) return [[arg as CellInput]];
  return (arg as unknown[]).map((row) => (Array.isArray(row) ? (row as CellInput[]) : [row as CellInput]));
}

/**
 * The month rows of the history, in minor units. Blank rows before the first month and after the last
 * are ignored (a table with room to grow); a blank row between two months is refused, as pairing the
 * months around it would be wrong. In a month's row every bucket must be filled in (0 for an empty
 * one); a blank write-off is 0.
 */
function readHistory(grid: CellInput[][], writeOffCells: CellInput[] | undefined): { balances: Minor[][]; writeOffs?: Minor[] } {
  const width = grid.reduce((most, row) => Math.max(most, row.length), 0);
  const columns = Array.from({ length: width }, (_, c) => parseAmountColumn(grid.map((row) => row[c] ?? null)));
  const problems = columns.map((col) => new Map(col.errors.map((e) => [e.index, e.problem] as const)));
  const writeOffColumn = writeOffCells ? parseAmountColumn(writeOffCells) : undefined;
  const writeOffProblems = new Map((writeOffColumn?.errors ?? []).map((e) => [e.index, e] as const));
  const blankRow = (r: number) => grid[r].every((cell) => isBlank(cell)) && (!writeOffCells || isBlank(writeOffCells[r]));
  let first = 0;
  while (first < grid.length && blankRow(first)) first++;
  let last = grid.length - 1;
  while (last >= first && blankRow(last)) last--;
  if (first > last) fail("arg.required", { arg: "bucket_balances" });
  const balances: Minor[][] = [];
  const writeOffs: Minor[] = [];
  for (let r = first; r <= last; r++) {
    if (blankRow(r)) fail("writeoffs.gapRow", { row: r + 1 });
    const row: Minor[] = [];
    for (let c = 0; c < width; c++) {
      const problem = problems[c].get(r);
      if (problem) fail("writeoffs.balanceCell", { row: r + 1, column: c + 1, problem: t(problem.code, problem.params) });
      const value = columns[c].values[r];
      if (Number.isNaN(value)) fail("writeoffs.blankBalance", { row: r + 1, column: c + 1 });
      // Checked here rather than left to the domain, so the message names the row of the range.
      if (value < 0) fail("writeoffs.negativeBalance", { row: r + 1, column: c + 1, text: fromMinor(value).toFixed(2) });
      row.push(value);
    }
    balances.push(row);
    if (writeOffColumn) {
      const problem: CellProblem | undefined = writeOffProblems.get(r);
      if (problem) failAt("write_offs", problem);
      const value = Number.isNaN(writeOffColumn.values[r]) ? 0 : writeOffColumn.values[r];
      if (value < 0) fail("writeoffs.negativeWriteOff", { row: r + 1, text: fromMinor(value).toFixed(2) });
      writeOffs.push(value);
    }
  }
  return { balances, writeOffs: writeOffColumn ? writeOffs : undefined };
}

function errorCode(value: unknown): string {
  const code = (value as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "#VALUE!";
}
