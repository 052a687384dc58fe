import { stdnum, Validator } from "stdnum";
import { compactCode, invalid, isoCountryOf, stdnumProblem, ValidationResult } from "./validation";

/**
 * Company registration and tax numbers, per customer country. Numbers with check digits are checked
 * by stdnum: Italy's codice fiscale (16 characters) and its 11-digit form (the partita IVA's
 * algorithm, office code included), Germany's Steuernummer, France's SIREN and SIRET, Belgium's
 * enterprise number (KBO/BCE). Numbers without check digits are checked for form only: the Italian
 * REA number, the German Handelsregister number (HRA/HRB… and its number), the Dutch KvK number and
 * the UK's Companies House number. Other countries' numbers are taken as typed.
 */

interface Scheme {
  /** The number's own name, for messages ("SIREN", "codice fiscale"): the same in every language. */
  readonly name: string;
  /** The number this scheme reads in the text, or null when the text does not have its form. */
  readonly read: (text: string) => string | null;
  /** Checks the number read; absent for a number without check digits. */
  readonly validator?: Validator;
}

interface CountryRule {
  /** The forms the country's numbers take, for messages only. */
  readonly shape: string;
  readonly schemes: readonly Scheme[];
}

/** The compact text when it matches `pattern` (after an optional label such as "KvK"), else null. */
const compactMatching = (pattern: RegExp, label?: RegExp) => (text: string) => {
  const code = label ? compactCode(text).replace(label, "") : compactCode(text);
  return pattern.test(code) ? code : null;
};

/** The digits of a French number, alone or after "RCS <city>" (and the old A/B letter). */
const frenchDigits = (length: number) => (text: string) => {
  const m = /^(?:RCS\b\D*?)?([\d\s.\u00a0\u202f]+)$/iu.exec(text.trim());
  const digits = m ? m[1].replace(/\D/g, "") : "";
  return digits.length === length ? digits : null;
};

/** A Handelsregister number ("HRB 12345", "HRB 12345 B"), maybe after its court ("Amtsgericht München"). */
function handelsregister(text: string): string | null {
  const spaced = text.trim().replace(/\s+/g, " ");
  return /^(?:[\p{L}() .-]+ )?(?:HRA|HRB|GnR|GsR|PR|VR) ?\d{1,6}(?: ?[A-Z]{1,2})?$/iu.test(spaced) ? spaced : null;
}

/** The REA number of an Italian company: its province and number ("MI-1234567"). */
function rea(text: string): string | null {
  const m = /^(?:N?REA)?([A-Z]{2})(\d{1,7})$/.exec(compactCode(text));
  return m ? `${m[1]}-${m[2]}` : null;
}

const RULES: Readonly<Record<string, CountryRule>> = {
  IT: {
    shape: "MI-1234567 (REA) / 01234567890 / RSSMRA85T10A562S (codice fiscale)",
    schemes: [
      { name: "REA", read: rea },
      { name: "codice fiscale", read: compactMatching(/^\d{11}$/, /^IT/), validator: stdnum.IT.iva },
      { name: "codice fiscale", read: compactMatching(/^[A-Z0-9]{16}$/), validator: stdnum.IT.codicefiscale },
    ],
  },
  DE: {
    shape: "HRB 12345 (Handelsregister) / 21/815/08150 (Steuernummer)",
    schemes: [
      { name: "Handelsregister", read: handelsregister },
      { name: "Steuernummer", read: (text) => (/^[\d\s/]+$/.test(text.trim()) ? text.replace(/[\s/]/g, "") : null), validator: stdnum.DE.stnr },
    ],
  },
  NL: { shape: "12345678 (KvK)", schemes: [{ name: "KvK", read: compactMatching(/^\d{8}$/, /^KVK/) }] },
  FR: {
    shape: "732 829 320 (SIREN) / 732 829 320 00074 (SIRET)",
    schemes: [
      { name: "SIREN", read: frenchDigits(9), validator: stdnum.FR.siren },
      { name: "SIRET", read: frenchDigits(14), validator: stdnum.FR.siret },
    ],
  },
  BE: { shape: "0403.170.701 (KBO/BCE)", schemes: [{ name: "KBO/BCE", read: compactMatching(/^\d{9,10}$/, /^BE/), validator: stdnum.BE.vat }] },
  GB: { shape: "01234567 / SC123456 (Companies House)", schemes: [{ name: "Companies House", read: compactMatching(/^(\d{8}|[A-Z]{2}\d{6}|R\d{7})$/) }] },
};

/** The countries whose company numbers this module checks. */
export const COMPANY_ID_COUNTRIES: readonly string[] = Object.keys(RULES);

/**
 * Checks a company registration or tax number as typed, under the customer's `country` (ISO code).
 * Returns the number in its compact form when valid (a REA or Handelsregister number as written),
 * else the first problem: a wrong check digit or part names the scheme, a wrong form lists the
 * country's forms. A country this module does not know takes the number as typed.
 *
 * @example
 * validateCompanyId("732 829 320", "FR") //=> { valid: true, value: "732829320", country: "FR" }
 * validateCompanyId("732 829 321", "FR").problem //=> { code: "credit.companyId.badCheck", params: { text: "732 829 321", scheme: "SIREN" } }
 */
export function validateCompanyId(text: string, country: string): ValidationResult {
  const value = text.trim();
  if (value === "") return invalid("credit.companyId.empty");
  const iso = isoCountryOf(compactCode(country));
  const rule = RULES[iso];
  if (!rule) return { valid: true, value, country: iso };
  for (const scheme of rule.schemes) {
    const number = scheme.read(value);
    if (number === null) continue;
    if (!scheme.validator) return { valid: true, value: number, country: iso };
    const answer = scheme.validator.validate(number);
    if (answer.isValid) return { valid: true, value: answer.compact, country: iso };
    const problem = stdnumProblem(answer.error);
    if (problem !== "badFormat") return invalid(`credit.companyId.${problem}`, { text: value, scheme: scheme.name });
  }
  return invalid("credit.companyId.badFormat", { text: value, country: iso, shape: rule.shape });
}
