import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { customerKeyOf } from "../../domain/customers";
import { t } from "../../i18n";
import { DateField } from "../shell/DateField";
import { fieldGrid } from "../shell/layout";
import { customerLabel } from "./format";
import { Notice } from "../shell/Notice";
import { PlansRegisterPanelState } from "./usePlansRegisterPanel";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  grid: { ...fieldGrid, alignSelf: "stretch" },
});

/** Records a promise to pay: customer, amount, date and a contact note. */
export function PromiseForm({ s }: { readonly s: PlansRegisterPanelState }) {
  const styles = useStyles();
  const d = s.draft;
  return (
    <section className={styles.section} aria-label={t("planPanel.newPromise")}>
      <Text weight="semibold" block>
        {t("planPanel.newPromise")}
      </Text>
      <div className={styles.grid}>
        <Field label={t("planPanel.customer")}>
          <Select value={d.customer} onChange={(_, v) => s.setDraft({ ...d, customer: v.value })}>
            <option value="">{t("planPanel.chooseCustomer")}</option>
            {s.customers.map((c) => (
              <option key={customerKeyOf(c)} value={customerKeyOf(c)}>
                {customerLabel(c)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("planPanel.promiseAmount")}>
          <Input value={d.amountText} inputMode="decimal" onChange={(_, v) => s.setDraft({ ...d, amountText: v.value })} />
        </Field>
        <DateField label={t("nav.date.promised")} value={d.dateText} onChange={(value) => s.setDraft({ ...d, dateText: value })} />
        <Field label={t("planPanel.promiseNote")}>
          <Input value={d.note} onChange={(_, v) => s.setDraft({ ...d, note: v.value })} />
        </Field>
      </div>
      <Button onClick={s.addPromise}>{t("planPanel.addPromise")}</Button>
      {s.promiseMessage && <Notice intent={s.promiseMessage.intent} message={s.promiseMessage.text} />}
    </section>
  );
}
