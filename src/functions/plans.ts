import { fromMinor, Minor, toMinor } from "../domain/core";
import { buildSchedule, fewestInstallments, MAX_INSTALLMENTS, Frequency, toFrequency, DEFAULT_GRACE_DAYS, planStatus as statusOfPlan, ScheduledAmount } from "../domain/plans";
import { t } from "../i18n";
import { ColumnSpec, isOmitted, Matrix, optionalBoolean, optionalNumber, optionalRate, readLinedUp, requiredDate, requiredNumber, scalar, vector } from "./args";
import { fail, formula } from "./errors";

/**
 * A repayment schedule: one row per instalment with its due date, payment, interest, principal and the
 * balance left. Payment = PMT rounded up to the cent; the last payment settles the balance and is never larger.
 * @customfunction PAYMENTPLAN
 * @helpurl https://localhost:3000/help.html#ar-paymentplan
 * @param balance The amount to repay, more than 0.
 * @param start_date Due date of the first instalment.
 * @param installments Number of instalments, 1 to 1200; blank or 0 with a budget: the fewest that fit it.
 * @param [annual_rate] Yearly interest rate as a number (8% or 0.08); default 0.
 * @param [frequency] Payments a year: 12 (default), 4, 26 or 52, or "monthly", "quarterly", "biweekly", "weekly".
 * @param [budget] The most the customer can pay per instalment, used when installments is blank or 0.
 * @param [headers] TRUE to put a row of labels first.
 * @returns Rows of [n, due_date, payment, interest, principal, balance_after].
 */
export function paymentPlan(balance: any, start_date: any, installments: any, annual_rate?: any, frequency?: any, budget?: any, headers?: any): any[][] {
  return formula(() => paymentPlanCore(balance, start_date, installments, annual_rate, frequency, budget, headers));
}

/**
 * Whether a payment plan or promise to pay is kept on as_of: Completed, On track, Late (within the grace
 * days) or Broken, with the amounts due and paid so far, the arrears and the days late.
 * @customfunction PLANSTATUS
 * @helpurl https://localhost:3000/help.html#ar-planstatus
 * @param schedule_dates Due dates of the instalments, lined up with schedule_amounts.
 * @param schedule_amounts Amounts of the instalments, lined up with schedule_dates.
 * @param payment_dates Dates of the payments received, lined up with payment_amounts; may be blank.
 * @param payment_amounts Amounts of the payments received, lined up with payment_dates; may be blank.
 * @param as_of The date to judge the plan on, for example TODAY().
 * @param [grace_days] Days an instalment may be late before the plan counts as broken; default 7.
 * @returns One row: [status, due_to_date, paid_to_date, arrears, days_late].
 */
export function planStatus(schedule_dates: any[][], schedule_amounts: any[][], payment_dates: any[][], payment_amounts: any[][], as_of: any, grace_days?: any): any[][] {
  return formula(() => planStatusCore(schedule_dates, schedule_amounts, payment_dates, payment_amounts, as_of, grace_days));
}

/** A money argument in minor units: a number, rounded as Excel's ROUND. */
function moneyArg(value: number, name: string): Minor {
  const minor = toMinor(value);
  if (Number.isNaN(minor)) return fail("arg.at", { arg: name, problem: t("amount.tooLarge", { text: String(value) }) });
  return minor;
}

/** The frequency argument: 12, 4, 26 or 52, or a word for one of them; 12 when omitted. */
function readFrequency(arg: unknown): Frequency {
  if (isOmitted(arg)) return 12;
  const cell = scalar(arg, "frequency");
  const frequency = typeof cell === "number" || typeof cell === "string" ? toFrequency(cell) : undefined;
  return frequency ?? fail("plan.badFrequency", { text: String(cell) });
}

