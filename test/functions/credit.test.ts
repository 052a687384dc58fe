import { formulaMessage } from "../support/formulaMessage";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { functions } from "../../src/functions";
import { creditReasonText } from "../../src/i18n/creditReason";
import { creditPolicyTable } from "../../src/domain/credit/creditPolicy";
import { hasMessage, LANGUAGES, setLanguage, t } from "../../src/i18n";
import { credit } from "../../src/i18n/messages/credit";

const POLICY = [
  ["min_score", "income_pct", "max_dti", "max_limit", "step"],
  [600, 0.1, 0.4, 15000, 500],
  [650, 0.2, 0.45, 30000, 1000],
];


describe("AR.CREDITLIMIT", () => {
  it("uses the built-in example policy when policy is omitted", () => {
    // band 670: 15% of 60,000 = 9,000, dti 30% ≤ 43%
    expect(functions.CREDITLIMIT(700, 60000, 1500)).toBe(9000);
    expect(functions.CREDITLIMIT(700, 60000, null, null as never, 12000)).toBe(9000);
    expect(functions.CREDITLIMIT(700, 60000, null, null as never, 2500.5)).toBe(2500.5);
    expect(functions.CREDITLIMIT(579, 60000)).toBe(0);
  });

  it("reads a policy range and rounds down to the band's step", () => {
    // band 600: 10% of 123,456.78 = 12,345.67 → 12,000 (step 500)
    expect(functions.CREDITLIMIT(620, 123456.78, 0, POLICY)).toBe(12000);
    // band 650: 20% of 200,000 = 40,000 → capped at 30,000
    expect(functions.CREDITLIMIT(700, 200000, 0, POLICY)).toBe(30000);
    // dti = 2,000 / (48,000 / 12) = 50% > 45%
    expect(functions.CREDITLIMIT(700, 48000, 2000, POLICY)).toBe(0);
  });

  it("accepts one-cell ranges for its single values", () => {
    expect(functions.CREDITLIMIT([[700]], [[60000]], [[1500]])).toBe(9000);
  });

  describe("bad input", () => {
    const withRow = (row: unknown[]) => [POLICY[0], POLICY[1], row];
    it.each([
      ["a text score", () => functions.CREDITLIMIT("good", 60000), "score must be a number, not 'good'"],
      ["a missing score", () => functions.CREDITLIMIT(null, 60000), "score is required"],
      ["negative income", () => functions.CREDITLIMIT(700, -60000), "income must be 0 or more, not -60000"],
      ["negative debt", () => functions.CREDITLIMIT(700, 60000, -1.5), "monthly_debt must be 0 or more, not -1.5"],
      ["a request that is not positive", () => functions.CREDITLIMIT(700, 60000, 0, POLICY, -5), "requested must be a positive amount, not -5"],
      ["a text percentage for income (no rate: no hint about percentages)", () => functions.CREDITLIMIT(700, "60000%"), "income must be a number, not '60000%'"],
      ["missing columns", () => functions.CREDITLIMIT(700, 60000, 0, [["min_score", "income_pct", "max_limit"], [600, 0.1, 5000]]), "policy needs a header row with the columns min_score, income_pct, max_dti, max_limit and step; missing: max_dti, step"],
      ["an empty policy", () => functions.CREDITLIMIT(700, 60000, 0, [POLICY[0]]), "policy has no bands: put one row per score band under the header row"],
      ["a duplicate band", () => functions.CREDITLIMIT(700, 60000, 0, withRow([600, 0.2, 0.4, 5000, 100])), "policy row 3 (min_score 600): min_score repeats row 2; each band needs its own min_score"],
      ["unsorted bands", () => functions.CREDITLIMIT(700, 60000, 0, withRow([550, 0.2, 0.4, 5000, 100])), "policy row 3 (min_score 550): bands must be in ascending order of min_score, but row 2 above has 600"],
      ["step 0", () => functions.CREDITLIMIT(700, 60000, 0, withRow([650, 0.2, 0.4, 5000, 0])), "policy row 3 (min_score 650): step must be positive"],
      ["income_pct as a whole number", () => functions.CREDITLIMIT(700, 60000, 0, withRow([650, 10, 0.4, 5000, 100])), "policy row 3 (min_score 650): income_pct must be a fraction from 0 to 1 (10% is 0.1), not 10"],
      ["max_dti above 1", () => functions.CREDITLIMIT(700, 60000, 0, withRow([650, 0.1, 1.2, 5000, 100])), "policy row 3 (min_score 650): max_dti must be a fraction from 0 to 1 (40% is 0.4), not 1.2"],
      ["negative max_limit", () => functions.CREDITLIMIT(700, 60000, 0, withRow([650, 0.1, 0.4, -5000, 100])), "policy row 3 (min_score 650): max_limit must be 0 or more, not -5000"],
      ["a text percentage in the policy", () => functions.CREDITLIMIT(700, 60000, 0, withRow([650, "20%", 0.4, 5000, 100])), "policy row 3 (min_score 650): income_pct must be a number such as 10% or 0.1, not the text '20%'"],
      ["a blank policy cell", () => functions.CREDITLIMIT(700, 60000, 0, withRow([650, 0.2, null, 5000, 100])), "policy row 3 (min_score 650): max_dti is blank"],
      ["a text min_score", () => functions.CREDITLIMIT(700, 60000, 0, withRow(["650+", 0.2, 0.4, 5000, 100])), "policy row 3: min_score must be a number, not '650+'"],
      ["an error value in the policy", () => functions.CREDITLIMIT(700, 60000, 0, withRow([650, 0.2, 0.4, "#N/A", 100])), "policy row 3 (min_score 650): max_limit must be a number, not '#N/A'"],
    ])("refuses %s with a message", (_what, f, expected) => {
      expect(formulaMessage(f)).toBe(expected);
    });
  });
});

