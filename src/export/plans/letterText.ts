import { AgreementLetter } from "../../domain/plans";
import { Lang, resolveLanguage, t } from "../../i18n";
import { BusinessDocument, DocumentBlock, PaymentRequest, TableColumn } from "../core/document";
import { letterAmount, letterDate, letterRate } from "../core/letterFormat";

/** An agreement letter as the lines of text every renderer lays out, in the customer's language. */
export interface LetterDocument {
  readonly lang: Lang;
  /** File name without extension, e.g. "Agreement ROSSI-8B1C-261125". */
  readonly fileBase: string;
  readonly letterhead: readonly string[];
  readonly date: string;
  readonly recipient: string;
  readonly title: string;
  readonly reference: string;
  readonly salutation: string;
  readonly intro: readonly string[];
  readonly itemsHeading: string;
  readonly itemLines: readonly string[];
  readonly terms: readonly string[];
  readonly scheduleHeading: string;
  readonly table: { readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly total: readonly string[] };
  readonly after: readonly string[];
  readonly closing: string;
  readonly signer: string;
  readonly acceptance: string;
  readonly signature: string;
  /** "Page {page} of {pages}" in the letter's language, placeholders kept. */
  readonly pageTemplate: string;
}

/**
 * The text of an agreement letter: letterhead from the settings, the items and charges covered, the
 * terms, the full schedule with its totals, and the lapse and payment clauses.
 *
 * @example
 * letterDocument(letter).table.rows.length //=> letter.schedule.length
 */
export function letterDocument(letter: AgreementLetter): LetterDocument {
  const lang = resolveLanguage(letter.language);
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params, lang);
  const currency = letter.items.find((i) => i.currency !== "")?.currency ?? "";
  const money = (m: number) => letterAmount(m, lang);
  const moneyC = (m: number) => letterAmount(m, lang, currency);
  const date = (s: number) => letterDate(s, lang);
  const c = letter.company;
  const letterhead = [c.name, ...c.addressLines, ...(c.vatId ? [tr("letter.vatId", { vatId: c.vatId })] : []), ...(c.contact ? [c.contact] : [])].filter((l) => l !== "");
  const rows = letter.schedule.map((r) => [String(r.n), date(r.dueDate), money(r.payment), money(r.interest), money(r.principal), money(r.balanceAfter)]);
  const last = letter.schedule[letter.schedule.length - 1];
  const terms = [
    tr("letter.terms", {
      installments: letter.schedule.length,
      frequency: tr(`letter.freq.${letter.frequency}`),
      first: date(letter.schedule[0].dueDate),
      last: date(last.dueDate),
      rate: letterRate(letter.annualRate, lang),
      total: moneyC(letter.totalPayable),
    }),
    ...(letter.replaces ? [tr("letter.replaces", { planId: letter.replaces })] : []),
  ];
  return {
    lang,
    fileBase: `Agreement ${letter.planId}`,
    letterhead,
    date: date(letter.date),
    recipient: letter.customer,
    title: tr("letter.title"),
    reference: tr("letter.reference", { planId: letter.planId }),
    salutation: letter.contactName ? tr("letter.salutationNamed", { contact: letter.contactName }) : tr("letter.salutation"),
    intro: [tr("letter.intro", { balance: moneyC(letter.balance) })],
    itemsHeading: tr("letter.itemsHeading"),
    itemLines: [
      ...letter.items.map((i) => tr("letter.item", { invoice: i.invoice, date: date(i.dueDate), amount: money(i.open) })),
      ...letter.charges.map((ch) => tr("letter.charge", { label: ch.label, amount: money(ch.amount) })),
    ],
    terms,
    scheduleHeading: tr("letter.scheduleHeading"),
    table: {
      headers: ["n", "dueDate", "payment", "interest", "principal", "balance"].map((k) => tr(`plan.header.${k}`)),
      rows,
      total: [tr("letter.total"), "", money(letter.totalPayable), money(letter.totalInterest), money(letter.balance), ""],
    },
    after: [
      tr("letter.lapse", { grace: letter.graceDays }),
      ...(c.iban ? [tr("letter.payTo", { iban: c.iban, planId: letter.planId })] : []),
      tr("letter.confirm"),
    ],
    closing: tr("letter.closing"),
    signer: c.name,
    acceptance: tr("letter.acceptance", { customer: letter.customer }),
    signature: tr("letter.signature"),
    pageTemplate: tr("letter.page"),
  };
}

