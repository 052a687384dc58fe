import { ymdToSerial } from "../../../src/domain/core";
import { DomainError } from "../../../src/domain/core";
import { DatedAmount, InterestClaim, InterestRegime, Jurisdiction, lateInterest, lateInterestTotal, rateBook } from "../../../src/domain/interest";

const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);
const statutory = (jurisdiction: Jurisdiction, b2c = false): InterestRegime => ({ kind: "statutory", jurisdiction, b2c });
const claim = (principal: number, dueDate: number, endDate: number, regime: InterestRegime, payments: DatedAmount[] = []): InterestClaim => ({ principal, dueDate, endDate, regime, payments });
/** [from, to, days, annual rate, principal, interest] of each segment, dates as ISO text. */
const rows = (c: InterestClaim) =>
  lateInterest(c).segments.map((s) => [iso(s.from), iso(s.to), s.days, s.annualRate, s.principal, s.interest]);
const iso = (serial: number) => {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return date.toISOString().slice(0, 10);
};

// Hand computations below: interest = principal (cents) × rate × days / 365, each segment rounded half
// away from zero; rates are the reference rate in force on the first day of the half-year plus the margin.

describe("lateInterest: the worked example of domain.md", () => {
  it("DE B2B: 10,000 due 31 May 2025, paid 31 July 2025 → 92.63 + 87.22 = 179.85", () => {
    const c = claim(1_000_000, d(2025, 5, 31), d(2025, 7, 31), statutory("DE"));
    expect(rows(c)).toEqual([
      ["2025-06-01", "2025-06-30", 30, 0.1127, 1_000_000, 9263], // Basiszinssatz 2.27 + 9
      ["2025-07-01", "2025-07-31", 31, 0.1027, 1_000_000, 8722], // 1.27 + 9
    ]);
    expect(lateInterestTotal(c)).toBe(17985);
    expect(lateInterest(c).notes).toEqual([]);
  });
});

describe("lateInterest: a half-year boundary in every regime (10,000 due 15 June 2025, to 15 July 2025)", () => {
  const due = d(2025, 6, 15);
  const end = d(2025, 7, 15);
  it.each([
    // ECB on 1 Jan 2025 = 3.15 (from 18 Dec 2024), on 1 July 2025 = 2.15 (from 11 June 2025)
    ["EU", 0.1115, 4582, 0.1015, 4171],
    ["IT", 0.1115, 4582, 0.1015, 4171],
    ["NL", 0.1115, 4582, 0.1015, 4171],
    ["FR", 0.1315, 5404, 0.1215, 4993],
    ["DE", 0.1127, 4632, 0.1027, 4221],
  ] as const)("%s: 15 days at each half-year's rate", (j, rate1, i1, rate2, i2) => {
    const c = claim(1_000_000, due, end, statutory(j));
    expect(rows(c)).toEqual([
      ["2025-06-16", "2025-06-30", 15, rate1, 1_000_000, i1],
      ["2025-07-01", "2025-07-15", 15, rate2, 1_000_000, i2],
    ]);
    expect(lateInterestTotal(c)).toBe(i1 + i2);
  });

  it("UK: one rate for the whole debt, Bank Rate on 31 Dec 2024 (4.75) + 8, no split at 1 July", () => {
    expect(rows(claim(1_000_000, due, end, statutory("UK")))).toEqual([["2025-06-16", "2025-07-15", 30, 0.1275, 1_000_000, 10479]]);
  });

  it("a contractual 8%: one segment, no half-years", () => {
    expect(rows(claim(1_000_000, due, end, { kind: "fixed", annualRate: 0.08 }))).toEqual([["2025-06-16", "2025-07-15", 30, 0.08, 1_000_000, 6575]]);
  });
});

describe("lateInterest: a 1 January rate change", () => {
  it("DE: 3.37 + 9 to 31 Dec 2024, 2.27 + 9 from 1 Jan 2025", () => {
    expect(rows(claim(1_000_000, d(2024, 12, 15), d(2025, 1, 15), statutory("DE")))).toEqual([
      ["2024-12-16", "2024-12-31", 16, 0.1237, 1_000_000, 5422],
      ["2025-01-01", "2025-01-15", 15, 0.1127, 1_000_000, 4632],
    ]);
  });
  it("EU: the ECB rate in force on 1 July 2022 (0.00; the rise of 27 July counts from 1 Jan) and on 1 Jan 2023 (2.50)", () => {
    expect(rows(claim(1_000_000, d(2022, 12, 21), d(2023, 1, 10), statutory("EU")))).toEqual([
      ["2022-12-22", "2022-12-31", 10, 0.08, 1_000_000, 2192],
      ["2023-01-01", "2023-01-10", 10, 0.105, 1_000_000, 2877],
    ]);
  });
});

