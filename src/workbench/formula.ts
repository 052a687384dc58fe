/**
 * The workbench's formula language: reads a formula as Excel writes it and evaluates it over the
 * in-memory workbook. It reads A1 cells and ranges (with a sheet, `'My sheet'!A1:B9`, whole columns
 * `A:A`), table references (`Ledger[Open amount]`, `Policy[#All]`, `T[[#Data],[A]:[C]]`), numbers,
 * percent literals (`5%`), strings, TRUE/FALSE, array constants `{30,60,90}`, empty arguments, and the
 * operators + - * / ^ & = <> < > <= >= with Excel's precedence (unary minus above ^, so -2^2 is 4);
 * `,` or `;` separate arguments. No formula library reads Excel's structured references and empty
 * arguments with messages in the user's language, so the parser is ours; the Excel functions come from
 * @formulajs/formulajs (see formulaFunctions.ts). Errors are values: `#VALUE!`, `#NAME?`, `#REF!`,
 * `#DIV/0!`, … with a message.
 */
import { t } from "../i18n";
import { parseCellAddress } from "../workbook/memoryWorkbook";
import { CellValue } from "../workbook/port";
import { evaluateNode, resultOf } from "./formulaEval";
import { FormulaContext, FormulaNode, FormulaResult, FormulaSyntaxError, LAST_ROW, TableArea } from "./formulaTypes";

export * from "./formulaTypes";

