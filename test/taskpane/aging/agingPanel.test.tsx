/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { AgingPanel } from "../../../src/taskpane/aging/AgingPanel";
import { createMemoryWorkbook, MemorySheetInit } from "../../../src/workbook/memoryWorkbook";
import { generateSampleLedger } from "../../../src/samples/ledger";
import { readLedger } from "../../../src/domain/ledger/readLedger";
import { CellValue, WorkbookPort } from "../../../src/workbook/port";

const TODAY = "2026-11-25";
const AS_OF = 46351;

function setup(sheets: MemorySheetInit[], port?: WorkbookPort) {
  const workbook = createMemoryWorkbook(sheets, { yieldBetweenChunks: () => Promise.resolve() });
  render(<AgingPanel port={port ?? workbook} today={TODAY} />);
  return workbook;
}

const small: CellValue[][] = [
  ["Cliente", "Fattura", "Scadenza", "Importo"],
  ["Rossi", "F1", AS_OF - 10, 100.1],
  ["Rossi", "F2", AS_OF + 5, "1.234,56"],
  ["Müller", "F3", "31/02/2026", 50],
  [null, null, null, null],
  ["Müller", "F4", AS_OF - 100, 0.2],
];

/** Waits for the detected mapping (the first render in jsdom is slow). */
const mapped = () => screen.findByRole("combobox", { name: "Due date" }, { timeout: 15_000 });

const run = () => fireEvent.click(screen.getByRole("button", { name: "Run aging" }));

