import { Button, makeStyles } from "@fluentui/react-components";
import { t } from "../../i18n";
import { controlRow, controlRowGrow } from "../shell/layout";
import { SourceSelect } from "../shell/SourceSelect";
import { LedgerSource } from "../shell/ledgerSource";

export interface SourcePickerProps {
  readonly sources: readonly LedgerSource[];
  readonly source: LedgerSource | null;
  readonly onChoose: (key: string) => void;
  readonly onRefresh: () => void;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  row: controlRow,
  field: controlRowGrow,
});

/** Which table or sheet holds the ledger, and a Refresh to look again. */
export function SourcePicker(props: SourcePickerProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <SourceSelect className={styles.field} label={t("pane.aging.source")} sources={props.sources} source={props.source} onChoose={props.onChoose} disabled={props.disabled} />
      <Button onClick={props.onRefresh} disabled={props.disabled}>
        {t("pane.aging.refresh")}
      </Button>
    </div>
  );
}
