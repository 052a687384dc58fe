import { Button, Divider, makeStyles, Spinner, Switch, Text, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import { PanelProps } from "../panelTypes";
import { DateField } from "../shell/DateField";
import { Notice } from "../shell/Notice";
import { OverrideForm } from "./OverrideForm";
import { ReviewResult } from "./ReviewResult";
import { SourceSelect } from "../shell/SourceSelect";
import { useCreditReviewPanel } from "./useCreditReviewPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The Credit review job: customers and ledger in, decisions, exposures and the credit-hold list out; overrides logged. */
export function CreditReviewPanel({ port, today }: PanelProps) {
  const styles = useStyles();
  const s = useCreditReviewPanel(port, today);
  const running = s.run.status === "running";
  const outcome = s.run.status === "done" ? s.run.result : null;
  return (
    <div className={styles.panel}>
      <Text className={styles.hint} block>
        {t("creditPanel.review.intro")}
      </Text>
      <SourceSelect label={t("creditPanel.review.customersSource")} sources={s.sources} source={s.customers} onChoose={s.chooseCustomers} disabled={running} />
      <SourceSelect label={t("creditPanel.review.ledgerSource")} sources={s.sources} source={s.ledger} onChoose={s.chooseLedger} disabled={running} />
      <DateField label={t("creditPanel.review.date")} value={s.dateText} disabled={running} onChange={s.setDateText} />
      <Switch label={t("creditPanel.reveal")} checked={s.reveal} onChange={(_, d) => s.setReveal(d.checked)} />
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={s.start} disabled={running || !s.customers || !s.ledger || !s.dateValid}>
          {t("creditPanel.review.run")}
        </Button>
        <Button onClick={s.refresh} disabled={running}>
          {t("pane.aging.refresh")}
        </Button>
      </div>
      {running && <Spinner size="tiny" label={t("creditPanel.review.running")} />}
      {s.run.status === "error" && <Notice intent="error" title={t("creditPanel.review.failed")} message={s.run.message} action={{ label: t("pane.error.retry"), onClick: s.start }} />}
      {outcome?.status === "invalid" && (
        <section aria-label={t("creditPanel.review.invalid")}>
          <Notice intent="error" title={t("creditPanel.review.invalid")} message={t("creditPanel.review.nothingWritten")} />
          <ul className={styles.list}>
            {outcome.messages.slice(0, 30).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {outcome.messages.length > 30 && <Text className={styles.hint}>{t("creditPanel.review.more", { count: outcome.messages.length - 30 })}</Text>}
        </section>
      )}
      {outcome?.status === "done" && (
        <>
          <ReviewResult
            summary={outcome.summary}
            holds={outcome.holds}
            lines={outcome.lines}
            sheets={outcome.sheets}
            policyCreated={outcome.policyCreated}
            validFrom={outcome.validFrom}
            ledgerRejected={outcome.ledgerRejected}
            reveal={s.reveal}
          />
          <Divider />
          <Text as="h3" weight="semibold" block>
            {t("creditPanel.override.title")}
          </Text>
          <OverrideForm lines={outcome.lines} draft={s.draft} state={s.override} overridden={s.overridden} onEdit={s.editDraft} onSave={s.saveOverride} />
        </>
      )}
    </div>
  );
}

export default CreditReviewPanel;
