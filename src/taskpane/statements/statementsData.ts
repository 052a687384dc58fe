/**
 * Where statements go: the customer file's addresses and languages (AR Customers when the workbook has
 * it, else the first table or sheet with an address column), looked up by the customer key.
 */
import { customerIdKey, customerMatchKey } from "../../domain/customers";
import { normalizeHeader } from "../../domain/ledger";
import { StatementRecipient } from "../../domain/statements";
import { CellValue, WorkbookPort } from "../../workbook/port";
import { LedgerSource, listSources, readSource, sourceKey } from "../shell/ledgerSource";
import { CUSTOMERS_SHEET, readSheetIfAny } from "../shell/sheets";

const HEADERS = {
  name: ["legal name", "legal_name", "customer", "name", "company", "cliente", "ragione sociale", "kunde", "firma", "klant", "naam", "client", "raison sociale"],
  id: ["id", "customer id", "customer no", "codice cliente", "kundennummer", "klantnummer", "numero client"],
  address: ["address", "indirizzo", "anschrift", "adresse", "adres"],
  country: ["country", "paese", "land", "pays"],
  language: ["language", "lingua", "sprache", "taal", "langue"],
};

export interface Directory {
  /** The sheet or table the addresses came from; null when the workbook has none. */
  readonly source: string | null;
  recipient(ref: { customer: string; customerId: string }): StatementRecipient | null;
}

function headerIndex(header: readonly CellValue[], names: readonly string[]): number {
  const normalized = header.map((h) => normalizeHeader(String(h ?? "")).replace(/_/g, " "));
  return normalized.findIndex((h) => names.some((n) => normalizeHeader(n).replace(/_/g, " ") === h));
}

/** The recipients of a block of rows whose first row is its header; null when it has no address column. */
export function directoryOf(values: readonly (readonly CellValue[])[], source: string): Directory | null {
  const [header = [], ...body] = values;
  const col = Object.fromEntries(Object.entries(HEADERS).map(([k, names]) => [k, headerIndex(header, names)])) as Record<keyof typeof HEADERS, number>;
  if (col.address < 0 || (col.name < 0 && col.id < 0)) return null;
  const byId = new Map<string, StatementRecipient>();
  const byName = new Map<string, StatementRecipient>();
  const text = (r: readonly CellValue[], c: number) => (c < 0 ? "" : String(r[c] ?? "").trim());
  for (const r of body) {
    const address = text(r, col.address).split(/\r?\n|;\s*/).map((l) => l.trim()).filter((l) => l !== "");
    const country = text(r, col.country);
    const lines = country && !address.some((l) => l.toLowerCase() === country.toLowerCase()) && country.length > 2 ? [...address, country] : address;
    const recipient = { address: lines, language: text(r, col.language).toLowerCase() };
    const id = customerIdKey(text(r, col.id));
    if (id) byId.set(id, recipient);
    const name = customerMatchKey(text(r, col.name));
    if (name) byName.set(name, recipient);
  }
  return {
    source,
    recipient: (ref) => byId.get(customerIdKey(ref.customerId)) ?? byName.get(customerMatchKey(ref.customer)) ?? null,
  };
}

const EMPTY: Directory = { source: null, recipient: () => null };

/** AR Customers, else the first table (other than the ledger's) with an address column. */
export async function readDirectory(port: WorkbookPort, ledger: LedgerSource): Promise<Directory> {
  const file = await readSheetIfAny(port, CUSTOMERS_SHEET);
  const fromFile = file ? directoryOf(file.values, CUSTOMERS_SHEET) : null;
  if (fromFile) return fromFile;
  const { sources } = await listSources(port);
  const tables: LedgerSource[] = sources.filter((s) => s.kind === "table" && sourceKey(s) !== sourceKey(ledger) && s.sheet !== (ledger.kind === "sheet" ? ledger.name : ledger.sheet));
  for (const source of tables) {
    const found = directoryOf((await readSource(port, source)).values, source.name);
    if (found) return found;
  }
  return EMPTY;
}
