/**
 * The jobs of the task pane, in tab order. Adding a panel is one entry here: an id, the catalogue key
 * of its tab label, and a lazy import of its component (so each panel's code loads when first opened).
 */
import { ComponentType, lazy, LazyExoticComponent } from "react";
import { PanelProps } from "./panelTypes";

export interface PanelEntry {
  readonly id: string;
  /** Catalogue key of the tab label (src/i18n/messages/pane.ts). */
  readonly titleKey: string;
  readonly component: LazyExoticComponent<ComponentType<PanelProps>>;
}

export const panels: readonly PanelEntry[] = [
  { id: "aging", titleKey: "pane.panel.aging", component: lazy(() => import("./aging/AgingPanel")) },
  { id: "settings", titleKey: "pane.panel.settings", component: lazy(() => import("./settings/SettingsPanel")) },
];
