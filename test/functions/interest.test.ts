import fc from "fast-check";
import { ymdToSerial } from "../../src/domain/core";
import { functions } from "../../src/functions";
import { setWorkbookRates } from "../../src/functions/interestRates";
import { setLanguage } from "../../src/i18n";
import { col, formulaMessage } from "../support/formulaMessage";

const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);
const DUE = d(2025, 5, 31);
const END = d(2025, 7, 31);

afterEach(() => setWorkbookRates(null));

describe("AR.LATEINTEREST", () => {
  it("gives the worked example of domain.md: DE, 10,000 due 31 May 2025 to 31 July 2025 → 179.85", () => {
    expect(functions.LATEINTEREST(10000, DUE, END, "DE")).toBe(179.85);
    expect(functions.LATEINTEREST(10000, DUE, END, "de", false)).toBe(179.85);
  });

  it("defaults to EU (ECB + 8) and takes the other jurisdictions by code, GB for UK", () => {
    // ECB 3.15 + 8 for 30 June days, 2.15 + 8 for 31 July days: 91.64 + 86.21
    expect(functions.LATEINTEREST(10000, DUE, END)).toBe(177.85);
    expect(functions.LATEINTEREST(10000, DUE, END, null, null, null as never, null as never)).toBe(177.85);
    expect(functions.LATEINTEREST(10000, DUE, END, "GB")).toBe(functions.LATEINTEREST(10000, DUE, END, "UK"));
  });

  it("takes a number as a contractual annual rate", () => {
    expect(functions.LATEINTEREST(10000, DUE, END, 0.08)).toBe(133.7); // 10,000 × 8% × 61 / 365 = 133.698…
  });

  it("gives 0 when the end date is not after the due date", () => {
    expect(functions.LATEINTEREST(10000, END, DUE, "DE")).toBe(0);
    expect(functions.LATEINTEREST(10000, DUE, DUE, "DE")).toBe(0);
  });

  it("accepts dates as text and amounts rounded as ROUND does", () => {
    expect(functions.LATEINTEREST(10000.004, "2025-05-31", "31/07/2025", "DE")).toBe(179.85);
  });

  it("applies partial payments, interest first; payments after end_date are ignored", () => {
    expect(functions.LATEINTEREST(10000, DUE, END, "DE", false, col([d(2025, 6, 15)]), col([1000]))).toBe(167.13);
    expect(functions.LATEINTEREST(10000, DUE, END, "DE", false, col([d(2025, 8, 15), null]), col([5000, null]))).toBe(179.85);
  });

  it("refuses bad input with a message naming the argument and row", () => {
    expect(formulaMessage(() => functions.LATEINTEREST(10000, DUE, END, "ES"))).toBe("jurisdiction must be EU, DE, IT, FR, NL or UK, or a contractual annual rate such as 8%, not 'ES'");
    expect(formulaMessage(() => functions.LATEINTEREST(10000, DUE, END, "8%"))).toBe("jurisdiction must be a number such as 8% or 0.08, not the text '8%'");
    expect(formulaMessage(() => functions.LATEINTEREST(10000, DUE, END, 8))).toBe("jurisdiction, as a contractual annual rate, must be at least 0 and below 100%, not 8; type 8% or 0.08");
    expect(formulaMessage(() => functions.LATEINTEREST(-5, DUE, END))).toBe("amount must be 0 or more, not -5");
    expect(formulaMessage(() => functions.LATEINTEREST(10000, "soon", END))).toBe("due_date: text 'soon' is not a date");
    expect(formulaMessage(() => functions.LATEINTEREST(10000, DUE, END, "DE", "maybe"))).toBe("b2c must be TRUE or FALSE, not 'maybe'");
    expect(formulaMessage(() => functions.LATEINTEREST(10000, DUE, END, "DE", false, col([DUE, END]), col([1])))).toBe("payment_dates has 2 cells but payment_amounts has 1; they must line up");
    expect(formulaMessage(() => functions.LATEINTEREST(10000, DUE, END, "DE", false, col([DUE]), null as never))).toBe("payment_dates and payment_amounts go together: give both or neither");
    expect(formulaMessage(() => functions.LATEINTEREST(10000, DUE, END, "DE", false, col([DUE, "later"]), col([1, 2])))).toBe("row 2 of payment_dates: text 'later' is not a date");
    expect(formulaMessage(() => functions.LATEINTEREST(10000, DUE, END, "DE", false, col([DUE, END]), col([1, -2])))).toBe("row 2 of payment_amounts: -2.00 is negative; a payment must be 0 or more");
    expect(formulaMessage(() => functions.LATEINTEREST(10000, d(2011, 6, 30), d(2011, 7, 30), "DE"))).toBe(
      "due_date is too early: no DE_BASISZINS rate is known on 2011-07-01 (the first known is of 2012-01-01); add one to the AR_Rates table",
    );
  });

  it("speaks the user's language", () => {
    setLanguage("de");
    try {
      expect(formulaMessage(() => functions.LATEINTEREST(10000, DUE, END, "ES"))).toMatch(/^jurisdiction muss EU, DE, IT, FR, NL oder UK sein/);
    } finally {
      setLanguage("en");
    }
  });
});

