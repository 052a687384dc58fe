/**
 * The legal escalation pack as a BusinessDocument (one PDF for the lawyer) and as the rows of its sheet
 * `AR Legal <customer> YYYY-MM-DD`: statement of account with running balance, payment history,
 * dunning history from the log, the interest calculation per invoice (segment by segment, as
 * AR.INTERESTDETAIL gives it) and the fixed recovery sums, then the totals claimed.
 */
import { fromMinor, Minor, Serial, serialToIso } from "../../domain/core";
import { itemsText, LegalPack } from "../../domain/dunning";
import { customerKey } from "../../domain/plans";
import { Lang, resolveLanguage, t } from "../../i18n";
import { BusinessDocument, DocumentBlock } from "../core/document";
import { letterAmount, letterDate, letterRate } from "../core/letterFormat";
import { LetterSender } from "./letter";

/** `AR Legal <customer> YYYY-MM-DD` within Excel's 31 characters: the id when it fits, else a short key of the name. */
export function legalSheetName(customer: string, customerId: string, asOf: Serial): string {
  const id = customerId.trim().replace(/[^A-Za-z0-9_-]+/g, "");
  const key = id !== "" && id.length <= 11 ? id : customerKey(customer, { max: 11, prefix: 6 });
  return `AR Legal ${key} ${serialToIso(asOf)}`;
}

export interface LegalPackDocInput {
  readonly pack: LegalPack;
  readonly customer: string;
  readonly customerId: string;
  readonly address: readonly string[];
  readonly language: string;
  readonly asOf: Serial;
  readonly sender: LetterSender;
}

export function legalPackDocument(o: LegalPackDocInput): BusinessDocument {
  const lang: Lang = resolveLanguage(o.language);
  const tr = (k: string, p: Record<string, string | number> = {}) => t(k, p, lang);
  const money = (m: Minor, c = "") => letterAmount(m, lang, c);
  const date = (s: Serial) => letterDate(s, lang);
  const { pack } = o;
  const blocks: DocumentBlock[] = [
    { kind: "heading", text: tr("dunLegal.title", { customer: o.customer }) },
    { kind: "paragraph", text: tr("dunLegal.intro", { date: date(o.asOf) }) },
    { kind: "heading", text: tr("dunLegal.part.summary") },
    {
      kind: "table",
      columns: [
        { title: tr("dunLegal.col.currency"), align: "left", width: 0.12 }, { title: tr("dunLegal.col.invoiced"), align: "right", width: 0.14 },
        { title: tr("dunLegal.col.credited"), align: "right", width: 0.13 }, { title: tr("dunLegal.col.paid"), align: "right", width: 0.13 },
        { title: tr("dunLegal.col.balance"), align: "right", width: 0.13 }, { title: tr("dunLegal.col.interest"), align: "right", width: 0.12 },
        { title: tr("dunLegal.col.fees"), align: "right", width: 0.11 }, { title: tr("dunLegal.col.claim"), align: "right", width: 0.12 },
      ],
      rows: pack.totals.map((x) => [x.currency, money(x.invoiced), money(x.credited), money(x.paid), money(x.balance), money(x.interest), money(x.fees), money(x.claim, x.currency)]),
    },
    { kind: "pageBreak" },
    { kind: "heading", text: tr("dunLegal.part.statement") },
    {
      kind: "table",
      columns: [
        { title: tr("dunLegal.col.date"), align: "left", width: 0.14 }, { title: tr("dunLegal.col.kind"), align: "left", width: 0.2 },
        { title: tr("dunLegal.col.reference"), align: "left", width: 0.2 }, { title: tr("dunLegal.col.debit"), align: "right", width: 0.15 },
        { title: tr("dunLegal.col.credit"), align: "right", width: 0.15 }, { title: tr("dunLegal.col.balance"), align: "right", width: 0.16 },
      ],
      rows: pack.statement.map((l) => [date(l.date), tr(`dunLegal.kind.${l.kind}`), l.reference, l.debit ? money(l.debit) : "", l.credit ? money(l.credit) : "", money(l.balance, l.currency)]),
    },
    { kind: "heading", text: tr("dunLegal.part.payments") },
    pack.payments.length === 0
      ? { kind: "paragraph", text: tr("dunLegal.noPayments") }
      : { kind: "table", columns: [{ title: tr("dunLegal.col.date"), align: "left", width: 0.5 }, { title: tr("dunLegal.col.amount"), align: "right", width: 0.5 }], rows: pack.payments.map((p) => [date(p.date), money(p.amount)]) },
    { kind: "heading", text: tr("dunLegal.part.history") },
    pack.history.length === 0
      ? { kind: "paragraph", text: tr("dunLegal.noLetters") }
      : {
          kind: "table",
          columns: [
            { title: tr("dunLegal.col.date"), align: "left", width: 0.13 }, { title: tr("dunLegal.col.level"), align: "right", width: 0.08 },
            { title: tr("dunLegal.col.items"), align: "left", width: 0.35 }, { title: tr("dunLegal.col.amount"), align: "right", width: 0.16 },
            { title: tr("dunLegal.col.channel"), align: "left", width: 0.1 }, { title: tr("dunLegal.col.file"), align: "left", width: 0.18 },
          ],
          rows: pack.history.map((e) => [date(e.date), String(e.level), itemsText(e.items), money(e.amount + e.interest + e.fee, e.currency), e.channel, e.file.split("/").pop() ?? ""]),
        },
    { kind: "pageBreak" },
    { kind: "heading", text: tr("dunLegal.part.interest") },
    { kind: "paragraph", text: tr("dunLegal.interestHow") },
    {
      kind: "table",
      columns: [
        { title: tr("dunLegal.col.reference"), align: "left", width: 0.17 }, { title: tr("dunLegal.col.from"), align: "left", width: 0.13 },
        { title: tr("dunLegal.col.to"), align: "left", width: 0.13 }, { title: tr("dunLegal.col.days"), align: "right", width: 0.08 },
        { title: tr("dunLegal.col.rate"), align: "right", width: 0.11 }, { title: tr("dunLegal.col.principal"), align: "right", width: 0.14 },
        { title: tr("dunLegal.col.interest"), align: "right", width: 0.12 }, { title: tr("dunLegal.col.fees"), align: "right", width: 0.12 },
      ],
      rows: pack.claim.lines.flatMap((l) => [
        ...l.detail.segments.map((s) => [l.invoice.invoice, date(s.from), date(s.to), String(s.days), letterRate(s.annualRate, lang), money(s.principal), money(s.interest), ""]),
        [l.invoice.invoice, "", "", "", "", money(l.invoice.principal), money(l.detail.total), money(l.fee)],
      ]),
      total: pack.claim.totals.map((x) => [tr("dunLegal.totalRow", { currency: x.currency }), "", "", "", "", money(x.principal), money(x.interest), money(x.fee)]),
    },
    { kind: "signature", lines: [o.sender.name, ...o.sender.addressLines] },
  ];
  return {
    lang,
    fileBase: `Legal pack ${o.customerId || customerKey(o.customer)} ${serialToIso(o.asOf)}`,
    title: tr("dunLegal.title", { customer: o.customer }),
    letterhead: [o.sender.name, ...o.sender.addressLines, o.sender.vatId, o.sender.contact].filter((l) => l.trim() !== ""),
    recipient: [o.customer, ...o.address],
    date: date(o.asOf),
    references: o.customerId ? [tr("dunLetter.ref.customer", { id: o.customerId })] : [],
    blocks,
    pageTemplate: tr("dunLetter.page"),
  };
}