describe("AR.CREDITDECISION", () => {
  it.each([
    [[700, 60000, 1500, null, 12000], ["Refer", 9000, "Requested 12,000 is above the limit 9,000."]],
    [[700, 60000, 1500, null, 5000], ["Approve", 5000, "Requested 5,000 is within the limit 9,000."]],
    [[700, 60000, 1500], ["Approve", 9000, "Score 700 is in the band from 670: 15% of income, rounded down to a multiple of 100, gives 9,000."]],
    [[850, 1000000], ["Approve", 35000, "Score 850 is in the band from 800, whose maximum 35,000 caps the limit at 35,000."]],
    [[580, 60000, 0, POLICY], ["Decline", 0, "Score 580 is below the lowest band (600)."]],
    [[700, 48000, 2080, POLICY], ["Decline", 0, "Debt-to-income 52% is above the band's maximum 45%."]],
    [[700, 48000, 1800.01, POLICY], ["Decline", 0, "Debt-to-income 45.0003% is above the band's maximum 45%."]],
    [[700, 0, 0, POLICY], ["Decline", 0, "Income is 0, so the band from 650, which lends a share of income, gives no limit."]],
    [[700, 4000, 0, POLICY], ["Decline", 0, "20% of income is 800, below one step of 1,000, so the limit is 0."]],
    [[700, 200000, 0, POLICY, 20000.5], ["Approve", 20000.5, "Requested 20,000.50 is within the limit 30,000."]],
  ])("decides %j as %j", (args, expected) => {
    const [score, income, debt, policy, requested] = args as [number, number, number?, unknown[][]?, number?];
    expect(functions.CREDITDECISION(score, income, debt ?? null, (policy ?? null) as never, requested ?? null)).toEqual([expected]);
  });

  it("words the reason in the user's language; the decision words stay as the contract names them", () => {
    try {
      setLanguage("de");
      expect(functions.CREDITDECISION(700, 60000, 1500, null as never, 12000)).toEqual([["Refer", 9000, "Der beantragte Betrag 12.000 liegt über dem Limit 9.000."]]);
      setLanguage("fr");
      expect(functions.CREDITDECISION(580, 60000, 0, POLICY)).toEqual([["Decline", 0, "Le score 580 est sous la tranche la plus basse (600)."]]);
      setLanguage("it");
      expect(formulaMessage(() => functions.CREDITLIMIT(700, -1))).toBe("income deve essere 0 o più, non -1");
    } finally {
      setLanguage("en");
    }
  });

  it("formats amounts and percentages per language", () => {
    const reason = { code: "credit.reason.dtiAboveMax", params: { dti: 0.52, maxDti: 0.4 } };
    expect(creditReasonText(reason, { reveal: true, lang: "en" })).toBe("Debt-to-income 52% is above the band's maximum 40%.");
    expect(creditReasonText(reason, { reveal: true, lang: "nl" })).toBe("De schuldquote 52% ligt boven het maximum van de band 40%.");
    expect(creditReasonText({ code: "credit.reason.requestedAboveLimit", params: { requested: 2_000_050, limit: 1_500_000 } }, { reveal: true, lang: "it" })).toBe("L'importo richiesto 20.000,50 supera il fido 15.000.");
  });

  it("refuses bad input as AR.CREDITLIMIT does", () => {
    expect(formulaMessage(() => functions.CREDITDECISION("abc", 60000))).toBe("score must be a number, not 'abc'");
  });
});