describe("AgingPanel", () => {
  it("shows the column it mapped for each field", async () => {
    setup([{ name: "Ledger", values: small }]);
    expect(await mapped()).toHaveDisplayValue("C: Scadenza");
    expect(screen.getByRole("combobox", { name: "Customer" })).toHaveDisplayValue("A: Cliente");
    expect(screen.getByRole("combobox", { name: "Amount" })).toHaveDisplayValue("D: Importo");
    expect(screen.getByRole("combobox", { name: "Open amount" })).toHaveDisplayValue("(not used)");
  });

  it("writes the report, whose totals row is the ledger's exact total, and lists the rejected row; user sheets untouched", async () => {
    const wb = setup([{ name: "Ledger", values: small }, { name: "Notes", values: [["keep me"]] }]);
    await mapped();
    run();
    expect(await screen.findByText("Wrote sheet AR Aging 2026-11-25.")).toBeInTheDocument();
    const values = wb.values("AR Aging 2026-11-25");
    const totals = values[values.length - 1] as CellValue[];
    const header = values.find((r) => r && r[0] === "Customer")!;
    const total = totals[header.indexOf("Total")] as number;
    expect(Math.round(total * 100)).toBe(10010 + 123456 + 20);
    expect(wb.values("Ledger")).toEqual(small);
    expect(wb.values("Notes")).toEqual([["keep me"]]);
    const rejected = screen.getByRole("region", { name: "Rejected rows" });
    expect(within(rejected).getByRole("button", { name: /^Row 4: / })).toBeInTheDocument();
    expect(within(screen.getByLabelText("Summary")).getByText("3")).toBeInTheDocument();
  });

  it("jumps to a rejected row's bad cell when it is clicked", async () => {
    const wb = setup([{ name: "Ledger", values: small }]);
    await mapped();
    run();
    fireEvent.click(await screen.findByRole("button", { name: /^Row 4: / }));
    await waitFor(() => expect(wb.selection()).toEqual({ sheet: "Ledger", row: 3, column: 2 }));
  });

  it("applies a corrected mapping to the run", async () => {
    const values: CellValue[][] = [
      ["Customer", "Due date", "Amount", "Paid so far"],
      ["A", AS_OF, 100, 40],
      ["B", AS_OF, 200, 50],
    ];
    const wb = setup([{ name: "Ledger", values }]);
    const amount = await screen.findByRole("combobox", { name: "Open amount" }, { timeout: 15_000 });
    fireEvent.change(amount, { target: { value: "3" } });
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Open amount" })).toHaveDisplayValue("D: Paid so far"));
    run();
    await screen.findByText("Wrote sheet AR Aging 2026-11-25.", {}, { timeout: 15_000 });
    const sheet = wb.values("AR Aging 2026-11-25");
    const totals = sheet[sheet.length - 1] as CellValue[];
    expect(totals).toContain(90);
  });

  it("asks whether an unmapped column of amounts is the open amount instead of aging the original amounts in silence", async () => {
    const values: CellValue[][] = [
      ["Customer", "Due date", "Amount", "Paid so far", "Note"],
      ["A", AS_OF, 1200, 200.5, "x"],
      ["B", AS_OF, 500, 0, ""],
    ];
    setup([{ name: "Ledger", values }]);
    expect(await screen.findByText("Aging the original amounts: is one of these the open amount? D: Paid so far")).toBeInTheDocument();
    fireEvent.change(screen.getByRole("combobox", { name: "Open amount" }), { target: { value: "3" } });
    await waitFor(() => expect(screen.queryByText(/^Aging the original amounts/)).not.toBeInTheDocument());
  });

  it("remembers a corrected mapping per header layout in AR Settings: reloaded, the same headers map by themselves", async () => {
    const values: CellValue[][] = [
      ["Contact", "Due date", "Total", "Balance left"],
      ["A", AS_OF, 100, 40],
      ["B", AS_OF, 200, 50],
    ];
    const wb = createMemoryWorkbook([{ name: "Ledger", values }], { yieldBetweenChunks: () => Promise.resolve() });
    const first = render(<AgingPanel port={wb} today={TODAY} />);
    fireEvent.change(await screen.findByRole("combobox", { name: "Open amount" }, { timeout: 15_000 }), { target: { value: "3" } });
    await waitFor(async () => expect(Object.keys(await wb.readSettings())).toEqual(["ledger.mapping.contact|due date|total|balance left"]));
    expect((await wb.readSettings())["ledger.mapping.contact|due date|total|balance left"]).toBe("openAmount=3");
    first.unmount();

    // The next export of the same layout, with other rows: the correction is applied, and the run uses it.
    const next: CellValue[][] = [values[0], ["C", AS_OF, 300, 70]];
    const wb2 = createMemoryWorkbook([{ name: "Export", values: next }], { yieldBetweenChunks: () => Promise.resolve(), settings: await wb.readSettings() });
    const second = render(<AgingPanel port={wb2} today={TODAY} />);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Open amount" })).toHaveDisplayValue("D: Balance left"), { timeout: 15_000 });
    expect(screen.getByText("Your column choices are remembered for the next ledger with these same headers.")).toBeInTheDocument();
    run();
    await screen.findByText("Wrote sheet AR Aging 2026-11-25.");
    expect(wb2.values("AR Aging 2026-11-25").at(-1)).toContain(70);

    // Back to the detected columns: the remembered choice is dropped.
    fireEvent.click(screen.getByRole("button", { name: "Use the detected columns" }));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Open amount" })).toHaveDisplayValue("(not used)"));
    await waitFor(async () => expect(await wb2.readSettings()).toEqual({}));
    second.unmount();

    // Another layout of headers is not touched by a remembered one.
    render(<AgingPanel port={createMemoryWorkbook([{ name: "Other", values: [["Contact", "Due date", "Total", "Balance left", "Note"], ["A", AS_OF, 100, 40, ""]] }], { settings: await wb.readSettings() })} today={TODAY} />);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Due date" })).toHaveDisplayValue("B: Due date"), { timeout: 15_000 });
    expect(screen.getByRole("combobox", { name: "Open amount" })).toHaveDisplayValue("(not used)");
  });

  it("leaves a detected column unread when the user chooses (not used)", async () => {
    const values: CellValue[][] = [
      ["Customer", "Due date", "Amount", "Open amount"],
      ["A", AS_OF, 100, 40],
      ["B", AS_OF, 200, 50],
    ];
    const wb = setup([{ name: "Ledger", values }]);
    const open = await screen.findByRole("combobox", { name: "Open amount" }, { timeout: 15_000 });
    expect(open).toHaveDisplayValue("D: Open amount");
    fireEvent.change(open, { target: { value: "" } });
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Open amount" })).toHaveDisplayValue("(not used)"));
    run();
    await screen.findByText("Wrote sheet AR Aging 2026-11-25.", {}, { timeout: 15_000 });
    const sheet = wb.values("AR Aging 2026-11-25");
    const totals = sheet[sheet.length - 1] as CellValue[];
    expect(totals).toContain(300);
    expect(totals).not.toContain(90);
  });

  it("cancels a run: says so and writes no report; a later run writes it, once", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: small }], { yieldBetweenChunks: () => Promise.resolve() });
    const writes: string[] = [];
    setup([], { ...wb, writeReport: (report, progress) => (writes.push(report.name), wb.writeReport(report, progress)) });
    await mapped();
    run();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText(/^Cancelled\. The report was not written/)).toBeInTheDocument();
    run();
    expect(await screen.findByText("Wrote sheet AR Aging 2026-11-25.")).toBeInTheDocument();
    expect(screen.queryByText(/^Cancelled\./)).not.toBeInTheDocument();
    // The cancelled run was ahead of the second one: had it gone on, it would have written first.
    expect(writes).toEqual(["AR Aging 2026-11-25"]);
  });

  it("asks for the columns it could not find, and does not run", async () => {
    setup([{ name: "Ledger", values: [["Foo", "Bar"], [1, 2]] }]);
    expect(await screen.findByText(/No column found for: Customer, Due date, Amount/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Run aging" })).toBeDisabled();
  });

  it("says so when the sheet is empty, without crashing", async () => {
    setup([{ name: "Empty", values: [] }]);
    expect(await screen.findByText(/Sheet Empty is empty/)).toBeInTheDocument();
  });

  it("survives a malformed sheet: ragged rows, errors, booleans, a header only", async () => {
    const wb = setup([{ name: "Bad", values: [[true, "#N/A"], ["Customer", "Due date", "Amount", "Due date"], ["#REF!"], [false, 1, "x", null, null, 7]] }]);
    await mapped();
    run();
    expect(await screen.findByText(/No row could be aged/)).toBeInTheDocument();
    expect(wb.values("Bad")[0]).toEqual([true, "#N/A"]);
  });

  it("refuses bad buckets and an impossible date with a message, and disables Run", async () => {
    setup([{ name: "Ledger", values: small }]);
    await mapped();
    fireEvent.change(screen.getByRole("textbox", { name: /Buckets/ }), { target: { value: "60,30" } });
    expect(await screen.findByText(/must rise/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Run aging" })).toBeDisabled();
  });

  it("shows the error, in words, when the workbook fails", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: small }]);
    const failing: WorkbookPort = { ...wb, readUsedRange: () => Promise.reject(new Error("host gone")) };
    setup([], failing);
    expect(await screen.findByText("The ledger could not be read")).toBeInTheDocument();
    expect(screen.getByText(/unexpected error: host gone/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  it("ages the generated sample ledger: every row aged, rejected or blank, and the exact total written", async () => {
    const values = generateSampleLedger({ asOf: AS_OF, rows: 300 });
    const wb = setup([{ name: "Ledger", values, tables: [{ name: "Ledger" }] }]);
    await mapped();
    fireEvent.click(screen.getByRole("checkbox", { name: "One row per customer" }));
    run();
    await screen.findByText("Wrote sheet AR Aging 2026-11-25.", {}, { timeout: 15_000 });
    const ledger = readLedger(values);
    const exact = Array.from(ledger.rows.open).reduce((a, b) => a + b, 0);
    const sheet = wb.values("AR Aging 2026-11-25");
    const header = sheet.find((r) => r && r[0] === "Customer")!;
    const totals = sheet[sheet.length - 1] as CellValue[];
    expect(Math.round((totals[header.indexOf("Total")] as number) * 100)).toBe(exact);
    expect(sheet.length - sheet.indexOf(header) - 2).toBe(ledger.rows.length);
    expect(ledger.rows.length + ledger.rejected.length + ledger.blankRows).toBe(300);
  });
});
