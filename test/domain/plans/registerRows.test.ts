import { readRegisterRows } from "../../../src/domain/plans/registerRows";
import { createMemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { readPlans, writePlans } from "../../../src/taskpane/plans/planWorkbook";
import { PLAN_COLUMNS, PLANS_SHEET } from "../../../src/domain/plans/register";

describe("readRegisterRows", () => {
  const read = (r: readonly unknown[]) => (typeof r[1] === "number" ? { id: String(r[0]), n: r[1] } : null);

  it("returns the rows it can read and, apart and verbatim, the ones it cannot", () => {
    const out = readRegisterRows([["Title"], ["Id", "N"], ["A", 1], ["B", "two"], [null, null], ["C", 3]], "Id", read);
    expect(out.records).toEqual([{ id: "A", n: 1 }, { id: "C", n: 3 }]);
    expect(out.unreadable).toEqual([["B", "two"]]);
  });

  it("reads nothing from a sheet without the header", () => {
    expect(readRegisterRows([["A", 1]], "Id", read)).toEqual({ records: [], unreadable: [] });
  });
});

describe("writePlans", () => {
  it("keeps a hand-edited row it cannot read when it rewrites AR Plans", async () => {
    const header = PLAN_COLUMNS.map(([h]) => h);
    const handEdited = ["P-OLD", "", "Rossi", "it", "INV-1", 100, 100, 0, "monthly?", "x", null, null, null, "On track", null, 0, 0, null, null, "", "", ""];
    const wb = createMemoryWorkbook([{ name: PLANS_SHEET, values: [header, handEdited] }]);
    expect(await readPlans(wb)).toEqual([]);
    await writePlans(wb, []);
    const frequency = header.indexOf("Payments a year");
    expect(wb.values(PLANS_SHEET).some((r) => r[0] === "P-OLD" && r[frequency] === "monthly?")).toBe(true);
  });
});
