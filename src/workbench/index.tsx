/* Workbench entry (placeholder until the workbench lands). */
import "./customFunctionsShim";
import { createRoot } from "react-dom/client";
import { functions } from "../functions";

const root = document.getElementById("root");
if (root) createRoot(root).render(<p>Credit Desk workbench: {Object.keys(functions).length} formulas</p>);
