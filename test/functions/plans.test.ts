import { col, formulaMessage } from "../support/formulaMessage";
import fc from "fast-check";
import { functions } from "../../src/functions";
import { ymdToSerial } from "../../src/domain/core/dates";
import { setLanguage } from "../../src/i18n";
import { FormulaError } from "../../src/functions/errors";

const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);
const START = d(2026, 1, 31);
const toCents = (x: unknown) => Math.round((x as number) * 100);

describe("AR.PAYMENTPLAN", () => {
  it("spills [n, due_date, payment, interest, principal, balance_after]: 10,000 at 5% over 12 months", () => {
    const out = functions.PAYMENTPLAN(10000, START, 12, 0.05);
    expect(out).toHaveLength(12);
    expect(out[0]).toEqual([1, START, 856.08, 41.67, 814.41, 9185.59]);
    expect(out[1]).toEqual([2, d(2026, 2, 28), 856.08, 38.27, 817.81, 8367.78]);
    expect(out[2][1]).toBe(d(2026, 3, 31));
    expect(out[11]).toEqual([12, d(2026, 12, 31), 856.01, 3.55, 852.46, 0]);
    expect(out.slice(0, 11).every((r) => r[2] === 856.08)).toBe(true);
    expect(out.reduce((a, r) => a + toCents(r[3]), 0)).toBe(27289);
  });

  it("puts a label row first when headers is TRUE, in the user's language", () => {
    expect(functions.PAYMENTPLAN(100, START, 1, null, null, null, true)[0]).toEqual(["No.", "Due date", "Payment", "Interest", "Principal", "Balance"]);
    setLanguage("de");
    try {
      expect(functions.PAYMENTPLAN(100, START, 1, null, null, null, true)[0]).toEqual(["Nr.", "Fälligkeit", "Rate", "Zinsen", "Tilgung", "Restschuld"]);
    } finally {
      setLanguage("en");
    }
  });

  it("takes frequency as a number or a word", () => {
    const weekly = functions.PAYMENTPLAN(520, START, 3, 0.052, "Weekly");
    expect(weekly.map((r) => r[1])).toEqual([START, START + 7, START + 14]);
    expect(weekly[0][3]).toBe(0.52); // 520 × 5.2% / 52
    expect(functions.PAYMENTPLAN(520, START, 3, 0.052, 52)).toEqual(weekly);
    expect(functions.PAYMENTPLAN(100, START, 2, null, "biweekly").map((r) => r[1])).toEqual([START, START + 14]);
    expect(functions.PAYMENTPLAN(100, START, 3, null, "quarterly").map((r) => r[1])).toEqual([START, d(2026, 4, 30), d(2026, 7, 31)]);
    expect(functions.PAYMENTPLAN(100, START, 3, null, "trimestrale")).toEqual(functions.PAYMENTPLAN(100, START, 3, null, 4));
  });

  it("defaults to monthly at 0%: the even split rounded up, the last payment taking what is left", () => {
    expect(functions.PAYMENTPLAN(100, START, 3).map((r) => r[2])).toEqual([33.34, 33.34, 33.32]);
    expect(functions.PAYMENTPLAN(1000, START, 3).map((r) => r[2])).toEqual([333.34, 333.34, 333.32]);
  });

  it("accepts a rate typed as 8% (the number 0.08), the payment PMT rounded up", () => {
    expect(functions.PAYMENTPLAN(10000, START, 10, 8 / 100)[0][2]).toBe(1037.04);
  });

  it("rounds the balance as Excel's ROUND does", () => {
    expect(functions.PAYMENTPLAN(1.005, START, 1)[0][2]).toBe(1.01);
  });

  it("finds the fewest instalments within budget when installments is blank or 0", () => {
    expect(functions.PAYMENTPLAN(10000, START, null, 0.05, null, 900)).toHaveLength(12);
    expect(functions.PAYMENTPLAN(10000, START, 0, 0.05, null, 931.98)).toHaveLength(11);
    expect(functions.PAYMENTPLAN(10000, START, "", 0.05, null, 931.97)).toHaveLength(12);
    expect(functions.PAYMENTPLAN(10000, START, 6, 0.05, null, 900)).toHaveLength(6); // installments wins
  });

  it("never ends in a balloon: 10,000 over 30 years at 30%, and 100 over 1,200 months at 1000%", () => {
    for (const [balance, n, rate] of [[10000, 360, 0.3], [100, 1200, 10]] as const) {
      let out: unknown[][];
      try {
        out = functions.PAYMENTPLAN(balance, START, n, rate, 12);
      } catch (e) {
        expect((e as Error).message).toMatch(/^installments: no level payment in whole cents/);
        continue;
      }
      expect(out.at(-1)![2] as number).toBeLessThanOrEqual(out[0][2] as number);
    }
  });

  it("repays every balance exactly, whatever the terms", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e11 }), fc.integer({ min: 1, max: 360 }), fc.integer({ min: 0, max: 3000 }), fc.constantFrom(12, 4, 26, 52), (balance, n, bp, f) => {
        let out: unknown[][];
        try {
          out = functions.PAYMENTPLAN(balance / 100, START, n, bp / 10000, f);
        } catch (e) {
          // Long plans at high rates where no whole-cent level payment fits are refused, never a balloon.
          expect((e as Error).message).toMatch(/^installments: no level payment in whole cents/);
          return;
        }
        expect(out.at(-1)![2] as number).toBeLessThanOrEqual(out[0][2] as number);
        expect(out.reduce((a, r) => a + toCents(r[4]), 0)).toBe(balance);
        expect(out.every((r) => (r[5] as number) >= 0)).toBe(true);
        expect(out.at(-1)![5]).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  describe("bad input", () => {
    it("refuses a zero or negative balance", () => {
      expect(formulaMessage(() => functions.PAYMENTPLAN(0, START, 12))).toBe("balance must be more than 0, not 0.00");
      expect(formulaMessage(() => functions.PAYMENTPLAN(-250, START, 12))).toBe("balance must be more than 0, not -250.00");
      expect(formulaMessage(() => functions.PAYMENTPLAN(0.004, START, 12))).toBe("balance must be more than 0, not 0.00");
    });
    it("refuses a missing or text balance", () => {
      expect(formulaMessage(() => functions.PAYMENTPLAN(null, START, 12))).toBe("balance is required");
      expect(formulaMessage(() => functions.PAYMENTPLAN("lots", START, 12))).toBe("balance must be a number, not 'lots'");
    });
    it("refuses a start date that is not a date", () => {
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, "next week", 12))).toBe("start_date: text 'next week' is not a date");
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, null, 12))).toBe("start_date is required");
    });
    it("refuses more than 1,200 instalments, a fraction of one, or a negative number", () => {
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, START, 1201))).toBe("installments must be a whole number from 1 to 1200, not 1201");
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, START, 2.5))).toBe("installments must be a whole number from 1 to 1200, not 2.5");
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, START, -3))).toBe("installments must be a whole number from 1 to 1200, not -3");
    });
    it("asks for installments or a budget", () => {
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, START, null))).toBe("installments is required unless a budget is given");
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, START, 0, 0.05))).toBe("installments is required unless a budget is given");
    });
    it("refuses a text percentage and a negative rate", () => {
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, START, 12, "8%"))).toBe("annual_rate must be a number such as 8% or 0.08, not the text '8%'");
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, START, 12, -0.01))).toBe("annual_rate must be 0 or more, not -0.01");
    });
    it("refuses an unknown frequency", () => {
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, START, 12, 0, "monthy"))).toBe("frequency must be 12, 4, 26 or 52, or monthly, quarterly, biweekly or weekly, not 'monthy'");
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, START, 12, 0, 13))).toBe("frequency must be 12, 4, 26 or 52, or monthly, quarterly, biweekly or weekly, not '13'");
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, START, 12, 0, true))).toBe("frequency must be 12, 4, 26 or 52, or monthly, quarterly, biweekly or weekly, not 'true'");
    });
    it("refuses a budget that does not cover one period's interest", () => {
      expect(formulaMessage(() => functions.PAYMENTPLAN(10000, START, null, 0.05, null, 41.67))).toBe("budget 41.67 does not cover one period's interest of 41.67; it must be more than 41.67");
    });
    it("refuses a budget that would take more than 1,200 instalments, and a budget of 0", () => {
      expect(formulaMessage(() => functions.PAYMENTPLAN(10000, START, null, 0, null, 1))).toBe("budget 1.00 would need more than 1200 installments; raise the budget");
      expect(formulaMessage(() => functions.PAYMENTPLAN(10000, START, null, 0, null, 0))).toBe("budget must be more than 0, not 0.00");
      expect(formulaMessage(() => functions.PAYMENTPLAN(10000, START, null, 0, null, "900"))).toBe("budget must be a number, not '900'");
    });
    it("refuses a plan that would run past 9999-12-31", () => {
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, d(9999, 6, 30), 12))).toBe("12 installments from start_date would run past 9999-12-31, the last date Excel can show");
    });
    it("answers a very high rate over a long plan with a result or a message, never the catch-all (1000% over 1200 months)", () => {
      // (1 + rate)^1200 overflows a double: PMT was NaN, roundMinor(NaN) 1, and the balance grew to Infinity.
      let rows: unknown[][];
      try {
        rows = functions.PAYMENTPLAN(100, 46053, 1200, 10, 12);
      } catch (e) {
        expect(e).toBeInstanceOf(FormulaError);
        expect((e as Error).message).not.toMatch(/^Something went wrong/);
        expect((e as Error).message).toMatch(/installments|annual_rate/);
        return;
      }
      expect(rows.flat().filter((c) => typeof c === "number" && !Number.isFinite(c))).toEqual([]);
    });
    it("refuses a rate whose interest for one period could not be held to the cent", () => {
      expect(formulaMessage(() => functions.PAYMENTPLAN(2414, START, 46, Number.MAX_VALUE, "biweekly"))).toBe(
        "annual_rate 1.7976931348623157e+308 is too high: one period's interest on balance could not be held exactly to the cent",
      );
      expect(formulaMessage(() => functions.PAYMENTPLAN(90_000_000_000, START, null, 1e6, 12, 100))).toMatch(/^annual_rate 1000000 is too high/);
    });
    it("names the arguments to lower when the payment is too large to hold to the cent", () => {
      expect(formulaMessage(() => functions.PAYMENTPLAN(90_000_000_000_000, START, 1, 0.12))).toMatch(/too large to be held exactly to the cent; lower balance or annual_rate$/);
    });
    it("refuses a headers value that is not TRUE or FALSE", () => {
      expect(formulaMessage(() => functions.PAYMENTPLAN(100, START, 1, null, null, null, "yes"))).toBe("headers must be TRUE or FALSE, not 'yes'");
    });
    it("speaks the user's language", () => {
      setLanguage("it");
      try {
        expect(formulaMessage(() => functions.PAYMENTPLAN(0, START, 12))).toBe("balance deve essere maggiore di 0, non 0.00");
      } finally {
        setLanguage("en");
      }
    });
  });
});

