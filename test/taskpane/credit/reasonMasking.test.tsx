/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { decideCredit, readCreditPolicy } from "../../../src/domain/credit";
import { fromMinor, Minor, toMinor } from "../../../src/domain/core";
import { catalogues } from "../../../src/i18n/catalogue";
import { LANGUAGES } from "../../../src/i18n";
import { numberFormatter } from "../../../src/i18n/numberFormat";
import { creditReasonText } from "../../../src/i18n/creditReason";
import { CreditReviewPanel } from "../../../src/taskpane/credit/CreditReviewPanel";
import { creditLogRow } from "../../../src/taskpane/credit/creditLog";
import { newAccountLogEntry } from "../../../src/taskpane/customers/customerFile";
import { CheckedAccount } from "../../../src/domain/customers";
import { createMemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { CellValue } from "../../../src/workbook/port";

/**
 * Confidential values hidden means hidden everywhere: every decision reason, rendered with masking on,
 * names its rule but quotes no figure of the applicant's income or debt (nor one computed from them,
 * such as a share of income or the debt-to-income), in the pane, on the review sheet and in AR Credit Log.
 */

const TODAY = "2026-11-25";
const REVIEW = "AR Credit Review 2026-11-25";

/** A policy whose bands give every reason: 500 grants nothing, 580 lends 5%, 670 lends 15% up to 10,000. */
const POLICY: CellValue[][] = [
  ["valid_from", "min_score", "income_pct", "max_dti", "max_limit", "step"],
  [46000, 500, 0.05, 0.35, 50, 100],
  [46000, 580, 0.05, 0.35, 2000, 100],
  [46000, 670, 0.15, 0.43, 10000, 100],
];

interface Case {
  readonly customer: string;
  readonly score: number;
  readonly income: number;
  readonly debt: number;
  readonly requested: number | null;
  readonly code: string;
}

/** One applicant per reason, with incomes and debts no other figure of the review shares. */
const CASES: readonly Case[] = [
  { customer: "Low", score: 450, income: 48765.43, debt: 321.09, requested: null, code: "credit.reason.belowLowestBand" },
  { customer: "Zero", score: 700, income: 0, debt: 0, requested: null, code: "credit.reason.noIncome" },
  { customer: "Indebted", score: 700, income: 61233.33, debt: 2345.67, requested: null, code: "credit.reason.dtiAboveMax" },
  { customer: "Nothing", score: 520, income: 37777.77, debt: 123.45, requested: null, code: "credit.reason.bandGrantsNothing" },
  { customer: "Small", score: 700, income: 612.33, debt: 0, requested: null, code: "credit.reason.limitBelowStep" },
  { customer: "Asking", score: 700, income: 54321.09, debt: 456.78, requested: 9999, code: "credit.reason.requestedAboveLimit" },
  { customer: "Within", score: 700, income: 43210.98, debt: 567.89, requested: 5000, code: "credit.reason.withinLimit" },
  { customer: "Share", score: 700, income: 45678.91, debt: 678.9, requested: null, code: "credit.reason.limitFromIncome" },
  { customer: "Capped", score: 700, income: 98765.43, debt: 789.01, requested: null, code: "credit.reason.limitCapped" },
];

const policy = readCreditPolicy(POLICY.map((r) => r.slice(1)));
const decide = (c: Case) => decideCredit({ score: c.score, income: toMinor(c.income), monthlyDebt: toMinor(c.debt), requested: c.requested === null ? null : toMinor(c.requested) }, policy);

/** Every way a language may write an amount (grouped or not, with or without cents). */
function amountTexts(minor: Minor): string[] {
  const major = fromMinor(minor);
  const texts = new Set<string>();
  for (const lang of LANGUAGES) {
    for (const useGrouping of [true, false]) {
      texts.add(numberFormatter(lang, { useGrouping, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(major));
      if (minor % 100 === 0) texts.add(numberFormatter(lang, { useGrouping, maximumFractionDigits: 0 }).format(major));
    }
  }
  return [...texts];
}

/** Every way a language may write a percentage, to 0–4 decimals. */
function percentTexts(fraction: number): string[] {
  const texts = new Set<string>();
  for (const lang of LANGUAGES) for (let digits = 0; digits <= 4; digits++) texts.add(numberFormatter(lang, { style: "percent", maximumFractionDigits: digits }).format(fraction));
  return [...texts];
}

/**
 * The figures a reason must not quote while confidential values are hidden: the income and debt, the
 * share of income the band lends (income × income_pct, before rounding) and the debt-to-income.
 * Income 0 and debt 0 are left out (a 0 appears in many figures); the income-0 case is checked on
 * its own below.
 */
function secretsOf(c: Case): string[] {
  const income = toMinor(c.income);
  const debt = toMinor(c.debt);
  const d = decide(c);
  const secrets = [...(income > 0 ? amountTexts(income) : []), ...(debt > 0 ? amountTexts(debt) : [])];
  if (d.dti !== null && d.dti > 0) secrets.push(...percentTexts(d.dti));
  if (d.band && income > 0) secrets.push(...amountTexts(Math.floor((income * d.band.incomePct * 100) / 100)));
  return secrets;
}

const ALL_SECRETS = CASES.flatMap(secretsOf);
const leaks = (text: string) => ALL_SECRETS.filter((s) => text.includes(s));

/** Confidential numbers as raw cell values (a sheet cell holding the income itself). */
const SECRET_NUMBERS = new Set(CASES.flatMap((c) => [c.income, c.debt]).filter((n) => n > 0));
function cellLeaks(rows: readonly (readonly CellValue[])[]): string[] {
  return rows.flatMap((row) => row.flatMap((cell) => (typeof cell === "number" ? (SECRET_NUMBERS.has(cell) ? [String(cell)] : []) : typeof cell === "string" ? leaks(cell) : [])));
}

describe("the reason cases", () => {
  it("cover every credit.reason.* message of the catalogue", () => {
    const codes = Object.keys(catalogues.en).filter((k) => k.startsWith("credit.reason."));
    expect(CASES.map((c) => decide(c).reason.code).sort()).toEqual(codes.sort());
    expect(CASES.map((c) => decide(c).reason.code)).toEqual(CASES.map((c) => c.code));
  });
});

describe("creditReasonText", () => {
  it.each(LANGUAGES)("masks the confidential figures of every reason in %s, and quotes them when revealed", (lang) => {
    for (const c of CASES) {
      const reason = decide(c).reason;
      const masked = creditReasonText(reason, { reveal: false, lang });
      expect([c.code, leaks(masked)]).toEqual([c.code, []]);
      expect(masked).not.toMatch(/\{\w+\}/);
      expect(masked).not.toBe(reason.code); // the rule is named in words
    }
    const shown = (c: Case) => creditReasonText(decide(c).reason, { reveal: true, lang });
    for (const c of CASES.filter((x) => ["credit.reason.dtiAboveMax", "credit.reason.limitBelowStep"].includes(x.code))) expect(leaks(shown(c))).not.toEqual([]);
  });

  it("masks the income of the income-0 rule, and does not widen the maximum beside a masked debt-to-income", () => {
    const zero = decide(CASES[1]).reason;
    expect(creditReasonText(zero, { reveal: false, lang: "en" })).toBe("Income is ••••••, so the band from 670, which lends a share of income, gives no limit.");
    expect(creditReasonText(zero, { reveal: true, lang: "en" })).toBe("Income is 0, so the band from 670, which lends a share of income, gives no limit.");
    const close = { code: "credit.reason.dtiAboveMax", params: { dti: 0.430001, maxDti: 0.43 } };
    expect(creditReasonText(close, { reveal: true, lang: "en" })).toBe("Debt-to-income 43.0001% is above the band's maximum 43%.");
    expect(creditReasonText(close, { reveal: false, lang: "en" })).toBe("Debt-to-income •••••• is above the band's maximum 43%.");
  });
});

describe("AR Credit Log rows of new accounts", () => {
  const account = (c: Case): CheckedAccount => ({
    kind: "business", legalName: c.customer, companyId: "MI-998877", vatId: "IT00743110157", iban: "IT60X0542811101000000123456", address: "", country: "IT", language: "en",
    contactName: "", email: "", phone: "", requested: toMinor(c.requested ?? 1), paymentTerms: 30, income: toMinor(c.income), monthlyDebt: toMinor(c.debt), score: c.score, checks: [],
  });

  it("quote no confidential figure for any reason, and no ID number or bank detail", () => {
    for (const c of CASES) {
      const row = creditLogRow(newAccountLogEntry("C-000001", account(c), decide(c), 46351, "Marco"));
      expect([c.code, cellLeaks([row])]).toEqual([c.code, []]);
      expect(JSON.stringify(row)).not.toMatch(/IT60|X054|00743110157|MI-998877/);
    }
  });
});

describe("CreditReviewPanel with confidential values hidden", () => {
  const customers: CellValue[][] = [["Customer", "Score", "Annual income", "Monthly debt", "Requested limit"], ...CASES.map((c) => [c.customer, c.score, c.income, c.debt, c.requested])];

  function setup() {
    const wb = createMemoryWorkbook([
      { name: "Customers", values: customers },
      { name: "Ledger", values: [["Customer", "Invoice", "Due date", "Open amount"], ["Share", "F1", 46300, 100]] },
      { name: "AR Credit Policy", values: POLICY },
    ]);
    const view = render(<CreditReviewPanel port={wb} today={TODAY} />);
    return { wb, view };
  }

  async function run() {
    const button = await screen.findByRole("button", { name: "Run credit review" }, { timeout: 15_000 });
    await waitFor(() => expect(button).toBeEnabled());
    fireEvent.click(button);
  }

  const reasonColumn = (rows: CellValue[][]) => {
    const h = rows.findIndex((r) => r?.[0] === "Customer");
    const c = (rows[h] as string[]).indexOf("Reason");
    return Object.fromEntries(rows.slice(h + 1).filter((r) => r && typeof r[0] === "string" && r[0] !== "Total").map((r) => [r[0], String(r[c])]));
  };

  it("quotes no income, debt or figure derived from them in the pane or on the review sheet, and does once revealed", async () => {
    const { wb, view } = setup();
    await run();
    await screen.findByRole("table", { name: "Decisions" }, { timeout: 15_000 });
    // The pane: its text and its attributes (each decision row carries its reason as a tooltip).
    expect(leaks(view.container.innerHTML)).toEqual([]);
    const rows = wb.values(REVIEW) as CellValue[][];
    const reasons = reasonColumn(rows);
    expect(Object.keys(reasons)).toEqual(CASES.map((c) => c.customer));
    expect(cellLeaks(rows)).toEqual([]);
    // The rule is still named.
    expect(reasons.Small).toMatch(/^15% of income is \S+, below one step of 100, so the limit is 0\.$/);
    expect(reasons.Indebted).toMatch(/^Debt-to-income \S+ is above the band's maximum 43%\.$/);
    expect(reasons.Zero).not.toMatch(/Income is 0/);

    // Revealed, the same review quotes them: the check above can see a leak.
    fireEvent.click(screen.getByRole("switch", { name: /Show confidential data/ }));
    await run();
    await waitFor(() => expect(reasonColumn(wb.values(REVIEW) as CellValue[][]).Small).toBe("15% of income is 91.84, below one step of 100, so the limit is 0."));
    const revealed = reasonColumn(wb.values(REVIEW) as CellValue[][]);
    expect(revealed.Indebted).toBe("Debt-to-income 45.97% is above the band's maximum 43%.");
    expect(revealed.Zero).toMatch(/^Income is 0, /);
    await waitFor(() => expect(leaks(view.container.innerHTML)).not.toEqual([]));
  });
});
