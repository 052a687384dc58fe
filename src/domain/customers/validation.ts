import { Problem } from "../core";

/**
 * The answer of a number validator (IBAN, VAT number, company ID): the normalised value and its
 * country when valid, with a warning when something deserves a second look (the number is from
 * another country than the customer's); else the problem to show (a `credit.*` message code).
 * Validators never throw.
 */
export type ValidationResult =
  | { readonly valid: true; readonly value: string; readonly country: string; readonly warning?: Problem; readonly problem?: undefined }
  | { readonly valid: false; readonly problem: Problem; readonly warning?: undefined };

export const invalid = (code: string, params?: Record<string, string | number>): ValidationResult => ({ valid: false, problem: { code, params } });

/** Removes spaces, dots and hyphens people type inside codes, and upper-cases the rest. */
export function compactCode(text: string): string {
  return text.replace(/[\s.\-\u00a0\u202f]/g, "").toUpperCase();
}

/** The ISO country of a prefix: Greece's VAT numbers start EL, Northern Ireland's XI (United Kingdom). */
export function isoCountryOf(prefix: string): string {
  return prefix === "EL" ? "GR" : prefix === "XI" ? "GB" : prefix;
}

/**
 * A valid answer, with the warning `code` when the number's country is not the customer's (when the
 * customer's country is known). A warning, not a refusal: a firm may bank abroad or be registered for
 * VAT in another state, but a credit desk wants to have looked.
 */
export function validFor(value: string, country: string, customerCountry: string | undefined, code: string): ValidationResult {
  const customer = customerCountry ? isoCountryOf(compactCode(customerCountry)) : "";
  const other = /^[A-Z]{2}$/.test(customer) && isoCountryOf(country) !== customer;
  return other ? { valid: true, value, country, warning: { code, params: { country, customerCountry: customer } } } : { valid: true, value, country };
}

/**
 * What a failed stdnum check means, as the last part of a problem code: a wrong check digit
 * (InvalidChecksum), a part the state does not issue, such as an office code or a date
 * (InvalidComponent), or the wrong length or characters (anything else).
 */
export function stdnumProblem(error: Error | undefined): "badCheck" | "badPart" | "badFormat" {
  return error?.name === "InvalidChecksum" ? "badCheck" : error?.name === "InvalidComponent" ? "badPart" : "badFormat";
}
