/**
 * What the Dunning run panel reads from and writes to the workbook, through the port: the ledger, AR
 * Customers, AR Dunning Policy, AR Dunning Log, AR Plans, AR Promises and the settings; then the run
 * sheet `AR Dunning YYYY-MM-DD`, the letters' text `AR Dunning Letters YYYY-MM-DD` and the log rows.
 * No React here.
 */
import { CellInput, fromMinor, Minor, Serial, serialToIso, toMinor } from "../../domain/core";
import {
  CustomerOutcome, CustomerProfile, dunCustomer, DunningLogEntry, DunningRunInput, DunningRunResult, finishRun, LOG_COLUMNS, LOG_SHEET, logEntryToRow, POLICY_SHEET,
  policyTemplateRows, PolicyTable, readLog, readPolicyTable, startRun,
} from "../../domain/dunning";
import { toJurisdiction } from "../../domain/interest";
import { letterheadFromSettings } from "../../domain/plans";
import { t } from "../../i18n";
import { dataUrlBytes, imageKind } from "../../export/core/files";
import type { ExportedLetter } from "../../export/dunning/runExport";
import type { LetterSender } from "../../export/dunning/letter";
import { CellValue, ReportSheet, WorkbookPort } from "../../workbook/port";
import { Pacer, pacer } from "../../workbook/pacing";
import { Cancelled, readLedgerChunked } from "../aging/chunkedReader";
import { LedgerSource, readSource } from "../shell/ledgerSource";
import { CUSTOMERS_SHEET, findSheet, readSheetIfAny, rowsByHeader } from "../shell/sheets";
import { readPlans, readPromises } from "../plans/planWorkbook";
import { ledgerWithoutWrittenOff } from "../writeoffs/writeoffWorkbook";
import { readPaidSince } from "../cash/cashWorkbook";

export const runSheetName = (asOf: Serial) => `AR Dunning ${serialToIso(asOf)}`;
export const lettersSheetName = (asOf: Serial) => `AR Dunning Letters ${serialToIso(asOf)}`;
export const MINIMUM_SETTING = "dunning.minimum";
/** Ledger rows grouped between two looks at the clock. */
const PREPARE_SLICE = 2048;
/** Log rows indexed between two looks at the clock. */
const LOG_SLICE = 256;

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/** AR Customers as the run's customer profiles (id, name, kind, address lines, country, language, e-mail, contact). */
export async function readProfiles(port: WorkbookPort): Promise<CustomerProfile[]> {
  const sheet = await readSheetIfAny(port, CUSTOMERS_SHEET);
  if (!sheet) return [];
  return rowsByHeader(sheet.values).map((r) => ({
    id: text(r.id), name: text(r.legal_name), kind: text(r.kind),
    address: text(r.address).split(/\r?\n|;\s*/).map((l) => l.trim()).filter((l) => l !== ""),
    country: text(r.country), language: text(r.language), email: text(r.email), contact: text(r.contact),
  }));
}

/** The letter's sender from the settings; the logo kept only when it is a PNG or JPEG. */
export function senderFromSettings(settings: Readonly<Record<string, string>>): { sender: LetterSender; missing: string[]; logoProblem: boolean } {
  const head = letterheadFromSettings(settings);
  const company = { name: head.name, addressLines: head.addressLines, vatId: head.vatId, iban: head.iban, contact: head.contact };
  const missing = ([["company.name", "pane.settings.name"], ["company.address", "pane.settings.address"], ["company.iban", "pane.settings.iban"]] as const)
    .filter(([key]) => (settings[key] ?? "").trim() === "")
    .map(([, label]) => t(label));
  const logoText = (settings["company.logo"] ?? "").trim();
  const logo = logoText === "" ? undefined : imageBytes(logoText);
  return { sender: { ...company, ...(logo ? { logo } : {}) }, missing, logoProblem: logoText !== "" && !logo };
}

/** The bytes of a data: URL holding a PNG or JPEG (checked by their signatures), else undefined. */
export function imageBytes(dataUrl: string): Uint8Array | undefined {
  let data: ReturnType<typeof dataUrlBytes>;
  try {
    data = dataUrlBytes(dataUrl);
  } catch {
    return undefined; // not base64
  }
  return data && /^image\/(png|jpe?g)$/.test(data.mime) && imageKind(data.bytes) ? data.bytes : undefined;
}

/** A minimum typed in the settings ("5", "5,00", "1.000"); 0 when blank or not an amount. */
export function parseMinimum(textValue: string | undefined): Minor {
  const s = (textValue ?? "").trim().replace(/\s+/g, "");
  if (s === "") return 0;
  const normal = /,\d{1,2}$/.test(s) ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  const n = Number(normal);
  return Number.isFinite(n) && n >= 0 ? toMinor(n) : 0;
}

