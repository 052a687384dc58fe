import { col, formulaMessage } from "../support/formulaMessage";
import { functions } from "../../src/functions";
import { LANGUAGES, setLanguage } from "../../src/i18n";

const AS_OF = 46000;
const POLICY = [
  ["min_score", "income_pct", "max_dti", "max_limit", "step"],
  [600, 0.1, 0.4, 15000, 500],
];

describe("a range where one value is expected", () => {
  it.each([
    ["a 2-row column for score", () => functions.CREDITLIMIT(col([700, 710]), 60000), "score must be one value, not a range of 2 × 1 cells"],
    ["a 1×2 row for as_of", () => functions.AGING(col([1]), col([AS_OF]), [[AS_OF, AS_OF + 1]]), "as_of must be one value, not a range of 1 × 2 cells"],
    ["a 2×2 block for balance", () => functions.PAYMENTPLAN([[1, 2], [3, 4]], AS_OF, 12), "balance must be one value, not a range of 2 × 2 cells"],
    ["a 3-row column for annual_rate", () => functions.PAYMENTPLAN(100, AS_OF, 12, col([0.05, 0.06, 0.07])), "annual_rate must be one value, not a range of 3 × 1 cells"],
    ["a 2-row column for model", () => functions.ZSCORE(20, 30, 10, 60, 150, 100, 40, col(["Z", "Z1"])), "model must be one value, not a range of 2 × 1 cells"],
    ["a 2-row column for headers", () => functions.AGING(col([1]), col([AS_OF]), AS_OF, null as never, null as never, col([true, false])), "headers must be one value, not a range of 2 × 1 cells"],
  ])("%s says it must be one value", (_, call, expected) => {
    expect(formulaMessage(call)).toBe(expected);
  });
  it("still accepts a one-cell range", () => {
    expect(functions.CREDITLIMIT([[700]], [[60000]])).toBe(9000);
  });
  it("keeps the row-or-column message for a block given where a column is expected", () => {
    expect(formulaMessage(() => functions.AGING([[1, 2], [3, 4]], col([AS_OF, AS_OF]), AS_OF))).toBe("amounts must be a single row or column, not 2 rows × 2 columns");
  });
  it("is translated", () => {
    const seen = new Set<string>();
    for (const lang of LANGUAGES) {
      setLanguage(lang);
      try {
        const message = formulaMessage(() => functions.CREDITLIMIT(col([700, 710]), 60000));
        expect(message).toMatch(/^score .*2 × 1/);
        seen.add(message);
      } finally {
        setLanguage("en");
      }
    }
    expect(seen.size).toBe(LANGUAGES.length);
  });
});

describe("a blank argument", () => {
  // The new-account check said "score must be a number, not the text ''" for a blank score (see
  // test/domain/customers/newAccount.test.ts); the formulas say it is missing, whatever the blank looks like.
  it.each<[string, unknown]>([
    ["null", null],
    ["empty text", ""],
    ["spaces", "  "],
    ["a non-breaking space", "\u00a0"],
    ["a blank one-cell range", [[""]]],
    ["an empty range", [[]]],
    ["a range of blanks", [[null], [""]]],
  ])("score as %s is missing, not text that is not a number", (_, blank) => {
    expect(formulaMessage(() => functions.CREDITLIMIT(blank, 60000))).toBe("score is required");
    expect(formulaMessage(() => functions.CREDITDECISION(blank, 60000))).toBe("score is required");
  });
  it("as_of given as an empty range is missing, not a range of 0 rows", () => {
    expect(formulaMessage(() => functions.AGING(col([1]), col([AS_OF]), [[]]))).toBe("as_of is required");
  });
});

describe("the hint about percentages written as text", () => {
  it("is given on rate arguments", () => {
    expect(formulaMessage(() => functions.PAYMENTPLAN(100, AS_OF, 12, "8%"))).toBe("annual_rate must be a number such as 8% or 0.08, not the text '8%'");
    expect(formulaMessage(() => functions.CREDITLIMIT(700, 60000, 0, [...POLICY, [650, "20%", 0.4, 5000, 100]]))).toBe(
      "policy row 3 (min_score 650): income_pct must be a number such as 10% or 0.1, not the text '20%'",
    );
    expect(formulaMessage(() => functions.CREDITLIMIT(700, 60000, 0, [...POLICY, [650, 0.2, "45 %", 5000, 100]]))).toBe(
      "policy row 3 (min_score 650): max_dti must be a number such as 10% or 0.1, not the text '45 %'",
    );
  });
  it.each([
    ["income", () => functions.CREDITLIMIT(700, "60000%"), "income must be a number, not '60000%'"],
    ["score", () => functions.CREDITLIMIT("70%", 60000), "score must be a number, not '70%'"],
    ["monthly_debt", () => functions.CREDITDECISION(700, 60000, "5%"), "monthly_debt must be a number, not '5%'"],
    ["grace_days", () => functions.PLANSTATUS(col([AS_OF]), col([100]), col([null]), col([null]), AS_OF, "7%"), "grace_days must be a number, not '7%'"],
    ["installments", () => functions.PAYMENTPLAN(100, AS_OF, "12%"), "installments must be a number, not '12%'"],
    ["budget", () => functions.PAYMENTPLAN(100, AS_OF, null, 0, null, "10%"), "budget must be a number, not '10%'"],
    ["total_assets", () => functions.ZSCORE(20, 30, 10, 60, 150, "100%", 40), "total_assets must be a number, not '100%'"],
    ["max_limit in a policy", () => functions.CREDITLIMIT(700, 60000, 0, [...POLICY, [650, 0.2, 0.4, "50%", 100]]), "policy row 3 (min_score 650): max_limit must be a number, not '50%'"],
    ["step in a policy", () => functions.CREDITLIMIT(700, 60000, 0, [...POLICY, [650, 0.2, 0.4, 5000, "1%"]]), "policy row 3 (min_score 650): step must be a number, not '1%'"],
  ])("is not given on %s, which is no rate", (_, call, expected) => {
    expect(formulaMessage(call)).toBe(expected);
  });
});
