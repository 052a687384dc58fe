import fc from "fast-check";
import { cellBytes, jsonStringBytes, planChunks, rowBytes, rowsPerRead } from "../../src/workbook/officeChunks";
import { cellAddress, columnLetters, columnReference, isDateFormat, isValidTableName, tableNameFor, wireCell } from "../../src/workbook/officeCells";

const utf8 = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");
const anyChar = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const cell = fc.oneof(fc.string({ unit: anyChar, maxLength: 40 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean());

describe("jsonStringBytes", () => {
  it("equals the UTF-8 size of JSON.stringify for any text, lone surrogates and control characters included", () => {
    fc.assert(fc.property(fc.string({ unit: anyChar, maxLength: 60 }), (s) => jsonStringBytes(s) === utf8(s)));
    expect(jsonStringBytes('a"é\n😀\u0001')).toBe(utf8('a"é\n😀\u0001'));
  });
});

describe("cellBytes and rowBytes", () => {
  it("measure a row as JSON.stringify does, plus the comma that separates rows", () => {
    fc.assert(fc.property(fc.array(cell, { maxLength: 12 }), (row) => rowBytes(row) === utf8(row) + 1));
    expect(cellBytes(null)).toBe(4);
  });
});

describe("planChunks", () => {
  it("covers every row once, in order, each chunk within the budget", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 200 }), fc.integer({ min: 400, max: 5_000 }), (rows, budget) => {
        const chunks = planChunks(rows, { budgetBytes: budget });
        let next = 0;
        for (const c of chunks) {
          if (c.start !== next || c.count < 1) return false;
          const slice = rows.slice(c.start, c.start + c.count);
          if (utf8(slice) > budget + 1 || c.bytes !== utf8(slice) - 1) return false;
          next += c.count;
        }
        return next === rows.length;
      }),
    );
  });

  it("sizes chunks from the data: long rows make small chunks", () => {
    const short = Array.from({ length: 1000 }, () => [1]);
    const long = Array.from({ length: 1000 }, () => ["x".repeat(1000)]);
    expect(planChunks(short, { budgetBytes: 10_000 })).toHaveLength(1);
    expect(planChunks(long, { budgetBytes: 10_000 }).length).toBeGreaterThanOrEqual(100);
  });

  it("caps the cells of a chunk", () => {
    expect(planChunks(Array.from({ length: 10 }, () => [1, 2, 3]), { maxCells: 7 }).map((c) => c.count)).toEqual([2, 2, 2, 2, 2]);
  });

  it("refuses a row that no request could carry, naming it", () => {
    expect(() => planChunks([["a"], ["b".repeat(100)]], { budgetBytes: 50 })).toThrow(/^row 2 holds about 105 bytes/);
  });

  describe("edge cases", () => {
    it("returns no chunk for no rows", () => {
      expect(planChunks([])).toEqual([]);
    });
  });
});

describe("rowsPerRead", () => {
  it("leaves a margin of two over the largest measured row and respects the cell cap", () => {
    expect(rowsPerRead(1_000, 10, { budgetBytes: 4_000_000 })).toBe(2_000);
    expect(rowsPerRead(10, 100, { budgetBytes: 4_000_000, maxCells: 50_000 })).toBe(500);
    expect(rowsPerRead(10_000_000, 1)).toBe(1);
  });
});

describe("office cells", () => {
  it("protects text with the apostrophe prefix and never sends null or NaN", () => {
    expect(["1-30", "", null, 12.5, Number.NaN, true].map((v) => wireCell(v))).toEqual(["'1-30", "", "", 12.5, "'#NUM!", true]);
    expect(wireCell(46351, 1462)).toBe(44889);
  });

  it("recognises date formats, not numbers, text or times", () => {
    expect(["yyyy-mm-dd", "dd/mm/yyyy", "[$-410]d mmmm yyyy", "d-mmm"].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(["General", "#,##0.00", "@", "hh:mm", '0 "days"', "[Red]0.00", undefined].map(isDateFormat)).toEqual([false, false, false, false, false, false, false]);
  });

  it("derives valid, unique table names and escapes headers in structured references", () => {
    expect(tableNameFor("AR Aging 2026-11-25", new Set())).toBe("AR_Aging_2026_11_25");
    expect(tableNameFor("AR Log", new Set(["ar_log"]))).toBe("AR_Log_2");
    expect(["AR1", "R", "C", "R1C1", "1abc", "a b"].some(isValidTableName)).toBe(false);
    expect(isValidTableName("AR_Settings")).toBe(true);
    expect(columnReference("Over 90 [EUR] #1")).toBe("[Over 90 '[EUR'] '#1]");
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(16383), cellAddress(2, 1)]).toEqual(["A", "Z", "AA", "XFD", "B3"]);
  });
});
