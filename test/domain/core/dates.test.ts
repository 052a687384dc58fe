import fc from "fast-check";
import { edate, from1904, isSerial, isValidYmd, MAX_SERIAL, SERIAL_1904_OFFSET, serialToIso, serialToYmd, ymdToSerial } from "../../../src/domain/core/dates";

describe("ymdToSerial", () => {
  it("matches Excel's serials", () => {
    expect(ymdToSerial(1900, 1, 1)).toBe(1);
    expect(ymdToSerial(1900, 2, 28)).toBe(59);
    expect(ymdToSerial(1900, 3, 1)).toBe(61);
    expect(ymdToSerial(2025, 5, 31)).toBe(45808);
    expect(ymdToSerial(9999, 12, 31)).toBe(MAX_SERIAL);
  });
  describe("edge cases", () => {
    it("keeps Excel's phantom 29 February 1900 as serial 60", () => {
      expect(ymdToSerial(1900, 2, 29)).toBe(60);
      expect(serialToYmd(60)).toEqual({ year: 1900, month: 2, day: 29 });
    });
    it("shifts the 1904 system by 1462 days", () => {
      expect(ymdToSerial(1904, 1, 1, 1904)).toBe(0);
      expect(ymdToSerial(2025, 5, 31, 1904)).toBe(45808 - SERIAL_1904_OFFSET);
      expect(serialToYmd(0, 1904)).toEqual({ year: 1904, month: 1, day: 1 });
      expect(from1904(ymdToSerial(2025, 5, 31, 1904))).toBe(45808);
      expect(isSerial(0, 1904)).toBe(true);
      expect(isSerial(0)).toBe(false);
    });
  });
  it("round-trips every serial from 1900-01-01 to 9999-12-31 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SERIAL }), (serial) => {
        const { year, month, day } = serialToYmd(serial);
        expect(ymdToSerial(year, month, day)).toBe(serial);
        if (serial !== 60) expect(isValidYmd(year, month, day)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it("gives consecutive days consecutive serials (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_SERIAL - 1 }), (serial) => {
        const a = serialToYmd(serial);
        const b = serialToYmd(serial + 1);
        const next = a.day < 28 ? { ...a, day: a.day + 1 } : b;
        expect(b).toEqual(next);
        expect(new Date(Date.UTC(b.year, b.month - 1, b.day)).getTime() - new Date(Date.UTC(a.year, a.month - 1, a.day)).getTime()).toBe(86_400_000);
      }),
    );
  });
});

describe("edate", () => {
  const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);
  it("moves by whole months, clamping to the month's last day", () => {
    expect(edate(d(2025, 1, 31), 1)).toBe(d(2025, 2, 28));
    expect(edate(d(2024, 1, 31), 1)).toBe(d(2024, 2, 29));
    expect(edate(d(2025, 1, 31), 2)).toBe(d(2025, 3, 31));
    expect(edate(d(2025, 3, 31), -1)).toBe(d(2025, 2, 28));
    expect(edate(d(2025, 11, 30), 3)).toBe(d(2026, 2, 28));
  });
  describe("edge cases", () => {
    it("crosses years both ways", () => {
      expect(edate(d(2025, 12, 15), 1)).toBe(d(2026, 1, 15));
      expect(edate(d(2025, 1, 15), -13)).toBe(d(2023, 12, 15));
    });
  });
});

describe("serialToIso", () => {
  it("writes ISO 8601 dates", () => {
    expect(serialToIso(45808)).toBe("2025-05-31");
    expect(serialToIso(1)).toBe("1900-01-01");
  });
});
