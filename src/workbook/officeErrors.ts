/**
 * The errors of the Office.js adapter: a DomainError (code and values, for a pane that wants to react
 * to the code) whose message is already the catalogue text in the current language, so whatever
 * shows `error.message` shows a sentence a person can act on.
 */
import { DomainError } from "../domain/core";
import { t } from "../i18n";

export class WorkbookError extends DomainError {
  constructor(code: string, params?: Record<string, string | number>) {
    super(code, params);
    this.name = "WorkbookError";
    this.message = t(code, params);
  }
}

/** Throws a WorkbookError with the catalogue message `code`. */
export function fail(code: string, params?: Record<string, string | number>): never {
  throw new WorkbookError(code, params);
}
