import { CellInput, isBlank, parseAmountColumn, parseDateColumn, Problem } from "../core";
import { matchHeader, normalizeHeader, NOT_MAPPED } from "../ledger";
import { compactId, failedRead, StatementLine, StatementRead } from "./types";

/**
 * Bank CSV exports of online banking (no standard: `;` and decimal commas, a signed amount or
 * separate debit and credit columns, d/m/y dates, header rows above the table). Columns are found by
 * their headers in English, Italian, German, Dutch and French; text amounts and dates are read as the
 * ledger reads them, with one convention detected per column. The sign comes from a signed amount,
 * from credit and debit columns, or from a debit/credit column, never from the column order.
 */

export type CsvField = "bookingDate" | "valueDate" | "amount" | "credit" | "debit" | "direction" | "currency" | "payerName" | "payerIban" | "remittance" | "endToEndId" | "account" | "reference";

/** The fields a bank-CSV column can feed, in the order the pane lists them. */
export const CSV_FIELDS: readonly CsvField[] = ["bookingDate", "valueDate", "amount", "credit", "debit", "direction", "currency", "payerName", "payerIban", "remittance", "endToEndId", "account", "reference"];

const VOCABULARY: Readonly<Record<CsvField, readonly string[]>> = {
  bookingDate: [
    "booking date", "date", "transaction date", "posting date", "booked", "entry date",
    "data", "data operazione", "data contabile", "data registrazione", "data movimento",
    "buchungstag", "buchungsdatum", "datum", "buchung",
    "boekdatum", "datum boeking", "transactiedatum", "boekingsdatum",
    "date operation", "date d operation", "date comptable", "date de l operation", "date de comptabilisation",
  ],
  valueDate: ["value date", "data valuta", "valuta", "valutadatum", "wertstellung", "wertstellungsdatum", "rentedatum", "date de valeur", "date valeur", "valeur"],
  amount: ["amount", "importo", "betrag", "bedrag", "montant", "umsatz", "transaction amount", "importo movimento", "bedrag eur", "montant eur"],
  credit: ["credit", "credit amount", "credits", "paid in", "money in", "avere", "entrate", "accrediti", "haben", "gutschrift", "eingang", "bij", "credit eur", "credito"],
  debit: ["debit", "debit amount", "debits", "paid out", "money out", "dare", "uscite", "addebiti", "soll", "lastschrift", "ausgang", "af", "debit eur", "debito"],
  direction: ["af bij", "debit credit", "credit debit", "soll haben", "d c", "c d", "cr dr", "dr cr", "segno", "sens", "af of bij", "bij af"],
  currency: ["currency", "divisa", "waehrung", "wahrung", "munt", "devise", "ccy", "valuta"],
  payerName: [
    "payer", "payer name", "name", "counterparty", "counterparty name", "from",
    "ordinante", "nome ordinante", "controparte", "beneficiario ordinante", "ordinante beneficiario",
    "auftraggeber", "auftraggeber empfanger", "auftraggeber empfaenger", "zahlungspflichtiger", "beguenstigter zahlungspflichtiger", "begunstigter zahlungspflichtiger", "name zahlungsbeteiligter", "zahlungsbeteiligter",
    "naam", "naam tegenpartij", "tegenpartij", "naam omschrijving",
    "nom", "tiers", "contrepartie", "donneur d ordre", "nom du donneur d ordre", "emetteur",
  ],
  payerIban: [
    "iban", "payer iban", "counterparty iban", "counterparty account", "from account",
    "iban ordinante", "iban controparte", "conto ordinante",
    "iban auftraggeber", "iban zahlungsbeteiligter", "kontonummer iban", "iban zahlungspflichtiger",
    "tegenrekening", "tegenrekening iban", "iban tegenpartij",
    "iban contrepartie", "compte contrepartie", "iban donneur d ordre",
  ],
  remittance: [
    "description", "details", "remittance", "remittance information", "payment details", "narrative", "memo", "purpose",
    "causale", "descrizione", "descrizione operazione", "dettagli", "informazioni",
    "verwendungszweck", "buchungstext verwendungszweck", "beschreibung", "zahlungsgrund",
    "omschrijving", "mededelingen", "betalingskenmerk omschrijving",
    "libelle", "communication", "motif", "detail", "libelle operation",
  ],
  endToEndId: ["end to end id", "end to end reference", "end to end referenz", "eref", "riferimento end to end", "id end to end", "kenmerk end to end", "reference de bout en bout"],
  reference: ["reference", "payment reference", "creditor reference", "riferimento", "kundenreferenz", "glaubiger referenz", "betalingskenmerk", "kenmerk", "reference du paiement", "referentie"],
  account: ["account", "account iban", "own account", "conto", "iban conto", "rapporto", "auftragskonto", "konto", "eigenes konto", "rekening", "rekeningnummer", "eigen rekening", "compte", "numero de compte"],
};

