/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { PaymentPlanPanel } from "../../../src/taskpane/plans/PaymentPlanPanel";
import { createMemoryWorkbook, MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { CellValue } from "../../../src/workbook/port";
import { PLANS_SHEET, rowsToPlans } from "../../../src/domain/plans/register";
import { ymdToSerial } from "../../../src/domain/core/dates";
import { TextDecoder, TextEncoder } from "util";

const TODAY = "2026-11-25";
const AS_OF = ymdToSerial(2026, 11, 25);

const ledger: CellValue[][] = [
  ["Customer", "Invoice", "Due date", "Amount", "Status", "Language"],
  ["Harper Supplies Ltd", "INV-1", AS_OF - 40, 600, "Open", "en"],
  ["Rossi Forniture S.r.l.", "F-7", AS_OF - 30, "1.200,00", "Aperta", "it"],
  ["Harper Supplies Ltd", "INV-2", AS_OF - 10, 400, "Open", "en"],
  ["Harper Supplies Ltd", "INV-3", AS_OF - 5, 999, "Disputed", "en"],
  ["Rossi Forniture S.r.l.", "F-8", AS_OF - 20, 800, "Contestata", "it"],
];

beforeAll(() => {
  // jsdom lacks what every browser has and the docx writer needs.
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  const u = URL as unknown as { createObjectURL?: unknown; revokeObjectURL?: unknown };
  let n = 0;
  u.createObjectURL = jest.fn(() => `blob:test/${++n}`);
  u.revokeObjectURL = jest.fn();
});

const LETTERHEAD = { "company.name": "Acme S.p.A.", "company.address": "Via Roma 1\n20100 Milano", "company.iban": "IT60X0542811101000000123456" };

function setup(settings: Record<string, string> = LETTERHEAD, openPanel?: (id: string) => void): MemoryWorkbook {
  const wb = createMemoryWorkbook([{ name: "Ledger", values: ledger, tables: [{ name: "Ledger" }] }], {
    yieldBetweenChunks: () => Promise.resolve(),
    settings,
  });
  render(<PaymentPlanPanel port={wb} today={TODAY} openPanel={openPanel} />);
  return wb;
}

const customerSelect = () => screen.findByRole("combobox", { name: "Customer" }, { timeout: 15_000 });
/** Picks a customer by the name (and id) the list shows; the option's value is the customer's key. */
const choose = async (label: string) => {
  const select = await customerSelect();
  fireEvent.change(select, { target: { value: within(select).getByRole<HTMLOptionElement>("option", { name: label }).value } });
};
const type = (label: string, value: string) => fireEvent.change(screen.getByRole("textbox", { name: label }), { target: { value } });
const summary = () => within(screen.getByRole("region", { name: "Schedule" })).getByRole("status");
const accept = () => fireEvent.click(screen.getByRole("button", { name: "Accept plan" }));

describe("PaymentPlanPanel", () => {
  it("covers the customer's open items and lists the disputed ones left out", async () => {
    setup();
    await choose("Harper Supplies Ltd");
    const covered = screen.getByRole("region", { name: "Open items covered" });
    expect(within(covered).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["INV-1, due Oct 16, 2026: 600.00", "INV-2, due Nov 15, 2026: 400.00"]);
    const disputed = screen.getByRole("region", { name: "Disputed items left out" });
    expect(within(disputed).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["INV-3, due Nov 20, 2026: 999.00"]);
    expect(screen.getByText("Balance to plan: 1,000.00")).toBeInTheDocument();
  });

  it("updates the preview as the user types: count, budget, rate, further charges", async () => {
    setup();
    await choose("Harper Supplies Ltd");
    expect(summary()).toHaveTextContent("6 instalments of 166.67; total 1,000.00, of which interest 0.00");
    type("Instalments", "4");
    expect(summary()).toHaveTextContent("4 instalments of 250.00");
    fireEvent.click(screen.getByRole("button", { name: "Add charge" }));
    type("Charge description", "Late interest");
    type("Charge amount", "200");
    expect(screen.getByText("Balance to plan: 1,200.00")).toBeInTheDocument();
    expect(summary()).toHaveTextContent("4 instalments of 300.00");
    fireEvent.click(screen.getByRole("radio", { name: "Budget per instalment" }));
    type("Budget", "100");
    type("Annual interest rate (%)", "12");
    // 1,200 at 1 % a month for at most 100 a month: 13 instalments (12 would need 106.62).
    expect(summary()).toHaveTextContent(/^13 instalments of 9\d\.\d\d/);
    expect(within(screen.getByRole("table", { name: "Schedule" })).getAllByRole("row")).toHaveLength(14);
  });

  it("shows why a budget below one period's interest or a zero balance gives no plan, and writes nothing", async () => {
    const wb = setup();
    await choose("Harper Supplies Ltd");
    fireEvent.click(screen.getByRole("radio", { name: "Budget per instalment" }));
    type("Budget", "5");
    type("Annual interest rate (%)", "12");
    expect(await screen.findByText(/budget 5\.00 does not cover one period's interest of 10\.00/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Accept plan" })).toBeDisabled();
    accept();
    fireEvent.click(screen.getByRole("radio", { name: "Number of instalments" }));
    fireEvent.click(screen.getByRole("button", { name: "Add charge" }));
    type("Charge amount", "-1000");
    expect(await screen.findByText(/balance must be more than 0, not 0\.00/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Accept plan" })).toBeDisabled();
    accept();
    await new Promise((r) => setTimeout(r, 50));
    expect(wb.sheetNames()).toEqual(["Ledger"]);
  });

  it("accepts: writes the plan sheet, the AR Plans row and the letter sheet in the customer's language, and offers the files", async () => {
    const wb = setup();
    await choose("Rossi Forniture S.r.l.");
    type("Instalments", "3");
    accept();
    expect(await screen.findByText(/^Plan ROSSI-[0-9A-F]{4}-261125 accepted/, undefined, { timeout: 15_000 })).toBeInTheDocument();
    const names = wb.sheetNames();
    const planSheet = names.find((n) => n.startsWith("AR Plan "))!;
    expect(planSheet).toMatch(/^AR Plan ROSSI-[0-9A-F]{4} 2026-11-25$/);
    const schedule = wb.values(planSheet);
    const body = schedule.filter((r) => typeof r?.[0] === "number");
    expect(body.map((r) => r[2])).toEqual([400, 400, 400]);
    const plans = rowsToPlans(wb.values(PLANS_SHEET) as CellValue[][]).records;
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ customer: "Rossi Forniture S.r.l.", items: "F-7", balance: 120000, totalPayable: 120000, installments: 3, status: "On track", language: "it", accepted: AS_OF, scheduleSheet: planSheet });
    const letter = wb.values(`AR Letter ${plans[0].id}`).flat();
    expect(letter).toContain("Accordo di piano di rientro");
    expect(letter).toContain("Acme S.p.A.");
    expect(letter).toContain("Spettabile Ditta,");
    expect(letter).toContain("400,00");
    expect(letter.some((c) => typeof c === "string" && c.includes("IT60X0542811101000000123456"))).toBe(true);
    const pdf = await screen.findByRole("link", { name: "Download letter (PDF)" }, { timeout: 15_000 });
    expect(pdf).toHaveAttribute("download", `Agreement ${plans[0].id}.pdf`);
    expect(pdf.getAttribute("href")).toMatch(/^blob:/);
    expect(screen.getByRole("link", { name: "Download letter (Word)" })).toHaveAttribute("download", `Agreement ${plans[0].id}.docx`);
  });

  it("renegotiates: the old plan is closed, never deleted, and linked to the new one both ways", async () => {
    const wb = setup();
    await choose("Harper Supplies Ltd");
    type("Instalments", "2");
    accept();
    await screen.findByText(/^Plan HARPERSUPP|^Plan HARPE/, {}, { timeout: 15_000 });
    const first = rowsToPlans(wb.values(PLANS_SHEET) as CellValue[][]).records[0];
    // Accepting is done once: the button is gone, and replacing the plan needs a reason.
    expect(await screen.findByText(new RegExp(`^Harper Supplies Ltd already has plan ${first.id}\\. A plan is accepted once`))).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Accept plan" })).toBeNull();
    type("Instalments", "5");
    const replace = screen.getByRole("button", { name: `Replace plan ${first.id}` });
    expect(replace).toBeDisabled();
    type(`Why is plan ${first.id} replaced?`, "customer lost a large contract");
    fireEvent.click(replace);
    await waitFor(() => expect(rowsToPlans(wb.values(PLANS_SHEET) as CellValue[][]).records).toHaveLength(2), { timeout: 15_000 });
    const [old, next] = rowsToPlans(wb.values(PLANS_SHEET) as CellValue[][]).records;
    expect(old).toMatchObject({ id: first.id, status: "Closed", replacedBy: next.id, installments: 2 });
    expect(next).toMatchObject({ id: `${first.id}-2`, status: "On track", replaces: first.id, installments: 5 });
    expect(old.history).toMatch(/replaced by .*-2: customer lost a large contract$/);
    expect(wb.sheetNames().filter((n) => n.startsWith("AR Plan "))).toEqual([first.scheduleSheet, `${first.scheduleSheet} 2`]);
    expect(wb.sheetNames()).toContain(`AR Letter ${first.id}`);
    expect(wb.sheetNames()).toContain(`AR Letter ${next.id}`);
  });

  it("reads the rate as 5, 5%, 5,0 % and 5.0 % alike and shows what it understood", async () => {
    setup();
    await choose("Harper Supplies Ltd");
    type("Instalments", "12");
    const payments: string[] = [];
    for (const rate of ["5", "5%", "5,0 %", "5.0 %", "5\u202f%"]) {
      type("Annual interest rate (%)", rate);
      expect(await screen.findByText("Read as 5% a year")).toBeInTheDocument();
      payments.push(summary().textContent ?? "");
    }
    expect(new Set(payments).size).toBe(1);
    type("Annual interest rate (%)", "five");
    expect((await screen.findAllByText("'five' is not a number")).length).toBeGreaterThan(0);
  });

  it("names the letterhead fields a letter needs before anything is accepted, and offers to open Settings", async () => {
    const openPanel = jest.fn();
    const wb = setup({ "company.name": "Acme S.p.A." }, openPanel);
    await choose("Harper Supplies Ltd");
    type("Instalments", "2");
    const notice = await screen.findByText(/^Letters need a sender and payment details: fill in (.+) in Settings\.$/);
    expect(notice.textContent).toMatch(/Address/i);
    expect(notice.textContent).toMatch(/IBAN/i);
    expect(screen.getByRole("button", { name: "Accept plan" })).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "Open Settings" }));
    expect(openPanel).toHaveBeenCalledWith("settings");
    expect(wb.sheetNames().filter((n) => n.startsWith("AR "))).toEqual([]);
  });
});
