/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";
import { PaymentPlanPanel } from "../../../src/taskpane/plans/PaymentPlanPanel";
import { PlansRegisterPanel } from "../../../src/taskpane/plans/PlansRegisterPanel";
import { createMemoryWorkbook, MemorySheetInit } from "../../../src/workbook/memoryWorkbook";
import { CellValue } from "../../../src/workbook/port";
import { PLANS_SHEET, rowsToPlans } from "../../../src/domain/plans/register";
import { PROMISES_SHEET, rowsToPromises } from "../../../src/domain/plans/promises";
import { ymdToSerial } from "../../../src/domain/core/dates";

/*
 * The plan panels key plans and promises by the customer id (the ledger's, else AR Customers'),
 * show the name beside it, and read registers the released version wrote (keyed by name) whole.
 */

const TODAY = "2026-11-25";
const AS_OF = ymdToSerial(2026, 11, 25);
const FIRST = ymdToSerial(2026, 12, 25);

beforeAll(() => {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  const u = URL as unknown as { createObjectURL?: unknown; revokeObjectURL?: unknown };
  u.createObjectURL = jest.fn(() => "blob:test/1");
  u.revokeObjectURL = jest.fn();
});

const workbook = (sheets: MemorySheetInit[]) => createMemoryWorkbook(sheets, { yieldBetweenChunks: () => Promise.resolve(), settings: { "company.name": "Acme S.p.A.", "company.address": "Via Roma 1\n20100 Milano", "company.iban": "IT60X0542811101000000123456" } });
const pick = async (label: string) => {
  const select = await screen.findByRole("combobox", { name: "Customer" }, { timeout: 15_000 });
  await waitFor(() => expect(within(select).getByRole("option", { name: label })).toBeInTheDocument());
  fireEvent.change(select, { target: { value: within(select).getByRole<HTMLOptionElement>("option", { name: label }).value } });
};
const acceptIn = async (count: string) => {
  fireEvent.change(screen.getByRole("textbox", { name: "Instalments" }), { target: { value: count } });
  fireEvent.click(screen.getByRole("button", { name: "Accept plan" }));
  await screen.findByText(/^Plan .* accepted/);
};

describe("payment plans keyed by the customer id", () => {
  it("tells two customers of one name apart by the ledger's id, and writes the id beside the name in AR Plans", async () => {
    const ledger: CellValue[][] = [
      ["Customer No.", "Customer Name", "Invoice", "Due date", "Amount"],
      ["1001", "Rossi", "F-1", AS_OF - 30, 600],
      ["1002", "Rossi", "F-2", AS_OF - 20, 900],
      ["1001", "ROSSI", "F-3", AS_OF - 10, 300],
    ];
    const wb = workbook([{ name: "Ledger", values: ledger }]);
    render(<PaymentPlanPanel port={wb} today={TODAY} />);
    await pick("Rossi (1002)");
    expect(screen.getByText("Balance to plan: 900.00")).toBeInTheDocument();
    await pick("Rossi (1001)");
    expect(screen.getByText("Balance to plan: 900.00")).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Open items covered" })).getAllByRole("listitem")).toHaveLength(2);
    await acceptIn("3");
    const sheet = wb.values(PLANS_SHEET);
    const header = sheet.find((r) => r?.[0] === "Plan id")!;
    expect(header.slice(0, 3)).toEqual(["Plan id", "Customer id", "Customer"]);
    expect(rowsToPlans(sheet).records.map((p) => [p.customerId, p.customer, p.items])).toEqual([["1001", "Rossi", "F-1; F-3"]]);
    // The other Rossi has no open plan: accepting one for it replaces nothing.
    await pick("Rossi (1002)");
    expect(screen.queryByText(/already has plan /)).not.toBeInTheDocument();
    await pick("Rossi (1001)");
    expect(await screen.findByText(/already has plan ROSSI-261125\. A plan is accepted once/)).toBeInTheDocument();
  });

  it("takes the AR Customers id of the name when the ledger has no id column", async () => {
    const wb = workbook([
      { name: "Ledger", values: [["Customer", "Invoice", "Due date", "Amount"], ["Harper Supplies Ltd", "INV-1", AS_OF - 30, 600]] },
      { name: "AR Customers", values: [["id", "legal_name", "contact"], ["C-000004", "HARPER SUPPLIES LTD.", "Ms Harper"]] },
    ]);
    render(<PaymentPlanPanel port={wb} today={TODAY} />);
    await pick("Harper Supplies Ltd (C-000004)");
    await acceptIn("2");
    expect(rowsToPlans(wb.values(PLANS_SHEET)).records.map((p) => [p.customerId, p.customer])).toEqual([["C-000004", "Harper Supplies Ltd"]]);
  });
});

