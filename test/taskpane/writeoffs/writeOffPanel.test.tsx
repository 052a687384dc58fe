/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { WriteOffPanel } from "../../../src/taskpane/writeoffs/WriteOffPanel";
import { createMemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { balancedJournal, d, journalRowsOf, LEDGER, registerOf, SETTINGS } from "./support";

const TODAY = "2025-09-30";

function setup(settings: Record<string, string> = SETTINGS) {
  const wb = createMemoryWorkbook([{ name: "Ledger", values: LEDGER }], { settings });
  const openPanel = jest.fn();
  render(<WriteOffPanel port={wb} today={TODAY} openPanel={openPanel} />);
  return { wb, openPanel };
}

const select = (name: string, value: string) => fireEvent.change(screen.getByRole("combobox", { name }), { target: { value } });
const type = (name: string, value: string) => fireEvent.change(screen.getByRole("textbox", { name }), { target: { value } });

describe("WriteOffPanel", () => {
  it("writes off a customer's invoice with two approvers above the first one's limit, posts a balanced entry and takes the item out of the list", async () => {
    const { wb } = setup();
    const f1 = await screen.findByRole("checkbox", { name: "F1, due Jan 31, 2025: 1,200.00 EUR" }, { timeout: 15_000 });
    // The credit note is not offered; the other customer's invoice is under its own name.
    expect(screen.queryByRole("checkbox", { name: /CN1/ })).toBeNull();
    fireEvent.click(f1);
    type("Reason", "Customer insolvent");
    select("Approved by", "Anna Rossi");
    const post = screen.getByRole("button", { name: "Post write-off" });
    // 1,200.00 is above Anna's 1,000.00: a second approver is asked for, and posting waits for one.
    expect(await screen.findByRole("combobox", { name: /Second approver/ })).toBeInTheDocument();
    expect(post).toBeDisabled();
    select("Second approver", "Mark Bell");
    await waitFor(() => expect(post).toBeEnabled());
    fireEvent.click(post);
    expect(await screen.findByText("Posted 1 write-off of 1,200.00 in total to AR Journal (JE-000001) and AR Write-offs.", undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(journalRowsOf(wb).map((r) => [r["Entry id"], r.Date, r.Account, r.Debit, r.Credit, r.Currency, r["Customer id"], r.Customer, r.Invoice, r.Reason, r.Approver, r.Type])).toEqual([
      ["JE-000001", d(2025, 9, 30), "1290", 1200, null, "EUR", "C-1", "Rossi S.r.l.", "F1", "Customer insolvent", "Anna Rossi + Mark Bell", "Write-off"],
      ["JE-000001", d(2025, 9, 30), "1200", null, 1200, "EUR", "C-1", "Rossi S.r.l.", "F1", "Customer insolvent", "Anna Rossi + Mark Bell", "Write-off"],
    ]);
    balancedJournal(wb);
    expect(registerOf(wb).map((w) => [w.customerId, w.customer, w.invoice, w.amount, w.status, w.entryId])).toEqual([["C-1", "Rossi S.r.l.", "F1", 120_000, "Written off", "JE-000001"]]);
    // The pane shows the entry, totals equal; the list no longer offers F1.
    const table = screen.getByRole("table", { name: "Journal entries" });
    expect(within(table).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent))).toEqual([
      ["JE-000001 write-off", "1290", "1,200.00", ""],
      ["", "1200", "", "1,200.00"],
      ["Totals", "", "1,200.00", "1,200.00"],
    ]);
    await waitFor(() => expect(screen.queryByRole("checkbox", { name: /^F1,/ })).toBeNull());
    expect(screen.getByText("1 ledger row is written off already and left out.")).toBeInTheDocument();
    // The user's ledger is untouched.
    expect(wb.values("Ledger")).toEqual(LEDGER);
  });

  it("reverses a write-off with a new entry, offers it for reversal no more, and brings the item back", async () => {
    const { wb } = setup();
    fireEvent.click(await screen.findByRole("checkbox", { name: /^F2,/ }, { timeout: 15_000 }));
    type("Reason", "Uncollectable");
    select("Approved by", "Anna Rossi");
    fireEvent.click(screen.getByRole("button", { name: "Post write-off" }));
    await screen.findByText(/Posted 1 write-off/, undefined, { timeout: 15_000 });
    await screen.findByRole("option", { name: /^JE-000001/ }, { timeout: 15_000 });
    type("Why it is reversed", "Paid in August, booked late");
    type("Reversed by", "Anna Rossi");
    const reverse = screen.getByRole("button", { name: "Post reversal" });
    await waitFor(() => {
      select("Write-off", "JE-000001");
      expect(reverse).toBeEnabled();
    });
    fireEvent.click(reverse);
    expect(await screen.findByText("Posted JE-000002, reversing JE-000001; the item is back in aging.", undefined, { timeout: 15_000 })).toBeInTheDocument();
    const entries = balancedJournal(wb);
    expect(entries.map((e) => [e.id, e.type, e.reverses, e.lines])).toEqual([
      ["JE-000001", "Write-off", "", [{ account: "1290", debit: 80_000, credit: 0 }, { account: "1200", debit: 0, credit: 80_000 }]],
      ["JE-000002", "Reversal", "JE-000001", [{ account: "1200", debit: 80_000, credit: 0 }, { account: "1290", debit: 0, credit: 80_000 }]],
    ]);
    expect(registerOf(wb).map((w) => [w.invoice, w.status, w.lastEntryId])).toEqual([["F2", "Reversed", "JE-000002"]]);
    // F2 is offered again, and the reversed write-off is no longer offered for reversal.
    await screen.findByRole("checkbox", { name: /^F2,/ }, { timeout: 15_000 });
    await waitFor(() => expect(within(screen.getByRole("combobox", { name: "Write-off" })).queryByRole("option", { name: /JE-000001/ })).toBeNull());
  });

  it("says which account code is missing, offers Settings, and posts nothing", async () => {
    const { wb, openPanel } = setup({ ...SETTINGS, "accounts.bank": "" });
    expect(await screen.findByText("Set the account code accounts.bank in Settings (Write-offs) before posting", undefined, { timeout: 15_000 })).toBeInTheDocument();
    fireEvent.click(await screen.findByRole("checkbox", { name: /^F2,/ }, { timeout: 15_000 }));
    type("Reason", "x");
    expect(screen.getByRole("button", { name: "Post write-off" })).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "Open Settings" }));
    expect(openPanel).toHaveBeenCalledWith("settings");
    expect(wb.sheetNames()).toEqual(["Ledger"]);
  });

  it("refuses an item written off already by another route (a second pane), posting nothing", async () => {
    const { wb } = setup();
    fireEvent.click(await screen.findByRole("checkbox", { name: /^F2,/ }, { timeout: 15_000 }));
    type("Reason", "Insolvent");
    select("Approved by", "Anna Rossi");
    // Meanwhile F2 was written off elsewhere: the register lists it.
    wb.addSheet("AR Write-offs", [
      ["Customer id", "Customer", "Invoice", "Amount", "Currency", "Date", "Reason", "Approvers", "Entry id", "Status", "Recovered"],
      ["C-1", "Rossi S.r.l.", "F2", 800, "EUR", d(2025, 9, 1), "Insolvent", "Mark Bell", "JE-000007", "Written off", 0],
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Post write-off" }));
    expect(await screen.findByText("Invoice F2 of Rossi S.r.l. is written off already (entry JE-000007); reverse that write-off first to write it off again", undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(wb.sheetNames()).not.toContain("AR Journal");
  });
});
