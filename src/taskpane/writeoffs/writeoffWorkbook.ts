/**
 * The write-offs job's reads and writes through the workbook port: the policy from AR Settings, the
 * `AR Journal` (append-only, through appendToLog: one batched write per posting) and the
 * `AR Write-offs` register (rewritten whole: a row per item, its status kept up to date). A posting is
 * computed whole by the domain first, so bad input posts nothing; then the journal is appended, then
 * the register written.
 */
import { LedgerColumns, readLedger } from "../../domain/ledger";
import { CustomerItems, openItemsByCustomer } from "../../domain/plans";
import {
  JOURNAL_COLUMNS,
  JOURNAL_SHEET,
  JournalEntry,
  journalRows,
  nextEntryNumber,
  Posting,
  readJournal,
  readPolicy,
  rowsToWriteOffs,
  withoutWrittenOff,
  WithoutWrittenOff,
  withoutWrittenOffSteps,
  WRITEOFF_COLUMNS,
  writeOffToRow,
  WriteOffPolicy,
  WriteOffRecord,
  WRITEOFFS_SHEET,
} from "../../domain/writeoffs";
import { CellValue, ReportColumn, WorkbookPort } from "../../workbook/port";
import { Pacer } from "../../workbook/pacing";
import { LedgerSource, readSource } from "../shell/ledgerSource";
import { findSheet } from "../shell/sheets";

const MONEY = "#,##0.00";
const DATE = "yyyy-mm-dd";

const JOURNAL_FORMATS: Readonly<Record<string, string>> = { Date: DATE, Debit: MONEY, Credit: MONEY };
const REGISTER_FORMATS: Readonly<Record<string, string>> = { Amount: MONEY, Recovered: MONEY, "Still written off": MONEY, Date: DATE, "Due date": DATE, Updated: DATE };

export const journalColumns: readonly ReportColumn[] = JOURNAL_COLUMNS.map((header) => ({ header, numberFormat: JOURNAL_FORMATS[header] ?? "@" }));
const registerColumns: readonly ReportColumn[] = WRITEOFF_COLUMNS.map((header) => ({ header, numberFormat: REGISTER_FORMATS[header] ?? "@" }));

/** The write-off policy of the workbook's settings (throws naming a missing account code or a bad approver line). */
export async function loadPolicy(port: WorkbookPort): Promise<WriteOffPolicy> {
  return readPolicy(await port.readSettings());
}

export interface RegisterRead {
  readonly records: readonly WriteOffRecord[];
  /** Rows that could not be read (hand edits), kept verbatim when the register is rewritten. */
  readonly unreadable: readonly CellValue[][];
  /** True when the workbook has an `AR Write-offs` sheet. */
  readonly exists: boolean;
}

/** Rows between two pauses of the paced filter. */
const FILTER_STEP = 4096;

/**
 * The ledger rows without the items written off in `AR Write-offs` (a reversal brings an item back),
 * a step at a time as the pacer says, so a million-row ledger does not block the pane. The aging and
 * the dunning run both read the ledger through this. `check` throws when the run was cancelled.
 */
export async function ledgerWithoutWrittenOff(port: WorkbookPort, rows: LedgerColumns, pace: Pacer, check: () => void = () => {}): Promise<WithoutWrittenOff> {
  const register = await readWriteOffRegister(port);
  const steps = withoutWrittenOffSteps(rows, register.records, FILTER_STEP);
  let stepped = steps.next();
  while (!stepped.done) {
    await pace.ahead(FILTER_STEP);
    check();
    stepped = steps.next();
  }
  return stepped.value;
}

/**
 * The `AR Write-offs` register; empty when the workbook has none. Other jobs (aging, dunning, cash,
 * statements) read it through this, and leave items out with the domain's withoutWrittenOff.
 */
export async function readWriteOffRegister(port: WorkbookPort): Promise<RegisterRead> {
  const sheet = await findSheet(port, WRITEOFFS_SHEET);
  if (!sheet) return { records: [], unreadable: [], exists: false };
  const read = rowsToWriteOffs((await port.readUsedRange(sheet)).values);
  return { records: read.records, unreadable: read.unreadable, exists: true };
}

export interface JournalRead {
  readonly entries: readonly JournalEntry[];
  /** Entries set apart because a hand edit unbalanced them or made a row unreadable. */
  readonly broken: readonly string[];
  readonly unreadable: number;
  /** The number the next entry takes. */
  readonly next: number;
}

export async function readJournalEntries(port: WorkbookPort): Promise<JournalRead> {
  const sheet = await findSheet(port, JOURNAL_SHEET);
  if (!sheet) return { entries: [], broken: [], unreadable: 0, next: 1 };
  const values = (await port.readUsedRange(sheet)).values;
  const read = readJournal(values);
  // Broken entries keep their numbers: the next id is above every id in the sheet.
  const ids = values.map((row) => String(row?.[0] ?? ""));
  return { ...read, next: nextEntryNumber(ids) };
}

/** Appends entries to `AR Journal` in one write (creating it with its header the first time). */
export async function appendEntries(port: WorkbookPort, entries: readonly JournalEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await port.appendToLog(JOURNAL_SHEET, journalColumns, journalRows(entries));
}

/** Writes the register whole: every record, then the rows that could not be read, untouched. */
export async function writeRegister(port: WorkbookPort, records: readonly WriteOffRecord[], unreadable: readonly CellValue[][]): Promise<void> {
  await port.writeReport({ name: WRITEOFFS_SHEET, tableName: "AR_Write_offs", columns: registerColumns, rows: [...records.map(writeOffToRow), ...unreadable.map((r) => [...r])] });
}

/** Posts what the domain computed: the entries to the journal, then the register. */
export async function savePosting(port: WorkbookPort, posting: Posting, register: RegisterRead): Promise<void> {
  await appendEntries(port, posting.entries);
  await writeRegister(port, posting.register, register.unreadable);
}

export interface LedgerItems {
  readonly customers: readonly CustomerItems[];
  readonly missing: readonly string[];
  /** Ledger rows left out as written off already. */
  readonly writtenOff: number;
}

/** A ledger's open items per customer, the written-off ones left out. */
export async function loadLedgerItems(port: WorkbookPort, source: LedgerSource, register: readonly WriteOffRecord[]): Promise<LedgerItems> {
  const range = await readSource(port, source);
  const report = readLedger(range.values, { dateSystem: range.dateSystem });
  if (report.missing.length > 0) return { customers: [], missing: report.missing, writtenOff: 0 };
  const kept = withoutWrittenOff(report.rows, register);
  return { customers: openItemsByCustomer(kept.rows), missing: [], writtenOff: kept.excluded };
}

/** The entry ids of a posting, as "JE-000001" or "JE-000001 – JE-000004". */
export function entryRange(entries: readonly JournalEntry[]): string {
  if (entries.length === 0) return "";
  const first = entries[0].id;
  const last = entries[entries.length - 1].id;
  return first === last ? first : `${first} – ${last}`;
}

