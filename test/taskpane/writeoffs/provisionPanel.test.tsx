/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { ProvisionPanel } from "../../../src/taskpane/writeoffs/ProvisionPanel";
import { createMemoryWorkbook, MemorySheetInit } from "../../../src/workbook/memoryWorkbook";
import { CellValue } from "../../../src/workbook/port";
import { balancedJournal, d, SETTINGS } from "./support";

const AS_OF = d(2025, 12, 31);
const TODAY = "2025-12-31";
const SHEET = "AR Provision 2025-12-31";
// IFRS 9 Illustrative Example 12 as a ledger: one invoice per bucket, not due and 10, 40, 70, 100 days overdue.
const IE12: CellValue[][] = [
  ["Customer", "Invoice", "Due date", "Open amount", "Currency"],
  ["A", "I1", AS_OF + 10, 15_000_000, "EUR"],
  ["B", "I2", AS_OF - 10, 7_500_000, "EUR"],
  ["C", "I3", AS_OF - 40, 4_000_000, "EUR"],
  ["D", "I4", AS_OF - 70, 2_500_000, "EUR"],
  ["E", "I5", AS_OF - 100, 1_000_000, "EUR"],
];
const IE12_RATES = ["0.3%", "1.6%", "3.6%", "6.6%", "10.6%"];
const LABELS = ["Not due", "1-30", "31-60", "61-90", "Over 90"];

function setup(extra: MemorySheetInit[] = []) {
  const wb = createMemoryWorkbook([{ name: "Ledger", values: IE12 }, ...extra], { settings: SETTINGS });
  render(<ProvisionPanel port={wb} today={TODAY} />);
  return wb;
}

const type = (name: string, value: string) => fireEvent.change(screen.getByRole("textbox", { name }), { target: { value } });
const rateInput = (label: string) => screen.getByRole("textbox", { name: label }) as HTMLInputElement;

