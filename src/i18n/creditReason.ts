import { fromMinor, MASKED_AMOUNT, Minor, Problem } from "../domain/core";
import { CONFIDENTIAL_REASON_PARAMS } from "../domain/credit";
import { getLanguage, Lang, t } from "./index";
import { numberFormatter } from "./numberFormat";

/** The sentences that give a credit decision's reason, shared by AR.CREDITDECISION and the credit panels. */
const MONEY_PARAMS = new Set(["limit", "requested", "maxLimit", "step", "amount", "income"]);
const PERCENT_PARAMS = new Set(["dti", "maxDti", "incomePct"]);

function formatMoney(minor: Minor, lang: Lang): string {
  const digits = minor % 100 === 0 ? 0 : 2;
  return numberFormatter(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fromMinor(minor));
}

function formatPercent(fraction: number, lang: Lang, digits: number): string {
  return numberFormatter(lang, { style: "percent", maximumFractionDigits: digits }).format(fraction);
}

export interface CreditReasonOptions {
  /**
   * Quote the figures that are the applicant's income and debt or are computed from them (see
   * CONFIDENTIAL_REASON_PARAMS). False while confidential values are hidden, and always for AR Credit
   * Log and letters: the sentence still names the rule, with the figure masked.
   */
  readonly reveal: boolean;
  /** Default: the current language. */
  readonly lang?: Lang;
}

/**
 * A decision reason as a sentence, its amounts and percentages formatted for the language. A
 * debt-to-income shown beside its maximum gets the decimals it needs to differ from it (40.01% above
 * 40%, never "40% is above 40%"); a masked one leaves the maximum at its own decimals, which would
 * otherwise tell how close the hidden figure is.
 *
 * @example
 * creditReasonText({ code: "credit.reason.requestedAboveLimit", params: { requested: 2_000_000, limit: 1_500_000 } }, { reveal: true, lang: "en" })
 * //=> "Requested 20,000 is above the limit 15,000."
 * creditReasonText({ code: "credit.reason.limitBelowStep", params: { incomePct: 0.15, amount: 9184, step: 10000, … } }, { reveal: false, lang: "en" })
 * //=> "15% of income is ••••••, below one step of 100, so the limit is 0."
 */
export function creditReasonText(reason: Problem, options: CreditReasonOptions): string {
  const lang = options.lang ?? getLanguage();
  const raw = reason.params ?? {};
  const params: Record<string, string> = {};
  const hidden = (name: string) => !options.reveal && CONFIDENTIAL_REASON_PARAMS.has(name);
  let percentDigits = 2;
  if (typeof raw.dti === "number" && typeof raw.maxDti === "number" && !hidden("dti")) {
    while (percentDigits < 8 && formatPercent(raw.dti, lang, percentDigits) === formatPercent(raw.maxDti, lang, percentDigits)) percentDigits++;
  }
  for (const [name, value] of Object.entries(raw)) {
    if (hidden(name)) params[name] = MASKED_AMOUNT;
    else if (typeof value !== "number") params[name] = value;
    else if (MONEY_PARAMS.has(name)) params[name] = formatMoney(value, lang);
    else if (PERCENT_PARAMS.has(name)) params[name] = formatPercent(value, lang, percentDigits);
    else params[name] = numberFormatter(lang, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
  }
  return t(reason.code, params, lang);
}
