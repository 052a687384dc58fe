import { FIELD_ORDER } from "./mapColumns";
import { LedgerField, NOT_MAPPED } from "./types";

/**
 * A mapping the user corrected, remembered per header layout in the workbook's settings (`AR
 * Settings`), so the next export from the same system maps by itself. The setting's name is
 * `ledger.mapping.` and the header row's fingerprint (headerFingerprint); its value lists each field
 * the user set and its 0-based column in the range, `-` for a field left unread: `openAmount=8;
 * customerId=-`.
 */

export const MAPPING_SETTING_PREFIX = "ledger.mapping.";

/**
 * The setting that holds the mapping of a header layout.
 *
 * @example
 * mappingSettingKey("contact|due date|due") //=> "ledger.mapping.contact|due date|due"
 */
export function mappingSettingKey(fingerprint: string): string {
  return `${MAPPING_SETTING_PREFIX}${fingerprint}`;
}

/**
 * A manual mapping as a setting's value, fields in FIELD_ORDER.
 *
 * @example
 * encodeMapping({ openAmount: 8, customer: 2, status: -1 }) //=> "customer=2; openAmount=8; status=-"
 */
export function encodeMapping(mapping: Partial<Record<LedgerField, number>>): string {
  return FIELD_ORDER.filter((f) => mapping[f] !== undefined && (mapping[f] === NOT_MAPPED || (Number.isInteger(mapping[f]) && mapping[f]! >= 0)))
    .map((f) => `${f}=${mapping[f] === NOT_MAPPED ? "-" : mapping[f]}`)
    .join("; ");
}

/**
 * A setting's value read back as a manual mapping; parts that name no field or no column are ignored
 * (a hand-edited setting never breaks the mapping). Empty when nothing can be read.
 *
 * @example
 * decodeMapping("customer=2; openAmount=8; status=-; colour=3; dueDate=x") //=> { customer: 2, openAmount: 8, status: -1 }
 */
export function decodeMapping(text: string | undefined): Partial<Record<LedgerField, number>> {
  const out: Partial<Record<LedgerField, number>> = {};
  for (const part of (text ?? "").split(";")) {
    const m = /^\s*(\w+)\s*=\s*(-|\d{1,5})\s*$/.exec(part);
    const field = m && FIELD_ORDER.find((f) => f === m[1]);
    if (m && field) out[field] = m[2] === "-" ? NOT_MAPPED : Number(m[2]);
  }
  return out;
}
