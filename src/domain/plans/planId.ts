import { Serial, serialToIso, serialToYmd } from "../core";
import { customerKey } from "./customerKey";

/**
 * A plan's id: `<customer key>-<yymmdd of acceptance>`, with `-2`, `-3`… when that customer already has
 * a plan accepted that day. Ids already given are never changed, so a register re-read gives each plan
 * the same id, and the same inputs always give the same id.
 *
 * @example
 * planId("Harper Ltd", ymdToSerial(2026, 11, 25), []) //=> "HARPERLTD-261125"
 * planId("Harper Ltd", ymdToSerial(2026, 11, 25), ["HARPERLTD-261125"]) //=> "HARPERLTD-261125-2"
 */
export function planId(customer: string, accepted: Serial, taken: readonly string[]): string {
  const { year, month, day } = serialToYmd(accepted);
  const base = `${customerKey(customer)}-${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
  const used = new Set(taken.map((id) => id.toUpperCase()));
  let id = base;
  for (let k = 2; used.has(id.toUpperCase()); k++) id = `${base}-${k}`;
  return id;
}

/**
 * The schedule sheet of a plan: `AR Plan <customer key> YYYY-MM-DD`, with ` 2`, ` 3`… when a sheet of
 * that name exists already (a plan renegotiated on the day it was made); at most 31 characters.
 *
 * @example
 * planSheetName("Harper Ltd", ymdToSerial(2026, 11, 25), []) //=> "AR Plan HARPERLTD 2026-11-25"
 */
export function planSheetName(customer: string, accepted: Serial, existingSheets: readonly string[]): string {
  const base = `AR Plan ${customerKey(customer)} ${serialToIso(accepted)}`;
  const used = new Set(existingSheets.map((s) => s.toLowerCase()));
  let name = base;
  for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base} ${k}`;
  return name.slice(0, 31);
}

/** The workbook copy of a plan's agreement letter. */
export function letterSheetName(id: string): string {
  return `AR Letter ${id}`.slice(0, 31);
}