/** The schedule's columns: number, due date, payment, interest, principal, balance. */
const SCHEDULE_WIDTHS = [0.11, 0.17, 0.17, 0.16, 0.17, 0.22];

/**
 * Bank details and the EPC QR code of the first instalment, when the settings have the company IBAN;
 * the QR code itself is drawn only for EUR (and a valid SEPA IBAN).
 */
function firstInstalmentPayment(letter: AgreementLetter, lang: Lang): PaymentRequest | undefined {
  const c = letter.company;
  const first = letter.schedule[0];
  if (!c.iban || !first) return undefined;
  const currency = letter.items.find((i) => i.currency !== "")?.currency ?? "";
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params, lang);
  return {
    beneficiary: c.name,
    iban: c.iban,
    amount: first.payment,
    currency,
    reference: letter.planId,
    lines: [
      tr("letter.paymentHeading"),
      tr("letter.paymentTo", { beneficiary: c.name, iban: c.iban }),
      tr("letter.paymentFirst", { amount: letterAmount(first.payment, lang, currency), date: letterDate(first.dueDate, lang), planId: letter.planId }),
    ],
    qrCaption: tr("letter.qrCaption"),
  };
}

/**
 * The agreement letter as the BusinessDocument every writer renders (renderPdf, renderDocx): the
 * texts of `letterDocument`, the schedule as a table with its total, the bank details with the EPC QR
 * code of the first instalment, and the last clause, closing and both signatures kept on one page.
 *
 * @example
 * agreementDocument(letter).blocks.find((b) => b.kind === "table") // the schedule
 */
export function agreementDocument(letter: AgreementLetter, logo?: Uint8Array): BusinessDocument {
  const doc = letterDocument(letter);
  const columns: TableColumn[] = doc.table.headers.map((title, k) => ({ title, align: k === 1 ? "left" : "right", width: SCHEDULE_WIDTHS[k] }));
  const paragraphs = (texts: readonly string[]): DocumentBlock[] => texts.map((text) => ({ kind: "paragraph", text }));
  const payment = firstInstalmentPayment(letter, doc.lang);
  // The bank details say where to pay and with which reference: the sentence saying it goes.
  const payTo = letter.company.iban ? t("letter.payTo", { iban: letter.company.iban, planId: letter.planId }, doc.lang) : "";
  const after = payment ? doc.after.filter((p) => p !== payTo) : doc.after;
  const lastAfter = after.length - 1;
  const blocks: DocumentBlock[] = [
    ...paragraphs([doc.salutation, ...doc.intro]),
    ...(doc.itemLines.length > 0 ? [{ kind: "heading", text: doc.itemsHeading } as const, { kind: "paragraph", text: doc.itemLines.map((l) => `– ${l}`).join("\n") } as const] : []),
    ...paragraphs(doc.terms),
    { kind: "heading", text: doc.scheduleHeading },
    { kind: "table", columns, rows: doc.table.rows, total: [doc.table.total] },
    ...paragraphs(after.slice(0, Math.max(0, lastAfter))),
    ...(payment ? [{ kind: "payment" } as const] : []),
    // A signature alone on a page of its own signs nothing: the last clause stays with the closing and both signatures.
    ...(lastAfter >= 0 ? [{ kind: "paragraph", text: after[lastAfter], keepWithNext: true } as const] : []),
    { kind: "signature", lines: [doc.closing, doc.signer], beside: [doc.acceptance, "______________________________", doc.signature] },
  ];
  return {
    lang: doc.lang,
    fileBase: doc.fileBase,
    title: doc.title,
    letterhead: doc.letterhead,
    ...(logo ? { logo } : {}),
    recipient: [doc.recipient],
    date: doc.date,
    references: [doc.reference],
    blocks,
    ...(payment ? { payment } : {}),
    pageTemplate: doc.pageTemplate,
  };
}
