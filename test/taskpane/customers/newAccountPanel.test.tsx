/** @jest-environment jsdom */
import "../domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { NewAccountPanel } from "../../../src/taskpane/customers/NewAccountPanel";
import { CONTACT_COLUMNS, CUSTOMER_COLUMNS, DOCUMENT_COLUMNS } from "../../../src/taskpane/customers/customerFile";
import { createMemoryWorkbook, MemorySheetInit } from "../../../src/workbook/memoryWorkbook";

const TODAY = "2026-11-25";
const AS_OF = 46351;
const IBAN = "IT60 X054 2811 1010 0000 0123 456";
const VAT = "00743110157";

const existing = [
  [...CUSTOMER_COLUMNS],
  ["C-000042", "Rossi Forniture S.r.l.", "business", "MI-123", "IT00159560366", "IT02L1234512345123456789012", "Via Roma 1, Milano", "IT", "it", "Anna Rossi", "anna@rossi.it", "+39 02 1234", 9000, 30, 700, 46000, "Luca"],
];

function setup(extra: MemorySheetInit[] = []) {
  const wb = createMemoryWorkbook([{ name: "Ledger", values: [["Customer"]] }, ...extra]);
  render(<NewAccountPanel port={wb} today={TODAY} />);
  return wb;
}

const field = (label: string) => screen.getByLabelText(label, { selector: "input, select, textarea" });
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

async function fillValidForm() {
  await screen.findByRole("button", { name: "Approve and add to AR Customers" }, { timeout: 15_000 });
  type("Legal name", "Acme Trasporti S.r.l.");
  type("Country (ISO code)", "IT");
  type("Company ID (registration number)", "MI-998877");
  type("VAT number", VAT);
  type("IBAN", IBAN);
  type("Address", "Via Po 2, Torino");
  type("Contact person", "Giulia Neri");
  type("Email", "giulia@acme.it");
  type("Requested limit", "8000");
  type("Payment terms (days)", "60");
  type("Annual income", "60.000,00");
  type("Monthly debt payments", "0");
  const check = (item: string, source: string, fileRef: string) => {
    type(`${item}: Status`, "passed");
    type(`${item}: ${item === "Credit report" ? "Bureau" : item === "Bank reference" ? "Bank" : "Referee"}`, source);
    type(`${item}: Date`, "2026-11-20");
    type(`${item}: File reference (path or link)`, fileRef);
  };
  check("Credit report", "CRIF", "https://dms.example.com/crif/4711");
  type("Credit report: Score", "700");
  check("Bank reference", "Intesa Sanpaolo", "S:\\Credit\\Acme\\bank.pdf");
  check("Trade reference 1", "Bianchi S.p.A.", "S:\\Credit\\Acme\\trade1.pdf");
  check("Trade reference 2", "Verdi S.r.l.", "S:\\Credit\\Acme\\trade2.pdf");
  type("Approved by", "Marco");
}

