import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from "@fluentui/react-components";
import { CreditDecisionKind, ReviewLine } from "../../domain/credit";
import { t } from "../../i18n";
import { Notice } from "../shell/Notice";
import { formatMoney } from "../shell/confidential";
import { OverrideDraft, OverrideState } from "./useCreditReviewPanel";

export interface OverrideFormProps {
  readonly lines: readonly ReviewLine[];
  readonly draft: OverrideDraft;
  readonly state: OverrideState;
  readonly overridden: Readonly<Record<string, { limit: number; decision: CreditDecisionKind }>>;
  readonly onEdit: (patch: Partial<OverrideDraft>) => void;
  readonly onSave: () => void;
}

const DECISIONS: readonly CreditDecisionKind[] = ["Approve", "Refer", "Decline"];

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Override one customer's decision: a new limit and decision, the reason and who decided; logged to AR Credit Log. */
export function OverrideForm(props: OverrideFormProps) {
  const styles = useStyles();
  const { draft, state } = props;
  const problems = state.status === "done" && !state.result.ok ? state.result.problems : {};
  const line = props.lines.find((l) => l.customer === draft.customer);
  const done = line ? props.overridden[line.customer] : undefined;
  return (
    <section className={styles.column} aria-label={t("creditPanel.override.title")}>
      <Field label={t("creditPanel.override.customer")} hint={line ? t("creditPanel.override.current", { decision: done?.decision ?? line.decision, limit: formatMoney(done?.limit ?? line.limit) }) : undefined}>
        <Select value={draft.customer} onChange={(_, d) => props.onEdit({ customer: d.value })}>
          {props.lines.map((l) => (
            <option key={l.index} value={l.customer}>
              {l.customer}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("creditPanel.override.limit")} validationState={problems.limit ? "error" : "none"} validationMessage={problems.limit}>
        <Input inputMode="decimal" value={draft.limitText} onChange={(_, d) => props.onEdit({ limitText: d.value })} />
      </Field>
      <Field label={t("creditPanel.override.decision")}>
        <Select value={draft.decision} onChange={(_, d) => props.onEdit({ decision: d.value as CreditDecisionKind })}>
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("creditPanel.override.reason")} validationState={problems.reason ? "error" : "none"} validationMessage={problems.reason}>
        <Textarea value={draft.reason} onChange={(_, d) => props.onEdit({ reason: d.value })} />
      </Field>
      <Field label={t("creditPanel.override.who")} validationState={problems.who ? "error" : "none"} validationMessage={problems.who}>
        <Input value={draft.who} onChange={(_, d) => props.onEdit({ who: d.value })} />
      </Field>
      <Button onClick={props.onSave} disabled={!line || state.status === "running"}>
        {t("creditPanel.override.save")}
      </Button>
      {state.status === "done" && state.result.ok && <Notice intent="success" message={t("creditPanel.override.saved", { customer: state.result.entry.customer })} />}
      {state.status === "error" && <Notice intent="error" message={state.message} />}
    </section>
  );
}
