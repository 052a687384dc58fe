import { readPaymentRule, ReviewLine, withPaymentBehaviour } from "../../../src/domain/credit";

const line = (customer: string, decision: ReviewLine["decision"] = "Approve"): ReviewLine => ({
  customer, index: 1, score: 700, income: 0, monthlyDebt: 0, decision, limit: 100_000, reason: { code: "credit.reason.approved" }, requested: null, currentLimit: null,
  exposure: 0, headroom: 100_000, utilisation: 0, z: null, zone: null, model: null, hold: [],
});

describe("readPaymentRule", () => {
  it("takes the limit and action of the policy rows in force on the date", () => {
    const table = [
      ["valid_from", "min_score", "max_days_beyond_terms", "slow_payer_action"],
      [45000, 600, 30, "hold"],
      [46000, 600, 15, "refer"],
      [47000, 600, 5, "hold"],
    ];
    expect(readPaymentRule(table, 46500)).toEqual({ maxDaysBeyondTerms: 15, action: "refer" });
    expect(readPaymentRule(table, 45500)).toEqual({ maxDaysBeyondTerms: 30, action: "hold" });
  });
  it("is null when the policy has no such column or leaves it blank: the rule is optional", () => {
    expect(readPaymentRule([["min_score", "income_pct"], [600, 0.1]], 46000)).toBeNull();
    expect(readPaymentRule([["min_score", "max_days_beyond_terms"], [600, null]], 46000)).toBeNull();
  });
});

describe("withPaymentBehaviour", () => {
  const behaviour = (name: string) => (name === "Slow" ? { averageDaysToPay: 75, averageDaysBeyondTerms: 45 } : name === "Fast" ? { averageDaysToPay: 28, averageDaysBeyondTerms: 0 } : undefined);
  it("adds the days to pay and beyond terms to every line, null when there is no history", () => {
    const [slow, fast, none] = withPaymentBehaviour([line("Slow"), line("Fast"), line("New")], behaviour, null);
    expect([slow.daysToPay, slow.daysBeyondTerms, slow.hold]).toEqual([75, 45, []]);
    expect([fast.daysToPay, fast.daysBeyondTerms]).toEqual([28, 0]);
    expect([none.daysToPay, none.daysBeyondTerms]).toEqual([null, null]);
  });
  it("holds a customer beyond the limit, or refers an approval, leaving the others as they were", () => {
    expect(withPaymentBehaviour([line("Slow"), line("Fast")], behaviour, { maxDaysBeyondTerms: 30, action: "hold" }).map((l) => l.hold)).toEqual([["slowPayer"], []]);
    const [referred, declined] = withPaymentBehaviour([line("Slow"), line("Slow", "Decline")], behaviour, { maxDaysBeyondTerms: 30, action: "refer" });
    expect([referred.decision, referred.reason]).toEqual(["Refer", { code: "creditReview.slowPayer", params: { days: 45, max: 30 } }]);
    expect(declined.decision).toBe("Decline");
  });
});
