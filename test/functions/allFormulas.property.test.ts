import fc from "fast-check";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { functions } from "../../src/functions";
import { FormulaError } from "../../src/functions/errors";
import { hasMessage, Lang, LANGUAGES, setLanguage, t } from "../../src/i18n";

/*
 * Every registered AR.* formula, called with arguments of every shape and value, answers with a result
 * or with the project's own message naming what is wrong: never the catch-all message, never an
 * exception of another kind (Excel would show a bare #VALUE!), never NaN or Infinity in a cell.
 *
 * The formulas and their parameters are read from the registry and the JSDoc of src/functions/*.ts, so
 * a new formula is covered without editing this file. Values are drawn from a pool of hostile cells and
 * from "plausible" values guessed from the parameter's name, so that calls get past the first argument
 * check and reach the domain.
 */

interface Param {
  readonly name: string;
  readonly optional: boolean;
  /** Typed `any[][]` in the wrapper: a range is expected. */
  readonly range: boolean;
}

const FUNCTIONS_DIR = join(__dirname, "../../src/functions");

/** The parameters of each @customfunction, from its JSDoc @param lines and its TypeScript signature. */
function readSignatures(): Map<string, Param[]> {
  const out = new Map<string, Param[]>();
  for (const file of readdirSync(FUNCTIONS_DIR).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(join(FUNCTIONS_DIR, file), "utf8");
    for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export function \w+\(([^)]*)\)/g)) {
      const id = /@customfunction\s+(\w+)/.exec(m[1])?.[1];
      if (!id) continue;
      const docNames = [...m[1].matchAll(/@param\s+(\[)?(\w+)\]?/g)].map((p) => ({ name: p[2], optional: p[1] === "[" }));
      const typed = m[2].split(",").map((s) => s.trim()).filter(Boolean).map((s) => /^(\w+)\??\s*:\s*(.+)$/.exec(s)!);
      expect(typed.map((s) => s[1])).toEqual(docNames.map((p) => p.name));
      out.set(id, docNames.map((p, i) => ({ ...p, range: /\[\]\[\]/.test(typed[i][2]) })));
    }
  }
  return out;
}

type Cell = unknown;
type Matrix = Cell[][];

const ERROR_VALUES = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"];

/** An error value as Excel hands it to a function that captures calculation errors: a CustomFunctions.Error. */
class CalculationError extends Error {
  constructor(readonly code: string) {
    super("");
    this.name = "CustomFunctions.Error";
  }
}

/** Cells no formula should choke on. */
const hostile: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom<Cell>(0, -0, 1, -1, 0.5, -0.5, 0.005, 1.005, -2.675, 1e-7, 1e-300, 5e-324, 1e15, 9e13, 9.1e13, 1e16, 1e21, 1e300, -1e300, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MAX_SAFE_INTEGER),
  fc.constantFrom<Cell>(NaN, Infinity, -Infinity),
  fc.constantFrom<Cell>("NaN", "1e999", "-1e999", "Infinity", "-Infinity", "1e308", "0x10", "8%", "0.08", "12", "-5", "1,234.56", "1.234,56", "31/05/2025", "2025-05-31", "abc", "{text}", "'", "%"),
  fc.constantFrom<Cell>(null, undefined, "", " ", "\u00a0", "\t"),
  fc.constantFrom<Cell>(true, false, "TRUE", "false"),
  fc.constantFrom<Cell>(...ERROR_VALUES),
  fc.constantFrom(...ERROR_VALUES).map((code) => new CalculationError(code)),
  fc.constantFrom<Cell>("monthly", "weekly", "Z", "Z1", "Z2", "z''", "Customer"),
  fc.double({ noNaN: false }),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.string({ maxLength: 6 }),
);

const money = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 10_000_000 }).map((c) => c / 100) },
  { weight: 2, arbitrary: fc.integer({ min: -100_000, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e16, max: 1e16, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 0.004, 0.005, 1e-9, 90_071_992_547_409, 90_071_992_547_410, 1e15) },
);
const date = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 44_000, max: 48_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2_958_465 }) }, { weight: 1, arbitrary: fc.double({ min: 44_000, max: 48_000, noNaN: true }) });

