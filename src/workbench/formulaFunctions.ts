/**
 * The functions a workbench formula can call: the AR.* formulas of the registry, called as Excel calls
 * a custom function; Excel's date functions, IF/IFERROR/IFNA (which evaluate only the branch they
 * need) and INDEX, written here on the domain's date serials; and every other Excel function of
 * @formulajs/formulajs (MIT): SUM, ROUND, MIN, AVERAGE, COUNTIF, PMT, TEXT… TODAY is the date the
 * host passed in, never the clock.
 */
import * as formulajs from "@formulajs/formulajs";
import { daysInMonth, edate, MAX_SERIAL, serialToYmd, ymdToSerial } from "../domain/core";
import { functions, resultDateColumns, FormulaId } from "../functions";
import { t } from "../i18n";
import { errorCodeOf, elementwise, Formats, Matrix, matrixValue, Scalar, scalarValue, toNumber, Value, XlError } from "./formulaValues";
import { ErrorCode, FormulaContext, FormulaNode } from "./formulaTypes";

/** The number format of a date the workbench writes. */
export const DATE_FORMAT = "yyyy-mm-dd";

type Ev = (node: FormulaNode) => Value;
type Native = (args: readonly FormulaNode[], ev: Ev, ctx: FormulaContext, name: string) => Value;

// formulajs returns serials rather than Date objects from its date functions.
formulajs.utils.date.useSerial();

function arity(name: string, args: readonly FormulaNode[], min: number, max: number) {
  if (args.length >= min && args.length <= max) return;
  throw new XlError("#VALUE!", min === max ? t("bench.f.arityExact", { name, count: min }) : t("bench.f.arity", { name, min, max }));
}

/** A single number argument (a one-cell range is one value; a larger one is refused). */
function numberArg(name: string, v: Value): number {
  if (v.kind === "matrix") throw new XlError("#VALUE!", t("bench.f.oneValue", { name }));
  return toNumber(v.value);
}

function dateResult(serial: number): Value {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) throw new XlError("#NUM!", t("bench.f.dateRange"));
  return scalarValue(serial, DATE_FORMAT);
}

/** Excel's DATE: months and days beyond their range roll over; years below 1900 count from 1900. */
function dateSerial(year: number, month: number, day: number): number {
  const y0 = Math.trunc(year) < 1900 ? Math.trunc(year) + 1900 : Math.trunc(year);
  const index = y0 * 12 + Math.trunc(month) - 1;
  const y = Math.floor(index / 12);
  return ymdToSerial(y, index - y * 12 + 1, 1) + Math.trunc(day) - 1;
}

/** The whole-day serial of a date argument (text dates are refused, as operators refuse them). */
function serialArg(name: string, v: Value): number {
  const n = Math.floor(numberArg(name, v));
  if (n < 0 || n > MAX_SERIAL) throw new XlError("#NUM!", t("bench.f.dateRange"));
  return n;
}

function isError(v: Value, only?: ErrorCode): boolean {
  return v.kind === "scalar" && errorCodeOf(v.value) !== undefined && (only === undefined || errorCodeOf(v.value) === only);
}

/** IFERROR and IFNA: the value, or the fallback where it is an error (cell by cell in an array). */
function fallback(only?: ErrorCode): Native {
  return (args, ev, _ctx, name) => {
    arity(name, args, 2, 2);
    let v: Value;
    try {
      v = ev(args[0]);
    } catch (error) {
      if (only !== undefined && !(error instanceof XlError && error.code === only)) throw error;
      return ev(args[1]);
    }
    if (isError(v, only)) return ev(args[1]);
    if (v.kind === "scalar") return v;
    const alt = ev(args[1]);
    return elementwise([v, alt], ([a, b]) => {
      const code = errorCodeOf(a.value);
      return code !== undefined && (only === undefined || code === only) ? b : a;
    });
  };
}

/** A condition as IF takes it: a number (0 is FALSE), TRUE/FALSE, or the text "TRUE"/"FALSE". */
function truthy(v: Scalar): boolean {
  if (typeof v === "string" && errorCodeOf(v) === undefined) {
    if (!/^(true|false)$/i.test(v.trim())) throw new XlError("#VALUE!", t("bench.f.notLogical", { value: v }));
    return v.trim().toLowerCase() === "true";
  }
  return toNumber(v) !== 0;
}

