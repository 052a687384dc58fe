import { col, formulaMessage } from "../support/formulaMessage";
import fc from "fast-check";
import { functions } from "../../src/functions";
import { ymdToSerial } from "../../src/domain/core/dates";

const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);
const AS_OF = d(2026, 11, 25);

describe("AR.AGING", () => {
  it("puts each amount in the bucket of its days overdue and totals them", () => {
    const amounts = col([100, 200, 300, 400, 500, -50]);
    // days overdue: -5 (not due), 0 (not due), 30, 31, 91, 61
    const due = col([AS_OF + 5, AS_OF, AS_OF - 30, AS_OF - 31, AS_OF - 91, AS_OF - 61]);
    expect(functions.AGING(amounts, due, AS_OF)).toEqual([[300, 300, 400, -50, 500, 1450]]);
  });

  it("adds labels when headers is TRUE", () => {
    const out = functions.AGING(col([1]), col([AS_OF]), AS_OF, null as never, null as never, true);
    expect(out[0]).toEqual(["Not due", "1-30", "31-60", "61-90", "Over 90", "Total"]);
  });

  it("uses custom buckets: always len + 2 buckets then Total", () => {
    const out = functions.AGING(col([10, 20, 30]), col([AS_OF - 10, AS_OF - 20, AS_OF - 200]), AS_OF, [[15, 45]], null as never, true);
    expect(out).toEqual([
      ["Not due", "1-15", "16-45", "Over 45", "Total"],
      [0, 10, 20, 30, 60],
    ]);
  });

  it("groups by key in order of first appearance with a Total row", () => {
    const out = functions.AGING(col([10, 20, 5]), col([AS_OF - 1, AS_OF, AS_OF - 40]), AS_OF, null as never, col(["B", "A", "B"]), true);
    expect(out).toEqual([
      ["Customer", "Not due", "1-30", "31-60", "61-90", "Over 90", "Total"],
      ["B", 0, 10, 5, 0, 0, 15],
      ["A", 20, 0, 0, 0, 0, 20],
      ["Total", 20, 10, 5, 0, 0, 35],
    ]);
  });

  it("sums exactly: 0.1 + 0.2 is 0.3 and 1.005 rounds to 1.01 as Excel's ROUND", () => {
    expect(functions.AGING(col([0.1, 0.2]), col([AS_OF, AS_OF]), AS_OF)[0][5]).toBe(0.3);
    expect(functions.AGING(col([1.005]), col([AS_OF]), AS_OF)[0][5]).toBe(1.01);
  });

  it("ignores a row only when all its lined-up cells are blank", () => {
    expect(functions.AGING(col([10, null, ""]), col([AS_OF, null, ""]), AS_OF)[0][5]).toBe(10);
  });

  describe("group keys", () => {
    const amounts = col([100, 200, 300]);
    const due = col([AS_OF, AS_OF, AS_OF]);
    it("puts blank keys in one (blank) row, in the grouped shape even when every key is blank", () => {
      expect(functions.AGING(amounts, due, AS_OF, undefined, col([null, "", "  "]))).toEqual([
        ["(blank)", 600, 0, 0, 0, 0, 600],
        ["Total", 600, 0, 0, 0, 0, 600],
      ]);
      expect(functions.AGING(amounts, due, AS_OF, undefined, col(["Rossi", null, "Rossi"]))).toEqual([
        ["Rossi", 400, 0, 0, 0, 0, 400],
        ["(blank)", 200, 0, 0, 0, 0, 200],
        ["Total", 600, 0, 0, 0, 0, 600],
      ]);
    });
    it("refuses an error value as a key, naming its row, whether it arrives as text or as an error object", () => {
      expect(formulaMessage(() => functions.AGING(amounts, due, AS_OF, undefined, col(["Rossi", "#N/A", "Rossi"])))).toBe("row 2 of group_by: the cell holds the error #N/A");
      expect(formulaMessage(() => functions.AGING(amounts, due, AS_OF, undefined, col(["Rossi", "Rossi", { code: "#REF!" }])))).toBe("row 3 of group_by: the cell holds the error #REF!");
    });
    it("never gives a second Total row: a customer named Total is listed as 'Total (customer)'", () => {
      const out = functions.AGING(amounts, due, AS_OF, undefined, col(["Total", "Rossi", " Total "]));
      expect(out.map((r) => r[0])).toEqual(["Total (customer)", "Rossi", "Total"]);
      expect(out[0][6]).toBe(400);
      expect(out.filter((r) => r[0] === "Total")).toHaveLength(1);
    });
    it("takes booleans and numbers as the text Excel shows", () => {
      expect(functions.AGING(amounts, due, AS_OF, undefined, col([true, 1001, false])).map((r) => r[0])).toEqual(["TRUE", "1001", "FALSE", "Total"]);
    });
  });

  describe("bad input", () => {
    it("names the row and the text of a bad date", () => {
      const due = col([AS_OF, ...Array(15).fill(AS_OF), "next week"]);
      expect(formulaMessage(() => functions.AGING(col(Array(17).fill(1)), due, AS_OF))).toBe("row 17 of due_dates: text 'next week' is not a date");
    });
    it("names both sizes when ranges do not line up", () => {
      expect(formulaMessage(() => functions.AGING(col([1, 2]), col([AS_OF]), AS_OF))).toBe("amounts has 2 cells but due_dates has 1; they must line up");
    });
    it("refuses a blank amount beside a due date", () => {
      expect(formulaMessage(() => functions.AGING(col([1, null]), col([AS_OF, AS_OF]), AS_OF))).toBe("row 2 of amounts is blank but due_dates is filled in on that row");
    });
    it("reports the first bad row whichever column it is in", () => {
      expect(formulaMessage(() => functions.AGING(col([1, "x", null]), col([AS_OF, AS_OF, "y"]), AS_OF))).toBe("row 2 of amounts: text 'x' is not an amount");
    });
    it("refuses descending buckets", () => {
      expect(formulaMessage(() => functions.AGING(col([1]), col([AS_OF]), AS_OF, [[60, 30]]))).toBe("bucket_days must rise: value 2 (30) is not above 60");
    });
    it("refuses a missing as_of", () => {
      expect(formulaMessage(() => functions.AGING(col([1]), col([AS_OF]), null))).toBe("as_of is required");
    });
    it("names an Excel error value in a cell", () => {
      expect(formulaMessage(() => functions.AGING(col([1, "#N/A"]), col([AS_OF, AS_OF]), AS_OF))).toBe("row 2 of amounts: the cell holds the error #N/A");
    });
  });

  describe("properties", () => {
    const ledger = fc.array(
      fc.record({ cents: fc.integer({ min: -10_000_000, max: 10_000_000 }), days: fc.integer({ min: -400, max: 400 }), key: fc.constantFrom("A", "B", "C") }),
      { maxLength: 60 },
    );
    it("bucket totals add up to the total, which is the exact sum of the amounts", () => {
      fc.assert(
        fc.property(ledger, (rows) => {
          const out = functions.AGING(col(rows.map((r) => r.cents / 100)), col(rows.map((r) => AS_OF - r.days)), AS_OF) as number[][];
          const cents = out[0].map((x) => Math.round(x * 100));
          const sum = rows.reduce((a, r) => a + r.cents, 0);
          expect(cents[5]).toBe(sum);
          expect(cents.slice(0, 5).reduce((a, b) => a + b, 0)).toBe(sum);
        }),
      );
    });
    it("gives the same answer on the all-numbers fast path as on the general reader", () => {
      fc.assert(
        fc.property(ledger, fc.boolean(), (rows, grouped) => {
          const amounts = col(rows.map((r) => r.cents / 100));
          const due = col(rows.map((r) => AS_OF - r.days));
          const keys = col(rows.map((r) => r.key));
          const fast = functions.AGING(amounts, due, AS_OF, null as never, grouped ? keys : (null as never));
          // A trailing all-blank row is ignored, but it sends the call through the general reader.
          const general = functions.AGING([...amounts, [null]], [...due, [null]], AS_OF, null as never, grouped ? [...keys, [null]] : (null as never));
          expect(fast).toEqual(general);
        }),
      );
    });
    it("does not depend on row order, and the grouped Total row equals the ungrouped result", () => {
      fc.assert(
        fc.property(ledger, fc.nat(), (rows, seed) => {
          const shuffled = [...rows].sort((a, b) => ((a.cents * 31 + seed) % 7) - ((b.cents * 31 + seed) % 7));
          const run = (rs: typeof rows, grouped: boolean) =>
            functions.AGING(col(rs.map((r) => r.cents / 100)), col(rs.map((r) => AS_OF - r.days)), AS_OF, null as never, grouped ? col(rs.map((r) => r.key)) : (null as never));
          const plain = run(rows, false)[0];
          expect(run(shuffled, false)[0]).toEqual(plain);
          if (rows.length > 0) expect(run(shuffled, true).at(-1)).toEqual(["Total", ...plain]);
        }),
      );
    });
  });
});
