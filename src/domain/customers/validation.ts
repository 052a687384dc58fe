import { Problem } from "../core";

/**
 * The answer of a format validator (IBAN, VAT number): the normalised value and its country when
 * valid, else the problem to show (a `credit.*` message code). Validators never throw.
 */
export type ValidationResult =
  | { readonly valid: true; readonly value: string; readonly country: string; readonly problem?: undefined }
  | { readonly valid: false; readonly problem: Problem };

export const invalid = (code: string, params?: Record<string, string | number>): ValidationResult => ({ valid: false, problem: { code, params } });

/** Removes spaces, dots and hyphens people type inside codes, and upper-cases the rest. */
export function compactCode(text: string): string {
  return text.replace(/[\s.\-\u00a0\u202f]/g, "").toUpperCase();
}

/**
 * ISO 7064 MOD 97-10 remainder of a code of digits and letters (A = 10 … Z = 35), as IBANs use it.
 *
 * @example
 * mod97("3214282912345698765432161182") //=> 1
 */
export function mod97(code: string): number {
  let rest = 0;
  for (const ch of code) {
    const v = parseInt(ch, 36);
    rest = (rest * (v < 10 ? 10 : 100) + v) % 97;
  }
  return rest;
}
