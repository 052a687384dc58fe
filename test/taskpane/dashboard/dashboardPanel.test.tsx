/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { ymdToSerial } from "../../../src/domain/core";
import { DashboardPanel } from "../../../src/taskpane/dashboard/DashboardPanel";
import { createMemoryWorkbook, MemorySheetInit } from "../../../src/workbook/memoryWorkbook";
import { CellValue } from "../../../src/workbook/port";

const AS_OF = ymdToSerial(2026, 12, 1);
const TODAY = "2026-12-01";

// The reference countback: 212,000 open of 100,000 / 80,000 / 70,000 invoiced in the last three months.
const ledger: CellValue[][] = [
  ["Customer", "Customer id", "Invoice", "Invoice date", "Due date", "Amount", "Open amount", "Currency"],
  ["Alfa", "A", "F1", AS_OF - 10, AS_OF + 20, 100_000, 100_000, "EUR"],
  ["Beta", "B", "F2", AS_OF - 40, AS_OF - 10, 80_000, 80_000, "EUR"],
  ["Gamma", "C", "F3", AS_OF - 70, AS_OF - 40, 70_000, 32_000, "EUR"],
];
const agingBefore: CellValue[][] = [["Aging on 2026-10-31"], [], ["Customer", "Currency", "Not due", "1-30", "31-60", "61-90", "Over 90", "Total"], ["Alfa", "EUR", 80_000, 120_000, 0, 0, 0, 200_000], ["Total", "", 80_000, 120_000, 0, 0, 0, 200_000]];
const dunningLog: CellValue[][] = [["date", "customer id", "level", "amount"], [AS_OF - 3, "B", 1, 80_000], [AS_OF - 2, "C", 2, 32_000]];
const plans: CellValue[][] = [["Plan id", "Customer id", "Customer", "Status", "Arrears", "Days late"]];

function setup(extra: MemorySheetInit[] = []) {
  const wb = createMemoryWorkbook([{ name: "Ledger", values: ledger }, ...extra]);
  render(<DashboardPanel port={wb} today={TODAY} />);
  return wb;
}

async function build() {
  const button = await screen.findByRole("button", { name: "Build dashboard" });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
  return await screen.findByRole("region", { name: "Dashboard" }, { timeout: 15_000 });
}

describe("DashboardPanel", () => {
  it("shows the figures, writes AR Dashboard with its sections and charts, and reads history and the dunning log", async () => {
    const wb = setup([
      { name: "AR Aging 2026-10-31", values: agingBefore },
      { name: "AR Dunning Log", values: dunningLog },
      { name: "AR Plans", values: plans },
    ]);
    const result = await build();
    expect(within(result).getByText("73.7")).toBeInTheDocument(); // DSO, the reference 73.71
    expect(within(result).getByText("52.8%")).toBeInTheDocument(); // 112,000 of 212,000 overdue
    const values = wb.values("AR Dashboard");
    const header = values.findIndex((r) => r?.[0] === "Section");
    const rows = values.slice(header + 1);
    const section = (name: string) => rows.filter((r) => r[0] === name);
    expect(section("Figures")[0].slice(1, 6)).toEqual(["2026-12-01", 212_000, 112_000, 112 / 212, 73.7142857142857]);
    expect(section("Aging").map((r) => [r[1], r[2]])).toEqual([["Not due", 100_000], ["1-30", 80_000], ["31-60", 32_000], ["61-90", 0], ["Over 90", 0]]);
    expect(section("Most overdue customers").map((r) => r[1])).toEqual(["Beta", "Gamma"]);
    expect(section("Dunning").map((r) => [r[1], r[2], r[10]])).toEqual([["Level 1", 80_000, 1], ["Level 2", 32_000, 1]]);
    // CEI from the aging report 31 days earlier: (200,000 + 100,000 − 212,000) / (200,000 + 100,000 − 100,000).
    expect(section("Figures")[0][8]).toBe(0.44);
    expect(section("Trend").map((r) => r[1])).toEqual(["2026-10-31", "2026-12-01"]);
    const charts = wb.charts().filter((c) => c.sheet === "AR Dashboard");
    expect(charts.map((c) => c.type)).toEqual(["column", "pie", "column", "column", "line", "line"]);
    expect(charts[0].values).toEqual([100_000, 80_000, 32_000, 0, 0]);
    expect(screen.getByText("Written to AR Dashboard with 6 charts.")).toBeInTheDocument();
  });

  it("says why CEI is missing without past aging reports, and still writes the rest", async () => {
    const wb = setup();
    const result = await build();
    expect(within(result).getAllByText(/CEI needs the receivables at the start of the period/).length).toBeGreaterThan(0);
    expect(wb.charts().filter((c) => c.sheet === "AR Dashboard").map((c) => c.type)).toEqual(["column", "pie", "column"]);
  });
});
