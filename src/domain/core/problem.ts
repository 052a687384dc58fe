/**
 * A problem found in the user's input or arguments: a message code (translated by src/i18n) and the
 * values the message names. The domain never builds sentences itself.
 */
export interface Problem {
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Thrown by domain functions when their input cannot be used; carries the problem to show. */
export class DomainError extends Error {
  readonly problem: Problem;

  constructor(code: string, params?: Record<string, string | number>) {
    super(params ? `${code} ${JSON.stringify(params)}` : code);
    this.name = "DomainError";
    this.problem = { code, params };
  }
}

/** A problem tied to one cell of a column: `index` counts from 0 within the column. */
export interface CellProblem {
  readonly index: number;
  readonly problem: Problem;
}
