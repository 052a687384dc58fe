import { CellInput, isBlank, parseAmountColumn, parseDateColumn, MAX_SERIAL, Serial, toMinor } from "../domain/core";
import { fail, failArg, failAt } from "./errors";

/**
 * Argument coercion shared by every AR.* formula: Excel hands over plain values and 2D arrays, with
 * `null` (or nothing) for an omitted optional argument. Each reader names the argument in its message.
 */

export type Scalar = string | number | boolean | null;
export type Matrix = Scalar[][];

/** True when an optional argument was omitted or left blank. */
export function isOmitted(arg: unknown): boolean {
  if (arg === undefined || arg === null) return true;
  if (Array.isArray(arg)) return arg.every((row) => (Array.isArray(row) ? row.every((c) => isBlank(c as CellInput)) : isBlank(row as CellInput)));
  return isBlank(arg as CellInput);
}

/** A range or array argument as one list of cells: a single row or a single column (or one value). */
export function vector(arg: unknown, name: string): CellInput[] {
  if (!Array.isArray(arg)) return [arg as CellInput];
  const rows = arg as unknown[][];
  if (rows.length === 0) return [];
  if (!Array.isArray(rows[0])) return rows as unknown as CellInput[];
  const columns = rows[0].length;
  if (columns === 1) {
    const out = new Array<CellInput>(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = rows[i][0] as CellInput;
    return out;
  }
  if (rows.length === 1) return rows[0] as CellInput[];
  return fail("arg.notAVector", { arg: name, rows: rows.length, columns });
}

/**
 * A single-value argument (a one-cell range is accepted too, an empty one is blank). A larger range is
 * refused with its size: it must be one value, whether it is a row, a column or a block.
 */
export function scalar(arg: unknown, name: string): CellInput {
  if (!Array.isArray(arg)) return arg as CellInput;
  const grid = arg.length > 0 && Array.isArray(arg[0]);
  const rows = grid ? arg.length : 1;
  const columns = grid ? (arg[0] as unknown[]).length : arg.length;
  if (rows * columns === 0) return null;
  if (rows === 1 && columns === 1) return (grid ? (arg[0] as unknown[])[0] : arg[0]) as CellInput;
  return fail("arg.notAValue", { arg: name, rows, columns });
}

/** A required date argument as a serial. */
export function requiredDate(arg: unknown, name: string): Serial {
  const cell = scalar(arg, name);
  if (isBlank(cell)) return fail("arg.required", { arg: name });
  const parsed = parseDateColumn([cell]);
  if (parsed.errors.length > 0) return failArg(name, parsed.errors[0].problem);
  return parsed.values[0];
}

/** An optional number argument; `fallback` when omitted. Text is refused with a message. */
export function optionalNumber(arg: unknown, name: string, fallback: number): number {
  if (isOmitted(arg)) return fallback;
  const cell = scalar(arg, name);
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  return fail("arg.notANumber", { arg: name, text: String(cell) });
}

/**
 * An optional rate argument (annual_rate): as optionalNumber, but a percentage typed as text ('8%') gets
 * the hint that rates are numbers such as 8% or 0.08. Only rates get it: on an amount or a count it misleads.
 */
export function optionalRate(arg: unknown, name: string, fallback: number): number {
  const cell = isOmitted(arg) ? null : scalar(arg, name);
  if (typeof cell === "string" && /%\s*$/.test(cell)) return fail("arg.textPercent", { arg: name, text: cell });
  return optionalNumber(arg, name, fallback);
}

/** A required number argument. */
export function requiredNumber(arg: unknown, name: string): number {
  if (isOmitted(arg)) return fail("arg.required", { arg: name });
  return optionalNumber(arg, name, NaN);
}

/** An optional TRUE/FALSE argument (1 and 0 are accepted, as Excel does). */
export function optionalBoolean(arg: unknown, name: string, fallback: boolean): boolean {
  if (isOmitted(arg)) return fallback;
  const cell = scalar(arg, name);
  if (typeof cell === "boolean") return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  if (typeof cell === "string" && /^(true|false)$/i.test(cell.trim())) return cell.trim().toLowerCase() === "true";
  return fail("arg.notABoolean", { arg: name, text: String(cell) });
}

/** An optional list of whole numbers (blank cells skipped), e.g. bucket_days. */
export function optionalWholeNumbers(arg: unknown, name: string, fallback: readonly number[]): readonly number[] {
  if (isOmitted(arg)) return fallback;
  const out: number[] = [];
  for (const cell of vector(arg, name)) {
    if (isBlank(cell)) continue;
    if (typeof cell !== "number") return fail("arg.notANumber", { arg: name, text: String(cell) });
    out.push(cell);
  }
  return out;
}

/** A lined-up column: its name and its cells. */
export interface NamedColumn {
  readonly name: string;
  readonly cells: CellInput[];
}

/** Checks that lined-up columns have the same number of cells; the message names both sizes. */
export function checkLinedUp(columns: readonly NamedColumn[]): void {
  const [first, ...rest] = columns;
  for (const c of rest) {
    if (c.cells.length !== first.cells.length) fail("arg.sizeMismatch", { arg: first.name, size: first.cells.length, other: c.name, otherSize: c.cells.length });
  }
}

/**
 * The fast path for lined-up amount and date columns: when each argument is an n×1 range of plain
 * numbers (how Excel hands over a clean ledger), they are parsed in one pass straight from the
 * matrices. Returns null as soon as any cell needs the general reader (text, blank, an error value, a
 * serial out of range, ranges that do not line up), which then names the row; the results are the same.
 */
export function numericColumns(columns: readonly { readonly arg: unknown; readonly kind: "amount" | "date" }[]): Float64Array[] | null {
  const matrices: unknown[][][] = [];
  for (const c of columns) {
    if (!Array.isArray(c.arg) || !Array.isArray(c.arg[0]) || c.arg[0].length !== 1) return null;
    matrices.push(c.arg as unknown[][]);
  }
  const n = matrices[0].length;
  if (matrices.some((m) => m.length !== n)) return null;
  const out: Float64Array[] = [];
  for (let k = 0; k < columns.length; k++) {
    const m = matrices[k];
    const values = new Float64Array(n);
    if (columns[k].kind === "amount") {
      for (let i = 0; i < n; i++) {
        const v = m[i][0];
        if (typeof v !== "number") return null;
        const minor = toMinor(v);
        if (minor !== minor) return null; // NaN: too large to hold exactly
        values[i] = minor;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const v = m[i][0];
        if (typeof v !== "number") return null;
        const day = Math.floor(v);
        if (!(day >= 1 && day <= MAX_SERIAL)) return null;
        values[i] = day;
      }
    }
    out.push(values);
  }
  return out;
}

/** What a lined-up column holds. */
export type ColumnKind = "amount" | "date" | "any";

export interface ColumnSpec extends NamedColumn {
  readonly kind: ColumnKind;
  /** A used row must have this cell filled in. */
  readonly required: boolean;
}

export interface LinedUpColumns {
  /** 1 for a row that is used; 0 for a row whose lined-up cells are all blank. */
  readonly used: Uint8Array;
  /** Per column, in spec order: minor units for amounts, serials for dates, null for "any". */
  readonly parsed: (Float64Array | null)[];
}

/**
 * Reads lined-up columns. A row is ignored only when every lined-up cell of it is blank; otherwise every
 * required cell must be filled and every amount and date must parse. The first bad row, whatever the
 * column, fails with its row number and the argument's name.
 */
export function readLinedUp(specs: readonly ColumnSpec[]): LinedUpColumns {
  checkLinedUp(specs);
  const n = specs[0].cells.length;
  const parsed = specs.map((s) => (s.kind === "amount" ? parseAmountColumn(s.cells) : s.kind === "date" ? parseDateColumn(s.cells) : null));
  let firstBad: { index: number; column: number } | null = null;
  parsed.forEach((p, k) => {
    const e = p?.errors[0];
    if (e && (!firstBad || e.index < firstBad.index)) firstBad = { index: e.index, column: k };
  });
  const bad = firstBad as { index: number; column: number } | null;
  const values = parsed.map((p) => p?.values ?? null);
  const used = new Uint8Array(n);
  // Above the first bad row a parsed amount or date is NaN only where its cell is blank, so only the
  // "any" columns need looking at; one plain loop, as it runs once per row of up to 1,048,576.
  for (let i = 0, end = bad ? bad.index : n; i < end; i++) {
    let filled = -1;
    let blankRequired = -1;
    for (let k = 0; k < specs.length; k++) {
      const v = values[k];
      const blank = v ? Number.isNaN(v[i]) : isBlank(specs[k].cells[i]);
      if (!blank) {
        if (filled < 0) filled = k;
      } else if (blankRequired < 0 && specs[k].required) blankRequired = k;
    }
    if (filled < 0) continue;
    if (blankRequired >= 0) fail("arg.blankCell", { row: i + 1, arg: specs[blankRequired].name, other: specs[filled].name });
    used[i] = 1;
  }
  if (bad) failAt(specs[bad.column].name, parsed[bad.column]!.errors[0]);
  return { used, parsed: values };
}

/**
 * The lined-up amounts (minor units) and due dates (serials) of AR.AGING and AR.PROVISION, with an
 * optional key column checked beside them: in one pass when the ranges hold only numbers.
 */
export function readAmountsAndDueDates(amounts: unknown, dueDates: unknown, groupCells?: CellInput[]): Float64Array[] {
  const fast = numericColumns([
    { arg: amounts, kind: "amount" },
    { arg: dueDates, kind: "date" },
  ]);
  if (fast) return fast;
  const specs: ColumnSpec[] = [
    { name: "amounts", cells: vector(amounts, "amounts"), kind: "amount", required: true },
    { name: "due_dates", cells: vector(dueDates, "due_dates"), kind: "date", required: true },
  ];
  if (groupCells) specs.push({ name: "group_by", cells: groupCells, kind: "any", required: false });
  const { parsed } = readLinedUp(specs);
  return [parsed[0]!, parsed[1]!];
}
