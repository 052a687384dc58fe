import { Button, Divider, Field, Input, makeStyles, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { customerKeyOf } from "../../domain/customers";
import { t } from "../../i18n";
import { PanelProps } from "../panelTypes";
import { Notice } from "../shell/Notice";
import { ChargesEditor } from "./ChargesEditor";
import { CustomerItemsView } from "./CustomerItemsView";
import { customerLabel, paneAmount } from "./format";
import { LetterDownloads } from "./LetterDownloads";
import { PlanTermsForm } from "./PlanTermsForm";
import { SchedulePreview } from "./SchedulePreview";
import { SourceSelect } from "../shell/SourceSelect";
import { usePaymentPlanPanel } from "./usePaymentPlanPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The Payment plan job: pick a customer, negotiate the terms with a live schedule, accept and letter it. */
export function PaymentPlanPanel({ port, today, openPanel }: PanelProps) {
  const styles = useStyles();
  const s = usePaymentPlanPanel(port, today);
  const writing = s.accept.status === "running";
  return (
    <div className={styles.panel}>
      <SourceSelect label={t("planPanel.source")} sources={s.sources} source={s.source} onChoose={s.chooseSource} disabled={writing} />
      {s.load.status === "loading" && <Spinner size="tiny" label={t("planPanel.loading")} />}
      {s.load.status === "none" && <Notice intent="info" message={t("planPanel.noLedger")} />}
      {s.load.status === "error" && <Notice intent="error" message={s.load.message} />}
      {s.load.status === "ready" && s.load.ledger.missing.length > 0 && (
        <Notice intent="warning" message={t("planPanel.missing", { fields: s.load.ledger.missing.map((f) => t(`pane.field.${f}`)).join(", ") })} />
      )}
      {s.load.status === "ready" && s.load.ledger.missing.length === 0 && (
        <Field label={t("planPanel.customer")}>
          <Select value={s.customerName} onChange={(_, d) => s.chooseCustomer(d.value)} disabled={writing}>
            <option value="">{t("planPanel.chooseCustomer")}</option>
            {s.load.ledger.customers.map((c) => (
              <option key={customerKeyOf(c)} value={customerKeyOf(c)}>
                {customerLabel(c)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {s.customer && (
        <>
          <CustomerItemsView customer={s.customer} />
          <ChargesEditor charges={s.charges} onAdd={s.addCharge} onChange={s.setCharge} onRemove={s.removeCharge} />
          {s.balance !== null && <Text weight="semibold">{t("planPanel.balance", { amount: paneAmount(s.balance) })}</Text>}
          <Divider />
          <PlanTermsForm s={s} />
          {s.preview.status === "error" && <Notice intent="warning" title={t("planPanel.cannotPlan")} message={s.preview.message} />}
          {s.preview.status === "ok" && <SchedulePreview proposal={s.preview.proposal} />}
          {s.letterheadMissing.length > 0 && (
            <Notice
              intent="warning"
              message={t("planPanel.letterheadMissing", { fields: s.letterheadMissing.join(", ") })}
              action={openPanel ? { label: t("planPanel.openSettings"), onClick: () => openPanel("settings") } : undefined}
            />
          )}
          {s.replaces ? (
            <>
              <Notice intent="info" message={t("planPanel.openPlan", { customer: s.customer.customer, planId: s.replaces.id })} />
              <Field label={t("planPanel.renegotiateReason", { planId: s.replaces.id })} required>
                <Input value={s.reasonText} onChange={(_, d) => s.setReasonText(d.value)} disabled={writing} />
              </Field>
              <Button onClick={s.acceptPlan} disabled={s.preview.status !== "ok" || writing || s.reasonText.trim() === "" || s.letterheadMissing.length > 0}>
                {t("planPanel.renegotiate", { planId: s.replaces.id })}
              </Button>
            </>
          ) : (
            <Button appearance="primary" onClick={s.acceptPlan} disabled={s.preview.status !== "ok" || writing || s.letterheadMissing.length > 0}>
              {t("planPanel.accept")}
            </Button>
          )}
          {writing && <Spinner size="tiny" label={t("planPanel.accepting")} />}
          {s.accept.status === "error" && <Notice intent="error" title={t("planPanel.acceptFailed")} message={s.accept.message} />}
          {s.accept.status === "done" && (
            <Notice
              intent="success"
              message={t("planPanel.accepted", { planId: s.accept.result.accepted.plan.id, planSheet: s.accept.result.accepted.planSheet, letterSheet: s.accept.result.accepted.letterSheet })}
            />
          )}
          <LetterDownloads files={s.files} />
        </>
      )}
    </div>
  );
}

export default PaymentPlanPanel;
