/**
 * The `AR Interest <customer> <date>` sheet: one table a lawyer can follow. First one row per invoice
 * (principal, payments, interest to the end date, fee), then the totals per currency, then beneath them
 * the calculation invoice by invoice: each segment with its rate and where the rate came from, each
 * payment with how it was applied, each NL capitalisation, and last the notes on rates to check.
 */
import { fromMinor, serialToIso } from "../../domain/core";
import { ClaimLine, ClaimTerms, InterestClaimResult, InterestSegment } from "../../domain/interest";
import { formatMoney } from "../../i18n/numberFormat";
import { getLanguage, t } from "../../i18n";
import { interestNoteText, ratePercentText } from "../../i18n/interestNote";
import { CellValue, ReportColumn, ReportSheet } from "../../workbook/port";
import type { ClaimRates } from "./claimWorkbook";

const DATE = "yyyy-mm-dd";
const MONEY = "#,##0.00";
const RATE = "0.00##%";

const COLUMNS: readonly (readonly [string, string])[] = [
  ["kind", "@"],
  ["invoice", "@"],
  ["currency", "@"],
  ["dueDate", DATE],
  ["from", DATE],
  ["to", DATE],
  ["days", "0"],
  ["rate", RATE],
  ["principal", MONEY],
  ["paid", MONEY],
  ["interest", MONEY],
  ["fee", MONEY],
  ["source", "@"],
  ["note", "@"],
];

/** Where a segment's rate came from, in words: the shipped table (and how sure it is), AR_Rates, or the contract. */
export function rateSourceText(segment: InterestSegment): string {
  const r = segment.reference;
  if (!r) return t("interestPanel.source.contract");
  const series = t(`interest.series.${r.series}`);
  const rate = ratePercentText(r.entry.micro);
  const from = serialToIso(r.entry.from);
  if (r.entry.confidence === "workbook") return t("interestPanel.source.workbook", { series, rate, from, row: r.entry.row ?? 0 });
  return t(`interestPanel.source.${r.entry.confidence}`, { series, rate, from });
}

export interface ClaimSheetOptions {
  readonly customer: string;
  readonly terms: ClaimTerms;
  readonly rates: ClaimRates;
  readonly ledger: string;
  readonly payments: string | null;
}

/** The law and rate of a claim in words: "Germany (Basiszinssatz + 9)" or "contractual 9.5%; fee: Germany". */
export function termsText(terms: ClaimTerms): string {
  const law = t(`interestPanel.law.${terms.jurisdiction}`);
  if (terms.contractualRate !== null) return t("interestPanel.terms.contract", { rate: ratePercentText(Math.round(terms.contractualRate * 1_000_000)), law });
  return terms.b2c ? t("interestPanel.terms.b2c", { law }) : law;
}

/** Where the rates came from, in one line. */
export function ratesText(rates: ClaimRates): string {
  return rates.table ? t("interestPanel.rates.withTable", { table: rates.table.name, sheet: rates.table.sheet, rows: rates.table.rows }) : t("interestPanel.rates.shipped");
}

const money = (minor: number): CellValue => fromMinor(minor);
const row = (cells: Partial<Record<(typeof COLUMNS)[number][0], CellValue>>): CellValue[] => COLUMNS.map(([key]) => cells[key] ?? null);

/** The calculation of one invoice, in date order: segments, and after each the payments and capitalisations of its last day. */
function detailRows(line: ClaimLine, kind: (k: string) => string): CellValue[][] {
  const inv = line.invoice;
  const base = { invoice: inv.invoice, currency: inv.currency };
  const payments = [...line.detail.payments];
  const capitals = [...line.detail.capitalisations];
  const out: CellValue[][] = [];
  const lang = getLanguage();
  const paymentRow = () => {
    const p = payments.shift()!;
    const note = t("interestSheet.applied", { interest: formatMoney(p.toInterest, lang), principal: formatMoney(p.toPrincipal, lang) }) + (p.excess > 0 ? ` ${t("interestSheet.excess", { excess: formatMoney(p.excess, lang) })}` : "");
    out.push(row({ ...base, kind: kind("payment"), from: p.date, paid: money(p.amount), note }));
  };
  while (payments.length > 0 && payments[0].date <= inv.dueDate) paymentRow();
  for (const s of line.detail.segments) {
    out.push(row({ ...base, kind: kind("segment"), from: s.from, to: s.to, days: s.days, rate: s.annualRate, principal: money(s.principal), interest: money(s.interest), source: rateSourceText(s) }));
    while (payments.length > 0 && payments[0].date === s.to) paymentRow();
    while (capitals.length > 0 && capitals[0].date === s.to) {
      const c = capitals.shift()!;
      out.push(row({ ...base, kind: kind("capitalised"), from: c.date, interest: money(c.amount), note: t("interestSheet.capitalised") }));
    }
  }
  while (payments.length > 0) paymentRow();
  return out;
}

/** The report sheet of a claim (its name is set by the caller). */
export function claimSheet(result: InterestClaimResult, o: ClaimSheetOptions): Omit<ReportSheet, "name"> {
  const kind = (k: string) => t(`interestSheet.kind.${k}`);
  const rows: CellValue[][] = [];
  for (const l of result.lines) {
    const inv = l.invoice;
    const late = l.detail.days > 0;
    rows.push(
      row({
        kind: kind("invoice"),
        invoice: inv.invoice,
        currency: inv.currency,
        dueDate: inv.dueDate,
        from: late ? inv.dueDate + 1 : null,
        to: late ? o.terms.endDate : null,
        days: l.detail.days,
        principal: money(inv.principal),
        paid: money(l.paid),
        interest: money(l.detail.total),
        fee: money(l.fee),
        note: inv.disputed ? t("interestPanel.disputed") : null,
      }),
    );
  }
  for (const tot of result.totals) {
    rows.push(row({ kind: kind("total"), currency: tot.currency, principal: money(tot.principal), paid: money(tot.paid), interest: money(tot.interest), fee: money(tot.fee), note: t("interestSheet.claimed", { amount: formatMoney(tot.interest + tot.fee, getLanguage()) }) }));
  }
  for (const l of result.lines) rows.push(...detailRows(l, kind));
  for (const n of result.notes) rows.push(row({ kind: kind("note"), note: interestNoteText(n) }));
  const columns: ReportColumn[] = COLUMNS.map(([key, numberFormat]) => ({ header: t(`interestSheet.col.${key}`), numberFormat }));
  return {
    title: [
      t("interestSheet.title", { customer: o.customer, date: serialToIso(o.terms.endDate) }),
      t("interestSheet.terms", { terms: termsText(o.terms), rates: ratesText(o.rates) }),
      t("interestSheet.sources", { ledger: o.ledger, payments: o.payments ?? t("interestPanel.paymentsNone") }),
      t("interestSheet.layout"),
    ],
    columns,
    rows,
  };
}
