import { col, formulaMessage } from "../support/formulaMessage";
import { functions } from "../../src/functions";
import { LANGUAGES, setLanguage } from "../../src/i18n";

const SALES = col([100_000, 80_000, 70_000]);

describe("AR.DSO", () => {
  it("is simple DSO with one sales figure: over 365 days unless told", () => {
    expect(functions.DSO(15_000, [[10_000]], 30)).toBe(45);
    expect(functions.DSO(15_000, 10_000 as never, 30)).toBe(45);
    expect(functions.DSO(100_000, [[1_200_000]])).toBe(30.4166666666667);
  });

  it("counts back over a column of sales, newest first: the reference 73.71", () => {
    expect(functions.DSO(212_000, SALES)).toBe(73.7142857142857);
    expect(functions.DSO(212_000, [[100_000, 80_000, 70_000]])).toBe(73.7142857142857);
  });

  it("counts back within the first period, to a boundary, and in periods of the days given", () => {
    expect(functions.DSO(50_000, SALES)).toBe(15);
    expect(functions.DSO(180_000, SALES)).toBe(60);
    expect(functions.DSO(180_000, SALES, 31)).toBe(62);
  });

  it("ignores blank cells after the last period (a column with room for more months)", () => {
    expect(functions.DSO(212_000, col([100_000, 80_000, 70_000, null, ""]))).toBe(73.7142857142857);
  });

  it("reads text amounts in the sales column as the ledger reader does", () => {
    expect(functions.DSO(212_000, col(["100.000,00", "80.000,00", "70.000,00"]))).toBe(73.7142857142857);
  });

  describe("bad input", () => {
    it.each<[string, () => unknown, string]>([
      ["receivables beyond all the periods", () => functions.DSO(250_000.01, SALES), "receivables (250000.01) are more than the sales of the 3 periods given (250000.00): add older periods at the end of sales to count back further"],
      ["receivables beyond the only period", () => functions.DSO(2, col([1, null])), "receivables (2.00) are more than the sales of the only period given (1.00): add older periods at the end of sales to count back further"],
      ["no sales", () => functions.DSO(100, [[0]]), "sales is 0: DSO is undefined without sales"],
      ["no sales in any period", () => functions.DSO(100, col([0, 0, 0])), "sales are 0 in all 3 periods: DSO is undefined without sales"],
      ["negative receivables", () => functions.DSO(-5, SALES), "receivables must be 0 or more, not -5.00"],
      ["a negative sales figure", () => functions.DSO(5, [[-100]]), "sales must be 0 or more, not -100.00"],
      ["a negative period", () => functions.DSO(5, col([100, -1])), "row 2 of sales: -1.00 is negative; the sales of a period must be 0 or more"],
      ["a blank period before a filled one", () => functions.DSO(5, col([100, null, 50])), "row 2 of sales is blank but a later row is filled in; enter 0 for a period without sales"],
      ["text in a period", () => functions.DSO(5, col([100, "n/a"])), "row 2 of sales: text 'n/a' is not an amount"],
      ["missing sales", () => functions.DSO(5, null as never), "sales is required"],
      ["a block of sales", () => functions.DSO(5, [[1, 2], [3, 4]]), "sales must be a single row or column, not 2 rows × 2 columns"],
      ["0 days", () => functions.DSO(5, SALES, 0), "days must be a number of days from 1 to 3660, not 0"],
      ["text days", () => functions.DSO(5, SALES, "30 days"), "days must be a number, not '30 days'"],
      ["text receivables", () => functions.DSO("lots", SALES), "receivables must be a number, not 'lots'"],
    ])("refuses %s with a message naming the argument", (_, call, message) => {
      expect(formulaMessage(call)).toBe(message);
    });
    it("says it in every language", () => {
      const seen = new Set<string>();
      for (const lang of LANGUAGES) {
        setLanguage(lang);
        try {
          const message = formulaMessage(() => functions.DSO(250_000.01, SALES));
          expect(message).toMatch(/^receivables \(250000\.01\).*\b3\b.*sales/);
          seen.add(message);
        } finally {
          setLanguage("en");
        }
      }
      expect(seen.size).toBe(LANGUAGES.length);
    });
  });
});

describe("AR.BPDSO", () => {
  it("is DSO of the current receivables: 4,000 of 10,000 over 30 days is 12", () => {
    expect(functions.BPDSO(4_000, [[10_000]], 30)).toBe(12);
    expect(functions.BPDSO(50_000, SALES)).toBe(15);
  });
  it("names current_receivables in its messages", () => {
    expect(formulaMessage(() => functions.BPDSO(-1, SALES))).toBe("current_receivables must be 0 or more, not -1.00");
    expect(formulaMessage(() => functions.BPDSO(null, SALES))).toBe("current_receivables is required");
  });
});

describe("AR.ADD", () => {
  it("is DSO − BPDSO: 15,000 total, 4,000 current, 10,000 sales over 30 days → 33", () => {
    expect(functions.ADD(15_000, 4_000, [[10_000]], 30)).toBe(33);
  });
  it("counts back both with a column of sales", () => {
    expect(functions.ADD(212_000, 50_000, SALES)).toBe(58.7142857142857);
  });
  it("refuses current receivables above the total, which include them", () => {
    expect(formulaMessage(() => functions.ADD(4_000, 15_000, [[10_000]], 30))).toBe("current_receivables (15000.00) cannot be more than receivables (4000.00), which include them");
  });
});

describe("AR.CEI", () => {
  it("is (opening + sales / periods − closing) / (opening + sales / periods − closing current), as a fraction", () => {
    expect(functions.CEI(50_000, 40_000, 45_000, 30_000)).toBe(0.75);
    expect(functions.CEI(100_000, 300_000, 120_000, 80_000, 3)).toBe(0.666666666666667);
    expect(functions.CEI(100, 100, 90, 30, 3)).toBe(0.419354838709677);
  });
  it.each<[string, () => unknown, string]>([
    ["closing current above closing", () => functions.CEI(50_000, 40_000, 45_000, 46_000), "closing_current_receivables (46000.00) cannot be more than closing_receivables (45000.00), which include them"],
    ["nothing collectable", () => functions.CEI(10, 20, 30, 30), "closing_current_receivables (30.00) leave nothing to collect of opening_receivables + sales / periods (30.00): CEI is undefined"],
    ["negative opening", () => functions.CEI(-1, 20, 30, 30), "opening_receivables must be 0 or more, not -1.00"],
    ["fractional periods", () => functions.CEI(50_000, 40_000, 45_000, 30_000, 2.5), "periods must be a whole number from 1 to 1000, not 2.5"],
    ["a missing figure", () => functions.CEI(50_000, null, 45_000, 30_000), "sales is required"],
  ])("refuses %s, naming the argument", (_, call, message) => {
    expect(formulaMessage(call)).toBe(message);
  });
});
