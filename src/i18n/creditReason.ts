import { fromMinor, Minor, Problem } from "../domain/core";
import { getLanguage, Lang, t } from "./index";
import { numberFormatter } from "./numberFormat";

/** The sentences that give a credit decision's reason, shared by AR.CREDITDECISION and the credit panels. */
const MONEY_PARAMS = new Set(["limit", "requested", "maxLimit", "step", "amount"]);
const PERCENT_PARAMS = new Set(["dti", "maxDti", "incomePct"]);

function formatMoney(minor: Minor, lang: Lang): string {
  const digits = minor % 100 === 0 ? 0 : 2;
  return numberFormatter(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fromMinor(minor));
}

function formatPercent(fraction: number, lang: Lang, digits: number): string {
  return numberFormatter(lang, { style: "percent", maximumFractionDigits: digits }).format(fraction);
}

/**
 * A decision reason as a sentence in `lang` (default: the current language), its amounts and
 * percentages formatted for the language. A debt-to-income shown beside its maximum gets the decimals
 * it needs to differ from it (40.01% above 40%, never "40% is above 40%").
 *
 * @example
 * creditReasonText({ code: "credit.reason.requestedAboveLimit", params: { requested: 2_000_000, limit: 1_500_000 } }, "en")
 * //=> "Requested 20,000 is above the limit 15,000."
 */
export function creditReasonText(reason: Problem, lang: Lang = getLanguage()): string {
  const raw = reason.params ?? {};
  const params: Record<string, string> = {};
  let percentDigits = 2;
  if (typeof raw.dti === "number" && typeof raw.maxDti === "number") {
    while (percentDigits < 8 && formatPercent(raw.dti, lang, percentDigits) === formatPercent(raw.maxDti, lang, percentDigits)) percentDigits++;
  }
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== "number") params[name] = value;
    else if (MONEY_PARAMS.has(name)) params[name] = formatMoney(value, lang);
    else if (PERCENT_PARAMS.has(name)) params[name] = formatPercent(value, lang, percentDigits);
    else params[name] = numberFormatter(lang, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
  }
  return t(reason.code, params, lang);
}