export interface RunInputs {
  readonly input: DunningRunInput | null;
  /** Messages that stop the run (ledger columns missing, the default policy bad, no letterhead). */
  readonly blocking: readonly string[];
  /** Messages that do not stop it (a customer's own policy bad, a logo that is not an image, unreadable log rows). */
  readonly warnings: readonly string[];
  readonly sender: LetterSender;
  /** True when AR Dunning Policy is missing and the template applies. */
  readonly template: boolean;
}

/**
 * Everything the run reads, checked. `ledgerExported` is the day the ledger was exported from the
 * ERP: payments of AR Cash booked from that day on are not in it yet, and the run takes them off.
 */
export async function loadRunInputs(port: WorkbookPort, source: LedgerSource, asOf: Serial, pace?: Pacer, signal?: AbortSignal, onProgress?: (f: number) => void, ledgerExported: Serial = asOf): Promise<RunInputs> {
  const [range, customers, policySheet, logSheet, plans, promises, settings, paid] = await Promise.all([
    readSource(port, source), readProfiles(port), readSheetIfAny(port, POLICY_SHEET), readSheetIfAny(port, LOG_SHEET), readPlans(port), readPromises(port), port.readSettings(), readPaidSince(port, ledgerExported),
  ]);
  const report = await readLedgerChunked(range.values, { dateSystem: range.dateSystem, signal, pace, onProgress: (done, total) => onProgress?.(done / Math.max(1, total)) });
  const blocking: string[] = [];
  const warnings: string[] = [];
  // Written-off items are not receivables any more: never dunned (a reversed write-off is again).
  const kept = await ledgerWithoutWrittenOff(port, report.rows, pace ?? pacer(), () => {
    if (signal?.aborted) throw new Cancelled();
  });
  if (kept.excluded > 0) warnings.push(t("dunPanel.writtenOff", { count: kept.excluded }));
  if (report.missing.length > 0) blocking.push(t("dunPanel.ledgerMissing", { fields: report.missing.map((f) => t(`pane.field.${f}`)).join(", ") }));
  const policy: PolicyTable | null = policySheet ? readPolicyTable(policySheet.values as CellInput[][]) : null;
  for (const p of policy?.problems ?? []) {
    const message = t(p.problem.code, p.problem.params);
    (p.customer === "" ? blocking : warnings).push(p.customer === "" ? message : t("dunPanel.customerPolicy", { customer: p.customer, problem: message }));
  }
  const log = logSheet ? readLog(logSheet.values as CellInput[][]) : { entries: [], unreadable: 0 };
  if (log.unreadable > 0) warnings.push(t("dunPanel.logUnreadable", { count: log.unreadable }));
  const { sender, missing, logoProblem } = senderFromSettings(settings);
  if (missing.length > 0) blocking.push(t("dunPanel.letterheadMissing", { fields: missing.join(", ") }));
  if (logoProblem) warnings.push(t("dunPanel.badLogo"));
  const input: DunningRunInput = {
    asOf, ledger: kept.rows, customers, paid, policy, log: log.entries, plans, promises,
    minimum: parseMinimum(settings[MINIMUM_SETTING]),
    defaultLanguage: settings["defaults.language"] ?? "en",
    defaultJurisdiction: toJurisdiction(settings["defaults.jurisdiction"] ?? "") ?? "EU",
  };
  return { input: blocking.length > 0 ? null : input, blocking, warnings, sender, template: policySheet === null };
}

/**
 * The run, customer by customer, pausing between stretches (the pacer's time budget) so the pane
 * stays responsive; rejects with Cancelled when aborted.
 */
export async function runPaced(input: DunningRunInput, options: { signal?: AbortSignal; progress?: (fraction: number) => void; pace?: Pacer } = {}): Promise<DunningRunResult> {
  const pace = options.pace ?? pacer();
  const prep = startRun(input);
  for (let from = 0; from < input.log.length; from += LOG_SLICE) {
    await pace.ahead(Math.min(LOG_SLICE, input.log.length - from));
    prep.addLog(from, Math.min(input.log.length, from + LOG_SLICE));
  }
  const n = input.ledger.length;
  for (let from = 0; from < n; from += PREPARE_SLICE) {
    await pace.ahead(Math.min(PREPARE_SLICE, n - from));
    if (options.signal?.aborted) throw new Cancelled();
    prep.addRows(from, Math.min(n, from + PREPARE_SLICE));
  }
  await pace.ahead(input.customers.length);
  const run = prep.finish();
  const outcomes: CustomerOutcome[] = [];
  for (let k = 0; k < run.groups.length; k++) {
    const g = run.groups[k];
    await pace.ahead(g.items.length + g.disputed.length);
    if (options.signal?.aborted) throw new Cancelled();
    outcomes.push(dunCustomer(run, g));
    if (k % 64 === 0) options.progress?.(k / run.groups.length);
  }
  return finishRun(run, outcomes);
}

