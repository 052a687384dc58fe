import { ymdToSerial } from "../../../src/domain/core/dates";
import { DomainError } from "../../../src/domain/core/problem";
import { newPromise, PROMISE_COLUMNS, promiseStatus, promiseToRow, rowsToPromises, trackPromise } from "../../../src/domain/plans/promises";

const RECORDED = ymdToSerial(2026, 11, 25);
const DUE = RECORDED + 10;
const promise = { amount: 50000, date: DUE, recorded: RECORDED };

describe("promiseStatus", () => {
  it("is kept when payments from the day it was made to the promised date cover it", () => {
    expect(promiseStatus(promise, [{ date: RECORDED + 2, amount: 20000 }, { date: DUE, amount: 30000 }], DUE + 30)).toEqual({ state: "Kept", paid: 50000, arrears: 0, daysLate: 0 });
  });

  it("is broken when the date passed without the full amount, with arrears and days late", () => {
    expect(promiseStatus(promise, [{ date: RECORDED + 2, amount: 20000 }], DUE + 5)).toEqual({ state: "Broken", paid: 20000, arrears: 30000, daysLate: 5 });
  });

  it("stays broken when the money came after the promised date", () => {
    expect(promiseStatus(promise, [{ date: DUE + 1, amount: 50000 }], DUE + 5).state).toBe("Broken");
  });

  it("does not count a payment made before the promise", () => {
    expect(promiseStatus(promise, [{ date: RECORDED - 1, amount: 50000 }], DUE + 1).state).toBe("Broken");
  });

  it("is pending before the date, and honours grace days", () => {
    expect(promiseStatus(promise, [], DUE).state).toBe("Pending");
    expect(promiseStatus(promise, [], DUE + 2, 3).state).toBe("Pending");
    expect(promiseStatus(promise, [{ date: DUE + 2, amount: 50000 }], DUE + 9, 3).state).toBe("Kept");
  });
});

describe("newPromise and the AR Promises register", () => {
  it("refuses a zero amount and a date before today, naming the reason", () => {
    expect(() => newPromise({ customer: "Harper" }, 0, DUE, "", RECORDED, [])).toThrow(DomainError);
    expect(() => newPromise({ customer: "Harper" }, 100, RECORDED - 1, "", RECORDED, [])).toThrow("planPanel.promise.pastDate");
  });

  it("gives stable ids and round-trips through its row after tracking", () => {
    const p = newPromise({ customer: "Harper Ltd" }, 50000, DUE, "Called Mr Harper", RECORDED, []);
    expect(p.id).toBe("PR-HARPERLTD-261125");
    expect(newPromise({ customer: "Harper Ltd" }, 50000, DUE, "", RECORDED, [p.id]).id).toBe("PR-HARPERLTD-261125-2");
    const tracked = trackPromise(p, [{ customer: "Harper Ltd", date: DUE, amount: 10000 }], DUE + 3);
    expect(tracked).toMatchObject({ status: "Broken", paid: 10000, arrears: 40000, daysLate: 3 });
    expect(rowsToPromises([PROMISE_COLUMNS.map(([h]) => h), promiseToRow(tracked)]).records).toEqual([tracked]);
  });
});
