/** The sheets the credit panels read and write, and how their names are found in a workbook. */
import { Serial, serialToIso } from "../../domain/core";
import { CellValue, RangeData, WorkbookPort } from "../../workbook/port";

export const POLICY_SHEET = "AR Credit Policy";
export const CREDIT_LOG_SHEET = "AR Credit Log";
export const CUSTOMERS_SHEET = "AR Customers";
export const DOCUMENTS_SHEET = "AR Customer Documents";
export const CONTACTS_SHEET = "AR Contact History";

export const reviewSheetName = (date: Serial) => `AR Credit Review ${serialToIso(date)}`;
export const holdSheetName = (date: Serial) => `AR Credit Hold ${serialToIso(date)}`;

/** The sheet's name as the workbook spells it, or null when there is none (names compare case-insensitively, as in Excel). */
export async function findSheet(port: WorkbookPort, name: string): Promise<string | null> {
  const sheets = await port.listSheets();
  return sheets.find((s) => s.toLowerCase() === name.toLowerCase()) ?? null;
}

/** A sheet's used range, or null when the workbook has no such sheet. */
export async function readSheetIfAny(port: WorkbookPort, name: string): Promise<RangeData | null> {
  const found = await findSheet(port, name);
  return found ? port.readUsedRange(found) : null;
}

/** The rows of an add-in table as objects keyed by header (first row), blank rows skipped. */
export function rowsByHeader(values: readonly (readonly CellValue[])[]): Record<string, CellValue>[] {
  const [header = [], ...body] = values;
  const keys = header.map((h) => (h === null ? "" : String(h).trim()));
  return body
    .filter((row) => row.some((v) => v !== null && v !== ""))
    .map((row) => Object.fromEntries(keys.map((k, c) => [k, row[c] ?? null])));
}
