/** @jest-environment jsdom */
import "./domSupport";
import { lazy } from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { PanelEntry } from "../../src/taskpane/panels";
import { requestGroup } from "../../src/taskpane/shell/navRequests";
import { themeKindOf } from "../../src/taskpane/shell/theme";
import { ibanLooksValid } from "../../src/taskpane/settings/settingsFields";
import { createMemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { setLanguage } from "../../src/i18n";

const TODAY = "2026-11-25";

// Each test mounts the whole pane, its navigation and a lazily loaded panel: slow in jsdom on a busy machine.
jest.setTimeout(60_000);

function Boom(): never {
  throw new Error("kaboom");
}

describe("TaskPane", () => {
  afterEach(() => setLanguage("en"));

  it("groups the jobs by what the user is doing, leaves out groups with no job built, and opens the job picked", async () => {
    render(<TaskPane port={createMemoryWorkbook([{ name: "Ledger", values: [["Customer", "Due date", "Amount"]] }])} today={TODAY} />);
    const nav = screen.getByRole("navigation", { name: "Jobs" });
    expect(within(nav).getByRole("tab", { name: "Aging" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("heading", { level: 2, name: "Collect: Aging" })).toBeInTheDocument();

    fireEvent.click(within(nav).getByRole("button", { name: "Collect, all jobs" }));
    const menu = await screen.findByRole("menu", { name: "Collect, all jobs" });
    const groups = within(menu).getAllByRole("group");
    const groupName = (g: HTMLElement) => document.getElementById(g.getAttribute("aria-labelledby") ?? "")?.textContent;
    expect(groups.map((g) => [groupName(g), within(g).getAllByRole("menuitemradio").map((i) => i.textContent)])).toEqual([
      ["Collect", ["Aging", "Dunning run", "Follow-up", "Interest claim"]],
      ["Agree", ["Payment plan", "Plans & promises"]],
      ["Grant", ["Credit review", "New account"]],
      ["Cash", ["Bank statements"]],
      ["Books", ["Write-off", "Recovery", "Provision", "Journal"]],
      ["Report", ["Dashboard", "Statements"]],
      ["Settings", ["Settings"]],
    ]);
    expect(within(menu).getByRole("menuitemradio", { name: "Aging" })).toHaveAttribute("aria-checked", "true");

    fireEvent.click(within(menu).getByRole("menuitemradio", { name: "New account" }));
    await waitFor(() => expect(within(nav).getByRole("tablist", { name: "Jobs in Grant" })).toBeInTheDocument());
    expect(within(nav).getByRole("tab", { name: "New account" })).toHaveAttribute("aria-selected", "true");
    expect(within(nav).getAllByRole("tab")).toEqual([within(nav).getByRole("tab", { name: "Credit review" }), within(nav).getByRole("tab", { name: "New account" })]);
    expect(await screen.findByRole("textbox", { name: "Legal name" }, { timeout: 15_000 })).toBeInTheDocument();
    // Where the user landed is announced.
    expect(within(nav).getByText("Grant: New account")).toHaveAttribute("aria-live", "polite");

    fireEvent.click(within(nav).getByRole("tab", { name: "Credit review" }));
    expect(screen.getByRole("heading", { level: 2, name: "Grant: Credit review" })).toBeInTheDocument();
  });

  it("opens the group the ribbon asks for, on the job last used in it, even when asked before the pane mounted", async () => {
    requestGroup("settings");
    render(<TaskPane port={createMemoryWorkbook()} today={TODAY} />);
    expect(await screen.findByRole("textbox", { name: "Company name" }, { timeout: 15_000 })).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Jobs" });
    act(() => requestGroup("agree"));
    expect(within(nav).getByRole("tab", { name: "Payment plan" })).toHaveAttribute("aria-selected", "true");
    fireEvent.click(within(nav).getByRole("tab", { name: "Plans & promises" }));
    act(() => requestGroup("collect"));
    expect(within(nav).getByRole("tab", { name: "Aging" })).toHaveAttribute("aria-selected", "true");
    act(() => requestGroup("agree"));
    expect(within(nav).getByRole("tab", { name: "Plans & promises" })).toHaveAttribute("aria-selected", "true");
  });

  it("shows a panel's crash as a message in the user's language, with Try again, never a blank pane", async () => {
    setLanguage("de");
    const panels: PanelEntry[] = [{ id: "boom", group: "collect", titleKey: "pane.panel.aging", component: lazy(() => Promise.resolve({ default: Boom })) }];
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(<TaskPane port={createMemoryWorkbook()} today={TODAY} panels={panels} />);
    expect(await screen.findByText(/Dieser Bereich wurde angehalten: unerwarteter Fehler: kaboom/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Erneut versuchen" })).toBeInTheDocument();
    spy.mockRestore();
  });

  it("turns an unhandled promise rejection into a message", async () => {
    render(<TaskPane port={createMemoryWorkbook()} today={TODAY} panels={[]} />);
    const event = new Event("unhandledrejection") as Event & { reason?: unknown };
    event.reason = new Error("lost");
    act(() => {
      window.dispatchEvent(event);
    });
    expect(await screen.findByText(/A background task failed: unexpected error: lost/)).toBeInTheDocument();
  });
});

describe("SettingsPanel", () => {
  it("reads the settings from the workbook and saves edits there, keeping other keys", async () => {
    const wb = createMemoryWorkbook([], { settings: { "company.name": "Acme S.p.A.", "plans.other": "kept" } });
    render(<TaskPane port={wb} today={TODAY} initialPanel="settings" />);
    const name = await screen.findByRole("textbox", { name: "Company name" }, { timeout: 15_000 });
    expect(name).toHaveValue("Acme S.p.A.");
    fireEvent.change(screen.getByRole("textbox", { name: "VAT number" }), { target: { value: "IT01234567890" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Language of letters" }), { target: { value: "it" } });
    fireEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    expect(await screen.findByText("Saved in this workbook.")).toBeInTheDocument();
    expect(await wb.readSettings()).toEqual({ "company.name": "Acme S.p.A.", "plans.other": "kept", "company.vatId": "IT01234567890", "defaults.language": "it" });
  });

  it("warns about an IBAN whose check digits are wrong", async () => {
    render(<TaskPane port={createMemoryWorkbook()} today={TODAY} initialPanel="settings" />);
    const iban = await screen.findByRole("textbox", { name: "IBAN" }, { timeout: 15_000 });
    fireEvent.change(iban, { target: { value: "GB82 WEST 1234 5698 7654 33" } });
    await waitFor(() => expect(screen.getByText(/check digits do not match/)).toBeInTheDocument());
    expect(ibanLooksValid("GB82 WEST 1234 5698 7654 32")).toBe(true);
  });
});

describe("themeKindOf", () => {
  it("follows Office's theme, forced colours first, light outside Office", () => {
    expect(themeKindOf(undefined, false)).toBe("light");
    expect(themeKindOf({ isDarkTheme: true }, false)).toBe("dark");
    expect(themeKindOf({ bodyBackgroundColor: "#1f1f1f" }, false)).toBe("dark");
    expect(themeKindOf({ bodyBackgroundColor: "#ffffff" }, false)).toBe("light");
    expect(themeKindOf({ isDarkTheme: false }, true)).toBe("highContrast");
  });
});
