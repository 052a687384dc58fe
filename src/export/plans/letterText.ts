import { AgreementLetter } from "../../domain/plans";
import { Lang, resolveLanguage, t } from "../../i18n";
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
