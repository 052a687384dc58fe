import { lateFee } from "../../../src/domain/interest";

describe("lateFee", () => {
  it("is 40 in the EU, Italy and France, and in Germany against businesses only", () => {
    expect(["EU", "IT", "FR", "DE"].map((j) => lateFee(50_000, j as "EU", false))).toEqual([4000, 4000, 4000, 4000]);
    expect(lateFee(50_000, "DE", true)).toBe(0);
  });
  it("is 40 / 70 / 100 in the UK for debts under 1,000 / under 10,000 / from 10,000", () => {
    expect([99_999, 100_000, 999_999, 1_000_000, 50_000_000].map((a) => lateFee(a, "UK", false))).toEqual([4000, 7000, 7000, 10000, 10000]);
  });
  it("follows the Dutch incassokosten scale: 12,000 → 895 (domain.md)", () => {
    // 15% of 2,500 + 10% of 2,500 + 5% of 5,000 + 1% of 2,000 = 375 + 250 + 250 + 20
    expect(lateFee(1_200_000, "NL", false)).toBe(89_500);
    expect([250_000, 500_000, 1_000_000, 20_000_000].map((a) => lateFee(a, "NL", false))).toEqual([37_500, 62_500, 87_500, 277_500]);
  });
  it("keeps the Dutch minimum of 40 and maximum of 6,775, and rounds to the cent", () => {
    expect(lateFee(10_000, "NL", false)).toBe(4000);
    expect(lateFee(26_667, "NL", false)).toBe(4000); // 40.0005
    expect(lateFee(30_003, "NL", false)).toBe(4500); // 45.0045
    expect(lateFee(100_000_000, "NL", false)).toBe(677_500); // 2,775 + 0.5% of 800,000 = 6,775 exactly
    expect(lateFee(99_999_900, "NL", false)).toBe(677_500); // 6,774.995 rounds half up to the maximum
    expect(lateFee(99_999_800, "NL", false)).toBe(677_499); // 6,774.99
  });
  it("owes nothing on an amount of 0 or less", () => {
    expect([0, -100].map((a) => lateFee(a, "NL", false))).toEqual([0, 0]);
  });
});
