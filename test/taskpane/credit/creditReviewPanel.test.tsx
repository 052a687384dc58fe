/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { CreditReviewPanel } from "../../../src/taskpane/credit/CreditReviewPanel";
import { createMemoryWorkbook, MemorySheetInit } from "../../../src/workbook/memoryWorkbook";
import { CellValue } from "../../../src/workbook/port";

const TODAY = "2026-11-25";
const AS_OF = 46351;
const REVIEW = "AR Credit Review 2026-11-25";
const HOLD = "AR Credit Hold 2026-11-25";

const customers: CellValue[][] = [
  ["Cliente", "Punteggio", "Reddito annuo", "Debiti mensili", "Fido richiesto", "Fido attuale"],
  ["Rossi", 700, 60000, 0, null, 5000],
  ["Müller", 700, 60000, 0, 12000, 5000],
  ["Dubois", 500, 60000, 0, null, 1000],
  ["Harper", 800, 123456, 0, null, 0],
];

const ledger: CellValue[][] = [
  ["Customer", "Invoice", "Due date", "Open amount"],
  ["Rossi", "F1", AS_OF - 10, 6000.1],
  ["ROSSI ", "F2", AS_OF + 5, "3.000,00"],
  ["Müller", "F3", AS_OF - 40, 2500.25],
  ["Müller", "CN1", AS_OF - 40, -500.25],
  ["Dubois", "F4", AS_OF, 0.01],
  ["Other", "F5", AS_OF, 999],
];

function setup(extra: MemorySheetInit[] = [], customerValues = customers) {
  const wb = createMemoryWorkbook([{ name: "Customers", values: customerValues }, { name: "Ledger", values: ledger }, ...extra]);
  render(<CreditReviewPanel port={wb} today={TODAY} />);
  return wb;
}

const runButton = () => screen.findByRole("button", { name: "Run credit review" }, { timeout: 15_000 });

async function run() {
  const button = await runButton();
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
}

/** The review sheet's rows keyed by customer, as objects keyed by header. */
function reviewRows(wb: ReturnType<typeof createMemoryWorkbook>, sheet = REVIEW) {
  const values = wb.values(sheet);
  const h = values.findIndex((r) => r?.[0] === "Customer");
  const header = values[h] as string[];
  return Object.fromEntries(values.slice(h + 1).filter((r) => r && r[0] !== null && r[0] !== "Total").map((r) => [r[0], Object.fromEntries(header.map((k, c) => [k, r[c]]))]));
}