describe("NewAccountPanel", () => {
  it("shows why an IBAN or a VAT number is invalid, without echoing the hidden value", async () => {
    setup();
    await screen.findByRole("button", { name: "Approve and add to AR Customers" }, { timeout: 15_000 });
    type("Country (ISO code)", "IT");
    type("IBAN", "IT60 X054 2811 1010 0000 0123 457");
    type("VAT number", "00743110158");
    expect(await screen.findByText(/fails the check-digit test; look for a mistyped character/)).toBeInTheDocument();
    expect(screen.getByText(/fails the check-digit test of IT; look for a mistyped digit/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain("X05428111010");
    type("IBAN", "IT60 X054");
    expect(await screen.findByText("an IBAN from IT has 27 characters, this one has 8")).toBeInTheDocument();
  });

  it("approves into AR Customers with the next stable id and the policy's limit, files the vetting documents and logs it without confidential data", async () => {
    const wb = setup([{ name: "AR Customers", values: existing, tables: [{ name: "AR_Customers" }] }]);
    await fillValidForm();
    fireEvent.click(screen.getByRole("button", { name: "Approve and add to AR Customers" }));
    expect(await screen.findByText(/Customer C-000043 added to AR Customers: Approve, limit 8,000.00/, undefined, { timeout: 15_000 })).toBeInTheDocument();
    const rows = wb.values("AR Customers");
    expect(rows).toHaveLength(3);
    const added = Object.fromEntries(CUSTOMER_COLUMNS.map((c, i) => [c, rows[2][i]]));
    expect(added).toMatchObject({ id: "C-000043", legal_name: "Acme Trasporti S.r.l.", vat_id: "IT00743110157", iban: "IT60X0542811101000000123456", credit_limit: 8000, payment_terms_days: 60, approved_on: AS_OF, approved_by: "Marco" });
    expect(wb.values("AR Customer Documents").map((r) => r[3])).toEqual(["type", "Credit report", "Bank reference", "Trade reference 1", "Trade reference 2"]);
    const log = wb.values("AR Credit Log");
    expect(log[1]).toEqual([AS_OF, "C-000043 Acme Trasporti S.r.l.", null, 8000, "Approve", "New account. Requested 8,000 is within the limit 9,000.", "Marco"]);
    const logText = JSON.stringify(log);
    expect(logText).not.toMatch(/IT60|60000|00743110157|MI-998877/);
    expect(wb.sheetNames()).toContain("AR Credit Policy");
  });

  it("names the rule of a decline without quoting the debt-to-income computed from the hidden income and debt", async () => {
    const wb = setup();
    await fillValidForm();
    type("Annual income", "61.233,33");
    type("Monthly debt payments", "2.345,67");
    fireEvent.click(screen.getByRole("button", { name: "Approve and add to AR Customers" }));
    expect(await screen.findByText("The policy declines this customer: Debt-to-income •••••• is above the band's maximum 43%.", undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/45[.,]97|46\s?%/);
    expect(wb.sheetNames()).not.toContain("AR Credit Log");
  });

  it("checks the company ID under the customer's country, naming the scheme without echoing the hidden number", async () => {
    const wb = setup();
    await fillValidForm();
    type("Company ID (registration number)", "00743110158");
    fireEvent.click(screen.getByRole("button", { name: "Approve and add to AR Customers" }));
    expect(await screen.findByText(/^company ID \S+ fails the check-digit test \(codice fiscale\); look for a mistyped digit$/, undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain("00743110158");
    expect(wb.sheetNames()).toEqual(["Ledger"]);

    type("Country (ISO code)", "FR");
    type("Company ID (registration number)", "MI-998877");
    fireEvent.click(screen.getByRole("button", { name: "Approve and add to AR Customers" }));
    expect(await screen.findByText(/does not have the form of a registration number from FR: 732 829 320 \(SIREN\)/)).toBeInTheDocument();
  });

  it("warns, without refusing, when the VAT number and the IBAN are from another country than the customer's", async () => {
    const wb = setup();
    await fillValidForm();
    type("Country (ISO code)", "DE");
    type("Company ID (registration number)", "HRB 12345");
    type("VAT number", "IT 00743110157");
    expect(await screen.findByText("This VAT number is from IT, but the customer's country is DE: check that it is the customer's number.")).toBeInTheDocument();
    expect(screen.getByText("This IBAN is from a bank in IT, but the customer's country is DE: check that the account is the customer's.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Approve and add to AR Customers" }));
    expect(await screen.findByText(/Customer C-000001 added/, undefined, { timeout: 15_000 })).toBeInTheDocument();
    expect(wb.values("AR Customers")[1].slice(3, 5)).toEqual(["HRB 12345", "IT00743110157"]);
  });

  it("gives the same id for the same file: C-000001 in an empty workbook", async () => {
    const wb = setup();
    await fillValidForm();
    fireEvent.click(screen.getByRole("button", { name: "Approve and add to AR Customers" }));
    await screen.findByText(/Customer C-000001 added/, undefined, { timeout: 15_000 });
    expect(wb.values("AR Customers")[1][0]).toBe("C-000001");
  });

  it("refuses approval while a check is pending, naming it, and writes nothing", async () => {
    const wb = setup();
    await fillValidForm();
    type("Bank reference: Status", "pending");
    fireEvent.click(screen.getByRole("button", { name: "Approve and add to AR Customers" }));
    expect(await screen.findByText("Still pending: mark it passed when the answer is in.")).toBeInTheDocument();
    expect(screen.getByText("Not approved")).toBeInTheDocument();
    expect(wb.sheetNames()).toEqual(["Ledger"]);
  });

  it("refuses a VAT number already on file", async () => {
    const wb = setup([{ name: "AR Customers", values: existing, tables: [{ name: "AR_Customers" }] }]);
    await fillValidForm();
    type("VAT number", "IT00159560366");
    fireEvent.click(screen.getByRole("button", { name: "Approve and add to AR Customers" }));
    expect(await screen.findByText("This VAT number is already on file as customer C-000042.")).toBeInTheDocument();
    expect(wb.values("AR Customers")).toHaveLength(2);
  });

  it("finds a customer's record, documents and contact history in one place, with bank details masked until revealed", async () => {
    setup([
      { name: "AR Customers", values: existing, tables: [{ name: "AR_Customers" }] },
      { name: "AR Customer Documents", values: [[...DOCUMENT_COLUMNS], ["C-000042", "Rossi Forniture S.r.l.", "Contract 2025", "Contract", 46000, "https://dms.example.com/rossi/contract", "Passed", ""]] },
      { name: "AR Contact History", values: [[...CONTACT_COLUMNS], ["", "Rossi Forniture S.r.l.", 46300, "Promise", "Will pay F-12 by 30 Nov", "Luca"], ["C-000007", "Other", 46300, "Call", "x", "Luca"]] },
    ]);
    await screen.findByRole("button", { name: "Approve and add to AR Customers" }, { timeout: 15_000 });
    type("Customer id or name", "rossi");
    fireEvent.click(screen.getByRole("button", { name: "Find" }));
    const record = await screen.findByRole("region", { name: "Customer record" });
    expect(record).toHaveTextContent("C-000042");
    expect(record).not.toHaveTextContent("IT02L1234512345123456789012");
    expect(record).toHaveTextContent("•9012");
    expect(within(record).getByRole("link", { name: "https://dms.example.com/rossi/contract" })).toBeInTheDocument();
    expect(within(record).getByRole("table", { name: "Contact history" })).toHaveTextContent("Will pay F-12 by 30 Nov");
    expect(within(record).getByRole("table", { name: "Contact history" })).not.toHaveTextContent("Other");
    fireEvent.click(screen.getByRole("switch", { name: /Show confidential data/ }));
    await waitFor(() => expect(screen.getByRole("region", { name: "Customer record" })).toHaveTextContent("IT02L1234512345123456789012"));
  });

  it("hides the confidential inputs until revealed", async () => {
    setup();
    await screen.findByRole("button", { name: "Approve and add to AR Customers" }, { timeout: 15_000 });
    expect(field("IBAN")).toHaveAttribute("type", "password");
    expect(field("Annual income")).toHaveAttribute("type", "password");
    fireEvent.click(screen.getByRole("switch", { name: /Show confidential data/ }));
    await waitFor(() => expect(field("IBAN")).toHaveAttribute("type", "text"));
  });
});
