import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { ReviewLine, ReviewSummary } from "../../domain/credit";
import { creditReasonText } from "../../i18n/creditReason";
import { t } from "../../i18n";
import { Notice } from "../shell/Notice";
import { confidentialMoney, formatMoney } from "../shell/confidential";
import { formatPaneDate } from "../shell/paneDates";
import { RecordColumn, RecordTable } from "../shell/RecordTable";
import { holdText } from "./reviewReport";

export interface ReviewResultProps {
  readonly summary: ReviewSummary;
  readonly holds: readonly ReviewLine[];
  readonly lines: readonly ReviewLine[];
  readonly sheets: readonly string[];
  readonly policyCreated: boolean;
  readonly validFrom: number | null;
  readonly ledgerRejected: number;
  readonly reveal: boolean;
}

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dl: { display: "grid", gridTemplateColumns: "auto auto", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  dd: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Rows of the hold list shown in the pane; the sheet has them all. */
const SHOWN = 50;

const holdColumns = (): RecordColumn<ReviewLine>[] => [
  { key: "customer", header: t("creditPanel.col.customer"), cell: (l) => l.customer },
  { key: "exposure", header: t("creditPanel.col.exposure"), numeric: true, cell: (l) => formatMoney(l.exposure) },
  { key: "limit", header: t("creditPanel.col.limit"), numeric: true, cell: (l) => formatMoney(l.limit) },
  { key: "hold", header: t("creditPanel.col.hold"), cell: (l) => holdText(l.hold) },
];

const decisionColumns = (reveal: boolean): RecordColumn<ReviewLine>[] => [
  { key: "customer", header: t("creditPanel.col.customer"), cell: (l) => l.customer },
  { key: "decision", header: t("creditPanel.col.decision"), cell: (l) => l.decision },
  { key: "limit", header: t("creditPanel.col.limit"), numeric: true, cell: (l) => formatMoney(l.limit) },
  { key: "income", header: t("creditPanel.col.income"), numeric: true, cell: (l) => confidentialMoney(l.income, reveal) },
];

/** What a review wrote: counts, the sheets, and the credit-hold list. */
export function ReviewResult(props: ReviewResultProps) {
  const styles = useStyles();
  const s = props.summary;
  const stat = (label: string, value: string | number) => [
    <dt key={`${label}-t`}>{label}</dt>,
    <dd key={`${label}-d`} className={styles.dd}>
      {value}
    </dd>,
  ];
  return (
    <div className={styles.column}>
      <Notice intent="success" message={t("creditPanel.review.done", { sheets: props.sheets.join(", ") })} />
      {props.policyCreated && <Notice intent="info" message={t("creditPanel.review.policyCreated")} />}
      {props.ledgerRejected > 0 && <Notice intent="warning" message={t("creditPanel.review.ledgerRejected", { count: props.ledgerRejected })} />}
      <section aria-label={t("creditPanel.review.summary")}>
        <dl className={styles.dl}>
          {stat(t("creditPanel.review.customers"), s.customers)}
          {stat("Approve", s.approve)}
          {stat("Refer", s.refer)}
          {stat("Decline", s.decline)}
          {stat(t("creditPanel.review.holds"), s.holds)}
          {stat(t("creditPanel.col.exposure"), formatMoney(s.exposure))}
        </dl>
        <Text className={styles.hint} block>
          {props.validFrom === null ? t("creditPanel.report.policyAlways") : t("creditPanel.report.policyFrom", { date: formatPaneDate(props.validFrom) })}
        </Text>
      </section>
      <section aria-label={t("creditPanel.review.holdList")}>
        <Text as="h3" weight="semibold" block>
          {t("creditPanel.review.holdList")}
        </Text>
        {props.holds.length === 0 ? (
          <Text block>{t("creditPanel.review.noHolds")}</Text>
        ) : (
          <RecordTable label={t("creditPanel.review.holdList")} columns={holdColumns()} rows={props.holds.slice(0, SHOWN)} rowKey={(l) => l.index} />
        )}
        {props.holds.length > SHOWN && <Text className={styles.hint}>{t("creditPanel.review.more", { count: props.holds.length - SHOWN })}</Text>}
      </section>
      <section aria-label={t("creditPanel.review.decisions")}>
        <Text as="h3" weight="semibold" block>
          {t("creditPanel.review.decisions")}
        </Text>
        <RecordTable
          label={t("creditPanel.review.decisions")}
          columns={decisionColumns(props.reveal)}
          rows={props.lines.slice(0, SHOWN)}
          rowKey={(l) => l.index}
          rowTitle={(l) => creditReasonText(l.reason, { reveal: props.reveal })}
        />
        {props.lines.length > SHOWN && <Text className={styles.hint}>{t("creditPanel.review.more", { count: props.lines.length - SHOWN })}</Text>}
      </section>
    </div>
  );
}
