/* Workbench entry: the real task pane over an in-memory workbook, for a browser without Excel. The
 * custom-functions shim must come first (the formula files call CustomFunctions.associate on load). */
import "./customFunctionsShim";
import { createRoot } from "react-dom/client";
import { resolveLanguage, setLanguage } from "../i18n";
import { Workbench } from "./Workbench";

/** Today's local date as ISO text: the page is the host, so it reads the clock and passes the date in. */
function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

setLanguage(resolveLanguage(new URLSearchParams(location.search).get("lang") ?? navigator.language));
const root = document.getElementById("root");
if (root) createRoot(root).render(<Workbench today={todayIso()} />);
