/** One dashboard run: read what the workbook holds, compute the figures, write `AR Dashboard`. */
import { Serial } from "../../domain/core";
import { collectionsDashboard, Dashboard, paymentBehaviour, DEFAULT_BEHAVIOUR_WINDOW_DAYS } from "../../domain/metrics";
import { Lang } from "../../i18n";
import { WorkbookPort } from "../../workbook/port";
import { isoToSerial } from "../shell/asOf";
import { describeSource, LedgerSource } from "../shell/ledgerSource";
import { brokenOf, readAgingHistory, readDunningLog, readLedgerItems, readPaidItemsFrom, readPlanRegister, readPromiseRegister } from "./dashboardData";
import { dashboardSheet } from "./dashboardSheet";

export interface DashboardRequest {
  readonly port: WorkbookPort;
  readonly ledger: LedgerSource;
  /** A table of paid items; `AR Cash` when null (and nothing when it is absent). */
  readonly paid: LedgerSource | null;
  readonly asOf: Serial;
  readonly windowDays?: number;
  readonly lang: Lang;
}

export type DashboardOutcome = { readonly status: "missing"; readonly fields: readonly string[] } | { readonly status: "done"; readonly dashboard: Dashboard; readonly sheet: string; readonly charts: number; readonly rejected: number };

export async function runDashboard(r: DashboardRequest): Promise<DashboardOutcome> {
  const items = await readLedgerItems(r.port, r.ledger);
  if (items.missing.length > 0) return { status: "missing", fields: items.missing };
  const [plans, promises, dunning, history, paid] = await Promise.all([
    readPlanRegister(r.port),
    readPromiseRegister(r.port),
    readDunningLog(r.port),
    readAgingHistory(r.port, isoToSerial),
    readPaidItemsFrom(r.port, r.paid),
  ]);
  const broken = brokenOf(plans, promises);
  const dashboard = collectionsDashboard({
    asOf: r.asOf,
    items,
    brokenPlans: broken.plans,
    brokenPromises: broken.promises,
    dunning,
    history,
    behaviour: paymentBehaviour(paid, r.asOf, r.windowDays ?? DEFAULT_BEHAVIOUR_WINDOW_DAYS),
  });
  const sheet = dashboardSheet(dashboard, { lang: r.lang, source: describeSource(r.ledger) });
  await r.port.writeReport(sheet);
  return { status: "done", dashboard, sheet: sheet.name, charts: sheet.charts?.length ?? 0, rejected: items.rejected };
}
