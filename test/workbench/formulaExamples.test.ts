import "../../src/workbench/customFunctionsShim";
import * as fs from "fs";
import * as path from "path";
import { ymdToSerial } from "../../src/domain/core";
import { generateSampleLedger } from "../../src/samples/ledger";
import { FormulaResult } from "../../src/workbench/formula";
import { FormulaCells } from "../../src/workbench/formulaCells";
import { createWorkbench } from "../../src/workbench/sampleWorkbook";
import { createMemoryWorkbook, MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { CellValue } from "../../src/workbook/port";

/**
 * Every formula example of README.md (code blocks, lines starting with =AR.) and of the help page
 * (<pre> blocks) typed into the workbench's in-memory workbook, exactly as written: each must give a
 * value, and an example that shows its result after → must give that result. New examples are
 * picked up by themselves.
 */

const ROOT = path.resolve(__dirname, "../..");
const AS_OF = ymdToSerial(2026, 11, 25);

interface Example {
  readonly source: string;
  readonly formula: string;
  /** What the document shows after →, if anything. */
  readonly expected?: string;
}

/** README code blocks: a line starting with =AR. is an example; an indented line after it continues it (its → too). */
function readmeExamples(): Example[] {
  const text = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const out: Example[] = [];
  for (const block of text.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)) {
    for (const line of block[1].split("\n")) {
      const arrow = line.indexOf("→");
      const before = (arrow >= 0 ? line.slice(0, arrow) : line).trimEnd();
      const expected = arrow >= 0 ? line.slice(arrow + 1).trim() : undefined;
      if (before.startsWith("=AR.")) out.push({ source: "README.md", formula: before.trim(), expected });
      else if (/^\s+\S/.test(line) && out.length > 0 && expected !== undefined && block[1].includes(out[out.length - 1].formula)) {
        out[out.length - 1] = { ...out[out.length - 1], expected };
      }
    }
  }
  return out;
}

/** Help page <pre> blocks: each line starting with = is an example. */
function helpExamples(): Example[] {
  const html = fs.readFileSync(path.join(ROOT, "src/help/help.html"), "utf8");
  const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  return [...html.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].flatMap((m) =>
    decode(m[1].replace(/<[^>]+>/g, ""))
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.startsWith("="))
      .map((line) => {
        const arrow = line.indexOf("→");
        return arrow < 0 ? { source: "help.html", formula: line } : { source: "help.html", formula: line.slice(0, arrow).trim(), expected: line.slice(arrow + 1).trim() };
      }),
  );
}

/** The CSV template of the credit policy, as numbers. */
function policyTemplate(): CellValue[][] {
  const lines = fs.readFileSync(path.join(ROOT, "docs/templates/ar-credit-policy.csv"), "utf8").trim().split(/\r?\n/);
  return lines.map((l, i) => l.split(",").map((c) => (i === 0 ? c : Number(c))));
}

/**
 * The tables and cells the examples name: the sample ledger as the table Ledger, a plan (100 due on
 * 31 Jan, 28 Feb and 31 Mar 2026) and its payments (100 on 31 Jan) as Plan and Paid, the template
 * policy as Policy and on the sheet AR Credit Policy, and a sheet with a customer's figures in B2:E2
 * and a company's in B2:B8 where the examples are typed.
 */
function examplesWorkbook(): MemoryWorkbook {
  const day = (m: number, d: number) => ymdToSerial(2026, m, d);
  return createMemoryWorkbook([
    { name: "Ledger", values: generateSampleLedger({ asOf: AS_OF, rows: 80, seed: 5, badCells: "descriptive" }), tables: [{ name: "Ledger" }] },
    { name: "Plan", values: [["Due date", "Amount"], [day(1, 31), 100], [day(2, 28), 100], [day(3, 31), 100]], tables: [{ name: "Plan" }] },
    { name: "Paid", values: [["Date", "Amount"], [day(1, 31), 100]], tables: [{ name: "Paid" }] },
    { name: "Policy", values: policyTemplate(), tables: [{ name: "Policy" }] },
    { name: "AR Credit Policy", values: policyTemplate() },
    // IFRS 9 Illustrative Example 12's buckets on 31 Dec 2026, for AR.PROVISION's example.
    {
      name: "IE12",
      values: [["Open amount", "Due date"], [15_000_000, ymdToSerial(2027, 1, 31)], [7_500_000, day(12, 16)], [4_000_000, day(11, 15)], [2_500_000, day(10, 16)], [1_000_000, day(6, 30)]],
      tables: [{ name: "IE12" }],
    },
    // The month-end bucket history of AR.ROLLRATES's example (the cohort of shared/reference/domain.md).
    {
      name: "History",
      values: [
        ["Month end", "Not due", "1-30", "31-60", "61-90", "Over 90", "Written off"],
        [day(1, 31), 100_000, 0, 0, 0, 0, 0],
        [day(2, 28), 0, 50_000, 0, 0, 0, 0],
        [day(3, 31), 0, 0, 23_000, 0, 0, 0],
        [day(4, 30), 0, 0, 0, 8_000, 0, 0],
        [day(5, 31), 0, 0, 0, 0, 0, 2_000],
      ],
      tables: [{ name: "History" }],
    },
    { name: "AR Dunning Policy", values: [["level", "min_days_overdue", "min_days_since_last"], [1, 7, 14], [2, 21, 14], [3, 35, 14], [4, 60, 14]] },
    {
      name: "Examples",
      values: [
        ["", "Score / working capital", "Income", "Monthly debt", "Requested"],
        ["", 712, 60000, 1500, 12000],
        ["", 30],
        ["", 10],
        ["", 60],
        ["", 150],
        ["", 100],
        ["", 40],
      ],
    },
  ]);
}

