import { CellInput, isBlank, fromMinor, Minor, toMinor } from "../domain/core";
import { CreditApplication, CreditDecision, decideCredit, CreditPolicy, EXAMPLE_CREDIT_POLICY, readCreditPolicy, altmanZScore, AltmanModel, DEFAULT_ALTMAN_MODEL, parseAltmanModel, AltmanInputs } from "../domain/credit";
import { t } from "../i18n";
import { creditReasonText } from "../i18n/creditReason";
import { fail, formula } from "./errors";
import { isOmitted, optionalNumber, requiredNumber, scalar } from "./args";

/**
 * The credit line a customer may be granted under your policy; 0 means decline.
 * @customfunction CREDITLIMIT
 * @helpurl https://localhost:3000/help.html#ar-creditlimit
 * @param score The customer's credit score, for example 712.
 * @param income The customer's annual income (debt-to-income uses income / 12).
 * @param [monthly_debt] Monthly debt payments; default 0.
 * @param [policy] Your policy range: a header row with min_score, income_pct, max_dti, max_limit and step, one row per score band. Default: the built-in example policy.
 * @param [requested] The credit line asked for: the result is at most this.
 * @returns The limit, a multiple of the band's step; 0 when declined.
 */
export function creditLimit(score: any, income: any, monthly_debt?: any, policy?: any[][], requested?: any): number {
  return formula(() => fromMinor(decide(score, income, monthly_debt, policy, requested).limit));
}

/**
 * Decides a credit application: Approve, Refer (requested above the limit) or Decline, the limit, and
 * the rule that decided.
 * @customfunction CREDITDECISION
 * @helpurl https://localhost:3000/help.html#ar-creditdecision
 * @param score The customer's credit score, for example 712.
 * @param income The customer's annual income (debt-to-income uses income / 12).
 * @param [monthly_debt] Monthly debt payments; default 0.
 * @param [policy] Your policy range: a header row with min_score, income_pct, max_dti, max_limit and step, one row per score band. Default: the built-in example policy.
 * @param [requested] The credit line asked for.
 * @returns One row: decision, limit (as AR.CREDITLIMIT), reason.
 */
export function creditDecision(score: any, income: any, monthly_debt?: any, policy?: any[][], requested?: any): any[][] {
  return formula(() => {
    const decision = decide(score, income, monthly_debt, policy, requested);
    // The formula's income and debt are cells of the user's own sheet, beside it: nothing to hide.
    return [[decision.decision, fromMinor(decision.limit), creditReasonText(decision.reason, { reveal: true })]];
  });
}

/**
 * Altman's Z-score of a firm from its financial statements (Z′ for private firms unless model says otherwise).
 * @customfunction ZSCORE
 * @helpurl https://localhost:3000/help.html#ar-zscore
 * @param working_capital Current assets minus current liabilities.
 * @param retained_earnings Retained earnings.
 * @param ebit Earnings before interest and taxes.
 * @param equity Market value of equity for model Z; book equity for Z1 and Z2.
 * @param sales Sales (revenue); unused by Z2, which may leave it blank.
 * @param total_assets Total assets, above 0.
 * @param total_liabilities Total liabilities, above 0.
 * @param [model] "Z" (listed manufacturers), "Z1" (Z′, private firms; the default) or "Z2" (Z″, non-manufacturers).
 * @returns The score, to the 15 significant digits Excel shows.
 */
export function zScore(working_capital: any, retained_earnings: any, ebit: any, equity: any, sales: any, total_assets: any, total_liabilities: any, model?: any): number {
  return formula(() => {
    const which = readModel(model);
    const figures: AltmanInputs = {
      workingCapital: requiredNumber(working_capital, "working_capital"),
      retainedEarnings: requiredNumber(retained_earnings, "retained_earnings"),
      ebit: requiredNumber(ebit, "ebit"),
      equity: requiredNumber(equity, "equity"),
      sales: which === "Z2" ? optionalNumber(sales, "sales", 0) : requiredNumber(sales, "sales"),
      totalAssets: requiredNumber(total_assets, "total_assets"),
      totalLiabilities: requiredNumber(total_liabilities, "total_liabilities"),
    };
    return altmanZScore(figures, which);
  });
}

function decide(scoreArg: unknown, incomeArg: unknown, debtArg: unknown, policyArg: unknown, requestedArg: unknown): CreditDecision {
  const application: CreditApplication = {
    score: requiredNumber(scoreArg, "score"),
    income: amount(requiredNumber(incomeArg, "income"), "income"),
    monthlyDebt: amount(optionalNumber(debtArg, "monthly_debt", 0), "monthly_debt"),
    requested: isOmitted(requestedArg) ? null : amount(requiredNumber(requestedArg, "requested"), "requested"),
  };
  return decideCredit(application, readPolicy(policyArg));
}

/** A number argument as minor units, rounded as Excel's ROUND; too large to be exact is refused. */
function amount(value: number, arg: string): Minor {
  const minor = toMinor(value);
  if (Number.isNaN(minor)) fail("arg.at", { arg, problem: t("amount.tooLarge", { text: String(value) }) });
  return minor;
}

/** The policy argument: omitted → the example policy; else a range read by readCreditPolicy. */
function readPolicy(arg: unknown): CreditPolicy {
  if (isOmitted(arg)) return EXAMPLE_CREDIT_POLICY;
  const rows = Array.isArray(arg) ? (arg as unknown[]).map((row) => (Array.isArray(row) ? row : [row])) : [[arg]];
  return readCreditPolicy(rows as CellInput[][]);
}

function readModel(arg: unknown): AltmanModel {
  if (isOmitted(arg)) return DEFAULT_ALTMAN_MODEL;
  const cell = scalar(arg, "model");
  const model = isBlank(cell) ? null : parseAltmanModel(String(cell));
  return model ?? fail("credit.zscore.unknownModel", { text: String(cell) });
}
