import fc from "fast-check";
import { creditLimitFor, decideCredit } from "../../../src/domain/credit/creditLimit";
import { CreditBand, CreditPolicy, EXAMPLE_CREDIT_POLICY, findBand } from "../../../src/domain/credit/creditPolicy";
import { DomainError } from "../../../src/domain/core/problem";

const band = (minScore: number, incomePct: number, maxDti: number, maxLimit: number, step: number): CreditBand => ({ minScore, incomePct, maxDti, maxLimit, step });

describe("decideCredit", () => {
  // Example policy bands: 580 5%/35%/2,000 · 620 10%/40%/5,000 · 670 15%/43%/10,000 · 740 20%/45%/20,000 · 800 25%/50%/35,000; step 100.
  it("grants the band's share of income, rounded down to the step", () => {
    // 15% of 60,000.00 = 9,000.00; dti = 1,500 / 5,000 = 30% ≤ 43%
    expect(decideCredit({ score: 700, income: 6_000_000, monthlyDebt: 150_000 })).toMatchObject({ decision: "Approve", limit: 900_000, dti: 0.3, reason: { code: "credit.reason.limitFromIncome" } });
    // 10% of 45,678.00 = 4,567.80 → 4,500
    expect(creditLimitFor({ score: 650, income: 4_567_800 })).toBe(450_000);
  });

  it("caps the limit at the band's maximum", () => {
    // 25% of 1,000,000 = 250,000 → capped at 35,000
    expect(decideCredit({ score: 850, income: 100_000_000 })).toMatchObject({ decision: "Approve", limit: 3_500_000, reason: { code: "credit.reason.limitCapped" } });
  });

  it("declines below the lowest band", () => {
    expect(decideCredit({ score: 579, income: 6_000_000 })).toMatchObject({ decision: "Decline", limit: 0, band: null, reason: { code: "credit.reason.belowLowestBand", params: { score: 579, minScore: 580 } } });
  });

  it("declines when debt-to-income is above the band's maximum, and not when equal to it", () => {
    // 670 band: max 43%; income 12,000 → monthly 1,000; 430 is exactly 43%
    expect(decideCredit({ score: 700, income: 1_200_000, monthlyDebt: 43_000 }).decision).toBe("Approve");
    expect(decideCredit({ score: 700, income: 1_200_000, monthlyDebt: 43_001 })).toMatchObject({ decision: "Decline", limit: 0, reason: { code: "credit.reason.dtiAboveMax", params: { maxDti: 0.43 } } });
  });

  it("declines with no income, and when the income share is below one step", () => {
    expect(decideCredit({ score: 700, income: 0 }).reason.code).toBe("credit.reason.noIncome");
    // 15% of 500 = 75 < 100
    expect(decideCredit({ score: 700, income: 50_000 })).toMatchObject({ decision: "Decline", reason: { code: "credit.reason.limitBelowStep", params: { amount: 7_500, step: 10_000 } } });
    const nothing = [band(0, 0.1, 1, 0, 100), band(600, 0.1, 1, 500_000, 100)];
    expect(decideCredit({ score: 500, income: 6_000_000 }, nothing).reason.code).toBe("credit.reason.bandGrantsNothing");
  });

  it("refers a request above the limit and approves one within it", () => {
    expect(decideCredit({ score: 700, income: 6_000_000, requested: 1_200_000 })).toMatchObject({ decision: "Refer", limit: 900_000, reason: { code: "credit.reason.requestedAboveLimit", params: { requested: 1_200_000, limit: 900_000 } } });
    expect(decideCredit({ score: 700, income: 6_000_000, requested: 500_000 })).toMatchObject({ decision: "Approve", limit: 500_000, policyLimit: 900_000, reason: { code: "credit.reason.withinLimit" } });
    expect(decideCredit({ score: 700, income: 6_000_000, requested: 900_000 }).decision).toBe("Approve");
    expect(decideCredit({ score: 500, income: 6_000_000, requested: 100 }).decision).toBe("Decline");
  });

  it("multiplies income by the percentage exactly: 57% of 50,000.00 is 28,500.00, not 28,499.99", () => {
    const cent = [band(0, 0.57, 1, 100_000_000, 1)];
    expect(creditLimitFor({ score: 1, income: 5_000_000 }, cent)).toBe(2_850_000);
    expect(creditLimitFor({ score: 1, income: 100 }, [band(0, 0.29, 1, 100, 1)])).toBe(29);
  });

  describe("edge cases", () => {
    const problem = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as DomainError).problem;
      }
      throw new Error("expected a DomainError");
    };
    it("refuses negative income and debt, a request that is not positive, and a score that is not a number", () => {
      expect(problem(() => decideCredit({ score: 700, income: -100 }))).toEqual({ code: "credit.negative", params: { arg: "income", text: "-1" } });
      expect(problem(() => decideCredit({ score: 700, income: 100, monthlyDebt: -1 }))).toEqual({ code: "credit.negative", params: { arg: "monthly_debt", text: "-0.01" } });
      expect(problem(() => decideCredit({ score: 700, income: 100, requested: 0 })).code).toBe("credit.requestedNotPositive");
      expect(problem(() => decideCredit({ score: NaN, income: 100 })).code).toBe("credit.scoreNotANumber");
    });
    it("checks a policy built in code", () => {
      expect(problem(() => decideCredit({ score: 700, income: 100 }, [])).code).toBe("credit.policy.empty");
    });
  });
});

