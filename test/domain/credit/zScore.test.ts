import fc from "fast-check";
import { ALTMAN_MODELS, altmanRatios, altmanZone, altmanZScore, AltmanInputs, parseAltmanModel } from "../../../src/domain/credit/zScore";
import { DomainError } from "../../../src/domain/core/problem";

// Three firms; the expected scores are Altman's published weights applied by hand to the ratios.
const healthy: AltmanInputs = { workingCapital: 25_000, retainedEarnings: 40_000, ebit: 15_000, equity: 90_000, sales: 180_000, totalAssets: 150_000, totalLiabilities: 60_000 };
const middling: AltmanInputs = { workingCapital: 10_000, retainedEarnings: 15_000, ebit: 6_000, equity: 40_000, sales: 100_000, totalAssets: 100_000, totalLiabilities: 50_000 };
const failing: AltmanInputs = { workingCapital: -5_000, retainedEarnings: -20_000, ebit: -2_000, equity: 10_000, sales: 60_000, totalAssets: 80_000, totalLiabilities: 70_000 };

describe("altmanZScore", () => {
  describe("model Z (1.2, 1.4, 3.3, 0.6, 1.0; market equity)", () => {
    it("scores the healthy firm", () => {
      // 0.2 + 0.37333 + 0.33 + 0.9 + 1.2 = 3.00333
      expect(altmanZScore(healthy, "Z")).toBeCloseTo(1.2 * (25 / 150) + 1.4 * (40 / 150) + 3.3 * (15 / 150) + 0.6 * (90 / 60) + 1.0 * (180 / 150), 4);
      expect(altmanZScore(healthy, "Z")).toBeCloseTo(3.00333, 4);
    });
    it("scores the middling firm", () => {
      // 0.12 + 0.21 + 0.198 + 0.48 + 1.0 = 2.008
      expect(altmanZScore(middling, "Z")).toBeCloseTo(1.2 * 0.1 + 1.4 * 0.15 + 3.3 * 0.06 + 0.6 * 0.8 + 1.0 * 1.0, 4);
      expect(altmanZScore(middling, "Z")).toBeCloseTo(2.008, 4);
    });
    it("scores the failing firm", () => {
      // -0.075 - 0.35 - 0.0825 + 0.085714 + 0.75 = 0.328214
      expect(altmanZScore(failing, "Z")).toBeCloseTo(1.2 * (-5 / 80) + 1.4 * (-20 / 80) + 3.3 * (-2 / 80) + 0.6 * (10 / 70) + 1.0 * (60 / 80), 4);
      expect(altmanZScore(failing, "Z")).toBeCloseTo(0.328214, 4);
    });
  });

  describe("model Z1, Z′ (0.717, 0.847, 3.107, 0.420, 0.998; book equity), the default", () => {
    it("scores the healthy firm", () => {
      // 0.1195 + 0.225867 + 0.3107 + 0.63 + 1.1976 = 2.483667
      expect(altmanZScore(healthy)).toBeCloseTo(0.717 * (25 / 150) + 0.847 * (40 / 150) + 3.107 * (15 / 150) + 0.42 * (90 / 60) + 0.998 * (180 / 150), 4);
      expect(altmanZScore(healthy, "Z1")).toBeCloseTo(2.483667, 4);
    });
    it("scores the middling firm", () => {
      // 0.0717 + 0.12705 + 0.18642 + 0.336 + 0.998 = 1.71917
      expect(altmanZScore(middling, "Z1")).toBeCloseTo(0.717 * 0.1 + 0.847 * 0.15 + 3.107 * 0.06 + 0.42 * 0.8 + 0.998 * 1.0, 4);
      expect(altmanZScore(middling, "Z1")).toBeCloseTo(1.71917, 4);
    });
    it("scores the failing firm", () => {
      expect(altmanZScore(failing, "Z1")).toBeCloseTo(0.717 * (-5 / 80) + 0.847 * (-20 / 80) + 3.107 * (-2 / 80) + 0.42 * (10 / 70) + 0.998 * (60 / 80), 4);
    });
  });

  describe("model Z2, Z″ (6.56, 3.26, 6.72, 1.05; sales unused)", () => {
    it("scores the healthy firm", () => {
      // 1.09333 + 0.86933 + 0.672 + 1.575 = 4.20967
      expect(altmanZScore(healthy, "Z2")).toBeCloseTo(6.56 * (25 / 150) + 3.26 * (40 / 150) + 6.72 * (15 / 150) + 1.05 * (90 / 60), 4);
      expect(altmanZScore(healthy, "Z2")).toBeCloseTo(4.20967, 4);
    });
    it("scores the middling firm", () => {
      // 0.656 + 0.489 + 0.4032 + 0.84 = 2.3882
      expect(altmanZScore(middling, "Z2")).toBeCloseTo(6.56 * 0.1 + 3.26 * 0.15 + 6.72 * 0.06 + 1.05 * 0.8, 4);
      expect(altmanZScore(middling, "Z2")).toBeCloseTo(2.3882, 4);
    });
    it("scores the failing firm and ignores sales", () => {
      const expected = 6.56 * (-5 / 80) + 3.26 * (-20 / 80) + 6.72 * (-2 / 80) + 1.05 * (10 / 70);
      expect(altmanZScore(failing, "Z2")).toBeCloseTo(expected, 4);
      expect(altmanZScore({ ...failing, sales: 999_999 }, "Z2")).toBeCloseTo(expected, 4);
    });
  });

  it("does not depend on the unit of the figures (thousands or units)", () => {
    const inThousands = Object.fromEntries(Object.entries(healthy).map(([k, v]) => [k, v / 1000])) as unknown as AltmanInputs;
    expect(altmanZScore(inThousands, "Z")).toBeCloseTo(altmanZScore(healthy, "Z"), 12);
  });

  describe("edge cases", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as DomainError).problem.code;
      }
      return "no error";
    };
    it("refuses total assets of 0 or less and total liabilities of 0 or less", () => {
      expect(code(() => altmanZScore({ ...healthy, totalAssets: 0 }))).toBe("credit.zscore.totalAssetsNotPositive");
      expect(code(() => altmanZScore({ ...healthy, totalAssets: -1 }))).toBe("credit.zscore.totalAssetsNotPositive");
      for (const model of ["Z", "Z1", "Z2"] as const) expect(code(() => altmanZScore({ ...healthy, totalLiabilities: 0 }, model))).toBe("credit.zscore.totalLiabilitiesNotPositive");
    });
    it("gives the five ratios", () => {
      expect(altmanRatios(middling, "Z")).toEqual([0.1, 0.15, 0.06, 0.8, 1]);
    });
  });
});

