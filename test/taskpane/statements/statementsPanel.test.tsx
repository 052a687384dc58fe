/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { StatementsPanel } from "../../../src/taskpane/statements/StatementsPanel";
import { createMemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { CellValue } from "../../../src/workbook/port";
import { TextDecoder, TextEncoder } from "util";

// The PDF writer encodes text; jsdom has no TextEncoder of its own.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const FROM = 46327; // 2026-11-01
const TODAY = "2026-11-30";
const ledger: CellValue[][] = [
  ["Customer", "Customer id", "Invoice", "Invoice date", "Due date", "Open amount", "Currency", "Language"],
  ["Rossi Forniture S.r.l.", "C1", "F0", FROM - 45, FROM - 15, 1234.56, "EUR", "it"],
  ["Rossi Forniture S.r.l.", "C1", "F1", FROM + 4, FROM + 34, 500, "EUR", "it"],
  ["Müller GmbH", "C2", "R1", FROM + 2, FROM + 32, 800, "EUR", "de"],
  ["Nobody Ltd", "C3", "N1", FROM + 3, FROM + 33, 50, "EUR", "en"],
  ["Refund SARL", "C4", "AV1", FROM + 3, FROM + 3, -75, "EUR", "fr"],
];
const customers: CellValue[][] = [
  ["id", "legal_name", "address", "country", "language"],
  ["C1", "Rossi Forniture S.r.l.", "Via Garibaldi 8\n20121 Milano MI", "Italia", "it"],
  ["C2", "Müller GmbH", "Hauptstraße 1\n80331 München", "Deutschland", "de"],
  ["C4", "Refund SARL", "1 rue de la Paix\n75002 Paris", "France", "fr"],
];
const LETTERHEAD = { "company.name": "Credit Desk Demo S.p.A.", "company.address": "Via Esempio 1\n20100 Milano", "company.iban": "IT60X0542811101000000123456" };

function setup(settings: Record<string, string> = LETTERHEAD) {
  const wb = createMemoryWorkbook([{ name: "Ledger", values: ledger, tables: [{ name: "Ledger" }] }, { name: "AR Customers", values: customers }], { settings });
  render(<StatementsPanel port={wb} today={TODAY} />);
  return wb;
}

async function run() {
  const button = await screen.findByRole("button", { name: "Make statements" });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
}

describe("StatementsPanel", () => {
  it("writes one block per customer to AR Statements, names each customer it could not make one for, and makes the rest", async () => {
    const wb = setup();
    await run();
    const result = await screen.findByRole("region", { name: "Statements" }, { timeout: 30_000 });
    expect(within(result).getByText("2 statements written to AR Statements 2026-11-30.")).toBeInTheDocument();
    const problems = within(result).getByRole("list");
    expect(within(problems).getByText(/^Nobody Ltd \(C3\): no address/)).toBeInTheDocument();
    expect(within(problems).getByText(/^Refund SARL \(C4\): the balance is -75.00 EUR/)).toBeInTheDocument();
    const values = wb.values("AR Statements 2026-11-30");
    const header = values.findIndex((r) => r?.[0] === "Customer");
    const rows = values.slice(header + 1);
    const rossi = rows.filter((r) => r[0] === "Rossi Forniture S.r.l. (C1)");
    expect(rossi.slice(0, 3).map((r) => [r[2], r[4], r[9]])).toEqual([
      ["Balance brought forward", "", 1234.56],
      ["Invoice", "F1", 1734.56],
      ["Balance due", "", 1734.56],
    ]);
    // The aging summary: F0 is 60 days overdue on the 30th (31-60 … 61-90 bounds), F1 not due.
    expect(rossi.slice(3).map((r) => r[9])).toEqual([500, 0, 1234.56, 0, 0]);
    expect(rows.some((r) => String(r[0]).startsWith("Nobody"))).toBe(false);
  }, 60_000);

  it("asks for the letterhead first and writes nothing without it", async () => {
    const wb = setup({});
    await run();
    expect(await screen.findByText(/The letterhead needs: Company name/)).toBeInTheDocument();
    expect(wb.sheetNames().some((s) => s.startsWith("AR Statements"))).toBe(false);
  });
});
