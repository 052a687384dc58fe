import { CellInput } from "../core";
import { readCamt } from "./camt";
import { CsvStatementOptions, readCsvStatement } from "./csvStatement";
import { readMt940 } from "./mt940";
import { StatementRead } from "./types";

/** What a statement file's text looks like: camt XML, MT940, or (anything else) CSV. */
export function statementKind(text: string): "xml" | "mt940" | "csv" {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("<")) return "xml";
  if (/^(\{1:[^\n]*)?:20:/m.test(head.slice(0, 2000)) || /^:(20|25|28C|60F):/m.test(head.slice(0, 4000))) return "mt940";
  return "csv";
}

/**
 * Reads a statement's text: camt.053/.054 XML or MT940 by their content; CSV text through `parseCsv`
 * (the pane's CSV parser: the domain has none) and the bank-CSV reader.
 */
export function readStatementText(text: string, file: string, parseCsv: (text: string) => CellInput[][], options: CsvStatementOptions = {}): StatementRead {
  const kind = statementKind(text);
  if (kind === "xml") return readCamt(text, file);
  if (kind === "mt940") return readMt940(text, file);
  return readCsvStatement(parseCsv(text), file, options);
}

/**
 * A statement pasted into a sheet: camt XML or MT940 one line per row (cells of a row joined), or a
 * CSV laid out in columns.
 */
export function readStatementCells(values: readonly (readonly CellInput[])[], sheet: string, options: CsvStatementOptions = {}): StatementRead {
  const filled = values.filter((r) => r && r.some((c) => c !== null && c !== undefined && c !== ""));
  const firstCells = filled.slice(0, 5).map((r) => String(r.find((c) => c !== null && c !== undefined && c !== "") ?? "")).join("\n");
  const kind = statementKind(firstCells);
  if (kind === "csv") return readCsvStatement(values, sheet, options);
  const text = values.map((r) => (r ?? []).filter((c) => c !== null && c !== undefined).map(String).join("")).join("\n");
  return kind === "xml" ? readCamt(text, sheet) : readMt940(text, sheet);
}