/** The value a parameter usually gets, guessed from its name; anything unknown gets amounts. */
function plausibleCell(name: string): fc.Arbitrary<Cell> {
  if (/date|as_of/.test(name)) return date;
  if (/rate/.test(name)) return fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 300 }).map((b) => b / 1000) }, { weight: 2, arbitrary: fc.constantFrom(0, 0.05, 0.08, 1, 10, 100, 1e6) }, { weight: 1, arbitrary: fc.double({ min: -1, max: 1e6, noNaN: true }) });
  if (/installments|periods|count/.test(name)) return fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 60 }) }, { weight: 2, arbitrary: fc.constantFrom(0, 1, 2, 360, 1199, 1200, 1201) }, { weight: 1, arbitrary: fc.double({ min: -10, max: 2000, noNaN: true }) });
  if (/frequency/.test(name)) return fc.constantFrom<Cell>(12, 4, 26, 52, "monthly", "quarterly", "biweekly", "weekly", "Wöchentlich", 13);
  if (/days/.test(name)) return fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 120 }) }, { weight: 1, arbitrary: fc.double({ min: -10, max: 1e6, noNaN: true }) });
  if (/headers|b2c/.test(name)) return fc.oneof(fc.boolean(), fc.constantFrom<Cell>(0, 1, "TRUE"));
  if (/score/.test(name)) return fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 300, max: 900 }) }, { weight: 1, arbitrary: fc.double({ min: -1e3, max: 1e4, noNaN: true }) });
  if (/model/.test(name)) return fc.constantFrom<Cell>("Z", "Z1", "Z2", "Z′", "Z''", " z2 ");
  if (/group|customer|key/.test(name)) return fc.constantFrom<Cell>("Rossi", "Müller", " rossi ", "Rossi", "", null, 42, true);
  if (/total_|assets|liabilities/.test(name)) return fc.oneof({ weight: 6, arbitrary: money }, { weight: 1, arbitrary: fc.double({ min: 1e-300, max: 1e300, noNaN: true }) });
  return money;
}

/** A matrix of `rows` × `columns` cells. */
const matrixOf = (cell: fc.Arbitrary<Cell>, rows: number, columns: number): fc.Arbitrary<Matrix> =>
  fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });

/** A policy-like table: a header row (usually the policy's columns, maybe shuffled or short), then bands. */
function tableArg(): fc.Arbitrary<Matrix> {
  const columns = ["min_score", "income_pct", "max_dti", "max_limit", "step"];
  const header = fc.oneof(
    { weight: 4, arbitrary: fc.constant(columns) },
    { weight: 2, arbitrary: fc.shuffledSubarray([...columns, "note"], { minLength: 5 }) },
    { weight: 1, arbitrary: fc.shuffledSubarray([...columns, "level", "min_days_overdue", "min_days_since_last", "Score"], { minLength: 1 }) },
  );
  const band = fc.oneof(
    { weight: 6, arbitrary: fc.record({ min_score: fc.integer({ min: 300, max: 900 }), income_pct: fc.integer({ min: 0, max: 100 }).map((p) => p / 100), max_dti: fc.integer({ min: 0, max: 100 }).map((p) => p / 100), max_limit: money, step: fc.constantFrom<Cell>(100, 500, 0.01, 1000) }) },
    { weight: 1, arbitrary: fc.record({ min_score: fc.oneof(hostile, fc.integer({ min: 300, max: 900 })), income_pct: fc.oneof(hostile, fc.double({ min: 0, max: 2, noNaN: true })), max_dti: hostile, max_limit: fc.oneof(hostile, money), step: fc.oneof(hostile, money) }) },
  );
  return fc.tuple(header, fc.array(band, { minLength: 1, maxLength: 5 })).map(([h, bands]) => {
    // Bands in ascending min_score, as a policy needs them; a wild one may still break the order.
    const sorted = [...bands].sort((a, b) => (typeof a.min_score === "number" && typeof b.min_score === "number" ? a.min_score - b.min_score : 0));
    const row = (band: Record<string, Cell>): Cell[] => h.map((name) => (name in band ? band[name] : null));
    return [[...h], ...sorted.map(row)];
  });
}

/** Ascending whole numbers, as bucket bounds are. */
const ascending = fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 }).map((xs) => [...xs].sort((a, b) => a - b));

/** An argument as a careful user gives it: the expected shape, a plausible value, optional ones often left out. */
function cleanArg(p: Param, lined: number): fc.Arbitrary<unknown> {
  const plausible = plausibleCell(p.name);
  let given: fc.Arbitrary<unknown>;
  if (/policy|table/.test(p.name)) given = tableArg();
  else if (p.range && /days/.test(p.name)) given = ascending.map((xs) => xs.map((x) => [x]));
  else if (p.range) given = matrixOf(fc.oneof({ weight: 30, arbitrary: plausible }, { weight: 1, arbitrary: fc.constantFrom<Cell>(null, "") }), lined, 1);
  else given = plausible;
  return p.optional ? fc.oneof({ weight: 3, arbitrary: given }, { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined) }) : given;
}

