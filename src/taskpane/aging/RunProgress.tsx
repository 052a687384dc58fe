import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import { RunPhase } from "./runAging";

export interface RunProgressProps {
  readonly phase: RunPhase;
  readonly fraction: number;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
});

/** A run's progress bar with its phase, and Cancel. */
export function RunProgress(props: RunProgressProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field className={styles.bar} validationMessage={t(`pane.aging.phase.${props.phase}`)} validationState="none">
        <ProgressBar value={props.fraction} max={1} aria-label={t(`pane.aging.phase.${props.phase}`)} />
      </Field>
      <Button onClick={props.onCancel}>{t("pane.aging.cancel")}</Button>
    </div>
  );
}
