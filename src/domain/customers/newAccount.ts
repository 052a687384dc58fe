import { detectDecimalMark, parseAmountText, isValidYmd, Serial, ymdToSerial, Minor, Problem } from "../core";
import { validateCompanyId } from "./companyId";
import { validateIban } from "./iban";
import { validateVatId } from "./vatId";

/**
 * The new-account form and its vetting checklist, checked before approval: what must be filled in,
 * the company ID, VAT number and IBAN checked with their countries' rules (and a warning when the VAT
 * number or IBAN is from another country than the customer's), amounts and dates read from text.
 */

export type CustomerKind = "business" | "individual";
export type VettingKind = "creditReport" | "bankReference" | "tradeReference1" | "tradeReference2" | "employmentReference";
export type VettingStatus = "pending" | "passed" | "failed";

export const VETTING_KINDS: readonly VettingKind[] = ["creditReport", "bankReference", "tradeReference1", "tradeReference2", "employmentReference"];
export const VETTING_STATUSES: readonly VettingStatus[] = ["pending", "passed", "failed"];

/** One item of the vetting checklist, as typed. `source` is the bureau, bank or referee. */
export interface VettingItem {
  readonly status: VettingStatus;
  readonly date: string;
  readonly source: string;
  readonly notes: string;
  /** Credit report only: the bureau's score and its file reference. */
  readonly score?: string;
  readonly fileRef?: string;
}

export interface NewAccountForm {
  readonly kind: CustomerKind;
  readonly legalName: string;
  readonly companyId: string;
  readonly vatId: string;
  readonly iban: string;
  readonly address: string;
  /** ISO country code, e.g. "IT". */
  readonly country: string;
  /** Correspondence language: en, it, de, nl or fr. */
  readonly language: string;
  readonly contactName: string;
  readonly email: string;
  readonly phone: string;
  readonly requestedLimit: string;
  /** Payment terms in days. */
  readonly paymentTerms: string;
  readonly annualIncome: string;
  readonly monthlyDebt: string;
  readonly checks: Readonly<Record<VettingKind, VettingItem>>;
}

/** A form field ("iban") or a checklist field ("creditReport.score") and what is wrong with it. */
export interface FieldProblem {
  readonly field: string;
  readonly problem: Problem;
}

/** The form, checked and normalised. */
export interface CheckedAccount {
  readonly kind: CustomerKind;
  readonly legalName: string;
  /** As the country's rules write it (compact for a number with check digits); "" for an individual without one. */
  readonly companyId: string;
  /** Compact, with its country prefix; "" for an individual without one. */
  readonly vatId: string;
  /** Electronic form (no spaces). */
  readonly iban: string;
  readonly address: string;
  readonly country: string;
  readonly language: string;
  readonly contactName: string;
  readonly email: string;
  readonly phone: string;
  readonly requested: Minor;
  readonly paymentTerms: number;
  readonly income: Minor;
  readonly monthlyDebt: Minor;
  readonly score: number;
  readonly checks: readonly (VettingItem & { readonly kind: VettingKind; readonly day: Serial })[];
}

/** The checklist items a customer of this kind needs: trade references for a firm, an employment reference for a person. */
export function requiredChecks(kind: CustomerKind): VettingKind[] {
  return kind === "business" ? ["creditReport", "bankReference", "tradeReference1", "tradeReference2"] : ["creditReport", "bankReference", "employmentReference"];
}

/**
 * A positive or zero amount typed in the pane ("12000", "12.000,00", "12,000.50"), in minor units;
 * null when it is not one.
 *
 * @example
 * amountFromText("12.000,50") //=> 1200050
 */
export function amountFromText(text: string): Minor | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const parsed = parseAmountText(trimmed, detectDecimalMark([trimmed]).mark);
  return parsed.ok ? parsed.minor : null;
}

/** An ISO date typed or picked in the pane; null when not a real date. */
export function dayFromIso(text: string): Serial | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m || !isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  return ymdToSerial(Number(m[1]), Number(m[2]), Number(m[3]));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The customer's country as the number checks take it: a two-letter code, or undefined. */
function customerCountry(form: NewAccountForm): string | undefined {
  const country = form.country.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(country) ? country : undefined;
}

/**
 * What deserves a second look without stopping approval: a valid VAT number or IBAN from another
 * country than the customer's (a foreign VAT registration or bank account is possible, and worth
 * checking). Shown under the field as the user types.
 *
 * @example
 * newAccountWarnings({ ...form, country: "DE", vatId: "IT00743110157" })
 * //=> [{ field: "vatId", problem: { code: "credit.vat.otherCountry", params: { country: "IT", customerCountry: "DE" } } }]
 */
export function newAccountWarnings(form: NewAccountForm): FieldProblem[] {
  const country = customerCountry(form);
  if (!country) return [];
  const warnings: FieldProblem[] = [];
  const vat = form.vatId.trim() === "" ? null : validateVatId(form.vatId, { country });
  if (vat?.warning) warnings.push({ field: "vatId", problem: vat.warning });
  const iban = form.iban.trim() === "" ? null : validateIban(form.iban, { country });
  if (iban?.warning) warnings.push({ field: "iban", problem: iban.warning });
  return warnings;
}

