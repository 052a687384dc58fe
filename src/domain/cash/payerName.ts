import { normalizeHeader } from "../ledger";

/**
 * Payer names as banks pass them on, against customer names: case, accents and punctuation ignored,
 * SWIFT transliterations folded (ä, ae and a alike; ß and ss), "&", "+", "und", "and", "et", "e", "en"
 * dropped, and the legal form left out (GmbH, AG, KG, S.r.l., S.p.A., B.V., N.V., SARL, SAS, SA, Ltd,
 * Limited, plc, Inc, LLC …), since payers abbreviate or omit it.
 */
const LEGAL_FORMS = [
  "gmbh co kg", "gmbh co", "gmbh", "mbh", "ag", "kg", "ohg", "ug", "e k", "ek", "kgaa", "eg",
  "s r l s", "s r l", "srl", "srls", "s p a", "spa", "s a s", "sas", "s n c", "snc", "s c a r l", "scarl", "s a p a",
  "b v", "bv", "n v", "nv", "v o f", "vof", "c v", "cv",
  "s a r l", "sarl", "s a", "sa", "eurl", "sci", "sasu", "selarl",
  "ltd", "limited", "plc", "llp", "llc", "inc", "corp", "corporation", "co", "company",
];
const CONNECTORS = new Set(["und", "and", "et", "e", "en", "u", "the"]);
const FORMS = new RegExp(`(^| )(${LEGAL_FORMS.map((f) => f.replace(/ /g, " ?")).join("|")})(?= |$)`, "g");

/**
 * A name in comparable form, legal forms and connectors dropped, spaces removed.
 *
 * @example
 * payerNameKey("MUELLER MASCHINENBAU GMBH") === payerNameKey("Müller Maschinenbau GmbH") //=> true
 * payerNameKey("Rossi Forniture S.r.l.") //=> "rossiforniture"
 */
export function payerNameKey(name: string): string {
  const plain = normalizeHeader(name.replace(/ß/g, "ss").replace(/&|\+/g, " ")).replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u");
  const words = plain.replace(FORMS, " ").split(" ").filter((w) => w !== "" && !CONNECTORS.has(w));
  return words.join("");
}
