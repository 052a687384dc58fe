/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { PlansRegisterPanel } from "../../../src/taskpane/plans/PlansRegisterPanel";
import { createMemoryWorkbook, MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { CellValue } from "../../../src/workbook/port";
import { PlanRecord, PLANS_SHEET, rowsToPlans } from "../../../src/domain/plans/register";
import { PROMISES_SHEET, rowsToPromises } from "../../../src/domain/plans/promises";
import { ymdToSerial } from "../../../src/domain/core/dates";
import { writePlans } from "../../../src/taskpane/plans/planWorkbook";

const TODAY = "2026-11-25";
const ACCEPTED = ymdToSerial(2026, 11, 25);
const FIRST = ymdToSerial(2026, 12, 25);

const plan = (id: string, customer: string): PlanRecord => ({
  id, customerId: "", customer, language: "en", items: "INV-1", balance: 200000, totalPayable: 200000, annualRate: 0, frequency: 12, installments: 2, firstDue: FIRST,
  lastDue: ymdToSerial(2027, 1, 25), accepted: ACCEPTED, status: "On track", statusDate: ACCEPTED, arrears: 0, daysLate: 0, brokenOn: null, brokenArrears: null,
  replaces: "", replacedBy: "", scheduleSheet: "", rounding: "up", history: "",
});

async function setup(payments: CellValue[][]): Promise<MemoryWorkbook> {
  const wb = createMemoryWorkbook([{ name: "Payments", values: [["Customer", "Payment date", "Amount"], ...payments] }], { yieldBetweenChunks: () => Promise.resolve() });
  await writePlans(wb, [plan("KEPT-261125", "Kept Ltd"), plan("BROKE-261125", "Broke Ltd")]);
  render(<PlansRegisterPanel port={wb} today={TODAY} />);
  return wb;
}

const check = async () => {
  const button = await screen.findByRole("button", { name: "Check payments" });
  await waitFor(() => expect(screen.getByRole("combobox", { name: "Payments from" })).toHaveDisplayValue("Sheet Payments"));
  fireEvent.click(button);
  await screen.findByText(/^Checked 2 plans/);
};

describe("PlansRegisterPanel", () => {
  it("matches payments by customer, shows each plan's status and lists the broken one; AR Plans keeps the date it broke and its arrears", async () => {
    const wb = await setup([["Kept Ltd", FIRST - 1, 1000], ["Broke Ltd", FIRST, 400], ["Someone", FIRST, 9999]]);
    expect(await screen.findByRole("table", { name: "Plans" })).toBeInTheDocument();
    fireEvent.change(screen.getByRole("textbox", { name: "As of" }), { target: { value: "2027-01-05" } });
    await check();
    const rows = within(screen.getByRole("table", { name: "Plans" })).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent));
    expect(rows).toEqual([
      ["KEPT-261125", "Kept Ltd", "On track", "0.00", "0"],
      ["BROKE-261125", "Broke Ltd", "Broken", "600.00", "11"],
    ]);
    expect(within(screen.getByRole("region", { name: "Broken" })).getByText("Plan BROKE-261125 (Broke Ltd): broken since Jan 2, 2027, arrears 600.00, 11 days late")).toBeInTheDocument();
    const stored = rowsToPlans(wb.values(PLANS_SHEET) as CellValue[][]).records;
    expect(stored.map((p) => [p.id, p.status, p.statusDate, p.arrears, p.brokenOn, p.brokenArrears])).toEqual([
      ["KEPT-261125", "On track", ymdToSerial(2027, 1, 5), 0, null, null],
      ["BROKE-261125", "Broken", ymdToSerial(2027, 1, 5), 60000, FIRST + 8, 60000],
    ]);
  });

  it("records a promise to pay and judges it kept or broken from the payments", async () => {
    const wb = await setup([["Kept Ltd", ymdToSerial(2026, 11, 28), 300]]);
    const customer = await screen.findByRole("combobox", { name: "Customer" });
    await waitFor(() => expect(within(customer).getAllByRole("option").length).toBeGreaterThan(2));
    const add = (name: string, amount: string, date: string) => {
      const select = screen.getByRole("combobox", { name: "Customer" });
      fireEvent.change(select, { target: { value: within(select).getByRole<HTMLOptionElement>("option", { name }).value } });
      fireEvent.change(screen.getByRole("textbox", { name: "Promised amount" }), { target: { value: amount } });
      fireEvent.change(screen.getByRole("textbox", { name: "Promised date" }), { target: { value: date } });
      fireEvent.change(screen.getByRole("textbox", { name: "Contact note" }), { target: { value: "phoned <b>Mr X</b>" } });
      fireEvent.click(screen.getByRole("button", { name: "Record promise" }));
    };
    add("Kept Ltd", "300", "2026-11-30");
    await screen.findByText("Recorded promise PR-KEPTLTD-261125.");
    add("Broke Ltd", "0", "2026-11-30");
    expect(await screen.findByText("the promised amount must be more than 0, not 0.00")).toBeInTheDocument();
    add("Broke Ltd", "250", "2026-11-30");
    await screen.findByText("Recorded promise PR-BROKELTD-261125.");
    fireEvent.change(screen.getByRole("textbox", { name: "As of" }), { target: { value: "2026-12-03" } });
    await check();
    const rows = within(screen.getByRole("table", { name: "Promises to pay" })).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent));
    expect(rows).toEqual([
      ["PR-KEPTLTD-261125", "Kept Ltd", "300.00", "Nov 30, 2026", "Kept", "0.00", "0"],
      ["PR-BROKELTD-261125", "Broke Ltd", "250.00", "Nov 30, 2026", "Broken", "250.00", "3"],
    ]);
    expect(screen.getByText("Promise PR-BROKELTD-261125 (Broke Ltd): 250.00 promised for Nov 30, 2026, 3 days late")).toBeInTheDocument();
    const stored = rowsToPromises(wb.values(PROMISES_SHEET) as CellValue[][]).records;
    expect(stored.map((p) => [p.status, p.note])).toEqual([["Kept", "phoned <b>Mr X</b>"], ["Broken", "phoned <b>Mr X</b>"]]);
  });

  it("offers a promise for every customer with open items or in AR Customers, not only those who paid", async () => {
    const ledger = [["Customer", "Invoice", "Due date", "Open amount"], ["De Vries Bouw B.V.", "F-1", FIRST - 40, 22000], ["Kept Ltd", "F-2", FIRST - 10, 1000]];
    const customers = [["id", "legal_name", "contact"], ["C-000001", "Never Paid GmbH", "Anna Weber"]];
    const wb = createMemoryWorkbook(
      [
        { name: "Ledger", values: ledger, tables: [{ name: "Ledger" }] },
        { name: "Payments", values: [["Customer", "Payment date", "Amount"], ["Kept Ltd", FIRST - 1, 1000]] },
        { name: "AR Customers", values: customers },
      ],
      { yieldBetweenChunks: () => Promise.resolve() },
    );
    render(<PlansRegisterPanel port={wb} today={TODAY} />);
    const form = await screen.findByRole("combobox", { name: "Customer" });
    await waitFor(() => expect(within(form).getAllByRole("option").map((o) => o.textContent)).toEqual(expect.arrayContaining(["De Vries Bouw B.V.", "Never Paid GmbH (C-000001)", "Kept Ltd"])));
  });

  it("keeps a break recorded when an earlier date is checked, and reinstates a plan only with a reason, kept in AR Plans", async () => {
    const wb = await setup([["Kept Ltd", FIRST - 1, 1000]]);
    await screen.findByRole("table", { name: "Plans" });
    const asOf = screen.getByRole("textbox", { name: "As of" });
    fireEvent.change(asOf, { target: { value: "2027-01-05" } });
    await check();
    fireEvent.change(asOf, { target: { value: "2026-12-20" } });
    fireEvent.click(screen.getByRole("button", { name: "Check payments" }));
    await waitFor(() => expect(rowsToPlans(wb.values(PLANS_SHEET) as CellValue[][]).records[1]).toMatchObject({ status: "On track", brokenOn: FIRST + 8 }));
    fireEvent.change(screen.getByRole("combobox", { name: "Broken plan" }), { target: { value: "BROKE-261125" } });
    const reinstate = screen.getByRole("button", { name: "Reinstate" });
    expect(reinstate).toBeDisabled();
    fireEvent.change(screen.getByRole("textbox", { name: "Reason" }), { target: { value: "paid the arrears by bank transfer" } });
    fireEvent.click(reinstate);
    expect(await screen.findByText("Plan BROKE-261125 reinstated; the reason is kept in AR Plans.")).toBeInTheDocument();
    expect(rowsToPlans(wb.values(PLANS_SHEET) as CellValue[][]).records[1]).toMatchObject({ brokenOn: null, history: "2026-11-25 reinstated: paid the arrears by bank transfer" });
  });
});
