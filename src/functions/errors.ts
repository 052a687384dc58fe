import { DomainError, CellProblem, Problem } from "../domain/core";
import { t } from "../i18n";

/**
 * A formula's answer to bad input: `#VALUE!` with a message a person can act on. Inside Excel it
 * becomes a CustomFunctions.Error; in the workbench and in tests it stays a FormulaError.
 */
export class FormulaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormulaError";
  }
}

/** Throws a FormulaError with the catalogue message `key`. */
export function fail(key: string, params?: Record<string, string | number>): never {
  throw new FormulaError(t(key, params));
}

/** Throws a FormulaError for a bad cell of argument `arg`: "row 17 of due_dates: text 'x' is not a date". */
export function failAt(arg: string, cell: CellProblem): never {
  const problem = t(cell.problem.code, cell.problem.params);
  throw new FormulaError(t("arg.atRow", { row: cell.index + 1, arg, problem }));
}

/** Throws a FormulaError for a bad single-value argument: "start_date: text 'x' is not a date". */
export function failArg(arg: string, problem: Problem): never {
  throw new FormulaError(t("arg.at", { arg, problem: t(problem.code, problem.params) }));
}

/** The message to show for anything a formula threw. */
export function messageOf(error: unknown): string {
  if (error instanceof FormulaError) return error.message;
  if (error instanceof DomainError) return t(error.problem.code, error.problem.params);
  const detail = error instanceof Error ? error.message : String(error);
  return t("error.unexpected", { detail });
}

interface CustomFunctionsHost {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string };
}

/**
 * Runs a formula body and turns whatever it throws into the host's error: `#VALUE!` with the message in
 * Excel, a FormulaError elsewhere. Every AR.* function is `return formula(() => …)`.
 */
export function formula<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    const message = messageOf(error);
    const host = (globalThis as { CustomFunctions?: Partial<CustomFunctionsHost> }).CustomFunctions;
    if (host && typeof host.Error === "function" && host.ErrorCode) throw new host.Error(host.ErrorCode.invalidValue, message);
    throw error instanceof FormulaError ? error : new FormulaError(message);
  }
}
