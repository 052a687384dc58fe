/**
 * Reads a ledger file or pasted text into cells for a new workbench sheet. CSV goes through papaparse
 * (delimiter detected: comma, semicolon, tab); XLSX through exceljs, loaded only when needed so the
 * workbench opens fast. Numbers in CSV become numbers (as Excel does on opening), everything else
 * stays text for the ledger reader; XLSX dates become 1900-system serials shown as yyyy-mm-dd.
 */
import { CellValue } from "../workbook/port";
import { literalValue } from "./formulaCells";

export interface LoadedSheet {
  readonly name: string;
  readonly values: CellValue[][];
  readonly numberFormats?: string[][];
}

/** Cells of CSV text. */
export async function parseCsv(text: string): Promise<CellValue[][]> {
  const { default: Papa } = await import("papaparse");
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((cell) => (/^[+-]?\d+(\.\d+)?$/.test(cell.trim()) ? literalValue(cell) : cell.trim() === "" ? null : cell)));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null)) rows.pop();
  return rows;
}

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, serial 0 of the 1900 system for dates from March 1900 on. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** A cell of exceljs as a plain value. */
function plain(value: unknown): { value: CellValue; date: boolean } {
  if (value === null || value === undefined) return { value: null, date: false };
  if (value instanceof Date) return { value: Math.round((value.getTime() - EPOCH_MS) / MS_PER_DAY), date: true };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { value, date: false };
  const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
  if (v.richText) return { value: v.richText.map((r) => r.text).join(""), date: false };
  if ("result" in v) return plain(v.result);
  if (v.error) return { value: v.error, date: false };
  if (typeof v.text === "string") return { value: v.text, date: false };
  return { value: String(value), date: false };
}

/** Sheets of an .xlsx file (empty sheets left out). */
export async function parseXlsx(data: ArrayBuffer): Promise<LoadedSheet[]> {
  const ExcelJS = await import("exceljs");
  const Workbook = (ExcelJS as unknown as { Workbook: new () => import("exceljs").Workbook }).Workbook ?? (ExcelJS as unknown as { default: { Workbook: new () => import("exceljs").Workbook } }).default.Workbook;
  const book = new Workbook();
  await book.xlsx.load(data);
  const out: LoadedSheet[] = [];
  book.eachSheet((sheet) => {
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      const fmt: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        const { value, date } = plain(cell.value);
        cells[columnNumber - 1] = value;
        fmt[columnNumber - 1] = date ? "yyyy-mm-dd" : "General";
      });
      values[rowNumber - 1] = Array.from(cells, (c) => (c === undefined ? null : c));
      formats[rowNumber - 1] = Array.from(fmt, (f) => f ?? "General");
    });
    const dense = Array.from(values, (r) => r ?? []);
    if (dense.some((r) => r.some((c) => c !== null))) out.push({ name: sheet.name, values: dense, numberFormats: Array.from(formats, (r) => r ?? []) });
  });
  return out;
}

/** A chosen file's sheets: one for a CSV, one per non-empty worksheet for an XLSX. */
export async function loadLedgerFile(file: File): Promise<LoadedSheet[]> {
  const base = file.name.replace(/\.[^.]+$/, "") || file.name;
  if (/\.xlsx$/i.test(file.name)) return parseXlsx(await file.arrayBuffer());
  return [{ name: base, values: await parseCsv(await file.text()) }];
}
