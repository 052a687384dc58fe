import fc from "fast-check";
import { amountFormatForLocale, AmountFormat, detectDecimalMark, formatAmount, parseAmountText } from "../../../src/domain/core/amountText";
import { parseAmountColumn } from "../../../src/domain/core/amountColumn";
import { MAX_SAFE_MAJOR } from "../../../src/domain/core/money";

const minor = (text: string, mark: "," | ".") => {
  const r = parseAmountText(text, mark);
  return r.ok ? r.minor : r.reason;
};

describe("parseAmountText", () => {
  it.each([
    ["1.234,56", ",", 123456],
    ["1,234.56", ".", 123456],
    ["1 234,56", ",", 123456],
    ["1\u00a0234,56", ",", 123456],
    ["1\u202f234,56", ",", 123456],
    ["1'234.56", ".", 123456],
    ["1\u2019234.56", ".", 123456],
    ["(1,234.56)", ".", -123456],
    ["-1234.5", ".", -123450],
    ["\u22121234,5", ",", -123450],
    ["+12", ",", 1200],
    ["€ 1.234,56", ",", 123456],
    ["€1.234,56", ",", 123456],
    ["1.234,56 €", ",", 123456],
    ["EUR 1.234,56", ",", 123456],
    ["1.234,56 EUR", ",", 123456],
    ["-€ 1.234,56", ",", -123456],
    ["€ -1.234,56", ",", -123456],
    ["USD (1,234.56)", ".", -123456],
    ["1.234,56-", ",", -123456],
    ["1.234,56 -", ",", -123456],
    ["1234", ",", 123400],
    ["1234", ".", 123400],
    ["1.234.567", ",", 123456700],
    ["0,5", ",", 50],
    [",5", ",", 50],
    ["  42,00  ", ",", 4200],
    ["12.345.678,9", ",", 1234567890],
  ])("reads %p with decimal mark %p as %p minor units", (text, mark, expected) => {
    expect(minor(text, mark as "," | ".")).toBe(expected);
  });

  it("rounds half away from zero on the digits written, as Excel's ROUND", () => {
    expect(minor("1,005", ",")).toBe(101);
    expect(minor("2.675", ".")).toBe(268);
    expect(minor("-2.675", ".")).toBe(-268);
    expect(minor("1.0049999", ".")).toBe(100);
    expect(minor("0.125", ".")).toBe(13);
  });

  it("tells text written with the other decimal mark from text that is no amount", () => {
    expect(minor("1,234.56", ",")).toBe("otherMark");
    expect(minor("5.50", ",")).toBe("otherMark");
    expect(minor("next week", ",")).toBe("notAnAmount");
  });

  describe("edge cases", () => {
    it.each(["", "-", "€", "EUR", "1,2,3", "12,34,567", "1.234 567,00", "1..2", "1,", "--5", "(-5)", "(5", "5)", "1e5", "€ 5 $", "12 abc", "1 23", "12345.678.9"])(
      "refuses %p",
      (text) => {
        expect(parseAmountText(text, ",").ok).toBe(false);
        expect(parseAmountText(text, ".").ok).toBe(false);
      },
    );
    it("refuses amounts too large to hold exactly to the cent", () => {
      expect(minor(`${MAX_SAFE_MAJOR + 1}`, ".")).toBe("tooLarge");
      expect(minor(`${MAX_SAFE_MAJOR}`, ".")).toBe(MAX_SAFE_MAJOR * 100);
    });
    it("reads zero without a negative zero", () => {
      expect(Object.is(minor("-0,00", ","), 0)).toBe(true);
    });
    it("reads a currency without decimals with exponent 0", () => {
      expect(parseAmountText("1.234", ",", 0)).toEqual({ ok: true, minor: 1234 });
      expect(parseAmountText("1.5", ".", 0)).toEqual({ ok: true, minor: 2 });
    });
  });
});

describe("detectDecimalMark", () => {
  it("decides per column: one deciding cell makes '1.234' a thousand", () => {
    expect(detectDecimalMark(["1.234", "5,50"])).toEqual({ mark: ",", basis: "evidence" });
    expect(detectDecimalMark(["1,234", "5.50"])).toEqual({ mark: ".", basis: "evidence" });
  });
  it.each([
    ["1.234,56", ","],
    ["1,234.56", "."],
    ["1,234,567", "."],
    ["1.234.567", ","],
    ["0,125", ","],
    ["1234,567", ","],
    [",567", ","],
    ["1 234,567", ","],
    ["1'234.567", "."],
  ])("lets %p decide %p", (text, mark) => {
    expect(detectDecimalMark([text])).toEqual({ mark, basis: "evidence" });
  });
  it("lets the majority win and a tie go to the first deciding cell", () => {
    expect(detectDecimalMark(["1,5", "2.5", "3.5"]).mark).toBe(".");
    expect(detectDecimalMark(["1,5", "2.5"]).mark).toBe(",");
    expect(detectDecimalMark(["2.5", "1,5"]).mark).toBe(".");
  });
  describe("edge cases", () => {
    it("takes the mark of ambiguous columns as a thousands separator", () => {
      expect(detectDecimalMark(["1.234", "2.500"])).toEqual({ mark: ",", basis: "ambiguous" });
      expect(detectDecimalMark(["1,234", "2,500"])).toEqual({ mark: ".", basis: "ambiguous" });
    });
    it("defaults to a decimal comma when no text carries a mark, ignoring numbers and blanks", () => {
      expect(detectDecimalMark([1.5, null, "", "1234", "abc"])).toEqual({ mark: ",", basis: "none" });
    });
  });
});

