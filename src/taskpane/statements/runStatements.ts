/** One statements run: ledger → statements → checks → the AR Statements sheet, and the PDF files. */
import { Serial, serialToIso } from "../../domain/core";
import { buildStatements, checkStatements, Statement } from "../../domain/statements";
import { Lang, resolveLanguage, t } from "../../i18n";
import { WorkbookPort } from "../../workbook/port";
import { LedgerSource } from "../shell/ledgerSource";
import { readLedgerItems } from "../shell/ledgerItems";
import { readDirectory } from "./statementsData";
import { statementsSheet } from "./statementsSheet";
import type { StatementFiles } from "../../export/statements/statementFiles";

/** The Settings a statement cannot go out without: the sender and where to pay. */
export const STATEMENT_LETTERHEAD = [
  ["company.name", "pane.settings.name"],
  ["company.address", "pane.settings.address"],
  ["company.iban", "pane.settings.iban"],
] as const;

export interface StatementsRequest {
  readonly port: WorkbookPort;
  readonly ledger: LedgerSource;
  readonly from: Serial;
  readonly to: Serial;
  /** Customer keys to make statements for; every customer with open items or activity when omitted. */
  readonly keys?: ReadonlySet<string>;
  /** The pane's language: the sheet's, and the statements' when a customer has none. */
  readonly lang: Lang;
  readonly signal?: AbortSignal;
  readonly progress?: (fraction: number) => void;
}

export type StatementsOutcome =
  | { readonly status: "missing"; readonly fields: readonly string[] }
  | { readonly status: "letterhead"; readonly fields: readonly string[] }
  | { readonly status: "done"; readonly sheet: string | null; readonly statements: readonly Statement[]; readonly problems: readonly string[]; readonly files: StatementFiles | null };

export async function runStatements(r: StatementsRequest): Promise<StatementsOutcome> {
  const settings = await r.port.readSettings();
  const missingLetterhead = STATEMENT_LETTERHEAD.filter(([key]) => (settings[key] ?? "").trim() === "").map(([, label]) => t(label));
  if (missingLetterhead.length > 0) return { status: "letterhead", fields: missingLetterhead };
  const items = await readLedgerItems(r.port, r.ledger);
  if (items.missing.length > 0) return { status: "missing", fields: items.missing };
  const directory = await readDirectory(r.port, r.ledger);
  const all = buildStatements(items, { from: r.from, to: r.to, keys: r.keys });
  // The customer's language: the ledger's language column, else the customer file's, else the default.
  const ledgerLanguage = new Map<string, string>();
  for (let i = 0; i < items.length; i++) if (items.languages[i] && !ledgerLanguage.has(items.keys[i])) ledgerLanguage.set(items.keys[i], items.languages[i]);
  const fallback = settings["defaults.language"] || r.lang;
  const { ready, problems } = checkStatements(all, (s) => {
    const found = directory.recipient({ customer: s.customer, customerId: s.customerId });
    return found && { ...found, language: ledgerLanguage.get(s.key) || found.language || fallback };
  });
  const messages = problems.map((p) => t(p.code, p.params as Record<string, string | number>));
  if (ready.length === 0) return { status: "done", sheet: null, statements: [], problems: messages, files: null };
  const statements = ready.map((x) => x.statement);
  const sheet = statementsSheet(statements, r.from, r.to, r.lang);
  await r.port.writeReport(sheet);
  r.progress?.(0.2);
  // The documents and their writer load only now: the pane opens without them.
  const [{ statementDocument, letterheadOf }, { statementFiles }] = await Promise.all([import("../../export/statements/statementDocument"), import("../../export/statements/statementFiles")]);
  const letterhead = letterheadOf(settings);
  const documents = ready.map(({ statement, recipient }) => statementDocument(statement, recipient, letterhead, resolveLanguage(recipient.language)));
  const files = await statementFiles(documents, `${t("statements.tab", undefined, r.lang)} ${serialToIso(r.to)}`, () => r.signal?.aborted === true);
  return { status: "done", sheet: sheet.name, statements, problems: [...messages, ...files.problems.map((p) => t(p.code, p.params as Record<string, string | number>))], files };
}
