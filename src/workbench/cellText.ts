import { serialToIso } from "../domain/core";
import { CellValue } from "../workbook/port";

/** True for a number format that shows a date ("yyyy-mm-dd", "dd-mm-yy", "d-mmm-yyyy"). */
export function isDateFormat(format: string): boolean {
  return /y{2,4}|d{1,2}-m{1,2}/i.test(format);
}

/** What a grid cell shows for a value and its number format. */
export function cellText(value: CellValue | undefined, format: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isDateFormat(format) && Number.isInteger(value) && value > 0 && value < 2958466) return serialToIso(value);
  // A percentage ("0.0%", "0%") and one decimal ("0.0") show as Excel shows them.
  const percent = /^0(?:\.(0+))?%$/.exec(format);
  if (percent) return `${(value * 100).toLocaleString("en-US", { minimumFractionDigits: percent[1]?.length ?? 0, maximumFractionDigits: percent[1]?.length ?? 0 })}%`;
  if (format.includes("0.00")) return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (format === "0.0") return value.toFixed(1);
  return String(Number.isInteger(value) ? value : Number(value.toPrecision(12)));
}
