import fc from "fast-check";
import { ageItems } from "../../../src/domain/aging";
import { agingSnapshot, collectionsDashboard, DashboardItems, salesByPeriod } from "../../../src/domain/metrics";

const m = (major: number) => Math.round(major * 100);
const AS_OF = 46000;

/** The reference countback: 212,000 open against sales of 100,000 / 80,000 / 70,000 in the last three 30-day periods. */
function reference(): DashboardItems {
  return {
    length: 3,
    keys: ["id:A", "id:B", "id:C"],
    customers: ["Alfa", "Beta", "Gamma"],
    invoiceDate: new Float64Array([AS_OF - 10, AS_OF - 40, AS_OF - 70]),
    dueDate: new Float64Array([AS_OF + 20, AS_OF - 10, AS_OF - 40]),
    open: new Float64Array([m(100_000), m(80_000), m(32_000)]),
    invoiced: new Float64Array([m(100_000), m(80_000), m(70_000)]),
  };
}

describe("collectionsDashboard", () => {
  it("counts DSO back over the invoiced sales of each period: the reference 73.71", () => {
    const d = collectionsDashboard({ asOf: AS_OF, items: reference(), periods: 3 });
    expect(d.total).toBe(m(212_000));
    expect(d.overdue).toBe(m(112_000));
    expect(d.overdueShare).toBeCloseTo(112 / 212, 12);
    expect(d.dso.value).toBe(73.7142857142857);
    // 100,000 current uses up exactly the newest period: 30 days.
    expect(d.bpdso.value).toBe(30);
    expect(d.add.value).toBe(43.7142857142857);
  });

  it("ages by the buckets of AR.AGING, totals equal to the receivables", () => {
    const d = collectionsDashboard({ asOf: AS_OF, items: reference() });
    expect(d.buckets).toEqual([m(100_000), m(80_000), m(32_000), 0, 0]);
    expect(d.buckets.reduce((a, b) => a + b, 0)).toBe(d.total);
  });

  it("lists the most overdue customers first, with their oldest days overdue, at most `top`", () => {
    const d = collectionsDashboard({ asOf: AS_OF, items: reference(), top: 1 });
    expect(d.topOverdue).toEqual([{ key: "id:B", customer: "Beta", total: m(80_000), overdue: m(80_000), oldestDays: 10, behaviour: undefined }]);
  });

  it("gives the reason instead of a figure: no sales, receivables beyond the periods, CEI without history", () => {
    const items = { ...reference(), invoiceDate: new Float64Array([NaN, NaN, NaN]) };
    const d = collectionsDashboard({ asOf: AS_OF, items });
    expect(d.dso).toEqual({ value: null, problem: { code: "metrics.noSalesPeriods", params: { count: 12 } } });
    expect(d.cei).toEqual({ value: null, problem: { code: "metrics.ceiNeedsHistory", params: { days: 30 } } });
    const short = collectionsDashboard({ asOf: AS_OF, items: reference(), periods: 2 });
    expect(short.dso.problem?.code).toBe("metrics.moreSalesNeeded");
  });

  it("computes CEI of the last period from the latest aging report on or before its start, and a trend over the reports", () => {
    const history = [
      { asOf: AS_OF - 60, total: m(150_000), current: m(90_000) },
      { asOf: AS_OF - 30, total: m(200_000), current: m(80_000) },
    ];
    const d = collectionsDashboard({ asOf: AS_OF, items: reference(), history, periods: 3 });
    // (200,000 + 100,000 − 212,000) / (200,000 + 100,000 − 100,000) = 88,000 / 200,000
    expect(d.cei.value).toBe(0.44);
    expect(d.trend.map((f) => f.asOf)).toEqual([AS_OF - 60, AS_OF - 30, AS_OF]);
    expect(d.trend.map((f) => f.total)).toEqual([m(150_000), m(200_000), m(212_000)]);
    expect(d.trend[2]).toMatchObject({ dso: d.dso, cei: d.cei });
    expect(collectionsDashboard({ asOf: AS_OF, items: reference() }).trend).toEqual([]);
  });

  it("sums dunning by each customer's latest level on or before the date", () => {
    const dunning = [
      { date: AS_OF - 20, customerId: "B", level: 1, amount: m(80_000) },
      { date: AS_OF - 5, customerId: "B", level: 2, amount: m(80_000) },
      { date: AS_OF - 5, customerId: "C", level: 2, amount: m(32_000) },
      { date: AS_OF + 5, customerId: "C", level: 3, amount: m(32_000) },
    ];
    expect(collectionsDashboard({ asOf: AS_OF, items: reference(), dunning }).dunning).toEqual([{ level: 2, customers: 2, amount: m(112_000) }]);
  });

  it("keeps bucket totals equal to the receivables and the overdue share within 0..1 for any ledger of invoices", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ open: fc.integer({ min: 0, max: 1e9 }), due: fc.integer({ min: -200, max: 200 }), key: fc.constantFrom("a", "b", "c") }), { minLength: 1, maxLength: 40 }), (rows) => {
        const items: DashboardItems = {
          length: rows.length,
          keys: rows.map((r) => r.key),
          customers: rows.map((r) => r.key.toUpperCase()),
          invoiceDate: new Float64Array(rows.map((r) => AS_OF + r.due - 30)),
          dueDate: new Float64Array(rows.map((r) => AS_OF + r.due)),
          open: new Float64Array(rows.map((r) => r.open)),
        };
        const d = collectionsDashboard({ asOf: AS_OF, items });
        expect(d.buckets.reduce((a, b) => a + b, 0)).toBe(d.total);
        expect(d.total).toBe(ageItems(items.open, items.dueDate, AS_OF).grandTotal.total);
        if (d.overdueShare !== null) expect(d.overdueShare).toBeGreaterThanOrEqual(0);
        if (d.overdueShare !== null) expect(d.overdueShare).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("salesByPeriod", () => {
  it("puts each invoice in its period, newest first, leaving out credit notes and later invoices", () => {
    const items = { ...reference(), invoiceDate: new Float64Array([AS_OF, AS_OF - 30, AS_OF + 1]) };
    expect(salesByPeriod(items, AS_OF, 30, 2)).toEqual([m(100_000), m(80_000)]);
  });
});

describe("agingSnapshot", () => {
  it("reads the totals row of a grouped aging sheet in any of the languages given", () => {
    const sheet = [["Anzianità al 2026-11-01"], [], ["Cliente", "Valuta", "Non scaduto", "1-30", "Totale"], ["A", "EUR", 10, 5.5, 15.5], ["Totale", "", 10, 5.5, 15.5]];
    expect(agingSnapshot(sheet, 46000, ["Total", "Totale"], ["Not due", "Non scaduto"])).toEqual({ asOf: 46000, total: 1550, current: 1000 });
  });
  it("is null for a sheet that is not an aging report", () => {
    expect(agingSnapshot([["x", "y"], [1, 2]], 46000, ["Total"], ["Not due"])).toBeNull();
  });
});
