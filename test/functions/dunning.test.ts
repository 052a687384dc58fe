import fc from "fast-check";
import { formulaMessage } from "../support/formulaMessage";
import { functions } from "../../src/functions";
import { LANGUAGES, setLanguage } from "../../src/i18n";

const DUE = 46_000; // 9 Dec 2025
const POLICY = [
  ["level", "min_days_overdue", "min_days_since_last", "letter"],
  [1, 3, 0, "Friendly"],
  [2, 15, 10, "Second"],
  [3, 30, 10, "Final"],
];

describe("AR.DUNNINGLEVEL", () => {
  it("uses levels 1-4 at 7, 21, 35 and 60 days overdue, 14 days apart, when policy is omitted", () => {
    expect(functions.DUNNINGLEVEL(DUE, DUE + 6)).toBe(0);
    expect(functions.DUNNINGLEVEL(DUE, DUE + 7)).toBe(1);
    expect(functions.DUNNINGLEVEL(DUE, DUE + 21, null as never, 1, DUE + 7)).toBe(2);
    expect(functions.DUNNINGLEVEL(DUE, DUE + 35, null as never, 2, DUE + 21)).toBe(3);
    expect(functions.DUNNINGLEVEL(DUE, DUE + 60, null as never, 3, DUE + 35)).toBe(4);
  });

  it("escalates one step at a time and never below last_level", () => {
    expect(functions.DUNNINGLEVEL(DUE, DUE + 90)).toBe(1);
    expect(functions.DUNNINGLEVEL(DUE, DUE + 90, null as never, 1)).toBe(2);
    expect(functions.DUNNINGLEVEL(DUE, DUE + 2, null as never, 3)).toBe(3);
  });

  it("waits min_days_since_last after last_date", () => {
    expect(functions.DUNNINGLEVEL(DUE, DUE + 30, null as never, 1, DUE + 17)).toBe(1);
    expect(functions.DUNNINGLEVEL(DUE, DUE + 31, null as never, 1, DUE + 17)).toBe(2);
  });

  it("reads a policy range, its other columns ignored, and dates as text", () => {
    expect(functions.DUNNINGLEVEL(DUE, DUE + 3, POLICY)).toBe(1);
    expect(functions.DUNNINGLEVEL(DUE, DUE + 15, POLICY, 1, DUE + 5)).toBe(2);
    expect(functions.DUNNINGLEVEL("2025-12-09", "2025-12-24", POLICY, 1, "2025-12-14")).toBe(2);
  });

  it("takes blank optional arguments as omitted", () => {
    expect(functions.DUNNINGLEVEL(DUE, DUE + 10, [[null]], "", [[""]])).toBe(1);
  });

  describe("bad input", () => {
    it.each<[string, () => unknown, string]>([
      ["a missing due_date", () => functions.DUNNINGLEVEL(null, DUE), "due_date is required"],
      ["a text as_of", () => functions.DUNNINGLEVEL(DUE, "soon"), "as_of: text 'soon' is not a date"],
      ["a last_level above the policy's levels", () => functions.DUNNINGLEVEL(DUE, DUE + 10, POLICY, 4), "last_level must be a whole number from 0 to 3, the highest level of the policy, not 4"],
      ["a fractional last_level", () => functions.DUNNINGLEVEL(DUE, DUE + 10, null as never, 1.5), "last_level must be a whole number from 0 to 4, the highest level of the policy, not 1.5"],
      ["a text last_level", () => functions.DUNNINGLEVEL(DUE, DUE + 10, null as never, "two"), "last_level must be a number, not 'two'"],
      ["a last_date after as_of", () => functions.DUNNINGLEVEL(DUE, DUE + 10, null as never, 1, DUE + 11), "last_date (2025-12-20) is after as_of (2025-12-19): no reminder can have been sent after the day the level is judged on"],
      ["a policy without its columns", () => functions.DUNNINGLEVEL(DUE, DUE, [["level", "days"], [1, 7]]), "policy needs the columns min_days_overdue, min_days_since_last in its first row"],
      ["a policy with a blank cell", () => functions.DUNNINGLEVEL(DUE, DUE, [POLICY[0], [1, null, 0]]), "policy row 2: min_days_overdue is blank"],
      ["a policy whose levels do not follow 1, 2, 3", () => functions.DUNNINGLEVEL(DUE, DUE, [POLICY[0], POLICY[1], [3, 30, 10]]), "policy row 3: level 3 should be 2; levels go 1, 2, 3 and so on, one row each, in order"],
      ["a policy whose next level comes sooner", () => functions.DUNNINGLEVEL(DUE, DUE, [POLICY[0], [1, 20, 0], [2, 10, 0]]), "policy row 3: level 2 at 10 days overdue would come before level 1 at 20; min_days_overdue cannot fall from one level to the next"],
    ])("refuses %s, naming it", (_, call, message) => {
      expect(formulaMessage(call)).toBe(message);
    });
    it("says it in every language", () => {
      const seen = new Set<string>();
      for (const lang of LANGUAGES) {
        setLanguage(lang);
        try {
          const message = formulaMessage(() => functions.DUNNINGLEVEL(DUE, DUE + 10, POLICY, 4));
          expect(message).toMatch(/^last_level .*\b3\b.*\b4$/);
          seen.add(message);
        } finally {
          setLanguage("en");
        }
      }
      expect(seen.size).toBe(LANGUAGES.length);
    });
  });

  describe("properties", () => {
    const call = fc.record({
      days: fc.integer({ min: -60, max: 400 }),
      last: fc.integer({ min: 0, max: 4 }),
      since: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      later: fc.integer({ min: 0, max: 100 }),
    });
    it("is between last_level and last_level + 1, and never falls as as_of moves on", () => {
      fc.assert(
        fc.property(call, ({ days, last, since, later }) => {
          const asOf = DUE + days;
          const lastDate = since === null ? null : asOf - since;
          const now = functions.DUNNINGLEVEL(DUE, asOf, null as never, last, lastDate);
          expect(now).toBeGreaterThanOrEqual(last);
          expect(now).toBeLessThanOrEqual(Math.min(4, last + 1));
          expect(functions.DUNNINGLEVEL(DUE, asOf + later, null as never, last, lastDate)).toBeGreaterThanOrEqual(now);
        }),
      );
    });
  });
});
