import { compactCode, invalid, mod97, ValidationResult } from "./validation";

/**
 * VAT identification numbers. IT, DE, NL, FR and GB (and XI, Northern Ireland) are checked with their
 * check digits; the other EU states by format only. Greece is "EL" (GR is read as EL).
 */

interface VatRule {
  /** The number after the country prefix. */
  readonly pattern: RegExp;
  /** How the whole number looks, for messages: 9 = a digit, X = a letter, ? = a digit or letter. */
  readonly shape: string;
  /** Returns a problem code when the check digits (or a part) are wrong; null when right. */
  readonly check?: (digits: string) => string | null;
}

const digitsOf = (s: string): number[] => [...s].map(Number);

/** Partita IVA: Luhn-style check digit over 10 digits; the company number (first 7) must not be 0. */
function checkIt(n: string): string | null {
  if (/^0{7}/.test(n)) return "credit.vat.badPart";
  const d = digitsOf(n);
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += i % 2 === 0 ? d[i] : d[i] * 2 > 9 ? d[i] * 2 - 9 : d[i] * 2;
  return (10 - (sum % 10)) % 10 === d[10] ? null : "credit.vat.badCheck";
}

/** USt-IdNr: ISO 7064 MOD 11,10 over the first 8 digits gives the 9th. */
function checkDe(n: string): string | null {
  let product = 10;
  for (const digit of digitsOf(n.slice(0, 8))) {
    const sum = (digit + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  return (11 - product) % 10 === Number(n[8]) ? null : "credit.vat.badCheck";
}

/** BTW-id: 9 digits, B, 2 digits (not 00); the elfproef (old, from the RSIN) or MOD 97-10 (new, since 2020). */
function checkNl(n: string): string | null {
  if (n.endsWith("00") || /^0{9}/.test(n)) return "credit.vat.badPart";
  const d = digitsOf(n.slice(0, 9));
  const elf = d.slice(0, 8).reduce((sum, digit, i) => sum + (9 - i) * digit, 0) - d[8];
  return elf % 11 === 0 || mod97(`NL${n}`) === 1 ? null : "credit.vat.badCheck";
}

/** Luhn check of a SIREN. */
function luhn(n: string): boolean {
  let sum = 0;
  [...n].reverse().forEach((ch, i) => {
    const d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return sum % 10 === 0;
}

/**
 * Numéro de TVA: 2 key characters and the 9-digit SIREN (Luhn-checked, except Monaco's 000 numbers).
 * A numeric key must equal (12 + 3 × (SIREN mod 97)) mod 97; letter keys (the newer scheme, whose
 * algorithm is not published) are checked for format only.
 */
function checkFr(n: string): string | null {
  const key = n.slice(0, 2);
  const siren = n.slice(2);
  if (!siren.startsWith("000") && !luhn(siren)) return "credit.vat.badPart";
  if (/^\d\d$/.test(key) && Number(key) !== (12 + 3 * (Number(siren) % 97)) % 97) return "credit.vat.badCheck";
  return null;
}

/** UK VAT: weights 8…2 on the first 7 digits plus the last two as a number, ≡ 0 (old) or 42 (new) mod 97. */
function checkGb(n: string): string | null {
  if (n.startsWith("GD")) return Number(n.slice(2)) < 500 ? null : "credit.vat.badPart";
  if (n.startsWith("HA")) return Number(n.slice(2)) >= 500 ? null : "credit.vat.badPart";
  const d = digitsOf(n.slice(0, 9));
  const sum = d.slice(0, 7).reduce((s, digit, i) => s + (8 - i) * digit, 0) + 10 * d[7] + d[8];
  return sum % 97 === 0 || sum % 97 === 42 ? null : "credit.vat.badCheck";
}

const gb: VatRule = { pattern: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/, shape: "GB999999999 / GB999999999999 / GBGD999 / GBHA999", check: checkGb };

/** The rules by VAT prefix. */
const RULES: Readonly<Record<string, VatRule>> = {
  AT: { pattern: /^U\d{8}$/, shape: "ATU99999999" },
  BE: { pattern: /^[01]\d{9}$/, shape: "BE0999999999" },
  BG: { pattern: /^\d{9,10}$/, shape: "BG999999999 / BG9999999999" },
  CY: { pattern: /^\d{8}[A-Z]$/, shape: "CY99999999X" },
  CZ: { pattern: /^\d{8,10}$/, shape: "CZ99999999 / CZ999999999 / CZ9999999999" },
  DE: { pattern: /^[1-9]\d{8}$/, shape: "DE999999999", check: checkDe },
  DK: { pattern: /^\d{8}$/, shape: "DK99999999" },
  EE: { pattern: /^\d{9}$/, shape: "EE999999999" },
  EL: { pattern: /^\d{9}$/, shape: "EL999999999" },
  ES: { pattern: /^[A-Z0-9]\d{7}[A-Z0-9]$/, shape: "ESX9999999X" },
  FI: { pattern: /^\d{8}$/, shape: "FI99999999" },
  FR: { pattern: /^[0-9A-HJ-NP-Z]{2}\d{9}$/, shape: "FR??999999999", check: checkFr },
  GB: gb,
  HR: { pattern: /^\d{11}$/, shape: "HR99999999999" },
  HU: { pattern: /^\d{8}$/, shape: "HU99999999" },
  IE: { pattern: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/, shape: "IE9999999X / IE9999999XX / IE9X99999X" },
  IT: { pattern: /^\d{11}$/, shape: "IT99999999999", check: checkIt },
  LT: { pattern: /^(\d{9}|\d{12})$/, shape: "LT999999999 / LT999999999999" },
  LU: { pattern: /^\d{8}$/, shape: "LU99999999" },
  LV: { pattern: /^\d{11}$/, shape: "LV99999999999" },
  MT: { pattern: /^\d{8}$/, shape: "MT99999999" },
  NL: { pattern: /^\d{9}B\d{2}$/, shape: "NL999999999B99", check: checkNl },
  PL: { pattern: /^\d{10}$/, shape: "PL9999999999" },
  PT: { pattern: /^\d{9}$/, shape: "PT999999999" },
  RO: { pattern: /^[1-9]\d{1,9}$/, shape: "RO99 … RO9999999999" },
  SE: { pattern: /^\d{10}01$/, shape: "SE999999999901" },
  SI: { pattern: /^[1-9]\d{7}$/, shape: "SI99999999" },
  SK: { pattern: /^\d{10}$/, shape: "SK9999999999" },
  XI: { ...gb, shape: "XI999999999 / XI999999999999 / XIGD999 / XIHA999" },
};

/** The VAT prefixes this module knows. */
export const VAT_COUNTRIES: readonly string[] = Object.keys(RULES);

export interface VatIdOptions {
  /** The country to assume when the number has no prefix (ISO code; GR is read as EL). */
  readonly country?: string;
}

/**
 * Checks a VAT number as typed (spaces, dots and hyphens allowed). Without a country prefix it takes
 * `options.country`. Returns the compact number with its prefix when valid, else the first problem.
 *
 * @example
 * validateVatId("IT 00743110157") //=> { valid: true, value: "IT00743110157", country: "IT" }
 * validateVatId("136695976", { country: "DE" }).valid //=> true
 */
export function validateVatId(text: string, options: VatIdOptions = {}): ValidationResult {
  let vat = compactCode(text);
  if (vat === "") return invalid("credit.vat.empty");
  if (!/^[A-Z]{2}/.test(vat) && options.country) vat = compactCode(options.country) + vat;
  if (!/^[A-Z]{2}/.test(vat)) return invalid("credit.vat.noCountry", { text: text.trim() });
  const country = vat.startsWith("GR") ? "EL" : vat.slice(0, 2);
  const rule = RULES[country];
  if (!rule) return invalid("credit.vat.unknownCountry", { country: vat.slice(0, 2) });
  const number = vat.slice(2);
  if (!rule.pattern.test(number)) return invalid("credit.vat.badFormat", { text: text.trim(), country, shape: rule.shape });
  const problem = rule.check?.(number) ?? null;
  return problem ? invalid(problem, { text: country + number, country }) : { valid: true, value: country + number, country };
}
