/**
 * The workbench's formula bar: parses a formula such as `=AR.AGING(A2:A500,E2:E500,DATE(2026,11,25))`
 * and evaluates it through the `functions` registry, as Excel would call the custom function. Supports
 * A1 cells and ranges (with a sheet, `'My sheet'!A1:B9`, and whole columns `A:A`), numbers, strings,
 * TRUE/FALSE, array constants `{30,60,90}`, DATE(y,m,d) and empty arguments; `,` or `;` separate
 * arguments. Errors are values: `#VALUE!` (or `#NAME?`) with a message.
 */
import { ymdToSerial } from "../domain/core";
import { functions, FormulaId } from "../functions";
import { messageOf } from "../functions/errors";
import { t } from "../i18n";
import { parseCellAddress } from "../workbook/memoryWorkbook";
import { CellValue } from "../workbook/port";

export type FormulaNode =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "empty" }
  | { readonly kind: "array"; readonly rows: CellValue[][] }
  | { readonly kind: "range"; readonly sheet?: string; readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly FormulaNode[] };

export type FormulaResult =
  | { readonly ok: true; readonly values: CellValue[][] }
  | { readonly ok: false; readonly code: "#VALUE!" | "#NAME?" | "#SPILL!"; readonly message: string };

/** A formula that cannot be read; the message names the position (1-based) and what was found. */
export class FormulaSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormulaSyntaxError";
  }
}

/** Whole-column ranges end at this row when the sheet is not asked (Excel's last row). */
const LAST_ROW = 1_048_575;

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): FormulaNode {
    this.skip();
    if (this.text[this.at] === "=") this.at++;
    const node = this.expression();
    this.skip();
    if (this.at < this.text.length) this.fail();
    return node;
  }

  private fail(): never {
    const found = this.at < this.text.length ? this.text.slice(this.at, this.at + 10) : t("pane.bench.f.end");
    throw new FormulaSyntaxError(t("pane.bench.f.syntax", { position: this.at + 1, found }));
  }

  private skip() {
    while (this.text[this.at] === " ") this.at++;
  }

  private peek(): string {
    this.skip();
    return this.text[this.at] ?? "";
  }

  private expect(ch: string) {
    if (this.peek() !== ch) this.fail();
    this.at++;
  }

  private expression(): FormulaNode {
    const ch = this.peek();
    if (ch === "," || ch === ";" || ch === ")" || ch === "") return { kind: "empty" };
    if (ch === '"') return { kind: "string", value: this.string() };
    if (ch === "{") return this.array();
    if (/[0-9.+-]/.test(ch)) return { kind: "number", value: this.number() };
    if (ch === "'") {
      const sheet = this.quotedSheet();
      this.expect("!");
      return this.range(sheet);
    }
    const word = this.word();
    if (!word) this.fail();
    if (this.peek() === "(") return this.call(word);
    if (this.text[this.at] === "!") {
      this.at++;
      return this.range(word);
    }
    if (/^(true|false)$/i.test(word)) return { kind: "boolean", value: word.toLowerCase() === "true" };
    return this.range(undefined, word);
  }

  private word(): string {
    const m = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(this.text.slice(this.at));
    if (!m) return "";
    this.at += m[0].length;
    return m[0];
  }

  private number(): number {
    const m = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(this.text.slice(this.at));
    if (!m) this.fail();
    this.at += m[0].length;
    return Number(m[0]);
  }

  private string(): string {
    this.at++;
    let out = "";
    for (;;) {
      if (this.at >= this.text.length) this.fail();
      const ch = this.text[this.at++];
      if (ch !== '"') out += ch;
      else if (this.text[this.at] === '"') {
        out += '"';
        this.at++;
      } else return out;
    }
  }

  private quotedSheet(): string {
    this.at++;
    let out = "";
    for (;;) {
      if (this.at >= this.text.length) this.fail();
      const ch = this.text[this.at++];
      if (ch !== "'") out += ch;
      else if (this.text[this.at] === "'") {
        out += "'";
        this.at++;
      } else return out;
    }
  }

  private array(): FormulaNode {
    this.at++;
    const rows: CellValue[][] = [[]];
    for (;;) {
      const ch = this.peek();
      if (ch === '"') rows[rows.length - 1].push(this.string());
      else if (/[0-9.+-]/.test(ch)) rows[rows.length - 1].push(this.number());
      else {
        const word = this.word();
        if (!/^(true|false)$/i.test(word)) this.fail();
        rows[rows.length - 1].push(word.toLowerCase() === "true");
      }
      const next = this.peek();
      this.at++;
      if (next === "}") return { kind: "array", rows };
      if (next === ";") rows.push([]);
      else if (next !== ",") {
        this.at--;
        this.fail();
      }
    }
  }

  private call(name: string): FormulaNode {
    this.expect("(");
    const args: FormulaNode[] = [];
    if (this.peek() === ")") {
      this.at++;
      return { kind: "call", name, args };
    }
    for (;;) {
      args.push(this.expression());
      const next = this.peek();
      this.at++;
      if (next === ")") return { kind: "call", name, args };
      if (next !== "," && next !== ";") {
        this.at--;
        this.fail();
      }
    }
  }

  /** A1, A1:B9, A:A, with an optional sheet already read; `first` is the first reference when already read. */
  private range(sheet: string | undefined, first?: string): FormulaNode {
    const start = this.at;
    const a = first ?? this.word();
    let b = a;
    const colon = this.text[this.at] === ":";
    if (colon) {
      this.at++;
      b = this.word();
    }
    const column = (ref: string) => (/^\$?[A-Za-z]{1,3}$/.test(ref) ? parseCellAddress(`${ref.replace("$", "")}1`)?.column : undefined);
    const ca = column(a);
    const cb = column(b);
    if (colon && ca !== undefined && cb !== undefined) {
      return { kind: "range", sheet, top: 0, left: Math.min(ca, cb), bottom: LAST_ROW, right: Math.max(ca, cb) };
    }
    const p = parseCellAddress(a);
    const q = parseCellAddress(b);
    if (!p || !q) {
      this.at = start;
      throw new FormulaSyntaxError(t("pane.bench.f.badRef", { text: b === a ? a : `${a}:${b}` }));
    }
    return { kind: "range", sheet, top: Math.min(p.row, q.row), left: Math.min(p.column, q.column), bottom: Math.max(p.row, q.row), right: Math.max(p.column, q.column) };
  }
}

