/* Task pane entry in Excel: the pane over the Office.js adapter, in Office's language and theme, and
 * the ribbon's buttons, which run in this page (the shared runtime). */
import { createRoot } from "react-dom/client";
import { associateRibbonCommands, officeRibbonHost } from "../commands/ribbon";
import { createOfficeWorkbook } from "../workbook/officeWorkbook";
import { TaskPane } from "./TaskPane";
import { LocaleProvider } from "./shell/LocaleContext";
import { applyPaneLocale, PANE_LOCALES, PaneLocale, resolvePaneLocale } from "./shell/paneLocale";
import { themeKindOf } from "./shell/theme";

/** Where the pane keeps the language the user picked in Settings (per computer, not per workbook). */
const LOCALE_KEY = "creditDesk.paneLocale";

function storedLocale(): PaneLocale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_KEY);
    return (PANE_LOCALES as readonly string[]).includes(value ?? "") ? (value as PaneLocale) : null;
  } catch {
    return null;
  }
}

function storeLocale(locale: PaneLocale): void {
  try {
    window.localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Storage refused (private mode, policy): the choice lasts until the pane closes.
  }
}

/** Today's local date as ISO text: the host reads the clock and passes the date in. */
function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

// At load, so that a ribbon button that started the runtime finds its function.
const ribbon = officeRibbonHost();
if (ribbon) associateRibbonCommands(ribbon);

Office.onReady(() => {
  const locale = storedLocale() ?? resolvePaneLocale(Office.context?.displayLanguage);
  applyPaneLocale(locale);
  const forced = typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
  const theme = themeKindOf(Office.context?.officeTheme as { isDarkTheme?: boolean; bodyBackgroundColor?: string } | undefined, forced);
  const root = document.getElementById("root");
  if (root)
    createRoot(root).render(
      <LocaleProvider initial={locale} onChange={storeLocale}>
        <TaskPane port={createOfficeWorkbook()} today={todayIso()} theme={theme} />
      </LocaleProvider>,
    );
});
