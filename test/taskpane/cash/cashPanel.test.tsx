/** @jest-environment jsdom */
import "../domSupport";
import * as fs from "fs";
import * as path from "path";
import { TextDecoder as NodeTextDecoder } from "util";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { CashPanel } from "../../../src/taskpane/cash/CashPanel";
import { listPaymentSources, loadPayments } from "../../../src/taskpane/plans/planWorkbook";
import { createMemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { CellValue } from "../../../src/workbook/port";

// jsdom has no TextDecoder; browsers and Office hosts do.
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;

const FIXTURES = path.resolve(__dirname, "../../fixtures/cash");
const csv = (name: string): CellValue[][] => fs.readFileSync(path.join(FIXTURES, name), "utf8").trim().split("\n").map((l) => l.split(",").map((c) => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));

function setup(extra: { name: string; values: CellValue[][] }[] = []) {
  const wb = createMemoryWorkbook([{ name: "Ledger", values: csv("ledger.csv"), tables: [{ name: "Ledger" }] }, { name: "AR Customers", values: csv("customers.csv") }, ...extra], { activeSheet: "Ledger" });
  render(<CashPanel port={wb} today="2026-11-25" />);
  return wb;
}

async function upload(name: string) {
  const bytes = fs.readFileSync(path.join(FIXTURES, name));
  const input = screen.getByLabelText("Statement file", { selector: "input" });
  await waitFor(() => expect(screen.getByRole("button", { name: "Choose a statement file" })).toBeEnabled());
  fireEvent.change(input, { target: { files: [new File([bytes], name)] } });
}

async function uploadBytes(name: string, bytes: BlobPart) {
  const input = screen.getByLabelText("Statement file", { selector: "input" });
  await waitFor(() => expect(screen.getByRole("button", { name: "Choose a statement file" })).toBeEnabled());
  fireEvent.change(input, { target: { files: [new File([bytes], name)] } });
}

const rowsOf = (values: readonly (readonly CellValue[])[], first: string) => {
  const h = values.findIndex((r) => r?.[0] === first);
  const header = values[h] as string[];
  return values.slice(h + 1).map((r) => Object.fromEntries(header.map((k, c) => [k, r?.[c] ?? null])));
};

describe("CashPanel", () => {
  it("loads a camt.053, reconciles the totals, confirms a suggestion, assigns a line by hand, applies, and refuses the same statement twice", async () => {
    const wb = setup();
    await upload("camt053-v08.xml");
    const totals = await screen.findByText(/^Credits 3,730\.00 = applied /, undefined, { timeout: 15_000 });
    // 910 + 1,180 matched; 1,000 suggested; 640 unmatched: 3,730.00 = 2,090.00 + 1,640.00.
    expect(totals).toHaveTextContent("Credits 3,730.00 = applied 2,090.00 + unapplied 1,640.00");
    expect(screen.getByText("1,000.00 of the unapplied cash is in suggestions awaiting your confirmation.")).toBeInTheDocument();
    const suggested = screen.getByRole("table", { name: "Suggested (1)" });
    expect(within(suggested).getByText("INV-2026-0080, INV-2026-0081")).toBeInTheDocument();
    fireEvent.click(within(suggested).getByRole("button", { name: "Confirm Ntry 3" }));
    await screen.findByText("Credits 3,730.00 = applied 3,090.00 + unapplied 640.00");
    const unmatched = screen.getByRole("table", { name: "Unmatched (1)" });
    expect(within(unmatched).getByText(/RF25INV20260051 has wrong check digits/)).toBeInTheDocument();
    fireEvent.change(within(unmatched).getByRole("combobox", { name: "Assign line Ntry 5 to" }), { target: { value: "0" } });
    fireEvent.click(within(unmatched).getByRole("button", { name: "Assign" }));
    await screen.findByText("Credits 3,730.00 = applied 3,590.00 + unapplied 140.00");
    expect(screen.getByRole("table", { name: "Ignored: debits and others (1)" })).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Apply the matched lines" }));
    await screen.findByText("Wrote AR Cash 2026-11-25 (7 rows) and added 4 payments to AR Payments.");
    const cash = rowsOf(wb.values("AR Cash 2026-11-25"), "Statement id");
    expect(cash.map((r) => [r.Line, r["Customer id"], r.Invoice, r["Amount applied"], r.Difference, r["Difference reason"], r["Match rule"], r.Status])).toEqual([
      ["Ntry 1", "C-000002", "INV-2026-0052", 610, 0, "", "invoice", "Matched"],
      ["Ntry 1", "C-000002", "INV-2026-0053", 300, 0, "", "invoice", "Matched"],
      ["Ntry 2", "C-000001", "INV-2026-0042", 1180, 10, "Bank charges", "invoice", "Matched"],
      ["Ntry 3", "C-000005", "INV-2026-0080", 760, 0, "", "ibanCombination", "Confirmed"],
      ["Ntry 3", "C-000005", "INV-2026-0081", 240, 0, "", "ibanCombination", "Confirmed"],
      ["Ntry 5", "C-000001", "INV-2026-0043", 500, 0, "", "manual", "Manual"],
      ["Ntry 5", "C-000001", "", 0, 0, "On account", "manual", "Manual"],
    ]);
    expect(cash[0]).toMatchObject({ "Statement id": "2026-11-23-0047", Account: "NL02ABNA0123456789", "Payer IBAN": "IT02A0301503200000003517230" });
    expect(cash[6].Unapplied).toBe(140);

    // Plans & promises reads AR Payments as a payments table.
    const sources = await listPaymentSources(wb);
    expect(sources[0]).toEqual({ kind: "sheet", name: "AR Payments" });
    const read = await loadPayments(wb, sources[0]);
    expect(read.payments.map((p) => [p.customerId, p.customer, p.amount])).toEqual([
      ["C-000002", "Rossi Forniture S.r.l.", 91000],
      ["C-000001", "Müller Maschinenbau GmbH", 118000],
      ["C-000005", "Harper Supplies Ltd", 100000],
      ["C-000001", "Müller Maschinenbau GmbH", 64000],
    ]);

    // The same statement again: refused, nothing to apply.
    await upload("camt053-v08.xml");
    expect(await screen.findByText("Statement 2026-11-23-0047 of account NL02ABNA0123456789 was already imported from camt053-v08.xml: it is not applied twice.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Apply the matched lines" })).toBeDisabled();
  });

  it("shows why an unreadable file is refused, naming the file and line, and offers nothing to apply", async () => {
    setup();
    const bytes = Buffer.from(fs.readFileSync(path.join(FIXTURES, "mt940-dk.sta"), "utf8").replace(":61:2611251125CR3350,00NTRF", ":61:2611251125XR3350,00NTRF"));
    const input = screen.getByLabelText("Statement file", { selector: "input" });
    await waitFor(() => expect(screen.getByRole("button", { name: "Choose a statement file" })).toBeEnabled());
    fireEvent.change(input, { target: { files: [new File([bytes], "broken.sta")] } });
    expect(await screen.findByText("The statement could not be read whole: nothing of it is applied")).toBeInTheDocument();
    expect(screen.getByText(/^broken\.sta, line 8 \(:61:\): the field cannot be read/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Apply the matched lines" })).not.toBeInTheDocument();
  });

  it("flags a payment from a customer with written-off items when AR Write-offs exists", async () => {
    setup([{ name: "AR Write-offs", values: [["Customer id", "Invoice", "Amount"], ["C-000003", "INV-2025-0001", 400]] }]);
    await upload("camt054-v04.xml");
    expect(await screen.findByText(/^1 payment comes from customers with written-off items \(Van Dijk Transport B\.V\.\)/)).toBeInTheDocument();
  });

  describe("CSV columns", () => {
    const mapping = () => screen.getByRole("region", { name: "CSV columns" });
    const field = (name: string) => within(mapping()).getByRole("combobox", { name });

    it("shows the columns detected in a CSV; without an amount header the file is refused until the amount column is chosen by hand, then its lines are matched and applied", async () => {
      const wb = setup();
      // The Italian export with its amount column under a header no bank uses.
      const text = fs.readFileSync(path.join(FIXTURES, "bank-it.csv"), "utf8").replace("Importo", "Soldi");
      await uploadBytes("movimenti.csv", Buffer.from(text));
      expect(await screen.findByText("movimenti.csv has no amount column (nor credit and debit columns)")).toBeInTheDocument();
      expect(screen.getByText("The statement could not be read whole: nothing of it is applied")).toBeInTheDocument();
      expect(within(mapping()).getByText("Headers found on row 3.")).toBeInTheDocument();
      expect(field("Booking date")).toHaveDisplayValue("A: Data operazione");
      expect(field("Value date")).toHaveDisplayValue("B: Data valuta");
      expect(field("Payer name")).toHaveDisplayValue("E: Ordinante");
      expect(field("Amount")).toHaveDisplayValue("(not used)");
      expect(within(mapping()).getByText("No column found: pick one")).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "Apply the matched lines" })).not.toBeInTheDocument();

      fireEvent.change(field("Amount"), { target: { value: "2" } });
      // 1,190.00 + 2,430.00 + 99.00 credited; the -1,250.00 is a debit.
      const totals = await screen.findByText(/^Credits 3,719\.00 = applied /);
      expect(totals).toBeInTheDocument();
      expect(field("Amount")).toHaveDisplayValue("C: Soldi");
      expect(within(mapping()).queryByText("No column found: pick one")).not.toBeInTheDocument();
      expect(screen.queryByText("The statement could not be read whole: nothing of it is applied")).not.toBeInTheDocument();
      expect(screen.getByText(/^movimenti\.csv: CSV, 4 lines/)).toBeInTheDocument();
      expect(within(screen.getByRole("table", { name: /^Matched \(\d+\)$/ })).getByText("INV-2026-0042")).toBeInTheDocument();
      expect(screen.getByRole("table", { name: "Ignored: debits and others (1)" })).toBeInTheDocument();

      fireEvent.click(screen.getByRole("button", { name: "Apply the matched lines" }));
      await screen.findByText(/^Wrote AR Cash 2026-11-25 /);
      const cash = rowsOf(wb.values("AR Cash 2026-11-25"), "Statement id");
      expect(cash.find((r) => r.Invoice === "INV-2026-0042")).toMatchObject({ "Amount applied": 1190, File: "movimenti.csv", "Customer id": "C-000001" });
      // Once applied, the columns cannot change.
      expect(field("Amount")).toBeDisabled();
    });

    it("reads the same cells again when a column is changed, and not the sheet: a sheet with no header it recognises is mapped by hand", async () => {
      const pasted: CellValue[][] = [
        ["Col 1", "Col 2", "Col 3", "Col 4"],
        ["20/11/2026", "1.190,00", "MUELLER MASCHINENBAU GMBH", "BONIFICO SEPA fattura INV-2026-0042"],
        ["21/11/2026", "99,00", "Bianchi Mario", "Rimborso spese"],
      ];
      const wb = setup([{ name: "Pasted", values: pasted }]);
      const reads = jest.spyOn(wb, "readUsedRange");
      await waitFor(() => expect(screen.getByRole("button", { name: "Read the sheet" })).toBeEnabled());
      fireEvent.change(screen.getByRole("combobox", { name: "Or a statement pasted into a sheet" }), { target: { value: "Pasted" } });
      fireEvent.click(screen.getByRole("button", { name: "Read the sheet" }));
      expect(await screen.findByText(/^Pasted has no header row with a date and an amount column/)).toBeInTheDocument();
      expect(within(mapping()).getByText("No row of headers was recognised: row 1 is taken as the header. Choose at least the date and the amount columns.")).toBeInTheDocument();
      expect(within(mapping()).getAllByText("No column found: pick one")).toHaveLength(2);
      const sheetReads = () => reads.mock.calls.filter(([name]) => name === "Pasted").length;
      expect(sheetReads()).toBe(1);

      fireEvent.change(field("Booking date"), { target: { value: "0" } });
      expect(await screen.findByText("Pasted has no amount column (nor credit and debit columns)")).toBeInTheDocument();
      fireEvent.change(field("Amount"), { target: { value: "1" } });
      fireEvent.change(field("Payer name"), { target: { value: "2" } });
      fireEvent.change(field("Remittance information"), { target: { value: "3" } });
      await screen.findByText(/^Credits 1,289\.00 = applied /);
      expect(within(screen.getByRole("table", { name: /^Matched \(\d+\)$/ })).getByText("INV-2026-0042")).toBeInTheDocument();
      expect(field("Amount")).toHaveDisplayValue("B: Col 2");
      expect(sheetReads()).toBe(1);

      // Not used again: the file is refused again and nothing can be applied.
      fireEvent.change(field("Amount"), { target: { value: "" } });
      expect(await screen.findByText("Pasted has no amount column (nor credit and debit columns)")).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "Apply the matched lines" })).not.toBeInTheDocument();
    });

    it("shows no columns for a camt or MT940 statement, and drops those of the CSV read before", async () => {
      setup();
      await uploadBytes("de.csv", fs.readFileSync(path.join(FIXTURES, "bank-de.csv")));
      await screen.findByText(/^de\.csv: CSV, 4 lines/);
      expect(field("Value date")).toHaveDisplayValue("B: Valuta");
      expect(field("Payer IBAN")).toHaveDisplayValue("D: IBAN");
      await upload("mt940-nl.sta");
      await screen.findByText(/^mt940-nl\.sta: MT940/);
      expect(screen.queryByRole("region", { name: "CSV columns" })).not.toBeInTheDocument();
    });
  });
});

