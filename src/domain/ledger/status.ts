import { normalizeHeader } from "./headers";

/** Words that mark an item as disputed, normalized (see normalizeHeader), in the five languages. */
const DISPUTED_WORDS = new Set([
  "disputed", "dispute", "disputes", "contested", "litigation",
  "contestato", "contestata", "contestazione", "contenzioso", "reclamo",
  "strittig", "bestritten", "streitfall", "reklamation", "reklamiert", "beanstandet",
  "betwist", "betwisting", "geschil", "dispuut",
  "litige", "litigieux", "litigieuse", "conteste", "contestee", "contestation", "reclamation",
]);

/** Words that negate what follows ("not disputed", "non contestato", "nicht strittig", "pas de litige"). */
const NEGATIONS = new Set(["not", "no", "non", "nicht", "kein", "keine", "niet", "geen", "pas", "sans", "aucun", "without", "senza", "ohne", "zonder"]);

/** Cell values that mean yes, for a column whose header itself says disputed ("Disputed": "X"). */
const YES = new Set(["x", "yes", "y", "true", "1", "si", "s", "ja", "j", "oui", "o", "waar", "wahr", "vero", "vrai"]);

/**
 * True when a status cell says the item is disputed, in any of the five languages: a disputed word not
 * preceded by a negation ("In contestazione", "Strittig", "En litige", but not "Nicht strittig").
 * When the column's own header is a disputed word (`headerSaysDisputed`), a yes value ("X", "Ja",
 * "Oui", TRUE, 1) counts too.
 *
 * @example
 * isDisputedStatus("In contestazione") //=> true
 * isDisputedStatus("Niet betwist") //=> false
 */
export function isDisputedStatus(text: string, headerSaysDisputed = false): boolean {
  const words = normalizeHeader(text).split(" ");
  if (headerSaysDisputed && words.length === 1 && YES.has(words[0])) return true;
  for (let k = 0; k < words.length; k++) {
    if (DISPUTED_WORDS.has(words[k]) && !(k > 0 && NEGATIONS.has(words[k - 1])) && !(k > 1 && NEGATIONS.has(words[k - 2]))) return true;
  }
  return false;
}

/** True when a status header itself names disputes ("Disputed", "Litige", "In contestazione"). */
export function headerSaysDisputed(header: string): boolean {
  return normalizeHeader(header)
    .split(" ")
    .some((w) => DISPUTED_WORDS.has(w));
}
