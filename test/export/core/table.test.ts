import fc from "fast-check";
import Papa from "papaparse";
import { Workbook } from "exceljs";
import { guardCell, safeSheetName, tableCsv, tableXlsx } from "../../../src/export/core/table";

const HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "=cmd|' /C calc'!A0"];

describe("guardCell", () => {
  it("puts an apostrophe before text that a spreadsheet would run as a formula", () => {
    for (const v of HOSTILE) expect(guardCell(v)).toBe(`'${v}`);
  });
  it("keeps ordinary text, numbers (negative too), dates and empty cells", () => {
    const d = new Date(Date.UTC(2026, 11, 1));
    expect([guardCell("Rossi S.p.A."), guardCell("a=b"), guardCell(" -1"), guardCell(-12.5), guardCell(0), guardCell(d), guardCell(null), guardCell(undefined), guardCell("")]).toEqual([
      "Rossi S.p.A.",
      "a=b",
      " -1",
      -12.5,
      0,
      d,
      null,
      undefined,
      "",
    ]);
  });
});

describe("tableCsv", () => {
  it("starts with a BOM, ends each record with CRLF and quotes by RFC 4180", () => {
    const csv = tableCsv(["Customer", "Note", "Total"], [["Łódź, Sp. z o.o.", 'He said "pay"\nnow', 1234.5]]);
    expect(csv).toBe('\uFEFFCustomer,Note,Total\r\n"Łódź, Sp. z o.o.","He said ""pay""\nnow",1234.5\r\n');
  });

  it("guards every cell, the header too, and writes dates as YYYY-MM-DD", () => {
    const csv = tableCsv(["=title"], [["=1+1"], ["@x"], [new Date(Date.UTC(2026, 0, 31))], [null], [Number.NaN]]);
    expect(csv.split("\r\n")).toEqual(["\uFEFF'=title", "'=1+1", "'@x", "2026-01-31", "", "", ""]);
  });

  it("reads back, through a CSV parser, as the same table with no cell that runs (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.constantFrom(...HOSTILE), fc.integer()), { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
        const parsed = Papa.parse<string[]>(tableCsv(["a", "b"], rows).slice(1)).data;
        expect(parsed.at(-1)).toEqual([""]);
        const body = parsed.slice(1, -1);
        expect(body).toEqual(rows.map((r) => r.map((c) => String(guardCell(c)))));
        // A negative number stays a number; text never starts a formula.
        body.flat().forEach((cell, i) => typeof rows.flat()[i] === "string" && expect(cell).not.toMatch(/^[=+\-@\t\r]/));
      }),
    );
  });
});

describe("tableXlsx", () => {
  it("writes guarded text, numbers as numbers and dates with the column's format", async () => {
    const due = new Date(Date.UTC(2026, 10, 30));
    const bytes = await tableXlsx("Mail merge: 2026/12", ["Customer", "Total", "Due"], [["=HYPERLINK(\"x\")", 1234.5, due], ["Škoda Dvořák Ősz", -3, null]], {
      columns: [{}, { numFmt: "#,##0.00" }, { numFmt: "yyyy-mm-dd" }],
    });
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe("Mail merge_ 2026_12");
    expect(sheet.getRow(1).values).toEqual([undefined, "Customer", "Total", "Due"]);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("A2").value).toBe("'=HYPERLINK(\"x\")");
    expect(sheet.getCell("B2").value).toBe(1234.5);
    expect(sheet.getCell("B2").numFmt).toBe("#,##0.00");
    expect((sheet.getCell("C2").value as Date).toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(sheet.getCell("C2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("A3").value).toBe("Škoda Dvořák Ősz");
    expect(sheet.getCell("B3").value).toBe(-3);
    expect(sheet.getCell("C3").value).toBeNull();
  });
});

describe("safeSheetName", () => {
  it("keeps Excel's rules: 31 characters, none of \\ / ? * [ ] :", () => {
    expect(safeSheetName("AR Dunning [2026/12/01]: all customers")).toBe("AR Dunning _2026_12_01__ all cu");
    expect(safeSheetName("   ")).toBe("Sheet1");
  });
});