/** AR Plans and AR Promises as the released version wrote them: keyed by name, no Customer id column. */
const RELEASED_PLANS: CellValue[][] = [
  ["Plan id", "Customer", "Language", "Items covered", "Balance", "Total payable", "Annual rate", "Payments a year", "Instalments", "First due", "Last due",
    "Accepted", "Status", "Status date", "Arrears", "Days late", "Broken on", "Arrears when broken", "Replaces", "Replaced by", "Schedule sheet", "Payment rounding"],
  ["KEPT-261125", "Kept Ltd", "en", "INV-1", 2000, 2000, 0, 12, 2, FIRST, FIRST + 31, AS_OF, "On track", AS_OF, 0, 0, null, null, "", "", "AR Plan KEPT 2026-11-25", "up"],
  ["BROKE-261125", "Broke Ltd", "en", "INV-2", 2000, 2000, 0, 12, 2, FIRST, FIRST + 31, AS_OF, "On track", AS_OF, 0, 0, null, null, "", "", "AR Plan BROKE 2026-11-25", "up"],
];
const RELEASED_PROMISES: CellValue[][] = [
  ["Promise id", "Customer", "Amount", "Promised date", "Note", "Recorded", "Status", "Status date", "Paid", "Arrears", "Days late"],
  ["PR-KEPTLTD-261120", "Kept Ltd", 100, AS_OF + 2, "phoned", AS_OF - 5, "Pending", AS_OF - 5, 0, 100, 0],
];

describe("registers written under the old key", () => {
  it("shows every plan and promise of registers keyed by name, tracks them by name, and rewrites them with the id column, nothing lost", async () => {
    const payments: CellValue[][] = [
      ["Customer No.", "Customer", "Payment date", "Amount"],
      ["K-1", "KEPT LTD", FIRST - 1, 1000],
      ["K-1", "Kept Ltd", AS_OF + 1, 100],
      ["B-9", "Broke Ltd", FIRST, 400],
    ];
    const wb = workbook([
      { name: "Payments", values: payments },
      { name: PLANS_SHEET, values: RELEASED_PLANS },
      { name: PROMISES_SHEET, values: RELEASED_PROMISES },
    ]);
    render(<PlansRegisterPanel port={wb} today={TODAY} />);
    const table = await screen.findByRole("table", { name: "Plans" }, { timeout: 15_000 });
    expect(within(table).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell")[0].textContent)).toEqual(["KEPT-261125", "BROKE-261125"]);
    expect(within(screen.getByRole("table", { name: "Promises to pay" })).getByText("PR-KEPTLTD-261120")).toBeInTheDocument();
    fireEvent.change(screen.getByRole("textbox", { name: "As of" }), { target: { value: "2027-01-05" } });
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Payments from" })).toHaveDisplayValue("Sheet Payments"));
    fireEvent.click(screen.getByRole("button", { name: "Check payments" }));
    await screen.findByText(/^Checked 2 plans and 1 promise/);
    const plans = rowsToPlans(wb.values(PLANS_SHEET));
    expect(plans.unreadable).toEqual([]);
    expect(plans.records.map((p) => [p.id, p.customerId, p.customer, p.status, p.arrears])).toEqual([
      ["KEPT-261125", "", "Kept Ltd", "On track", 0],
      ["BROKE-261125", "", "Broke Ltd", "Broken", 60000],
    ]);
    expect(wb.values(PLANS_SHEET).find((r) => r?.[0] === "Plan id")!.slice(0, 3)).toEqual(["Plan id", "Customer id", "Customer"]);
    expect(rowsToPromises(wb.values(PROMISES_SHEET)).records.map((p) => [p.id, p.customerId, p.status])).toEqual([["PR-KEPTLTD-261120", "", "Kept"]]);
  });

  it("records a new promise under the id of the customer the payments name", async () => {
    const wb = workbook([{ name: "Payments", values: [["Customer No.", "Customer", "Payment date", "Amount"], ["B-9", "Broke Ltd", AS_OF, 10]] }, { name: PLANS_SHEET, values: RELEASED_PLANS }]);
    render(<PlansRegisterPanel port={wb} today={TODAY} />);
    await pick("Broke Ltd (B-9)");
    fireEvent.change(screen.getByRole("textbox", { name: "Promised amount" }), { target: { value: "250" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Promised date" }), { target: { value: "2026-11-30" } });
    fireEvent.click(screen.getByRole("button", { name: "Record promise" }));
    await screen.findByText("Recorded promise PR-BROKELTD-261125.");
    expect(rowsToPromises(wb.values(PROMISES_SHEET)).records.map((p) => [p.customerId, p.customer])).toEqual([["B-9", "Broke Ltd"]]);
  });
});