const money = (m: Minor) => fromMinor(m);

/** The run sheet: every overdue item, in a letter (its level) or left out (the reason), with counts and totals above. */
export function runSheet(result: DunningRunResult, files: ReadonlyMap<string, string>): ReportSheet {
  const rows: CellValue[][] = [];
  for (const l of result.letters) {
    for (const i of l.items) {
      rows.push([l.customerId, l.customer, i.invoice, i.dueDate, i.daysOverdue, money(i.open), money(i.interest), money(i.statutoryFee), i.currency, l.level, t("dunPanel.sheet.inLetter", { level: l.level, channel: l.channel }), files.get(l.key) ?? ""]);
    }
  }
  for (const e of result.exclusions) {
    rows.push([e.customerId, e.customer, e.item.invoice, e.item.dueDate, e.item.daysOverdue, money(e.item.open), 0, 0, e.item.currency, null, t(`dunning.reason.${e.reason}`, { ...e.detail, minimum: typeof e.detail.minimum === "number" ? money(e.detail.minimum) : "" }), ""]);
  }
  const h = (k: string) => t(`dunPanel.sheet.${k}`);
  return {
    name: runSheetName(result.asOf),
    title: [
      t("dunPanel.sheet.title", { date: serialToIso(result.asOf) }),
      t("dunPanel.counts", { letters: result.letters.length, items: result.overdueItems, excluded: result.exclusions.length, problems: result.problems.length }),
      ...result.totals.map((x) => t("dunPanel.totalLine", { currency: x.currency, level: x.level, letters: x.letters, total: money(x.total).toFixed(2) })),
      ...result.problems.map((p) => `${p.customer}: ${t(p.problem.code, p.problem.params)}`),
    ],
    columns: [
      { header: h("customerId"), numberFormat: "@" }, { header: h("customer"), numberFormat: "@" }, { header: h("invoice"), numberFormat: "@" },
      { header: h("due"), numberFormat: "yyyy-mm-dd" }, { header: h("days"), numberFormat: "0" }, { header: h("amount"), numberFormat: "#,##0.00" },
      { header: h("interest"), numberFormat: "#,##0.00" }, { header: h("fee"), numberFormat: "#,##0.00" }, { header: h("currency"), numberFormat: "@" },
      { header: h("level"), numberFormat: "0" }, { header: h("status"), numberFormat: "@" }, { header: h("file"), numberFormat: "@" },
    ],
    rows,
    tableName: `AR_Dunning_${serialToIso(result.asOf).replace(/-/g, "")}`,
  };
}

/** Each letter's text on a sheet (the path that works where the host blocks downloads). */
export function lettersSheet(asOf: Serial, letters: readonly ExportedLetter[]): ReportSheet {
  const h = (k: string) => t(`dunPanel.sheet.${k}`);
  return {
    name: lettersSheetName(asOf),
    title: [t("dunPanel.sheet.lettersTitle", { date: serialToIso(asOf) })],
    columns: [{ header: h("customerId"), numberFormat: "@" }, { header: h("customer"), numberFormat: "@" }, { header: h("level"), numberFormat: "0" }, { header: h("subject"), numberFormat: "@" }, { header: h("text"), numberFormat: "@" }, { header: h("file"), numberFormat: "@" }],
    rows: letters.map((e) => [e.letter.customerId, e.letter.customer, e.letter.level, e.subject, e.text.slice(0, 32_000), e.pdf]),
    tableName: `AR_Dunning_Letters_${serialToIso(asOf).replace(/-/g, "")}`,
  };
}

/** Writes the run's sheets, then appends each letter to the log: the log is written last, once the rest is in place. */
export async function commitRun(port: WorkbookPort, result: DunningRunResult, letters: readonly ExportedLetter[], entries: readonly DunningLogEntry[]): Promise<void> {
  const files = new Map(letters.map((e) => [e.letter.key, e.pdf]));
  await port.writeReport(runSheet(result, files));
  await port.writeReport(lettersSheet(result.asOf, letters));
  if (entries.length > 0) await port.appendToLog(LOG_SHEET, LOG_COLUMNS.map(([header, numberFormat]) => ({ header, numberFormat })), entries.map(logEntryToRow));
}

/** Writes AR Dunning Policy from the template, unless the workbook has one (which is never overwritten). */
export async function createPolicyFromTemplate(port: WorkbookPort): Promise<"created" | "exists"> {
  if (await findSheet(port, POLICY_SHEET)) return "exists";
  const [header, ...rows] = policyTemplateRows();
  await port.writeReport({
    name: POLICY_SHEET,
    tableName: "AR_Dunning_Policy",
    columns: header.map((h) => ({ header: String(h), numberFormat: h === "fee" ? "#,##0.00" : typeof rows[0][header.indexOf(h)] === "number" ? "0" : "@" })),
    rows,
  });
  return "created";
}
