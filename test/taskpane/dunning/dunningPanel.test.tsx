/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { ymdToSerial } from "../../../src/domain/core";
import { DunningPanel } from "../../../src/taskpane/dunning/DunningPanel";
import { createMemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { CellValue } from "../../../src/workbook/port";
import { TextDecoder, TextEncoder } from "util";

// jsdom has no TextEncoder; the export encodes the CSV and the e-mail drafts with it, as browsers do.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// exceljs does not load under jsdom (an ESM dependency); the XLSX list is tested in node (dunningWorkbook.test.ts).
jest.mock("../../../src/export/core/table", () => ({ ...jest.requireActual("../../../src/export/core/table"), tableXlsx: async () => new Uint8Array([0x50, 0x4b]) }));
jest.mock("../../../src/export/dunning/renderers", () => ({
  loadRenderers: async () => ({ pdf: async () => new TextEncoder().encode("%PDF-1.7 stand-in") }),
}));

const TODAY = "2026-12-01";
const AS_OF = ymdToSerial(2026, 12, 1);
const HOSTILE = `Evil <img src=x onerror="alert(1)"> Ltd`;

const ledger: CellValue[][] = [
  ["Customer", "Invoice", "Due date", "Open amount", "Currency", "Status", "Country"],
  ["Rossi S.r.l.", "IT-1", AS_OF - 30, 1200, "EUR", "Aperta", "IT"],
  ["Rossi S.r.l.", "IT-2", AS_OF - 30, 300, "EUR", "Contestata", "IT"],
  [HOSTILE, "UK-1", AS_OF - 30, 500, "GBP", "Open", "GB"],
  ["Nobody GmbH", "DE-1", AS_OF - 30, 800, "EUR", "Offen", "DE"],
];
const customers: CellValue[][] = [
  ["id", "legal_name", "kind", "address", "country", "language", "email"],
  ["", "Rossi S.r.l.", "business", "Via Roma 1\n20121 Milano", "IT", "it", "ar@rossi.example"],
  ["", HOSTILE, "business", "1 High St", "GB", "en", "ar@evil.example"],
];
const settings = { "company.name": "Sample Trading S.p.A.", "company.address": "Via Esempio 1\n20100 Milano", "company.iban": "IT60 X054 2811 1010 0000 0123 456" };

beforeAll(() => {
  (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => "blob:stand-in";
  (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
});

describe("DunningPanel", () => {
  it("runs, shows the counts, problems and exclusions, previews a letter escaped, and exports in one click into the sheets and the log", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: ledger, tables: [{ name: "Ledger" }] }, { name: "AR Customers", values: customers }], { settings, activeSheet: "Ledger" });
    render(<DunningPanel port={wb} today={TODAY} />);
    const run = await screen.findByRole("button", { name: "Run" });
    await waitFor(() => expect(run).toBeEnabled());
    fireEvent.click(run);
    expect(await screen.findByText(/2 letters · 4 overdue items · 2 left out · 1 customer problem/)).toBeInTheDocument();
    expect(screen.getByText(/Nobody GmbH: no e-mail address in AR Customers/)).toBeInTheDocument();
    expect(screen.getByText(/No AR Dunning Policy in the workbook/)).toBeInTheDocument();

    const preview = await screen.findByTestId("dunning-preview");
    expect(preview.innerHTML).toContain("Sollecito di pagamento");
    fireEvent.change(screen.getByRole("combobox", { name: "Preview" }), { target: { value: "name:evilimgsrcxonerroralert1ltd" } });
    await waitFor(() => expect(screen.getByTestId("dunning-preview").textContent).toContain(HOSTILE));
    expect(screen.getByTestId("dunning-preview").querySelector("img")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Export" }));
    const done = await screen.findByRole("region", { name: "Exported" }, { timeout: 20_000 });
    expect(within(done).getByText(/2 letters made and logged in AR Dunning Log/)).toBeInTheDocument();
    expect(within(done).getByRole("link", { name: "Dunning 2026-12-01.zip" })).toHaveAttribute("download", "Dunning 2026-12-01.zip");
    expect(await wb.listSheets()).toEqual(expect.arrayContaining(["AR Dunning 2026-12-01", "AR Dunning Letters 2026-12-01", "AR Dunning Log"]));
    const log = (await wb.readUsedRange("AR Dunning Log")).values;
    expect(log.slice(1).map((r) => [r[2], r[3], r[4]])).toEqual([
      ["Rossi S.r.l.", "IT-1 (L1)", 1],
      [HOSTILE, "UK-1 (L1)", 1],
    ]);
  });
});
