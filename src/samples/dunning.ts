import { LOG_COLUMNS } from "../domain/dunning";
import { Serial } from "../domain/core";
import { SampleCell } from "./ledger";

/**
 * A customer file (`AR Customers`) for the sample ledger's customers, so the workbench can run the
 * dunning job end to end: each with a postal address, an e-mail address, its country and language
 * (the five of the letters), and one (Becker Elektro KG) without an address or e-mail, to show how the run
 * names a customer it cannot write to and exports the others. The ids are left blank, as for customers
 * not approved through New account (which then gives out C-000001 first).
 */

/** The columns of AR Customers (as the customers job writes them). */
export const CUSTOMER_FILE_COLUMNS = [
  "id", "legal_name", "kind", "company_id", "vat_id", "iban", "address", "country", "language", "contact", "email", "phone",
  "credit_limit", "payment_terms_days", "score", "approved_on", "approved_by",
] as const;

const ADDRESSES: Readonly<Record<string, readonly string[]>> = {
  IT: ["Via Roma 12", "20121 Milano", "Italia"],
  DE: ["Hauptstraße 5", "80331 München", "Deutschland"],
  NL: ["Keizersgracht 100", "1015 CW Amsterdam", "Nederland"],
  FR: ["12 rue de la Paix", "75002 Paris", "France"],
  GB: ["1 High Street", "Manchester M1 1AA", "United Kingdom"],
};

/**
 * The customer file's rows, header first: one per customer of the ledger (first column), with the
 * country and language of its first row (columns Country and Language by header).
 *
 * @example
 * generateDunningCustomers(generateSampleLedger({ asOf: 46351 }))[1][1] //=> the first customer's name
 */
export function generateDunningCustomers(ledger: readonly (readonly SampleCell[])[]): (string | number | null)[][] {
  const header = (ledger[0] ?? []).map((h) => String(h ?? "").toLowerCase());
  const country = header.findIndex((h) => h === "country" || h === "land");
  const language = header.indexOf("language");
  const seen = new Map<string, { country: string; language: string }>();
  for (let r = 1; r < ledger.length; r++) {
    const name = ledger[r][0];
    if (typeof name !== "string" || name.trim() === "" || seen.has(name)) continue;
    seen.set(name, { country: String(ledger[r][country] ?? ""), language: String(ledger[r][language] ?? "") });
  }
  const rows: (string | number | null)[][] = [[...CUSTOMER_FILE_COLUMNS]];
  for (const [name, c] of seen) {
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    const address = name.startsWith("Becker") ? "" : [name, ...(ADDRESSES[c.country] ?? ADDRESSES.GB)].slice(1).join("\n");
    const email = name.startsWith("Becker") ? "" : `accounts@${slug}.example`;
    rows.push(["", name, "business", "", "", "", address, c.country, c.language, "", email, "", null, 30, null, null, ""]);
  }
  return rows;
}

/**
 * An `AR Dunning Log` of earlier letters, so the workbench's first run shows every level: 20 days
 * before `asOf`, the k-th customer (in ledger order) got a letter at level k mod 4 (none for 0) listing
 * its items then at least 7 days overdue (open amount above 0, not disputed: status in column 8).
 */
export function generateDunningLog(ledger: readonly (readonly SampleCell[])[], asOf: Serial): (string | number)[][] {
  const sent = asOf - 20;
  const byCustomer = new Map<string, string[]>();
  for (let r = 1; r < ledger.length; r++) {
    const [name, invoice, , due, , open, , status] = ledger[r];
    if (typeof name !== "string" || typeof invoice !== "string" || typeof due !== "number" || typeof open !== "number") continue;
    if (!byCustomer.has(name)) byCustomer.set(name, []);
    if (open > 0 && sent - due >= 7 && !/disput|contest|strittig|betwist/i.test(String(status ?? ""))) byCustomer.get(name)!.push(invoice);
  }
  const rows: (string | number)[][] = [LOG_COLUMNS.map(([h]) => h)];
  [...byCustomer].forEach(([name, invoices], k) => {
    const level = k % 4;
    if (level === 0 || invoices.length === 0) return;
    rows.push([sent, "", name, invoices.map((i) => `${i} (L${level})`).join("; "), level, 0, 0, 0, 0, "EUR", level === 1 ? "email" : "both", ""]);
  });
  return rows;
}
