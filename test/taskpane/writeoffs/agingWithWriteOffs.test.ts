import { runAging } from "../../../src/taskpane/aging/runAging";
import { runReversal, runWriteOff } from "../../../src/taskpane/writeoffs/runWriteOff";
import { createMemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { d, LEDGER, SETTINGS } from "./support";

const noPause = () => Promise.resolve();
const AS_OF = d(2025, 9, 30);

async function age(wb: ReturnType<typeof createMemoryWorkbook>) {
  return runAging({ port: wb, source: { kind: "sheet", name: "Ledger" }, mapping: {}, asOf: AS_OF, bucketDays: [30, 60, 90], groupByCustomer: false, pause: noPause });
}

describe("the aging run and AR Write-offs", () => {
  it("leaves out exactly the written-off items, and takes a reversed one back", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: LEDGER }], { settings: SETTINGS });
    const before = await age(wb);
    expect(before.writtenOff).toEqual({ rows: 0, amount: 0 });
    expect(before.summary.total).toBe(245_000);
    // Rossi's F1 written off: by id the same customer even though the name is spelt otherwise.
    await runWriteOff({ port: wb, customer: "ROSSI SRL", customerId: "c-1", items: [{ invoice: "F1", dueDate: d(2025, 1, 31), open: 120_000, currency: "EUR" }], date: AS_OF, reason: "Insolvent", approver: "Anna Rossi", secondApprover: "Mark Bell" });
    const after = await age(wb);
    expect(after.writtenOff).toEqual({ rows: 1, amount: 120_000 });
    expect(before.summary.total - after.summary.total).toBe(120_000);
    expect(before.summary.aged - after.summary.aged).toBe(1);
    const report = wb.values(after.sheetName).map((r) => r?.[1]);
    expect(report).not.toContain("F1");
    expect(report).toContain("F2");
    // Reversed: F1 is aged again.
    await runReversal({ port: wb, entryId: "JE-000001", date: AS_OF, reason: "Paid", approver: "Anna Rossi" });
    const back = await age(wb);
    expect(back.writtenOff.rows).toBe(0);
    expect(back.summary.total).toBe(245_000);
  });
});
