import { customerMatchKey } from "../customers";

/*
 * The short key of a customer's name in plan ids and sheet names. Which customer a register row
 * belongs to is decided by the one customer key of every job (customers' customerKeyOf and
 * sameCustomer: the id when both sides have one, else the name).
 */

/** The longest customer key: keeps `AR Plan <key> YYYY-MM-DD 9` and `AR Letter <plan id>` within Excel's 31 characters. */
export const MAX_CUSTOMER_KEY = 10;

/** FNV-1a of a text, as 32 bits. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A short, stable key for a customer name, safe in a sheet name: the name's letters and digits in upper
 * case (accents folded), and when longer than `max` (10) characters, its first `prefix` (5) and 4 hex
 * digits of a hash of the whole normalised name, so two long names sharing a start still differ.
 *
 * @example
 * customerKey("Harper Ltd") //=> "HARPERLTD"
 * customerKey("Rossi Forniture S.r.l.") //=> "ROSSI-C8C8" (the four hex digits hash the whole name)
 */
export function customerKey(name: string, { max = MAX_CUSTOMER_KEY, prefix = 5 }: { readonly max?: number; readonly prefix?: number } = {}): string {
  const plain = customerMatchKey(name).toUpperCase();
  if (plain.length > 0 && plain.length <= max) return plain;
  const hash = fnv1a(customerMatchKey(name)).toString(16).toUpperCase().padStart(8, "0").slice(0, 4);
  return `${(plain || "C").slice(0, prefix)}-${hash}`;
}
