/** @jest-environment jsdom */
import "./domSupport";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { setLanguage } from "../../src/i18n";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { LocaleProvider } from "../../src/taskpane/shell/LocaleContext";
import { LocaleSelect } from "../../src/taskpane/shell/LocaleSelect";
import { createMemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { Workbench } from "../../src/workbench/Workbench";
import { createWorkbench } from "../../src/workbench/sampleWorkbook";

const TODAY = "2026-11-25";

afterEach(() => setLanguage("en"));

const pane = () => within(screen.getByRole("complementary"));

describe("switching the pane's language", () => {
  it("from the workbench header keeps the open job and a half-typed form, and changes the labels at once", async () => {
    render(<Workbench today={TODAY} bench={createWorkbench(TODAY, 30)} locale="en-GB" />);
    // Open New account through the navigation and start typing a customer.
    fireEvent.click(pane().getByRole("button", { name: "Collect, all jobs" }));
    fireEvent.click(await screen.findByRole("menuitemradio", { name: "New account" }));
    const name = await pane().findByRole("textbox", { name: "Legal name" }, { timeout: 15_000 });
    fireEvent.change(name, { target: { value: "Brouwerij De Kroon B.V." } });
    fireEvent.change(pane().getByRole("textbox", { name: "Country (ISO code)" }), { target: { value: "NL" } });

    fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "de" } });

    // Same job, same text, German labels; the element is the very same one (not remounted).
    const german = await pane().findByRole("textbox", { name: "Firmenname" });
    expect(german).toBe(name);
    expect(german).toHaveValue("Brouwerij De Kroon B.V.");
    expect(pane().getByRole("tab", { name: "Neukunde" })).toHaveAttribute("aria-selected", "true");
    expect(pane().getByRole("button", { name: "Kreditvergabe, alle Aufgaben" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Credit Desk Werkbank" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("de");

    // And back: still there.
    fireEvent.change(screen.getByRole("combobox", { name: "Sprache" }), { target: { value: "fr" } });
    expect(await pane().findByRole("textbox", { name: "Raison sociale" })).toHaveValue("Brouwerij De Kroon B.V.");
  }, 90_000);

  it("from Settings switches the pane at once, keeps the unsaved letterhead typed, and does not touch the letters' language", async () => {
    const wb = createMemoryWorkbook([], { settings: { "defaults.language": "fr" } });
    render(<TaskPane port={wb} today={TODAY} initialPanel="settings" locale="en-US" />);
    const company = await screen.findByRole("textbox", { name: "Company name" }, { timeout: 15_000 });
    fireEvent.change(company, { target: { value: "Rossi Forniture S.r.l." } });

    fireEvent.change(screen.getByRole("combobox", { name: "Language of this pane" }), { target: { value: "it" } });

    expect(await screen.findByRole("combobox", { name: "Lingua di questo riquadro" })).toHaveValue("it");
    expect(screen.getByRole("textbox", { name: "Ragione sociale" })).toHaveValue("Rossi Forniture S.r.l.");
    expect(screen.getByRole("heading", { level: 2, name: "Impostazioni: Impostazioni" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Impostazioni, tutte le attività" })).toBeInTheDocument();
    // The letters' language is a workbook setting of its own.
    expect(screen.getByRole("combobox", { name: "Lingua delle lettere" })).toHaveValue("fr");
    fireEvent.click(screen.getByRole("button", { name: "Salva nella cartella" }));
    await waitFor(async () => expect((await wb.readSettings())["company.name"]).toBe("Rossi Forniture S.r.l."));
    expect((await wb.readSettings())["defaults.language"]).toBe("fr");
  }, 90_000);

  it("rewrites a date that reads in the new language's order, keeps a half-typed one as typed, and explains it in the new language", async () => {
    const wb = createMemoryWorkbook([{ name: "Ledger", values: [["Customer", "Due date", "Open amount"], ["Rossi", "2026-10-01", 100]] }]);
    render(
      <LocaleProvider initial="en-US">
        <LocaleSelect ariaLabel="Pane language" />
        <TaskPane port={wb} today={TODAY} />
      </LocaleProvider>,
    );
    const asOf = await screen.findByRole("textbox", { name: "As-of date" }, { timeout: 15_000 });
    expect(asOf).toHaveValue("11/25/2026");
    expect(screen.getByText("Read as Nov 25, 2026")).toBeInTheDocument();
    fireEvent.change(asOf, { target: { value: "12/31/2026" } });
    expect(screen.getByText("Read as Dec 31, 2026")).toBeInTheDocument();

    fireEvent.change(screen.getByRole("combobox", { name: "Pane language" }), { target: { value: "de" } });
    expect(screen.getByRole("textbox", { name: "Stichtag" })).toBe(asOf);
    expect(asOf).toHaveValue("31.12.2026");
    expect(screen.getByText(/^Gelesen als 31\. Dez\.? 2026$/)).toBeInTheDocument();

    fireEvent.change(asOf, { target: { value: "31.02.2026" } });
    expect(screen.getByText("'31.02.2026': Februar 2026 hat 28 Tage.")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Altersstruktur erstellen" })).toBeDisabled());

    fireEvent.change(screen.getByRole("combobox", { name: "Pane language" }), { target: { value: "en-US" } });
    expect(asOf).toHaveValue("31.02.2026");
    expect(screen.getByText("'31.02.2026': there is no month 31. Type the date as 12/31/2026.")).toBeInTheDocument();
    fireEvent.change(asOf, { target: { value: "2026-12-31" } });
    expect(screen.getByText("Read as Dec 31, 2026")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Run aging" })).toBeEnabled(), { timeout: 30_000 });
  }, 120_000);
});
