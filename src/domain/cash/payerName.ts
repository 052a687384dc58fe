import { normalizeHeader } from "../ledger";

/**
 * Payer names as banks pass them on, against customer names: case, accents and punctuation ignored,
 * SWIFT transliterations folded (ä, ae and a alike; ß and ss), "&", "+", "und", "and", "et", "e", "en"
 * dropped, and the legal form left out (GmbH, AG, KG, S.r.l., S.p.A., B.V., N.V., SARL, SAS, SA, Ltd,
 * Limited, plc, Inc, LLC …), since payers abbreviate or omit it.
 */
/** Legal forms as words once their letters are joined ("S.r.l." → "srl", "B.V." → "bv"). */
const LEGAL_FORMS = new Set([
  "gmbh", "mbh", "ag", "kg", "ohg", "ug", "ek", "kgaa", "eg", "co",
  "srl", "srls", "spa", "sas", "snc", "scarl", "sapa", "ss",
  "bv", "nv", "vof", "cv",
  "sarl", "sa", "eurl", "sci", "sasu", "selarl",
  "ltd", "limited", "plc", "llp", "llc", "inc", "corp", "corporation", "company",
]);
const CONNECTORS = new Set(["und", "and", "et", "e", "en", "u", "the"]);

/**
 * A name in comparable form, legal forms and connectors dropped, spaces removed. Runs of single
 * letters are joined first, so "S. r. l." and "B.V." are the words "srl" and "bv".
 *
 * @example
 * payerNameKey("MUELLER MASCHINENBAU GMBH") === payerNameKey("Müller Maschinenbau GmbH") //=> true
 * payerNameKey("Rossi Forniture S.r.l.") //=> "rossiforniture"
 */
export function payerNameKey(name: string): string {
  const plain = normalizeHeader(name.replace(/ß/g, "ss").replace(/[&+]/g, " ")).replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u");
  const words = plain.split(" ");
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    if (w.length === 1) while (i + 1 < words.length && words[i + 1].length === 1) w += words[++i];
    if (w !== "" && !LEGAL_FORMS.has(w) && !CONNECTORS.has(w)) joined.push(w);
  }
  return joined.join("");
}
