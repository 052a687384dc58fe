import { FormulaError } from "../../src/functions/errors";

/** The message of the FormulaError a formula call throws; fails the test when it throws none. */
export function formulaMessage(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(FormulaError);
    return (e as Error).message;
  }
  throw new Error("expected a FormulaError");
}

/** A list of values as an n×1 range, as Excel passes a column. */
export const col = (xs: readonly unknown[]): unknown[][] => xs.map((x) => [x]);
