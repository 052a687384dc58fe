import { Serial, serialToYmd, ymdToSerial } from "../core";
import { Jurisdiction } from "./rates";

/**
 * The statutory rules, one per jurisdiction (shared/reference/domain.md):
 * - EU (Directive 2011/7/EU): ECB rate + 8 points, per half-year.
 * - DE (BGB §288, §247): Basiszinssatz + 9 points, + 5 when a consumer is the debtor; + 8 for debts
 *   that fell due before 29 July 2014 (Art. 229 §34 EGBGB keeps the old margin for older debts).
 * - IT (D.Lgs. 231/2002): ECB + 8; + 7 for debts that fell due before 2013 (D.Lgs. 192/2012).
 * - FR (Code de commerce L441-10): ECB + 10.
 * - NL (BW 6:119a): ECB + 8, and at the end of each full year of delay the year's unpaid interest is
 *   added to the principal (6:119 lid 2).
 * - UK (Late Payment of Commercial Debts (Interest) Act 1998): Bank Rate + 8, the Bank Rate in force on
 *   30 June (debts late from July to December) or 31 December (late from January to June), fixed for
 *   the whole debt.
 * Margins and rates are in millionths of one: 8 points is 80,000.
 */
export interface StatutoryRule {
  /** "halfYear": each half-year at the reference rate of its first day; "fixed": one reference date for the whole debt. */
  readonly scheme: "halfYear" | "fixed";
  /** Unpaid interest added to the principal at each full year of delay. */
  readonly capitalises: boolean;
}

const RULES: Readonly<Record<Jurisdiction, StatutoryRule>> = {
  EU: { scheme: "halfYear", capitalises: false },
  DE: { scheme: "halfYear", capitalises: false },
  IT: { scheme: "halfYear", capitalises: false },
  FR: { scheme: "halfYear", capitalises: false },
  NL: { scheme: "halfYear", capitalises: true },
  UK: { scheme: "fixed", capitalises: false },
};

export function statutoryRule(jurisdiction: Jurisdiction): StatutoryRule {
  return RULES[jurisdiction];
}

/** The first due date that takes the German + 9 (BGB §288(2) as amended on 29 July 2014). */
export const DE_NEW_MARGIN_FROM = ymdToSerial(2014, 7, 29);
/** The first due date that takes the Italian + 8 (D.Lgs. 192/2012, from 1 January 2013). */
export const IT_NEW_MARGIN_FROM = ymdToSerial(2013, 1, 1);

/**
 * The points a jurisdiction adds to its reference rate, in millionths, for a debt due on `dueDate`.
 * `b2c` (a consumer is the debtor) matters in Germany only.
 *
 * @example
 * statutoryMargin("DE", ymdToSerial(2025, 5, 31), false) //=> 90000 (9 points)
 * statutoryMargin("DE", ymdToSerial(2014, 7, 28), false) //=> 80000
 */
export function statutoryMargin(jurisdiction: Jurisdiction, dueDate: Serial, b2c: boolean): number {
  switch (jurisdiction) {
    case "DE":
      return b2c ? 50_000 : dueDate >= DE_NEW_MARGIN_FROM ? 90_000 : 80_000;
    case "IT":
      return dueDate >= IT_NEW_MARGIN_FROM ? 80_000 : 70_000;
    case "FR":
      return 100_000;
    default:
      return 80_000;
  }
}

/**
 * The first day of the half-year holding `serial` (1 January or 1 July) and the first day of the next.
 *
 * @example
 * halfYearOf(ymdToSerial(2025, 7, 31)) //=> { start: 45839 (2025-07-01), next: 46023 (2026-01-01) }
 */
export function halfYearOf(serial: Serial): { start: Serial; next: Serial } {
  const { year, month } = serialToYmd(serial);
  return month >= 7 ? { start: ymdToSerial(year, 7, 1), next: ymdToSerial(year + 1, 1, 1) } : { start: ymdToSerial(year, 1, 1), next: ymdToSerial(year, 7, 1) };
}

/**
 * The UK reference date of a debt: 30 June when it became late (the day after `dueDate`) in July to
 * December, 31 December of the year before when it became late in January to June.
 *
 * @example
 * ukReferenceDate(ymdToSerial(2025, 6, 30)) //=> 45838 (2025-06-30: late from 1 July)
 * ukReferenceDate(ymdToSerial(2025, 6, 29)) //=> 45657 (2024-12-31)
 */
export function ukReferenceDate(dueDate: Serial): Serial {
  const { year, month } = serialToYmd(dueDate + 1);
  return month >= 7 ? ymdToSerial(year, 6, 30) : ymdToSerial(year - 1, 12, 31);
}