const ERROR_LITERAL = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|CALC!)/i;
const COMPARISONS = ["<>", "<=", ">=", "=", "<", ">"] as const;

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): FormulaNode {
    this.skip();
    if (this.text[this.at] === "=") this.at++;
    if (this.peek() === "") return { kind: "empty" };
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
    while (this.text[this.at] === " " || this.text[this.at] === "\n" || this.text[this.at] === "\t") this.at++;
  }

  private peek(): string {
    this.skip();
    return this.text[this.at] ?? "";
  }

  private expect(ch: string) {
    if (this.peek() !== ch) this.fail();
    this.at++;
  }

  /** comparison: concat (op concat)* — the lowest precedence. */
  private expression(): FormulaNode {
    let left = this.concat();
    for (;;) {
      this.skip();
      const op = COMPARISONS.find((o) => this.text.startsWith(o, this.at));
      if (!op) return left;
      this.at += op.length;
      left = { kind: "binary", op, left, right: this.concat() };
    }
  }

  private concat(): FormulaNode {
    let left = this.additive();
    while (this.peek() === "&") {
      this.at++;
      left = { kind: "binary", op: "&", left, right: this.additive() };
    }
    return left;
  }

  private additive(): FormulaNode {
    let left = this.multiplicative();
    for (let ch = this.peek(); ch === "+" || ch === "-"; ch = this.peek()) {
      this.at++;
      left = { kind: "binary", op: ch, left, right: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): FormulaNode {
    let left = this.power();
    for (let ch = this.peek(); ch === "*" || ch === "/"; ch = this.peek()) {
      this.at++;
      left = { kind: "binary", op: ch, left, right: this.power() };
    }
    return left;
  }

  /** ^ is left-associative in Excel: 2^3^2 is 64. */
  private power(): FormulaNode {
    let left = this.percent();
    while (this.peek() === "^") {
      this.at++;
      left = { kind: "binary", op: "^", left, right: this.percent() };
    }
    return left;
  }

  private percent(): FormulaNode {
    let node = this.unary();
    while (this.peek() === "%") {
      this.at++;
      node = { kind: "percent", operand: node };
    }
    return node;
  }

  /** Unary minus binds tighter than ^ (Excel: -2^2 is 4); a minus before a number is kept as a negative number. */
  private unary(): FormulaNode {
    const ch = this.peek();
    if (ch !== "-" && ch !== "+") return this.primary();
    this.at++;
    const operand = this.unary();
    if (ch === "-" && operand.kind === "number") return { kind: "number", value: -operand.value };
    return ch === "+" && operand.kind === "number" ? operand : { kind: "unary", op: ch, operand };
  }

  private primary(): FormulaNode {
    const ch = this.peek();
    if (ch === '"') return { kind: "string", value: this.string() };
    if (ch === "{") return this.array();
    if (ch === "(") {
      this.at++;
      const inner = this.expression();
      this.expect(")");
      return inner;
    }
    if (ch === "#") {
      const m = ERROR_LITERAL.exec(this.text.slice(this.at));
      if (!m) this.fail();
      this.at += m[0].length;
      return { kind: "error", code: m[0].toUpperCase() };
    }
    if (/[0-9.]/.test(ch)) return this.numberOrRows();
    if (ch === "'") {
      const sheet = this.quoted("'");
      this.expect("!");
      return this.reference(sheet);
    }
    const start = this.at;
    const word = this.word();
    if (!word) this.fail();
    if (this.text[this.at] === "(") return this.call(word);
    if (this.text[this.at] === "!") {
      this.at++;
      return this.reference(word);
    }
    if (this.text[this.at] === "[") return this.structured(word);
    if (/^(true|false)$/i.test(word)) return { kind: "boolean", value: word.toLowerCase() === "true" };
    this.at = start;
    return this.reference(undefined);
  }

  private word(): string {
    const m = /^[A-Za-z_\\$][A-Za-z0-9_.$]*/.exec(this.text.slice(this.at));
    if (!m) return "";
    this.at += m[0].length;
    return m[0];
  }

  private number(): number {
    const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(this.text.slice(this.at));
    if (!m) this.fail();
    this.at += m[0].length;
    return Number(m[0]);
  }

  /** A number, or whole rows (`1:3`, which starts like one). */
  private numberOrRows(): FormulaNode {
    const rows = /^\$?(\d+):\$?(\d+)(?![\d.])/.exec(this.text.slice(this.at));
    if (rows) {
      this.at += rows[0].length;
      const a = Number(rows[1]) - 1;
      const b = Number(rows[2]) - 1;
      if (a < 0 || b < 0) this.fail();
      return { kind: "range", sheet: undefined, top: Math.min(a, b), left: 0, bottom: Math.max(a, b), right: 16_383 };
    }
    return { kind: "number", value: this.number() };
  }

  private string(): string {
    return this.quoted('"');
  }

  /** Text between `quote`s, a doubled quote standing for one. */
  private quoted(quote: string): string {
    this.at++;
    let out = "";
    for (;;) {
      if (this.at >= this.text.length) this.fail();
      const ch = this.text[this.at++];
      if (ch !== quote) out += ch;
      else if (this.text[this.at] === quote) {
        out += quote;
        this.at++;
      } else return out;
    }
  }

  private array(): FormulaNode {
    this.at++;
    const rows: CellValue[][] = [[]];
    for (;;) {
      let ch = this.peek();
      let sign = 1;
      if (ch === "-" || ch === "+") {
        sign = ch === "-" ? -1 : 1;
        this.at++;
        ch = this.peek();
      }
      if (ch === '"' && sign === 1) rows[rows.length - 1].push(this.string());
      else if (/[0-9.]/.test(ch)) rows[rows.length - 1].push(sign * this.number());
      else {
        const word = this.word();
        if (!/^(true|false)$/i.test(word) || sign !== 1) this.fail();
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
      const ch = this.peek();
      args.push(ch === "," || ch === ";" || ch === ")" ? { kind: "empty" } : this.expression());
      const next = this.peek();
      this.at++;
      if (next === ")") return { kind: "call", name, args };
      if (next !== "," && next !== ";") {
        this.at--;
        this.fail();
      }
    }
  }

  /** A1, A1:B9, A:A, 1:3 after an optional sheet. */
  private reference(sheet: string | undefined): FormulaNode {
    const start = this.at;
    const rows = /^\$?(\d+):\$?(\d+)/.exec(this.text.slice(this.at));
    if (rows) {
      const node = this.numberOrRows();
      return node.kind === "range" ? { ...node, sheet } : this.fail();
    }
    const a = this.word();
    if (!a) this.fail();
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
      // A lone word that is no cell is a name (a defined name, or a misspelt function): #NAME? when evaluated.
      // Letters then digits (ZZZZ1) look like a cell and are refused as one.
      if (!colon && sheet === undefined && /^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(a) && !/^[A-Za-z]+\d+$/.test(a)) return { kind: "name", name: a };
      this.at = start;
      throw new FormulaSyntaxError(t("pane.bench.f.badRef", { text: b === a ? a : `${a}:${b}` }));
    }
    return { kind: "range", sheet, top: Math.min(p.row, q.row), left: Math.min(p.column, q.column), bottom: Math.max(p.row, q.row), right: Math.max(p.column, q.column) };
  }

  /** Table[Column], Table[#All], Table[], Table[[#Data],[First]:[Last]]. */
  private structured(table: string): FormulaNode {
    this.at++; // [
    let area: TableArea = "data";
    const columns: string[] = [];
    const item = (text: string) => {
      const special = /^#(all|data|headers|totals)$/i.exec(text.trim());
      if (special) area = special[1].toLowerCase() as TableArea;
      else if (/^#/.test(text.trim())) throw new FormulaSyntaxError(t("bench.f.tableItem", { item: text.trim(), table }));
      else columns.push(text);
    };
    if (this.peek() === "]") {
      this.at++;
      return { kind: "table", table, area };
    }
    if (this.text[this.at] === "[") {
      for (;;) {
        this.expect("[");
        item(this.bracketed());
        const next = this.peek();
        this.at++;
        if (next === "]") break;
        if (next === ":") {
          this.expect("[");
          item(this.bracketed());
          this.expect("]");
          break;
        }
        if (next !== ",") {
          this.at--;
          this.fail();
        }
      }
    } else item(this.bracketed());
    if (columns.length > 2) this.fail();
    return { kind: "table", table, area, first: columns[0], last: columns[1] ?? columns[0] };
  }

  /** A column name up to its closing bracket (read past it); `'` escapes [ ] # and ' in a name. */
  private bracketed(): string {
    let out = "";
    for (;;) {
      if (this.at >= this.text.length) this.fail();
      const ch = this.text[this.at++];
      if (ch === "'" && this.at < this.text.length) out += this.text[this.at++];
      else if (ch === "]") return out;
      else if (ch === "[") {
        this.at--;
        this.fail();
      } else out += ch;
    }
  }
}

/** Parses a formula (with or without its leading "="); throws FormulaSyntaxError. */
export function parseFormula(text: string): FormulaNode {
  return new Parser(text).parse();
}

/**
 * Evaluates a formula on a sheet: a matrix to spill (with the number formats of its date cells), or
 * an error value with its message.
 *
 * @example
 * evaluateFormula("=DATE(2026,11,25)", ctx) //=> { ok: true, values: [[46351]], formats: [["yyyy-mm-dd"]] }
 */
export function evaluateFormula(text: string, ctx: FormulaContext): FormulaResult {
  let node: FormulaNode;
  try {
    node = parseFormula(text);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return { ok: false, code: "#VALUE!", message: error.message };
    throw error;
  }
  return resultOf(() => evaluateNode(node, ctx));
}
