/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FollowUpPanel } from "../../../src/taskpane/followUp/FollowUpPanel";
import { createMemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { CellValue } from "../../../src/workbook/port";

const TODAY = "2026-12-01";
const DAY = 46357; // 2026-12-01
const ledger: CellValue[][] = [
  ["Customer", "Customer id", "Invoice", "Due date", "Open amount", "Currency"],
  ["Alfa", "A", "F1", DAY - 45, 2000, "EUR"],
  ["Beta", "B", "F2", DAY - 10, 100, "EUR"],
  ["Gamma", "C", "F3", DAY + 10, 5000, "EUR"],
];
const promises: CellValue[][] = [
  ["Promise id", "Customer id", "Customer", "Amount", "Promised date", "Note", "Recorded", "Status", "Status date", "Paid", "Arrears", "Days late"],
  ["PR-BETA-261101", "B", "Beta", 100, DAY - 20, "by phone", DAY - 30, "Broken", DAY - 1, 0, 100, 19],
];

function setup() {
  const wb = createMemoryWorkbook([{ name: "Ledger", values: ledger, tables: [{ name: "Ledger" }] }, { name: "AR Promises", values: promises }], { settings: { "followUp.brokenPromise": "40" } });
  render(<FollowUpPanel port={wb} today={TODAY} />);
  return wb;
}

describe("FollowUpPanel", () => {
  it("ranks by the rule of the Settings, shows why, and logs a call with a promise into both registers in one step", async () => {
    const wb = setup();
    const list = await screen.findByRole("list", { name: "Customers to call" });
    const cards = within(list).getAllByRole("listitem").filter((li) => li.parentElement === list);
    expect(cards.map((c) => c.getAttribute("aria-label"))).toEqual(["Beta", "Alfa"]);
    expect(within(cards[0]).getByText(/40 broken promise/)).toBeInTheDocument();
    expect(screen.getByText(/40 per broken promise/)).toBeInTheDocument();

    fireEvent.click(within(cards[1]).getByRole("button", { name: "Log a call" }));
    const form = screen.getByRole("form", { name: "Call with Alfa" });
    fireEvent.change(within(form).getByRole("textbox", { name: /Outcome/ }), { target: { value: "Will pay half on Friday" } });
    fireEvent.change(within(form).getByRole("textbox", { name: /Promised amount/ }), { target: { value: "1000" } });
    fireEvent.change(within(form).getByRole("textbox", { name: /Promised by/ }), { target: { value: "2026-12-04" } });
    fireEvent.change(within(form).getByRole("textbox", { name: /Next action on/ }), { target: { value: "2026-12-05" } });
    const save = within(form).getByRole("button", { name: "Log call" });
    await waitFor(() => expect(save).toBeEnabled());
    fireEvent.click(save);

    // Alfa's next action is after today: off today's list.
    await waitFor(() => expect(within(screen.getByRole("list", { name: "Customers to call" })).queryByLabelText("Alfa")).toBeNull());
    const contacts = wb.values("AR Contact History");
    expect(contacts[0]).toEqual(["customer_id", "customer", "date", "type", "summary", "by"]);
    expect(contacts[1]).toEqual(["A", "Alfa", DAY, "call", "Will pay half on Friday · promise PR-ALFA-261201: 1000.00 by 2026-12-04 · next: 2026-12-05", ""]);
    const register = wb.values("AR Promises");
    expect(register.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[7]])).toEqual([
      ["PR-BETA-261101", "Beta", 100, DAY - 20, "Broken"],
      ["PR-ALFA-261201", "Alfa", 1000, DAY + 3, "Pending"],
    ]);
  });
});
