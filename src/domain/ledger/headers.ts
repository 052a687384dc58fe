import { LedgerField } from "./types";

/**
 * Header names of ledger exports, in English, Italian, German, Dutch and French and in the column names
 * of the receivables reports and ledger-entry exports of common ERPs and accounting packages, written
 * in their normalized form (see normalizeHeader). A number after a name is its priority when several
 * columns match one field (default 2): the highest wins, then the leftmost.
 *
 * The customer has two fields: its name (`customer`) and its number or code in the ERP (`customerId`).
 * Names (3) beat generic words (2), which beat weak ones (1: Xero's "Contact"); when a name wins, a
 * generic word beside it ("Cliente" 1001 beside "Ragione sociale", "Debiteur" D100 beside "Naam") is
 * the number (see mapColumns). A ledger with a number column only reads it as the customer, as before.
 *
 * Where a name comes from one report, the comment above it says which (from the reports' standard
 * layouts: Xero Aged Receivables Detail, Receivable Invoice Detail and the sales invoice CSV export;
 * QuickBooks Open Invoices and A/R Aging Detail; Sage 50 Aged Debtors and customer activity; Business
 * Central Customer Ledger Entries; ERPNext Accounts Receivable; Odoo invoices, Aged Receivable and
 * journal items; Exact Online outstanding items; DATEV OPOS; SAP FBL5N; Zucchetti scadenzario; Sage
 * 100 échéancier).
 */
const at = (priority: number, names: readonly string[]) => names.map((n) => [n, priority] as const);

