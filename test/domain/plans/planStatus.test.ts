import fc from "fast-check";
import { ymdToSerial } from "../../../src/domain/core/dates";
import { planStatus, ScheduledAmount } from "../../../src/domain/plans/planStatus";
import { DomainError } from "../../../src/domain/core/problem";

const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);
const at = (date: number, amount: number): ScheduledAmount => ({ date, amount });
// Three monthly instalments of 100.00, due 31 Jan, 28 Feb and 31 Mar 2026.
const JAN = d(2026, 1, 31);
const FEB = d(2026, 2, 28);
const MAR = d(2026, 3, 31);
const SCHEDULE = [at(JAN, 10_000), at(FEB, 10_000), at(MAR, 10_000)];

describe("planStatus", () => {
  it("is on track before the first instalment with nothing paid", () => {
    expect(planStatus(SCHEDULE, [], JAN - 1)).toEqual({ state: "onTrack", dueToDate: 0, paidToDate: 0, arrears: 0, daysLate: 0 });
  });
  it("is on track when every instalment due so far is paid", () => {
    expect(planStatus(SCHEDULE, [at(JAN, 10_000), at(FEB + 1, 10_000)], FEB + 5)).toEqual({ state: "onTrack", dueToDate: 20_000, paidToDate: 20_000, arrears: 0, daysLate: 0 });
  });
  it("is late while the oldest unpaid instalment is within the grace days", () => {
    expect(planStatus(SCHEDULE, [at(JAN, 10_000)], FEB + 7)).toEqual({ state: "late", dueToDate: 20_000, paidToDate: 10_000, arrears: 10_000, daysLate: 7 });
  });
  it("is broken once the oldest unpaid instalment is more than the grace days late", () => {
    expect(planStatus(SCHEDULE, [at(JAN, 10_000)], FEB + 8)).toEqual({ state: "broken", dueToDate: 20_000, paidToDate: 10_000, arrears: 10_000, daysLate: 8 });
  });
  it("is completed when payments cover the whole schedule, even before the last due date", () => {
    expect(planStatus(SCHEDULE, [at(JAN, 30_000)], FEB)).toEqual({ state: "completed", dueToDate: 20_000, paidToDate: 30_000, arrears: 0, daysLate: 0 });
  });
  it("is late on the due date itself, with 0 days late", () => {
    expect(planStatus(SCHEDULE, [], JAN)).toEqual({ state: "late", dueToDate: 10_000, paidToDate: 0, arrears: 10_000, daysLate: 0 });
  });
  it("fills instalments oldest first: a partial payment leaves the older one unpaid", () => {
    // 150 paid: January in full, half of February; on 3 April March is due too.
    expect(planStatus(SCHEDULE, [at(JAN, 15_000)], MAR + 3)).toEqual({ state: "broken", dueToDate: 30_000, paidToDate: 15_000, arrears: 15_000, daysLate: MAR + 3 - FEB });
    expect(planStatus(SCHEDULE, [at(JAN, 5_000), at(JAN + 10, 4_999)], JAN + 5).daysLate).toBe(5);
  });
  it("counts early payments and payments before the first instalment", () => {
    expect(planStatus(SCHEDULE, [at(JAN - 20, 10_000), at(FEB - 15, 10_000)], FEB + 30)).toEqual({ state: "onTrack", dueToDate: 20_000, paidToDate: 20_000, arrears: 0, daysLate: 0 });
    expect(planStatus(SCHEDULE, [at(JAN - 60, 25_000)], MAR + 3)).toEqual({ state: "late", dueToDate: 30_000, paidToDate: 25_000, arrears: 5_000, daysLate: 3 });
  });
  it("ignores payments after as_of", () => {
    expect(planStatus(SCHEDULE, [at(JAN, 10_000), at(FEB + 20, 10_000)], FEB + 10)).toEqual({ state: "broken", dueToDate: 20_000, paidToDate: 10_000, arrears: 10_000, daysLate: 10 });
  });
  it("reads the schedule in date order whatever order it comes in", () => {
    expect(planStatus([SCHEDULE[2], SCHEDULE[0], SCHEDULE[1]], [at(JAN, 10_000)], FEB + 8)).toEqual(planStatus(SCHEDULE, [at(JAN, 10_000)], FEB + 8));
  });
  it("takes the grace days given: 0 means broken the day after", () => {
    expect(planStatus(SCHEDULE, [], JAN + 1, 0).state).toBe("broken");
    expect(planStatus(SCHEDULE, [], JAN + 30, 30).state).toBe("late");
  });
  it("keeps arrears at 0 when more was paid than is due", () => {
    expect(planStatus(SCHEDULE, [at(JAN, 15_000)], FEB - 1)).toEqual({ state: "onTrack", dueToDate: 10_000, paidToDate: 15_000, arrears: 0, daysLate: 0 });
  });

  describe("edge cases", () => {
    it("refuses an empty schedule", () => expect(() => planStatus([], [], JAN)).toThrow(DomainError));
    it("refuses a negative instalment", () => expect(() => planStatus([at(JAN, -1)], [], JAN)).toThrow(new DomainError("plan.negativeInstalment", { row: 1, text: "-0.01" })));
    it("refuses grace days that are not a whole number of 0 or more", () => {
      expect(() => planStatus(SCHEDULE, [], JAN, -1)).toThrow(DomainError);
      expect(() => planStatus(SCHEDULE, [], JAN, 1.5)).toThrow(DomainError);
    });
  });

  it("agrees with its definition for any schedule and payments", () => {
    const item = fc.record({ date: fc.integer({ min: 46000, max: 46400 }), amount: fc.integer({ min: 0, max: 100_000 }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), fc.array(item, { maxLength: 12 }), fc.integer({ min: 45990, max: 46410 }), fc.integer({ min: 0, max: 30 }), (schedule, payments, asOf, grace) => {
        const s = planStatus(schedule, payments, asOf, grace);
        const due = schedule.filter((x) => x.date <= asOf).reduce((a, x) => a + x.amount, 0);
        const paid = payments.filter((x) => x.date <= asOf).reduce((a, x) => a + x.amount, 0);
        const total = schedule.reduce((a, x) => a + x.amount, 0);
        expect([s.dueToDate, s.paidToDate, s.arrears]).toEqual([due, paid, Math.max(0, due - paid)]);
        expect(s.daysLate).toBeGreaterThanOrEqual(0);
        expect(s.daysLate === 0 || s.arrears > 0).toBe(true);
        const expected = paid >= total ? "completed" : due <= paid ? "onTrack" : s.daysLate <= grace ? "late" : "broken";
        expect(s.state).toBe(expected);
        // The oldest instalment not fully paid is one that is due, and every older one is covered.
        if (s.arrears > 0) {
          const sorted = [...schedule].sort((a, b) => a.date - b.date);
          const older = sorted.filter((x) => x.date < asOf - s.daysLate).reduce((a, x) => a + x.amount, 0);
          const upTo = sorted.filter((x) => x.date <= asOf - s.daysLate).reduce((a, x) => a + x.amount, 0);
          expect(older).toBeLessThanOrEqual(paid);
          expect(upTo).toBeGreaterThan(paid);
        }
      }),
    );
  });
});
