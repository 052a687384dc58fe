import { countrySpecs, friendlyFormatIBAN, validateIBAN, ValidationErrorsIBAN } from "ibantools";
import { compactCode, invalid, validFor, ValidationResult } from "./validation";

/**
 * IBANs, checked by ibantools: the country's length and BBAN structure from the ISO 13616 registry
 * (where the bank code, branch and account stand and which of them are letters), the ISO 7064
 * MOD 97-10 check digits, and the national check digits of the account where ibantools knows them
 * (BA, BE, CZ, EE, ES, FR, HR, HU, MC, ME, MK, NO, PL, PT, RS, SI, SK; not Italy's CIN). This module
 * only turns the library's answer into the project's messages.
 */

export interface IbanOptions {
  /** The customer's country (ISO code): an IBAN from another country is valid, with a warning. */
  readonly country?: string;
}

/** ibantools' problems, most telling first: a wrong length explains a failed checksum, not the reverse. */
const PROBLEMS: readonly (readonly [ValidationErrorsIBAN, string])[] = [
  [ValidationErrorsIBAN.NoIBANCountry, "credit.iban.unknownCountry"],
  [ValidationErrorsIBAN.WrongBBANLength, "credit.iban.wrongLength"],
  [ValidationErrorsIBAN.ChecksumNotNumber, "credit.iban.badStart"],
  [ValidationErrorsIBAN.WrongBBANFormat, "credit.iban.badFormat"],
  [ValidationErrorsIBAN.WrongIBANChecksum, "credit.iban.badCheck"],
  [ValidationErrorsIBAN.WrongAccountBankBranchChecksum, "credit.iban.badNationalCheck"],
];

/**
 * Checks an IBAN as typed (spaces, lower case and an "IBAN" prefix allowed). Returns the electronic
 * form (no spaces) when valid, with a warning when `options.country` is given and differs; else the
 * first problem found.
 *
 * @example
 * validateIban("GB82 WEST 1234 5698 7654 32") //=> { valid: true, value: "GB82WEST12345698765432", country: "GB" }
 * validateIban("BE68 5390 0754 7034", { country: "NL" }).warning?.code //=> "credit.iban.otherCountry"
 */
export function validateIban(text: string, options: IbanOptions = {}): ValidationResult {
  const iban = compactCode(text).replace(/^IBAN:?/, "");
  if (iban === "") return invalid("credit.iban.empty");
  if (!/^[A-Z0-9]+$/.test(iban)) return invalid("credit.iban.badCharacters", { text: text.trim() });
  if (!/^[A-Z]{2}\d{2}/.test(iban)) return invalid("credit.iban.badStart", { text: text.trim() });
  const country = iban.slice(0, 2);
  const length = countrySpecs[country]?.chars;
  if (!length) return invalid("credit.iban.unknownCountry", { country });
  const { errorCodes } = validateIBAN(iban);
  if (errorCodes.length > 0) {
    const [, code] = PROBLEMS.find(([error]) => errorCodes.includes(error)) ?? [null, "credit.iban.badCheck"];
    if (code === "credit.iban.unknownCountry") return invalid(code, { country });
    if (code === "credit.iban.wrongLength") return invalid(code, { country, expected: length, actual: iban.length });
    if (code === "credit.iban.badStart") return invalid(code, { text: text.trim() });
    if (code === "credit.iban.badCheck") return invalid(code, { text: iban });
    return invalid(code, { text: iban, country });
  }
  return validFor(iban, country, options.country, "credit.iban.otherCountry");
}

/**
 * The IBAN in groups of four for print, as in the registry ("GB82 WEST 1234 5698 7654 32").
 *
 * @example
 * formatIban("gb82west12345698765432") //=> "GB82 WEST 1234 5698 7654 32"
 */
export function formatIban(text: string): string {
  return friendlyFormatIBAN(compactCode(text)) ?? "";
}
