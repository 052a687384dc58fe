import fc from "fast-check";
import { allocate, divideRounded, fromMinor, MAX_SAFE_MAJOR, roundMinor, roundToScaledInteger, toMinor } from "../../../src/domain/core/money";
import { DomainError } from "../../../src/domain/core/problem";

/** The code of the DomainError `call` throws; fails when it returns or throws anything else. */
function refusal(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return (e as DomainError).problem.code;
  }
  throw new Error("expected a DomainError, got a value");
}

describe("money helpers refuse what is not a finite number, never answering a wrong one", () => {
  it.each([NaN, Infinity, -Infinity])("%p", (x) => {
    expect(refusal(() => roundMinor(x))).toBe("amount.notFinite");
    expect(refusal(() => roundToScaledInteger(x, 2))).toBe("amount.notFinite");
    expect(refusal(() => fromMinor(x))).toBe("amount.notFinite");
    expect(refusal(() => divideRounded(x, 3))).toBe("amount.notFinite");
    expect(refusal(() => divideRounded(3, x))).toBe("amount.notFinite");
    expect(refusal(() => allocate(x, [1, 2]))).toBe("amount.notFinite");
    expect(refusal(() => allocate(100, [1, x]))).toBe("amount.notFinite");
  });
  it("refuses a division by zero", () => {
    expect(refusal(() => divideRounded(5, 0))).toBe("amount.notFinite");
  });
  it("refuses weights that do not add up to more than 0 with a code", () => {
    expect(refusal(() => allocate(100, []))).toBe("amount.noWeights");
    expect(refusal(() => allocate(100, [0, 0]))).toBe("amount.noWeights");
  });
  it("toMinor keeps answering NaN for what cannot be held exactly, which every column reader reports", () => {
    expect(toMinor(Infinity)).toBeNaN();
    expect(toMinor(NaN)).toBeNaN();
  });
});

describe("toMinor", () => {
  it("rounds half away from zero on the decimal Excel shows, as ROUND does", () => {
    expect(toMinor(1.005)).toBe(101);
    expect(toMinor(2.675)).toBe(268);
    expect(toMinor(1234.565)).toBe(123457);
    expect(toMinor(0.125)).toBe(13);
    expect(toMinor(1.004999)).toBe(100);
  });
  it("rounds negatives away from zero", () => {
    expect(toMinor(-1.005)).toBe(-101);
    expect(toMinor(-2.675)).toBe(-268);
    expect(toMinor(-0.005)).toBe(-1);
  });
  it("uses the currency's exponent", () => {
    expect(toMinor(1234.5, 0)).toBe(1235);
    expect(toMinor(1.0005, 3)).toBe(1001);
  });
  describe("edge cases", () => {
    it("gives 0, never -0, for tiny negatives", () => {
      expect(Object.is(toMinor(-0.001), 0)).toBe(true);
    });
    it("refuses amounts that cannot be held exactly", () => {
      expect(toMinor(MAX_SAFE_MAJOR)).toBe(MAX_SAFE_MAJOR * 100);
      expect(toMinor(MAX_SAFE_MAJOR + 1)).toBeNaN();
      expect(toMinor(NaN)).toBeNaN();
      expect(toMinor(Infinity)).toBeNaN();
    });
  });
  it("round-trips every cent amount through fromMinor (property)", () => {
    fc.assert(fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => expect(toMinor(fromMinor(cents))).toBe(cents)));
  });
});

describe("roundToScaledInteger", () => {
  it("rounds ties away from zero at any scale", () => {
    expect(roundToScaledInteger(-2.5, 0)).toBe(-3);
    expect(roundToScaledInteger(2.5, 0)).toBe(3);
    expect(roundToScaledInteger(0.045, 2)).toBe(5);
  });
});

describe("roundMinor", () => {
  it("rounds a real number of minor units half away from zero", () => {
    expect(roundMinor(41.666666)).toBe(42);
    expect(roundMinor(41.5)).toBe(42);
    expect(roundMinor(-41.5)).toBe(-42);
    expect(roundMinor(41.4999)).toBe(41);
  });
});

describe("divideRounded", () => {
  it("divides and rounds half away from zero", () => {
    expect(divideRounded(5, 2)).toBe(3);
    expect(divideRounded(-5, 2)).toBe(-3);
    expect(divideRounded(5, -2)).toBe(-3);
    expect(divideRounded(-5, -2)).toBe(3);
    expect(divideRounded(7, 3)).toBe(2);
    expect(divideRounded(8, 3)).toBe(3);
  });
  describe("edge cases", () => {
    it("gives 0 for 0 and never -0", () => {
      expect(Object.is(divideRounded(0, -7), 0)).toBe(true);
      expect(Object.is(divideRounded(-1, 3), 0)).toBe(true);
    });
  });
  it("is within half a unit of the exact quotient (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const q = divideRounded(n, d);
        expect(Math.abs(q * d - n) * 2).toBeLessThanOrEqual(d);
        expect(divideRounded(-n, d)).toBe(-q || 0);
      }),
    );
  });
});

describe("allocate", () => {
  it("gives leftover units to the largest remainders, first first", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(5, [1, 3])).toEqual([1, 4]);
  });
  describe("edge cases", () => {
    it("splits zero into zeros", () => {
      expect(allocate(0, [1, 2])).toEqual([0, 0]);
    });
  });
  it("shares always add up exactly to the total and differ from the exact share by under one unit (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }), (total, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const shares = allocate(total, weights);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        const sum = weights.reduce((a, b) => a + b, 0);
        shares.forEach((s, i) => expect(Math.abs(s - (total * weights[i]) / sum)).toBeLessThan(1 + 1e-6));
      }),
    );
  });
});
