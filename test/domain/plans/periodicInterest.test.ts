import { DomainError } from "../../../src/domain/core/problem";
import { periodicRate, periodInterest } from "../../../src/domain/plans/periodicInterest";

const codeOf = (call: () => unknown): string => {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return (e as DomainError).problem.code;
  }
  throw new Error("expected a DomainError");
};

describe("periodic interest refuses what is not a finite number with a coded error", () => {
  it.each([NaN, Infinity, -Infinity])("rate %p", (rate) => {
    expect(codeOf(() => periodicRate(rate, 12))).toBe("plan.negativeRate");
  });
  it.each([NaN, Infinity])("balance %p", (balance) => {
    expect(codeOf(() => periodInterest(balance, periodicRate(0.05, 12)))).toBe("amount.notFinite");
  });
});