/** Parses a formula (with or without its leading "="); throws FormulaSyntaxError. */
export function parseFormula(text: string): FormulaNode {
  return new Parser(text).parse();
}

/** What a formula can read: the cells of a sheet (rows from A1) and the sheet it sits on. */
export interface FormulaContext {
  readonly sheet: string;
  values(sheet: string): readonly (readonly CellValue[])[];
}

class NameError extends Error {}

/** Excel's DATE: months and days beyond their range roll over. */
function dateSerial(year: number, month: number, day: number): number {
  const index = Math.trunc(year) * 12 + Math.trunc(month) - 1;
  const y = Math.floor(index / 12);
  return ymdToSerial(y, index - y * 12 + 1, 1) + Math.trunc(day) - 1;
}

function evaluateNode(node: FormulaNode, ctx: FormulaContext): unknown {
  switch (node.kind) {
    case "number":
    case "string":
    case "boolean":
      return node.value;
    case "empty":
      return null;
    case "array":
      return node.rows;
    case "range": {
      const rows = ctx.values(node.sheet ?? ctx.sheet);
      const bottom = Math.min(node.bottom, node.top === 0 && node.bottom === LAST_ROW ? Math.max(0, rows.length - 1) : node.bottom);
      const out: CellValue[][] = [];
      for (let r = node.top; r <= bottom; r++) {
        const row = rows[r] ?? [];
        const cells: CellValue[] = [];
        for (let c = node.left; c <= node.right; c++) cells.push(row[c] === undefined ? null : row[c]);
        out.push(cells);
      }
      return out.length === 1 && out[0].length === 1 ? out[0][0] : out;
    }
    case "call": {
      const args = node.args.map((a) => evaluateNode(a, ctx));
      const name = node.name.toUpperCase();
      if (name === "DATE") {
        const nums = args.map((a) => (Array.isArray(a) ? NaN : Number(a)));
        if (nums.length !== 3 || nums.some((n) => !Number.isFinite(n))) throw new Error(t("pane.bench.f.date"));
        return dateSerial(nums[0], nums[1], nums[2]);
      }
      const id = name.startsWith("AR.") ? name.slice(3) : "";
      if (!(id in functions)) throw new NameError(t("pane.bench.f.unknown", { name: node.name }));
      const fn = functions[id as FormulaId] as (...xs: unknown[]) => unknown;
      return fn(...args);
    }
  }
}

/**
 * Evaluates a formula on a sheet: a matrix to spill, or an error value with its message.
 *
 * @example
 * evaluateFormula("=DATE(2026,11,25)", ctx) //=> { ok: true, values: [[46351]] }
 */
export function evaluateFormula(text: string, ctx: FormulaContext): FormulaResult {
  try {
    const value = evaluateNode(parseFormula(text), ctx);
    if (!Array.isArray(value)) return { ok: true, values: [[value as CellValue]] };
    const rows = (value as unknown[]).map((row) => (Array.isArray(row) ? (row as CellValue[]) : [row as CellValue]));
    return { ok: true, values: rows.length === 0 ? [[null]] : rows };
  } catch (error) {
    if (error instanceof NameError) return { ok: false, code: "#NAME?", message: error.message };
    if (error instanceof FormulaSyntaxError) return { ok: false, code: "#VALUE!", message: error.message };
    // Plain Errors are ours (DATE's); anything else is a formula's own error, shown as Excel would.
    return { ok: false, code: "#VALUE!", message: error instanceof Error && error.constructor === Error ? error.message : messageOf(error) };
  }
}
