import "../../src/workbench/customFunctionsShim";
import { evaluateFormula, parseFormula } from "../../src/workbench/formula";
import { FormulaCells, literalValue } from "../../src/workbench/formulaCells";
import { createMemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { CellValue } from "../../src/workbook/port";
import { createWorkbench } from "../../src/workbench/sampleWorkbook";
import { cellText } from "../../src/workbench/cellText";

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
    expect(evaluateFormula("=DATE(2026,13,1)", ctx)).toEqual({ ok: true, values: [[46388]], formats: [["yyyy-mm-dd"]] });
    expect(evaluateFormula("=DATE(2026,11,25)", ctx)).toEqual({ ok: true, values: [[AS_OF]], formats: [["yyyy-mm-dd"]] });
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
    expect(workbook.sheetNames()).toEqual(["Ledger", "Export", "Payments", "Customers", "AR Credit Policy", "Formulas", "AR Customers", "AR Dunning Log"]);
    expect(workbook.tables().map((t) => t.name)).toEqual(["Ledger", "Customers", "AR_Credit_Policy", "AR_Customers", "AR_Dunning_Log"]);
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

describe("operators, percent and Excel's functions", () => {
  const grid: CellValue[][] = [
    ["n", "d"],
    [10, 46053],
    [20, 46081],
    [30, "#N/A"],
  ];
  const fx = { sheet: "S", values: () => grid, numberFormat: (_: string, _r: number, c: number) => (c === 1 ? "yyyy-mm-dd" : "General"), today: AS_OF };
  const value = (text: string) => {
    const r = evaluateFormula(text, fx);
    return r.ok ? (r.values.length === 1 && r.values[0].length === 1 ? r.values[0][0] : r.values) : `${r.code} ${r.message}`;
  };

  it("reads percent literals and applies Excel's precedence", () => {
    expect(value("=5%")).toBe(0.05);
    expect(value("=5/100")).toBe(0.05);
    expect(value("=200*5%")).toBe(10);
    expect(value("=1+2*3-4/2")).toBe(5);
    expect(value("=2^3^2")).toBe(64);
    expect(value("=-2^2")).toBe(4);
    expect(value("=-(2^2)")).toBe(-4);
    expect(value("=-A2+1")).toBe(-9);
    expect(value("=(1+2)*3")).toBe(9);
  });

  it("compares and joins as Excel does", () => {
    expect(value("=A2>=10")).toBe(true);
    expect(value('="abc"="ABC"')).toBe(true);
    expect(value("=1<>1")).toBe(false);
    expect(value('=1<"a"')).toBe(true);
    expect(value('="n="&A2&" "&TRUE&" "&0.1+0.2')).toBe("n=10 TRUE 0.3");
  });

  it("gives Excel's error values with a reason", () => {
    expect(value("=1/0")).toMatch(/^#DIV\/0! division by zero/);
    expect(value('=1+"x"')).toMatch(/^#VALUE! text 'x' is not a number/);
    expect(value("=NOPE(1)")).toMatch(/^#NAME\? there is no function NOPE/);
    expect(value("=Ledger")).toMatch(/^#NAME\? 'Ledger' is not a cell, a range, a table or a function/);
    expect(value("=B4*2")).toMatch(/^#N\/A a cell holds the error #N\/A/);
    expect(value("=A2:A4/{1;0;1}")).toEqual([[10], ["#DIV/0!"], [30]]);
  });

  it("evaluates SUM, IF, ROUND, DATE, TODAY, EDATE and INDEX", () => {
    expect(value("=SUM(A2:A4)")).toBe(60);
    expect(value("=SUM(A2:A4, 5, {1,2})")).toBe(68);
    expect(value('=IF(A2>15,"big","small")')).toBe("small");
    expect(value('=IF(A3>15,"big",1/0)')).toBe("big");
    expect(value("=IF(A2:A4>15,1,0)")).toEqual([[0], [1], [1]]);
    expect(value("=ROUND(1.005,2)")).toBe(1.01);
    expect(value("=ROUND(856.0748,2)")).toBe(856.07);
    expect(value("=DATE(2026,1,31)")).toBe(46053);
    expect(value("=TODAY()")).toBe(AS_OF);
    expect(value("=TODAY()+30")).toBe(AS_OF + 30);
    expect(value("=EDATE(DATE(2026,1,31),1)")).toBe(46081);
    expect(value("=EOMONTH(DATE(2026,1,15),1)")).toBe(46081);
    expect(value("=YEAR(B2)&\"-\"&MONTH(B2)&\"-\"&DAY(B2)")).toBe("2026-1-31");
    expect(value("=INDEX(A2:A4,2)")).toBe(20);
    expect(value("=INDEX({1,2;3,4},2,1)")).toBe(3);
    expect(value("=INDEX({1,2;3,4},0,2)")).toEqual([[2], [4]]);
    expect(value("=INDEX({1,2;3,4},3,1)")).toMatch(/^#REF!/);
    expect(value('=IFERROR(1/0,"none")')).toBe("none");
    expect(value("=IFNA(B4,0)")).toBe(0);
    expect(value("=IFNA(A4,0)")).toBe(30);
    expect(value("=MAX(A2:A4)+MIN(A2:A3)+AVERAGE(A2:A4)")).toBe(60);
    expect(value("=ROUND(PMT(5%/12,12,-10000),2)")).toBe(856.07);
    expect(value('=TEXT(0.05,"0%")')).toBe("5%");
  });

  it("takes TODAY from the host, never from the clock", () => {
    expect(evaluateFormula("=TODAY()", { ...fx, today: 40000 })).toEqual({ ok: true, values: [[40000]], formats: [["yyyy-mm-dd"]] });
    expect(evaluateFormula("=TODAY()", { sheet: "S", values: () => grid })).toMatchObject({ ok: false, code: "#VALUE!" });
    expect(evaluateFormula("=NOW()", fx)).toMatchObject({ ok: false, code: "#NAME?", message: expect.stringMatching(/TODAY\(\)/) });
  });

  it("mixes AR.* with Excel's functions and operators", () => {
    expect(value("=SUM(INDEX(AR.PAYMENTPLAN(10000, DATE(2026,1,31), 12, 5%),0,3))")).toBeCloseTo(10272.89, 9);
    expect(value('=IF(INDEX(AR.PLANSTATUS({46053;46081},{100;100},,,DATE(2026,3,10)),1,1)="Broken","call","wait")')).toBe("call");
    expect(value("=AR.CREDITLIMIT(712, 60000, 1500)/2")).toBe(4500);
  });
});

describe("table references", () => {
  const wb = createMemoryWorkbook([
    { name: "Data", values: [["Customer", "Open amount", "Due date"], ["A", 100, AS_OF - 10], ["B", 200, AS_OF + 3], ["A", 300, AS_OF - 45]], numberFormats: [[], ...Array.from({ length: 3 }, () => ["General", "General", "yyyy-mm-dd"])], tables: [{ name: "Ledger" }] },
    { name: "Other", values: [] },
  ]);
  const tctx = { sheet: "Other", values: (n: string) => wb.values(n), tables: () => wb.tables(), numberFormat: (s: string, r: number, c: number) => wb.numberFormat(s, r, c) };

  it("reads a column, a span of columns, #All, #Data and #Headers, ignoring case", () => {
    expect(evaluateFormula("=Ledger[Open amount]", tctx)).toEqual({ ok: true, values: [[100], [200], [300]] });
    expect(evaluateFormula("=SUM(ledger[open AMOUNT])", tctx)).toEqual({ ok: true, values: [[600]] });
    expect(evaluateFormula("=Ledger[[#Data],[Customer]:[Open amount]]", tctx)).toEqual({ ok: true, values: [["A", 100], ["B", 200], ["A", 300]] });
    expect(evaluateFormula("=Ledger[#Headers]", tctx)).toEqual({ ok: true, values: [["Customer", "Open amount", "Due date"]] });
    expect(evaluateFormula("=ROWS(Ledger[#All])", tctx)).toEqual({ ok: true, values: [[4]] });
    expect(evaluateFormula("=ROWS(Ledger[])", tctx)).toEqual({ ok: true, values: [[3]] });
  });

  it("feeds AR.* formulas, and names a missing table or column", () => {
    expect(evaluateFormula("=AR.AGING(Ledger[Open amount], Ledger[Due date], DATE(2026,11,25), , Ledger[Customer])", tctx)).toEqual({
      ok: true,
      values: [["A", 0, 100, 300, 0, 0, 400], ["B", 200, 0, 0, 0, 0, 200], ["Total", 200, 100, 300, 0, 0, 600]],
    });
    expect(evaluateFormula("=SUM(Nope[Amount])", tctx)).toEqual({ ok: false, code: "#REF!", message: "there is no table Nope" });
    expect(evaluateFormula("=SUM(Ledger[Amount])", tctx)).toEqual({ ok: false, code: "#REF!", message: "table Ledger has no column 'Amount'" });
    expect(evaluateFormula("=Ledger[#This Row]", tctx)).toMatchObject({ ok: false, code: "#VALUE!" });
  });

  it("keeps the date format of the cells it reads", () => {
    expect(evaluateFormula("=Ledger[Due date]", tctx)).toMatchObject({ formats: [["yyyy-mm-dd"], ["yyyy-mm-dd"], ["yyyy-mm-dd"]] });
    expect(evaluateFormula("=MAX(Ledger[Open amount])", tctx)).not.toHaveProperty("formats");
  });
});

describe("date formats of result cells", () => {
  it("formats AR.PAYMENTPLAN's due_date column, and no other, as dates, also below a label row", () => {
    const plan = evaluateFormula("=AR.PAYMENTPLAN(10000, DATE(2026,1,31), 12, 5%)", ctx);
    expect(plan.ok && plan.formats).toEqual(Array.from({ length: 12 }, () => [undefined, "yyyy-mm-dd", undefined, undefined, undefined, undefined]));
    const labelled = evaluateFormula('=AR.PAYMENTPLAN(10000, DATE(2026,1,31), 12, 5%, "monthly", , TRUE)', ctx);
    expect(labelled.ok && labelled.formats?.[0]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(labelled.ok && labelled.formats?.[1][1]).toBe("yyyy-mm-dd");
  });

  it("formats dates from DATE, EDATE and date arithmetic; a difference of dates is a number", () => {
    expect(evaluateFormula("=DATE(2026,1,31)", ctx)).toEqual({ ok: true, values: [[46053]], formats: [["yyyy-mm-dd"]] });
    expect(evaluateFormula("=EDATE(DATE(2026,1,31),1)+1", ctx)).toEqual({ ok: true, values: [[46082]], formats: [["yyyy-mm-dd"]] });
    expect(evaluateFormula("=DATE(2026,3,1)-DATE(2026,1,31)", ctx)).toEqual({ ok: true, values: [[29]] });
    expect(evaluateFormula("=INDEX(AR.PAYMENTPLAN(10000, DATE(2026,1,31), 12, 5%),12,2)", ctx)).toEqual({ ok: true, values: [[46387]], formats: [["yyyy-mm-dd"]] });
    expect(evaluateFormula("=AR.CREDITLIMIT(712, 60000, 1500)", ctx)).toEqual({ ok: true, values: [[9000]] });
  });

  it("writes the formats into the grid so the cells show dates, and gives the cells their formats back when the formula goes", () => {
    const wb = createMemoryWorkbook([{ name: "S", values: [] }]);
    const cells = new FormulaCells(wb);
    cells.enter("S", 0, 0, "=AR.PAYMENTPLAN(10000, DATE(2026,1,31), 12, 5%)");
    expect(cellText(wb.values("S")[0][1], wb.numberFormat("S", 0, 1))).toBe("2026-01-31");
    expect(cellText(wb.values("S")[11][1], wb.numberFormat("S", 11, 1))).toBe("2026-12-31");
    expect(cellText(wb.values("S")[0][2], wb.numberFormat("S", 0, 2))).toBe("856.08");
    cells.enter("S", 0, 0, "=SUM(1,2)");
    expect(wb.numberFormat("S", 0, 1)).toBe("General");
    expect(wb.values("S")[0][1]).toBeNull();
  });
});
