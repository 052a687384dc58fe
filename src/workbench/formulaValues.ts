/**
 * The values of the workbench's formulas: one value or an array, with the number formats of its date
 * cells; Excel's error values (thrown as XlError for a single value, kept as "#DIV/0!" in an array's
 * cell); and Excel's operators on single values, applied cell by cell over arrays.
 */
import { isExcelError } from "../domain/core";
import { t } from "../i18n";
import { CellValue } from "../workbook/port";
import { BinaryOperator, ErrorCode } from "./formulaTypes";

export type Scalar = CellValue;
export type Matrix = Scalar[][];
export type Formats = (string | undefined)[][];

/** One value (a number, text, TRUE/FALSE or blank) or an array, with the number formats of its date cells. */
export type Value =
  | { readonly kind: "scalar"; readonly value: Scalar; readonly format?: string }
  | { readonly kind: "matrix"; readonly value: Matrix; readonly formats?: Formats };

/** An Excel error value raised while evaluating: its code and a message saying why. */
export class XlError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "XlError";
  }
}

export const scalarValue = (value: Scalar, format?: string): Value => ({ kind: "scalar", value, format });
export const matrixValue = (value: Matrix, formats?: Formats): Value => ({ kind: "matrix", value, formats: formats && formats.some((r) => r.some((f) => f !== undefined)) ? formats : undefined });

/** The error code of an error cell ("#N/A"), or undefined. */
export function errorCodeOf(v: unknown): ErrorCode | undefined {
  return typeof v === "string" && isExcelError(v) ? (v.trim().toUpperCase() as ErrorCode) : undefined;
}

function raiseCellError(code: ErrorCode): never {
  throw new XlError(code, t("bench.f.errorCell", { code }));
}

/** A value as a number, as Excel's operators take it: blank is 0, TRUE is 1, numeric text is read. */
export function toNumber(v: Scalar): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null) return 0;
  const code = errorCodeOf(v);
  if (code) raiseCellError(code);
  const text = v.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/.test(text)) return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
  throw new XlError("#VALUE!", t("bench.f.notNumber", { value: v }));
}

/** A value as text for &: numbers as Excel shows them in General format, TRUE/FALSE, blank as "". */
export function toText(v: Scalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(Number(v.toPrecision(15)));
  const code = errorCodeOf(v);
  if (code) raiseCellError(code);
  return v;
}

function finite(n: number): number {
  if (!Number.isFinite(n)) throw new XlError("#NUM!", t("bench.f.notFinite"));
  return n;
}

/** Excel's order of types in a comparison: numbers, then text, then TRUE/FALSE; text ignores case. */
function compare(a: Scalar, b: Scalar): number {
  for (const v of [a, b]) {
    const code = errorCodeOf(v);
    if (code) raiseCellError(code);
  }
  const blankAs = (other: Scalar): Scalar => (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string") {
    const p = x.toLowerCase();
    const q = (y as string).toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
}

export function binaryScalar(op: BinaryOperator, a: Scalar, b: Scalar): Scalar {
  switch (op) {
    case "+":
      return finite(toNumber(a) + toNumber(b));
    case "-":
      return finite(toNumber(a) - toNumber(b));
    case "*":
      return finite(toNumber(a) * toNumber(b));
    case "/": {
      const x = toNumber(a);
      const y = toNumber(b);
      if (y === 0) throw new XlError("#DIV/0!", t("bench.f.divZero"));
      return finite(x / y);
    }
    case "^": {
      const x = toNumber(a);
      const y = toNumber(b);
      if (x === 0 && y === 0) throw new XlError("#NUM!", t("bench.f.notFinite"));
      return finite(Math.pow(x, y));
    }
    case "&":
      return toText(a) + toText(b);
    case "=":
      return compare(a, b) === 0;
    case "<>":
      return compare(a, b) !== 0;
    case "<":
      return compare(a, b) < 0;
    case ">":
      return compare(a, b) > 0;
    case "<=":
      return compare(a, b) <= 0;
    case ">=":
      return compare(a, b) >= 0;
  }
}

/** A date plus or minus days stays a date; a date minus a date is a number of days. */
export function binaryFormat(op: BinaryOperator, fa: string | undefined, fb: string | undefined): string | undefined {
  if (op === "+") return fa ?? fb;
  if (op === "-") return fa && !fb ? fa : undefined;
  return undefined;
}

/** Rows and columns of a value; a single value is 1 × 1. */
function shape(v: Value): [number, number] {
  if (v.kind === "scalar") return [1, 1];
  return [v.value.length, v.value.reduce((w, r) => Math.max(w, r.length), 0)];
}

/** The cell (r, c) of a value stretched to a larger array, as Excel does: one row or column repeats; beyond the value it is #N/A. */
function cellAt(v: Value, r: number, c: number): { value: Scalar; format?: string } {
  if (v.kind === "scalar") return { value: v.value, format: v.format };
  const rows = v.value.length;
  const cols = v.value[0]?.length ?? 0;
  const rr = rows === 1 ? 0 : r;
  const cc = cols === 1 ? 0 : c;
  if (rr >= rows || cc >= (v.value[rr]?.length ?? 0)) return { value: "#N/A" };
  const cell = v.value[rr][cc];
  return { value: cell === undefined ? null : cell, format: v.formats?.[rr]?.[cc] };
}

/** Applies `f` cell by cell over one or two values, an error in a cell staying in that cell. */
export function elementwise(values: readonly Value[], f: (cells: { value: Scalar; format?: string }[]) => { value: Scalar; format?: string }): Value {
  if (values.every((v) => v.kind === "scalar")) {
    const out = f(values.map((v) => cellAt(v, 0, 0)));
    return scalarValue(out.value, out.format);
  }
  const shapes = values.map(shape);
  const rows = Math.max(...shapes.map((s) => s[0]));
  const cols = Math.max(...shapes.map((s) => s[1]));
  const out: Matrix = [];
  const formats: Formats = [];
  for (let r = 0; r < rows; r++) {
    const row: Scalar[] = [];
    const fmt: (string | undefined)[] = [];
    for (let c = 0; c < cols; c++) {
      try {
        const cell = f(values.map((v) => cellAt(v, r, c)));
        row.push(cell.value);
        fmt.push(cell.format);
      } catch (error) {
        if (!(error instanceof XlError)) throw error;
        row.push(error.code);
        fmt.push(undefined);
      }
    }
    out.push(row);
    formats.push(fmt);
  }
  return matrixValue(out, formats);
}

