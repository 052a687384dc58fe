/**
 * The Provision panel's work: the loss rates (`AR Loss Rates`, or computed by roll rates from
 * `AR Loss History`, which past `AR Aging` sheets can build), the provision matrix of the ledger as of a
 * date (written-off items left out) written to `AR Provision YYYY-MM-DD`, the movement against the last
 * provision booked in `AR Journal`, and the entry for the change, posted when asked.
 */
import { bucketLabels, DEFAULT_BUCKET_DAYS } from "../../domain/aging";
import { fromMinor, Serial, serialToIso } from "../../domain/core";
import { readLedger } from "../../domain/ledger";
import {
  bookedAllowance,
  CurrencyProvision,
  historyRows,
  JournalEntry,
  lastProvision,
  LastProvision,
  LOSS_HISTORY_SHEET,
  LOSS_RATE_COLUMNS,
  LOSS_RATES_SHEET,
  LossHistory,
  lossHistory,
  lossRatesOf,
  provisionByCurrency,
  provisionChange,
  ProvisionChange,
  provisionSheetName,
  readLossHistory,
  readLossRates,
  withoutWrittenOff,
} from "../../domain/writeoffs";
import { t } from "../../i18n";
import { CellValue, ReportColumn, WorkbookPort } from "../../workbook/port";
import { describeSource, LedgerSource, readSource } from "../shell/ledgerSource";
import { findSheet } from "../shell/sheets";
import { isoToSerial } from "../shell/asOf";
import { appendEntries, loadPolicy, readJournalEntries, readWriteOffRegister } from "./writeoffWorkbook";

const MONEY = "#,##0.00";
const RATE = "0.0##%";
export const BUCKET_DAYS = DEFAULT_BUCKET_DAYS;
export const BUCKETS = BUCKET_DAYS.length + 2;

/** The bucket labels in the pane's language: Not due, 1-30, …, Over 90. */
export const bucketNames = (): string[] => bucketLabels(BUCKET_DAYS, t("aging.notDue"), (days) => t("aging.over", { days }));

export type RatesRead = { readonly status: "none" } | { readonly status: "ok"; readonly rates: number[] } | { readonly status: "bad"; readonly error: unknown };

/** The rates of `AR Loss Rates`, when the workbook has it; a bad table comes back with its problem. */
export async function loadLossRates(port: WorkbookPort): Promise<RatesRead> {
  const sheet = await findSheet(port, LOSS_RATES_SHEET);
  if (!sheet) return { status: "none" };
  try {
    return { status: "ok", rates: readLossRates((await port.readUsedRange(sheet)).values, BUCKETS) };
  } catch (error) {
    return { status: "bad", error };
  }
}

/** Writes the rates as `AR Loss Rates`: a bucket and its rate per row, for an auditor to read (and edit). */
export async function saveLossRates(port: WorkbookPort, rates: readonly number[]): Promise<void> {
  const names = bucketNames();
  await port.writeReport({ name: LOSS_RATES_SHEET, tableName: "AR_Loss_Rates", columns: [{ header: LOSS_RATE_COLUMNS[0], numberFormat: "@" }, { header: LOSS_RATE_COLUMNS[1], numberFormat: RATE }], rows: rates.map((r, k) => [names[k], r]) });
}

/** Builds `AR Loss History` from the workbook's `AR Aging YYYY-MM-DD` sheets up to `asOf` and the write-offs of each month. */
export async function buildLossHistory(port: WorkbookPort, asOf: Serial): Promise<LossHistory> {
  const names = (await port.listSheets()).filter((n) => /^AR Aging \d{4}-\d{2}-\d{2}$/.test(n));
  const sheets = [];
  for (const name of names) {
    const date = isoToSerial(name.slice("AR Aging ".length));
    if (date !== null) sheets.push({ name, date, values: (await port.readUsedRange(name)).values });
  }
  const register = await readWriteOffRegister(port);
  const history = lossHistory(sheets, register.records, asOf);
  const width = history.balances[0]?.length ?? BUCKETS;
  const labels = width === BUCKETS ? bucketNames() : Array.from({ length: width }, (_, k) => `${k + 1}`);
  const columns: ReportColumn[] = [{ header: "Month end", numberFormat: "yyyy-mm-dd" }, ...labels.map((header) => ({ header, numberFormat: MONEY })), { header: "Written off", numberFormat: MONEY }];
  await port.writeReport({ name: LOSS_HISTORY_SHEET, tableName: "AR_Loss_History", columns, rows: historyRows(history) });
  return history;
}

/** Loss rates by roll rates from `AR Loss History`, saved as `AR Loss Rates`. */
export async function computeLossRates(port: WorkbookPort): Promise<number[]> {
  const sheet = await findSheet(port, LOSS_HISTORY_SHEET);
  const history = readLossHistory(sheet ? (await port.readUsedRange(sheet)).values : []);
  const rates = lossRatesOf(history);
  if (rates.length !== BUCKETS) throw new Error(t("writeoffs.rateCount", { count: rates.length, buckets: BUCKETS }));
  await saveLossRates(port, rates);
  return rates;
}

