import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { ReviewLine, ReviewSummary } from "../../domain/credit";
import { serialToIso } from "../../domain/core";
import { creditReasonText } from "../../i18n/creditReason";
import { t } from "../../i18n";
import { Notice } from "../shell/Notice";
import { confidentialMoney, formatMoney } from "../shell/confidential";
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
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Rows of the hold list shown in the pane; the sheet has them all. */
const SHOWN = 50;

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
          {props.validFrom === null ? t("creditPanel.report.policyAlways") : t("creditPanel.report.policyFrom", { date: serialToIso(props.validFrom) })}
        </Text>
      </section>
      <section aria-label={t("creditPanel.review.holdList")}>
        <Text as="h3" weight="semibold" block>
          {t("creditPanel.review.holdList")}
        </Text>
        {props.holds.length === 0 ? (
          <Text block>{t("creditPanel.review.noHolds")}</Text>
        ) : (
          <Table size="extra-small" aria-label={t("creditPanel.review.holdList")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("creditPanel.col.customer")}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t("creditPanel.col.exposure")}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t("creditPanel.col.limit")}</TableHeaderCell>
                <TableHeaderCell>{t("creditPanel.col.hold")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {props.holds.slice(0, SHOWN).map((l) => (
                <TableRow key={l.index}>
                  <TableCell>{l.customer}</TableCell>
                  <TableCell className={styles.number}>{formatMoney(l.exposure)}</TableCell>
                  <TableCell className={styles.number}>{formatMoney(l.limit)}</TableCell>
                  <TableCell>{holdText(l.hold)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {props.holds.length > SHOWN && <Text className={styles.hint}>{t("creditPanel.review.more", { count: props.holds.length - SHOWN })}</Text>}
      </section>
      <section aria-label={t("creditPanel.review.decisions")}>
        <Text as="h3" weight="semibold" block>
          {t("creditPanel.review.decisions")}
        </Text>
        <Table size="extra-small" aria-label={t("creditPanel.review.decisions")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("creditPanel.col.customer")}</TableHeaderCell>
              <TableHeaderCell>{t("creditPanel.col.decision")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("creditPanel.col.limit")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("creditPanel.col.income")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {props.lines.slice(0, SHOWN).map((l) => (
              <TableRow key={l.index} title={creditReasonText(l.reason, { reveal: props.reveal })}>
                <TableCell>{l.customer}</TableCell>
                <TableCell>{l.decision}</TableCell>
                <TableCell className={styles.number}>{formatMoney(l.limit)}</TableCell>
                <TableCell className={styles.number}>{confidentialMoney(l.income, props.reveal)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {props.lines.length > SHOWN && <Text className={styles.hint}>{t("creditPanel.review.more", { count: props.lines.length - SHOWN })}</Text>}
      </section>
    </div>
  );
}
