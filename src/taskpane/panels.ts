/**
 * The jobs of the task pane, grouped by what the user is doing. Adding a job is one entry here: an id,
 * its group, the catalogue key of its name, and a lazy import of its component (so each panel's code
 * loads when first opened). A group shows in the pane as soon as one of its jobs is built; jobs and
 * groups not built yet are simply absent, never shown disabled.
 */
import { ComponentType, lazy, LazyExoticComponent } from "react";
import { PanelProps } from "./panelTypes";

/** The job groups, in the order the pane lists them. Their names are nav.group.<id> (src/i18n/messages/shellNavigation.ts). */
export const JOB_GROUPS = ["collect", "agree", "grant", "cash", "books", "report", "settings"] as const;
export type JobGroup = (typeof JOB_GROUPS)[number];

export interface PanelEntry {
  readonly id: string;
  readonly group: JobGroup;
  /** Catalogue key of the job's name. */
  readonly titleKey: string;
  readonly component: LazyExoticComponent<ComponentType<PanelProps>>;
}

export const panels: readonly PanelEntry[] = [
  // Collect: later dunning and the legal pack.
  { id: "aging", group: "collect", titleKey: "pane.panel.aging", component: lazy(() => import("./aging/AgingPanel")) },
  { id: "dunning", group: "collect", titleKey: "dunPanel.tab", component: lazy(() => import("./dunning/DunningPanel")) },
  { id: "followUp", group: "collect", titleKey: "followUp.tab", component: lazy(() => import("./followUp/FollowUpPanel")) },
  { id: "interestClaim", group: "collect", titleKey: "interestPanel.tab", component: lazy(() => import("./interest/InterestClaimPanel")) },
  { id: "paymentPlan", group: "agree", titleKey: "planPanel.tab.plan", component: lazy(() => import("./plans/PaymentPlanPanel")) },
  { id: "plansRegister", group: "agree", titleKey: "planPanel.tab.register", component: lazy(() => import("./plans/PlansRegisterPanel")) },
  { id: "cash", group: "cash", titleKey: "cashPanel.tab", component: lazy(() => import("./cash/CashPanel")) },
  { id: "creditReview", group: "grant", titleKey: "creditPanel.panel.review", component: lazy(() => import("./credit/CreditReviewPanel")) },
  { id: "newAccount", group: "grant", titleKey: "creditPanel.panel.newAccount", component: lazy(() => import("./customers/NewAccountPanel")) },
  { id: "writeOff", group: "books", titleKey: "writeoffsPanel.tab.writeOff", component: lazy(() => import("./writeoffs/WriteOffPanel")) },
  { id: "recovery", group: "books", titleKey: "writeoffsPanel.tab.recovery", component: lazy(() => import("./writeoffs/RecoveryPanel")) },
  { id: "provision", group: "books", titleKey: "writeoffsPanel.tab.provision", component: lazy(() => import("./writeoffs/ProvisionPanel")) },
  { id: "journal", group: "books", titleKey: "writeoffsPanel.tab.journal", component: lazy(() => import("./writeoffs/JournalPanel")) },
  { id: "dashboard", group: "report", titleKey: "dashboard.tab", component: lazy(() => import("./dashboard/DashboardPanel")) },
  { id: "statements", group: "report", titleKey: "statements.tab", component: lazy(() => import("./statements/StatementsPanel")) },
  { id: "settings", group: "settings", titleKey: "pane.panel.settings", component: lazy(() => import("./settings/SettingsPanel")) },
];

export interface BuiltGroup {
  readonly id: JobGroup;
  readonly titleKey: string;
  readonly jobs: readonly PanelEntry[];
}

export const groupTitleKey = (group: JobGroup) => `nav.group.${group}`;

/**
 * The groups that have at least one job, in JOB_GROUPS order, each with its jobs in list order.
 *
 * @example
 * builtGroups(panels).map((g) => g.id) //=> ["collect", "agree", "grant", "settings"]
 */
export function builtGroups(list: readonly PanelEntry[]): BuiltGroup[] {
  return JOB_GROUPS.map((id) => ({ id, titleKey: groupTitleKey(id), jobs: list.filter((p) => p.group === id) })).filter((g) => g.jobs.length > 0);
}
