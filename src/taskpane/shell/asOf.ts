import { isValidYmd, Serial, ymdToSerial } from "../../domain/core";

/**
 * The serial of an ISO date typed in the pane ("2026-11-25"); null when it is not a real date.
 *
 * @example
 * isoToSerial("2026-11-25") //=> 46351
 */
export function isoToSerial(text: string): Serial | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(year, month, day) ? ymdToSerial(year, month, day) : null;
}