function paymentPlanCore(balanceArg: unknown, startArg: unknown, countArg: unknown, rateArg: unknown, frequencyArg: unknown, budgetArg: unknown, headersArg: unknown): Matrix {
  const balance = moneyArg(requiredNumber(balanceArg, "balance"), "balance");
  if (balance <= 0) fail("plan.balanceNotPositive", { text: fromMinor(balance).toFixed(2) });
  const start = requiredDate(startArg, "start_date");
  const count = optionalNumber(countArg, "installments", 0);
  if (!Number.isInteger(count) || count < 0 || count > MAX_INSTALLMENTS) fail("plan.installmentsRange", { text: String(count), max: MAX_INSTALLMENTS });
  const annualRate = optionalRate(rateArg, "annual_rate", 0);
  if (annualRate < 0) fail("plan.negativeRate", { text: String(annualRate) });
  const frequency = readFrequency(frequencyArg);
  // Every payment covers at least one period's interest: past 2^53 cents no payment can be held exactly.
  if (!((balance * annualRate) / frequency <= Number.MAX_SAFE_INTEGER)) fail("plan.rateTooHigh", { text: String(annualRate) });
  const budget = isOmitted(budgetArg) ? undefined : moneyArg(requiredNumber(budgetArg, "budget"), "budget");
  const withHeaders = optionalBoolean(headersArg, "headers", false);
  if (count === 0 && budget === undefined) fail("plan.installmentsOrBudget");
  const n = count > 0 ? count : fewestInstallments(balance, annualRate, frequency, budget!);
  const body: Matrix = buildSchedule(balance, start, n, annualRate, frequency).map((r) => [
    r.n, r.dueDate, fromMinor(r.payment), fromMinor(r.interest), fromMinor(r.principal), fromMinor(r.balanceAfter),
  ]);
  if (!withHeaders) return body;
  const labels = ["n", "dueDate", "payment", "interest", "principal", "balance"].map((k) => t(`plan.header.${k}`));
  return [labels, ...body];
}

/** The used rows of two lined-up date and amount columns, as dated amounts; row numbers count from 1. */
function datedAmounts(dates: unknown, amounts: unknown, dateName: string, amountName: string): { row: number; item: ScheduledAmount }[] {
  const specs: ColumnSpec[] = [
    { name: dateName, cells: vector(dates, dateName), kind: "date", required: true },
    { name: amountName, cells: vector(amounts, amountName), kind: "amount", required: true },
  ];
  const { used, parsed } = readLinedUp(specs);
  const out: { row: number; item: ScheduledAmount }[] = [];
  used.forEach((u, i) => {
    if (u) out.push({ row: i + 1, item: { date: parsed[0]![i], amount: parsed[1]![i] } });
  });
  return out;
}

function planStatusCore(scheduleDates: unknown, scheduleAmounts: unknown, paymentDates: unknown, paymentAmounts: unknown, asOfArg: unknown, graceArg: unknown): Matrix {
  const schedule = datedAmounts(scheduleDates, scheduleAmounts, "schedule_dates", "schedule_amounts");
  const negative = schedule.find((s) => s.item.amount < 0);
  if (negative) fail("plan.negativeInstalment", { row: negative.row, text: fromMinor(negative.item.amount).toFixed(2) });
  const payments = datedAmounts(paymentDates, paymentAmounts, "payment_dates", "payment_amounts");
  const asOf = requiredDate(asOfArg, "as_of");
  const grace = optionalNumber(graceArg, "grace_days", DEFAULT_GRACE_DAYS);
  if (!Number.isInteger(grace) || grace < 0) fail("plan.graceDays", { text: String(grace) });
  const status = statusOfPlan(schedule.map((s) => s.item), payments.map((p) => p.item), asOf, grace);
  // The status words are part of the formula contract (workbooks test them with IF): always English.
  return [[t(`plan.status.${status.state}`, undefined, "en"), fromMinor(status.dueToDate), fromMinor(status.paidToDate), fromMinor(status.arrears), status.daysLate]];
}
