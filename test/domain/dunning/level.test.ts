import fc from "fast-check";
import { DomainError } from "../../../src/domain/core/problem";
import { dunningLevel } from "../../../src/domain/dunning/level";
import { DEFAULT_DUNNING_POLICY, DunningPolicy, DunningStep } from "../../../src/domain/dunning/policy";

const DUE = 46_000;
const level = (daysOverdue: number, lastLevel?: number, daysSinceLast?: number, policy: DunningPolicy = DEFAULT_DUNNING_POLICY) =>
  dunningLevel(DUE, DUE + daysOverdue, policy, { lastLevel, lastDate: daysSinceLast === undefined ? null : DUE + daysOverdue - daysSinceLast });

describe("dunningLevel", () => {
  describe("the default policy: levels 1-4 at 7, 21, 35 and 60 days overdue, at least 14 days apart", () => {
    it("sends nothing before 7 days overdue, nor before the due date", () => {
      expect([-30, 0, 6].map((d) => level(d))).toEqual([0, 0, 0]);
    });
    it("sends the first reminder from 7 days overdue", () => {
      expect([7, 8, 20].map((d) => level(d))).toEqual([1, 1, 1]);
    });
    it.each([
      [1, 21, 2],
      [2, 35, 3],
      [3, 60, 4],
    ])("escalates from level %i once %i days overdue and 14 days after the last reminder", (last, days, next) => {
      expect(level(days - 1, last, 30)).toBe(last);
      expect(level(days, last, 14)).toBe(next);
      expect(level(days, last, 13)).toBe(last);
    });
    it("stays at the top level", () => {
      expect(level(400, 4, 100)).toBe(4);
    });
  });

  describe("one step at a time", () => {
    it("never goes above last_level + 1, however late the invoice", () => {
      expect(level(90)).toBe(1);
      expect(level(90, 1, 30)).toBe(2);
      expect(level(90, 2, 30)).toBe(3);
    });
    it("never goes below last_level, even when the invoice is no longer that late", () => {
      // A level 3 reminder sent, then the due date moved: it stays at 3.
      expect(level(5, 3, 2)).toBe(3);
      expect(level(-10, 2)).toBe(2);
    });
    it("waits min_days_since_last after last_date before the next level", () => {
      expect(level(30, 1, 13)).toBe(1);
      expect(level(30, 1, 14)).toBe(2);
    });
    it("lets the days overdue alone decide when last_date is not known", () => {
      expect(level(21, 1)).toBe(2);
    });
    it("applies the first level's spacing to a last_date with no level (a statement sent, say)", () => {
      expect(level(10, 0, 5)).toBe(0);
      expect(level(10, 0, 14)).toBe(1);
    });
  });

  describe("a policy of your own", () => {
    const policy: DunningPolicy = [
      { level: 1, minDaysOverdue: 0, minDaysSinceLast: 0 },
      { level: 2, minDaysOverdue: 10, minDaysSinceLast: 5 },
      { level: 3, minDaysOverdue: 10, minDaysSinceLast: 30 },
    ];
    it("uses its days: a reminder on the due date, then two at the same days overdue, spaced apart", () => {
      expect(level(0, 0, undefined, policy)).toBe(1);
      expect(level(10, 1, 5, policy)).toBe(2);
      expect(level(10, 2, 29, policy)).toBe(2);
      expect(level(40, 2, 30, policy)).toBe(3);
    });
  });

  describe("edge cases", () => {
    it.each([-1, 5, 1.5, NaN])("refuses a last_level of %p with the default policy's 4 levels", (last) => {
      expect(() => level(10, last)).toThrow(new DomainError("dunning.lastLevelRange", { text: String(last), max: 4 }));
    });
    it("refuses a last_date after as_of", () => {
      expect(() => dunningLevel(DUE, DUE + 10, DEFAULT_DUNNING_POLICY, { lastLevel: 1, lastDate: DUE + 11 })).toThrow(
        new DomainError("dunning.lastDateAfterAsOf", { date: "2025-12-20", asOf: "2025-12-19" }),
      );
    });
    it("accepts a reminder on as_of itself: nothing more that day", () => {
      expect(level(60, 2, 0)).toBe(2);
    });
    it("refuses a policy whose levels skip", () => {
      const skipping: DunningPolicy = [DEFAULT_DUNNING_POLICY[0], { ...DEFAULT_DUNNING_POLICY[2] }];
      expect(() => level(40, 1, 20, skipping)).toThrow(new DomainError("dunning.policy.levelOrder", { row: 4, text: "3", expected: 2 }));
    });
  });

  describe("properties", () => {
    const policy: fc.Arbitrary<DunningPolicy> = fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 6 }).map((steps) => {
      let days = 0;
      return steps.map(([gap, since], i): DunningStep => ({ level: i + 1, minDaysOverdue: (days += gap), minDaysSinceLast: since }));
    });
    const state = policy.chain((p) =>
      fc.record({
        policy: fc.constant(p),
        lastLevel: fc.integer({ min: 0, max: p.length }),
        daysOverdue: fc.integer({ min: -100, max: 400 }),
        daysSinceLast: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
        later: fc.integer({ min: 0, max: 200 }),
      }),
    );

    it("is never below last_level and never above last_level + 1", () => {
      fc.assert(
        fc.property(state, (s) => {
          const result = level(s.daysOverdue, s.lastLevel, s.daysSinceLast, s.policy);
          expect(result).toBeGreaterThanOrEqual(s.lastLevel);
          expect(result).toBeLessThanOrEqual(s.lastLevel + 1);
          expect(result).toBeLessThanOrEqual(s.policy.length);
        }),
      );
    });

    it("never falls as as_of moves on", () => {
      fc.assert(
        fc.property(state, (s) => {
          const lastDate = s.daysSinceLast === undefined ? null : DUE + s.daysOverdue - s.daysSinceLast;
          const at = (asOf: number) => dunningLevel(DUE, asOf, s.policy, { lastLevel: s.lastLevel, lastDate });
          expect(at(DUE + s.daysOverdue + s.later)).toBeGreaterThanOrEqual(at(DUE + s.daysOverdue));
        }),
      );
    });

    it("matches the default policy for the default policy read from a table", () => {
      fc.assert(
        fc.property(fc.integer({ min: -10, max: 100 }), fc.integer({ min: 0, max: 4 }), (days, last) => {
          const copy = DEFAULT_DUNNING_POLICY.map((s) => ({ ...s }));
          expect(level(days, last, undefined, copy)).toBe(level(days, last));
        }),
      );
    });
  });
});
