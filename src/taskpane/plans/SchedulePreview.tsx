import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { Proposal } from "../../domain/plans";
import { t } from "../../i18n";
import { paneAmount, paneDate } from "./format";

export interface SchedulePreviewProps {
  readonly proposal: Proposal;
}

/** Rows shown in the pane; the plan sheet has them all. */
export const PREVIEW_ROWS = 24;

const useStyles = makeStyles({
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The schedule of the terms typed so far, recomputed as the user types. */
export function SchedulePreview({ proposal }: SchedulePreviewProps) {
  const styles = useStyles();
  const rows = proposal.schedule.slice(0, PREVIEW_ROWS);
  const first = proposal.schedule[0];
  return (
    <section aria-label={t("planPanel.preview")}>
      <Text weight="semibold" block>
        {t("planPanel.preview")}
      </Text>
      <Text block role="status">
        {t("planPanel.summary", { installments: proposal.installments, payment: paneAmount(first.payment), total: paneAmount(proposal.totalPayable), interest: paneAmount(proposal.totalInterest) })}
      </Text>
      <Table size="extra-small" aria-label={t("planPanel.preview")}>
        <TableHeader>
          <TableRow>
            {["n", "dueDate", "payment", "interest", "balance"].map((k) => (
              <TableHeaderCell key={k}>{t(`plan.header.${k}`)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.n}>
              <TableCell>{r.n}</TableCell>
              <TableCell>{paneDate(r.dueDate)}</TableCell>
              <TableCell className={styles.number}>{paneAmount(r.payment)}</TableCell>
              <TableCell className={styles.number}>{paneAmount(r.interest)}</TableCell>
              <TableCell className={styles.number}>{paneAmount(r.balanceAfter)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {proposal.schedule.length > PREVIEW_ROWS && <Text className={styles.hint}>{t("planPanel.moreRows", { count: proposal.schedule.length - PREVIEW_ROWS })}</Text>}
    </section>
  );
}