describe("AR.INTERESTDETAIL", () => {
  it("spills [from, to, days, annual_rate, principal, interest] per segment, then the Total row", () => {
    expect(functions.INTERESTDETAIL(10000, DUE, END, "DE")).toEqual([
      [d(2025, 6, 1), d(2025, 6, 30), 30, 0.1127, 10000, 92.63],
      [d(2025, 7, 1), d(2025, 7, 31), 31, 0.1027, 10000, 87.22],
      ["Total", "", 61, "", "", 179.85],
    ]);
  });

  it("starts a segment after each payment, with the principal left", () => {
    expect(functions.INTERESTDETAIL(10000, DUE, END, "DE", false, col([d(2025, 6, 15)]), col([1000]))).toEqual([
      [d(2025, 6, 1), d(2025, 6, 15), 15, 0.1127, 10000, 46.32],
      [d(2025, 6, 16), d(2025, 6, 30), 15, 0.1127, 9046.32, 41.9],
      [d(2025, 7, 1), d(2025, 7, 31), 31, 0.1027, 9046.32, 78.91],
      ["Total", "", 61, "", "", 167.13],
    ]);
  });

  it("is only the Total row when no interest runs", () => {
    expect(functions.INTERESTDETAIL(10000, END, DUE)).toEqual([["Total", "", 0, "", "", 0]]);
  });

  it("adds a Note row after Total for an unconfirmed rate and for a date past the known rates", () => {
    const rows = functions.INTERESTDETAIL(10000, d(2025, 12, 31), d(2026, 1, 31), "UK");
    expect(rows.slice(0, 2)).toEqual([
      [d(2026, 1, 1), d(2026, 1, 31), 31, 0.1175, 10000, 99.79],
      ["Total", "", 31, "", "", 99.79],
    ]);
    expect(rows.slice(2)).toEqual([
      ["Note", "the Bank of England Bank Rate of 2025-12-18 (3.75%), used for 2025-12-31, is unconfirmed: check it against the official table", "", "", "", ""],
      ["Note", "no Bank of England Bank Rate is known after 2025-12-18: for 2025-12-31 the last known rate (3.75%) is used", "", "", "", ""],
    ]);
  });

  it("keeps the row labels in English whatever the language, so formulas can find the Total row", () => {
    setLanguage("it");
    try {
      const rows = functions.INTERESTDETAIL(10000, d(2026, 6, 30), d(2026, 7, 31), "IT");
      expect(rows.map((r) => r[0]).slice(-2)).toEqual(["Total", "Note"]);
      expect(rows[rows.length - 1][1]).toMatch(/^nessun tasso BCE di rifinanziamento principale è noto dopo il 2026-01-01/);
    } finally {
      setLanguage("en");
    }
  });
});

describe("AR.LATEFEE", () => {
  it("gives 40 in the EU, IT, FR and DE (businesses), nothing against German consumers", () => {
    expect([functions.LATEFEE(500), functions.LATEFEE(500, "IT"), functions.LATEFEE(500, "fr"), functions.LATEFEE(500, "DE"), functions.LATEFEE(500, "DE", true)]).toEqual([40, 40, 40, 40, 0]);
  });
  it("gives the UK bands and the Dutch scale (12,000 → 895)", () => {
    expect([999.99, 1000, 9999.99, 10000].map((a) => functions.LATEFEE(a, "UK"))).toEqual([40, 70, 70, 100]);
    expect(functions.LATEFEE(12000, "NL")).toBe(895);
  });
  it("refuses a contractual rate and an unknown jurisdiction", () => {
    expect(formulaMessage(() => functions.LATEFEE(500, 0.08))).toBe("jurisdiction must be EU, DE, IT, FR, NL or UK, not '0.08': a contractual rate sets no statutory fee");
    expect(formulaMessage(() => functions.LATEFEE(500, "XX"))).toMatch(/not 'XX'$/);
  });
});

