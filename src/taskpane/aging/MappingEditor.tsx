import { LedgerField, LedgerReport, NOT_MAPPED } from "../../domain/ledger";
import { t } from "../../i18n";
import { ColumnChoice } from "../shell/columnChoices";
import { ColumnMappingEditor } from "../shell/ColumnMappingEditor";
import { Notice } from "../shell/Notice";
import { LEDGER_FIELDS } from "./fields";

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

/**
 * The ledger's columns in the shared mapping editor: what the reader mapped with the user's choices
 * over it, and the reader's doubts (the original amounts aged while other columns hold amounts).
 */
export function MappingEditor(props: MappingEditorProps) {
  const detected = new Map(props.preview.mapping.map((m) => [m.field, m.column]));
  const mapping: Partial<Record<LedgerField, number>> = {};
  for (const field of LEDGER_FIELDS) {
    const override = props.overrides[field];
    const column = override === NOT_MAPPED ? undefined : (override ?? detected.get(field));
    if (column !== undefined) mapping[field] = column;
  }
  const labelOf = (column: number, header: string) => props.columns.find((c) => c.column === column)?.label ?? header;
  return (
    <ColumnMappingEditor
      fields={LEDGER_FIELDS}
      labelOf={(field) => t(`pane.field.${field}`)}
      mapping={mapping}
      missing={props.preview.missing}
      columns={props.columns}
      headerText={t("pane.aging.headerRow", { row: props.firstRow + props.preview.headerIndex + 1 })}
      onMap={props.onMap}
      disabled={props.disabled}
      remembered={props.remembered}
      onForget={props.onForget}
    >
      {(props.preview.warnings ?? []).map((w) => (
        <Notice key={w.code} intent="warning" message={t(w.code, { columns: w.columns.map((c) => labelOf(c.column, c.header)).join(", ") })} />
      ))}
    </ColumnMappingEditor>
  );
}
