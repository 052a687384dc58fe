import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { CustomerKind, NewAccountForm, newAccountWarnings } from "../../domain/customers";
import { LANGUAGES, t } from "../../i18n";

export interface AccountFormProps {
  readonly form: NewAccountForm;
  readonly reveal: boolean;
  readonly problemOf: (field: string) => string | undefined;
  readonly onEdit: (patch: Partial<NewAccountForm>) => void;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type TextField = Exclude<keyof NewAccountForm, "kind" | "checks" | "language">;

/** Confidential fields: typed as hidden text until the user reveals them. */
const CONFIDENTIAL: readonly TextField[] = ["companyId", "vatId", "iban", "annualIncome", "monthlyDebt"];

/** The new customer's particulars and the credit asked for. */
export function AccountForm(props: AccountFormProps) {
  const styles = useStyles();
  const { form } = props;
  // A number from another country than the customer's: shown, never blocking (its text names countries only).
  const warnings = newAccountWarnings(form);
  const text = (field: TextField, hint?: string) => {
    const problem = props.problemOf(field);
    const warning = problem ? undefined : warnings.find((w) => w.field === field);
    return (
      <Field
        label={t(`creditPanel.account.${field}`)}
        hint={problem || warning ? undefined : hint}
        validationState={problem ? "error" : warning ? "warning" : "none"}
        validationMessage={problem ?? (warning && t(warning.problem.code, warning.problem.params))}
      >
        <Input
          type={CONFIDENTIAL.includes(field) && !props.reveal ? "password" : "text"}
          autoComplete="off"
          value={form[field]}
          disabled={props.disabled}
          onChange={(_, d) => props.onEdit({ [field]: d.value } as Partial<NewAccountForm>)}
        />
      </Field>
    );
  };
  return (
    <div className={styles.column}>
      <Field label={t("creditPanel.account.kind")}>
        <Select value={form.kind} disabled={props.disabled} onChange={(_, d) => props.onEdit({ kind: d.value as CustomerKind })}>
          <option value="business">{t("creditPanel.account.kind.business")}</option>
          <option value="individual">{t("creditPanel.account.kind.individual")}</option>
        </Select>
      </Field>
      {text("legalName")}
      {text("country", t("creditPanel.account.countryHint"))}
      {text("companyId", t("creditPanel.account.companyIdHint"))}
      {text("vatId", t("creditPanel.account.vatHint"))}
      {text("iban")}
      {text("address")}
      <Field label={t("creditPanel.account.language")}>
        <Select value={form.language} disabled={props.disabled} onChange={(_, d) => props.onEdit({ language: d.value })}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`pane.lang.${l}`)}
            </option>
          ))}
        </Select>
      </Field>
      {text("contactName")}
      {text("email")}
      {text("phone")}
      {text("requestedLimit")}
      {text("paymentTerms")}
      {text("annualIncome", t("creditPanel.account.incomeHint"))}
      {text("monthlyDebt")}
    </div>
  );
}
