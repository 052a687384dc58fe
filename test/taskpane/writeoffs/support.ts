import { ymdToSerial } from "../../../src/domain/core";
import { JOURNAL_SHEET, readJournal, rowsToWriteOffs, WRITEOFFS_SHEET } from "../../../src/domain/writeoffs";
import { MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { CellValue } from "../../../src/workbook/port";

export const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);

export const SETTINGS = {
  "accounts.receivable": "1200",
  "accounts.provision": "1290",
  "accounts.writeOff": "6800",
  "accounts.bank": "1000",
  "accounts.badDebtRecovered": "7900",
  "writeoffs.approvers": "Anna Rossi: 1000\nMark Bell: 50000",
};

export const LEDGER: CellValue[][] = [
  ["Customer No.", "Customer", "Invoice", "Due date", "Open amount", "Currency"],
  ["C-1", "Rossi S.r.l.", "F1", d(2025, 1, 31), 1200, "EUR"],
  ["C-1", "Rossi S.r.l.", "F2", d(2025, 3, 31), 800, "EUR"],
  ["C-1", "Rossi S.r.l.", "CN1", d(2025, 3, 31), -50, "EUR"],
  ["C-2", "Müller GmbH", "M1", d(2025, 2, 28), 500, "EUR"],
];

/** AR Journal's rows as objects keyed by header. */
export function journalRowsOf(wb: MemoryWorkbook): Record<string, CellValue>[] {
  if (!wb.sheetNames().includes(JOURNAL_SHEET)) return [];
  const [header, ...body] = wb.values(JOURNAL_SHEET) as CellValue[][];
  return body.map((r) => Object.fromEntries((header as string[]).map((h, c) => [h, r[c] ?? null])));
}

/**
 * Every entry of AR Journal, asserting that each balances: debits = credits, read back from the sheet
 * (readJournal sets apart any entry that does not, so none may be broken).
 */
export function balancedJournal(wb: MemoryWorkbook) {
  if (!wb.sheetNames().includes(JOURNAL_SHEET)) return [];
  const read = readJournal(wb.values(JOURNAL_SHEET) as CellValue[][]);
  expect(read.broken).toEqual([]);
  expect(read.unreadable).toBe(0);
  const byId = new Map<string, number>();
  for (const r of journalRowsOf(wb)) byId.set(String(r["Entry id"]), (byId.get(String(r["Entry id"])) ?? 0) + Math.round(((r.Debit as number) ?? 0) * 100) - Math.round(((r.Credit as number) ?? 0) * 100));
  for (const [, balance] of byId) expect(balance).toBe(0);
  return read.entries;
}

export function registerOf(wb: MemoryWorkbook) {
  return wb.sheetNames().includes(WRITEOFFS_SHEET) ? rowsToWriteOffs(wb.values(WRITEOFFS_SHEET) as CellValue[][]).records : [];
}
