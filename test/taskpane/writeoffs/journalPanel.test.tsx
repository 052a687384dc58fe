/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen } from "@testing-library/react";
import { JOURNAL_COLUMNS, journalRows } from "../../../src/domain/writeoffs";
import { JournalPanel } from "../../../src/taskpane/writeoffs/JournalPanel";
import { runWriteOff } from "../../../src/taskpane/writeoffs/runWriteOff";
import { createMemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { TextDecoder, TextEncoder } from "util";
import { d, LEDGER, SETTINGS } from "./support";

// Under jsdom, jest picks uuid's browser ESM build (exceljs needs it); the CommonJS build is the same code.
jest.mock("uuid", () => jest.requireActual("../../../node_modules/uuid/dist/index.js"));

// jsdom has no TextEncoder; the browser the pane runs in has.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

let made: Blob[] = [];
beforeEach(() => {
  made = [];
  const u = URL as unknown as { createObjectURL?: unknown; revokeObjectURL?: unknown };
  u.createObjectURL = jest.fn((blob: Blob) => {
    made.push(blob);
    return `blob:test/${made.length}`;
  });
  u.revokeObjectURL = jest.fn();
});

describe("JournalPanel", () => {
  it("offers the journal as CSV and XLSX with the columns chosen, and says the sheet is the workbook-native copy", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: LEDGER }], { settings: SETTINGS });
    await runWriteOff({ port: wb, customer: "Rossi S.r.l.", customerId: "C-1", items: [{ invoice: "F2", dueDate: d(2025, 3, 31), open: 80_000, currency: "EUR" }], date: d(2025, 9, 30), reason: "=1+1", approver: "Anna Rossi", secondApprover: "" });
    render(<JournalPanel port={wb} today="2025-10-01" />);
    expect(await screen.findByText("1 entry: debits 800.00, credits 800.00.", undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText(/the AR Journal sheet itself is the export/)).toBeInTheDocument();
    for (const c of JOURNAL_COLUMNS.filter((c) => !["Entry id", "Account", "Debit", "Credit", "Reason"].includes(c))) fireEvent.click(screen.getByRole("checkbox", { name: c }));
    fireEvent.click(screen.getByRole("button", { name: "Prepare CSV and XLSX" }));
    const csvLink = await screen.findByRole("link", { name: "Download CSV" }, { timeout: 15_000 });
    expect(csvLink).toHaveAttribute("download", "AR Journal.csv");
    expect(screen.getByRole("link", { name: "Download XLSX" })).toHaveAttribute("download", "AR Journal.xlsx");
    const csv = await blobText(made[0]);
    expect(csv.replace(/^\uFEFF/, "")).toBe("Entry id,Account,Debit,Credit,Reason\r\nJE-000001,1290,800,,'=1+1\r\nJE-000001,1200,,800,'=1+1\r\n");
  });

  it("leaves out an entry a hand edit unbalanced, and says so", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: LEDGER }], { settings: SETTINGS });
    await runWriteOff({ port: wb, customer: "Rossi S.r.l.", customerId: "C-1", items: [{ invoice: "F2", dueDate: d(2025, 3, 31), open: 80_000, currency: "EUR" }], date: d(2025, 9, 30), reason: "x", approver: "Anna Rossi", secondApprover: "" });
    wb.setValues("AR Journal", 1, 3, [[700]]);
    render(<JournalPanel port={wb} today="2025-10-01" />);
    expect(await screen.findByText(/Left out of the export: entry JE-000001, which no longer balances/, undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Prepare CSV and XLSX" })).toBeDisabled();
    expect(journalRows([])).toEqual([]);
  });
});