/** An argument of any shape with any cells: a range where one value is expected and the other way round. */
function wildArg(p: Param, lined: number): fc.Arbitrary<unknown> {
  const plausible = plausibleCell(p.name);
  const cell = fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: hostile });
  const size = fc.integer({ min: 1, max: 4 });
  const omitted = fc.constantFrom<unknown>(null, undefined, "", " ", [[null]], [[""], [null]], [[null, ""]]);
  const ranges = fc.oneof(
    { weight: 4, arbitrary: matrixOf(cell, lined, 1) },
    { weight: 1, arbitrary: matrixOf(cell, 1, lined) },
    { weight: 1, arbitrary: size.chain((n) => matrixOf(cell, n, 1)) },
    { weight: 1, arbitrary: fc.tuple(size, size).chain(([r, c]) => matrixOf(cell, r, c)) },
  );
  const shapes: fc.WeightedArbitrary<unknown>[] = [
    { weight: 4, arbitrary: p.range ? ranges : cell },
    { weight: 2, arbitrary: p.range ? cell : ranges },
    { weight: 1, arbitrary: matrixOf(cell, 1, 1) },
    { weight: 1, arbitrary: hostile },
    { weight: 1, arbitrary: omitted },
  ];
  if (/policy|table/.test(p.name)) shapes.push({ weight: 3, arbitrary: tableArg() });
  return fc.oneof(...shapes);
}

/**
 * The arguments of one call, so that calls reach deep into the domain as well as fail early: all
 * arguments as a careful user gives them, all but one so, or every one of any shape. Lined-up ranges
 * share their length.
 */
const callArgs = (params: readonly Param[]): fc.Arbitrary<unknown[]> =>
  fc.integer({ min: 1, max: 12 }).chain((lined) => {
    const clean = fc.tuple(...params.map((p) => cleanArg(p, lined)));
    const wild = fc.tuple(...params.map((p) => wildArg(p, lined)));
    const oneBad = fc.tuple(fc.nat(params.length - 1), clean, wild).map(([k, c, w]) => c.map((x, i) => (i === k ? w[i] : x)));
    return fc.oneof(clean, oneBad, wild);
  });

/** The catch-all message of every language, as a pattern: its text with the detail left open. */
const CATCH_ALL = LANGUAGES.map((lang) => {
  const [head, tail] = t("error.unexpected", { detail: "\u0000" }, lang).split("\u0000");
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escape(head)}[\\s\\S]*${escape(tail ?? "")}$`);
});

/** What is wrong with one call's answer; null when it is a result or a proper message. */
function problemWith(params: readonly Param[], args: readonly unknown[], call: () => unknown): string | null {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (!(error instanceof FormulaError)) return `threw ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)} (a bare #VALUE! in Excel)`;
    const message = error.message;
    if (CATCH_ALL.some((re) => re.test(message))) return `the catch-all message: ${message}`;
    const input = args.map((a) => fc.stringify(a)).join();
    const unfilled = (message.match(/\{\w+\}/g) ?? []).filter((placeholder) => !input.includes(placeholder));
    if (hasMessage(message) || unfilled.length > 0) return `a message that was never filled in: ${message}`;
    if (!params.some((p) => message.includes(p.name))) return `a message that names no argument: ${message}`;
    return null;
  }
  const rows = Array.isArray(result) ? result : [[result]];
  if (rows.length === 0 || rows.some((r) => !Array.isArray(r) || r.length === 0)) return `a result that is not a matrix: ${JSON.stringify(result)}`;
  for (const cell of rows.flat()) {
    if (typeof cell === "number" && !Number.isFinite(cell)) return `${cell} in a result cell: ${JSON.stringify(rows.slice(0, 3))}`;
    if (!(cell === null || ["number", "string", "boolean"].includes(typeof cell))) return `a result cell that is not a value: ${String(cell)}`;
  }
  return null;
}

const SIGNATURES = readSignatures();
const IDS = Object.keys(functions) as (keyof typeof functions)[];
/** At least 10,000 generated calls in all, whatever the number of formulas. */
const TOTAL_CALLS = 12_000;
const RUNS_PER_FORMULA = Math.max(1000, Math.ceil(TOTAL_CALLS / IDS.length));
let calls = 0;

describe("every AR.* formula, on any input", () => {
  it("has its parameters documented: one @param per argument of the wrapper", () => {
    for (const id of IDS) {
      expect([id, SIGNATURES.has(id)]).toEqual([id, true]);
      expect([id, SIGNATURES.get(id)!.length]).toEqual([id, functions[id].length]);
    }
  });

  it.each(IDS)("AR.%s answers with a result or a message naming the argument", (id) => {
    const params = SIGNATURES.get(id)!;
    const fn = functions[id] as (...args: unknown[]) => unknown;
    fc.assert(
      fc.property(callArgs(params), fc.constantFrom<Lang>(...LANGUAGES), (args, lang) => {
        calls++;
        setLanguage(lang);
        try {
          const problem = problemWith(params, args, () => fn(...args));
          if (problem) throw new Error(`AR.${id}(${args.map((a) => fc.stringify(a)).join(", ")}) in ${lang}: ${problem}`);
        } finally {
          setLanguage("en");
        }
      }),
      { numRuns: RUNS_PER_FORMULA },
    );
  });

  it("made at least 10,000 generated calls", () => {
    expect(calls).toBeGreaterThanOrEqual(10_000);
  });
});
