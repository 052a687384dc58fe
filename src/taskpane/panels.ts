/**
 * The jobs of the task pane, in tab order. Adding a panel is one entry here: an id, the catalogue key
 * of its tab label, and a lazy import of its component (so each panel's code loads when first opened).
 */
import { ComponentType, lazy, LazyExoticComponent } from "react";
import { PanelProps } from "./panelTypes";

export interface PanelEntry {
  readonly id: string;
  /** Catalogue key of the tab label (src/i18n/messages/shell.ts). */
  readonly titleKey: string;
  readonly component: LazyExoticComponent<ComponentType<PanelProps>>;
}

export const panels: readonly PanelEntry[] = [
  { id: "aging", titleKey: "pane.panel.aging", component: lazy(() => import("./aging/AgingPanel")) },
  { id: "paymentPlan", titleKey: "planPanel.tab.plan", component: lazy(() => import("./plans/PaymentPlanPanel")) },
  { id: "plansRegister", titleKey: "planPanel.tab.register", component: lazy(() => import("./plans/PlansRegisterPanel")) },
  { id: "creditReview", titleKey: "creditPanel.panel.review", component: lazy(() => import("./credit/CreditReviewPanel")) },
  { id: "newAccount", titleKey: "creditPanel.panel.newAccount", component: lazy(() => import("./customers/NewAccountPanel")) },
  { id: "settings", titleKey: "pane.panel.settings", component: lazy(() => import("./settings/SettingsPanel")) },
];
