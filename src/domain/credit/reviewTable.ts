import { columnLetters, detectDecimalMark, parseAmountText, CellInput, isBlank, isExcelError, Minor, toMinor, DomainError, Problem } from "../core";
import { matchHeader, normalizeHeader } from "../ledger";
import { AltmanInputs, altmanZScore, AltmanModel, DEFAULT_ALTMAN_MODEL, parseAltmanModel } from "./zScore";

/**
 * The customer table of a credit review: one row per customer with a score, annual income, monthly
 * debt, the limit asked for and the current one; business customers add the balance-sheet fields of
 * AR.ZSCORE. Headers are matched in English, Italian, German, Dutch and French, as the ledger reader does.
 */

export type BalanceSheetField = "workingCapital" | "retainedEarnings" | "ebit" | "equity" | "sales" | "totalAssets" | "totalLiabilities";
export type CustomerField = "customer" | "score" | "income" | "monthlyDebt" | "requested" | "currentLimit" | BalanceSheetField | "model";

export const BALANCE_SHEET_FIELDS: readonly BalanceSheetField[] = ["workingCapital", "retainedEarnings", "ebit", "equity", "sales", "totalAssets", "totalLiabilities"];
export const CUSTOMER_FIELDS: readonly CustomerField[] = ["customer", "score", "income", "monthlyDebt", "requested", "currentLimit", ...BALANCE_SHEET_FIELDS, "model"];
export const REQUIRED_CUSTOMER_FIELDS: readonly CustomerField[] = ["customer", "score", "income"];

/** Header names per field, in normalized form (see normalizeHeader). The customer column uses the ledger's names too. */
const SYNONYMS: Record<Exclude<CustomerField, "customer">, readonly string[]> = {
  score: ["score", "credit score", "credit rating score", "rating", "fico", "fico score", "punteggio", "punteggio di credito", "score creditizio", "rating creditizio", "bonitatsindex", "bonitat", "bonitatsscore", "bonitatsindex score", "kredit score", "schufa score", "kredietscore", "krediet score", "kredietwaardigheid", "score de credit", "note de credit", "cotation"],
  income: ["annual income", "income", "yearly income", "income per year", "reddito", "reddito annuo", "reddito annuale", "einkommen", "jahreseinkommen", "jahrliches einkommen", "inkomen", "jaarinkomen", "jaarlijks inkomen", "revenu", "revenu annuel", "revenus", "revenus annuels"],
  monthlyDebt: ["monthly debt", "monthly debt payments", "monthly debts", "debt payments", "rate mensili", "debiti mensili", "rata mensile", "impegni mensili", "monatliche schulden", "monatliche verbindlichkeiten", "monatliche raten", "maandelijkse schuld", "maandelijkse schulden", "maandlasten", "dette mensuelle", "dettes mensuelles", "mensualites", "charges mensuelles"],
  requested: ["requested limit", "requested", "limit requested", "credit requested", "requested credit", "fido richiesto", "importo richiesto", "limite richiesto", "beantragtes limit", "gewunschtes limit", "angefragtes limit", "beantragter kredit", "aangevraagde limiet", "gevraagde limiet", "aangevraagd krediet", "limite demandee", "plafond demande", "credit demande"],
  currentLimit: ["current limit", "credit limit", "existing limit", "current credit limit", "limit", "fido attuale", "fido", "limite di credito", "fido accordato", "aktuelles limit", "kreditlimit", "kreditlinie", "limit aktuell", "huidige limiet", "kredietlimiet", "limiet", "limite actuelle", "plafond actuel", "limite de credit", "encours autorise"],
  workingCapital: ["working capital", "net working capital", "capitale circolante", "capitale circolante netto", "betriebskapital", "nettoumlaufvermogen", "umlaufvermogen netto", "werkkapitaal", "netto werkkapitaal", "fonds de roulement", "fonds de roulement net"],
  retainedEarnings: ["retained earnings", "utili non distribuiti", "utili portati a nuovo", "utili a nuovo", "gewinnrucklagen", "einbehaltene gewinne", "gewinnvortrag", "ingehouden winst", "ingehouden winsten", "winstreserve", "benefices non distribues", "report a nouveau", "resultats non distribues"],
  ebit: ["ebit", "operating income", "operating profit", "risultato operativo", "reddito operativo", "betriebsergebnis", "operatives ergebnis", "bedrijfsresultaat", "operationeel resultaat", "resultat d exploitation", "resultat operationnel"],
  equity: ["equity", "book equity", "market value of equity", "market equity", "shareholders equity", "patrimonio netto", "eigenkapital", "eigen vermogen", "capitaux propres"],
  sales: ["sales", "revenue", "revenues", "turnover", "net sales", "ricavi", "fatturato", "vendite", "ricavi delle vendite", "umsatz", "umsatzerlose", "omzet", "netto omzet", "chiffre d affaires", "ventes"],
  totalAssets: ["total assets", "assets", "totale attivo", "attivo totale", "totale attivita", "bilanzsumme", "gesamtvermogen", "aktiva gesamt", "totaal activa", "balanstotaal", "activa", "total actif", "total de l actif", "total du bilan", "actif total"],
  totalLiabilities: ["total liabilities", "liabilities", "total debt", "totale passivita", "passivita totali", "debiti totali", "totale debiti", "verbindlichkeiten", "gesamtverbindlichkeiten", "fremdkapital", "totale schulden", "vreemd vermogen", "totaal vreemd vermogen", "schulden", "total des dettes", "dettes totales", "dettes"],
  model: ["z model", "model", "altman model", "z score model", "modello", "modello z", "modell", "z modell", "z model altman", "modele", "modele z"],
};

