import { Serial, serialToYmd } from "../domain/core";
import { makeRf } from "../domain/cash";
import { SampleCell } from "./ledger";

/**
 * Bank statements that pay invoices of a sample ledger (generateSampleLedger), for the workbench and
 * its browser test: a camt.053.001.08, an MT940 (German DK :86:) and a German online-banking CSV. Each
 * pays other invoices, so all three can be applied one after the other: invoice numbers in the text,
 * an RF reference, two invoices in one payment, a short payment, a payer known by name only, the same
 * IBAN again (known from the first statement once applied), an unknown payer and a debit.
 */

export interface SampleStatement {
  readonly name: string;
  readonly mime: string;
  readonly text: string;
}

interface Item {
  readonly customer: string;
  readonly invoice: string;
  readonly cents: number;
}

const OPEN_WORDS = new Set(["Aperta", "Offen", "Open", "Ouverte"]);

/** Open invoices of the ledger the readers accept (no bad cells, not disputed), in ledger order. */
function openInvoices(ledger: readonly (readonly SampleCell[])[]): Item[] {
  const out: Item[] = [];
  for (const row of ledger.slice(1)) {
    const [customer, invoice, invoiceDate, , , open, currency, status] = row;
    if (typeof customer !== "string" || typeof invoice !== "string" || !invoice.startsWith("INV-") || typeof open !== "number" || open <= 1 || currency !== "EUR" || typeof invoiceDate !== "number" || !OPEN_WORDS.has(String(status))) continue;
    out.push({ customer, invoice, cents: Math.round(open * 100) });
  }
  return out;
}

/** A name in the SWIFT character set, as banks pass it on: Müller → MUELLER, & → +. */
function swift(name: string): string {
  return name
    .replace(/[äÄ]/g, "ae").replace(/[öÖ]/g, "oe").replace(/[üÜ]/g, "ue").replace(/ß/g, "ss")
    .normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/&/g, "+").toUpperCase();
}

/** A valid IBAN of a country and an account number (check digits by ISO 7064 MOD 97-10). */
function iban(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return `${country}${String(98 - rest).padStart(2, "0")}${bban}`;
}

const payerIban = (customer: string, n: number) => iban("DE", `${String(37040044 + n * 11).padStart(8, "0")}${String(1000000000 + customer.length * 7919 + n).slice(0, 10)}`);

const iso = (s: Serial) => {
  const { year, month, day } = serialToYmd(s);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};
const yymmdd = (s: Serial) => iso(s).slice(2).replace(/-/g, "");
const dec = (cents: number, mark = ".") => `${Math.floor(cents / 100)}${mark}${String(cents % 100).padStart(2, "0")}`;
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The customer's two first invoices, for a payment of both. */
function pair(items: readonly Item[], used: Set<string>): [Item, Item] | null {
  for (const a of items) {
    if (used.has(a.invoice)) continue;
    const b = items.find((x) => x !== a && x.customer === a.customer && !used.has(x.invoice));
    if (b) return [a, b];
  }
  return null;
}

/** A customer's name without its legal form, as payers often write it. */
const shortName = (name: string) => name.replace(/\s+(S\.r\.l\.|S\.p\.A\.|GmbH|AG|KG|B\.V\.|N\.V\.|SARL|SAS|SA|Ltd|plc)$/i, "");

interface Credit {
  readonly cents: number;
  readonly payer: string;
  readonly iban: string;
  readonly text: string;
  readonly rf?: string;
}

/**
 * The three sample statements for a ledger, dated `asOf` (today's statement).
 *
 * @example
 * sampleStatements(ledger, 46351).map((s) => s.name) //=> ["sample-camt053.xml", "sample-mt940.sta", "sample-bank.csv"]
 */