describe("CreditReviewPanel", () => {
  it("writes the review with the policy's decisions and the ledger's exact exposures, creating the policy from the template", async () => {
    const wb = setup();
    await run();
    expect(await screen.findByText(`Wrote sheets ${REVIEW}, ${HOLD}.`, undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText(/AR Credit Policy was created from the example policy/)).toBeInTheDocument();
    expect(wb.sheetNames()).toContain("AR Credit Policy");
    expect(wb.values("AR Credit Policy")[0]).toEqual(["valid_from", "min_score", "income_pct", "max_dti", "max_limit", "step"]);
    const rows = reviewRows(wb);
    expect(Object.keys(rows)).toEqual(["Rossi", "Müller", "Dubois", "Harper"]);
    expect([rows.Rossi.Decision, rows.Rossi.Limit, rows.Rossi.Exposure]).toEqual(["Approve", 9000, 9000.1]);
    expect([rows["Müller"].Decision, rows["Müller"].Limit, rows["Müller"].Exposure]).toEqual(["Refer", 9000, 2000]);
    expect([rows.Dubois.Decision, rows.Dubois.Limit, rows.Dubois.Exposure]).toEqual(["Decline", 0, 0.01]);
    expect([rows.Harper.Decision, rows.Harper.Limit, rows.Harper.Exposure]).toEqual(["Approve", 30800, 0]);
    expect(rows.Rossi.Reason).toMatch(/^Score 700 is in the band from 670/);
    // The user's sheets are untouched.
    expect(wb.values("Customers")).toEqual(customers);
    expect(wb.values("Ledger")).toEqual(ledger);
  });

  it("puts customers over their limit on the credit-hold list, in the pane and on its sheet", async () => {
    const wb = setup();
    await run();
    const list = await screen.findByRole("table", { name: "Credit-hold list" }, { timeout: 15_000 });
    expect(within(list).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell")[0].textContent)).toEqual(["Rossi", "Dubois"]);
    const holds = reviewRows(wb, HOLD);
    expect(Object.keys(holds)).toEqual(["Rossi", "Dubois"]);
    expect(holds.Rossi["Over limit by"]).toBe(0.1);
  });

  it("refuses an override without a reason, then appends it with the reason to AR Credit Log", async () => {
    const wb = setup();
    await run();
    const form = await screen.findByRole("region", { name: "Override a decision" }, { timeout: 15_000 });
    fireEvent.change(within(form).getByRole("combobox", { name: "Customer" }), { target: { value: "Dubois" } });
    fireEvent.change(within(form).getByRole("textbox", { name: "New limit" }), { target: { value: "500" } });
    fireEvent.change(within(form).getByRole("textbox", { name: "Your name" }), { target: { value: "M. Rossi" } });
    fireEvent.click(within(form).getByRole("button", { name: "Record override" }));
    expect(await within(form).findByText(/An override needs a reason/)).toBeInTheDocument();
    expect(wb.sheetNames()).not.toContain("AR Credit Log");

    fireEvent.change(within(form).getByRole("textbox", { name: "Reason (required)" }), { target: { value: "Long-standing customer, guarantee on file" } });
    fireEvent.click(within(form).getByRole("button", { name: "Record override" }));
    expect(await within(form).findByText("Override for Dubois recorded in AR Credit Log.")).toBeInTheDocument();
    expect(wb.values("AR Credit Log")).toEqual([
      ["Date", "Customer", "Old limit", "New limit", "Decision", "Reason", "Who"],
      [AS_OF, "Dubois", 0, 500, "Approve", "Long-standing customer, guarantee on file", "M. Rossi"],
    ]);
  });

  it("names the band of a bad policy and writes nothing", async () => {
    const policy = [
      ["valid_from", "min_score", "income_pct", "max_dti", "max_limit", "step"],
      [46000, 700, 0.2, 0.45, 20000, 100],
      [46000, 600, 0.1, 0.4, 5000, 100],
    ];
    const wb = setup([{ name: "AR Credit Policy", values: policy }]);
    const before = wb.sheetNames();
    await run();
    const alert = await screen.findByRole("region", { name: "The review found bad input" }, { timeout: 15_000 });
    expect(alert).toHaveTextContent("AR Credit Policy: policy row 3 (min_score 600): bands must be in ascending order of min_score, but row 2 above has 700");
    expect(wb.sheetNames()).toEqual(before);
    expect(wb.values("AR Credit Policy")).toEqual(policy);
  });

  it("names the cells of a text score and a negative income and writes nothing", async () => {
    const bad = [customers[0], ["Rossi", "n/a", 60000], ["Müller", 700, -1]];
    const wb = setup([], bad);
    await run();
    const alert = await screen.findByRole("region", { name: "The review found bad input" }, { timeout: 15_000 });
    expect(alert).toHaveTextContent("Customers!B2: Punteggio must be a number, not the text 'n/a'");
    expect(alert).toHaveTextContent("Customers!C3: Reddito annuo must be 0 or more, not -1");
    expect(wb.sheetNames()).toEqual(["Customers", "Ledger"]);
  });

  it("reports missing columns by name", async () => {
    setup([], [["Customer", "Score"], ["Rossi", 700]]);
    await run();
    expect(await screen.findByText(/has no column for: Annual income/, undefined, { timeout: 15_000 })).toBeInTheDocument();
  });

  it("masks income in the pane and the report unless revealed", async () => {
    const wb = setup();
    await run();
    const decisions = await screen.findByRole("table", { name: "Decisions" }, { timeout: 15_000 });
    expect(decisions).not.toHaveTextContent("123,456");
    expect(reviewRows(wb).Harper["Annual income"]).toBe("••••••");
    fireEvent.click(screen.getByRole("switch", { name: /Show confidential data/ }));
    await waitFor(() => expect(screen.getByRole("table", { name: "Decisions" })).toHaveTextContent("123,456.00"));
    await run();
    await waitFor(() => expect(reviewRows(wb).Harper["Annual income"]).toBe(123456));
  });
});
