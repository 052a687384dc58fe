/* Workbench entry: the real task pane over an in-memory workbook, for a browser without Excel. The
 * custom-functions shim must come first (the formula files call CustomFunctions.associate on load). */
import "./customFunctionsShim";
import { createRoot } from "react-dom/client";
import { applyPaneLocale, resolvePaneLocale } from "../taskpane/shell/paneLocale";
import { Workbench } from "./Workbench";
import { createWorkbench } from "./sampleWorkbook";

/** Today's local date as ISO text: the page is the host, so it reads the clock and passes the date in. */
function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

// ?lang=de (or de-DE, en-GB…) picks the pane's language; ?pane=320 the task pane's width in pixels.
const query = new URLSearchParams(location.search);
const locale = resolvePaneLocale(query.get("lang") ?? navigator.language);
const paneWidth = query.has("pane") ? Number(query.get("pane")) : undefined;
// Before the sample workbook, whose note cell is written in the page's language.
applyPaneLocale(locale);
const today = todayIso();
const bench = createWorkbench(today);
// Read-only access for the browser tests and for curious users in the developer console.
(window as unknown as { creditDeskWorkbench: unknown }).creditDeskWorkbench = { values: (sheet: string) => bench.workbook.values(sheet), sheets: () => bench.workbook.listSheets() };
const root = document.getElementById("root");
if (root) createRoot(root).render(<Workbench today={today} bench={bench} locale={locale} paneWidth={paneWidth} />);