const LOOKUP: ReadonlyMap<string, CustomerField> = new Map(
  (Object.keys(SYNONYMS) as Exclude<CustomerField, "customer">[]).flatMap((field) => SYNONYMS[field].map((name) => [name, field] as const)),
);

/** The field a customer-table header names; null when none. */
export function matchCustomerHeader(text: string): CustomerField | null {
  return matchWithPriority(text)?.field ?? null;
}

/** The field and priority of a header: the customer column ranks names over account numbers, as the ledger reader does. */
function matchWithPriority(text: string): { readonly field: CustomerField; readonly priority: number } | null {
  const plain = normalizeHeader(text.replace(/\([^)]*\)|[€$£]/g, " "));
  if (plain === "") return null;
  const own = LOOKUP.get(plain);
  if (own) return { field: own, priority: 2 };
  const ledger = matchHeader(text);
  // A customer number column ("Customer No.", "Konto") is the customer when the table has no name column.
  if (ledger?.field === "customerId") return { field: "customer", priority: 0 };
  return ledger?.field === "customer" ? { field: "customer", priority: ledger.priority } : null;
}

/** One customer of the table, amounts in minor units. */
export interface CustomerRecord {
  readonly customer: string;
  /** The name as the review matches it against the ledger (see customerKey). */
  readonly key: string;
  /** 0-based row index in the range read. */
  readonly index: number;
  readonly score: number;
  readonly income: Minor;
  readonly monthlyDebt: Minor;
  /** null when no limit was asked for (blank or 0). */
  readonly requested: Minor | null;
  readonly currentLimit: Minor | null;
  /** null when the row has no balance-sheet data (an individual, or a firm without figures). */
  readonly balanceSheet: AltmanInputs | null;
  readonly model: AltmanModel;
}

/** A bad cell: its A1 address on the sheet, the field, and what is wrong. */
export interface CellIssue {
  readonly cell: string;
  readonly index: number;
  readonly field: CustomerField;
  readonly problem: Problem;
}

export interface CustomerTable {
  readonly headerIndex: number;
  /** Field → 0-based column in the range. */
  readonly columns: Readonly<Partial<Record<CustomerField, number>>>;
  /** Required fields no header named (nothing is read when this is not empty). */
  readonly missing: readonly CustomerField[];
  readonly customers: readonly CustomerRecord[];
  /** Every bad cell, in row order; a review writes nothing while there is one. */
  readonly issues: readonly CellIssue[];
}

