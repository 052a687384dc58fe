/**
 * A statement of account as a BusinessDocument, pure: the texts in the customer's language, the
 * letterhead from the settings, the table of lines with the running balance, the aging summary and,
 * for a balance to pay, the remittance details (with the EPC payment QR code for EUR, drawn by the PDF
 * writer from `payment`).
 */
import { bucketLabels } from "../../domain/aging";
import { serialToIso } from "../../domain/core";
import { Statement, StatementRecipient } from "../../domain/statements";
import { Lang, resolveLanguage, t } from "../../i18n";
import { BusinessDocument, DocumentBlock, PaymentRequest } from "../core/document";
import { letterAmount, letterDate } from "../core/letterFormat";

/** The sender, from the Settings (company.*). */
export interface Letterhead {
  readonly name: string;
  readonly address: string;
  readonly vatId?: string;
  readonly iban?: string;
  readonly bic?: string;
  readonly contact?: string;
}

/** The letterhead of the workbook's settings. */
export function letterheadOf(settings: Readonly<Record<string, string>>): Letterhead {
  return { name: settings["company.name"] ?? "", address: settings["company.address"] ?? "", vatId: settings["company.vatId"], iban: settings["company.iban"], bic: settings["company.bic"], contact: settings["company.contact"] };
}

/** The reference a payment of this statement quotes. */
export function statementReference(s: Statement): string {
  return `${s.customerId || s.customer} ${serialToIso(s.to)}`.slice(0, 140);
}

export function statementDocument(statement: Statement, recipient: StatementRecipient, letterhead: Letterhead, langText?: string): BusinessDocument {
  const lang: Lang = resolveLanguage(langText ?? recipient.language);
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params, lang);
  const money = (minor: number) => letterAmount(minor, lang);
  const date = (serial: number) => (Number.isFinite(serial) ? letterDate(serial, lang) : "");
  const s = statement;
  const rows = [
    [date(s.from), "", tr("statements.opening"), "", "", "", money(s.opening)],
    ...s.lines.map((l) => [date(l.date), l.document, tr(`statements.kind.${l.kind}`), date(l.dueDate), l.amount >= 0 ? money(l.amount) : "", l.amount < 0 ? money(-l.amount) : "", money(l.balance)]),
  ];
  const labels = bucketLabels(s.bucketDays, tr("aging.notDue"), (days) => tr("aging.over", { days }));
  const blocks: DocumentBlock[] = [
    { kind: "paragraph", text: tr("statements.intro", { from: date(s.from), to: date(s.to), currency: s.currency }) },
    {
      kind: "table",
      columns: [
        { title: tr("statements.col.date"), align: "left", width: 0.145 },
        { title: tr("statements.col.document"), align: "left", width: 0.15 },
        { title: tr("statements.col.type"), align: "left", width: 0.175 },
        { title: tr("statements.col.dueDate"), align: "left", width: 0.135 },
        { title: tr("statements.col.debit"), align: "right", width: 0.125 },
        { title: tr("statements.col.credit"), align: "right", width: 0.12 },
        { title: tr("statements.col.balance"), align: "right", width: 0.145 },
      ],
      rows,
      total: [[date(s.to), "", tr("statements.closing"), "", "", "", money(s.closing)]],
    },
    { kind: "heading", text: tr("statements.aging", { date: date(s.to) }) },
    {
      kind: "table",
      columns: labels.map((label) => ({ title: label, align: "right" as const, width: 1 / (labels.length + 1) })).concat([{ title: tr("aging.total"), align: "right", width: 1 / (labels.length + 1) }]),
      rows: [[...s.aging.map(money), money(s.closing)]],
    },
  ];
  let payment: PaymentRequest | undefined;
  if (s.closing > 0 && letterhead.iban) {
    const reference = statementReference(s);
    blocks.push({ kind: "paragraph", text: tr("statements.pay", { amount: `${s.currency} ${money(s.closing)}` }), keepWithNext: true });
    blocks.push({ kind: "payment" });
    payment = {
      beneficiary: letterhead.name,
      iban: letterhead.iban,
      bic: letterhead.bic || undefined,
      amount: s.closing,
      currency: s.currency,
      reference,
      lines: [
        tr("statements.remit.beneficiary", { name: letterhead.name }),
        tr("statements.remit.iban", { iban: letterhead.iban }),
        ...(letterhead.bic ? [tr("statements.remit.bic", { bic: letterhead.bic })] : []),
        tr("statements.remit.amount", { amount: `${s.currency} ${money(s.closing)}` }),
        tr("statements.remit.reference", { reference }),
      ],
      qrCaption: s.currency === "EUR" ? tr("statements.qrCaption") : undefined,
    };
  }
  blocks.push({ kind: "paragraph", text: tr("statements.alreadyPaid") });
  blocks.push({ kind: "signature", lines: [tr("statements.regards"), letterhead.name] });
  const letterheadLines = [letterhead.name, ...letterhead.address.split(/\r?\n/), letterhead.vatId ? tr("statements.vatId", { vatId: letterhead.vatId }) : "", letterhead.contact ?? ""].map((l) => l.trim()).filter((l) => l !== "");
  return {
    lang,
    fileBase: tr("statements.fileBase", { customer: (s.customerId || s.customer).replace(/[\\/:*?"<>|]+/g, "-"), date: serialToIso(s.to), currency: s.currency }),
    title: tr("statements.title"),
    letterhead: letterheadLines,
    recipient: [s.customer, ...recipient.address].map((l) => l.trim()).filter((l) => l !== ""),
    date: date(s.to),
    references: [...(s.customerId ? [tr("statements.customerNo", { id: s.customerId })] : []), tr("statements.period", { from: date(s.from), to: date(s.to) })],
    blocks,
    payment,
    pageTemplate: tr("statements.page"),
  };
}
