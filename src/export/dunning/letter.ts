/**
 * A dunning letter as a BusinessDocument: the run's letter (domain/dunning) in the customer's
 * language, with the company letterhead, the items table, totals, the texts of the level as each
 * country's practice has them, the deadline and the bank details (an EPC QR code for EUR). Pure: the
 * PDF and Word writers of export/core lay it out.
 */
import { Minor, serialToIso } from "../../domain/core";
import { DunningLetter } from "../../domain/dunning";
import { lateFee } from "../../domain/interest";
import { customerKey } from "../../domain/plans";
import { Lang, resolveLanguage, t } from "../../i18n";
import { BusinessDocument, DocumentBlock, PaymentRequest, TableColumn } from "../core/document";
import { letterAmount, letterDate } from "../core/letterFormat";

/** The sender, from the settings (letterheadFromSettings), and an optional logo already checked to be PNG or JPEG. */
export interface LetterSender {
  readonly name: string;
  readonly addressLines: readonly string[];
  readonly vatId: string;
  readonly iban: string;
  readonly contact: string;
  readonly bic?: string;
  readonly logo?: Uint8Array;
}

/** The country whose law each letter language's own texts cite. */
const HOME_LAW: Readonly<Record<Lang, string>> = { en: "UK", it: "IT", de: "DE", nl: "NL", fr: "FR" };

/** The file name of a letter, without extension: "Dunning L2 C-000001 2026-12-01". */
export function letterFileBase(letter: DunningLetter, asOf: number): string {
  const who = (letter.customerId.trim() !== "" ? letter.customerId.trim() : customerKey(letter.customer)).replace(/[^A-Za-z0-9._-]+/g, "-");
  return `Dunning L${letter.level} ${who} ${serialToIso(asOf)}`;
}

/** The title key of a letter. */
function titleKey(letter: DunningLetter): string {
  return letter.rule.textId === "final" && letter.individual ? "dunLetter.title.finalConsumer" : `dunLetter.title.${letter.rule.textId}`;
}

/** The letter's title in its language, e.g. "Diffida ad adempiere". */
export function letterTitle(letter: DunningLetter): string {
  return t(titleKey(letter), {}, resolveLanguage(letter.language));
}

function bodyKey(letter: DunningLetter): string {
  const id = letter.rule.textId;
  if (id === "reminder") return "dunLetter.body.reminder";
  if (id === "second") return letter.previousLetter === null ? "dunLetter.body.secondNoDate" : "dunLetter.body.second";
  return `dunLetter.body.${id}${letter.individual ? "Consumer" : ""}`;
}

/**
 * What the payment block asks for: the EUR total when the letter has one (the EPC QR code carries EUR
 * only, so a letter in EUR and GBP still gets a code for its EUR part), else the first currency's total.
 */
function paymentTotal(letter: DunningLetter): { amount: Minor; currency: string } {
  const chosen = letter.totals.find((x) => x.currency === "EUR") ?? letter.totals[0];
  return { amount: chosen.total, currency: chosen.currency };
}

/** "EUR 1.234,56 + GBP 100.00" for a letter in several currencies. */
export function totalsText(letter: DunningLetter, lang: Lang): string {
  return letter.totals.map((x) => letterAmount(x.total, lang, x.currency)).join(" + ");
}

/**
 * The letter as a BusinessDocument.
 *
 * @example
 * dunningLetterDocument(letter, sender, asOf).title //=> "Mise en demeure" (a French level-3 letter)
 */