describe("parseAmountColumn", () => {
  it("reads numbers and text amounts with one mark for the column", () => {
    const parsed = parseAmountColumn(["1.234", "5,50", 12.5, null, "(1.000,00)"]);
    expect([...parsed.values]).toEqual([123400, 550, 1250, NaN, -100000]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.decimal).toEqual({ mark: ",", basis: "evidence" });
  });
  it("reads an ambiguous column as thousands, unless the mark is forced", () => {
    expect([...parseAmountColumn(["1.234", "2.500"]).values]).toEqual([123400, 250000]);
    expect([...parseAmountColumn(["1.234", "2.500"], 2, { decimal: "." }).values]).toEqual([123, 250]);
  });
  it("names the text of bad cells, and cells written with the other mark", () => {
    const parsed = parseAmountColumn(["5,50", "abc", "1,234.56", "#N/A", true]);
    expect(parsed.errors).toEqual([
      { index: 1, problem: { code: "amount.notAnAmount", params: { text: "abc" } } },
      { index: 2, problem: { code: "amount.otherDecimalMark", params: { text: "1,234.56", mark: "," } } },
      { index: 3, problem: { code: "cell.excelError", params: { text: "#N/A" } } },
      { index: 4, problem: { code: "amount.boolean", params: { text: "TRUE" } } },
    ]);
  });
  describe("edge cases", () => {
    it("keeps blank texts blank without a problem", () => {
      const parsed = parseAmountColumn(["  ", "\u00a0"]);
      expect([...parsed.values]).toEqual([NaN, NaN]);
      expect(parsed.errors).toEqual([]);
    });
    it("keeps the old messages for numbers too large", () => {
      expect(parseAmountColumn([1e15]).errors[0].problem.code).toBe("amount.tooLarge");
      expect(parseAmountColumn(["1000000000000000"]).errors[0].problem).toEqual({ code: "amount.tooLarge", params: { text: "1000000000000000" } });
    });
  });
});

describe("formatAmount", () => {
  it("writes amounts in a convention", () => {
    expect(formatAmount(-123456, { decimal: ",", group: "." })).toBe("-1.234,56");
    expect(formatAmount(-123456, { decimal: ".", group: ",", negative: "parentheses", currency: "USD" })).toBe("USD (1,234.56)");
    expect(formatAmount(-123456, { decimal: ",", group: "", negative: "trailing" })).toBe("1234,56-");
    expect(formatAmount(5, { decimal: ",", group: "." })).toBe("0,05");
    expect(formatAmount(123456789, { decimal: ",", group: "." }, 0)).toBe("123.456.789");
  });
  it("follows a locale's decimal and group characters", () => {
    expect(amountFormatForLocale("de-DE")).toEqual({ decimal: ",", group: "." });
    expect(amountFormatForLocale("en-US")).toEqual({ decimal: ".", group: "," });
    expect(amountFormatForLocale("fr-FR")).toEqual({ decimal: ",", group: "\u202f" });
    expect(formatAmount(123456789, amountFormatForLocale("fr-FR"))).toBe("1\u202f234\u202f567,89");
  });

  describe("round trip (property)", () => {
    const formats: fc.Arbitrary<AmountFormat> = fc.record({
      decimal: fc.constantFrom<"," | ".">(",", "."),
      groupKind: fc.constantFrom("mark", " ", "\u00a0", "\u202f", "'", ""),
      negative: fc.constantFrom<"minus" | "parentheses" | "trailing">("minus", "parentheses", "trailing"),
      currency: fc.constantFrom(undefined, "EUR", "€", "CHF"),
    }).map(({ decimal, groupKind, negative, currency }) => ({ decimal, group: groupKind === "mark" ? (decimal === "," ? "." : ",") : groupKind, negative, currency }));
    const amounts = fc.oneof(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: -MAX_SAFE_MAJOR * 100, max: MAX_SAFE_MAJOR * 100 }));

    it("reads back every formatted amount with the format's mark", () => {
      fc.assert(
        fc.property(amounts, formats, fc.constantFrom(0, 2, 3), (m, format, exponent) => {
          expect(parseAmountText(formatAmount(m, format, exponent), format.decimal, exponent)).toEqual({ ok: true, minor: m || 0 });
        }),
      );
    });
    it("detects the mark of a column of formatted two-decimal amounts and reads them back", () => {
      fc.assert(
        fc.property(fc.array(amounts, { minLength: 1, maxLength: 20 }), formats, (ms, format) => {
          const parsed = parseAmountColumn(ms.map((m) => formatAmount(m, format)));
          expect(parsed.decimal.mark).toBe(format.decimal);
          expect([...parsed.values]).toEqual(ms.map((m) => m || 0));
        }),
      );
    });
  });
});
