import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { formatMoney } from "../../i18n/numberFormat";
import { LedgerField } from "../../domain/ledger";
import { getLanguage, t } from "../../i18n";
import { RejectedList } from "./RejectedList";
import { AgingRunResult } from "./runAging";

export interface AgingResultProps {
  readonly result: AgingRunResult;
  readonly onJump: (index: number, field?: LedgerField) => void;
}

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  facts: { display: "grid", gridTemplateColumns: "auto auto", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/** Formats minor units as the pane's language writes amounts. */
export function formatAmount(minor: number): string {
  return formatMoney(minor, getLanguage());
}

/** After a run: what was written, the totals and counts, and the rejected rows. */
export function AgingResult({ result, onJump }: AgingResultProps) {
  const styles = useStyles();
  const { summary } = result;
  const facts: [string, string][] = [
    [t("pane.aging.summary.aged"), String(summary.aged)],
    [t("pane.aging.summary.total"), formatAmount(summary.total)],
    ...summary.labels.map((label, k): [string, string] => [label, formatAmount(summary.buckets[k])]),
    [t("pane.aging.summary.rejected"), String(summary.rejected.length)],
    [t("pane.aging.summary.blank"), String(summary.blank)],
  ];
  return (
    <div className={styles.column}>
      <MessageBar intent="success">
        <MessageBarBody>{t("pane.aging.done", { sheet: result.sheetName })}</MessageBarBody>
      </MessageBar>
      {summary.currencies.length > 1 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("pane.aging.currencies", { list: summary.currencies.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {result.writtenOff.rows > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t("writeoffsPanel.agingLeftOut", { count: result.writtenOff.rows, amount: formatAmount(result.writtenOff.amount) })}</MessageBarBody>
        </MessageBar>
      )}
      {summary.aged === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("pane.aging.nothingAged")}</MessageBarBody>
        </MessageBar>
      )}
      <dl className={styles.facts} aria-label={t("pane.aging.summary")}>
        {facts.map(([label, value]) => [
          <dt key={`t-${label}`}>
            <Text>{label}</Text>
          </dt>,
          <dd key={`d-${label}`} className={styles.value}>
            <Text weight="semibold">{value}</Text>
          </dd>,
        ])}
      </dl>
      {summary.rejected.length > 0 && <RejectedList rejected={summary.rejected} firstRow={result.anchor.row} onJump={onJump} />}
    </div>
  );
}
