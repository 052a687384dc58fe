import { checkCreditPolicy, CREDIT_POLICY_COLUMNS, creditPolicyTable, EXAMPLE_CREDIT_POLICY, findBand, readCreditPolicy } from "../../../src/domain/credit/creditPolicy";
import { DomainError } from "../../../src/domain/core/problem";

const HEADER = ["min_score", "income_pct", "max_dti", "max_limit", "step"];

/** The problem a call throws, as { code, params }. */
function problemOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return (e as DomainError).problem;
  }
  throw new Error("expected a DomainError");
}

describe("readCreditPolicy", () => {
  it("reads one band per row, amounts in minor units and the range row of each band", () => {
    expect(readCreditPolicy([HEADER, [600, 0.1, 0.4, 5000, 100], [700, 0.2, 0.45, 12000.5, 250]])).toEqual([
      { minScore: 600, incomePct: 0.1, maxDti: 0.4, maxLimit: 500000, step: 10000, row: 2 },
      { minScore: 700, incomePct: 0.2, maxDti: 0.45, maxLimit: 1200050, step: 25000, row: 3 },
    ]);
  });

  it("matches headers in any order and case, with spaces for underscores, and ignores other columns", () => {
    const rows = [["Step", "Grade", "MAX_LIMIT", "Max DTI", " income_pct ", "Min Score"], [100, "B", 5000, 0.4, 0.1, 600]];
    expect(readCreditPolicy(rows)).toEqual([{ minScore: 600, incomePct: 0.1, maxDti: 0.4, maxLimit: 500000, step: 10000, row: 2 }]);
  });

  it("skips fully blank rows but keeps counting them for row numbers", () => {
    const policy = readCreditPolicy([HEADER, [600, 0.1, 0.4, 5000, 100], [null, "", null, null, null], [700, 0.2, 0.45, 10000, 100]]);
    expect(policy.map((b) => b.row)).toEqual([2, 4]);
  });

  describe("bad tables", () => {
    it("names every missing column", () => {
      expect(problemOf(() => readCreditPolicy([["min_score", "step", "max_dti"], [600, 100, 0.4]]))).toEqual({ code: "credit.policy.missingColumns", params: { columns: "income_pct, max_limit" } });
    });
    it("refuses a column given twice", () => {
      expect(problemOf(() => readCreditPolicy([[...HEADER, "Step"], [600, 0.1, 0.4, 5000, 100, 100]]))).toEqual({ code: "credit.policy.duplicateColumn", params: { column: "step", first: 5, second: 6 } });
    });
    it("refuses a policy with only a header", () => {
      expect(problemOf(() => readCreditPolicy([HEADER, [null, null, null, null, null]])).code).toBe("credit.policy.empty");
    });
    it("refuses duplicate and unsorted min_score", () => {
      expect(problemOf(() => readCreditPolicy([HEADER, [600, 0.1, 0.4, 5000, 100], [600, 0.2, 0.4, 5000, 100]]))).toEqual({ code: "credit.policy.duplicateBand", params: { row: 3, minScore: 600, other: 2 } });
      expect(problemOf(() => readCreditPolicy([HEADER, [650, 0.1, 0.4, 5000, 100], [600, 0.2, 0.4, 5000, 100]]))).toEqual({ code: "credit.policy.unsorted", params: { row: 3, minScore: 600, other: 2, otherScore: 650 } });
    });
    it("refuses a percentage written as a whole number, as text, or negative", () => {
      expect(problemOf(() => readCreditPolicy([HEADER, [600, 10, 0.4, 5000, 100]])).code).toBe("credit.policy.incomePctRange");
      expect(problemOf(() => readCreditPolicy([HEADER, [600, 0.1, 40, 5000, 100]])).code).toBe("credit.policy.maxDtiRange");
      expect(problemOf(() => readCreditPolicy([HEADER, [600, -0.1, 0.4, 5000, 100]])).code).toBe("credit.policy.incomePctRange");
      expect(problemOf(() => readCreditPolicy([HEADER, [600, "10%", 0.4, 5000, 100]])).code).toBe("credit.policy.textPercent");
    });
    it("refuses a step that is not positive, even one that rounds to 0 cents", () => {
      for (const step of [0, -100, 0.004]) expect(problemOf(() => readCreditPolicy([HEADER, [600, 0.1, 0.4, 5000, step]]))).toEqual({ code: "credit.policy.stepNotPositive", params: { row: 2, minScore: 600 } });
    });
    it("refuses blank or text cells, naming the row and band", () => {
      expect(problemOf(() => readCreditPolicy([HEADER, [600, 0.1, null, 5000, 100]]))).toEqual({ code: "credit.policy.blankCell", params: { row: 2, minScore: 600, column: "max_dti" } });
      expect(problemOf(() => readCreditPolicy([HEADER, [600, 0.1, 0.4, "lots", 100]]))).toEqual({ code: "credit.policy.notANumber", params: { row: 2, minScore: 600, column: "max_limit", text: "lots" } });
      expect(problemOf(() => readCreditPolicy([HEADER, ["high", 0.1, 0.4, 5000, 100]]))).toEqual({ code: "credit.policy.minScoreNotANumber", params: { row: 2, text: "high" } });
      expect(problemOf(() => readCreditPolicy([HEADER, [null, 0.1, 0.4, 5000, 100]]))).toEqual({ code: "credit.policy.minScoreBlank", params: { row: 2 } });
      expect(problemOf(() => readCreditPolicy([HEADER, [600, 0.1, 0.4, -1, 100]])).code).toBe("credit.policy.maxLimitNegative");
    });
  });
});

describe("checkCreditPolicy", () => {
  it("accepts the example policy", () => {
    expect(() => checkCreditPolicy(EXAMPLE_CREDIT_POLICY)).not.toThrow();
  });
  it("numbers bands without a row as a template table would (header = row 1)", () => {
    const bands = [{ minScore: 600, incomePct: 0.1, maxDti: 0.4, maxLimit: 100, step: 100 }, { minScore: 650, incomePct: 0.1, maxDti: 0.4, maxLimit: 100, step: 0 }];
    expect(problemOf(() => checkCreditPolicy(bands))).toEqual({ code: "credit.policy.stepNotPositive", params: { row: 3, minScore: 650 } });
  });
});

describe("findBand", () => {
  it("takes the band with the highest min_score at or below the score", () => {
    expect(findBand(669.99, EXAMPLE_CREDIT_POLICY)?.minScore).toBe(620);
    expect(findBand(670, EXAMPLE_CREDIT_POLICY)?.minScore).toBe(670);
    expect(findBand(850, EXAMPLE_CREDIT_POLICY)?.minScore).toBe(800);
  });
  it("returns null below the lowest band", () => {
    expect(findBand(579, EXAMPLE_CREDIT_POLICY)).toBeNull();
  });
});

describe("creditPolicyTable", () => {
  it("writes the header and the example bands in major units, readable back unchanged", () => {
    const table = creditPolicyTable();
    expect(table[0]).toEqual([...CREDIT_POLICY_COLUMNS]);
    expect(table.slice(1)).toEqual([
      [580, 0.05, 0.35, 2000, 100],
      [620, 0.1, 0.4, 5000, 100],
      [670, 0.15, 0.43, 10000, 100],
      [740, 0.2, 0.45, 20000, 100],
      [800, 0.25, 0.5, 35000, 100],
    ]);
    expect(readCreditPolicy(table)).toEqual(EXAMPLE_CREDIT_POLICY);
  });
});
