/** The workbench formula language's syntax tree, values and context (see formula.ts). */
import { MemoryTable } from "../workbook/memoryWorkbook";
import { CellValue } from "../workbook/port";

/** Which part of a table a structured reference names (Excel's #Data, #All, #Headers, #Totals). */
export type TableArea = "data" | "all" | "headers" | "totals";

export type BinaryOperator = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=";

export type FormulaNode =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "empty" }
  | { readonly kind: "array"; readonly rows: CellValue[][] }
  | { readonly kind: "range"; readonly sheet?: string; readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }
  | { readonly kind: "table"; readonly table: string; readonly area: TableArea; readonly first?: string; readonly last?: string }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly FormulaNode[] }
  | { readonly kind: "unary"; readonly op: "-" | "+"; readonly operand: FormulaNode }
  | { readonly kind: "percent"; readonly operand: FormulaNode }
  | { readonly kind: "binary"; readonly op: BinaryOperator; readonly left: FormulaNode; readonly right: FormulaNode };

/** Excel's error codes, as a formula's result or a cell value. */
export type ErrorCode = "#VALUE!" | "#NAME?" | "#SPILL!" | "#REF!" | "#DIV/0!" | "#NUM!" | "#N/A" | "#NULL!" | "#CALC!";

export type FormulaResult =
  | {
      readonly ok: true;
      readonly values: CellValue[][];
      /** Number formats of the result's cells (same shape as values), where the result is a date; none when no cell needs one. */
      readonly formats?: (string | undefined)[][];
    }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string };

/** A formula that cannot be read; the message names the position (1-based) and what was found. */
export class FormulaSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormulaSyntaxError";
  }
}

/** Whole-column ranges end at this row when the sheet is not asked (Excel's last row). */
export const LAST_ROW = 1_048_575;

/** A table the formula can name, as the in-memory workbook keeps it (0-based top-left; rows include the header). */
export type FormulaTable = MemoryTable;

/** What a formula can read: the cells of a sheet (rows from A1), the sheet it sits on, tables, formats and today. */
export interface FormulaContext {
  readonly sheet: string;
  values(sheet: string): readonly (readonly CellValue[])[];
  /** The workbook's tables, for Table[Column] references. */
  tables?(): readonly FormulaTable[];
  /** A cell's number format, so `=A2` of a date shows a date. */
  numberFormat?(sheet: string, row: number, column: number): string;
  /** Today's date as a serial, for TODAY(): the host reads the clock and passes it in. */
  readonly today?: number;
}