describe("lateInterest: a leap year", () => {
  it("FR over 2024: 182 days of the first half (29 February counted) at 4.50 + 10, 184 at 4.25 + 10, still over 365", () => {
    const c = claim(1_000_000, d(2023, 12, 31), d(2024, 12, 31), statutory("FR"));
    expect(rows(c)).toEqual([
      ["2024-01-01", "2024-06-30", 182, 0.145, 1_000_000, 72301],
      ["2024-07-01", "2024-12-31", 184, 0.1425, 1_000_000, 71836],
    ]);
    expect(lateInterest(c).days).toBe(366);
  });
  it("a contractual 10% over the 366 days of 2024 is 1,002.74, not 1,000", () => {
    expect(lateInterestTotal(claim(1_000_000, d(2023, 12, 31), d(2024, 12, 31), { kind: "fixed", annualRate: 0.1 }))).toBe(100_274);
  });
});

describe("lateInterest: the German rule change of 29 July 2014", () => {
  it("a debt due 28 July 2014 keeps + 8; one due 29 July 2014 takes + 9 (Basiszinssatz −0.73)", () => {
    expect(rows(claim(1_000_000, d(2014, 7, 28), d(2014, 8, 28), statutory("DE")))).toEqual([["2014-07-29", "2014-08-28", 31, 0.0727, 1_000_000, 6175]]);
    expect(rows(claim(1_000_000, d(2014, 7, 29), d(2014, 8, 28), statutory("DE")))).toEqual([["2014-07-30", "2014-08-28", 30, 0.0827, 1_000_000, 6797]]);
  });
  it("an older debt running across 29 July 2014 stays at + 8 (Art. 229 §34 EGBGB)", () => {
    expect(rows(claim(1_000_000, d(2014, 6, 15), d(2014, 9, 30), statutory("DE")))).toEqual([
      ["2014-06-16", "2014-06-30", 15, 0.0737, 1_000_000, 3029],
      ["2014-07-01", "2014-09-30", 92, 0.0727, 1_000_000, 18324],
    ]);
  });
  it("against a consumer: + 5 before and after", () => {
    expect(rows(claim(1_000_000, d(2014, 8, 1), d(2014, 8, 31), statutory("DE", true)))).toEqual([["2014-08-02", "2014-08-31", 30, 0.0427, 1_000_000, 3510]]);
    expect(rows(claim(1_000_000, d(2014, 6, 1), d(2014, 6, 30), statutory("DE", true)))).toEqual([["2014-06-02", "2014-06-30", 29, 0.0437, 1_000_000, 3472]]);
  });
});

describe("lateInterest: the Italian rule change of 2013", () => {
  it("a debt due in 2012 keeps + 7 into 2013 (ECB 1.00 on 1 July 2012, 0.75 on 1 Jan 2013)", () => {
    expect(rows(claim(1_000_000, d(2012, 12, 15), d(2013, 1, 15), statutory("IT")))).toEqual([
      ["2012-12-16", "2012-12-31", 16, 0.08, 1_000_000, 3507],
      ["2013-01-01", "2013-01-15", 15, 0.0775, 1_000_000, 3185],
    ]);
  });
  it("a debt due from 1 Jan 2013 takes + 8", () => {
    expect(rows(claim(1_000_000, d(2013, 1, 1), d(2013, 1, 31), statutory("IT")))).toEqual([["2013-01-02", "2013-01-31", 30, 0.0875, 1_000_000, 7192]]);
  });
});

