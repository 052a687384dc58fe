import { compactCode, invalid, mod97, ValidationResult } from "./validation";

/**
 * IBAN length by country (ISO 13616 registry): every EU and EEA state, the United Kingdom and
 * Switzerland, their small neighbours, and a few frequent trading partners.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, BA: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18,
  EE: 20, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, HR: 21, HU: 28,
  IE: 22, IL: 23, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19,
  MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27,
  TR: 26, UA: 29, VA: 22, XK: 20,
};

/**
 * Checks an IBAN as typed (spaces, lower case and an "IBAN" prefix allowed): known country, the
 * country's length, letters and digits only, check digits 02–98 and the ISO 7064 MOD 97-10 check.
 * Returns the electronic form (no spaces) when valid, else the first problem found.
 *
 * @example
 * validateIban("GB82 WEST 1234 5698 7654 32") //=> { valid: true, value: "GB82WEST12345698765432", country: "GB" }
 */
export function validateIban(text: string): ValidationResult {
  const iban = compactCode(text).replace(/^IBAN:?/, "");
  if (iban === "") return invalid("credit.iban.empty");
  if (!/^[A-Z0-9]+$/.test(iban)) return invalid("credit.iban.badCharacters", { text: text.trim() });
  const country = iban.slice(0, 2);
  const length = IBAN_LENGTHS[country];
  if (!/^[A-Z]{2}\d{2}/.test(iban)) return invalid("credit.iban.badStart", { text: text.trim() });
  if (length === undefined) return invalid("credit.iban.unknownCountry", { country });
  if (iban.length !== length) return invalid("credit.iban.wrongLength", { country, expected: length, actual: iban.length });
  const check = iban.slice(2, 4);
  if (check === "00" || check === "01" || check === "99" || mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) return invalid("credit.iban.badCheck", { text: iban });
  return { valid: true, value: iban, country };
}

/**
 * The IBAN in groups of four for print, as in the registry ("GB82 WEST 1234 5698 7654 32").
 *
 * @example
 * formatIban("gb82west12345698765432") //=> "GB82 WEST 1234 5698 7654 32"
 */
export function formatIban(text: string): string {
  return compactCode(text).replace(/(.{4})(?=.)/g, "$1 ");
}
