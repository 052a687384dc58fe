import { PublishedRateTable, RATE_TABLE_CHANNEL, rateBook, RateBook, RateTableProblem, readRateTable, SHIPPED_RATES } from "../domain/interest";
import { t } from "../i18n";
import { FormulaError } from "./errors";

/**
 * The rates the interest formulas compute with: the shipped series, overridden and extended by the
 * workbook's AR_Rates table when a host has published it. The formulas cannot read a table themselves,
 * so the host does: the Interest claim panel (in Excel and in the workbench) reads AR_Rates and
 * publishes its cells on globalThis[Symbol.for(RATE_TABLE_CHANNEL)], the one JavaScript context that
 * the pane and the formulas share; the workbench also does so before it evaluates a formula. Excel
 * does not recalculate on its own when the table changes: recalculate (Ctrl+Alt+F9) after publishing.
 */
type Slot = Record<symbol, PublishedRateTable | null | undefined>;
const KEY = Symbol.for(RATE_TABLE_CHANNEL);
const slot = () => globalThis as unknown as Slot;

/** Publishes (or, with null, withdraws) the AR_Rates table the formulas use. */
export function setWorkbookRates(table: PublishedRateTable | null): void {
  slot()[KEY] = table;
}

let seen: PublishedRateTable | null | undefined;
let book: RateBook = SHIPPED_RATES;
let problem: RateTableProblem | null = null;

/**
 * The rate book for the formulas: read again only when a different table was published. A table with
 * a bad row makes every interest formula answer `#VALUE!` naming the row, rather than compute with
 * rates nobody meant.
 */
export function workbookRates(): RateBook {
  const table = slot()[KEY];
  if (table !== seen) {
    seen = table;
    book = SHIPPED_RATES;
    problem = null;
    if (table) {
      const read = readRateTable(table.values, table.dateSystem);
      problem = read.problems[0] ?? null;
      if (!problem) book = rateBook(read.overrides);
    }
  }
  if (problem) throw new FormulaError(t("interest.rates.atRow", { row: problem.index + 1, problem: t(problem.problem.code, problem.problem.params) }));
  return book;
}
