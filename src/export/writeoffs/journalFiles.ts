/**
 * `AR Journal` as files for the ERP's import: CSV and XLSX, with the columns the user picks, in the
 * journal's order, every text cell guarded against formula injection (export/core/table). Only
 * entries that balance are exported (the pane reads the journal with readJournal, which sets apart an
 * entry a hand edit unbalanced), so debits equal credits in every file.
 */
import { serialToIso } from "../../domain/core";
import { JOURNAL_COLUMNS, JournalEntry, journalRows } from "../../domain/writeoffs";
import { CSV_MIME, LetterFile, safeFileName, XLSX_MIME } from "../core/files";
import { TableCell, tableCsv, tableXlsx, XlsxColumn } from "../core/table";

export type JournalColumn = (typeof JOURNAL_COLUMNS)[number];

const FORMATS: Partial<Record<JournalColumn, string>> = { Date: "yyyy-mm-dd", Debit: "#,##0.00", Credit: "#,##0.00" };

/**
 * The header and rows of the export: one row per line, only `columns` (in the journal's order), dates
 * as dates.
 *
 * @example
 * journalTable(entries, ["Entry id", "Account", "Debit", "Credit"]).headers //=> ["Entry id", "Account", "Debit", "Credit"]
 */
export function journalTable(entries: readonly JournalEntry[], columns: readonly JournalColumn[]): { headers: JournalColumn[]; rows: TableCell[][] } {
  const picked = JOURNAL_COLUMNS.map((c, k) => [c, k] as const).filter(([c]) => columns.includes(c));
  const rows = journalRows(entries).map((row) => picked.map(([c, k]) => (c === "Date" && typeof row[k] === "number" ? new Date(`${serialToIso(row[k] as number)}T00:00:00Z`) : (row[k] as TableCell))));
  return { headers: picked.map(([c]) => c), rows };
}

/** The CSV and XLSX files of the journal; `pause` is awaited while the XLSX is written (the pane yields there). */
export async function journalFiles(
  entries: readonly JournalEntry[],
  columns: readonly JournalColumn[],
  baseName = "AR Journal",
  pause?: () => Promise<void>,
): Promise<{ csv: LetterFile; xlsx: LetterFile }> {
  const { headers, rows } = journalTable(entries, columns);
  const csv = new TextEncoder().encode(tableCsv(headers, rows));
  const xlsxColumns: XlsxColumn[] = headers.map((h) => ({ numFmt: FORMATS[h] }));
  const xlsx = await tableXlsx("AR Journal", headers, rows, { columns: xlsxColumns, pause });
  return { csv: { name: safeFileName(baseName, "csv"), mime: CSV_MIME, bytes: csv }, xlsx: { name: safeFileName(baseName, "xlsx"), mime: XLSX_MIME, bytes: xlsx } };
}
