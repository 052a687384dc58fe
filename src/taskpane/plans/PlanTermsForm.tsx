import { Field, Input, makeStyles, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import { FREQUENCIES, Frequency } from "../../domain/plans";
import { Lang, LANGUAGES, t } from "../../i18n";
import { DateField } from "../shell/DateField";
import { fieldGrid } from "../shell/layout";
import { PaymentPlanPanelState } from "./usePaymentPlanPanel";

export interface PlanTermsFormProps {
  readonly s: PaymentPlanPanelState;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: fieldGrid,
  radios: { flexWrap: "wrap" },
});

/** Budget or number of instalments, rate, frequency, first date and the letter's language. */
export function PlanTermsForm({ s }: PlanTermsFormProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={t("planPanel.by")}>
      <Field label={t("planPanel.by")}>
        <RadioGroup className={styles.radios} layout="horizontal" value={s.mode} onChange={(_, d) => s.setMode(d.value as "installments" | "budget")}>
          <Radio value="installments" label={t("planPanel.byInstallments")} />
          <Radio value="budget" label={t("planPanel.byBudget")} />
        </RadioGroup>
      </Field>
      <div className={styles.grid}>
        {s.mode === "installments" ? (
          <Field label={t("planPanel.installments")}>
            <Input value={s.countText} inputMode="numeric" onChange={(_, d) => s.setCountText(d.value)} />
          </Field>
        ) : (
          <Field label={t("planPanel.budget")}>
            <Input value={s.budgetText} inputMode="decimal" onChange={(_, d) => s.setBudgetText(d.value)} />
          </Field>
        )}
        <Field
          label={t("planPanel.rate")}
          hint={s.rateUnderstood === null ? undefined : t("planPanel.rateUnderstood", { rate: s.rateUnderstood })}
          validationMessage={s.rateUnderstood === null ? t("planPanel.badNumber", { text: s.rateText }) : undefined}
        >
          <Input value={s.rateText} inputMode="decimal" onChange={(_, d) => s.setRateText(d.value)} />
        </Field>
        <Field label={t("planPanel.frequency")}>
          <Select value={String(s.frequency)} onChange={(_, d) => s.setFrequency(Number(d.value) as Frequency)}>
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(`planPanel.freq.${f}`)}
              </option>
            ))}
          </Select>
        </Field>
        <DateField label={t("nav.date.firstDue")} value={s.firstDueText} onChange={s.setFirstDueText} />
        <Field label={t("planPanel.letterLanguage")}>
          <Select value={s.language} onChange={(_, d) => s.setLanguage(d.value as Lang)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`pane.lang.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </section>
  );
}