const SYNONYMS: Record<LedgerField, readonly (string | readonly [string, number])[]> = {
  customer: [
    ...at(3, ["customer name", "client name", "name of customer", "customer name 1", "name 1", "bill to name", "sold to name", "account name"]),
    // ERPNext Accounts Receivable shows "Party Name" (or "Customer Name") beside the "Party" id.
    ...at(3, ["party name"]),
    ...at(3, ["ragione sociale", "nome cliente", "denominazione", "denominazione cliente", "ragione sociale cliente", "descrizione cliente"]),
    // DATEV OPOS lists name the account's holder "Kontobeschriftung" beside "Konto".
    ...at(3, ["kundenname", "name des kunden", "debitorname", "debitorenname", "name debitor", "firmenname", "firma", "kontobeschriftung"]),
    ...at(3, ["klantnaam", "naam klant", "debiteurnaam", "naam debiteur", "relatienaam", "bedrijfsnaam"]),
    ...at(3, ["nom client", "nom du client", "raison sociale", "nom tiers", "intitule", "intitule client", "intitule tiers", "intitule du tiers"]),
    ...at(3, ["name", "naam", "nom", "nome"]),
    // Generic words: the name when alone, the number beside a name column. "Partner": Odoo; "Customer": QuickBooks A/R Aging Detail, SAP FBL5N.
    "customer", "client", "cliente", "kunde", "debitor", "debitore", "klant", "debiteur", "sold to", "bill to", "tiers", "business partner", "geschaftspartner", "partner", "buyer", "acquirente", "relatie",
    // Xero Aged Receivables / Receivable Invoice Detail: "Contact"; Xero invoice CSV export: "ContactName". Elsewhere a contact is a person: only when nothing better.
    ...at(1, ["contact", "contact name"]),
  ],
  customerId: [
    // Business Central Customer Ledger Entries: "Customer No."; SAP: "Sold-to party".
    "customer no", "customer number", "customer nr", "customer id", "customer code", "customer account", "customer account no", "cust no", "cust id", "customer ref", "sold to party",
    // Sage 50 Aged Debtors and customer activity: "A/C" (the account reference).
    "a c", "a c ref", "ac ref",
    // ERPNext Accounts Receivable: "Party" (the customer's id); Exact Online: "Account code".
    "party", "account code",
    "codice cliente", "cod cliente", "cod cli", "codice conto",
    "kundennummer", "kunden nr", "kundennr", "kunden nummer", "debitorennummer", "debitor nr", "debitorennr", "debitorenkonto",
    "klantnummer", "klantnr", "klant nr", "klantcode", "debiteurnummer", "debiteurnr", "debiteur nr", "debiteurcode", "relatienummer", "relatiecode",
    // Sage 100 échéancier: "N° compte tiers".
    "code client", "numero client", "n client", "no client", "num client", "compte client", "compte tiers", "code tiers", "n compte tiers", "numero compte tiers",
    // DATEV OPOS: "Konto" (the debtor account number); SAP FBL5N: "Account".
    ...at(1, ["account", "account no", "account number", "codice", "conto", "cod conto", "konto", "kontonummer", "konto nr", "compte", "n compte"]),
  ],
  invoice: [
    "invoice", "invoice no", "invoice number", "invoice nr", "invoice id", "invoice ref", "invoice reference", "inv no", "inv ref", "inv number", "bill no",
    "billing document", "document no", "document number", "document nr", "doc no", "doc number", "document", "reference", "ref", "your ref", "our ref",
    "external document no", "ext doc no", "transaction no", "trans no", "item",
    // QuickBooks Open Invoices and A/R Aging Detail: "Num"; ERPNext Accounts Receivable: "Voucher No".
    "num", "voucher no", "voucher number",
    "fattura", "n fattura", "nr fattura", "num fattura", "numero fattura", "no fattura", "numero documento", "num documento", "num doc", "n doc", "nr doc",
    "nr documento", "n documento", "documento", "protocollo", "numero protocollo", "n protocollo", "riferimento", "rif", "numero",
    "rechnung", "rechnungsnummer", "rechnungsnr", "rechnungs nr", "rechnung nr", "re nr", "belegnummer", "belegnr", "beleg nr", "beleg", "belegfeld 1",
    "referenz", "dokumentnummer", "factuur", "factuurnummer", "factuurnr", "factuur nr", "boekstuk", "boekstuknummer", "boekstuknr", "documentnummer",
    "document nummer", "referentie", "onze ref", "facture", "n facture", "no facture", "numero facture", "numero de facture", "num facture",
    "ref facture", "piece", "n piece", "no piece", "numero de piece", "numero piece", "reference facture",
    // Odoo's invoice list: "Number"; Business Central: "Entry No." (after "Document No.").
    ...at(1, ["number", "entry no"]),
  ],
  invoiceDate: [
    "invoice date", "inv date", "date of invoice", "document date", "doc date", "billing date", "issue date", "date issued",
    // Odoo's invoice list: "Invoice/Bill Date".
    "invoice bill date",
    "data fattura", "data documento", "data doc", "data emissione", "data della fattura",
    "rechnungsdatum", "belegdatum", "rechnungs datum", "dokumentdatum", "factuurdatum", "datum factuur", "documentdatum", "factuur datum",
    "date de facture", "date facture", "date de piece", "date piece", "date document", "date du document", "date d emission", "date emission",
    ...at(1, ["posting date", "entry date", "date", "data registrazione", "data reg", "data", "buchungsdatum", "datum", "boekdatum", "boekingsdatum", "date comptable", "date d ecriture"]),
  ],
  dueDate: [
    "due date", "net due date", "payment due date", "due on", "date due", "maturity", "maturity date", "due date net", "baseline due date",
    "scadenza", "data scadenza", "data di scadenza", "scad", "data scad", "scadenza fattura", "data scadenza rata",
    "falligkeit", "faelligkeit", "falligkeitsdatum", "faelligkeitsdatum", "fallig am", "faellig am", "nettofalligkeit", "netto falligkeit",
    "vervaldatum", "vervaldag", "verval datum", "vervaldt", "uiterste betaaldatum", "datum verval",
    "echeance", "date d echeance", "date echeance", "date de l echeance", "date limite de paiement",
  ],
  amount: [
    // Business Central: "Original Amount" beside "Amount"; ERPNext Accounts Receivable: "Invoiced Amount"; Xero: "Invoice Total".
    ...at(3, ["original amount", "original amt", "invoiced amount", "invoice amount", "invoice total"]),
    "amount", "gross amount", "total amount", "amount in local currency", "amount in lc", "amount lc",
    "amount in doc curr", "amount in document currency", "amount dc", "gross", "value", "document amount", "amount incl vat",
    // Odoo's invoice list: "Total Signed".
    "total signed",
    "importo", "importo fattura", "importo documento", "importo originale", "importo totale", "totale documento", "importo lordo", "totale fattura",
    "betrag", "rechnungsbetrag", "bruttobetrag", "betrag brutto", "ursprungsbetrag", "originalbetrag", "betrag in hauswahrung", "belegbetrag", "betrag hauswahrung",
    "bedrag", "factuurbedrag", "oorspronkelijk bedrag", "origineel bedrag", "totaalbedrag", "bedrag incl btw", "brutobedrag",
    "montant", "montant ttc", "montant facture", "montant total", "montant initial", "montant d origine", "total ttc", "montant de la facture",
    ...at(1, ["total", "totale", "totaal", "summe", "gesamt"]),
  ],
  openAmount: [
    "open amount", "amount open", "open balance", "outstanding", "outstanding amount", "amount outstanding", "balance due",
    "amount due", "remaining amount", "remaining", "residual amount", "amount remaining", "open item amount", "remaining amt", "outstanding balance",
    // Sage 50 customer activity and Aged Debtors: "O/S"; Xero invoice CSV export: "InvoiceAmountDue"; Odoo: "Amount Due (Signed)", "Residual", "Amount Residual".
    "o s", "o s amount", "invoice amount due", "amount due signed", "residual", "amount residual",
    "residuo", "importo residuo", "residuo da pagare", "importo aperto", "aperto", "scoperto", "da incassare", "importo da incassare",
    "residuo fattura", "importo scoperto", "offener betrag", "offen", "offene posten", "offener posten", "restbetrag", "offener saldo",
    "offen betrag", "restforderung", "openstaand", "openstaand bedrag", "open bedrag", "restant", "restantbedrag", "resterend bedrag",
    "nog te betalen", "saldo openstaand", "reste du", "reste a payer", "montant restant", "montant du", "montant restant du",
    "montant ouvert", "solde du", "solde restant", "restant du",
    // A running balance, or Business Central's "Open" (a Yes/No column): only when nothing more precise is there.
    ...at(1, ["open", "balance", "saldo", "solde"]),
  ],
  currency: [
    "currency", "curr", "currency code", "cur", "ccy", "crcy", "document currency", "doc currency", "local currency", "transaction currency",
    "valuta", "divisa", "moneta", "codice valuta", "wahrung", "waehrung", "belegwahrung", "wahrungsschlussel", "hauswahrung",
    "munt", "munteenheid", "valutacode", "devise", "monnaie", "code devise",
  ],
  status: [
    "status", "state", "dispute status", "dispute", "disputed", "in dispute", "payment status", "stato", "stato pagamento", "stato fattura",
    "contestato", "contestazione", "in contestazione", "contenzioso", "zahlungsstatus", "strittig", "bestritten", "streitfall", "reklamation",
    "betwist", "geschil", "betaalstatus", "statut", "etat", "litige", "en litige", "conteste", "statut de paiement",
  ],
  country: [
    "country", "country code", "ctry", "country region", "country region code", "nation", "paese", "nazione", "codice paese", "nazione cliente",
    "land", "landercode", "laenderkennzeichen", "landerkennzeichen", "landerschlussel", "landcode", "land code", "pays", "code pays",
  ],
  language: [
    "language", "lang", "language code", "correspondence language", "lingua", "codice lingua", "sprache", "sprachschlussel", "korrespondenzsprache",
    "taal", "taalcode", "correspondentietaal", "langue", "code langue", "langue du client",
  ],
};