const NATIVE: Record<string, Native> = {
  DATE(args, ev, _ctx, name) {
    if (args.length !== 3) throw new XlError("#VALUE!", t("pane.bench.f.date"));
    const [y, m, d] = args.map((a) => numberArg(name, ev(a)));
    return dateResult(dateSerial(y, m, d));
  },
  TODAY(args, _ev, ctx, name) {
    arity(name, args, 0, 0);
    if (ctx.today === undefined) throw new XlError("#VALUE!", t("bench.f.noToday"));
    return dateResult(ctx.today);
  },
  EDATE(args, ev, _ctx, name) {
    arity(name, args, 2, 2);
    return dateResult(edate(serialArg(name, ev(args[0])), Math.trunc(numberArg(name, ev(args[1])))));
  },
  EOMONTH(args, ev, _ctx, name) {
    arity(name, args, 2, 2);
    const { year, month } = serialToYmd(edate(serialArg(name, ev(args[0])), Math.trunc(numberArg(name, ev(args[1])))));
    return dateResult(ymdToSerial(year, month, daysInMonth(year, month)));
  },
  YEAR: part("year"),
  MONTH: part("month"),
  DAY: part("day"),
  IF(args, ev, _ctx, name) {
    arity(name, args, 2, 3);
    const branch = (k: number): Value => (k < args.length ? (args[k].kind === "empty" ? scalarValue(0) : ev(args[k])) : scalarValue(false));
    const condition = ev(args[0]);
    if (condition.kind === "scalar") return branch(truthy(condition.value) ? 1 : 2);
    const yes = branch(1);
    const no = branch(2);
    return elementwise([condition, yes, no], ([c, a, b]) => {
      const code = errorCodeOf(c.value);
      if (code) return { value: code };
      return truthy(c.value) ? a : b;
    });
  },
  IFERROR: fallback(),
  IFNA: fallback("#N/A"),
  INDEX(args, ev, _ctx, name) {
    arity(name, args, 2, 3);
    const source = ev(args[0]);
    const grid: Matrix = source.kind === "scalar" ? [[source.value]] : source.value;
    const formats: Formats | undefined = source.kind === "scalar" ? [[source.format]] : source.formats;
    const index = (k: number) => (k < args.length && args[k].kind !== "empty" ? Math.trunc(numberArg(name, ev(args[k]))) : undefined);
    let row = index(1);
    let column = index(2);
    const rows = grid.length;
    const columns = grid[0]?.length ?? 0;
    // INDEX(row_of_values, n) picks the n-th value of a single row.
    if (column === undefined && rows === 1) [row, column] = [1, row];
    if ((row ?? 0) < 0 || (column ?? 0) < 0 || (row ?? 0) > rows || (column ?? 0) > columns) {
      throw new XlError("#REF!", t("bench.f.indexRange", { row: row ?? 0, column: column ?? 0, rows, columns }));
    }
    const pickRows = row ? [row - 1] : grid.map((_, r) => r);
    const pickColumns = column ? [column - 1] : Array.from({ length: columns }, (_, c) => c);
    const out = pickRows.map((r) => pickColumns.map((c) => grid[r][c] ?? null));
    const fmt = pickRows.map((r) => pickColumns.map((c) => formats?.[r]?.[c]));
    if (out.length === 1 && out[0].length === 1) return scalarValue(out[0][0], fmt[0][0]);
    return matrixValue(out, fmt);
  },
};

function part(which: "year" | "month" | "day"): Native {
  return (args, ev, _ctx, name) => {
    arity(name, args, 1, 1);
    return elementwise([ev(args[0])], ([a]) => {
      const n = Math.floor(toNumber(a.value));
      if (n < 0 || n > MAX_SERIAL) throw new XlError("#NUM!", t("bench.f.dateRange"));
      return { value: serialToYmd(n)[which] };
    });
  };
}

/** Functions that would read the machine's clock: the workbench offers TODAY() from the host instead. */
const CLOCK = new Set(["NOW"]);

const formulajsErrors = formulajs.utils.errors as unknown as Record<string, Error>;
const ERROR_OBJECTS = new Map<string, Error>(Object.values(formulajsErrors).map((e) => [e.message, e]));

/** An argument as formulajs takes it: arrays as rows of cells, error cells as its error objects. */
function toFormulajs(v: Value): unknown {
  const cell = (x: Scalar) => {
    const code = errorCodeOf(x);
    return code ? (ERROR_OBJECTS.get(code) ?? x) : x;
  };
  return v.kind === "scalar" ? cell(v.value) : v.value.map((r) => r.map(cell));
}

