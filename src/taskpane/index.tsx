/* Task pane entry in Excel: the pane over the Office.js adapter, in Office's language and theme. */
import { createRoot } from "react-dom/client";
import { resolveLanguage, setLanguage } from "../i18n";
import { createOfficeWorkbook } from "../workbook/officeWorkbook";
import { TaskPane } from "./TaskPane";
import { themeKindOf } from "./shell/theme";

/** Today's local date as ISO text: the host reads the clock and passes the date in. */
function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

Office.onReady(() => {
  setLanguage(resolveLanguage(Office.context?.displayLanguage));
  const forced = typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
  const theme = themeKindOf(Office.context?.officeTheme as { isDarkTheme?: boolean; bodyBackgroundColor?: string } | undefined, forced);
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<TaskPane port={createOfficeWorkbook()} today={todayIso()} theme={theme} />);
});
