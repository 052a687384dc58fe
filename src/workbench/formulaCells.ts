/**
 * The formulas typed into the workbench grid: each kept with its cell, evaluated (see formula.ts) and
 * spilled into the cells below and to the right, as Excel's dynamic arrays do, with a date format on
 * the cells that hold dates. A spill that would cover filled cells gives #SPILL!. Every edit
 * recalculates every formula, in entry order.
 */
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { CellValue } from "../workbook/port";
import { t } from "../i18n";
import { evaluateFormula, FormulaResult } from "./formula";
import { publishRates } from "./workbookRates";

export interface FormulaCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly result: FormulaResult;
  /** The block last written (1 × 1 for an error). */
  readonly written: readonly (readonly CellValue[])[];
  /** The number formats the cells of the block had before, when the formula gave some of them one. */
  readonly previousFormats?: readonly (readonly string[])[];
}

export interface FormulaCellsOptions {
  /** Today's date as a serial, for TODAY(): the host reads its clock and passes it in. */
  readonly today?: number;
}

const keyOf = (sheet: string, row: number, column: number) => `${sheet}\u0000${row}\u0000${column}`;

/** What typed text means as a plain value: a number, TRUE/FALSE, or text; blank is empty. */
export function literalValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return Number(trimmed);
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  return text;
}

export class FormulaCells {
  private readonly cells = new Map<string, FormulaCell>();

  constructor(
    private readonly workbook: MemoryWorkbook,
    private readonly options: FormulaCellsOptions = {},
  ) {}

  at(sheet: string, row: number, column: number): FormulaCell | undefined {
    return this.cells.get(keyOf(sheet, row, column));
  }

  /** Enters what the user typed in a cell: a formula (starting with "=") or a value. */
  enter(sheet: string, row: number, column: number, text: string): void {
    const key = keyOf(sheet, row, column);
    const previous = this.cells.get(key);
    if (previous) this.clear(previous);
    if (text.trim().startsWith("=")) {
      this.cells.delete(key);
      this.cells.set(key, this.compute(sheet, row, column, text.trim()));
    } else {
      this.cells.delete(key);
      this.workbook.setValues(sheet, row, column, [[literalValue(text)]]);
    }
    this.recalculate(key);
  }

  /** Re-evaluates every formula except `skip`, in the order they were entered. */
  recalculate(skip?: string): void {
    for (const [key, cell] of [...this.cells]) {
      if (key === skip) continue;
      this.clear(cell);
      this.cells.set(key, this.compute(cell.sheet, cell.row, cell.column, cell.text));
    }
  }

  /** Empties the cells the formula wrote, except those the user has typed over since. */
  private clear(cell: FormulaCell) {
    const grid = this.workbook.values(cell.sheet);
    cell.written.forEach((values, r) =>
      values.forEach((v, c) => {
        if (grid[cell.row + r]?.[cell.column + c] === v) this.workbook.setValues(cell.sheet, cell.row + r, cell.column + c, [[null]]);
      }),
    );
    if (cell.previousFormats) {
      const current = cell.previousFormats.map((row, r) => row.map((_, c) => grid[cell.row + r]?.[cell.column + c] ?? null));
      this.workbook.setValues(cell.sheet, cell.row, cell.column, current, cell.previousFormats);
    }
  }

  private compute(sheet: string, row: number, column: number, text: string): FormulaCell {
    publishRates(this.workbook);
    const wb = this.workbook;
    let result = evaluateFormula(text, {
      sheet,
      values: (name) => wb.values(name),
      tables: () => wb.tables(),
      numberFormat: (name, r, c) => wb.numberFormat(name, r, c),
      today: this.options.today,
    });
    if (result.ok && this.blocked(sheet, row, column, result.values)) result = { ok: false, code: "#SPILL!", message: t("pane.bench.f.spill") };
    const values = result.ok ? result.values : [[result.code]];
    const width = values.reduce((w, r) => Math.max(w, r.length), 0);
    const block = values.map((r) => Array.from({ length: width }, (_, c) => (r[c] === undefined ? null : r[c])));
    const dates = result.ok ? result.formats : undefined;
    const previousFormats = dates ? block.map((r, i) => r.map((_, c) => wb.numberFormat(sheet, row + i, column + c))) : undefined;
    const formats = dates && previousFormats ? previousFormats.map((r, i) => r.map((f, c) => dates[i]?.[c] ?? f)) : undefined;
    wb.setValues(sheet, row, column, block, formats);
    return { sheet, row, column, text, result, written: block, previousFormats };
  }

  private blocked(sheet: string, row: number, column: number, values: CellValue[][]): boolean {
    const grid = this.workbook.values(sheet);
    for (let r = 0; r < values.length; r++)
      for (let c = 0; c < values[r].length; c++) {
        if (r === 0 && c === 0) continue;
        const v = grid[row + r]?.[column + c];
        if (v !== null && v !== undefined && v !== "") return true;
        if (this.cells.has(keyOf(sheet, row + r, column + c))) return true;
      }
    return false;
  }
}