describe("lateInterest: NL capitalisation at each full year of delay", () => {
  // 10,000 due 30 June 2023: years of delay end on 30 June 2024 and 30 June 2025.
  const due = d(2023, 6, 30);
  const first = [
    ["2023-07-01", "2023-12-31", 184, 0.12, 1_000_000, 60_493], // ECB 4.00 + 8
    ["2024-01-01", "2024-06-30", 182, 0.125, 1_000_000, 62_329], // 4.50 + 8
  ];
  it("after one full year: the year's 1,228.22 is added to the principal", () => {
    const c = claim(1_000_000, due, d(2024, 7, 31), statutory("NL"));
    expect(rows(c)).toEqual([...first, ["2024-07-01", "2024-07-31", 31, 0.1225, 1_122_822, 11_682]]);
    expect(lateInterest(c).capitalisations).toEqual([{ date: d(2024, 6, 30), amount: 122_822 }]);
    expect(lateInterestTotal(c)).toBe(134_504);
  });
  it("after two full years: the second year's interest is added again", () => {
    const c = claim(1_000_000, due, d(2025, 7, 30), statutory("NL"));
    expect(rows(c)).toEqual([
      ...first,
      ["2024-07-01", "2024-12-31", 184, 0.1225, 1_122_822, 69_338],
      ["2025-01-01", "2025-06-30", 181, 0.1115, 1_122_822, 62_083],
      ["2025-07-01", "2025-07-30", 30, 0.1015, 1_254_243, 10_463],
    ]);
    expect(lateInterest(c).capitalisations.map((x) => x.amount)).toEqual([122_822, 131_421]);
    expect(lateInterestTotal(c)).toBe(264_706);
  });
  it("the other regimes never compound: EU over the same two years keeps the principal", () => {
    expect(lateInterest(claim(1_000_000, due, d(2025, 7, 30), statutory("EU"))).segments.every((s) => s.principal === 1_000_000)).toBe(true);
  });
  it("capitalises only interest left unpaid: a payment of 1,000.00 in the first year settles interest first", () => {
    const c = claim(1_000_000, due, d(2024, 7, 31), statutory("NL"), [{ date: d(2023, 12, 31), amount: 100_000 }]);
    const detail = lateInterest(c);
    // 604.93 accrued by 31 Dec 2023: the payment settles it and 395.07 of principal.
    expect(detail.payments).toEqual([{ date: d(2023, 12, 31), amount: 100_000, toInterest: 60_493, toPrincipal: 39_507, excess: 0 }]);
    expect(detail.segments[1].principal).toBe(960_493);
    // The second half-year's interest on 9,604.93 at 12.5% over 182 days: 598.66, capitalised on 30 June 2024.
    expect(detail.capitalisations).toEqual([{ date: d(2024, 6, 30), amount: 59_866 }]);
    expect(detail.segments[2].principal).toBe(960_493 + 59_866);
  });
});

describe("lateInterest: UK debts late in each half-year (Bank Rate + 8, fixed for the whole debt)", () => {
  it("late from 1 July 2024: Bank Rate on 30 June 2024 (5.25), although it fell on 1 Aug and 7 Nov", () => {
    const c = claim(1_000_000, d(2024, 6, 30), d(2024, 12, 31), statutory("UK"));
    expect(rows(c)).toEqual([["2024-07-01", "2024-12-31", 184, 0.1325, 1_000_000, 66_795]]);
    expect(lateInterest(c).notes).toEqual([]);
  });
  it("late from 1 January 2025 (and up to 30 June): Bank Rate on 31 December 2024 (4.75)", () => {
    expect(rows(claim(1_000_000, d(2024, 12, 31), d(2025, 3, 31), statutory("UK")))).toEqual([["2025-01-01", "2025-03-31", 90, 0.1275, 1_000_000, 31_438]]);
    expect(lateInterest(claim(1_000_000, d(2025, 6, 29), d(2025, 7, 29), statutory("UK"))).segments[0].annualRate).toBe(0.1275);
  });
  it("late from 16 July 2025: Bank Rate on 30 June 2025 (4.25)", () => {
    expect(rows(claim(1_000_000, d(2025, 7, 15), d(2025, 8, 14), statutory("UK")))).toEqual([["2025-07-16", "2025-08-14", 30, 0.1225, 1_000_000, 10_068]]);
  });
  it("says so when the Bank Rate used is unconfirmed", () => {
    const detail = lateInterest(claim(1_000_000, d(2023, 6, 15), d(2023, 7, 15), statutory("UK")));
    expect(detail.segments[0].annualRate).toBe(0.115); // 3.50 from 15 Dec 2022
    expect(detail.notes.map((n) => [n.kind, n.lookup.entry.from, n.lookup.entry.confidence])).toEqual([["unconfirmed", d(2022, 12, 15), "unconfirmed"]]);
  });
});

