/**
 * Evaluates a parsed workbench formula over the in-memory workbook: references (cells, ranges,
 * tables), Excel's operators element by element over arrays (as dynamic arrays do), and calls (see
 * formulaFunctions.ts). A value carries the number formats of its date cells, so a spilled due date
 * shows as a date. Errors of a single value are thrown as XlError; inside an array they are cell
 * values ("#DIV/0!"), as Excel shows them.
 */
import { messageOf } from "../functions/errors";
import { t } from "../i18n";
import { isDateFormat } from "./cellText";
import { callFunction } from "./formulaFunctions";
import { ErrorCode, FormulaContext, FormulaNode, FormulaResult, FormulaSyntaxError, FormulaTable, LAST_ROW } from "./formulaTypes";
import { binaryFormat, binaryScalar, elementwise, Formats, Matrix, matrixValue, Scalar, scalarValue, toNumber, Value, XlError } from "./formulaValues";

function findTable(ctx: FormulaContext, name: string): FormulaTable {
  const table = ctx.tables?.().find((tb) => tb.name.toLowerCase() === name.toLowerCase());
  if (!table) throw new XlError("#REF!", t("bench.f.noTable", { name }));
  return table;
}

/** The block of cells a table reference names, as a range on the table's sheet. */
function tableRange(node: Extract<FormulaNode, { kind: "table" }>, ctx: FormulaContext) {
  const table = findTable(ctx, node.table);
  const rows = ctx.values(table.sheet);
  const header = rows[table.row] ?? [];
  const columnOf = (name: string): number => {
    const wanted = name.trim().toLowerCase();
    for (let c = 0; c < table.columnCount; c++) {
      const h = header[table.column + c];
      if (h !== null && h !== undefined && String(h).trim().toLowerCase() === wanted) return table.column + c;
    }
    throw new XlError("#REF!", t("bench.f.noColumn", { column: name.trim(), table: table.name }));
  };
  const left = node.first === undefined ? table.column : columnOf(node.first);
  const right = node.last === undefined ? table.column + table.columnCount - 1 : columnOf(node.last);
  const last = table.row + table.rowCount - 1;
  const dataBottom = last - (table.totalsRow ? 1 : 0);
  const [top, bottom] =
    node.area === "all" ? [table.row, last] : node.area === "headers" ? [table.row, table.row] : node.area === "totals" ? [last, last] : [table.row + 1, dataBottom];
  if (node.area === "totals" && !table.totalsRow) throw new XlError("#REF!", t("bench.f.noTotals", { table: table.name }));
  return { sheet: table.sheet, top, bottom, left: Math.min(left, right), right: Math.max(left, right) };
}

/** The cells of a block; a single cell is a single value (Excel hands a one-cell range to a function as its value). */
function readBlock(ctx: FormulaContext, sheet: string, top: number, bottom: number, left: number, right: number): Value {
  const rows = ctx.values(sheet);
  const lastRow = bottom === LAST_ROW ? Math.max(top, rows.length - 1) : bottom;
  let lastColumn = right;
  if (right === 16_383) lastColumn = rows.slice(top, lastRow + 1).reduce((w, r) => Math.max(w, (r?.length ?? 0) - 1), left);
  const out: Matrix = [];
  const formats: Formats = [];
  for (let r = top; r <= lastRow; r++) {
    const row = rows[r] ?? [];
    const cells: Scalar[] = [];
    const fmt: (string | undefined)[] = [];
    for (let c = left; c <= lastColumn; c++) {
      const v = row[c];
      cells.push(v === undefined ? null : v);
      // Only whole numbers can show as dates (cellText), so only their formats are asked for.
      const f = ctx.numberFormat && Number.isInteger(v) ? ctx.numberFormat(sheet, r, c) : undefined;
      fmt.push(f && isDateFormat(f) ? f : undefined);
    }
    out.push(cells);
    formats.push(fmt);
  }
  if (out.length === 1 && out[0].length === 1) return scalarValue(out[0][0], formats[0][0]);
  return matrixValue(out, formats);
}

export function evaluateNode(node: FormulaNode, ctx: FormulaContext): Value {
  const ev = (n: FormulaNode) => evaluateNode(n, ctx);
  switch (node.kind) {
    case "number":
    case "string":
    case "boolean":
      return scalarValue(node.value);
    case "empty":
      return scalarValue(null);
    case "error":
      throw new XlError(node.code as ErrorCode, t("bench.f.errorCell", { code: node.code }));
    case "array":
      return matrixValue(node.rows.map((r) => [...r]));
    case "range":
      return readBlock(ctx, node.sheet ?? ctx.sheet, node.top, node.bottom, node.left, node.right);
    case "table": {
      const range = tableRange(node, ctx);
      if (range.top > range.bottom) return matrixValue([]);
      return readBlock(ctx, range.sheet, range.top, range.bottom, range.left, range.right);
    }
    case "name":
      throw new XlError("#NAME?", t("bench.f.unknownName", { name: node.name }));
    case "unary": {
      const sign = node.op === "-" ? -1 : 1;
      return elementwise([ev(node.operand)], ([a]) => ({ value: sign * toNumber(a.value), format: a.format }));
    }
    case "percent":
      return elementwise([ev(node.operand)], ([a]) => ({ value: toNumber(a.value) / 100 }));
    case "binary": {
      const op = node.op;
      return elementwise([ev(node.left), ev(node.right)], ([a, b]) => ({ value: binaryScalar(op, a.value, b.value), format: binaryFormat(op, a.format, b.format) }));
    }
    case "call":
      return callFunction(node.name, node.args, ev, ctx);
  }
}

/** Runs an evaluation and shapes what it gave as the formula's result: a block to spill, or an error. */
export function resultOf(run: () => Value): FormulaResult {
  try {
    const v = run();
    if (v.kind === "scalar") return v.format ? { ok: true, values: [[v.value]], formats: [[v.format]] } : { ok: true, values: [[v.value]] };
    if (v.value.length === 0) return { ok: true, values: [[null]] };
    return v.formats ? { ok: true, values: v.value, formats: v.formats } : { ok: true, values: v.value };
  } catch (error) {
    if (error instanceof XlError) return { ok: false, code: error.code, message: error.message };
    if (error instanceof FormulaSyntaxError) return { ok: false, code: "#VALUE!", message: error.message };
    // Anything else is an AR.* formula's own error (a FormulaError), shown as Excel would.
    return { ok: false, code: "#VALUE!", message: messageOf(error) };
  }
}