export function sampleStatements(ledger: readonly (readonly SampleCell[])[], asOf: Serial): SampleStatement[] {
  const items = openInvoices(ledger);
  const used = new Set<string>();
  const take = (pred: (i: Item) => boolean = () => true): Item => {
    const found = items.find((i) => !used.has(i.invoice) && pred(i)) ?? items.find((i) => !used.has(i.invoice))!;
    used.add(found.invoice);
    return found;
  };
  const both = (): [Item, Item] => {
    const p = pair(items, used)!;
    p.forEach((i) => used.add(i.invoice));
    return p;
  };
  const day = asOf;
  // camt.053: invoice number, RF, two invoices, a short payment, a payer by name, an unknown payer.
  const a = take();
  const b = take((i) => i.customer !== a.customer);
  const [c1, c2] = both();
  const d = take((i) => i.cents > 10000);
  const e = take((i) => !items.some((x) => x !== i && x.customer === i.customer && x.cents === i.cents));
  const camtCredits: Credit[] = [
    { cents: a.cents, payer: swift(a.customer), iban: payerIban(a.customer, 1), text: `Payment invoice ${a.invoice}` },
    { cents: b.cents, payer: swift(b.customer), iban: payerIban(b.customer, 2), text: "", rf: makeRf(b.invoice.replace(/[^A-Z0-9]/g, "")) },
    { cents: c1.cents + c2.cents, payer: swift(c1.customer), iban: payerIban(c1.customer, 3), text: `Invoices ${c1.invoice} and ${c2.invoice}` },
    { cents: d.cents - 500, payer: swift(d.customer), iban: payerIban(d.customer, 4), text: `${d.invoice} less bank charges` },
    { cents: e.cents, payer: shortName(e.customer).toUpperCase(), iban: payerIban(e.customer, 5), text: "Thank you" },
    { cents: 25000, payer: "ACME TRADING LTD", iban: "GB33BUKB20201555555555", text: "Deposit order 77120" },
  ];
  // MT940: an invoice number split across ?2x subfields, two invoices, a payment from the first statement's first IBAN, an unknown payer.
  const f = take();
  const [g1, g2] = both();
  const h = take((i) => i.customer === a.customer && !items.some((x) => x !== i && x.customer === i.customer && x.cents === i.cents));
  const mtCredits: Credit[] = [
    { cents: f.cents, payer: swift(f.customer), iban: payerIban(f.customer, 6), text: `Rechnung ${f.invoice}` },
    { cents: g1.cents + g2.cents, payer: swift(g1.customer), iban: payerIban(g1.customer, 7), text: `RE ${g1.invoice} ${g2.invoice}` },
    { cents: h.cents, payer: swift(h.customer), iban: payerIban(a.customer, 1), text: "Zahlung" },
    { cents: 7700, payer: "MAX MUSTERMANN", iban: "DE02120300000000202051", text: "Spende" },
  ];
  // CSV: an invoice number, a payer by name, an unknown payer.
  const j = take();
  const k = take((i) => !items.some((x) => x !== i && x.customer === i.customer && x.cents === i.cents));
  const csvCredits: Credit[] = [
    { cents: j.cents, payer: j.customer, iban: payerIban(j.customer, 8), text: `RE ${j.invoice}` },
    { cents: k.cents, payer: shortName(k.customer), iban: payerIban(k.customer, 9), text: "Sammelzahlung" },
    { cents: 9900, payer: "Bianchi Mario", iban: "IT02A0301503200000003517230", text: "Rimborso" },
  ];
  return [
    { name: "sample-camt053.xml", mime: "application/xml", text: camt(camtCredits, day) },
    { name: "sample-mt940.sta", mime: "text/plain", text: mt940(mtCredits, day) },
    { name: "sample-bank.csv", mime: "text/csv", text: csv(csvCredits, day) },
  ];
}

