import { LedgerField } from "./types";

/**
 * Header names of ledger exports, in English, Italian, German, Dutch and French and in the spellings of
 * common ERPs (SAP FBL5N, Dynamics 365 / NAV, Exact, Sage, Zucchetti, DATEV OPOS), written in their
 * normalized form (see normalizeHeader). A number after a name is its priority when several columns
 * match one field (default 2): the highest wins, then the leftmost. Customer names (3) beat generic
 * words (2), which beat account numbers and codes (1), so "Customer No." + "Customer Name", "Konto" +
 * "Name" and "Debiteur" + "Naam" all read names.
 */
const SYNONYMS: Record<LedgerField, readonly (string | readonly [string, number])[]> = {
  customer: [
    ...["customer name", "client name", "name of customer", "customer name 1", "name 1", "bill to name", "sold to name", "account name"].map((n) => [n, 3] as const),
    ...["ragione sociale", "nome cliente", "denominazione", "denominazione cliente", "ragione sociale cliente", "descrizione cliente"].map((n) => [n, 3] as const),
    ...["kundenname", "name des kunden", "debitorname", "debitorenname", "name debitor", "firmenname", "firma"].map((n) => [n, 3] as const),
    ...["klantnaam", "naam klant", "debiteurnaam", "naam debiteur", "relatienaam", "bedrijfsnaam"].map((n) => [n, 3] as const),
    ...["nom client", "nom du client", "raison sociale", "nom tiers", "intitule", "intitule client", "intitule tiers"].map((n) => [n, 3] as const),
    ...["name", "naam", "nom", "nome"].map((n) => [n, 3] as const),
    "customer", "client", "cliente", "kunde", "debitor", "debitore", "klant", "debiteur", "sold to", "bill to", "tiers", "business partner", "geschaftspartner", "partner", "buyer", "acquirente", "relatie",
    ...["customer no", "customer number", "customer nr", "customer id", "customer code", "customer account", "customer account no", "cust no", "cust id", "customer ref"].map((n) => [n, 1] as const),
    ...["account", "account no", "account number", "account code", "a c", "a c ref", "ac ref", "codice cliente", "cod cliente", "cod cli", "codice", "conto", "cod conto"].map((n) => [n, 1] as const),
    ...["kundennummer", "kunden nr", "kundennr", "kunden nummer", "debitorennummer", "debitor nr", "debitorennr", "debitorenkonto", "konto", "kontonummer", "konto nr"].map((n) => [n, 1] as const),
    ...["klantnummer", "klantnr", "klant nr", "klantcode", "debiteurnummer", "debiteurnr", "debiteur nr", "debiteurcode", "relatienummer", "relatiecode"].map((n) => [n, 1] as const),
    ...["code client", "numero client", "n client", "no client", "num client", "compte", "compte client", "compte tiers", "code tiers"].map((n) => [n, 1] as const),
  ],
  invoice: [
    "invoice", "invoice no", "invoice number", "invoice nr", "invoice id", "invoice ref", "invoice reference", "inv no", "inv ref", "inv number", "bill no",
    "billing document", "document no", "document number", "document nr", "doc no", "doc number", "document", "reference", "ref", "your ref", "our ref",
    "external document no", "ext doc no", "transaction no", "trans no", "item", "entry no",
    "fattura", "n fattura", "nr fattura", "num fattura", "numero fattura", "no fattura", "numero documento", "num documento", "num doc", "n doc", "nr doc",
    "nr documento", "n documento", "documento", "protocollo", "numero protocollo", "n protocollo", "riferimento", "rif", "numero",
    "rechnung", "rechnungsnummer", "rechnungsnr", "rechnungs nr", "rechnung nr", "re nr", "belegnummer", "belegnr", "beleg nr", "beleg", "belegfeld 1",
    "referenz", "dokumentnummer", "factuur", "factuurnummer", "factuurnr", "factuur nr", "boekstuk", "boekstuknummer", "boekstuknr", "documentnummer",
    "document nummer", "referentie", "onze ref", "facture", "n facture", "no facture", "numero facture", "numero de facture", "num facture",
    "ref facture", "piece", "n piece", "no piece", "numero de piece", "numero piece", "reference facture",
  ],
  invoiceDate: [
    "invoice date", "inv date", "date of invoice", "document date", "doc date", "billing date", "issue date", "date issued",
    "data fattura", "data documento", "data doc", "data emissione", "data della fattura",
    "rechnungsdatum", "belegdatum", "rechnungs datum", "dokumentdatum", "factuurdatum", "datum factuur", "documentdatum", "factuur datum",
    "date de facture", "date facture", "date de piece", "date piece", "date document", "date du document", "date d emission", "date emission",
    ...["posting date", "entry date", "date", "data registrazione", "data reg", "data", "buchungsdatum", "datum", "boekdatum", "boekingsdatum", "date comptable", "date d ecriture"].map((n) => [n, 1] as const),
  ],
  dueDate: [
    "due date", "due", "net due date", "payment due date", "due on", "date due", "maturity", "maturity date", "due date net", "baseline due date",
    "scadenza", "data scadenza", "data di scadenza", "scad", "data scad", "scadenza fattura", "data scadenza rata",
    "falligkeit", "faelligkeit", "falligkeitsdatum", "faelligkeitsdatum", "fallig am", "faellig am", "nettofalligkeit", "netto falligkeit",
    "vervaldatum", "vervaldag", "verval datum", "vervaldt", "uiterste betaaldatum", "datum verval",
    "echeance", "date d echeance", "date echeance", "date de l echeance", "date limite de paiement",
  ],
  amount: [
    "amount", "invoice amount", "original amount", "gross amount", "total amount", "amount in local currency", "amount in lc", "amount lc",
    "amount in doc curr", "amount in document currency", "amount dc", "gross", "value", "invoice total", "document amount", "amount incl vat",
    "importo", "importo fattura", "importo documento", "importo originale", "importo totale", "totale documento", "importo lordo", "totale fattura",
    "betrag", "rechnungsbetrag", "bruttobetrag", "betrag brutto", "ursprungsbetrag", "originalbetrag", "betrag in hauswahrung", "belegbetrag", "betrag hauswahrung",
    "bedrag", "factuurbedrag", "oorspronkelijk bedrag", "origineel bedrag", "totaalbedrag", "bedrag incl btw", "brutobedrag",
    "montant", "montant ttc", "montant facture", "montant total", "montant initial", "montant d origine", "total ttc", "montant de la facture",
    ...["total", "totale", "totaal", "summe", "gesamt"].map((n) => [n, 1] as const),
  ],
  openAmount: [
    "open amount", "amount open", "open", "open balance", "outstanding", "outstanding amount", "amount outstanding", "balance", "balance due",
    "amount due", "remaining amount", "remaining", "residual amount", "amount remaining", "open item amount", "remaining amt", "outstanding balance",
    "residuo", "importo residuo", "residuo da pagare", "saldo", "importo aperto", "aperto", "scoperto", "da incassare", "importo da incassare",
    "residuo fattura", "importo scoperto", "offener betrag", "offen", "offene posten", "offener posten", "restbetrag", "offener saldo",
    "offen betrag", "restforderung", "openstaand", "openstaand bedrag", "open bedrag", "restant", "restantbedrag", "resterend bedrag",
    "nog te betalen", "saldo openstaand", "solde", "reste du", "reste a payer", "montant restant", "montant du", "montant restant du",
    "montant ouvert", "solde du", "solde restant", "restant du",
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

/** Canonical field and priority per normalized header name, built once. */
const LOOKUP: ReadonlyMap<string, { readonly field: LedgerField; readonly priority: number }> = (() => {
  const map = new Map<string, { field: LedgerField; priority: number }>();
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
const NOISE_WORDS = new Set(["eur", "euro", "usd", "gbp", "chf", "in", "ttc", "net", "netto", "lc", "dc", "dd", "mm", "yyyy", "yy", "jjjj", "tt", "aaaa", "gg"]);

/**
 * The canonical field a header names, with its priority; null when it names none. Tries the header as
 * written, then without bracketed parts, currency codes and date patterns ("Amount (EUR)", "Due date
 * dd/mm/yyyy").
 *
 * @example
 * matchHeader("Data scadenza") //=> { field: "dueDate", priority: 2 }
 * matchHeader("Offener Betrag in EUR") //=> { field: "openAmount", priority: 2 }
 */
export function matchHeader(text: string): { readonly field: LedgerField; readonly priority: number } | null {
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
