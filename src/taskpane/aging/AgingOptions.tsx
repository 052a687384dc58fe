import { Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import { BucketsParse } from "./buckets";

export interface AgingOptionsProps {
  readonly asOfText: string;
  readonly asOfValid: boolean;
  readonly bucketsText: string;
  readonly buckets: BucketsParse;
  readonly groupByCustomer: boolean;
  readonly onAsOf: (text: string) => void;
  readonly onBuckets: (text: string) => void;
  readonly onGroup: (on: boolean) => void;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The as-of date, the bucket bounds and the grouping of a run. */
export function AgingOptions(props: AgingOptionsProps) {
  const styles = useStyles();
  const bucketsError = props.buckets.ok ? undefined : t(props.buckets.problem.code, props.buckets.problem.params);
  return (
    <div className={styles.column}>
      <Field label={t("pane.aging.asOf")} validationState={props.asOfValid ? "none" : "error"} validationMessage={props.asOfValid ? undefined : t("pane.aging.asOfInvalid")}>
        <Input type="date" value={props.asOfText} disabled={props.disabled} onChange={(_, data) => props.onAsOf(data.value)} />
      </Field>
      <Field label={t("pane.aging.buckets")} hint={bucketsError ? undefined : t("pane.aging.bucketsHint")} validationState={bucketsError ? "error" : "none"} validationMessage={bucketsError}>
        <Input value={props.bucketsText} disabled={props.disabled} onChange={(_, data) => props.onBuckets(data.value)} />
      </Field>
      <Checkbox label={t("pane.aging.groupByCustomer")} checked={props.groupByCustomer} disabled={props.disabled} onChange={(_, data) => props.onGroup(data.checked === true)} />
    </div>
  );
}
