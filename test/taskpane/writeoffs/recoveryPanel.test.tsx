/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { RecoveryPanel } from "../../../src/taskpane/writeoffs/RecoveryPanel";
import { runWriteOff } from "../../../src/taskpane/writeoffs/runWriteOff";
import { createMemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { balancedJournal, d, LEDGER, registerOf, SETTINGS } from "./support";

const TODAY = "2025-11-15";

/** Rossi's F1 (1,200) and F2 (800) written off on 30 September, through the write-off panel's own run. */
async function setup(settings: Record<string, string> = SETTINGS) {
  const wb = createMemoryWorkbook([{ name: "Ledger", values: LEDGER }], { settings });
  const items = [
    { invoice: "F2", dueDate: d(2025, 3, 31), open: 80_000, currency: "EUR" },
    { invoice: "F1", dueDate: d(2025, 1, 31), open: 120_000, currency: "EUR" },
  ];
  await runWriteOff({ port: wb, customer: "Rossi S.r.l.", customerId: "C-1", items: [items[0]], date: d(2025, 9, 30), reason: "Insolvent", approver: "Anna Rossi", secondApprover: "" });
  await runWriteOff({ port: wb, customer: "Rossi S.r.l.", customerId: "C-1", items: [items[1]], date: d(2025, 10, 15), reason: "Insolvent", approver: "Anna Rossi", secondApprover: "Mark Bell" });
  render(<RecoveryPanel port={wb} today={TODAY} />);
  await screen.findByText("Still written off: 2,000.00 on 2 invoices", undefined, { timeout: 15_000 });
  return wb;
}

const type = (name: string, value: string) => fireEvent.change(screen.getByRole("textbox", { name }), { target: { value } });

async function post() {
  const button = screen.getByRole("button", { name: "Post recovery" });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
}

describe("RecoveryPanel", () => {
  it("matches a payment oldest first, posting reinstatement and cash, and leaves the rest written off", async () => {
    const wb = await setup();
    type("Amount received", "1.000,00");
    type("Payment reference", "Bank 2025-11-14 Rossi");
    type("Recorded by", "Anna Rossi");
    await post();
    expect(await screen.findByText("Posted the recovery of 1,000.00: reinstatement and cash (JE-000003 – JE-000006).", undefined, { timeout: 15_000 })).toBeInTheDocument();
    const entries = balancedJournal(wb).slice(2);
    // F2 was written off first (30 September): it is recovered in full, then 200.00 of F1.
    expect(entries.map((e) => [e.id, e.type, e.invoice, e.reverses, e.date, e.lines.map((l) => [l.account, l.debit, l.credit])])).toEqual([
      ["JE-000003", "Reinstatement", "F2", "JE-000001", d(2025, 11, 15), [["1200", 80_000, 0], ["1290", 0, 80_000]]],
      ["JE-000004", "Cash", "F2", "", d(2025, 11, 15), [["1000", 80_000, 0], ["1200", 0, 80_000]]],
      ["JE-000005", "Reinstatement", "F1", "JE-000002", d(2025, 11, 15), [["1200", 20_000, 0], ["1290", 0, 20_000]]],
      ["JE-000006", "Cash", "F1", "", d(2025, 11, 15), [["1000", 20_000, 0], ["1200", 0, 20_000]]],
    ]);
    expect(registerOf(wb).map((w) => [w.invoice, w.status, w.recovered])).toEqual([
      ["F2", "Recovered", 80_000],
      ["F1", "Written off", 20_000],
    ]);
    const table = screen.getByRole("table", { name: "Journal entries" });
    expect(within(table).getAllByRole("row").at(-1)!.textContent).toBe("Totals2,000.002,000.00");
    expect(await screen.findByText("Still written off: 1,000.00 on 1 invoice", undefined, { timeout: 15_000 })).toBeInTheDocument();
  });

  it("matches the write-offs chosen, in the order ticked", async () => {
    const wb = await setup();
    fireEvent.click(screen.getByRole("radio", { name: "the write-offs I choose, in the order I tick them" }));
    fireEvent.click(await screen.findByRole("checkbox", { name: /^F1, written off/ }));
    type("Amount received", "300");
    type("Recorded by", "Anna Rossi");
    await post();
    await screen.findByText(/Posted the recovery of 300.00/, undefined, { timeout: 15_000 });
    expect(balancedJournal(wb).slice(2).map((e) => [e.type, e.invoice])).toEqual([
      ["Reinstatement", "F1"],
      ["Cash", "F1"],
    ]);
  });

  it("refuses a payment larger than what is written off, posting nothing", async () => {
    const wb = await setup();
    type("Amount received", "2000.01");
    type("Recorded by", "Anna Rossi");
    await post();
    expect(await screen.findByText("The payment of 2000.01 is more than the 2000.00 still written off for Rossi S.r.l.; post the rest as an ordinary payment", undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(balancedJournal(wb)).toHaveLength(2);
    expect(registerOf(wb).every((w) => w.recovered === 0)).toBe(true);
  });

  it("credits bad debts recovered under the expense method", async () => {
    const wb = await setup({ ...SETTINGS, "writeoffs.method": "expense" });
    type("Amount received", "800");
    type("Recorded by", "Anna Rossi");
    await post();
    await screen.findByText(/Posted the recovery of 800.00/, undefined, { timeout: 15_000 });
    const [writeOff, , reinstate] = balancedJournal(wb);
    expect(writeOff.lines.map((l) => l.account)).toEqual(["6800", "1200"]);
    expect(reinstate.lines.map((l) => [l.account, l.debit, l.credit])).toEqual([["1200", 80_000, 0], ["7900", 0, 80_000]]);
  });
});
