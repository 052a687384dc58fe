import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import { describeSource, LedgerSource, sourceKey } from "./ledgerSource";

export interface SourcePickerProps {
  readonly sources: readonly LedgerSource[];
  readonly source: LedgerSource | null;
  readonly onChoose: (key: string) => void;
  readonly onRefresh: () => void;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

/** Which table or sheet holds the ledger, and a Refresh to look again. */
export function SourcePicker(props: SourcePickerProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field className={styles.field} label={t("pane.aging.source")}>
        <Select value={props.source ? sourceKey(props.source) : ""} disabled={props.disabled || props.sources.length === 0} onChange={(_, data) => props.onChoose(data.value)}>
          {props.sources.map((s) => (
            <option key={sourceKey(s)} value={sourceKey(s)}>
              {describeSource(s)}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={props.onRefresh} disabled={props.disabled}>
        {t("pane.aging.refresh")}
      </Button>
    </div>
  );
}
