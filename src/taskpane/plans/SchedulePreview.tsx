import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { PlanRow, Proposal } from "../../domain/plans";
import { t } from "../../i18n";
import { RecordColumn, RecordTable } from "../shell/RecordTable";
import { paneAmount, paneDate } from "./format";

export interface SchedulePreviewProps {
  readonly proposal: Proposal;
}

/** Rows shown in the pane; the plan sheet has them all. */
export const PREVIEW_ROWS = 24;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

const columns = (): RecordColumn<PlanRow>[] => [
  { key: "n", header: t("plan.header.n"), cell: (r) => `${r.n}.` },
  { key: "dueDate", header: t("plan.header.dueDate"), cell: (r) => paneDate(r.dueDate) },
  { key: "payment", header: t("plan.header.payment"), numeric: true, cell: (r) => paneAmount(r.payment) },
  { key: "interest", header: t("plan.header.interest"), numeric: true, cell: (r) => paneAmount(r.interest) },
  { key: "balance", header: t("plan.header.balance"), numeric: true, cell: (r) => paneAmount(r.balanceAfter) },
];

/** The schedule of the terms typed so far, recomputed as the user types. */
export function SchedulePreview({ proposal }: SchedulePreviewProps) {
  const styles = useStyles();
  const rows = proposal.schedule.slice(0, PREVIEW_ROWS);
  const first = proposal.schedule[0];
  return (
    <section className={styles.section} aria-label={t("planPanel.preview")}>
      <Text weight="semibold" block>
        {t("planPanel.preview")}
      </Text>
      <Text block role="status">
        {t("planPanel.summary", { installments: proposal.installments, payment: paneAmount(first.payment), total: paneAmount(proposal.totalPayable), interest: paneAmount(proposal.totalInterest) })}
      </Text>
      <RecordTable label={t("planPanel.preview")} columns={columns()} rows={rows} rowKey={(r) => r.n} titleColumns={2} />
      {proposal.schedule.length > PREVIEW_ROWS && <Text className={styles.hint}>{t("planPanel.moreRows", { count: proposal.schedule.length - PREVIEW_ROWS })}</Text>}
    </section>
  );
}
