import { stdnum, Validator } from "stdnum";
import { compactCode, invalid, stdnumProblem, validFor, ValidationResult } from "./validation";

/**
 * VAT identification numbers of every EU state, the United Kingdom and Northern Ireland (XI), checked
 * by stdnum with each state's check digits and parts (Italy's office code, France's key over the
 * SIREN, the UK's government GD and health-authority HA numbers, Belgium's old 9-digit form). Greece
 * is "EL" (GR is read as EL). This module only picks the state's validator and turns its answer into
 * the project's messages.
 */

interface VatScheme {
  readonly validator: Validator;
  /** How the whole number looks, for messages only: 9 = a digit, X = a letter, ? = a digit or letter. */
  readonly shape: string;
}

const gb = (shape: string): VatScheme => ({ validator: stdnum.GB.vat, shape });

/** The validator of each VAT prefix. */
const SCHEMES: Readonly<Record<string, VatScheme>> = {
  AT: { validator: stdnum.AT.uid, shape: "ATU99999999" },
  BE: { validator: stdnum.BE.vat, shape: "BE0999999999 / BE999999999" },
  BG: { validator: stdnum.BG.vat, shape: "BG999999999 / BG9999999999" },
  CY: { validator: stdnum.CY.vat, shape: "CY99999999X" },
  CZ: { validator: stdnum.CZ.dic, shape: "CZ99999999 / CZ999999999 / CZ9999999999" },
  DE: { validator: stdnum.DE.vat, shape: "DE999999999" },
  DK: { validator: stdnum.DK.cvr, shape: "DK99999999" },
  EE: { validator: stdnum.EE.kmkr, shape: "EE999999999" },
  EL: { validator: stdnum.GR.vat, shape: "EL999999999" },
  ES: { validator: stdnum.ES.nif, shape: "ESX9999999X" },
  FI: { validator: stdnum.FI.alv, shape: "FI99999999" },
  FR: { validator: stdnum.FR.tva, shape: "FR??999999999" },
  HR: { validator: stdnum.HR.oib, shape: "HR99999999999" },
  HU: { validator: stdnum.HU.anum, shape: "HU99999999" },
  IE: { validator: stdnum.IE.vat, shape: "IE9999999X / IE9999999XX / IE9X99999X" },
  IT: { validator: stdnum.IT.iva, shape: "IT99999999999" },
  LT: { validator: stdnum.LT.pvm, shape: "LT999999999 / LT999999999999" },
  LU: { validator: stdnum.LU.tva, shape: "LU99999999" },
  LV: { validator: stdnum.LV.pvn, shape: "LV99999999999" },
  MT: { validator: stdnum.MT.vat, shape: "MT99999999" },
  NL: { validator: stdnum.NL.btw, shape: "NL999999999B99" },
  PL: { validator: stdnum.PL.nip, shape: "PL9999999999" },
  PT: { validator: stdnum.PT.nif, shape: "PT999999999" },
  RO: { validator: stdnum.RO.cif, shape: "RO99 … RO9999999999" },
  SE: { validator: stdnum.SE.vat, shape: "SE999999999901" },
  SI: { validator: stdnum.SI.ddv, shape: "SI99999999" },
  SK: { validator: stdnum.SK.dph, shape: "SK9999999999" },
  GB: gb("GB999999999 / GB999999999999 / GBGD999 / GBHA999"),
  XI: gb("XI999999999 / XI999999999999 / XIGD999 / XIHA999"),
};

/** The VAT prefixes this module knows. */
export const VAT_COUNTRIES: readonly string[] = Object.keys(SCHEMES);

export interface VatIdOptions {
  /**
   * The customer's country (ISO code; GR is read as EL): the prefix assumed when the number has none,
   * and the country a number from elsewhere is warned about.
   */
  readonly country?: string;
}

const prefixOf = (code: string) => (code === "GR" ? "EL" : code);

/**
 * Checks a VAT number as typed (spaces, dots and hyphens allowed). A number without a known prefix
 * takes the customer's country (so the UK's "GD001" is GBGD001). Returns the compact number with its
 * prefix when valid (Belgium's old form gains its leading 0), with a warning when the customer's
 * country is another; else the first problem.
 *
 * @example
 * validateVatId("IT 00743110157") //=> { valid: true, value: "IT00743110157", country: "IT" }
 * validateVatId("136695976", { country: "DE" }).valid //=> true
 * validateVatId("IT00743110157", { country: "DE" }).warning?.code //=> "credit.vat.otherCountry"
 */
export function validateVatId(text: string, options: VatIdOptions = {}): ValidationResult {
  const vat = compactCode(text);
  if (vat === "") return invalid("credit.vat.empty");
  const customer = options.country ? prefixOf(compactCode(options.country)) : "";
  const typed = /^[A-Z]{2}/.test(vat) ? prefixOf(vat.slice(0, 2)) : "";
  let prefix: string;
  let number: string;
  if (typed && SCHEMES[typed]) [prefix, number] = [typed, vat.slice(2)];
  else if (SCHEMES[customer] && (!typed || SCHEMES[customer].validator.validate(vat).isValid)) [prefix, number] = [customer, vat];
  else if (typed || customer) return invalid("credit.vat.unknownCountry", { country: typed ? vat.slice(0, 2) : customer });
  else return invalid("credit.vat.noCountry", { text: text.trim() });

  const scheme = SCHEMES[prefix];
  const answer = scheme.validator.validate(number);
  if (answer.isValid) return validFor(prefix + answer.compact, prefix, customer || undefined, "credit.vat.otherCountry");
  const problem = stdnumProblem(answer.error);
  if (problem === "badFormat") return invalid("credit.vat.badFormat", { text: text.trim(), country: prefix, shape: scheme.shape });
  return invalid(`credit.vat.${problem}`, { text: prefix + number, country: prefix });
}