describe("altmanZone", () => {
  it.each([
    ["Z", 1.81, 2.99],
    ["Z1", 1.23, 2.9],
    ["Z2", 1.1, 2.6],
  ] as const)("model %s: distress below %d, safe above %d, grey between them inclusive", (model, low, high) => {
    expect(altmanZone(low - 0.0001, model)).toBe("distress");
    expect(altmanZone(low, model)).toBe("grey");
    expect(altmanZone((low + high) / 2, model)).toBe("grey");
    expect(altmanZone(high, model)).toBe("grey");
    expect(altmanZone(high + 0.0001, model)).toBe("safe");
    expect(ALTMAN_MODELS[model]).toMatchObject({ distressBelow: low, safeAbove: high });
  });
  it("classifies the three firms under Z", () => {
    expect([healthy, middling, failing].map((f) => altmanZone(altmanZScore(f, "Z"), "Z"))).toEqual(["safe", "grey", "distress"]);
  });
});

describe("parseAltmanModel", () => {
  it("reads names, primes and any case", () => {
    expect(["Z", "z", " Z1 ", "Z′", "z'", "Z’", "Z2", "Z″", "z''", "Z”"].map(parseAltmanModel)).toEqual(["Z", "Z", "Z1", "Z1", "Z1", "Z1", "Z2", "Z2", "Z2", "Z2"]);
  });
  it("returns null for an unknown model", () => {
    expect(parseAltmanModel("Z3")).toBeNull();
    expect(parseAltmanModel("")).toBeNull();
  });
});

