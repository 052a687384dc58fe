import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Key, ReactNode } from "react";
import { NARROW, visuallyHidden } from "./layout";

export interface RecordColumn<T> {
  /** React key of the column. */
  readonly key: string;
  readonly header: string;
  readonly numeric?: boolean;
  readonly cell: (row: T) => ReactNode;
}

export interface RecordTableProps<T> {
  readonly label: string;
  readonly columns: readonly RecordColumn<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T, index: number) => Key;
  /** A tooltip per row (the reason behind a decision, say). */
  readonly rowTitle?: (row: T) => string | undefined;
}

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    [NARROW]: { display: "block" },
  },
  head: { [NARROW]: visuallyHidden },
  body: { [NARROW]: { display: "block" } },
  row: {
    [NARROW]: {
      display: "flex",
      flexWrap: "wrap",
      columnGap: tokens.spacingHorizontalM,
      paddingBlock: tokens.spacingVerticalXS,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  th: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
  },
  td: {
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    overflowWrap: "anywhere",
    [NARROW]: {
      display: "block",
      padding: 0,
      borderBottom: "none",
      minWidth: 0,
      "::before": { content: "attr(data-label)", color: tokens.colorNeutralForeground3, marginInlineEnd: tokens.spacingHorizontalXS },
    },
  },
  // In the stacked layout the first column names the record, on a line of its own.
  primary: { [NARROW]: { flexBasis: "100%", fontWeight: tokens.fontWeightSemibold, "::before": { content: "none" } } },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", [NARROW]: { textAlign: "start" } },
});

/**
 * A table of records that fits any pane: a table with its header row when the pane is wide, and below
 * 26rem one block per record, its first column as a title and the other cells flowing after it, each
 * with its column's name before it. The roles are explicit, so screen readers keep the table's rows,
 * cells and headers in both layouts.
 */
export function RecordTable<T>({ label, columns, rows, rowKey, rowTitle }: RecordTableProps<T>) {
  const styles = useStyles();
  return (
    <table className={styles.table} role="table" aria-label={label}>
      <thead className={styles.head} role="rowgroup">
        <tr role="row">
          {columns.map((c) => (
            <th key={c.key} role="columnheader" scope="col" className={mergeClasses(styles.th, c.numeric && styles.number)}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className={styles.body} role="rowgroup">
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)} role="row" className={styles.row} title={rowTitle?.(row)}>
            {columns.map((c, i) => (
              <td key={c.key} role="cell" data-label={c.header} className={mergeClasses(styles.td, c.numeric && styles.number, i === 0 && styles.primary)}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