/** The pack's sheet rows: part, date, reference, currency, debit, credit, balance or amount, detail. */
export function legalPackRows(pack: LegalPack, lang: Lang): (string | number | null)[][] {
  const tr = (k: string, p: Record<string, string | number> = {}) => t(k, p, lang);
  const m = (x: Minor) => fromMinor(x);
  return [
    ...pack.statement.map((l) => [tr("dunLegal.part.statement"), l.date, l.reference, l.currency, m(l.debit), m(l.credit), m(l.balance), tr(`dunLegal.kind.${l.kind}`)]),
    ...pack.payments.map((p) => [tr("dunLegal.part.payments"), p.date, "", "", null, m(p.amount), null, ""]),
    ...pack.history.map((e) => [tr("dunLegal.part.history"), e.date, itemsText(e.items), e.currency, null, null, m(e.amount + e.interest + e.fee), `${tr("dunLegal.col.level")} ${e.level} · ${e.channel} · ${e.file}`]),
    ...pack.claim.lines.flatMap((l) => [
      ...l.detail.segments.map((s) => [tr("dunLegal.part.interest"), s.to, l.invoice.invoice, l.invoice.currency, m(s.principal), null, m(s.interest), `${serialToIso(s.from)}…${serialToIso(s.to)} · ${s.days} · ${(s.annualRate * 100).toFixed(2)}%`]),
      ...(l.fee > 0 ? [[tr("dunLegal.col.fees"), null, l.invoice.invoice, l.invoice.currency, null, null, m(l.fee), ""]] : []),
    ]),
    ...pack.totals.map((x) => [tr("dunLegal.part.summary"), null, "", x.currency, m(x.invoiced), m(x.credited + x.paid), m(x.claim), `${tr("dunLegal.col.balance")} ${m(x.balance).toFixed(2)} · ${tr("dunLegal.col.interest")} ${m(x.interest).toFixed(2)} · ${tr("dunLegal.col.fees")} ${m(x.fees).toFixed(2)}`]),
  ];
}
