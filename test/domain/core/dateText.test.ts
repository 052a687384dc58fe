import fc from "fast-check";
import { detectDateOrder, expandTwoDigitYear, parseDateText } from "../../../src/domain/core/dateText";
import { parseDateColumn } from "../../../src/domain/core/dateColumn";
import { serialToYmd, ymdToSerial } from "../../../src/domain/core/dates";

const MAY31 = ymdToSerial(2025, 5, 31);
const serialOf = (text: string, order: "DMY" | "MDY" = "DMY") => {
  const r = parseDateText(text, order);
  return r.ok ? r.serial : r.reason;
};

describe("parseDateText", () => {
  it.each([
    ["2025-05-31", "DMY"],
    ["2025-05-31T10:00:00", "DMY"],
    ["2025-05-31T10:00:00.000Z", "MDY"],
    ["2025-05-31 23:59", "DMY"],
    ["2025-05-31T10:00+02:00", "DMY"],
    ["2025/5/31", "DMY"],
    ["31/05/2025", "DMY"],
    ["31.05.2025", "DMY"],
    ["31-05-25", "DMY"],
    ["31.5.25", "DMY"],
    ["31/05/2025 14:30", "DMY"],
    ["05/31/2025", "MDY"],
    ["5/31/25 2:30 PM", "MDY"],
    ["20250531", "DMY"],
    ["45808", "DMY"],
    ["  31/05/2025  ", "DMY"],
  ])("reads %p (%s) as 31 May 2025", (text, order) => {
    expect(serialOf(text, order as "DMY" | "MDY")).toBe(MAY31);
  });

  it("reads the same d/m text by the order it is given", () => {
    expect(serialOf("03/04/2025", "DMY")).toBe(ymdToSerial(2025, 4, 3));
    expect(serialOf("03/04/2025", "MDY")).toBe(ymdToSerial(2025, 3, 4));
  });

  it("tells an impossible day, a date outside Excel's years and a date in the other order apart", () => {
    expect(serialOf("31/02/2025")).toBe("impossible");
    expect(serialOf("29/02/2025")).toBe("impossible");
    expect(serialOf("2025-13-01")).toBe("impossible");
    expect(serialOf("00/01/2025")).toBe("impossible");
    expect(serialOf("31/12/1899")).toBe("outOfRange");
    expect(serialOf("05/31/2025", "DMY")).toBe("otherOrder");
    expect(serialOf("31/05/2025", "MDY")).toBe("otherOrder");
    expect(serialOf("next week")).toBe("notADate");
  });

  describe("edge cases", () => {
    it("uses Excel's two-digit year pivot: 00–29 → 2000s, 30–99 → 1900s", () => {
      expect([0, 29, 30, 99].map(expandTwoDigitYear)).toEqual([2000, 2029, 1930, 1999]);
      expect(serialOf("01/01/29")).toBe(ymdToSerial(2029, 1, 1));
      expect(serialOf("01/01/30")).toBe(ymdToSerial(1930, 1, 1));
    });
    it("accepts 29 February in leap years only", () => {
      expect(serialOf("29/02/2024")).toBe(ymdToSerial(2024, 2, 29));
      expect(serialOf("29/02/1900")).toBe("impossible");
      expect(serialOf("29.02.00")).toBe(ymdToSerial(2000, 2, 29));
    });
    it.each(["", "2025-05", "31/05", "31/05-2025", "2025-05-31 25:00", "2025-05-31T10", "31/05/2025 noon", "1234", "123456789", "31/05/202", "2025-005-31", "1.5", "45808.5"])(
      "refuses %p",
      (text) => {
        expect(parseDateText(text).ok).toBe(false);
      },
    );
    it("reads a text serial in the 1904 system shifted to the 1900 system", () => {
      expect(parseDateText("44346", "DMY", 1904)).toEqual({ ok: true, serial: MAY31 });
    });
  });

  it("reads back every ISO and d/m/y date it is given (property)", () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, "0");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), fc.constantFrom("/", ".", "-"), (serial, sep) => {
        fc.pre(serial !== 60);
        const { year, month, day } = serialToYmd(serial);
        expect(serialOf(`${year}-${pad(month)}-${pad(day)}`)).toBe(serial);
        expect(serialOf(`${pad(day)}${sep}${pad(month)}${sep}${year}`, "DMY")).toBe(serial);
        expect(serialOf(`${month}${sep}${day}${sep}${year}`, "MDY")).toBe(serial);
      }),
    );
  });
});

describe("detectDateOrder", () => {
  it("lets any first part above 12 decide day-first, and any second part above 12 month-first", () => {
    expect(detectDateOrder(["01/02/2025", "31/01/2025"])).toEqual({ order: "DMY", basis: "evidence" });
    expect(detectDateOrder(["01/02/2025", "01/31/2025"])).toEqual({ order: "MDY", basis: "evidence" });
  });
  it("lets the majority win and a tie go to day-first", () => {
    expect(detectDateOrder(["13/01/2025", "01/13/2025", "01/14/2025"]).order).toBe("MDY");
    expect(detectDateOrder(["13/01/2025", "01/13/2025"]).order).toBe("DMY");
  });
  describe("edge cases", () => {
    it("defaults to day-first, the European convention, when nothing decides", () => {
      expect(detectDateOrder(["01/02/2025", "2025-12-31", 45808, null, "x"])).toEqual({ order: "DMY", basis: "none" });
    });
  });
});

describe("parseDateColumn", () => {
  it("detects the order per column and reads every text date by it", () => {
    const parsed = parseDateColumn(["05/31/2025", "06/01/2025", 45808, null]);
    expect(parsed.order.order).toBe("MDY");
    expect([...parsed.values]).toEqual([MAY31, MAY31 + 1, MAY31, NaN]);
    expect(parsed.errors).toEqual([]);
  });
  it("reads an undecided column day-first unless the order is forced", () => {
    expect([...parseDateColumn(["03/04/2025"]).values]).toEqual([ymdToSerial(2025, 4, 3)]);
    expect([...parseDateColumn(["03/04/2025"], 1900, { order: "MDY" }).values]).toEqual([ymdToSerial(2025, 3, 4)]);
  });
  it("names the text of impossible dates, dates in the other order and Excel errors", () => {
    const parsed = parseDateColumn(["31/01/2025", "31/02/2025", "01/31/2025", "#N/A", "soon", "1899-12-31"]);
    expect(parsed.errors).toEqual([
      { index: 1, problem: { code: "date.impossible", params: { text: "31/02/2025" } } },
      { index: 2, problem: { code: "date.monthFirstInDayFirst", params: { text: "01/31/2025" } } },
      { index: 3, problem: { code: "cell.excelError", params: { text: "#N/A" } } },
      { index: 4, problem: { code: "date.notADate", params: { text: "soon" } } },
      { index: 5, problem: { code: "date.outOfRange", params: { text: "1899-12-31" } } },
    ]);
    expect(parseDateColumn(["31/01/2025", "01/31/2025"], 1900, { order: "MDY" }).errors[0].problem.code).toBe("date.dayFirstInMonthFirst");
  });
  describe("edge cases", () => {
    it("keeps serials as they are, shifts 1904 serials and keeps the day of a time", () => {
      expect([...parseDateColumn([45808.75, 44346], 1904).values]).toEqual([45808 + 1462, MAY31]);
      expect([...parseDateColumn([45808.75]).values]).toEqual([MAY31]);
      expect(parseDateColumn([0, -1, 2958466]).errors.map((e) => e.problem.code)).toEqual(["date.outOfRange", "date.outOfRange", "date.outOfRange"]);
    });
  });
});