const LOOKUP = new Map<string, CsvField>();
for (const [field, names] of Object.entries(VOCABULARY) as [CsvField, readonly string[]][]) for (const n of names) if (!LOOKUP.has(n)) LOOKUP.set(n, field);

/** The bank-CSV field a header names, or null: the vocabulary above, then the ledger's amount and currency words. */
export function csvFieldOf(header: string): CsvField | null {
  const plain = normalizeHeader(header);
  const direct = LOOKUP.get(plain) ?? LOOKUP.get(plain.replace(/\b(eur|euro|in eur|chf|gbp|usd)\b/g, "").replace(/\s+/g, " ").trim());
  if (direct) return direct;
  const ledger = matchHeader(header)?.field;
  return ledger === "amount" || ledger === "openAmount" ? "amount" : ledger === "currency" ? "currency" : null;
}

export interface CsvStatementOptions {
  /**
   * Columns chosen by hand (0-based), over the headers' meaning: a chosen column is taken from the
   * field its header named; NOT_MAPPED leaves a field unread even where a header names it.
   */
  readonly mapping?: Partial<Record<CsvField, number>>;
  /** The statement's currency when the file has no currency column. */
  readonly currency?: string;
  /** The account when the file has no account column. */
  readonly account?: string;
}

/** A short, stable fingerprint of the cells (FNV-1a), a CSV statement's id: CSV exports carry none. */
function fingerprint(values: readonly (readonly CellInput[])[]): string {
  let h = 0x811c9dc5;
  for (const row of values) {
    for (const cell of row) {
      const s = cell === null || cell === undefined ? "" : String(cell);
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
      h = Math.imul(h ^ 0x1f, 0x01000193) >>> 0;
    }
    h = Math.imul(h ^ 0x1e, 0x01000193) >>> 0;
  }
  return `CSV-${h.toString(16).toUpperCase().padStart(8, "0")}`;
}

const looksLikeDates = (cells: readonly CellInput[]) => {
  const filled = cells.filter((c) => !isBlank(c));
  return filled.length > 0 && parseDateColumn(filled).errors.length === 0;
};

/** The columns of row r's headers; "valuta" decided by its cells (a date in IT and DE, a currency in NL). */
function headerColumns(values: readonly (readonly CellInput[])[], r: number): Partial<Record<CsvField, number>> {
  const columns: Partial<Record<CsvField, number>> = {};
  (values[r] ?? []).forEach((cell, c) => {
    if (typeof cell !== "string") return;
    let field = csvFieldOf(cell);
    if (normalizeHeader(cell) === "valuta") field = looksLikeDates(values.slice(r + 1, r + 21).map((v) => v?.[c])) ? "valueDate" : "currency";
    if (field && columns[field] === undefined) columns[field] = c;
  });
  return columns;
}

const chosenByHand = (column: number | undefined): column is number => column !== undefined && Number.isInteger(column) && column >= 0;

/** The detected columns with the hand choices over them: a chosen column leaves the field that had it, NOT_MAPPED leaves its field out. */
function withMapping(detected: Partial<Record<CsvField, number>>, manual: Partial<Record<CsvField, number>> = {}): Partial<Record<CsvField, number>> {
  const taken = new Set(CSV_FIELDS.map((f) => manual[f]).filter(chosenByHand));
  const columns: Partial<Record<CsvField, number>> = {};
  for (const f of CSV_FIELDS) {
    const hand = manual[f];
    if (chosenByHand(hand)) columns[f] = hand;
    else if (hand !== NOT_MAPPED && detected[f] !== undefined && !taken.has(detected[f]!)) columns[f] = detected[f];
  }
  return columns;
}

interface Located {
  readonly header: number;
  /** False when no row's headers were recognised and the first non-empty row stands in for the header. */
  readonly recognised: boolean;
  readonly columns: Partial<Record<CsvField, number>>;
}

/**
 * The header row (the first among the first 20 whose headers name a date and an amount, or a date and
 * two other fields) and its columns' fields with the hand choices; without one, the first non-empty
 * row, so that columns can be chosen by hand. Null for cells with no row at all.
 */
function findColumns(values: readonly (readonly CellInput[])[], options: CsvStatementOptions): Located | null {
  for (let r = 0; r < Math.min(20, values.length); r++) {
    const columns = headerColumns(values, r);
    const dated = columns.bookingDate !== undefined || columns.valueDate !== undefined;
    const amounts = columns.amount !== undefined || columns.credit !== undefined;
    if (dated && (amounts || Object.keys(columns).length >= 3)) return { header: r, recognised: true, columns: withMapping(columns, options.mapping) };
  }
  const first = values.findIndex((row) => row && row.some((c) => !isBlank(c)));
  return first < 0 ? null : { header: first, recognised: false, columns: withMapping({}, options.mapping) };
}

