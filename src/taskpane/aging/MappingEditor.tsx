import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { LedgerField, LedgerReport, NOT_MAPPED } from "../../domain/ledger";
import { t } from "../../i18n";
import { LEDGER_FIELDS } from "./fields";
import { ColumnChoice } from "./useAgingPanel";

export interface MappingEditorProps {
  readonly preview: LedgerReport;
  readonly columns: readonly ColumnChoice[];
  /** Sheet row (0-based) of the range's first row, to name the header row. */
  readonly firstRow: number;
  readonly overrides: Partial<Record<LedgerField, number>>;
  readonly onMap: (field: LedgerField, column: number | null) => void;
  readonly disabled?: boolean;
}

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

const NONE = "";

/** What the reader mapped, column → field, with a dropdown per field to correct it. */
export function MappingEditor(props: MappingEditorProps) {
  const styles = useStyles();
  const mapped = new Map(props.preview.mapping.map((m) => [m.field, m.column]));
  const missing = new Set(props.preview.missing);
  return (
    <div className={styles.grid}>
      <Text className={styles.hint}>{t("pane.aging.headerRow", { row: props.firstRow + props.preview.headerIndex + 1 })}</Text>
      {LEDGER_FIELDS.map((field) => {
        const override = props.overrides[field];
        const column = override === NOT_MAPPED ? undefined : (override ?? mapped.get(field));
        const label = t(`pane.field.${field}`);
        return (
          <Field
            key={field}
            label={label}
            orientation="horizontal"
            validationState={missing.has(field) ? "error" : "none"}
            validationMessage={missing.has(field) ? t("pane.aging.fieldMissing") : undefined}
          >
            <Select
              aria-label={label}
              value={column === undefined ? NONE : String(column)}
              disabled={props.disabled}
              onChange={(_, data) => props.onMap(field, data.value === NONE ? null : Number(data.value))}
            >
              <option value={NONE}>{t("pane.aging.notMapped")}</option>
              {props.columns.map((c) => (
                <option key={c.column} value={String(c.column)}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </div>
  );
}
