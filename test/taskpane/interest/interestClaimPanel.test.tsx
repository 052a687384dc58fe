/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { ymdToSerial } from "../../../src/domain/core";
import { functions } from "../../../src/functions";
import { setWorkbookRates } from "../../../src/functions/interestRates";
import { InterestClaimPanel } from "../../../src/taskpane/interest/InterestClaimPanel";
import { createMemoryWorkbook, MemorySheetInit } from "../../../src/workbook/memoryWorkbook";
import { CellValue } from "../../../src/workbook/port";

const d = (y: number, m: number, day: number) => ymdToSerial(y, m, day);
const TODAY = "2025-07-31";
const SHEET = "AR Interest ROSSI 2025-07-31";

const ledger: CellValue[][] = [
  ["Customer", "Invoice", "Due date", "Amount", "Open amount", "Currency"],
  ["Rossi", "F2", d(2025, 6, 30), 5000, 5000, "EUR"],
  ["Rossi", "F1", d(2025, 5, 31), 10000, 10000, "EUR"],
  ["Rossi", "CN1", d(2025, 6, 30), -500, -500, "EUR"],
  ["Müller", "M1", d(2025, 5, 31), 2000, 2000, "EUR"],
];
const payments: CellValue[][] = [
  ["Customer", "Payment date", "Amount"],
  ["ROSSI", d(2025, 6, 30), "10.100,00"],
  ["Müller", d(2025, 6, 1), 100],
];

afterEach(() => setWorkbookRates(null));

function setup(extra: MemorySheetInit[] = [], withPayments = true) {
  const sheets: MemorySheetInit[] = [{ name: "Ledger", values: ledger }, ...(withPayments ? [{ name: "Payments", values: payments }] : []), ...extra];
  const wb = createMemoryWorkbook(sheets, { settings: { "defaults.jurisdiction": "DE" } });
  render(<InterestClaimPanel port={wb} today={TODAY} />);
  return wb;
}

async function run() {
  const button = await screen.findByRole("button", { name: "Write interest claim" }, { timeout: 15_000 });
  await waitFor(() => expect(button).toBeEnabled(), { timeout: 15_000 });
  fireEvent.click(button);
}

/** The sheet's table rows (below the title), as objects keyed by header. */
function sheetRows(wb: ReturnType<typeof createMemoryWorkbook>) {
  const values = wb.values(SHEET);
  const h = values.findIndex((r) => r?.[0] === "Row");
  const header = values[h] as string[];
  return values.slice(h + 1).map((r) => Object.fromEntries(header.map((k, c) => [k, r?.[c] ?? null])));
}

