import { Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import { DateField } from "../shell/DateField";
import { fieldGrid } from "../shell/layout";
import { BucketsParse } from "./buckets";

export interface AgingOptionsProps {
  /** ISO "YYYY-MM-DD" (or the text typed when it is not a date). */
  readonly asOfText: string;
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
  grid: fieldGrid,
});

/** The as-of date, the bucket bounds and the grouping of a run. */
export function AgingOptions(props: AgingOptionsProps) {
  const styles = useStyles();
  const bucketsError = props.buckets.ok ? undefined : t(props.buckets.problem.code, props.buckets.problem.params);
  return (
    <div className={styles.column}>
      <div className={styles.grid}>
        <DateField label={t("pane.aging.asOf")} value={props.asOfText} disabled={props.disabled} onChange={props.onAsOf} />
        <Field label={t("pane.aging.buckets")} hint={bucketsError ? undefined : t("pane.aging.bucketsHint")} validationState={bucketsError ? "error" : "none"} validationMessage={bucketsError}>
          <Input value={props.bucketsText} disabled={props.disabled} onChange={(_, data) => props.onBuckets(data.value)} />
        </Field>
      </div>
      <Checkbox label={t("pane.aging.groupByCustomer")} checked={props.groupByCustomer} disabled={props.disabled} onChange={(_, data) => props.onGroup(data.checked === true)} />
    </div>
  );
}
