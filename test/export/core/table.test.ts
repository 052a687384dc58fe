import fc from "fast-check";
import Papa from "papaparse";
import { Workbook, Worksheet } from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { XMLValidator } from "fast-xml-parser";
import { guardCell, safeSheetName, TableCell, tableCsv, tableXlsx } from "../../../src/export/core/table";
import { columnLetters } from "../../../src/domain/core";
import { xmlChars, xmlText } from "../../../src/export/core/xlsx";

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

/** The first sheet of the workbook, as exceljs reads it back. */
async function readBack(bytes: Uint8Array): Promise<Worksheet> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0];
}

/** A column's cells below the header, as exceljs reads them. */
const columnValues = (sheet: Worksheet, k: number, rows: number) => Array.from({ length: rows }, (_, i) => sheet.getRow(i + 2).getCell(k).value);

describe("tableXlsx", () => {
  it("writes guarded text, numbers as numbers and dates with the column's format", async () => {
    const due = new Date(Date.UTC(2026, 10, 30));
    const bytes = await tableXlsx("Mail merge: 2026/12", ["Customer", "Total", "Due"], [["=HYPERLINK(\"x\")", 1234.5, due], ["Škoda Dvořák Ősz", -3, null]], {
      columns: [{}, { numFmt: "#,##0.00" }, { numFmt: "yyyy-mm-dd" }],
    });
    const sheet = await readBack(bytes);
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

  it("freezes a bold header row and leaves the other rows plain", async () => {
    const sheet = await readBack(await tableXlsx("List", ["Customer", "Total"], [["Rossi", 1]]));
    expect(sheet.views).toHaveLength(1);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1, topLeftCell: "A2" });
    expect([sheet.getCell("A1").font?.bold, sheet.getCell("B1").font?.bold]).toEqual([true, true]);
    expect(sheet.getCell("A2").font?.bold).toBeFalsy();
    expect(sheet.getCell("B2").font?.bold).toBeFalsy();
  });

  it("guards every hostile text cell, the header too, and keeps it as text", async () => {
    const bytes = await tableXlsx("Hostile", ["=title", "Note"], HOSTILE.map((v) => [v, `ok ${v}`]));
    const sheet = await readBack(bytes);
    expect(sheet.getCell("A1").value).toBe("'=title");
    expect(columnValues(sheet, 1, HOSTILE.length)).toEqual(HOSTILE.map((v) => `'${v}`));
    // Text that does not start a formula is left alone, tab and CR inside it too.
    expect(columnValues(sheet, 2, HOSTILE.length)).toEqual(HOSTILE.map((v) => `ok ${v}`));
    expect(sheet.getCell("A6").value).toBe("'\t=1");
    expect(sheet.getCell("A7").value).toBe("'\r=1");
    expect(sheet.getCell("A8").value).toBe("'＝1+1");
    expect(sheet.getCell("A4").value).toBe("'-2+3");
  });

  it("writes numbers exactly, a non-finite number as an empty cell, and a date as a date", async () => {
    const numbers = [0.1 + 0.2, -12.5, 0, 2 ** 53 - 1, 1e21, 1e-7, -1234567.891];
    const dates = [new Date(Date.UTC(2026, 0, 31)), new Date(Date.UTC(1999, 11, 31, 18, 30)), new Date(Date.UTC(2024, 1, 29))];
    const rows: TableCell[][] = [...numbers.map((n) => [n, null]), ...dates.map((d) => [null, d]), [Number.NaN, new Date(Number.NaN)], [Infinity, null], [-Infinity, undefined]];
    const sheet = await readBack(await tableXlsx("Numbers", ["n", "d"], rows));
    expect(columnValues(sheet, 1, rows.length)).toEqual([...numbers, null, null, null, null, null, null]);
    const back = columnValues(sheet, 2, rows.length).slice(numbers.length, numbers.length + dates.length);
    expect(back.every((d) => d instanceof Date)).toBe(true);
    expect((back as Date[]).map((d) => d.toISOString())).toEqual(dates.map((d) => d.toISOString()));
    // A date in a column without a format gets Excel's short date, so Excel shows it as a date too.
    expect(sheet.getCell(`B${numbers.length + 2}`).numFmt).toBe("mm-dd-yy");
    expect(sheet.getCell(`B${rows.length + 1}`).value).toBeNull();
  });

  it("formats each column by its numFmt, a built-in one or a custom one, shared by columns that have the same", async () => {
    const formats = ["#,##0.00", "0.00%", "yyyy-mm-dd", "#,##0.00", '"€" #,##0.00;[Red]-"€" #,##0.00'];
    const day = new Date(Date.UTC(2026, 5, 15));
    const sheet = await readBack(await tableXlsx("Formats", ["a", "b", "c", "d", "e", "f"], [[1.5, 0.25, day, 2, -3, 4]], { columns: formats.map((numFmt) => ({ numFmt })) }));
    expect([1, 2, 3, 4, 5, 6].map((c) => sheet.getRow(2).getCell(c).numFmt)).toEqual([...formats, undefined]);
    expect((sheet.getCell("C2").value as Date).toISOString()).toBe(day.toISOString());
    expect(sheet.getCell("E2").value).toBe(-3);
    // The header keeps its own bold style, without the column's format.
    expect(sheet.getCell("A1").numFmt).toBeUndefined();
  });

  it("sizes each column by its header and longest cell, 8 to 60 characters, unless the column says", async () => {
    const rows: TableCell[][] = [
      ["x", "Łódź, ul. Piotrkowska 1", "y".repeat(200), 1234567.25, new Date(Date.UTC(2026, 0, 1)), "z"],
      ["x", "short", "", 1, null, "z".repeat(40)],
    ];
    const sheet = await readBack(await tableXlsx("Widths", ["id", "Address", "Body", "Amount", "Due", "Fixed"], rows, { columns: [{}, {}, {}, {}, {}, { width: 15 }] }));
    expect([1, 2, 3, 4, 5, 6].map((c) => sheet.getColumn(c).width)).toEqual([8, "Łódź, ul. Piotrkowska 1".length + 2, 60, "1234567.25".length + 2, "2026-01-01".length + 2, 15]);
  });

  it("keeps Unicode text, XML's special characters and the sheet name's, and drops the characters XML cannot hold", async () => {
    const texts = ["Łódź", "Ősz", "Dvořák", "Straße 😀 ✓", "a < b & c > d", 'He said "pay"', "<![CDATA[x]]>", "]]>", "  padded  ", "line 1\nline 2", "a\u0000b\u0001c\u0008d\u000Be\u001Ff", "lone \uD800 half", "&amp; as text"];
    const sheet = await readBack(await tableXlsx("R&D <2026> \"x\"", ["Text"], texts.map((t) => [t])));
    expect(sheet.name).toBe('R&D <2026> "x"');
    expect(columnValues(sheet, 1, texts.length)).toEqual([...texts.slice(0, 10), "abcdef", "lone  half", "&amp; as text"]);
  });

  it("guards text after dropping the characters XML cannot hold, so none of them hides a formula", async () => {
    const sheet = await readBack(await tableXlsx("Hidden", ["\u0001=h"], [["\u0000=1+1"], ["\u0007@SUM(A1)"]]));
    expect([sheet.getCell("A1").value, sheet.getCell("A2").value, sheet.getCell("A3").value]).toEqual(["'=h", "'=1+1", "'@SUM(A1)"]);
  });

  it("writes an empty table as a workbook with its header only, and no columns at all as an empty sheet", async () => {
    const sheet = await readBack(await tableXlsx("Empty", ["Customer", "Total"], []));
    expect(sheet.name).toBe("Empty");
    expect(sheet.rowCount).toBe(1);
    expect(sheet.getRow(1).values).toEqual([undefined, "Customer", "Total"]);
    expect(sheet.getColumn(1).width).toBe(10);
    const blank = await readBack(await tableXlsx("", [], []));
    expect(blank.name).toBe("Sheet1");
    expect(blank.rowCount).toBe(0);
  });

  it("writes cells beyond the header, and a row shorter than it", async () => {
    const sheet = await readBack(await tableXlsx("Ragged", ["a"], [["1", "2", 3], [], ["x"]]));
    expect([sheet.getRow(2).values, sheet.getRow(3).values, sheet.getRow(4).values]).toEqual([[undefined, "1", "2", 3], [], [undefined, "x"]]);
  });

  it("reads back as the same table, every text guarded (property)", async () => {
    const cell = fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom(...HOSTILE), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), async (rows) => {
        const sheet = await readBack(await tableXlsx("P", ["a", "b", "c"], rows));
        const expected = rows.map((r) => r.map((c) => (typeof c === "string" ? guardCell(xmlChars(c)) : Object.is(c, -0) ? 0 : c)));
        const back = rows.map((_, i) => [1, 2, 3].map((k) => sheet.getRow(i + 2).getCell(k).value));
        expect(back).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it("writes parts that are well-formed XML, each with a content type, the text in shared strings", async () => {
    const bytes = await tableXlsx("R&D <x>", ["=h", "Due"], [["a < b & \"c\" ]]> \u0001", new Date(Date.UTC(2026, 0, 1))], ["\r\n\t", 1]], { columns: [{}, { numFmt: 'yyyy"<&>"mm' }] });
    const parts = unzipSync(bytes);
    expect(Object.keys(parts).sort()).toEqual(["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    for (const [name, data] of Object.entries(parts)) expect([name, XMLValidator.validate(strFromU8(data))]).toEqual([name, true]);
    const types = strFromU8(parts["[Content_Types].xml"]);
    for (const name of Object.keys(parts)) expect(types.includes(`PartName="/${name}"`) || types.includes(`Extension="${name.split(".").pop()}"`)).toBe(true);
    const sheetXml = strFromU8(parts["xl/worksheets/sheet1.xml"]);
    expect(sheetXml).toContain('<dimension ref="A1:B3"/>');
    expect(sheetXml).not.toContain("inlineStr");
    expect(strFromU8(parts["xl/sharedStrings.xml"])).toContain("a &lt; b &amp; &quot;c&quot; ]]&gt; </t>");
  });

  it("awaits the pause every few hundred rows of a big table, one pause at a time, and writes the same workbook", async () => {
    const rows: TableCell[][] = Array.from({ length: 5000 }, (_, i) => [`K${i}`, `Customer ${i}`, i * 1.25, `Dear customer ${i}, `.repeat(20)]);
    let pauses = 0;
    let pending = 0;
    let overlaps = 0;
    const pause = async () => {
      pauses++;
      if (pending > 0) overlaps++;
      pending++;
      await new Promise((resolve) => setImmediate(resolve));
      pending--;
    };
    const paused = await tableXlsx("Big", ["id", "name", "total", "body"], rows, { pause });
    expect(pauses).toBeGreaterThanOrEqual((2 * rows.length) / 500);
    expect(overlaps).toBe(0);
    expect(pending).toBe(0);
    const unpaused = await tableXlsx("Big", ["id", "name", "total", "body"], rows);
    const [a, b] = [unzipSync(paused), unzipSync(unpaused)];
    for (const name of ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"]) expect(strFromU8(a[name])).toBe(strFromU8(b[name]));
    const sheet = await readBack(paused);
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.getCell("D5001").value).toBe(rows[4999][3]);
    expect(sheet.getCell("C5001").value).toBe(4999 * 1.25);
  });
});

describe("xmlText and xmlChars", () => {
  it("escapes markup and CR, keeps tab, LF and astral characters, drops what XML 1.0 forbids", () => {
    expect(xmlText('<a href="x">&</a> ]]> \r\n\t 😀')).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt; ]]&gt; &#13;\n\t 😀");
    expect(xmlChars("\u0000\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uDC00x\uD83D")).toBe("x");
    expect(xmlChars("plain")).toBe("plain");
  });
  it("names columns as Excel does", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
  });
});

describe("safeSheetName", () => {
  it("keeps Excel's rules: 31 characters, none of \\ / ? * [ ] :", () => {
    expect(safeSheetName("AR Dunning [2026/12/01]: all customers")).toBe("AR Dunning _2026_12_01__ all cu");
    expect(safeSheetName("   ")).toBe("Sheet1");
  });
});