function camt(credits: readonly Credit[], day: Serial): string {
  const date = iso(day);
  const entry = (c: Credit, n: number) => `      <Ntry>
        <NtryRef>${n}</NtryRef>
        <Amt Ccy="EUR">${dec(c.cents)}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>${date}</Dt></BookgDt>
        <ValDt><Dt>${date}</Dt></ValDt>
        <AcctSvcrRef>SMP-${date}-${n}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
            <Amt Ccy="EUR">${dec(c.cents)}</Amt>
            <CdtDbtInd>CRDT</CdtDbtInd>
            <RltdPties>
              <Dbtr><Pty><Nm>${esc(c.payer)}</Nm></Pty></Dbtr>
              <DbtrAcct><Id><IBAN>${c.iban}</IBAN></Id></DbtrAcct>
            </RltdPties>
            <RmtInf>${c.rf ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp><Ref>${c.rf}</Ref></CdtrRefInf></Strd>` : `<Ustrd>${esc(c.text)}</Ustrd>`}</RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>SAMPLE-${date}</MsgId><CreDtTm>${date}T18:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>SAMPLE-CAMT-${date}</Id>
      <Acct><Id><IBAN>IT60X0542811101000000123456</IBAN></Id><Ccy>EUR</Ccy></Acct>
${credits.map((c, i) => entry(c, i + 1)).join("\n")}
      <Ntry>
        <NtryRef>${credits.length + 1}</NtryRef>
        <Amt Ccy="EUR">12.50</Amt>
        <CdtDbtInd>DBIT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>${date}</Dt></BookgDt>
        <ValDt><Dt>${date}</Dt></ValDt>
        <AddtlNtryInf>Account fees</AddtlNtryInf>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}

/** A :86: in the German DK structure: the purpose cut into ?20-?29 subfields of 27 characters. */
function dk86(c: Credit): string {
  const purpose = `SVWZ+${swift(c.text)}`;
  const parts: string[] = [];
  for (let i = 0; i < purpose.length && parts.length < 10; i += 27) parts.push(`?${20 + parts.length}${purpose.slice(i, i + 27)}`);
  const name = c.payer.slice(0, 27);
  return `166?00SEPA-GUTSCHRIFT${parts.join("")}?30GENODEF1XXX?31${c.iban}?32${name}`;
}

function mt940(credits: readonly Credit[], day: Serial): string {
  const d = yymmdd(day);
  const lines = [":20:STARTUMSE", ":25:DE89370400440532013000", `:28C:${d.slice(2)}/001`, `:60F:C${d}EUR10000,00`];
  let total = 1000000;
  credits.forEach((c, i) => {
    lines.push(`:61:${d}${d.slice(2)}CR${dec(c.cents, ",")}NTRFNONREF//${d}${String(i + 1).padStart(4, "0")}`);
    // Bank line breaks fall anywhere: the :86: is cut every 65 characters.
    const text = dk86(c);
    for (let k = 0; k < text.length; k += 65) lines.push(`${k === 0 ? ":86:" : ""}${text.slice(k, k + 65)}`);
    total += c.cents;
  });
  lines.push(`:61:${d}${d.slice(2)}DR19,90NCHGNONREF//${d}9999`, ":86:805?00ABSCHLUSS?20Kontofuehrung");
  total -= 1990;
  lines.push(`:62F:C${d}EUR${dec(total, ",")}`, "-");
  return lines.join("\r\n") + "\r\n";
}

function csv(credits: readonly Credit[], day: Serial): string {
  const { year, month, day: dd } = serialToYmd(day);
  const date = `${String(dd).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year}`;
  const amount = (cents: number) => `${cents < 0 ? "-" : ""}${String(Math.floor(Math.abs(cents) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${String(Math.abs(cents) % 100).padStart(2, "0")}`;
  const rows = [
    "Umsätze Girokonto;;;;;;",
    "Konto: DE89 3704 0044 0532 0130 00;;;;;;",
    "Buchungstag;Valuta;Auftraggeber / Empfänger;IBAN;Verwendungszweck;Betrag;Währung",
    ...credits.map((c) => [date, date, c.payer, c.iban, c.text, amount(c.cents), "EUR"].join(";")),
    [date, date, "Stadtwerke Köln", "DE02370501980001802057", "Strom", amount(-31045), "EUR"].join(";"),
  ];
  return rows.join("\r\n") + "\r\n";
}