export interface ProvisionRequest {
  readonly port: WorkbookPort;
  readonly source: LedgerSource;
  readonly asOf: Serial;
  readonly rates: readonly number[];
  readonly preparedBy: string;
  /** True to append the entries for the change to AR Journal. */
  readonly post: boolean;
}

export interface CurrencyResult extends CurrencyProvision {
  readonly last: LastProvision | null;
  readonly change: ProvisionChange;
}

export interface ProvisionResult {
  readonly sheet: string;
  readonly currencies: readonly CurrencyResult[];
  readonly entries: readonly JournalEntry[];
  readonly posted: boolean;
  readonly writtenOff: number;
}

/** The provision as of a date: written to its sheet; its entries posted when `post`. */
export async function runProvision(r: ProvisionRequest): Promise<ProvisionResult> {
  const [policy, journal, register, range] = await Promise.all([loadPolicy(r.port), readJournalEntries(r.port), readWriteOffRegister(r.port), readSource(r.port, r.source)]);
  const report = readLedger(range.values, { dateSystem: range.dateSystem });
  if (report.missing.length > 0) throw new Error(t("writeoffsPanel.missing", { fields: report.missing.map((f) => t(`pane.field.${f}`)).join(", ") }));
  const kept = withoutWrittenOff(report.rows, register.records);
  const matrix = provisionByCurrency(kept.rows, r.asOf, r.rates, BUCKET_DAYS);
  const iso = serialToIso(r.asOf);
  const reason = t("writeoffsPanel.provisionReason", { date: iso });
  const account = policy.accounts.allowance;
  let n = journal.next;
  const currencies: CurrencyResult[] = matrix.map((m) => {
    const change = provisionChange(policy, m.currency, m.provision.total, bookedAllowance(journal.entries, account, m.currency, r.asOf), r.asOf, n, reason, r.preparedBy.trim());
    if (change.entry) n++;
    return { ...m, last: lastProvision(journal.entries, account, m.currency, r.asOf), change };
  });
  const entries = currencies.flatMap((c) => (c.change.entry ? [c.change.entry] : []));
  const sheet = provisionSheetName(iso);
  await saveLossRates(r.port, r.rates);
  await r.port.writeReport(provisionSheet(sheet, iso, describeSource(r.source), currencies, r.rates, kept.excluded));
  if (r.post) await appendEntries(r.port, entries);
  return { sheet, currencies, entries, posted: r.post, writtenOff: kept.excluded };
}

/** The sheet: per currency the matrix (bucket, gross amount, loss rate, allowance), its total, the movement, and the entry. */
function provisionSheet(name: string, iso: string, source: string, currencies: readonly CurrencyResult[], rates: readonly number[], writtenOff: number) {
  const labels = bucketNames();
  const columns: ReportColumn[] = [
    { header: t("writeoffsPanel.col.currency"), numberFormat: "@" },
    { header: t("writeoffsPanel.col.bucket"), numberFormat: "@" },
    { header: t("writeoffsPanel.col.gross"), numberFormat: MONEY },
    { header: t("writeoffsPanel.col.rate"), numberFormat: RATE },
    { header: t("writeoffsPanel.col.allowance"), numberFormat: MONEY },
    { header: t("writeoffsPanel.col.account"), numberFormat: "@" },
    { header: t("writeoffsPanel.col.debit"), numberFormat: MONEY },
    { header: t("writeoffsPanel.col.credit"), numberFormat: MONEY },
  ];
  const rows: CellValue[][] = [];
  const m = (x: number) => fromMinor(x);
  for (const c of currencies) {
    const cur = c.currency;
    c.provision.lines.forEach((l, k) => rows.push([cur, labels[k], m(l.balance), rates[k], m(l.allowance), null, null, null]));
    rows.push([cur, t("writeoffsPanel.row.total"), m(c.provision.lines.reduce((s, l) => s + l.balance, 0)), null, m(c.provision.total), null, null, null]);
    rows.push([cur, c.last ? t("writeoffsPanel.row.last", { date: serialToIso(c.last.date) }) : t("writeoffsPanel.row.noLast"), null, null, c.last ? m(c.last.amount) : null, null, null, null]);
    rows.push([cur, t("writeoffsPanel.row.since"), null, null, m(c.change.booked - (c.last?.amount ?? 0)), null, null, null]);
    rows.push([cur, t("writeoffsPanel.row.booked"), null, null, m(c.change.booked), null, null, null]);
    rows.push([cur, t("writeoffsPanel.row.change"), null, null, m(c.change.change), null, null, null]);
    for (const l of c.change.entry?.lines ?? []) rows.push([cur, t("writeoffsPanel.row.entry", { entry: c.change.entry!.id }), null, null, null, l.account, l.debit ? m(l.debit) : null, l.credit ? m(l.credit) : null]);
  }
  const title = [t("writeoffsPanel.sheetTitle", { date: iso }), t("pane.report.source", { source }), t("writeoffsPanel.sheetLeftOut", { count: writtenOff })];
  return { name, title, columns, tableName: name.replace(/[^A-Za-z0-9]/g, "_"), rows };
}
