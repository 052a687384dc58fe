import { GriffelStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Key, ReactNode } from "react";
import { NARROW, NARROW_FOR_WIDE_TABLES, visuallyHidden } from "./layout";

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
  /** How many leading columns name the record: its title line in the stacked layout (default 1). */
  readonly titleColumns?: number;
}

/** Tables of more columns than this stack at the wider breakpoint. */
const WIDE_TABLE = 5;

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse" },
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
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  numberCell: { whiteSpace: "nowrap" },
});

/** The stacked layout, under a container query: one block per record. */
function stacked(query: string): Record<string, GriffelStyle> {
  return {
    table: { [query]: { display: "block" } },
    head: { [query]: visuallyHidden },
    body: { [query]: { display: "block" } },
    row: {
      [query]: {
        display: "block",
        paddingBlock: tokens.spacingVerticalXS,
        borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      },
    },
    td: {
      [query]: {
        display: "inline-block",
        maxWidth: "100%",
        padding: 0,
        marginInlineEnd: tokens.spacingHorizontalM,
        borderBottom: "none",
        textAlign: "start",
        whiteSpace: "normal",
        "::before": { content: "attr(data-label)", color: tokens.colorNeutralForeground3, marginInlineEnd: tokens.spacingHorizontalXS },
      },
    },
    // The leading columns name the record, on a line of their own.
    title: { [query]: { display: "inline", marginInlineEnd: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold, "::before": { content: "none" } } },
    // The line break after the title; the title's end margin would otherwise indent the next line.
    titleEnd: { [query]: { marginInlineEnd: 0, "::after": { content: '"\\A"', whiteSpace: "pre" } } },
  };
}

const useStacked = makeStyles(stacked(NARROW));
const useStackedWide = makeStyles(stacked(NARROW_FOR_WIDE_TABLES));

/**
 * A table of records that fits any pane: a table with its header row when the pane is wide, and in a
 * narrow pane (below 26rem, or 36rem for tables of more than five columns) one block per record, its
 * leading column(s) as a title line and the other cells flowing after it, each with its column's name
 * before it. The roles are explicit, so screen readers keep the table's rows, cells and headers in
 * both layouts.
 */
export function RecordTable<T>({ label, columns, rows, rowKey, rowTitle, titleColumns = 1 }: RecordTableProps<T>) {
  const styles = useStyles();
  const narrow = useStacked();
  const narrowWide = useStackedWide();
  const s = columns.length > WIDE_TABLE ? narrowWide : narrow;
  return (
    <table className={mergeClasses(styles.table, s.table)} role="table" aria-label={label}>
      <thead className={s.head} role="rowgroup">
        <tr role="row">
          {columns.map((c) => (
            <th key={c.key} role="columnheader" scope="col" className={mergeClasses(styles.th, c.numeric && styles.number)}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className={s.body} role="rowgroup">
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)} role="row" className={s.row} title={rowTitle?.(row)}>
            {columns.map((c, i) => (
              <td
                key={c.key}
                role="cell"
                data-label={c.header}
                className={mergeClasses(styles.td, c.numeric && styles.number, c.numeric && styles.numberCell, s.td, i < titleColumns && s.title, i === titleColumns - 1 && s.titleEnd)}
              >
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
