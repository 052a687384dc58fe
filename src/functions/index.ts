import { aging } from "./aging";
import { creditDecision, creditLimit, zScore } from "./credit";
import { dunningLevel } from "./dunning";
import { interestDetail, lateFee, lateInterest } from "./interest";
import { add, bpdso, cei, dso } from "./metrics";
import { paymentPlan, planStatus } from "./plans";
import { provision, rollRates } from "./writeoffs";

/**
 * The one registry of the AR.* formulas: each ID (as in shared/spec/formulas.md) mapped to its
 * implementation. Excel (through functions.json), the workbench and the tests all use this object.
 * A new formula family adds its file to families.json (for functions.json) and its IDs here.
 */
export const functions = {
  AGING: aging,
  PAYMENTPLAN: paymentPlan,
  PLANSTATUS: planStatus,
  CREDITLIMIT: creditLimit,
  CREDITDECISION: creditDecision,
  ZSCORE: zScore,
  LATEINTEREST: lateInterest,
  INTERESTDETAIL: interestDetail,
  LATEFEE: lateFee,
  PROVISION: provision,
  ROLLRATES: rollRates,
  DSO: dso,
  BPDSO: bpdso,
  ADD: add,
  CEI: cei,
  DUNNINGLEVEL: dunningLevel,
} as const;

export type FormulaId = keyof typeof functions;

/**
 * The result columns (0-based) that hold dates, per formula. Excel shows a custom function's spilled
 * dates as serials until the user formats them; the workbench formats these columns as dates.
 */
export const resultDateColumns: Partial<Record<FormulaId, readonly number[]>> = {
  PAYMENTPLAN: [1],
};