/** A column of the header row as read for a field. */
export interface CsvColumn {
  readonly field: CsvField;
  readonly column: number;
  readonly header: string;
}

/** What the CSV reader makes of a file's layout, for the pane to show and the user to correct. */
export interface CsvStatementLayout {
  /** The header row (0-based); -1 when the cells have no non-empty row. */
  readonly headerIndex: number;
  /** False when no row's headers were recognised: the first non-empty row is offered as the header, to map by hand. */
  readonly recognised: boolean;
  /** The header row's texts, one per column of the widest row ("" for a blank header). */
  readonly headers: readonly string[];
  /** Each field read, with its column and header, in the order of CSV_FIELDS. */
  readonly mapping: readonly CsvColumn[];
  /** The fields a read needs and has no column for: "amount" (nor credit, nor debit), "bookingDate" (nor value date). */
  readonly missing: readonly CsvField[];
}

const cellText = (cell: CellInput): string => (isBlank(cell) ? "" : String(cell).trim());

/** The fields a read needs and has no column for: "bookingDate" (nor a value date), "amount" (nor credit, nor debit). */
function missingFields(columns: Partial<Record<CsvField, number>>): CsvField[] {
  const missing: CsvField[] = [];
  if (columns.bookingDate === undefined && columns.valueDate === undefined) missing.push("bookingDate");
  if (columns.amount === undefined && columns.credit === undefined && columns.debit === undefined) missing.push("amount");
  return missing;
}

/**
 * The header row the CSV reader finds, each field's column (the hand choices of `options.mapping`
 * over the headers' meaning) and the fields it still needs: what `readCsvStatement` reads with the
 * same options.
 *
 * @example
 * csvStatementLayout([["Data", "Importo", "Causale"], ["20/11/2026", "1.190,00", "fattura 42"]]).mapping.map((m) => m.field)
 * //=> ["bookingDate", "amount", "remittance"]
 */
export function csvStatementLayout(values: readonly (readonly CellInput[])[], options: CsvStatementOptions = {}): CsvStatementLayout {
  const found = findColumns(values, options);
  const width = values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  const headerRow = found ? (values[found.header] ?? []) : [];
  const headers = Array.from({ length: width }, (_, c) => cellText(headerRow[c]));
  const columns = found?.columns ?? {};
  const mapping = CSV_FIELDS.filter((f) => columns[f] !== undefined).map((field) => ({ field, column: columns[field]!, header: headers[columns[field]!] ?? "" }));
  return { headerIndex: found?.header ?? -1, recognised: found?.recognised ?? false, headers, mapping, missing: missingFields(columns) };
}

const CREDIT_WORDS = new Set(["c", "cr", "credit", "crdt", "h", "haben", "bij", "avere", "a", "entrata", "gutschrift", "+"]);
const DEBIT_WORDS = new Set(["d", "dr", "debit", "dbit", "s", "soll", "af", "dare", "uscita", "lastschrift", "-"]);

/**
 * Reads the cells of a bank CSV export (the pane parses the text; the header row among the first 20
 * rows). Problems name the row (1-based, as the file counts lines) and the column; a file without an
 * amount column, or with an unreadable amount or date, gives problems and no lines.
 *
 * @example
 * readCsvStatement([["Data", "Importo", "Ordinante", "Causale"], ["20/11/2026", "1.190,00", "Rossi", "fattura 42/2026"]], "movimenti.csv").lines[0].amount
 * //=> 119000
 */