/**
 * Headers that name one field or another, decided by the column's cells when they are seen, else by
 * the other headers (see mapColumns). Xero writes the amount still due as "Due" beside "Due Date";
 * elsewhere "Due" alone is the due date.
 */
const AMBIGUOUS: Readonly<Record<string, HeaderMatch>> = {
  due: { field: "dueDate", priority: 1, alternative: "openAmount" },
};

/** What a header names: its field, its priority, and the other field it may name instead. */
export interface HeaderMatch {
  readonly field: LedgerField;
  readonly priority: number;
  /** Set for headers such as "Due" that name this field or `alternative` depending on the column. */
  readonly alternative?: LedgerField;
}

/** Canonical field and priority per normalized header name, built once. */
const LOOKUP: ReadonlyMap<string, HeaderMatch> = (() => {
  const map = new Map<string, HeaderMatch>(Object.entries(AMBIGUOUS));
  for (const field of Object.keys(SYNONYMS) as LedgerField[]) {
    for (const entry of SYNONYMS[field]) {
      const [name, priority] = typeof entry === "string" ? [entry, 2] : entry;
      if (!map.has(name)) map.set(name, { field, priority });
    }
  }
  return map;
})();

/**
 * A header text in comparable form: lower case, accents and ß folded, every run of punctuation or
 * spaces one space. "Date d'échéance" → "date d echeance", "Fälligkeit" → "falligkeit", "N° facture"
 * → "n facture".
 *
 * @example
 * normalizeHeader("  Offener  Betrag (EUR) ") //=> "offener betrag eur"
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// Decorations that do not change a header's meaning: "(EUR)", "[dd/mm/yyyy]", "in EUR", "€".
const NOISE = /\([^)]*\)|\[[^\]]*\]|[€$£]/g;
const NOISE_WORDS = new Set(["eur", "euro", "usd", "gbp", "chf", "in", "ttc", "net", "netto", "lc", "dc", "lcy", "fcy", "dd", "mm", "yyyy", "yy", "jjjj", "tt", "aaaa", "gg"]);

/**
 * The canonical field a header names, with its priority; null when it names none. Tries the header as
 * written, then without bracketed parts, currency codes and date patterns ("Amount (EUR)", "Due date
 * dd/mm/yyyy"), then with camel case split into words ("InvoiceAmountDue", Xero's CSV export).
 *
 * @example
 * matchHeader("Data scadenza") //=> { field: "dueDate", priority: 2 }
 * matchHeader("Offener Betrag in EUR") //=> { field: "openAmount", priority: 2 }
 */
export function matchHeader(text: string): HeaderMatch | null {
  const found = lookUp(text);
  if (found || !/[a-z][A-Z]/.test(text)) return found;
  return lookUp(text.replace(/([a-z])([A-Z])/g, "$1 $2"));
}

function lookUp(text: string): HeaderMatch | null {
  const plain = normalizeHeader(text);
  if (plain === "") return null;
  const direct = LOOKUP.get(plain);
  if (direct) return direct;
  const stripped = normalizeHeader(text.replace(NOISE, " "))
    .split(" ")
    .filter((w) => !NOISE_WORDS.has(w))
    .join(" ");
  return (stripped !== "" && LOOKUP.get(stripped)) || null;
}