describe("InterestClaimPanel", () => {
  it("writes the claim per invoice with the payments spread oldest first, the totals and the calculation beneath", async () => {
    const wb = setup();
    await run();
    expect(await screen.findByText(`Wrote sheet ${SHEET}.`, undefined, { timeout: 15_000 })).toBeInTheDocument();
    const rows = sheetRows(wb);
    const invoices = rows.filter((r) => r.Row === "Invoice");
    // 10,100.00 on 30 June pays F1 (10,000 + 92.63 of June) and 7.37 of F2, which then runs on 4,992.63.
    expect(invoices.map((r) => [r.Invoice, r["Due date"], r.Principal, r.Paid, r.Interest, r.Fee])).toEqual([
      ["F1", d(2025, 5, 31), 10000, 10092.63, 92.63, 40],
      ["F2", d(2025, 6, 30), 5000, 7.37, 43.55, 40],
    ]);
    expect(rows.filter((r) => r.Row === "Total").map((r) => [r.Currency, r.Principal, r.Paid, r.Interest, r.Fee])).toEqual([["EUR", 15000, 10100, 136.18, 80]]);
    const segments = rows.filter((r) => r.Row === "Segment");
    expect(segments.map((r) => [r.Invoice, r.From, r.To, r.Days, r["Annual rate"], r.Principal, r.Interest])).toEqual([
      ["F1", d(2025, 6, 1), d(2025, 6, 30), 30, 0.1127, 10000, 92.63],
      ["F2", d(2025, 7, 1), d(2025, 7, 31), 31, 0.1027, 4992.63, 43.55],
    ]);
    expect(segments[0]["Rate source"]).toBe("Basiszinssatz 2.27% from 2025-01-01 (shipped table)");
    const paid = rows.filter((r) => r.Row === "Payment");
    expect(paid.map((r) => [r.Invoice, r.From, r.Paid, r.Note])).toEqual([
      ["F1", d(2025, 6, 30), 10092.63, "92.63 to interest, 10,000.00 to principal"],
      ["F2", d(2025, 6, 30), 7.37, "0.00 to interest, 7.37 to principal"],
    ]);
    // The pane shows the same figures and where the rates came from.
    const table = screen.getByRole("table", { name: "Interest per invoice" });
    expect(within(table).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent))).toEqual([
      ["F1", "May 31, 2025", "10,000.00", "10,092.63", "92.63", "40.00"],
      ["F2", "Jun 30, 2025", "5,000.00", "7.37", "43.55", "40.00"],
      ["Total EUR", "", "15,000.00", "10,100.00", "136.18", "80.00"],
    ]);
    expect(within(screen.getByRole("region", { name: "Rates used and where they come from" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Basiszinssatz 2.27% from 2025-01-01 (shipped table)",
      "Basiszinssatz 1.27% from 2025-07-01 (shipped table)",
    ]);
    expect(screen.getByText(/1 credit note or zero amount of the customer left out/)).toBeInTheDocument();
    // The user's sheets are untouched.
    expect(wb.values("Ledger")).toEqual(ledger);
  });

  it("without a payments table runs on the open amounts, and claims only the ticked invoices", async () => {
    const wb = setup([], false);
    const f2 = await screen.findByRole("checkbox", { name: "F2, due Jun 30, 2025: 5,000.00 EUR" }, { timeout: 15_000 });
    fireEvent.click(f2);
    await run();
    await screen.findByText(`Wrote sheet ${SHEET}.`, undefined, { timeout: 15_000 });
    expect(sheetRows(wb).filter((r) => r.Row === "Invoice").map((r) => [r.Invoice, r.Interest, r.Fee])).toEqual([["F1", 179.85, 40]]);
    expect(screen.getByText("Interest runs on the open amounts of the ledger.")).toBeInTheDocument();
  });

  it("names the cell of an AR_Rates table with unsorted dates and writes nothing", async () => {
    const rates = [
      ["jurisdiction", "from", "rate"],
      ["DE", d(2026, 7, 1), 0.01],
      ["DE", d(2026, 1, 1), 0.012],
    ];
    const wb = setup([{ name: "Rates", values: rates, tables: [{ name: "AR_Rates" }] }]);
    expect(await screen.findByText(/AR_Rates \(Rates!B3\): DE dates must go up: 2026-01-01 comes after 2026-07-01 \(row 2\)/, undefined, { timeout: 15_000 })).toBeInTheDocument();
    await run();
    const alert = await screen.findByRole("region", { name: "The interest claim found bad input" }, { timeout: 15_000 });
    expect(alert).toHaveTextContent("AR_Rates (Rates!B3): DE dates must go up");
    expect(wb.sheetNames()).not.toContain(SHEET);
    // The formulas see the same table, and refuse it naming the row.
    expect(() => functions.LATEINTEREST(100, d(2025, 5, 31), d(2025, 7, 31), "DE")).toThrow("AR_Rates row 3: DE dates must go up");
  });

  it("uses the AR_Rates table where it gives a rate, says so beside the figure, and publishes it to the formulas", async () => {
    const rates = [
      ["jurisdiction", "from", "rate"],
      ["DE", d(2025, 7, 1), 0.01],
    ];
    const wb = setup([{ name: "Rates", values: rates, tables: [{ name: "AR_Rates" }] }], false);
    await run();
    await screen.findByText(`Wrote sheet ${SHEET}.`, undefined, { timeout: 15_000 });
    const segments = sheetRows(wb).filter((r) => r.Row === "Segment" && r.Invoice === "F1");
    expect(segments.map((r) => [r["Annual rate"], r["Rate source"]])).toEqual([
      [0.1127, "Basiszinssatz 2.27% from 2025-01-01 (shipped table)"],
      [0.1, "Basiszinssatz 1% from 2025-07-01 (AR_Rates row 2)"],
    ]);
    expect(screen.getByText(/the shipped tables, with the AR_Rates table on Rates \(1 rate given\)/)).toBeInTheDocument();
    // 92.63 for June, then 10,000 × 10% × 31 / 365 = 84.93 for July.
    expect(functions.LATEINTEREST(10000, d(2025, 5, 31), d(2025, 7, 31), "DE")).toBe(177.56);
  });

  it("notes a rate past the known data in the pane and on the sheet", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: ledger }], { settings: { "defaults.jurisdiction": "DE" } });
    render(<InterestClaimPanel port={wb} today="2026-08-31" />);
    await run();
    await screen.findByText("Wrote sheet AR Interest ROSSI 2026-08-31.", undefined, { timeout: 15_000 });
    const note = "no Basiszinssatz is known after 2026-01-01: for 2026-07-01 the last known rate (1.27%) is used";
    expect(screen.getByRole("region", { name: "Check these rates" })).toHaveTextContent(note);
    const values = wb.values("AR Interest ROSSI 2026-08-31");
    expect(values[values.length - 1]).toEqual(["Note", null, null, null, null, null, null, null, null, null, null, null, null, note]);
  });
});