describe("ProvisionPanel", () => {
  it("lays out IFRS 9 IE12's provision matrix (580,000), then posts the change against the allowance booked", async () => {
    const wb = setup();
    await screen.findByRole("textbox", { name: "Not due" }, { timeout: 15_000 });
    LABELS.forEach((label, k) => type(label, IE12_RATES[k]));
    type("Prepared by", "Anna Rossi");
    const write = screen.getByRole("button", { name: "Write provision" });
    await waitFor(() => expect(write).toBeEnabled());
    fireEvent.click(write);
    expect(await screen.findByText(`Wrote sheet ${SHEET}. Check the entry below, then post it.`, undefined, { timeout: 15_000 })).toBeInTheDocument();
    const matrix = screen.getByRole("table", { name: "Provision matrix EUR" });
    expect(within(matrix).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent))).toEqual([
      ["Not due", "15,000,000.00", "0.3%", "45,000.00"],
      ["1-30", "7,500,000.00", "1.6%", "120,000.00"],
      ["31-60", "4,000,000.00", "3.6%", "144,000.00"],
      ["61-90", "2,500,000.00", "6.6%", "165,000.00"],
      ["Over 90", "1,000,000.00", "10.6%", "106,000.00"],
      ["Total", "30,000,000.00", "", "580,000.00"],
    ]);
    // The sheet: bucket, gross amount, loss rate, allowance; the movement; the entry for the change.
    const values = wb.values(SHEET) as CellValue[][];
    const header = values.findIndex((r) => r?.[1] === "Bucket");
    expect(values.slice(header, header + 7).map((r) => r.slice(0, 5))).toEqual([
      ["Currency", "Bucket", "Gross amount", "Loss rate", "Allowance"],
      ["EUR", "Not due", 15_000_000, 0.003, 45_000],
      ["EUR", "1-30", 7_500_000, 0.016, 120_000],
      ["EUR", "31-60", 4_000_000, 0.036, 144_000],
      ["EUR", "61-90", 2_500_000, 0.066, 165_000],
      ["EUR", "Over 90", 1_000_000, 0.106, 106_000],
      ["EUR", "Total", 30_000_000, null, 580_000],
    ]);
    expect(values.slice(header + 7).map((r) => [r[1], r[4], r[5], r[6], r[7]])).toEqual([
      ["Last provision (none posted)", null, null, null, null],
      ["Write-offs and recoveries since", 0, null, null, null],
      ["Allowance booked", 0, null, null, null],
      ["Change to post", 580_000, null, null, null],
      ["Entry JE-000001", null, "6800", 580_000, null],
      ["Entry JE-000001", null, "1290", null, 580_000],
    ]);
    expect(wb.sheetNames()).not.toContain("AR Journal");
    // The rates used are kept for an auditor.
    expect(wb.values("AR Loss Rates")).toEqual([["Bucket", "Loss rate"], ...LABELS.map((l, k) => [l, [0.003, 0.016, 0.036, 0.066, 0.106][k]])]);

    fireEvent.click(screen.getByRole("button", { name: "Post the change to AR Journal" }));
    expect(await screen.findByText(`Wrote sheet ${SHEET} and posted 1 entry to AR Journal.`, undefined, { timeout: 15_000 })).toBeInTheDocument();
    const [entry] = balancedJournal(wb);
    expect([entry.type, entry.date, entry.approver, entry.lines]).toEqual(["Provision", AS_OF, "Anna Rossi", [{ account: "6800", debit: 58_000_000, credit: 0 }, { account: "1290", debit: 0, credit: 58_000_000 }]]);
    // Run again: the allowance booked is the provision, so there is no change and nothing to post.
    fireEvent.click(screen.getByRole("button", { name: "Write provision" }));
    expect(await screen.findByText("The allowance booked is the provision required: no entry to post.", undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText(/Last provision \(2025-12-31\): 580,000.00\. Booked now 580,000.00, required 580,000.00: change 0.00\./)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Post the change to AR Journal" })).toBeDisabled();
  });

  it("refuses rates outside 0..1 and an AR Loss Rates table of the wrong count, writing nothing", async () => {
    const wb = setup([{ name: "AR Loss Rates", values: [["Bucket", "Loss rate"], ["Not due", 0.01], ["1-30", 0.02], ["31-60", 0.1], ["Over 60", 0.5]] }]);
    expect(await screen.findByText("loss_rates has 4 rates but there are 5 buckets: give one rate per bucket, Not due first, as AR.AGING shows them with the same bucket_days", undefined, { timeout: 15_000 })).toBeInTheDocument();
    LABELS.forEach((label, k) => type(label, IE12_RATES[k]));
    type("Over 90", "150%");
    expect(screen.getByText("loss_rates value 5 (1.5) must be a fraction from 0 to 1, such as 2% or 0.02")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Write provision" })).toBeDisabled();
    expect(wb.sheetNames()).not.toContain(SHEET);
  });

  it("builds a loss history from past aging sheets and the write-offs, and computes the rates by roll rates", async () => {
    // Three month ends of aging sheets (as the Aging panel writes them grouped: customer, currency, buckets, total, disputed, invoices; a totals row).
    const aging = (cells: number[]): CellValue[][] => [
      ["Aging as of …"],
      [],
      ["Customer", "Currency", "Not due", "1-30", "31-60", "61-90", "Over 90", "Total", "Disputed", "Invoices"],
      ["A", "EUR", ...cells, cells.reduce((a, b) => a + b, 0), 0, 1],
      ["Total", null, ...cells, cells.reduce((a, b) => a + b, 0), 0, 1],
    ];
    const wb = setup([
      { name: "AR Aging 2025-09-30", values: aging([100_000, 0, 0, 0, 0]) },
      { name: "AR Aging 2025-10-31", values: aging([0, 50_000, 0, 0, 0]) },
      { name: "AR Aging 2025-11-30", values: aging([0, 0, 25_000, 0, 0]) },
      { name: "AR Aging 2025-12-31", values: aging([0, 0, 0, 10_000, 0]) },
      { name: "AR Aging 2026-01-31", values: aging([0, 0, 0, 0, 4_000]) },
    ]);
    await screen.findByRole("textbox", { name: "Not due" }, { timeout: 15_000 });
    fireEvent.click(screen.getByRole("button", { name: "Build history from aging sheets" }));
    expect(await screen.findByText("AR Loss History written: 4 month ends from the AR Aging sheets. Roll rates need at least 2.", undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(wb.values("AR Loss History")[1]).toEqual([d(2025, 9, 30), 100_000, 0, 0, 0, 0, 0]);
    // Nothing reached 61-90 before December nor Over 90 at all by the as-of date: no roll rate for them, and the message names the columns.
    fireEvent.click(screen.getByRole("button", { name: "Compute rates from AR Loss History" }));
    expect(await screen.findByText(/columns 4, 5 have no history/, undefined, { timeout: 15_000 })).toBeInTheDocument();
    // Add January's month end: 4,000 rolled into Over 90 and, the month after, 1,000 written off.
    wb.addSheet("AR Aging 2026-02-28", aging([0, 0, 0, 0, 0]));
    wb.addSheet("AR Write-offs", [
      ["Customer id", "Customer", "Invoice", "Amount", "Currency", "Date", "Reason", "Approvers", "Entry id", "Status", "Recovered"],
      ["", "A", "X1", 1_000, "EUR", d(2026, 2, 15), "Insolvent", "Anna Rossi", "JE-000001", "Written off", 0],
    ]);
    type("As of", "2026-02-28");
    fireEvent.click(screen.getByRole("button", { name: "Build history from aging sheets" }));
    expect(await screen.findByText(/6 month ends/, undefined, { timeout: 15_000 })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Compute rates from AR Loss History" }));
    expect(await screen.findByText("Loss rates computed by roll rates and saved to AR Loss Rates.", undefined, { timeout: 15_000 })).toBeInTheDocument();
    // Roll rates 0.5, 0.5, 0.4, 0.4 and 1,000 / 4,000 = 0.25 out of Over 90: loss rates 1%, 2%, 4%, 10%, 25%.
    expect(LABELS.map((l) => rateInput(l).value)).toEqual(["1%", "2%", "4%", "10%", "25%"]);
    expect((wb.values("AR Loss Rates") as CellValue[][]).slice(1).map((r) => r[1])).toEqual([0.01, 0.02, 0.04, 0.1, 0.25]);
  });
});
