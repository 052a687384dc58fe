import { Button, Checkbox, Field, Input, makeStyles, Select, Spinner, Switch, Text, tokens } from "@fluentui/react-components";
import { JURISDICTIONS } from "../../domain/interest";
import { getLanguage, t } from "../../i18n";
import { DateField } from "../shell/DateField";
import { formatPaneDate } from "../shell/paneDates";
import { formatMoney } from "../../i18n/numberFormat";
import { PanelProps } from "../panelTypes";
import { sourceKey } from "../shell/ledgerSource";
import { Notice } from "../shell/Notice";
import { SourceSelect } from "../shell/SourceSelect";
import { ClaimResult } from "./ClaimResult";
import { useInterestClaimPanel } from "./useInterestClaimPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  invoices: { display: "flex", flexDirection: "column" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The Interest claim job: a customer's late invoices, interest to a date and the recovery fee, written with the calculation. */
export function InterestClaimPanel({ port, today }: PanelProps) {
  const styles = useStyles();
  const s = useInterestClaimPanel(port, today);
  const running = s.run.status === "running";
  const outcome = s.run.status === "done" ? s.run.outcome : null;
  const lang = getLanguage();
  return (
    <div className={styles.panel}>
      <Text className={styles.hint} block>
        {t("interestPanel.intro")}
      </Text>
      {s.ratesProblems.length > 0 && <Notice intent="warning" title={t("interestPanel.rates.bad")} message={s.ratesProblems.join(" · ")} />}
      <SourceSelect label={t("interestPanel.ledger")} sources={s.sources} source={s.ledger} onChoose={s.chooseLedger} disabled={running} />
      <Field label={t("interestPanel.payments")} hint={s.payments ? t("interestPanel.paymentsHint") : t("interestPanel.noPaymentsHint")}>
        <Select value={s.payments ? sourceKey(s.payments) : ""} disabled={running} onChange={(_, d) => s.choosePayments(d.value)}>
          <option value="">{t("interestPanel.paymentsNone")}</option>
          {s.paymentSources.map((p) => (
            <option key={sourceKey(p)} value={sourceKey(p)}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      {s.load.status === "loading" && s.ledger && <Spinner size="tiny" label={t("interestPanel.loading")} />}
      {s.load.status === "error" && <Notice intent="error" message={s.load.message} />}
      {s.load.status === "ready" && s.load.missing.length > 0 && (
        <Notice intent="warning" message={t("interestPanel.missing", { fields: s.load.missing.map((f) => t(`pane.field.${f}`)).join(", ") })} />
      )}
      {s.load.status === "ready" && s.load.missing.length === 0 && s.load.customers.length === 0 && <Notice intent="info" message={t("interestPanel.noCustomers")} />}
      {s.load.status === "ready" && s.load.customers.length > 0 && (
        <Field label={t("interestPanel.customer")}>
          <Select value={s.customer} disabled={running} onChange={(_, d) => s.chooseCustomer(d.value)}>
            {s.load.customers.map((c) => (
              <option key={c.customer} value={c.customer}>
                {c.customer}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {s.group && (
        <fieldset className={styles.invoices} aria-label={t("interestPanel.invoices")}>
          <legend>
            <Text weight="semibold">{t("interestPanel.invoices")}</Text>
          </legend>
          {s.group.invoices.map((i) => (
            <Checkbox
              key={i.sourceIndex}
              checked={s.selectedRows.has(i.sourceIndex)}
              disabled={running}
              onChange={() => s.toggleInvoice(i.sourceIndex)}
              label={t(i.disputed ? "interestPanel.invoiceDisputed" : "interestPanel.invoice", { invoice: i.invoice || "—", date: formatPaneDate(i.dueDate), amount: formatMoney(i.principal, lang), currency: i.currency })}
            />
          ))}
        </fieldset>
      )}
      <DateField label={t("interestPanel.endDate")} value={s.endText} disabled={running} onChange={s.setEndText} />
      <Field label={t("interestPanel.law")}>
        <Select value={s.jurisdiction} disabled={running} onChange={(_, d) => s.setJurisdiction(d.value as typeof s.jurisdiction)}>
          {JURISDICTIONS.map((j) => (
            <option key={j} value={j}>
              {t(`interestPanel.law.${j}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Switch label={t("interestPanel.b2c")} checked={s.b2c} disabled={running} onChange={(_, d) => s.setB2c(d.checked)} />
      <Field label={t("interestPanel.contractualRate")} hint={t("interestPanel.contractualRateHint")} validationState={s.rateValid ? "none" : "error"} validationMessage={s.rateValid ? undefined : t("interestPanel.badRate")}>
        <Input value={s.rateText} disabled={running} onChange={(_, d) => s.setRateText(d.value)} />
      </Field>
      <div>
        <Button appearance="primary" onClick={s.start} disabled={!s.canRun}>
          {t("interestPanel.run")}
        </Button>{" "}
        <Button onClick={s.refresh} disabled={running}>
          {t("pane.aging.refresh")}
        </Button>
      </div>
      {running && <Spinner size="tiny" label={t("interestPanel.running")} />}
      {s.run.status === "error" && <Notice intent="error" title={t("interestPanel.failed")} message={s.run.message} action={{ label: t("pane.error.retry"), onClick: s.start }} />}
      {outcome?.status === "invalid" && (
        <section aria-label={t("interestPanel.invalid")}>
          <Notice intent="error" title={t("interestPanel.invalid")} message={t("interestPanel.nothingWritten")} />
          <ul className={styles.list}>
            {outcome.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
      {outcome?.status === "done" && <ClaimResult outcome={outcome} />}
    </div>
  );
}

export default InterestClaimPanel;
