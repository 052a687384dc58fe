import ExcelJS from "exceljs";
import { credit, debit, journalEntry, JOURNAL_COLUMNS } from "../../../src/domain/writeoffs";
import { journalFiles, journalTable } from "../../../src/export/writeoffs/journalFiles";

const header = (id: string, customer: string) => ({ id, date: 46_000, type: "Write-off" as const, currency: "EUR", customerId: "C-1", customer, invoice: "F1", reason: "@SUM(1+1)", approver: "Anna", reverses: "" });
const entries = [journalEntry(header("JE-000001", "=HYPERLINK(\"http://x\",\"y\")"), [debit("1290", 123_456), credit("1200", 123_456)]), journalEntry(header("JE-000002", "Rossi, S.r.l."), [debit("1290", 5), credit("1200", 5)])];

describe("journalFiles", () => {
  it("exports the chosen columns in the journal's order, one row per line, dates as dates", () => {
    const { headers, rows } = journalTable(entries, ["Credit", "Entry id", "Date", "Debit", "Account"]);
    expect(headers).toEqual(["Entry id", "Date", "Account", "Debit", "Credit"]);
    expect(rows[0]).toEqual(["JE-000001", new Date("2025-12-09T00:00:00Z"), "1290", 1234.56, null]);
    expect(rows).toHaveLength(4);
  });

  it("guards every text cell against formula injection, and debits equal credits in the CSV", async () => {
    const { csv } = await journalFiles(entries, JOURNAL_COLUMNS);
    const text = new TextDecoder().decode(csv.bytes);
    expect(csv.name).toBe("AR Journal.csv");
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain("'@SUM(1+1)");
    expect(text).not.toMatch(/(^|,)[=@+-]/m);
    const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe(JOURNAL_COLUMNS.join(","));
    const cents = (s: string) => Math.round(Number(s || 0) * 100);
    const sums = lines.slice(1).map((l) => l.match(/^JE-\d+,[^,]*,\d+,([\d.]*),([\d.]*),/)!).reduce((s, m) => s + cents(m[1]) - cents(m[2]), 0);
    expect(sums).toBe(0);
  });

  it("writes an XLSX that reads back with the guard, numbers and dates", async () => {
    const { xlsx } = await journalFiles(entries, ["Entry id", "Date", "Customer", "Debit", "Credit"]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("AR Journal")!;
    expect([1, 2, 3, 4, 5].map((c) => sheet.getRow(1).getCell(c).value)).toEqual(["Entry id", "Date", "Debit", "Credit", "Customer"]);
    expect(sheet.getCell("E2").value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(sheet.getCell("C2").value).toBe(1234.56);
    expect((sheet.getCell("B2").value as Date).toISOString().slice(0, 10)).toBe("2025-12-09");
    expect(sheet.getCell("D3").value).toBe(1234.56);
  });
});