export interface CustomerTableOptions {
  /** 0-based sheet row and column of the range's top-left cell, for the addresses in issues. */
  readonly origin?: { readonly row: number; readonly column: number };
}

/**
 * The letters and number of a 0-based cell.
 *
 * @example
 * cellAddress(4, 27) //=> "AB5"
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** The customer key a review matches the ledger on: trimmed, single-spaced, lower case. */
export function customerKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

function locate(values: readonly (readonly CellInput[])[]): { headerIndex: number; columns: Partial<Record<CustomerField, number>> } {
  let best = { headerIndex: 0, columns: {} as Partial<Record<CustomerField, number>>, score: 0 };
  for (let r = 0; r < Math.min(values.length, 20); r++) {
    const columns: Partial<Record<CustomerField, number>> = {};
    const priority: Partial<Record<CustomerField, number>> = {};
    (values[r] ?? []).forEach((cell, c) => {
      const match = typeof cell === "string" ? matchWithPriority(cell) : null;
      if (match && (priority[match.field] ?? -1) < match.priority) {
        columns[match.field] = c;
        priority[match.field] = match.priority;
      }
    });
    const score = Object.keys(columns).length;
    if (score > best.score) best = { headerIndex: r, columns, score };
  }
  return best;
}

const textOf = (cell: CellInput) => (typeof cell === "string" ? cell.trim() : String(cell));

/**
 * Reads a customer table: finds the header row among the first 20, maps the columns, then reads every
 * row that is not blank. Bad cells (text where a number belongs, negative amounts, Excel errors, a
 * blank customer, a customer listed twice, incomplete or impossible balance sheets) are all collected
 * with their addresses; rows with a bad cell are left out of `customers`.
 *
 * @example
 * readCustomerTable([["Customer", "Score", "Annual income"], ["Rossi", 700, 60000]]).customers[0].income //=> 6000000
 */