export function dunningLetterDocument(letter: DunningLetter, sender: LetterSender, asOf: number): BusinessDocument {
  const lang = resolveLanguage(letter.language);
  const tr = (key: string, params: Record<string, string | number> = {}) => t(key, params, lang);
  const money = (minor: Minor, currency = "") => letterAmount(minor, lang, currency);
  const claims = letter.items.some((i) => i.interest > 0 || i.statutoryFee > 0) || letter.rule.claimInterest || letter.rule.claimStatutoryFee;
  const columns: TableColumn[] = claims
    ? [
        { title: tr("dunLetter.col.invoice"), align: "left", width: 0.2 },
        { title: tr("dunLetter.col.due"), align: "left", width: 0.14 },
        { title: tr("dunLetter.col.days"), align: "right", width: 0.1 },
        { title: tr("dunLetter.col.amount"), align: "right", width: 0.15 },
        { title: tr("dunLetter.col.interest"), align: "right", width: 0.13 },
        { title: tr("dunLetter.col.fee"), align: "right", width: 0.13 },
        { title: tr("dunLetter.col.total"), align: "right", width: 0.15 },
      ]
    : [
        { title: tr("dunLetter.col.invoice"), align: "left", width: 0.34 },
        { title: tr("dunLetter.col.due"), align: "left", width: 0.22 },
        { title: tr("dunLetter.col.days"), align: "right", width: 0.16 },
        { title: tr("dunLetter.col.amount"), align: "right", width: 0.28 },
      ];
  const rows = letter.items.map((i) => {
    const base = [i.invoice, letterDate(i.dueDate, lang), String(i.daysOverdue), money(i.open, i.currency)];
    return claims ? [...base, money(i.interest), money(i.statutoryFee), money(i.open + i.interest + i.statutoryFee, i.currency)] : base;
  });
  const total: string[][] = [];
  for (const x of letter.totals) {
    if (x.fee > 0) total.push(claims ? [tr("dunLetter.reminderFee", { currency: x.currency }), "", "", "", "", "", money(x.fee, x.currency)] : [tr("dunLetter.reminderFee", { currency: x.currency }), "", "", money(x.fee, x.currency)]);
    total.push(
      claims
        ? [tr("dunLetter.totalRow", { currency: x.currency }), "", "", money(x.principal), money(x.interest), money(x.statutoryFees), money(x.total, x.currency)]
        : [tr("dunLetter.totalRow", { currency: x.currency }), "", "", money(x.total, x.currency)],
    );
  }

  const contact = letter.profile?.contact.trim() ?? "";
  const id = letter.rule.textId;
  const law = letter.jurisdiction;
  const blocks: DocumentBlock[] = [
    { kind: "heading", text: letterTitle(letter) },
    { kind: "paragraph", text: contact ? tr("dunLetter.salutation.named", { name: contact }) : tr("dunLetter.salutation.generic") },
    { kind: "paragraph", text: tr(bodyKey(letter), { previous: letter.previousLetter === null ? "" : letterDate(letter.previousLetter, lang) }), keepWithNext: true },
    { kind: "table", columns, rows, total },
  ];
  const totalText = totalsText(letter, lang);
  const ukProtocol = id === "prelegal" && letter.individual && law === "UK";
  if (ukProtocol) blocks.push({ kind: "paragraph", text: tr("dunLetter.deadline.reply", { total: totalText, deadline: letterDate(letter.deadline, lang), days: letter.deadlineDays }) });
  else if (id === "final" && law === "NL" && letter.individual) blocks.push({ kind: "paragraph", text: tr("dunLetter.deadline.receipt", { total: totalText, days: 14 }) });
  else if (id === "final" && law === "IT") blocks.push({ kind: "paragraph", text: tr("dunLetter.deadline.receipt", { total: totalText, days: letter.deadlineDays }) });
  else blocks.push({ kind: "paragraph", text: tr("dunLetter.deadline.date", { total: totalText, deadline: letterDate(letter.deadline, lang) }) });
  if (id === "final" && law === "NL" && letter.individual) {
    // The 14-day letter must name the exact collection costs (art. 6:96(6) BW), on the principal.
    const principal = letter.totals.filter((x) => x.currency === "EUR").reduce((a, x) => a + x.principal, 0);
    blocks.push({ kind: "paragraph", text: tr("dunLetter.wik", { wik: money(lateFee(principal, "NL", false), "EUR") }) });
  }
  if (letter.items.some((i) => i.interest > 0)) blocks.push({ kind: "paragraph", text: tr("dunLetter.interest", { date: letterDate(asOf, lang) }) });
  if (letter.items.some((i) => i.statutoryFee > 0)) blocks.push({ kind: "paragraph", text: tr(HOME_LAW[lang] === law ? "dunLetter.fee.national" : "dunLetter.fee.eu") });
  if (ukProtocol) blocks.push({ kind: "paragraph", text: tr("dunLetter.enclosures", { days: letter.deadlineDays, address: [sender.name, ...sender.addressLines].join(", ") }) });
  if (id === "reminder" || id === "second") blocks.push({ kind: "paragraph", text: tr("dunLetter.paidAlready") });
  if (sender.contact.trim() !== "") blocks.push({ kind: "paragraph", text: tr("dunLetter.dispute", { contact: sender.contact.trim() }) });
  blocks.push({ kind: "signature", lines: [tr("dunLetter.closing"), sender.name] });

  const { amount, currency } = paymentTotal(letter);
  const several = letter.totals.length > 1;
  // The reference names the invoices the amount pays: those in its currency (all of them, in a letter of one currency).
  const reference = letter.items.filter((i) => i.currency === currency).map((i) => i.invoice).filter((s) => s !== "").join(" ").slice(0, 140);
  const payment: PaymentRequest = {
    beneficiary: sender.name,
    iban: sender.iban.replace(/\s+/g, ""),
    ...(sender.bic ? { bic: sender.bic } : {}),
    amount,
    currency,
    reference,
    lines: [
      tr("dunLetter.pay.beneficiary", { name: sender.name }),
      tr("dunLetter.pay.iban", { iban: sender.iban }),
      tr("dunLetter.pay.amount", { amount: totalText }),
      tr("dunLetter.pay.reference", { reference }),
      ...(currency !== "EUR" ? [] : several ? [tr("dunLetter.pay.qrPart", { amount: letterAmount(amount, lang, currency) })] : [tr("dunLetter.pay.qr")]),
    ],
  };
  const references = [
    ...(letter.customerId ? [tr("dunLetter.ref.customer", { id: letter.customerId })] : []),
    tr("dunLetter.ref.level", { ref: `L${letter.level}-${serialToIso(asOf)}` }),
  ];
  return {
    lang,
    fileBase: letterFileBase(letter, asOf),
    title: letterTitle(letter),
    letterhead: [sender.name, ...sender.addressLines, sender.vatId, sender.contact].filter((l) => l.trim() !== ""),
    ...(sender.logo ? { logo: sender.logo } : {}),
    recipient: [letter.customer, ...(letter.profile?.address ?? [])],
    date: letterDate(asOf, lang),
    references,
    blocks,
    payment,
    pageTemplate: tr("dunLetter.page"),
  };
}

/** The e-mail subject of a letter (the mail-merge list and the .eml). */
export function letterSubject(letter: DunningLetter): string {
  const lang = resolveLanguage(letter.language);
  return t("dunLetter.subject", { title: letterTitle(letter), amount: totalsText(letter, lang), customer: letter.customer }, lang);
}

/** A document's text as plain lines: the workbook's letter sheet, the mail-merge body, the tests. */
export function documentText(doc: BusinessDocument): string[] {
  const lines: string[] = [...doc.letterhead, "", ...doc.recipient, "", doc.date, ...doc.references, ""];
  for (const b of doc.blocks) {
    if (b.kind === "heading") lines.push(b.text, "");
    else if (b.kind === "paragraph") lines.push(b.text, "");
    else if (b.kind === "signature") lines.push(...b.lines, "");
    else if (b.kind === "table") {
      lines.push(b.columns.map((c) => c.title).join(" | "));
      for (const r of [...b.rows, ...(b.total ?? [])]) lines.push(r.filter((c) => c !== "").join(" | "));
      lines.push("");
    }
  }
  if (doc.payment) lines.push(...doc.payment.lines);
  return lines;
}