describe("the AR_Rates table", () => {
  const header = ["jurisdiction", "from", "rate"];
  it("overrides and extends the shipped rates once a host publishes it", () => {
    const july = d(2026, 7, 1);
    expect(functions.INTERESTDETAIL(10000, d(2026, 6, 30), d(2026, 7, 30), "DE").slice(-1)[0][0]).toBe("Note");
    setWorkbookRates({ values: [header, ["DE", july, 0.01]], dateSystem: 1900 });
    const rows = functions.INTERESTDETAIL(10000, d(2026, 6, 30), d(2026, 7, 30), "DE");
    expect(rows).toEqual([[d(2026, 7, 1), d(2026, 7, 30), 30, 0.1, 10000, 82.19], ["Total", "", 30, "", "", 82.19]]);
    setWorkbookRates(null);
    expect(functions.LATEINTEREST(10000, d(2026, 6, 30), d(2026, 7, 30), "DE")).toBe(84.41);
  });
  it("with unsorted or repeated dates makes the formulas answer #VALUE! naming the row", () => {
    setWorkbookRates({ values: [header, ["DE", d(2026, 7, 1), 0.01], ["DE", d(2026, 1, 1), 0.01]], dateSystem: 1900 });
    expect(formulaMessage(() => functions.LATEINTEREST(10000, DUE, END, "DE"))).toBe("AR_Rates row 3: DE dates must go up: 2026-01-01 comes after 2026-07-01 (row 2)");
    setWorkbookRates({ values: [header, ["DE", d(2026, 7, 1), 0.01], ["de", d(2026, 7, 1), 0.02]], dateSystem: 1900 });
    expect(formulaMessage(() => functions.INTERESTDETAIL(10000, DUE, END))).toBe("AR_Rates row 3: DE from 2026-07-01 is given twice (row 2 has it too)");
  });
});

describe("properties", () => {
  const jurisdiction = fc.oneof(fc.constantFrom("EU", "DE", "IT", "FR", "NL", "UK"), fc.integer({ min: 1, max: 2500 }).map((bp) => bp / 10_000));
  const dueDate = fc.integer({ min: d(2014, 1, 1), max: d(2026, 6, 30) });
  const payments = fc.array(fc.tuple(fc.integer({ min: -30, max: 1500 }), fc.integer({ min: 0, max: 2_000_000 })), { maxLength: 4 });

  it("interest never decreases as end_date grows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), dueDate, fc.integer({ min: -10, max: 1500 }), fc.integer({ min: 1, max: 400 }), jurisdiction, fc.boolean(), payments, (cents, due, days, more, j, b2c, pays) => {
        const dates = col(pays.map(([offset]) => due + offset));
        const amounts = col(pays.map(([, c]) => c / 100));
        const at = (end: number) => functions.LATEINTEREST(cents / 100, due, end, j, b2c, dates, amounts);
        expect(at(due + days + more)).toBeGreaterThanOrEqual(at(due + days));
      }),
    );
  });

  it("with a positive rate it is zero only for zero days", () => {
    // From 1,000.00 at 0.5% a year, one day is at least 0.01 (0.0137 before rounding).
    const positive = fc.oneof(fc.constantFrom("EU", "DE", "IT", "FR", "NL", "UK"), fc.integer({ min: 50, max: 2500 }).map((bp) => bp / 10_000));
    fc.assert(
      fc.property(fc.integer({ min: 1_000_00, max: 10_000_000_00 }), dueDate, fc.integer({ min: -30, max: 1500 }), positive, fc.boolean(), (cents, due, days, j, b2c) => {
        const interest = functions.LATEINTEREST(cents / 100, due, due + days, j, b2c);
        expect(interest === 0).toBe(days <= 0);
      }),
    );
  });

  it("AR.LATEINTEREST equals the Total row of AR.INTERESTDETAIL, which is the sum of its segments", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), dueDate, fc.integer({ min: -10, max: 1500 }), jurisdiction, fc.boolean(), payments, (cents, due, days, j, b2c, pays) => {
        const dates = col(pays.map(([offset]) => due + offset));
        const amounts = col(pays.map(([, c]) => c / 100));
        const rows = functions.INTERESTDETAIL(cents / 100, due, due + days, j, b2c, dates, amounts);
        const total = rows.find((r) => r[0] === "Total")!;
        expect(functions.LATEINTEREST(cents / 100, due, due + days, j, b2c, dates, amounts)).toBe(total[5]);
        const segments = rows.slice(0, rows.indexOf(total));
        expect(segments.reduce((sum, r) => sum + Math.round((r[5] as number) * 100), 0)).toBe(Math.round((total[5] as number) * 100));
        expect(segments.reduce((sum, r) => sum + (r[2] as number), 0)).toBe(total[2]);
      }),
    );
  });
});
