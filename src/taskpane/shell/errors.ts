import { DomainError } from "../../domain/core";
import { t } from "../../i18n";

/**
 * The message to show for anything that went wrong, in the user's language: a known problem's own
 * text, or an "unexpected" message with the detail.
 */
export function errorText(error: unknown): string {
  if (error instanceof DomainError) return t(error.problem.code, error.problem.params);
  const detail = error instanceof Error ? error.message : String(error);
  return t("pane.error.unexpected", { detail });
}
