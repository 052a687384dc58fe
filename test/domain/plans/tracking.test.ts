import { ymdToSerial } from "../../../src/domain/core/dates";
import { Payment } from "../../../src/domain/plans/payments";
import { addPlan, PlanRecord, planToRow, rowsToPlans, scheduleOf, PLAN_COLUMNS } from "../../../src/domain/plans/register";
import { reinstatePlan, trackPlan } from "../../../src/domain/plans/tracking";
import { DomainError } from "../../../src/domain/core/problem";

const ACCEPTED = ymdToSerial(2026, 11, 25);
const FIRST = ymdToSerial(2026, 12, 25);

const plan = (over: Partial<PlanRecord> = {}): PlanRecord => ({
  id: "HARPERLTD-261125", customerId: "", customer: "Harper Ltd", language: "en", items: "INV-1; INV-2", balance: 300000, totalPayable: 300000, annualRate: 0,
  frequency: 12, installments: 3, firstDue: FIRST, lastDue: ymdToSerial(2027, 2, 25), accepted: ACCEPTED, status: "On track", statusDate: ACCEPTED,
  arrears: 0, daysLate: 0, brokenOn: null, brokenArrears: null, replaces: "", replacedBy: "", scheduleSheet: "AR Plan HARPERLTD 2026-11-25", rounding: "up", history: "", ...over,
});

const pay = (date: number, amount: number, customer = "Harper Ltd"): Payment => ({ customer, date, amount });

describe("trackPlan", () => {
  it("records a broken plan's status, the day it broke and its arrears", () => {
    const asOf = FIRST + 20;
    const tracked = trackPlan(plan(), [], asOf);
    expect(tracked).toMatchObject({ status: "Broken", statusDate: asOf, arrears: 100000, daysLate: 20, brokenOn: FIRST + 8, brokenArrears: 100000 });
  });

  it("is on track when the instalments due are paid, counting the customer's payments only (any spelling of the name)", () => {
    const tracked = trackPlan(plan(), [pay(FIRST - 2, 100000, "HARPER LTD."), pay(FIRST, 50000, "Someone Else")], FIRST + 20);
    expect(tracked).toMatchObject({ status: "On track", arrears: 0, daysLate: 0, brokenOn: null, brokenArrears: null });
  });

  it("ignores payments made before the plan was accepted (they paid other things)", () => {
    expect(trackPlan(plan(), [pay(ACCEPTED - 1, 100000)], FIRST + 20).status).toBe("Broken");
  });

  it("is late within the grace days, completed once everything is paid, and leaves a closed plan alone", () => {
    expect(trackPlan(plan(), [], FIRST + 3)).toMatchObject({ status: "Late", daysLate: 3, brokenOn: null });
    expect(trackPlan(plan(), [pay(FIRST, 300000)], FIRST).status).toBe("Completed");
    const closed = plan({ status: "Closed", replacedBy: "X" });
    expect(trackPlan(closed, [], FIRST + 90)).toBe(closed);
  });
});

describe("AR Plans register", () => {
  it("round-trips a plan through its row", () => {
    const p = plan({ status: "Broken", brokenOn: FIRST + 8, brokenArrears: 100000, arrears: 100000, daysLate: 20, annualRate: 0.05 });
    const header = PLAN_COLUMNS.map(([h]) => h);
    expect(rowsToPlans([header, planToRow(p)]).records).toEqual([p]);
  });

  it("rebuilds the accepted schedule from the terms", () => {
    const rows = scheduleOf(plan());
    expect(rows.map((r) => r.payment)).toEqual([100000, 100000, 100000]);
  });

  it("tracks a plan of a register written before the rounding rule changed against the schedule its letter named", () => {
    // 1,000 in 3 at 0%: the old letters said 333.33, 333.33, 333.34; the register had no rounding column.
    const header = PLAN_COLUMNS.map(([h]) => h);
    // The layout before both the rounding and the customer id columns.
    const oldRow = planToRow(plan({ balance: 100_000, totalPayable: 100_000 })).filter((_, c) => c !== 1).slice(0, 21);
    const [legacy] = rowsToPlans([header.filter((h) => h !== "Customer id").slice(0, 21), oldRow]).records;
    expect(legacy.rounding).toBe("nearest");
    expect(scheduleOf(legacy).map((r) => r.payment)).toEqual([33333, 33333, 33334]);
    const paidAsAgreed = [pay(FIRST, 33333), pay(FIRST + 31, 33333)];
    expect(trackPlan(legacy, paidAsAgreed, FIRST + 40).status).toBe("On track");
    // A plan accepted now is rounded up, and rewriting the register keeps the rule of each row.
    const current = plan({ balance: 100_000, totalPayable: 100_000 });
    expect(scheduleOf(current).map((r) => r.payment)).toEqual([33334, 33334, 33332]);
    expect(rowsToPlans([header, planToRow(legacy), planToRow(current)]).records.map((p) => p.rounding)).toEqual(["nearest", "up"]);
  });

  it("closes the plan a renegotiated one replaces and links both ways, removing nothing", () => {
    const old = plan();
    const next = plan({ id: "HARPERLTD-261125-2", replaces: old.id, accepted: ACCEPTED });
    expect(() => addPlan([old], next)).toThrow(DomainError);
    const register = addPlan([plan({ id: "OTHER", customer: "Other" }), old], next, "lost its largest customer");
    expect(register.map((p) => [p.id, p.status, p.replaces, p.replacedBy])).toEqual([
      ["OTHER", "On track", "", ""],
      [old.id, "Closed", "", next.id],
      [next.id, "On track", old.id, ""],
    ]);
    expect(register[1].history).toBe(`2026-11-25 replaced by ${next.id}: lost its largest customer`);
    expect(register[2].history).toBe(`2026-11-25 replaces ${old.id}: lost its largest customer`);
  });

  it("keeps a recorded break when a check as of an earlier date finds the plan on track; only a reinstatement with a reason clears it", () => {
    const broken = trackPlan(plan(), [], FIRST + 20);
    expect(broken).toMatchObject({ status: "Broken", brokenOn: FIRST + 8, brokenArrears: 100000 });
    const earlier = trackPlan(broken, [], FIRST - 5);
    expect(earlier).toMatchObject({ status: "On track", statusDate: FIRST - 5, brokenOn: FIRST + 8, brokenArrears: 100000 });
    const paidLater = trackPlan(broken, [pay(FIRST + 25, 100000)], FIRST + 26);
    expect(paidLater).toMatchObject({ status: "On track", brokenOn: FIRST + 8 });
    expect(() => reinstatePlan(paidLater, FIRST + 26, "  ")).toThrow(DomainError);
    const back = reinstatePlan(paidLater, FIRST + 26, "arrears paid in full");
    expect(back).toMatchObject({ brokenOn: null, brokenArrears: null, history: "2027-01-20 reinstated: arrears paid in full" });
    expect(() => reinstatePlan(back, FIRST + 27, "again")).toThrow(DomainError);
  });
});
