import { callSummary, DEFAULT_FOLLOW_UP_RULE, FollowUpCustomer, followUpList, followUpRuleOf, nextActionOf } from "../../../src/domain/metrics";

const TODAY = 46000;
const base: FollowUpCustomer = { key: "a", customer: "Alfa", customerId: "A", items: [], brokenPlans: 0, brokenPromises: 0, promisesDueToday: 0, atLastLevel: 0, onHold: false, lastContact: null, nextAction: null };
const item = (open: number, daysOverdue: number) => ({ document: "F", dueDate: TODAY - daysOverdue, open, currency: "EUR" });

describe("followUpList", () => {
  it("scores amount × days overdue (1 point per 1,000 for 30 days) plus points for each flag, and ranks highest first", () => {
    const list = followUpList(
      [
        { ...base, key: "a", customer: "Alfa", items: [item(200_000, 45), item(50_000, -5)] }, // 2,000 × 45 days = 3 points
        { ...base, key: "b", customer: "Beta", items: [item(10_000, 10)], brokenPromises: 1, promisesDueToday: 1 },
        { ...base, key: "c", customer: "Gamma", items: [item(10_000, -3)] },
      ],
      TODAY,
      DEFAULT_FOLLOW_UP_RULE,
    );
    expect(list.map((e) => [e.customer, e.score])).toEqual([
      ["Beta", 25.03],
      ["Alfa", 3],
    ]);
    expect(list[1].parts).toEqual({ overdue: 3, brokenPlan: 0, brokenPromise: 0, promiseDueToday: 0, lastDunningLevel: 0, creditHold: 0 });
    expect(list[1].overdue).toBe(200_000);
  });

  it("follows the weights of the rule, and leaves out a customer whose next action is after today", () => {
    const rule = { ...DEFAULT_FOLLOW_UP_RULE, overdue: 0, creditHold: 100 };
    const list = followUpList([{ ...base, onHold: true }, { ...base, key: "z", customer: "Zeta", onHold: true, nextAction: TODAY + 1 }], TODAY, rule);
    expect(list.map((e) => [e.customer, e.score])).toEqual([["Alfa", 100]]);
  });
});

describe("followUpRuleOf", () => {
  it("reads the weights from the settings, the default where blank or not a number 0 or more", () => {
    expect(followUpRuleOf({ "followUp.brokenPlan": "50", "followUp.overdue": "0,5", "followUp.creditHold": "-1", "followUp.lastDunningLevel": "x" })).toEqual({ ...DEFAULT_FOLLOW_UP_RULE, brokenPlan: 50, overdue: 0.5 });
  });
});

describe("callSummary and nextActionOf", () => {
  it("writes the next action date so the list can read it back", () => {
    const iso = () => "2025-12-09";
    const summary = callSummary({ date: TODAY, outcome: " Will pay Friday ", nextAction: TODAY + 3 }, iso, "promise PR-1: 100.00 by 2025-12-12");
    expect(summary).toBe("Will pay Friday · promise PR-1: 100.00 by 2025-12-12 · next: 2025-12-09");
    expect(nextActionOf(summary, (t) => (t === "2025-12-09" ? TODAY + 3 : null))).toBe(TODAY + 3);
    expect(nextActionOf("No answer", () => 1)).toBeNull();
  });
});
