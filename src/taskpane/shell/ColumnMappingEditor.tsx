import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { ReactNode } from "react";
import { t } from "../../i18n";
import { ColumnChoice } from "./columnChoices";
import { Notice } from "./Notice";

export interface ColumnMappingEditorProps<F extends string> {
  /** The fields a column can feed, in the order listed. */
  readonly fields: readonly F[];
  readonly labelOf: (field: F) => string;
  /** The column each field is read from: the detected columns with the user's choices over them. */
  readonly mapping: Partial<Record<F, number>>;
  /** Fields the reader needs and has no column for, marked to be chosen. */
  readonly missing: readonly F[];
  readonly columns: readonly ColumnChoice[];
  /** Where the headers were found ("Headers found on row 3."), shown above the fields. */
  readonly headerText?: string;
  /** Choosing a column, or null for "not used" (the field left unread even where a header names it). */
  readonly onMap: (field: F, column: number | null) => void;
  readonly disabled?: boolean;
  /** True when the choices are remembered for this header layout; `onForget` goes back to the detected columns. */
  readonly remembered?: boolean;
  readonly onForget?: () => void;
  /** Notices about the mapping (the reader's doubts), shown under the header row. */
  readonly children?: ReactNode;
}

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

const NONE = "";

/**
 * What a reader mapped, field → column, with a dropdown per field to correct it: the ledger's columns
 * (aging and the panels that read a ledger) and a bank CSV's (Cash) are corrected alike.
 */
export function ColumnMappingEditor<F extends string>(props: ColumnMappingEditorProps<F>) {
  const styles = useStyles();
  const missing = new Set<F>(props.missing);
  return (
    <div className={styles.grid}>
      {props.headerText !== undefined && <Text className={styles.hint}>{props.headerText}</Text>}
      {props.children}
      {props.remembered && (
        <Notice intent="info" message={t("pane.aging.remembered")} action={props.onForget && !props.disabled ? { label: t("pane.aging.forget"), onClick: props.onForget } : undefined} />
      )}
      {props.fields.map((field) => {
        const column = props.mapping[field];
        const label = props.labelOf(field);
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