/** A formulajs result as a workbench value: errors thrown with their code, dates as date serials. */
function fromFormulajs(name: string, result: unknown): Value {
  const cell = (x: unknown): { value: Scalar; format?: string } => {
    if (x instanceof Error) return { value: (x.message as ErrorCode) || "#VALUE!" };
    if (x instanceof Date) return { value: ymdToSerial(x.getFullYear(), x.getMonth() + 1, x.getDate()), format: DATE_FORMAT };
    if (typeof x === "number") return { value: Number.isFinite(x) ? x : "#NUM!" };
    if (typeof x === "string" || typeof x === "boolean") return { value: x };
    return { value: null };
  };
  if (result instanceof Error) {
    const code = (errorCodeOf(result.message) ?? "#VALUE!") as ErrorCode;
    throw new XlError(code, t("bench.f.functionError", { name, code }));
  }
  if (Array.isArray(result)) {
    const rows = (result as unknown[]).map((r) => (Array.isArray(r) ? (r as unknown[]) : [r]));
    const grid = result.length > 0 && !Array.isArray(result[0]) ? [result as unknown[]] : rows;
    const cells = grid.map((r) => r.map(cell));
    return matrixValue(
      cells.map((r) => r.map((c) => c.value)),
      cells.map((r) => r.map((c) => c.format)),
    );
  }
  const one = cell(result);
  if (typeof one.value === "string" && errorCodeOf(one.value) && typeof result === "number") throw new XlError("#NUM!", t("bench.f.notFinite"));
  return scalarValue(one.value, one.format);
}

/** formulajs's function for an Excel name ("SUM", "NORM.DIST"), or undefined. */
function formulajsFunction(name: string): ((...args: unknown[]) => unknown) | undefined {
  let at: unknown = formulajs;
  for (const part of name.split(".")) {
    if (at === null || (typeof at !== "object" && typeof at !== "function") || !Object.prototype.hasOwnProperty.call(at, part)) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return typeof at === "function" && name !== "utils" ? (at as (...args: unknown[]) => unknown) : undefined;
}

/** An AR.* formula's arguments as Excel hands them over: values, arrays, and null for an empty argument. */
function callRegistry(id: FormulaId, args: readonly FormulaNode[], ev: Ev): Value {
  const fn = functions[id] as (...xs: unknown[]) => unknown;
  const result = fn(...args.map((a) => (a.kind === "empty" ? null : ev(a).value)));
  const dates = resultDateColumns[id] ?? [];
  if (!Array.isArray(result)) return scalarValue(result as Scalar);
  const rows = (result as unknown[]).map((r) => (Array.isArray(r) ? (r as Scalar[]) : [r as Scalar]));
  const formats = rows.map((r) => r.map((v, c) => (typeof v === "number" && dates.includes(c) ? DATE_FORMAT : undefined)));
  return matrixValue(rows, formats);
}

/** Calls the function `name` with its argument nodes; #NAME? when there is none by that name. */
export function callFunction(name: string, args: readonly FormulaNode[], ev: Ev, ctx: FormulaContext): Value {
  const upper = name.toUpperCase().replace(/^_XLFN\./, "");
  if (upper.startsWith("AR.")) {
    const id = upper.slice(3);
    if (!Object.prototype.hasOwnProperty.call(functions, id)) throw new XlError("#NAME?", t("pane.bench.f.unknown", { name }));
    return callRegistry(id as FormulaId, args, ev);
  }
  const native = Object.prototype.hasOwnProperty.call(NATIVE, upper) ? NATIVE[upper] : undefined;
  if (native) return native(args, ev, ctx, upper);
  if (CLOCK.has(upper)) throw new XlError("#NAME?", t("bench.f.clock", { name: upper }));
  const fn = formulajsFunction(upper);
  if (!fn) throw new XlError("#NAME?", t("pane.bench.f.unknown", { name }));
  const values = args.map((a) => (a.kind === "empty" ? undefined : toFormulajs(ev(a))));
  // Trailing empty arguments are omitted ones; formulajs counts its arguments.
  while (values.length > 0 && values[values.length - 1] === undefined) values.pop();
  let result: unknown;
  try {
    result = fn(...values);
  } catch (error) {
    throw new XlError("#VALUE!", t("bench.f.functionFailed", { name: upper, detail: error instanceof Error ? error.message : String(error) }));
  }
  return fromFormulajs(upper, result);
}
