import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { LedgerField, LedgerReport, NOT_MAPPED } from "../../domain/ledger";
import { t } from "../../i18n";
import { Notice } from "../shell/Notice";
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
  /** True when the choices are remembered for this header layout; `onForget` goes back to the detected columns. */
  readonly remembered?: boolean;
  readonly onForget?: () => void;
}

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

const NONE = "";

/**
 * What the reader mapped, column → field, with a dropdown per field to correct it; the reader's doubts
 * (the original amounts aged while other columns hold amounts) and whether the choices are remembered.
 */
export function MappingEditor(props: MappingEditorProps) {
  const styles = useStyles();
  const mapped = new Map(props.preview.mapping.map((m) => [m.field, m.column]));
  const missing = new Set(props.preview.missing);
  const labelOf = (column: number, header: string) => props.columns.find((c) => c.column === column)?.label ?? header;
  return (
    <div className={styles.grid}>
      <Text className={styles.hint}>{t("pane.aging.headerRow", { row: props.firstRow + props.preview.headerIndex + 1 })}</Text>
      {(props.preview.warnings ?? []).map((w) => (
        <Notice key={w.code} intent="warning" message={t(w.code, { columns: w.columns.map((c) => labelOf(c.column, c.header)).join(", ") })} />
      ))}
      {props.remembered && (
        <Notice intent="info" message={t("pane.aging.remembered")} action={props.onForget && !props.disabled ? { label: t("pane.aging.forget"), onClick: props.onForget } : undefined} />
      )}
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
