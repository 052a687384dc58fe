/**
 * The workbench as the host of the interest formulas: before a formula is evaluated, the in-memory
 * workbook's AR_Rates table (when it has one) is handed to the formulas' rate store, as the task pane
 * does in Excel, so `=AR.LATEINTEREST(…)` in the grid sees the user's rates.
 */
import { RATE_TABLE_NAME } from "../domain/interest";
import { setWorkbookRates } from "../functions/interestRates";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";

/** Publishes the AR_Rates table of `workbook` (or withdraws it when there is none). */
export function publishRates(workbook: MemoryWorkbook): void {
  const table = workbook.tables().find((tb) => tb.name.toLowerCase() === RATE_TABLE_NAME.toLowerCase());
  if (!table) return setWorkbookRates(null);
  const grid = workbook.values(table.sheet);
  const values = [];
  for (let r = 0; r < table.rowCount - (table.totalsRow ? 1 : 0); r++) {
    const row = grid[table.row + r] ?? [];
    values.push(Array.from({ length: table.columnCount }, (_, c) => row[table.column + c] ?? null));
  }
  setWorkbookRates({ values, dateSystem: workbook.dateSystem });
}