const examples = [...readmeExamples(), ...helpExamples()];

/** Types each example into its own cell of the Examples sheet and returns the results in order. */
function run(): FormulaResult[] {
  const cells = new FormulaCells(examplesWorkbook(), { today: AS_OF });
  return examples.map((e, k) => {
    cells.enter("Examples", 20 + k * 60, 0, e.formula);
    return cells.at("Examples", 20 + k * 60, 0)!.result;
  });
}

const cents = (n: unknown) => Math.round(Number(n) * 100);
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Checks a result against what the document shows after →; throws when the text is not one this test can read. */
function checkExpected(e: Example, values: CellValue[][], previous: CellValue[][] | undefined) {
  const shown = e.expected!;
  const plan = /^(\d+) × ([\d.]+), then ([\d.]+) on (\d+) (\w{3}) (\d{4}); interest ([\d.]+)$/.exec(shown);
  if (plan) {
    const [, count, level, last, d, mon, y, interest] = plan;
    const rows = values.length;
    expect(rows).toBe(Number(count) + 1);
    expect(values.slice(0, -1).map((r) => r[2])).toEqual(Array(Number(count)).fill(Number(level)));
    expect(values[rows - 1][2]).toBe(Number(last));
    expect(values[rows - 1][1]).toBe(ymdToSerial(Number(y), MONTHS.indexOf(mon) + 1, Number(d)));
    expect(values.reduce((s, r) => s + cents(r[3]), 0)).toBe(cents(interest));
    return;
  }
  const labelled = /^a label row, then the same (\d+) instalments$/.exec(shown);
  if (labelled) {
    expect(values[0].every((c) => typeof c === "string")).toBe(true);
    expect(values.slice(1)).toEqual(previous);
    expect(values.length - 1).toBe(Number(labelled[1]));
    return;
  }
  if (shown.includes(" | ")) {
    const cellsShown = shown.split(" | ").map((s) => s.trim());
    // A date shown as ISO is the serial of that day; a number shown with grouping is that number.
    const asCell = (s: string, i: number) => {
      if (typeof values[0][i] !== "number") return s;
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      return String(iso ? ymdToSerial(Number(iso[1]), Number(iso[2]), Number(iso[3])) : Number(s.replace(/,/g, "")));
    };
    expect(values[0].map(String)).toEqual(cellsShown.map(asCell));
    return;
  }
  const number = /^(-?[\d.]+)(\s|$)/.exec(shown);
  if (number) {
    expect(values).toEqual([[Number(number[1])]]);
    return;
  }
  throw new Error(`${e.source}: the result shown for ${e.formula} ("${shown}") is not one this test can check; teach checkExpected to read it`);
}

describe("the formula examples of the README and the help page, in the workbench", () => {
  it("finds the examples of both documents", () => {
    expect(examples.filter((e) => e.source === "README.md").length).toBeGreaterThanOrEqual(9);
    expect(examples.filter((e) => e.source === "help.html").length).toBeGreaterThanOrEqual(6);
    expect(examples.map((e) => e.formula)).toContain("=AR.AGING(Ledger[Open amount], Ledger[Due date], DATE(2026,11,25), , Ledger[Customer], TRUE)");
    expect(examples.find((e) => e.formula.startsWith("=AR.PLANSTATUS(Plan[Due date]"))?.expected).toBe("Broken | 200 | 100 | 100 | 10");
  });

  const results = run();
  examples.forEach((e, k) => {
    it(`${e.source}: ${e.formula} gives a value${e.expected ? ` (${e.expected})` : ""}`, () => {
      const result = results[k];
      expect(result).toMatchObject({ ok: true });
      if (!result.ok) return;
      const errors = result.values.flat().filter((v) => typeof v === "string" && /^#[A-Z/0!?]+[!?A]$/.test(v));
      expect(errors).toEqual([]);
      if (e.expected) {
        const previous = k > 0 && results[k - 1].ok ? (results[k - 1] as { values: CellValue[][] }).values : undefined;
        checkExpected(e, result.values, previous);
      }
    });
  });

  it("ages the sample workbench's own Ledger table with the README's AR.AGING example", () => {
    const { workbook, formulas } = createWorkbench("2026-11-25");
    const example = examples.find((e) => e.formula.startsWith("=AR.AGING(Ledger["))!;
    formulas.enter("Formulas", 30, 0, example.formula);
    const result = formulas.at("Formulas", 30, 0)!.result;
    expect(result).toMatchObject({ ok: true });
    const rows = workbook.values("Formulas").slice(30).filter((r) => r && r[0] !== null && r[0] !== undefined);
    expect(rows[0]).toEqual(["Customer", "Not due", "1-30", "31-60", "61-90", "Over 90", "Total"]);
    expect(rows.at(-1)?.[0]).toBe("Total");
    expect(rows.length).toBeGreaterThan(10);
  });
});
