import { seededRandom } from "./random";
import { Serial, serialToYmd } from "../domain/core";

/**
 * A generated open-items ledger for demos, the workbench and tests: invoices of customers in Italy,
 * Germany, the Netherlands, France and Great Britain, a few disputed, a few credit notes, some amounts
 * and dates as text the way ERPs export them, and some bad rows a reader must refuse with a reason.
 * The same seed and as-of date always give the same ledger.
 */

export type SampleCell = string | number | boolean | null;

export interface SampleLedgerOptions {
  /** Number of data rows (invoices, credit notes, bad and blank rows); default 300. */
  readonly rows?: number;
  readonly seed?: number;
  /** Invoices are dated up to 240 days before this date, so every bucket gets some. */
  readonly asOf: Serial;
  /** "english" headers, or "mixed": each header in one of the five languages. */
  readonly headers?: "english" | "mixed";
  /**
   * Where the bad rows have their bad cell: "aged" (default) in the open amount or due date, which
   * AR.AGING refuses too; "descriptive" in the invoice date, currency or status, which a reader of the
   * whole ledger refuses but a formula over amounts, due dates and customers never reads.
   */
  readonly badCells?: "aged" | "descriptive";
}

interface Customer {
  readonly name: string;
  readonly country: string;
  readonly language: string;
}

const CUSTOMERS: readonly Customer[] = [
  { name: "Rossi Forniture S.r.l.", country: "IT", language: "it" },
  { name: "Bianchi Alimentari S.p.A.", country: "IT", language: "it" },
  { name: "Ferrari Tessuti S.r.l.", country: "IT", language: "it" },
  { name: "Müller Maschinenbau GmbH", country: "DE", language: "de" },
  { name: "Schneider Logistik AG", country: "DE", language: "de" },
  { name: "Becker Elektro KG", country: "DE", language: "de" },
  { name: "Van Dijk Transport B.V.", country: "NL", language: "nl" },
  { name: "De Vries Bouw B.V.", country: "NL", language: "nl" },
  { name: "Bakker Groothandel N.V.", country: "NL", language: "nl" },
  { name: "Dubois et Fils SARL", country: "FR", language: "fr" },
  { name: "Lefèvre Équipements SAS", country: "FR", language: "fr" },
  { name: "Moreau Distribution SA", country: "FR", language: "fr" },
  { name: "Harper Supplies Ltd", country: "GB", language: "en" },
  { name: "Whitfield & Sons Ltd", country: "GB", language: "en" },
  { name: "Northgate Foods plc", country: "GB", language: "en" },
];

const ENGLISH = ["Customer", "Invoice", "Invoice date", "Due date", "Amount", "Open amount", "Currency", "Status", "Country", "Language"];
const MIXED = ["Cliente", "Invoice no.", "Rechnungsdatum", "Due date", "Importo", "Open amount", "Valuta", "Status", "Land", "Language"];

const DISPUTED: Record<string, string> = { it: "Contestata", de: "Strittig", nl: "Betwist", fr: "Contestée", en: "Disputed" };
const OPEN: Record<string, string> = { it: "Aperta", de: "Offen", nl: "Open", fr: "Ouverte", en: "Open" };


/** "1.234,56": the way Italian, German and Dutch ERPs export amounts as text. */
function continentalText(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${sign}${units},${String(abs % 100).padStart(2, "0")}`;
}

function dmyText(serial: Serial, separator: string): string {
  const { year, month, day } = serialToYmd(serial);
  return `${String(day).padStart(2, "0")}${separator}${String(month).padStart(2, "0")}${separator}${year}`;
}

/**
 * The ledger as rows of cells, header first.
 *
 * @example
 * generateSampleLedger({ asOf: 46351, rows: 3 }).length //=> 4
 */
export function generateSampleLedger(options: SampleLedgerOptions): SampleCell[][] {
  const rand = seededRandom(options.seed ?? 20261125);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const count = options.rows ?? 300;
  const out: SampleCell[][] = [[...(options.headers === "mixed" ? MIXED : ENGLISH)]];
  for (let i = 0; i < count; i++) {
    const roll = rand();
    if (roll < 0.01) {
      out.push(new Array<SampleCell>(ENGLISH.length).fill(null));
      continue;
    }
    const customer = pick(CUSTOMERS);
    const invoiceDate = options.asOf - Math.floor(rand() * 240);
    const due = invoiceDate + pick([30, 30, 60, 60, 90]);
    const credit = roll > 0.96;
    const cents = (credit ? -1 : 1) * (10000 + Math.floor(rand() * 2500000));
    const partlyPaid = !credit && rand() < 0.15;
    const openCents = partlyPaid ? Math.round(cents * (0.2 + 0.6 * rand())) : cents;
    const disputed = !credit && rand() < 0.06;
    const status = credit ? "Credit note" : disputed ? DISPUTED[customer.language] : OPEN[customer.language];
    const textual = customer.country !== "GB" && customer.country !== "FR" && rand() < 0.2;
    const row: SampleCell[] = [
      customer.name,
      `${credit ? "CN" : "INV"}-${customer.country}-${String(10000 + i)}`,
      invoiceDate,
      customer.country === "DE" && textual ? dmyText(due, ".") : due,
      textual ? continentalText(cents) : cents / 100,
      openCents / 100,
      "EUR",
      status,
      customer.country,
      customer.language,
    ];
    // About 3% bad rows, each with one reason a reader must give back.
    if (roll > 0.93 && roll <= 0.96) {
      const bad = Math.floor(rand() * 4);
      if (options.badCells === "descriptive") {
        if (bad === 0 || bad === 2) row[2] = bad === 0 ? "n/a" : "31/02/2026"; // the invoice date
        else if (bad === 1) row[7] = "#N/A"; // the status
        else row[6] = "#VALUE!"; // the currency
      } else if (bad === 0) row[5] = "n/a"; // the open amount, the column that is aged
      else if (bad === 1) row[3] = "#N/A";
      else if (bad === 2) row[3] = "31/02/2026";
      else row[5] = "#VALUE!";
    }
    out.push(row);
  }
  return out;
}
