import { Button, Divider, Field, Input, makeStyles, Select, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import { PanelProps } from "../panelTypes";
import { DateField } from "../shell/DateField";
import { Notice } from "../shell/Notice";
import { paneDate } from "./format";
import { PromiseForm } from "./PromiseForm";
import { BrokenList, PlansTable, PromisesTable } from "./RegisterTables";
import { SourceSelect } from "../shell/SourceSelect";
import { usePlansRegisterPanel } from "./usePlansRegisterPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The Plans & promises job: match payments to plans and promises, see which are kept and which broken. */
export function PlansRegisterPanel({ port, today }: PanelProps) {
  const styles = useStyles();
  const s = usePlansRegisterPanel(port, today);
  const checking = s.check.status === "running";
  return (
    <div className={styles.panel}>
      <SourceSelect label={t("planPanel.payments")} sources={s.sources} source={s.source} onChoose={s.chooseSource} disabled={checking} />
      {s.sources.length === 0 && <Notice intent="info" message={t("planPanel.noPayments")} />}
      <DateField label={t("nav.date.asOf")} value={s.asOfText} disabled={checking} onChange={s.setAsOfText} />
      <Button appearance="primary" onClick={s.runCheck} disabled={!s.asOfValid || checking}>
        {t("planPanel.check")}
      </Button>
      {checking && <Spinner size="tiny" label={t("planPanel.checking")} />}
      {s.check.status === "error" && <Notice intent="error" title={t("planPanel.checkFailed")} message={s.check.message} />}
      {s.check.status === "done" && (
        <Notice intent="success" message={t("planPanel.checked", { plans: s.check.result.plans.length, promises: s.check.result.promises.length, date: paneDate(s.check.result.asOf) })} />
      )}
      {s.check.status === "done" && s.check.result.rejectedPayments > 0 && <Notice intent="warning" message={t("planPanel.rejectedPayments", { count: s.check.result.rejectedPayments })} />}
      <BrokenList plans={s.plans} promises={s.promises} />
      <ReinstateForm s={s} />
      <PlansTable plans={s.plans} />
      <PromisesTable promises={s.promises} />
      <Divider />
      <PromiseForm s={s} />
    </div>
  );
}

/** Takes back a plan whose break is on record: a reason is required and kept in AR Plans. */
function ReinstateForm({ s }: { s: ReturnType<typeof usePlansRegisterPanel> }) {
  const broken = s.plans.filter((p) => p.brokenOn !== null && p.status !== "Closed");
  if (broken.length === 0 && !s.reinstateMessage) return null;
  return (
    <>
      <Subtitle2>{t("planPanel.reinstateTitle")}</Subtitle2>
      {broken.length > 0 && (
        <>
          <Field label={t("planPanel.reinstatePlan")}>
            <Select value={s.reinstateId} onChange={(_, d) => s.setReinstateId(d.value)}>
              <option value="" />
              {broken.map((p) => (
                <option key={p.id} value={p.id}>
                  {`${p.id} (${p.customer})`}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("planPanel.reinstateReason")} required>
            <Input value={s.reinstateReason} onChange={(_, d) => s.setReinstateReason(d.value)} />
          </Field>
          <Button onClick={s.reinstatePlan} disabled={s.reinstateId === "" || s.reinstateReason.trim() === ""}>
            {t("planPanel.reinstate")}
          </Button>
        </>
      )}
      {s.reinstateMessage && <Notice intent={s.reinstateMessage.intent} message={s.reinstateMessage.text} />}
    </>
  );
}

export default PlansRegisterPanel;