export function readCsvStatement(values: readonly (readonly CellInput[])[], file: string, options: CsvStatementOptions = {}): StatementRead {
  const found = findColumns(values, options);
  // Without a recognised header only hand-chosen columns are read, from below the first non-empty row.
  if (!found || (!found.recognised && Object.keys(found.columns).length === 0)) return failedRead(file, "csv", [{ file, problem: { code: "cash.read.csvNoHeader", params: { file } } }]);
  const { header, columns } = found;
  const headerText = (f: CsvField) => String(values[header]?.[columns[f] ?? -1] ?? f);
  const missing = missingFields(columns);
  if (missing.includes("amount")) return failedRead(file, "csv", [{ file, line: header + 1, field: "amount", problem: { code: "cash.read.csvNoAmount", params: { file } } }]);
  if (missing.includes("bookingDate")) return failedRead(file, "csv", [{ file, line: header + 1, field: "bookingDate", problem: { code: "cash.read.csvNoDateColumn", params: { file } } }]);
  const body = values.slice(header + 1).map((r, i) => ({ r, line: header + 2 + i })).filter(({ r }) => r && r.some((c) => !isBlank(c)));
  const col = (f: CsvField) => (columns[f] === undefined ? null : body.map(({ r }) => r[columns[f]!]));
  const problems: { line: number; field: string; problem: Problem }[] = [];
  const amounts = (f: CsvField) => {
    const cells = col(f);
    if (!cells) return null;
    const parsed = parseAmountColumn(cells);
    for (const e of parsed.errors) problems.push({ line: body[e.index].line, field: headerText(f), problem: e.problem });
    return parsed.values;
  };
  const dates = (f: CsvField) => {
    const cells = col(f);
    if (!cells) return null;
    const parsed = parseDateColumn(cells);
    for (const e of parsed.errors) problems.push({ line: body[e.index].line, field: headerText(f), problem: e.problem });
    return parsed.values;
  };
  const amount = amounts("amount");
  const credit = amounts("credit");
  const debit = amounts("debit");
  const booking = dates("bookingDate");
  const valueDates = dates("valueDate");
  const text = (f: CsvField) => col(f)?.map((c) => (isBlank(c) ? "" : String(c).trim())) ?? null;
  const dir = text("direction");
  const currency = text("currency");
  const name = text("payerName");
  const iban = text("payerIban");
  // Remittance spread over several columns: every other column whose header names remittance and
  // that feeds no other field, unless the remittance column was chosen (or left out) by hand.
  const used = new Set(Object.values(columns));
  const byHand = options.mapping?.remittance !== undefined;
  const extraRemittance = byHand || columns.remittance === undefined ? [] : (values[header] ?? []).map((h, c) => (typeof h === "string" && csvFieldOf(h) === "remittance" && !used.has(c) ? c : -1)).filter((c) => c >= 0);
  const remittanceColumns = columns.remittance === undefined ? [] : [columns.remittance, ...extraRemittance];
  const e2e = text("endToEndId");
  const reference = text("reference");
  const account = text("account");
  const lines: StatementLine[] = [];
  body.forEach(({ r, line }, i) => {
    let signed: number;
    if (amount && !Number.isNaN(amount[i])) {
      signed = amount[i];
      const word = (dir?.[i] ?? "").toLowerCase();
      if (DEBIT_WORDS.has(word)) signed = -Math.abs(signed);
      else if (CREDIT_WORDS.has(word)) signed = Math.abs(signed);
    } else if ((credit && !Number.isNaN(credit[i]) && credit[i] !== 0) || (debit && !Number.isNaN(debit[i]) && debit[i] !== 0)) {
      signed = credit && !Number.isNaN(credit[i]) && credit[i] !== 0 ? Math.abs(credit[i]) : -Math.abs(debit![i]);
    } else {
      if (!problems.some((p) => p.line === line)) problems.push({ line, field: headerText(amount ? "amount" : "credit"), problem: { code: "cash.read.csvNoAmountInRow", params: {} } });
      return;
    }
    const bookingDate = booking && !Number.isNaN(booking[i]) ? booking[i] : null;
    const valueDate = valueDates && !Number.isNaN(valueDates[i]) ? valueDates[i] : null;
    if (bookingDate === null && valueDate === null) {
      if (!problems.some((p) => p.line === line)) problems.push({ line, field: headerText(booking ? "bookingDate" : "valueDate"), problem: { code: "cash.read.csvNoDate", params: {} } });
      return;
    }
    lines.push({
      index: lines.length,
      position: `line ${line}`,
      statementId: "",
      account: compactId(account?.[i] ?? options.account ?? ""),
      bookingDate: bookingDate ?? valueDate,
      valueDate: valueDate ?? bookingDate,
      amount: Math.abs(signed),
      direction: signed >= 0 ? "credit" : "debit",
      currency: (currency?.[i] || options.currency || "").toUpperCase(),
      payerName: name?.[i] ?? "",
      payerIban: compactId(iban?.[i] ?? ""),
      remittance: remittanceColumns.map((c) => (isBlank(r[c]) ? "" : String(r[c]).trim())).filter((s) => s !== "").join(" "),
      creditorRef: reference?.[i] ?? "",
      endToEndId: e2e?.[i] ?? "",
      reversal: false,
      status: "BOOK",
    });
  });
  if (problems.length > 0) {
    return failedRead(file, "csv", problems.sort((a, b) => a.line - b.line).map((p) => ({ file, line: p.line, field: p.field, problem: p.problem })));
  }
  const statementId = fingerprint(values);
  const acct = lines.find((l) => l.account !== "")?.account ?? compactId(options.account ?? "");
  const withId = lines.map((l) => ({ ...l, statementId, account: l.account || acct }));
  return { file, format: "csv", version: "", statements: [{ statementId, account: acct, currency: withId.find((l) => l.currency)?.currency ?? options.currency ?? "" }], lines: withId, problems: [] };
}