export function readCustomerTable(values: readonly (readonly CellInput[])[], options: CustomerTableOptions = {}): CustomerTable {
  const origin = options.origin ?? { row: 0, column: 0 };
  const { headerIndex, columns } = locate(values);
  const missing = REQUIRED_CUSTOMER_FIELDS.filter((f) => columns[f] === undefined);
  if (missing.length > 0) return { headerIndex, columns, missing, customers: [], issues: [] };
  const header = values[headerIndex] ?? [];
  const headerText = (f: CustomerField) => textOf(header[columns[f]!] ?? "");
  const marks = new Map<CustomerField, "," | ".">();
  for (const f of CUSTOMER_FIELDS) {
    const c = columns[f];
    if (c !== undefined && f !== "customer" && f !== "score" && f !== "model") marks.set(f, detectDecimalMark(values.slice(headerIndex + 1).map((row) => row?.[c])).mark);
  }
  const customers: CustomerRecord[] = [];
  const issues: CellIssue[] = [];
  const seen = new Map<string, number>();
  const balanceColumns = BALANCE_SHEET_FIELDS.map((f) => columns[f]).filter((c): c is number => c !== undefined);

  for (let r = headerIndex + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every((cell) => isBlank(cell))) continue;
    const rowIssues: CellIssue[] = [];
    const issue = (field: CustomerField, code: string, params: Record<string, string | number> = {}) =>
      rowIssues.push({ cell: cellAddress(origin.row + r, origin.column + columns[field]!), index: r, field, problem: { code, params: { header: headerText(field), ...params } } });
    const cellOf = (f: CustomerField): CellInput => (columns[f] === undefined ? null : row[columns[f]!]);
    /** A number cell (amounts as text allowed), or null when blank or bad (bad ones are noted). */
    const numberOf = (f: CustomerField, amount: boolean): number | null => {
      const cell = cellOf(f);
      if (isBlank(cell)) return null;
      if (typeof cell === "number" && Number.isFinite(cell)) return amount ? toMinor(cell) : cell;
      if (typeof cell === "string" && isExcelError(cell)) return issue(f, "cell.excelError", { text: cell.trim() }), null;
      if (typeof cell === "string" && amount) {
        const parsed = parseAmountText(cell, marks.get(f) ?? ".");
        if (parsed.ok) return parsed.minor;
      }
      return issue(f, "creditPanel.table.notANumber", { text: textOf(cell) }), null;
    };
    const amountOf = (f: CustomerField, required: boolean): Minor | null => {
      const value = numberOf(f, true);
      if (value === null && required && isBlank(cellOf(f))) issue(f, "creditPanel.table.blank");
      if (value !== null && Number.isNaN(value)) return issue(f, "amount.tooLarge", { text: textOf(cellOf(f)) }), null;
      if (value !== null && value < 0) return issue(f, "creditPanel.table.negative", { text: textOf(cellOf(f)) }), null;
      return value;
    };

    const name = cellOf("customer");
    if (isBlank(name)) issue("customer", "creditPanel.table.blank");
    else if (typeof name === "string" && isExcelError(name)) issue("customer", "cell.excelError", { text: name.trim() });
    const score = numberOf("score", false);
    if (score === null && isBlank(cellOf("score"))) issue("score", "creditPanel.table.blank");
    const income = amountOf("income", true);
    const monthlyDebt = amountOf("monthlyDebt", false) ?? 0;
    const requested = amountOf("requested", false);
    const currentLimit = amountOf("currentLimit", false);
    const modelCell = cellOf("model");
    const model = isBlank(modelCell) ? DEFAULT_ALTMAN_MODEL : parseAltmanModel(textOf(modelCell));
    if (model === null) issue("model", "creditPanel.table.unknownModel", { text: textOf(modelCell) });
    const anyFigure = balanceColumns.some((c) => !isBlank(row[c]));
    const balanceSheet = anyFigure ? readBalanceSheet(BALANCE_SHEET_FIELDS.map((f) => [f, cellOf(f)] as const), model ?? DEFAULT_ALTMAN_MODEL, numberOf, issue) : null;

    const customer = isBlank(name) ? "" : textOf(name);
    const key = customerKey(customer);
    if (customer !== "" && !isExcelError(customer)) {
      const first = seen.get(key);
      if (first !== undefined) issue("customer", "creditPanel.table.duplicate", { customer, other: cellAddress(origin.row + first, origin.column + columns.customer!) });
      else seen.set(key, r);
    }
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }
    customers.push({ customer, key, index: r, score: score!, income: income!, monthlyDebt, requested: requested === 0 ? null : requested, currentLimit, balanceSheet, model: model! });
  }
  return { headerIndex, columns, missing, customers, issues };
}

type NumberOf = (f: CustomerField, amount: boolean) => number | null;
type Issue = (field: CustomerField, code: string, params?: Record<string, string | number>) => void;

/** The balance sheet of a row: none when every field is blank; all (sales optional for Z2) or an issue. */
function readBalanceSheet(cells: readonly (readonly [BalanceSheetField, CellInput])[], model: AltmanModel, numberOf: NumberOf, issue: Issue): AltmanInputs | null {
  const given = cells.filter(([, cell]) => !isBlank(cell));
  if (given.length === 0) return null;
  const figures: Partial<Record<BalanceSheetField, number>> = {};
  let complete = true;
  for (const [field, cell] of cells) {
    const value = numberOf(field, false);
    if (value !== null) figures[field] = value;
    else if (isBlank(cell) && !(field === "sales" && model === "Z2")) {
      issue(field, "creditPanel.table.partialBalanceSheet");
      complete = false;
    } else if (!isBlank(cell)) complete = false;
  }
  if (!complete) return null;
  const inputs: AltmanInputs = { ...(figures as Record<BalanceSheetField, number>), sales: figures.sales ?? 0 };
  try {
    altmanZScore(inputs, model);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    issue(error.problem.code.includes("Assets") ? "totalAssets" : "totalLiabilities", error.problem.code, error.problem.params as Record<string, string | number>);
    return null;
  }
  return inputs;
}
