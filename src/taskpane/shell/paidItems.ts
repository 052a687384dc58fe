/** Paid items for payment behaviour: a chosen table or sheet, else `AR Cash`, else the first table with paid and due dates. */
import { CellInput } from "../../domain/core";
import { customerKeyOf } from "../../domain/customers";
import { PaidItem, readPaidItems } from "../../domain/metrics";
import { isOwnedSheet, WorkbookPort } from "../../workbook/port";
import { LedgerSource, readSource } from "./ledgerSource";
import { readSheetIfAny } from "./sheets";

export const CASH_SHEET = "AR Cash";

export async function readPaidItemsFrom(port: WorkbookPort, source: LedgerSource | null, keyOf: (ref: { customer: string; customerId: string }) => string = customerKeyOf): Promise<PaidItem[]> {
  if (source) return readPaidItems((await readSource(port, source)).values as CellInput[][], keyOf).items;
  const cash = await readSheetIfAny(port, CASH_SHEET);
  if (cash) return readPaidItems(cash.values as CellInput[][], keyOf).items;
  for (const table of (await port.listTables()).filter((tb) => !isOwnedSheet(tb.sheet))) {
    const range = await port.readTable(table.name);
    const read = readPaidItems(range.values as CellInput[][], keyOf);
    if (read.found && read.items.some((i) => Number.isFinite(i.dueDate))) return read.items;
  }
  return [];
}