describe("decideCredit properties", () => {
  const steps = fc.constantFrom(1, 100, 2_500, 10_000, 50_000);
  const pct = fc.integer({ min: 0, max: 100 }).map((p) => p / 100);
  const anyBand = fc.record({ incomePct: pct, maxDti: pct, maxLimit: fc.integer({ min: 0, max: 50_000_000 }), step: steps });
  /** Any valid policy: distinct ascending scores, arbitrary bands. */
  const anyPolicy: fc.Arbitrary<CreditPolicy> = fc
    .uniqueArray(fc.integer({ min: 300, max: 850 }), { minLength: 1, maxLength: 6 })
    .chain((scores) => fc.tuple(fc.constant([...scores].sort((a, b) => a - b)), fc.array(anyBand, { minLength: scores.length, maxLength: scores.length })))
    .map(([scores, bands]) => scores.map((minScore, i) => ({ minScore, ...bands[i] })));
  /** A policy whose bands are at least as generous as the ones below, with one step. */
  const monotonePolicy: fc.Arbitrary<CreditPolicy> = fc.tuple(anyPolicy, steps).map(([policy, step]) => {
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const pcts = sorted(policy.map((b) => b.incomePct));
    const dtis = sorted(policy.map((b) => b.maxDti));
    const maxes = sorted(policy.map((b) => b.maxLimit));
    return policy.map((b, i) => ({ minScore: b.minScore, incomePct: pcts[i], maxDti: dtis[i], maxLimit: maxes[i], step }));
  });
  const score = fc.integer({ min: 250, max: 900 });
  const income = fc.integer({ min: 0, max: 500_000_000 });
  const debt = fc.integer({ min: 0, max: 2_000_000 });

  it("never exceeds the band's max_limit and is always a whole number of steps", () => {
    fc.assert(
      fc.property(anyPolicy, score, income, debt, (policy, s, i, d) => {
        const { limit, band } = decideCredit({ score: s, income: i, monthlyDebt: d }, policy);
        if (!band) return expect(limit).toBe(0);
        expect(limit).toBeGreaterThanOrEqual(0);
        expect(limit).toBeLessThanOrEqual(band.maxLimit);
        expect(limit % band.step).toBe(0);
      }),
    );
  });

  it("never decreases when income rises with the monthly debt fixed (dti only falls)", () => {
    fc.assert(
      fc.property(anyPolicy, score, income, fc.integer({ min: 0, max: 100_000_000 }), debt, (policy, s, i, more, d) => {
        expect(creditLimitFor({ score: s, income: i + more, monthlyDebt: d }, policy)).toBeGreaterThanOrEqual(creditLimitFor({ score: s, income: i, monthlyDebt: d }, policy));
      }),
    );
  });

  it("never decreases when the score rises, under a policy whose bands grow more generous", () => {
    fc.assert(
      fc.property(monotonePolicy, score, fc.integer({ min: 0, max: 400 }), income, debt, (policy, s, more, i, d) => {
        expect(creditLimitFor({ score: s + more, income: i, monthlyDebt: d }, policy)).toBeGreaterThanOrEqual(creditLimitFor({ score: s, income: i, monthlyDebt: d }, policy));
      }),
    );
  });

  it("always declines when debt-to-income is above the band's maximum, and never for that reason at or below it", () => {
    fc.assert(
      fc.property(anyPolicy, score, fc.integer({ min: 1, max: 500_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (policy, s, i, extra) => {
        const band = findBand(s, policy);
        fc.pre(band !== null);
        // Largest monthly debt with 12 × debt ≤ max_dti × income, computed on whole percentages.
        const atMax = Math.floor((Math.round(band!.maxDti * 100) * i) / 1200);
        const above = decideCredit({ score: s, income: i, monthlyDebt: atMax + 1 + extra }, policy);
        expect(above).toMatchObject({ decision: "Decline", limit: 0, reason: { code: "credit.reason.dtiAboveMax" } });
        expect(decideCredit({ score: s, income: i, monthlyDebt: atMax }, policy).reason.code).not.toBe("credit.reason.dtiAboveMax");
      }),
    );
  });

  it("with a request gives min(requested, limit), and refers exactly when the request exceeds a positive limit", () => {
    fc.assert(
      fc.property(anyPolicy, score, income, debt, fc.integer({ min: 1, max: 60_000_000 }), (policy, s, i, d, r) => {
        const plain = decideCredit({ score: s, income: i, monthlyDebt: d }, policy);
        const asked = decideCredit({ score: s, income: i, monthlyDebt: d, requested: r }, policy);
        expect(asked.limit).toBe(Math.min(r, plain.limit));
        expect(asked.decision).toBe(plain.limit === 0 ? "Decline" : r > plain.limit ? "Refer" : "Approve");
      }),
    );
  });

  it("the example policy grows more generous band by band", () => {
    fc.assert(
      fc.property(score, fc.integer({ min: 0, max: 400 }), income, debt, (s, more, i, d) => {
        expect(creditLimitFor({ score: s + more, income: i, monthlyDebt: d }, EXAMPLE_CREDIT_POLICY)).toBeGreaterThanOrEqual(creditLimitFor({ score: s, income: i, monthlyDebt: d }, EXAMPLE_CREDIT_POLICY));
      }),
    );
  });
});