describe("altmanZScore on the cut-offs", () => {
  /** The exact score as a rational of BigInts, from integer figures and weights in thousandths. */
  function exactScore(f: AltmanInputs, model: "Z" | "Z1" | "Z2"): { num: bigint; den: bigint } {
    const w = ALTMAN_MODELS[model].weights.map((x) => BigInt(Math.round(x * 1000)));
    const [wc, re, ebit, eq, sales, ta, tl] = [f.workingCapital, f.retainedEarnings, f.ebit, f.equity, f.sales, f.totalAssets, f.totalLiabilities].map(BigInt);
    const onAssets = w[0] * wc + w[1] * re + w[2] * ebit + w[4] * (ALTMAN_MODELS[model].usesSales ? sales : 0n);
    return { num: onAssets * tl + w[3] * eq * ta, den: 1000n * ta * tl };
  }
  const compare = (r: { num: bigint; den: bigint }, cutOff: number) => {
    const c = BigInt(Math.round(cutOff * 100));
    const lhs = r.num * 100n;
    const rhs = c * r.den;
    return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
  };

  it("is 1.81 exactly for figures that give 1.81 on paper, and that is grey for Z", () => {
    const f: AltmanInputs = { workingCapital: 0, retainedEarnings: 0, ebit: 30, equity: 20, sales: 70, totalAssets: 100, totalLiabilities: 100 };
    expect(altmanZScore(f, "Z")).toBe(1.81);
    expect(altmanZone(altmanZScore(f, "Z"), "Z")).toBe("grey");
  });

  it("is 3.588 exactly for 1.2 × 29.9 / 10", () => {
    expect(altmanZScore({ workingCapital: 29.9, retainedEarnings: 0, ebit: 0, equity: 0, sales: 0, totalAssets: 10, totalLiabilities: 10 }, "Z")).toBe(3.588);
  });

  it("puts every firm in the zone its exact score is in, cut-offs included", () => {
    const figure = fc.integer({ min: -500, max: 500 });
    const positive = fc.integer({ min: 1, max: 500 });
    fc.assert(
      fc.property(figure, figure, figure, figure, fc.integer({ min: 0, max: 500 }), positive, positive, fc.constantFrom("Z", "Z1", "Z2" as const), (wc, re, ebit, eq, sales, ta, tl, model) => {
        const f: AltmanInputs = { workingCapital: wc, retainedEarnings: re, ebit, equity: eq, sales, totalAssets: ta, totalLiabilities: tl };
        const exact = exactScore(f, model);
        const spec = ALTMAN_MODELS[model];
        const zone = compare(exact, spec.distressBelow) < 0 ? "distress" : compare(exact, spec.safeAbove) > 0 ? "safe" : "grey";
        expect(altmanZone(altmanZScore(f, model), model)).toBe(zone);
      }),
      { numRuns: 3000 },
    );
  });

  it("lands on the cut-off itself whenever the exact score is the cut-off", () => {
    // Z with TA = TL = 100 and equity 20: 3.3·ebit/100 + 0.12 + sales/100 is 1.81 on many (ebit, sales) pairs; find them all.
    let hits = 0;
    for (let ebit = 0; ebit <= 60; ebit++) {
      for (let sales = 0; sales <= 200; sales++) {
        const f: AltmanInputs = { workingCapital: 0, retainedEarnings: 0, ebit, equity: 20, sales, totalAssets: 100, totalLiabilities: 100 };
        if (compare(exactScore(f, "Z"), 1.81) === 0) {
          hits++;
          expect(altmanZScore(f, "Z")).toBe(1.81);
        }
      }
    }
    expect(hits).toBeGreaterThan(5);
  });

  it("refuses figures whose score is not a finite number", () => {
    const huge: AltmanInputs = { workingCapital: 1e308, retainedEarnings: 1e308, ebit: 1e308, equity: 1, sales: 1e308, totalAssets: 1e-10, totalLiabilities: 1 };
    expect(() => altmanZScore(huge, "Z")).toThrow(DomainError);
  });
});
