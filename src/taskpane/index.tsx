/* Task pane entry (placeholder until the pane lands): shows that the add-in loaded. */
import { createRoot } from "react-dom/client";
import { resolveLanguage, setLanguage } from "../i18n";

Office.onReady(() => {
  setLanguage(resolveLanguage(Office.context?.displayLanguage));
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<p>Credit Desk</p>);
});
