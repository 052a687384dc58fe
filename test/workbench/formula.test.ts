import "../../src/workbench/customFunctionsShim";
import { evaluateFormula, parseFormula } from "../../src/workbench/formula";
import { FormulaCells, literalValue } from "../../src/workbench/formulaCells";
import { createMemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { CellValue } from "../../src/workbook/port";
import { createWorkbench } from "../../src/workbench/sampleWorkbook";

const AS_OF = 46351; // 2026-11-25

const sheet: CellValue[][] = [
  ["Amount", "Due", "Customer"],
  [100, AS_OF - 10, "A"],
  [200, AS_OF + 3, "B"],
  [300, AS_OF - 45, "A"],
];
const ctx = { sheet: "Ledger", values: (name: string) => (name === "Ledger" || name === "My sheet" ? sheet : []) };

describe("parseFormula", () => {
  it("reads calls, ranges with sheets, numbers, strings, booleans, arrays and empty arguments", () => {
    expect(parseFormula(`=AR.AGING(A2:A4,'My sheet'!$B$2:B4,DATE(2026,11,25),{30;60},,TRUE,"x""y",-1.5e2)`)).toEqual({
      kind: "call",
      name: "AR.AGING",
      args: [
        { kind: "range", sheet: undefined, top: 1, left: 0, bottom: 3, right: 0 },
        { kind: "range", sheet: "My sheet", top: 1, left: 1, bottom: 3, right: 1 },
        { kind: "call", name: "DATE", args: [{ kind: "number", value: 2026 }, { kind: "number", value: 11 }, { kind: "number", value: 25 }] },
        { kind: "array", rows: [[30], [60]] },
        { kind: "empty" },
        { kind: "boolean", value: true },
        { kind: "string", value: 'x"y' },
        { kind: "number", value: -150 },
      ],
    });
  });

  it("reads whole columns and semicolons between arguments", () => {
    expect(parseFormula("=F(A:B;C3)")).toMatchObject({ args: [{ kind: "range", top: 0, left: 0, right: 1 }, { kind: "range", top: 2, left: 2 }] });
  });

  it("names the position of what it cannot read", () => {
    expect(() => parseFormula("=AR.AGING(A1,")).toThrow(/character 14/);
    expect(() => parseFormula("=AR.AGING(A1 B2)")).toThrow(/character 14/);
    expect(() => parseFormula("=AR.AGING(ZZZZ1)")).toThrow(/'ZZZZ1' is not a cell or a range/);
  });
});

describe("evaluateFormula", () => {
  it("evaluates AR.AGING through the registry and returns the spill", () => {
    expect(evaluateFormula("=AR.AGING(A2:A4,B2:B4,DATE(2026,11,25),,,TRUE)", ctx)).toEqual({
      ok: true,
      values: [
        ["Not due", "1-30", "31-60", "61-90", "Over 90", "Total"],
        [200, 100, 300, 0, 0, 600],
      ],
    });
  });

  it("groups by a range and takes whole columns", () => {
    const out = evaluateFormula("=ar.aging(A2:A4,B2:B4,DATE(2026,11,25),{30,60,90},C2:C4)", ctx);
    expect(out).toEqual({ ok: true, values: [["A", 0, 100, 300, 0, 0, 400], ["B", 200, 0, 0, 0, 0, 200], ["Total", 200, 100, 300, 0, 0, 600]] });
  });

  it("rolls DATE over as Excel does", () => {
    expect(evaluateFormula("=DATE(2026,13,1)", ctx)).toEqual({ ok: true, values: [[46388]] });
    expect(evaluateFormula("=DATE(2026,11,25)", ctx)).toEqual({ ok: true, values: [[AS_OF]] });
  });

  it("gives #VALUE! with the function's message, and #NAME? for an unknown function", () => {
    expect(evaluateFormula("=AR.AGING(A1:A4,B1:B4,DATE(2026,11,25))", ctx)).toEqual({ ok: false, code: "#VALUE!", message: "row 1 of amounts: text 'Amount' is not an amount" });
    expect(evaluateFormula("=AR.NOPE(1)", ctx)).toMatchObject({ ok: false, code: "#NAME?" });
    expect(evaluateFormula("=AR.AGING(", ctx)).toMatchObject({ ok: false, code: "#VALUE!" });
    expect(evaluateFormula("=DATE(2026,1)", ctx)).toMatchObject({ ok: false, code: "#VALUE!", message: /three numbers/ });
  });
});

describe("FormulaCells", () => {
  it("spills a result into the grid, clears it when the formula changes, and gives #SPILL! over filled cells", () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: sheet.map((r) => [...r]) }]);
    const cells = new FormulaCells(wb);
    cells.enter("Ledger", 6, 0, "=AR.AGING(A2:A4,B2:B4,DATE(2026,11,25),,,TRUE)");
    expect(wb.values("Ledger")[7]).toEqual([200, 100, 300, 0, 0, 600]);
    cells.enter("Ledger", 6, 0, "=AR.AGING(A2:A4,B2:B4,DATE(2026,11,25))");
    expect(wb.values("Ledger")[6]).toEqual([200, 100, 300, 0, 0, 600]);
    expect(wb.values("Ledger")[7]).toEqual([null, null, null, null, null, null]);
    cells.enter("Ledger", 4, 1, "=AR.AGING(A2:A4,B2:B4,DATE(2026,11,25),,,TRUE)");
    wb.setValues("Ledger", 5, 3, [["in the way"]]);
    cells.recalculate();
    expect(cells.at("Ledger", 4, 1)?.result).toMatchObject({ ok: false, code: "#SPILL!" });
    expect(wb.values("Ledger")[4][1]).toBe("#SPILL!");
  });

  it("recalculates formulas when a cell they read changes", () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: sheet.map((r) => [...r]) }]);
    const cells = new FormulaCells(wb);
    cells.enter("Ledger", 6, 0, "=AR.AGING(A2:A4,B2:B4,DATE(2026,11,25))");
    cells.enter("Ledger", 1, 0, "150");
    expect(wb.values("Ledger")[6][5]).toBe(650);
  });

  it("reads typed values as numbers, booleans or text", () => {
    expect(literalValue("12.5")).toBe(12.5);
    expect(literalValue("true")).toBe(true);
    expect(literalValue("1.234,56")).toBe("1.234,56");
    expect(literalValue("  ")).toBeNull();
  });
});

describe("createWorkbench", () => {
  it("preloads the sample ledger as a table, a mixed-language export, payments, customers, a credit policy and two working formula cells", () => {
    const { workbook, formulas } = createWorkbench("2026-11-25");
    expect(workbook.sheetNames()).toEqual(["Ledger", "Export", "Payments", "Customers", "AR Credit Policy", "Formulas"]);
    expect(workbook.tables().map((t) => t.name)).toEqual(["Ledger", "Customers", "AR_Credit_Policy"]);
    expect(formulas.at("Formulas", 2, 0)?.result).toMatchObject({ ok: false, code: "#VALUE!", message: expect.stringMatching(/^row \d+ of amounts/) });
    expect(formulas.at("Formulas", 11, 0)?.result).toEqual({
      ok: true,
      values: [
        ["Customer", "Not due", "1-30", "31-60", "61-90", "Over 90", "Total"],
        ["Rossi Forniture S.r.l.", 0, 1200.5, 0, 455.25, 0, 1655.75],
        ["Müller Maschinenbau GmbH", 830, 0, 0, 0, 0, 830],
        ["Harper Supplies Ltd", 0, -120, 0, 0, 0, -120],
        ["Total", 830, 1080.5, 0, 455.25, 0, 2365.75],
      ],
    });
  });
});