describe("lateInterest: partial payments settle interest first, then principal (§367 BGB)", () => {
  const due = d(2025, 5, 31);
  const end = d(2025, 7, 31);
  it("a payment smaller than the interest accrued leaves the principal whole", () => {
    const c = claim(1_000_000, due, end, statutory("DE"), [{ date: d(2025, 6, 15), amount: 4_000 }]);
    expect(rows(c)).toEqual([
      ["2025-06-01", "2025-06-15", 15, 0.1127, 1_000_000, 4632],
      ["2025-06-16", "2025-06-30", 15, 0.1127, 1_000_000, 4632],
      ["2025-07-01", "2025-07-31", 31, 0.1027, 1_000_000, 8722],
    ]);
    const detail = lateInterest(c);
    expect(detail.payments).toEqual([{ date: d(2025, 6, 15), amount: 4_000, toInterest: 4_000, toPrincipal: 0, excess: 0 }]);
    // All interest accrued counts, including the 40.00 the payment settled.
    expect(detail.total).toBe(17_986);
    expect(detail.interestUnpaid).toBe(13_986);
    expect(detail.principalLeft).toBe(1_000_000);
  });
  it("a larger payment settles the 46.32 accrued and reduces the principal from the next day", () => {
    const c = claim(1_000_000, due, end, statutory("DE"), [{ date: d(2025, 6, 15), amount: 100_000 }]);
    expect(rows(c)).toEqual([
      ["2025-06-01", "2025-06-15", 15, 0.1127, 1_000_000, 4632],
      ["2025-06-16", "2025-06-30", 15, 0.1127, 904_632, 4190],
      ["2025-07-01", "2025-07-31", 31, 0.1027, 904_632, 7891],
    ]);
    expect(lateInterestTotal(c)).toBe(16_713);
  });
  it("payments after the end date are ignored", () => {
    const c = claim(1_000_000, due, end, statutory("DE"), [{ date: d(2025, 8, 15), amount: 500_000 }]);
    expect(lateInterestTotal(c)).toBe(17_985);
    expect(lateInterest(c).payments).toEqual([]);
  });
  it("a payment on or before the due date reduces the principal before interest starts", () => {
    const c = claim(1_000_000, due, end, statutory("DE"), [{ date: d(2025, 5, 20), amount: 400_000 }]);
    expect(rows(c).map((r) => [r[4], r[5]])).toEqual([[600_000, 5558], [600_000, 5233]]);
  });
  it("takes payments in any order, and stops when the debt is paid off, recording any excess", () => {
    const payments = [{ date: d(2025, 7, 1), amount: 2_000_000 }, { date: d(2025, 6, 10), amount: 1_000 }];
    const detail = lateInterest(claim(1_000_000, due, end, statutory("DE"), payments));
    expect(detail.segments.map((s) => [iso(s.from), iso(s.to)])).toEqual([["2025-06-01", "2025-06-10"], ["2025-06-11", "2025-06-30"], ["2025-07-01", "2025-07-01"]]);
    expect(detail.principalLeft).toBe(0);
    expect(detail.payments[1].excess).toBeGreaterThan(0);
    expect(detail.days).toBe(31);
  });
});

describe("lateInterest: edge cases", () => {
  it("gives 0 with no segment when the end date is not after the due date", () => {
    for (const end of [d(2025, 5, 31), d(2025, 5, 1)]) {
      const detail = lateInterest(claim(1_000_000, d(2025, 5, 31), end, statutory("DE")));
      expect([detail.total, detail.days, detail.segments.length]).toEqual([0, 0, 0]);
    }
  });
  it("counts one day when the end date is the day after the due date", () => {
    expect(rows(claim(1_000_000, d(2025, 5, 31), d(2025, 6, 1), statutory("DE")))).toEqual([["2025-06-01", "2025-06-01", 1, 0.1127, 1_000_000, 309]]);
  });
  it("uses the last known rate past the data and says so", () => {
    const detail = lateInterest(claim(1_000_000, d(2026, 6, 30), d(2026, 7, 30), statutory("DE")));
    expect(detail.segments[0].annualRate).toBe(0.1027); // 1.27 of 1 Jan 2026, the last known
    expect(detail.notes.map((n) => [n.kind, n.lookup.date, n.lookup.knownThrough])).toEqual([["beyondKnown", d(2026, 7, 1), d(2026, 1, 1)]]);
  });
  it("refuses a date before the first known rate instead of guessing", () => {
    expect(() => lateInterest(claim(1_000_000, d(2011, 6, 30), d(2011, 7, 30), statutory("DE")))).toThrow(DomainError);
  });
  it("computes exactly past 2^53 (a billion at a contractual 12.345678901%)", () => {
    const total = lateInterestTotal(claim(100_000_000_000, d(2025, 1, 1), d(2035, 1, 1), { kind: "fixed", annualRate: 0.12345678901 }));
    // 1e11 cents × 0.12345678901 × 3,652 days / 365, computed with exact fractions: 123,524,436,566 cents.
    expect(total).toBe(123_524_436_566);
  });
  it("uses AR_Rates rows where given, and then no note for the dates they cover", () => {
    const book = rateBook([{ jurisdiction: "DE", from: d(2026, 7, 1), micro: 10_000, row: 2 }]);
    const detail = lateInterest(claim(1_000_000, d(2026, 6, 30), d(2026, 7, 30), statutory("DE")), book);
    expect(detail.segments[0].annualRate).toBe(0.1);
    expect(detail.segments[0].reference?.entry).toEqual({ from: d(2026, 7, 1), micro: 10_000, confidence: "workbook", source: "AR_Rates", row: 2 });
    expect(detail.notes).toEqual([]);
  });
});
