import fc from "fast-check";
import { parseAmountColumn } from "../../../src/domain/core/amountColumn";
import { detectDecimalMark } from "../../../src/domain/core/amountText";
import { CellInput } from "../../../src/domain/core/cells";
import { parseDateColumn } from "../../../src/domain/core/dateColumn";
import { detectDateOrder } from "../../../src/domain/core/dateText";
import { finishAmounts, finishDates, scanRange } from "../../../src/domain/ledger/rangeColumns";
import { readLedger } from "../../../src/domain/ledger/readLedger";

/** Cells of every kind the column parsers meet: numbers they accept or refuse, texts, blanks, booleans, errors. */
const cell: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 40000, max: 50000 }) },
  { weight: 3, arbitrary: fc.double({ min: -1e7, max: 1e7, noNaN: true }) },
  fc.constantFrom(null, undefined, "", " ", "\u00a0", "#N/A", " #REF! ", true, false, NaN, Infinity, -Infinity, 1e20, -0, 0.5, 45808.75, 2958465, 2958466, -1),
  fc.constantFrom("1.234,56", "1,234.56", "1.234", "5,50", "(1,234.56)", "EUR 1.234,56-", "31/05/2025", "05/31/2025", "2025-05-31", "31.05.25", "31/02/2025", "45808", "x"),
  fc.string({ maxLength: 3 }),
);
const range = fc.array(fc.oneof({ weight: 9, arbitrary: fc.array(cell, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant(undefined) }), { maxLength: 40 });

/** The general path: the column copied out, read by the column parsers with conventions detected over all of it. */
function copyColumn(values: readonly (readonly CellInput[] | undefined)[], first: number, column: number): CellInput[] {
  return values.slice(first).map((row) => row?.[column]);
}

const plain = (xs: Float64Array) => Array.from(xs, (x) => (Number.isNaN(x) ? "NaN" : x));

describe("rangeColumns", () => {
  it("reads number cells in place exactly as the column parsers read the copied column (property)", () => {
    fc.assert(
      fc.property(range, fc.nat(2), fc.constantFrom<1900 | 1904>(1900, 1904), (body, first, system) => {
        const values = [...Array.from({ length: first }, () => ["title"]), ...body];
        const n = body.length;
        const scanned = scanRange(values, first, n, [{ kind: "amount", column: 2 }, { kind: "date", column: 1 }, { kind: "detectOnly", column: 3 }], system);
        const [amounts, dates, other] = scanned.columns;
        const amountCells = copyColumn(values, first, 2);
        const dateCells = copyColumn(values, first, 1);
        // Detection over the leftovers is detection over the column (it reads text cells only).
        const mark = detectDecimalMark(amountCells);
        expect(detectDecimalMark(amounts.leftovers.cells)).toEqual(mark);
        expect(detectDecimalMark(other.leftovers.cells)).toEqual(detectDecimalMark(copyColumn(values, first, 3)));
        const order = detectDateOrder(dateCells);
        expect(detectDateOrder(dates.leftovers.cells)).toEqual(order);

        const amountErrors = finishAmounts(amounts, mark.mark);
        const dateErrors = finishDates(dates, system, order.order);
        const generalAmounts = parseAmountColumn(amountCells, 2, { decimal: mark.mark });
        const generalDates = parseDateColumn(dateCells, system, { order: order.order });
        expect(plain(amounts.values)).toEqual(plain(generalAmounts.values));
        expect(amountErrors).toEqual(generalAmounts.errors);
        expect(plain(dates.values)).toEqual(plain(generalDates.values));
        expect(dateErrors).toEqual(generalDates.errors);
        const blank = body.map((row) => (!row || row.every((c) => c === null || c === undefined || (typeof c === "string" && c.trim() === "")) ? 1 : 0));
        expect(Array.from(scanned.blank)).toEqual(blank);
      }),
      { numRuns: 300 },
    );
  });

  it("readLedger gives every accepted row the general parsers' values and every rejected cell their problem (property)", () => {
    const customer = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("ACME", " Beta ", "CUST-000042") }, fc.constantFrom<CellInput>(null, "", " ", "#N/A", 42, "Total"));
    const row = fc.tuple(customer, cell, cell, cell);
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 9, arbitrary: row }, { weight: 1, arbitrary: fc.constant(undefined) }), { maxLength: 40 }), (body) => {
        const values: (CellInput[] | undefined)[] = [["Customer", "Due date", "Open amount", "Invoice date"], ...body];
        const report = readLedger(values as CellInput[][]);
        const mark = detectDecimalMark(copyColumn(values, 1, 2)).mark;
        const dueOrder = detectDateOrder(copyColumn(values, 1, 1));
        const order = dueOrder.basis === "evidence" ? dueOrder.order : detectDateOrder(copyColumn(values, 1, 3)).order;
        expect(report.conventions).toEqual({ decimal: mark, dateOrder: order });
        const open = parseAmountColumn(copyColumn(values, 1, 2), 2, { decimal: mark });
        const due = parseDateColumn(copyColumn(values, 1, 1), 1900, { order });
        for (let j = 0; j < report.rows.length; j++) {
          const i = report.rows.sourceIndex[j] - 1;
          expect(report.rows.open[j]).toBe(open.values[i]);
          expect(report.rows.dueDate[j]).toBe(due.values[i]);
        }
        for (const r of report.rejected) {
          const parsed = r.field === "dueDate" ? due : r.field === "openAmount" ? open : null;
          const error = parsed?.errors.find((e) => e.index === r.index - 1);
          if (error) expect(r.problem).toEqual(error.problem);
        }
      }),
      { numRuns: 300 },
    );
  });
});
