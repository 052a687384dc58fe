import { DomainError } from "../../../src/domain/core/problem";
import { checkDunningPolicy, DEFAULT_DUNNING_POLICY, readDunningPolicy } from "../../../src/domain/dunning/policy";

const HEADER = ["level", "min_days_overdue", "min_days_since_last"];

describe("readDunningPolicy", () => {
  it("reads one row per level under the header row", () => {
    expect(readDunningPolicy([HEADER, [1, 7, 14], [2, 21, 14], [3, 35, 14], [4, 60, 14]])).toEqual(DEFAULT_DUNNING_POLICY);
  });
  it("takes the columns in any order and case, ignores other columns and skips blank rows", () => {
    const rows = [["Letter", "Min days since last", "LEVEL", "Min-days-overdue"], ["Friendly", 0, 1, 5], [null, null, null, null], ["Final", 10, 2, 30]];
    expect(readDunningPolicy(rows)).toEqual([
      { level: 1, minDaysOverdue: 5, minDaysSinceLast: 0, row: 2 },
      { level: 2, minDaysOverdue: 30, minDaysSinceLast: 10, row: 4 },
    ]);
  });

  describe("edge cases", () => {
    it.each<[string, unknown[][], DomainError]>([
      ["a missing column", [["level", "min_days_overdue"], [1, 7]], new DomainError("dunning.policy.missingColumns", { columns: "min_days_since_last" })],
      ["a column twice", [[...HEADER, "level"], [1, 7, 14, 1]], new DomainError("dunning.policy.duplicateColumn", { column: "level", first: 1, second: 4 })],
      ["no levels", [HEADER, [null, null, null]], new DomainError("dunning.policy.empty")],
      ["a blank cell", [HEADER, [1, null, 14]], new DomainError("dunning.policy.blankCell", { row: 2, column: "min_days_overdue" })],
      ["text", [HEADER, [1, "a week", 14]], new DomainError("dunning.policy.notWhole", { row: 2, column: "min_days_overdue", text: "a week" })],
      ["a fraction", [HEADER, [1, 7, 14.5]], new DomainError("dunning.policy.notWhole", { row: 2, column: "min_days_since_last", text: "14.5" })],
      ["a negative number of days", [HEADER, [1, -7, 14]], new DomainError("dunning.policy.notWhole", { row: 2, column: "min_days_overdue", text: "-7" })],
      ["an error value", [HEADER, [1, "#N/A", 14]], new DomainError("dunning.policy.errorCell", { row: 2, column: "min_days_overdue", text: "#N/A" })],
      ["levels out of order", [HEADER, [2, 7, 14], [1, 21, 14]], new DomainError("dunning.policy.levelOrder", { row: 2, text: "2", expected: 1 })],
      ["a level that comes sooner than the one before", [HEADER, [1, 21, 14], [2, 7, 14]], new DomainError("dunning.policy.sooner", { row: 3, level: 2, days: 7, previous: 21, previousLevel: 1 })],
      ["nothing at all", [], new DomainError("dunning.policy.missingColumns", { columns: "level, min_days_overdue, min_days_since_last" })],
    ])("refuses %s, naming the row", (_, rows, error) => {
      expect(() => readDunningPolicy(rows as never)).toThrow(error);
    });
  });
});

describe("checkDunningPolicy", () => {
  it("accepts the default policy", () => expect(() => checkDunningPolicy(DEFAULT_DUNNING_POLICY)).not.toThrow());
  it("refuses an empty policy", () => expect(() => checkDunningPolicy([])).toThrow(new DomainError("dunning.policy.empty")));
});
