/**
 * ISO 11649 RF creditor references: "RF" + 2 check digits + 1 to 21 letters or digits (printed in
 * groups of 4, stored without spaces). The check is ISO 7064 MOD 97-10, as for an IBAN: the first four
 * characters moved to the end, letters as numbers (A = 10 … Z = 35), the number mod 97 must be 1.
 */

/** The number of a reference's characters (letters as 10-35), mod 97, computed digit by digit. */
function mod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const value = code >= 48 && code <= 57 ? code - 48 : code - 55;
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest;
}

/**
 * True when `text` (spaces allowed, any case) is an RF reference with valid check digits.
 *
 * @example
 * isValidRf("RF18 5390 0754 7034") //=> true
 * isValidRf("RF18 5390 0754 7035") //=> false
 */
export function isValidRf(text: string): boolean {
  const ref = text.replace(/\s+/g, "").toUpperCase();
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(ref)) return false;
  return mod97(ref.slice(4) + ref.slice(0, 4)) === 1;
}

/**
 * The RF reference of a body (the creditor's own reference, letters and digits): check digits are
 * 98 − (body + "RF00" mod 97).
 *
 * @example
 * makeRf("539007547034") //=> "RF18539007547034"
 */
export function makeRf(body: string): string {
  const plain = body.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z0-9]{1,21}$/.test(plain)) throw new RangeError(`not an RF body: ${body}`);
  const check = 98 - mod97(plain + "RF00");
  return `RF${String(check).padStart(2, "0")}${plain}`;
}

/** The body of a valid RF reference (what the creditor put in), or null. */
export function rfBody(text: string): string | null {
  return isValidRf(text) ? text.replace(/\s+/g, "").toUpperCase().slice(4) : null;
}

/** What was found of RF references in a text: the valid ones, and those whose check digits fail. */
export interface RfFound {
  readonly valid: readonly string[];
  readonly invalid: readonly string[];
}

/**
 * RF references in free text (written with or without the groups' spaces): from each word starting
 * with RF and two digits, the longest run of the following words that makes a valid reference; a
 * candidate that never checks is reported as invalid.
 *
 * @example
 * findRf("Payment RF18 5390 0754 7034 thanks").valid //=> ["RF18539007547034"]
 */
export function findRf(text: string): RfFound {
  const words = text.toUpperCase().split(/[\s,;:()]+/).filter((w) => w !== "");
  const valid: string[] = [];
  const invalid: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^RF\d{2}[A-Z0-9]*$/.test(words[i])) continue;
    let joined = "";
    let best = "";
    for (let j = i; j < words.length && j < i + 7; j++) {
      if (!/^[A-Z0-9]+$/.test(words[j])) break;
      joined += words[j];
      if (joined.length > 25) break;
      if (isValidRf(joined)) best = joined;
    }
    if (best !== "") valid.push(best);
    else if (words[i].length > 4 || (words[i + 1] !== undefined && /^\d/.test(words[i + 1]))) invalid.push(words[i]);
  }
  return { valid, invalid };
}