describe("AR.ZSCORE", () => {
  // X1 = 20/100, X2 = 30/100, X3 = 10/100, X4 = 60/40, X5 = 150/100
  const firm = [20, 30, 10, 60, 150, 100, 40] as const;
  it("computes Z′ by default, Z and Z″ on request", () => {
    expect(functions.ZSCORE(...firm)).toBeCloseTo(0.717 * 0.2 + 0.847 * 0.3 + 3.107 * 0.1 + 0.42 * 1.5 + 0.998 * 1.5, 10);
    expect(functions.ZSCORE(...firm, "Z")).toBeCloseTo(1.2 * 0.2 + 1.4 * 0.3 + 3.3 * 0.1 + 0.6 * 1.5 + 1.0 * 1.5, 10);
    expect(functions.ZSCORE(...firm, "z2")).toBeCloseTo(6.56 * 0.2 + 3.26 * 0.3 + 6.72 * 0.1 + 1.05 * 1.5, 10);
  });
  it("returns the score to the 15 significant digits Excel shows, not rounded to fewer", () => {
    const score = functions.ZSCORE(1, 2, 3, 4, 5, 7, 11, "Z");
    expect(score).toBe(Number((1.2 * (1 / 7) + 1.4 * (2 / 7) + 3.3 * (3 / 7) + 0.6 * (4 / 11) + 1.0 * (5 / 7)).toPrecision(15)));
    expect(score).toBe(2.91818181818182);
    expect(functions.ZSCORE(0, 0, 30, 20, 70, 100, 100, "Z")).toBe(1.81);
  });
  it("lets Z2 leave sales blank but not Z or Z1", () => {
    expect(functions.ZSCORE(20, 30, 10, 60, null, 100, 40, "Z2")).toBeCloseTo(6.56 * 0.2 + 3.26 * 0.3 + 6.72 * 0.1 + 1.05 * 1.5, 10);
    expect(formulaMessage(() => functions.ZSCORE(20, 30, 10, 60, null, 100, 40))).toBe("sales is required");
  });
  it.each([
    [[20, 30, 10, 60, 150, 0, 40], "total_assets must be above 0, not 0"],
    [[20, 30, 10, 60, 150, -100, 40], "total_assets must be above 0, not -100"],
    [[20, 30, 10, 60, 150, 100, 0, "Z"], "total_liabilities must be above 0 for model Z (X4 = equity / total_liabilities), not 0"],
    [[20, 30, 10, 60, 150, 100, 40, "Z3"], "model must be Z, Z1 (Z′) or Z2 (Z″), not 'Z3'"],
    [[20, "n/a", 10, 60, 150, 100, 40], "retained_earnings must be a number, not 'n/a'"],
  ])("refuses %j: %s", (args, expected) => {
    expect(formulaMessage(() => (functions.ZSCORE as (...a: unknown[]) => number)(...args))).toBe(expected);
  });
  it.each([
    // A ratio overflows: 1e300 / 1e-300.
    [[1e300, 30, 10, 60, 150, 1e-300, 40], "working_capital / total_assets is Infinity, too large to give a score; check that every figure is in the same unit"],
    // Ratios of opposite infinite sign: the score would be NaN.
    [[1e300, -1e300, 10, 60, 150, 1e-300, 40], "working_capital / total_assets is Infinity, too large to give a score; check that every figure is in the same unit"],
    [[20, 30, 10, 1e300, 150, 100, 1e-300, "Z2"], "equity / total_liabilities is Infinity, too large to give a score; check that every figure is in the same unit"],
    // Every ratio fits, their weighted sum does not.
    [[20, 30, 1.7e308, 60, 150, 1, 40, "Z"], "ebit / total_assets is 1.7e+308, too large to give a score; check that every figure is in the same unit"],
  ])("refuses figures whose score is not a finite number: %j", (args, expected) => {
    expect(formulaMessage(() => (functions.ZSCORE as (...a: unknown[]) => number)(...args))).toBe(expected);
  });
});

describe("credit messages", () => {
  it("has every key in every language, with the same placeholders", () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(credit.en)) {
        const translated = (credit[lang] as Record<string, string>)[key];
        expect(translated).toBeDefined();
        expect([key, placeholders(translated)]).toEqual([key, placeholders(text)]);
      }
    }
  });
  it("has a message for every credit code the credit sources use", () => {
    const dirs = ["credit", "customers"].map((job) => join(__dirname, "../../src/domain", job));
    const sources = [...dirs.flatMap((dir) => readdirSync(dir).map((f) => join(dir, f))), join(__dirname, "../../src/functions/credit.ts")];
    const codes = new Set(sources.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/"(credit\.[\w.]+)"/g)].map((m) => m[1])));
    expect(codes.size).toBeGreaterThan(30);
    expect([...codes].filter((c) => !hasMessage(c))).toEqual([]);
  });
  it("is registered in the catalogue", () => {
    expect(t("credit.zone.grey", undefined, "de")).toBe("Grauzone");
  });
});

describe("the policy template", () => {
  it("matches the built-in example policy, in the CSV and in the README", () => {
    const csv = readFileSync(join(__dirname, "../../docs/templates/ar-credit-policy.csv"), "utf8").trim().split("\n");
    expect(csv).toEqual(creditPolicyTable().map((row) => row.join(",")));
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    for (const row of creditPolicyTable()) expect(readme).toContain(`| ${row.join(" | ")} |`);
  });
});
