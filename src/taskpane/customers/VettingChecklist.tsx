import { Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { NewAccountForm, requiredChecks, VETTING_STATUSES, VettingItem, VettingKind, VettingStatus } from "../../domain/customers";
import { t } from "../../i18n";
import { DateField } from "../shell/DateField";

export interface VettingChecklistProps {
  readonly form: NewAccountForm;
  readonly problemOf: (field: string) => string | undefined;
  readonly onEdit: (kind: VettingKind, patch: Partial<VettingItem>) => void;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS, minWidth: 0, margin: 0, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The vetting checklist: credit report, bank reference, two trade references (firms) or an employment reference (people). */
export function VettingChecklist(props: VettingChecklistProps) {
  const styles = useStyles();
  return (
    <div className={styles.column}>
      {requiredChecks(props.form.kind).map((kind) => {
        const item = props.form.checks[kind];
        const label = t(`creditPanel.vetting.${kind}`);
        const field = (name: keyof VettingItem, title: string) => {
          const problem = props.problemOf(`${kind}.${name}`);
          return (
            <Field label={title} validationState={problem ? "error" : "none"} validationMessage={problem}>
              <Input value={item[name] ?? ""} disabled={props.disabled} aria-label={`${label}: ${title}`} onChange={(_, d) => props.onEdit(kind, { [name]: d.value })} />
            </Field>
          );
        };
        const date = t("creditPanel.vetting.date");
        const statusProblem = props.problemOf(`${kind}.status`);
        return (
          <fieldset key={kind} className={styles.item} aria-label={label}>
            <Text as="h4" weight="semibold">
              {label}
            </Text>
            <Field label={t("creditPanel.vetting.status")} validationState={statusProblem ? "error" : "none"} validationMessage={statusProblem}>
              <Select value={item.status} disabled={props.disabled} aria-label={`${label}: ${t("creditPanel.vetting.status")}`} onChange={(_, d) => props.onEdit(kind, { status: d.value as VettingStatus })}>
                {VETTING_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`creditPanel.status.${s}`)}
                  </option>
                ))}
              </Select>
            </Field>
            {field("source", t(kind === "creditReport" ? "creditPanel.vetting.bureau" : kind === "bankReference" ? "creditPanel.vetting.bank" : "creditPanel.vetting.referee"))}
            <DateField
              label={date}
              ariaLabel={`${label}: ${date}`}
              required={false}
              value={item.date}
              problem={props.problemOf(`${kind}.date`)}
              disabled={props.disabled}
              onChange={(value) => props.onEdit(kind, { date: value })}
            />
            {kind === "creditReport" && field("score", t("creditPanel.vetting.score"))}
            {field("fileRef", t("creditPanel.vetting.fileRef"))}
            {field("notes", t("creditPanel.vetting.notes"))}
          </fieldset>
        );
      })}
    </div>
  );
}