/**
 * Checks the form for approval: every problem, in form order, or the normalised account. Needed: a
 * legal name, country and language; a valid IBAN; for a business a company ID and a VAT number, valid
 * under the customer's country's rules (a VAT number typed without prefix takes that country; a
 * company ID is checked wherever one is typed); a requested limit above 0; payment terms of 0–365
 * days; income and monthly debt (0 or more); every required checklist item passed, dated no later
 * than `today`, with its source; the credit report's score. The warnings of {@link newAccountWarnings}
 * come with the answer and do not stop approval.
 *
 * @example
 * checkNewAccount({ ...form, iban: "GB82 WEST 1234 5698 7654 33" }, 46351).problems[0]
 * //=> { field: "iban", problem: { code: "credit.iban.badCheck", … } }
 */
export function checkNewAccount(
  form: NewAccountForm,
  today: Serial,
): { readonly account: CheckedAccount | null; readonly problems: readonly FieldProblem[]; readonly warnings: readonly FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const add = (field: string, code: string, params?: Record<string, string | number>) => problems.push({ field, problem: { code, params } });
  /** Notes a blank required field; true when it was blank. */
  const required = (field: keyof NewAccountForm, value: string): boolean => {
    const blank = value.trim() === "";
    if (blank) add(field, "creditPanel.account.required");
    return blank;
  };

  required("legalName", form.legalName);
  const country = form.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) add("country", "creditPanel.account.badCountry", { text: form.country.trim() });
  required("language", form.language);
  let vatId = "";
  if (form.kind === "business" || form.vatId.trim() !== "") {
    const vat = validateVatId(form.vatId, { country: customerCountry(form) });
    if (vat.valid) vatId = vat.value;
    else problems.push({ field: "vatId", problem: vat.problem });
  }
  let companyId = "";
  if (form.companyId.trim() !== "") {
    const company = validateCompanyId(form.companyId, country);
    if (company.valid) companyId = company.value;
    else problems.push({ field: "companyId", problem: company.problem });
  } else if (form.kind === "business") required("companyId", form.companyId);
  const iban = validateIban(form.iban);
  if (!iban.valid) problems.push({ field: "iban", problem: iban.problem });
  if (form.email.trim() !== "" && !EMAIL.test(form.email.trim())) add("email", "creditPanel.account.badEmail", { text: form.email.trim() });
  const requested = amountFromText(form.requestedLimit);
  if (!required("requestedLimit", form.requestedLimit) && (requested === null || requested <= 0)) add("requestedLimit", "creditPanel.account.notPositive", { text: form.requestedLimit.trim() });
  const terms = /^\d{1,3}$/.test(form.paymentTerms.trim()) ? Number(form.paymentTerms.trim()) : NaN;
  if (!(terms >= 0 && terms <= 365)) add("paymentTerms", "creditPanel.account.badTerms", { text: form.paymentTerms.trim() });
  const income = amountFromText(form.annualIncome);
  if (!required("annualIncome", form.annualIncome) && (income === null || income < 0)) add("annualIncome", "creditPanel.account.notAmount", { text: form.annualIncome.trim() });
  const debt = form.monthlyDebt.trim() === "" ? 0 : amountFromText(form.monthlyDebt);
  if (debt === null || debt < 0) add("monthlyDebt", "creditPanel.account.notAmount", { text: form.monthlyDebt.trim() });

  const checks: CheckedAccount["checks"][number][] = [];
  for (const kind of requiredChecks(form.kind)) {
    const item = form.checks[kind];
    const day = dayFromIso(item.date);
    if (item.status !== "passed") add(`${kind}.status`, item.status === "failed" ? "creditPanel.vetting.failed" : "creditPanel.vetting.pending");
    if (item.source.trim() === "") add(`${kind}.source`, "creditPanel.account.required");
    if (day === null) add(`${kind}.date`, "creditPanel.vetting.badDate", { text: item.date.trim() });
    else if (day > today) add(`${kind}.date`, "creditPanel.vetting.futureDate", { text: item.date.trim() });
    if (day !== null) checks.push({ ...item, kind, day });
  }
  const scoreText = form.checks.creditReport.score?.trim() ?? "";
  const score = /^\d+(\.\d+)?$/.test(scoreText) ? Number(scoreText) : NaN;
  // A blank score is missing, not text that fails to be a number.
  if (scoreText === "") add("creditReport.score", "creditPanel.account.required");
  else if (Number.isNaN(score)) add("creditReport.score", "creditPanel.table.notANumber", { header: "score", text: scoreText });

  const warnings = newAccountWarnings(form);
  if (problems.length > 0) return { account: null, problems, warnings };
  return {
    problems,
    warnings,
    account: {
      kind: form.kind,
      legalName: form.legalName.trim(),
      companyId,
      vatId,
      iban: iban.valid ? iban.value : "",
      address: form.address.trim(),
      country,
      language: form.language.trim().toLowerCase(),
      contactName: form.contactName.trim(),
      email: form.email.trim(),
      phone: form.phone.trim(),
      requested: requested!,
      paymentTerms: terms,
      income: income!,
      monthlyDebt: debt!,
      score,
      checks,
    },
  };
}
