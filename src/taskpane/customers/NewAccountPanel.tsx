import { Button, Divider, Field, Input, makeStyles, Switch, Text, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import { PanelProps } from "../panelTypes";
import { Notice } from "../shell/Notice";
import { AccountForm } from "./AccountForm";
import { CustomerLookup } from "./CustomerLookup";
import { formatMoney } from "../shell/confidential";
import { useNewAccountPanel } from "./useNewAccountPanel";
import { VettingChecklist } from "./VettingChecklist";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The New account job: the customer's particulars, the vetting checklist, approval into AR Customers; and the customer lookup. */
export function NewAccountPanel({ port, today }: PanelProps) {
  const styles = useStyles();
  const s = useNewAccountPanel(port, today);
  const saving = s.approve.status === "running";
  const outcome = s.approve.status === "done" ? s.approve.result : null;
  const approved = outcome?.ok === true ? outcome : null;
  const refused = outcome && !outcome.ok ? outcome : null;
  return (
    <div className={styles.panel}>
      <Switch label={t("creditPanel.reveal")} checked={s.reveal} onChange={(_, d) => s.setReveal(d.checked)} />
      <CustomerLookup
        query={s.query}
        matches={s.matches}
        chosen={s.chosen}
        record={s.record}
        reveal={s.reveal}
        error={s.lookupError}
        onQuery={s.setQuery}
        onSearch={s.search}
        onChoose={s.choose}
      />
      <Divider />
      <Text as="h3" weight="semibold" block>
        {t("creditPanel.account.title")}
      </Text>
      <AccountForm form={s.form} reveal={s.reveal} problemOf={s.problemOf} onEdit={s.edit} disabled={saving || approved !== null} />
      <Text as="h3" weight="semibold" block>
        {t("creditPanel.vetting.title")}
      </Text>
      <VettingChecklist form={s.form} problemOf={s.problemOf} onEdit={s.editCheck} disabled={saving || approved !== null} />
      <Field label={t("creditPanel.account.who")} validationState={s.problemOf("who") ? "error" : "none"} validationMessage={s.problemOf("who")}>
        <Input value={s.who} disabled={saving || approved !== null} onChange={(_, d) => s.setWho(d.value)} />
      </Field>
      {approved ? (
        <>
          <Notice
            intent="success"
            message={t("creditPanel.account.approved", { id: approved.id, limit: formatMoney(approved.granted), decision: approved.decision, reason: approved.reason })}
            action={{ label: t("creditPanel.account.another"), onClick: s.reset }}
          />
          {approved.policyCreated && <Notice intent="info" message={t("creditPanel.review.policyCreated")} />}
        </>
      ) : (
        <Button appearance="primary" onClick={s.submit} disabled={saving}>
          {t("creditPanel.account.approve")}
        </Button>
      )}
      {refused && <Notice intent="error" title={t("creditPanel.account.notApproved")} message={refused.message ?? t("creditPanel.account.fix", { count: refused.problems.length })} />}
      {s.approve.status === "error" && <Notice intent="error" message={s.approve.message} />}
      <Text className={styles.hint} block>
        {t("creditPanel.account.privacy")}
      </Text>
    </div>
  );
}

export default NewAccountPanel;
