import { policyInForce, policyTemplate, readPolicyVersions } from "../../../src/domain/credit/reviewPolicy";
import { EXAMPLE_CREDIT_POLICY } from "../../../src/domain/credit/creditPolicy";
import { DomainError } from "../../../src/domain/core/problem";

const HEAD = ["valid_from", "min_score", "income_pct", "max_dti", "max_limit", "step"];

function problemOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.problem;
    throw e;
  }
  throw new Error("no error");
}

describe("readPolicyVersions", () => {
  it("reads the template back as the example policy", () => {
    const [v] = readPolicyVersions(policyTemplate(46000));
    expect(v.validFrom).toBe(46000);
    expect(v.policy.map((b) => [b.minScore, b.maxLimit])).toEqual(EXAMPLE_CREDIT_POLICY.map((b) => [b.minScore, b.maxLimit]));
  });

  it("groups rows by valid_from, in date order, whatever the row order", () => {
    const versions = readPolicyVersions([HEAD, ["2026-01-01", 600, 0.1, 0.4, 5000, 100], [45000, 500, 0.05, 0.3, 1000, 100], ["2026-01-01", 700, 0.2, 0.4, 9000, 100]]);
    expect(versions.map((v) => [v.validFrom, v.policy.map((b) => b.minScore)])).toEqual([
      [45000, [500]],
      [46023, [600, 700]],
    ]);
  });

  it("names the band of an unsorted version with its row in the table", () => {
    const p = problemOf(() => readPolicyVersions([HEAD, [46000, 700, 0.1, 0.4, 5000, 100], [45000, 500, 0.1, 0.4, 5000, 100], [46000, 600, 0.1, 0.4, 5000, 100]]));
    expect(p).toEqual({ code: "credit.policy.unsorted", params: { row: 4, minScore: 600, other: 2, otherScore: 700 } });
  });

  it("names an overlapping (repeated) band", () => {
    const p = problemOf(() => readPolicyVersions([HEAD, [46000, 600, 0.1, 0.4, 5000, 100], [46000, 600, 0.2, 0.4, 9000, 100]]));
    expect(p).toMatchObject({ code: "credit.policy.duplicateBand", params: { row: 3, minScore: 600, other: 2 } });
  });

  it("refuses an empty policy, a bad valid_from and a policy with no version in force", () => {
    expect(problemOf(() => readPolicyVersions([HEAD])).code).toBe("credit.policy.empty");
    expect(problemOf(() => readPolicyVersions([HEAD, ["soon", 600, 0.1, 0.4, 5000, 100]]))).toEqual({ code: "creditPanel.policy.validFromNotADate", params: { row: 2, text: "soon" } });
    expect(problemOf(() => policyInForce(readPolicyVersions(policyTemplate(46400)), 46351))).toEqual({ code: "creditPanel.policy.noneInForce", params: { date: "2026-11-25", earliest: "2027-01-13" } });
  });

  it("reads a table without valid_from as one version in force on every date", () => {
    const versions = readPolicyVersions([HEAD.slice(1), [600, 0.1, 0.4, 5000, 100]]);
    expect(policyInForce(versions, 1).validFrom).toBeNull();
  });
});

describe("policyInForce", () => {
  it("picks the latest version starting on or before the date", () => {
    const versions = readPolicyVersions([HEAD, [46000, 600, 0.1, 0.4, 5000, 100], [46300, 600, 0.2, 0.4, 9000, 100], [46400, 600, 0.3, 0.4, 9000, 100]]);
    expect([45999 + 1, 46299, 46300, 46351, 46400].map((d) => policyInForce(versions, d).validFrom)).toEqual([46000, 46000, 46300, 46300, 46400]);
  });
});