describe("AR.PLANSTATUS", () => {
  const JAN = d(2026, 1, 31);
  const FEB = d(2026, 2, 28);
  const MAR = d(2026, 3, 31);
  const dates = col([JAN, FEB, MAR]);
  const amounts = col([100, 100, 100]);
  const blank = col([null, null]);

  it("is On track before anything is due, with blank payment ranges", () => {
    expect(functions.PLANSTATUS(dates, amounts, blank, blank, JAN - 1)).toEqual([["On track", 0, 0, 0, 0]]);
    expect(functions.PLANSTATUS(dates, amounts, null as never, null as never, JAN - 1)).toEqual([["On track", 0, 0, 0, 0]]);
  });
  it("is Late within the grace days and Broken after them", () => {
    expect(functions.PLANSTATUS(dates, amounts, col([JAN]), col([100]), FEB + 7)).toEqual([["Late", 200, 100, 100, 7]]);
    expect(functions.PLANSTATUS(dates, amounts, col([JAN]), col([100]), FEB + 8)).toEqual([["Broken", 200, 100, 100, 8]]);
    expect(functions.PLANSTATUS(dates, amounts, col([JAN]), col([100]), FEB + 8, 10)).toEqual([["Late", 200, 100, 100, 8]]);
  });
  it("is Completed once the whole schedule is paid", () => {
    expect(functions.PLANSTATUS(dates, amounts, col([JAN, FEB]), col([100, 200]), FEB)).toEqual([["Completed", 200, 300, 0, 0]]);
  });
  it("fills instalments oldest first with partial and early payments", () => {
    expect(functions.PLANSTATUS(dates, amounts, col([JAN - 10, FEB - 3]), col([60, 90.5]), MAR + 2)).toEqual([["Broken", 300, 150.5, 149.5, MAR + 2 - FEB]]);
    expect(functions.PLANSTATUS(dates, amounts, col([JAN - 10, FEB - 3]), col([60, 140.5]), MAR + 2)).toEqual([["Late", 300, 200.5, 99.5, 2]]);
  });
  it("ignores payments after as_of and rows whose cells are all blank", () => {
    expect(functions.PLANSTATUS(col([JAN, null, FEB]), col([100, null, 100]), col([JAN, FEB + 9]), col([100, 100]), FEB + 8)).toEqual([["Broken", 200, 100, 100, 8]]);
  });
  it("sums payments exactly: 0.1 + 0.2 pays an instalment of 0.3", () => {
    expect(functions.PLANSTATUS(col([JAN]), col([0.3]), col([JAN, JAN]), col([0.1, 0.2]), JAN)).toEqual([["Completed", 0.3, 0.3, 0, 0]]);
  });
  it("keeps the status words of the contract in every display language, so IF(...=\"Broken\") works", () => {
    setLanguage("fr");
    try {
      expect(functions.PLANSTATUS(dates, amounts, blank, blank, FEB + 30)[0][0]).toBe("Broken");
    } finally {
      setLanguage("en");
    }
  });

  describe("bad input", () => {
    it("names both sizes when ranges do not line up", () => {
      expect(formulaMessage(() => functions.PLANSTATUS(dates, col([100, 100]), blank, blank, JAN))).toBe("schedule_dates has 3 cells but schedule_amounts has 2; they must line up");
      expect(formulaMessage(() => functions.PLANSTATUS(dates, amounts, col([JAN]), blank, JAN))).toBe("payment_dates has 1 cell but payment_amounts has 2; they must line up");
    });
    it("names the first bad row", () => {
      expect(formulaMessage(() => functions.PLANSTATUS(col([JAN, "soon"]), col([100, 100]), blank, blank, JAN))).toBe("row 2 of schedule_dates: text 'soon' is not a date");
      expect(formulaMessage(() => functions.PLANSTATUS(dates, amounts, col([JAN, null]), col([100, 50]), JAN))).toBe("row 2 of payment_dates is blank but payment_amounts is filled in on that row");
    });
    it("refuses a negative instalment", () => {
      expect(formulaMessage(() => functions.PLANSTATUS(col([JAN, FEB]), col([100, -5]), blank, blank, JAN))).toBe("row 2 of schedule_amounts: -5.00 is negative; an instalment must be 0 or more");
    });
    it("refuses an empty schedule", () => {
      expect(formulaMessage(() => functions.PLANSTATUS(blank, blank, blank, blank, JAN))).toBe("schedule_dates and schedule_amounts hold no instalment");
    });
    it("refuses a missing as_of and bad grace days", () => {
      expect(formulaMessage(() => functions.PLANSTATUS(dates, amounts, blank, blank, null))).toBe("as_of is required");
      expect(formulaMessage(() => functions.PLANSTATUS(dates, amounts, blank, blank, JAN, -1))).toBe("grace_days must be a whole number of days, 0 or more, not -1");
      expect(formulaMessage(() => functions.PLANSTATUS(dates, amounts, blank, blank, JAN, "7%"))).toBe("grace_days must be a number, not '7%'");
    });
  });
});
