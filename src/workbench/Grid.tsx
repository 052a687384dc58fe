import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { t } from "../i18n";
import { columnLetters } from "../domain/core";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";
import { cellText } from "./cellText";

export interface GridProps {
  readonly workbook: MemoryWorkbook;
  readonly sheet: string;
  readonly version: number;
  readonly selected: { readonly row: number; readonly column: number };
  readonly onSelect: (row: number, column: number) => void;
  /** What the user typed into a cell (a formula or a value). */
  readonly onEdit: (row: number, column: number, text: string) => void;
  /** The text to edit for a cell: its formula, else its value. */
  readonly editText: (row: number, column: number) => string;
  readonly errorAt: (row: number, column: number) => string | undefined;
}

const ROW_HEIGHT = 24;
const OVERSCAN = 8;
const MIN_ROWS = 60;
const MIN_COLUMNS = 12;
const MAX_COLUMNS = 60;

const useStyles = makeStyles({
  scroller: { flexGrow: 1, overflow: "auto", position: "relative", outline: "none", fontSize: tokens.fontSizeBase200 },
  table: { borderCollapse: "collapse", tableLayout: "fixed" },
  head: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold, textAlign: "center", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  rowHead: { position: "sticky", left: 0, backgroundColor: tokens.colorNeutralBackground3, textAlign: "end", paddingInline: tokens.spacingHorizontalXS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, width: "56px" },
  cell: { height: `${ROW_HEIGHT - 1}px`, maxWidth: "140px", width: "120px", overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis", paddingInline: tokens.spacingHorizontalXS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  editor: { width: "100%", boxSizing: "border-box", font: "inherit", border: "none", outline: "none", padding: 0 },
});

/**
 * The active sheet's cells, virtualised: only the rows in view (and a few around) are in the page, so a
 * sheet of a million rows scrolls as fast as one of ten. Double-click, Enter, F2 or typing edits a cell.
 */
export function Grid(props: GridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [editing, setEditing] = useState<{ row: number; column: number; text: string } | null>(null);
  const values = props.workbook.values(props.sheet);
  const { rowCount, columnCount } = useMemo(() => {
    let width = 0;
    for (const row of values) if (row && row.length > width) width = row.length;
    return { rowCount: Math.max(MIN_ROWS, values.length + 20), columnCount: Math.min(MAX_COLUMNS, Math.max(MIN_COLUMNS, width + 2)) };
  }, [values, props.version]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
  }, []);

  // Bring the selected cell into view (after a jump from the pane).
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const top = (props.selected.row + 1) * ROW_HEIGHT;
    if (top < el.scrollTop + ROW_HEIGHT || top > el.scrollTop + el.clientHeight - ROW_HEIGHT) el.scrollTop = Math.max(0, top - el.clientHeight / 2);
  }, [props.selected.row, props.sheet]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const columns = Array.from({ length: columnCount }, (_, c) => c);

  const commit = () => {
    if (!editing) return;
    props.onEdit(editing.row, editing.column, editing.text);
    setEditing(null);
    scroller.current?.focus();
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const { row, column } = props.selected;
    const move: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Tab: [0, 1] };
    if (move[e.key]) {
      e.preventDefault();
      props.onSelect(Math.max(0, row + move[e.key][0]), Math.max(0, column + move[e.key][1]));
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      setEditing({ row, column, text: props.editText(row, column) });
    } else if (e.key === "Delete" || e.key === "Backspace") {
      props.onEdit(row, column, "");
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setEditing({ row, column, text: e.key });
    }
  };

  return (
    <div ref={scroller} className={styles.scroller} tabIndex={0} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} onKeyDown={onKey} role="region" aria-label={props.sheet}>
      <table className={styles.table} role="grid" aria-label={props.sheet} aria-rowcount={rowCount}>
        <thead>
          <tr>
            <th className={styles.head} aria-label={t("pane.bench.cell")} />
            {columns.map((c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr style={{ height: `${first * ROW_HEIGHT}px` }} aria-hidden />}
          {Array.from({ length: last - first }, (_, k) => first + k).map((r) => (
            <tr key={r} aria-rowindex={r + 1}>
              <th className={styles.rowHead} scope="row">
                {r + 1}
              </th>
              {columns.map((c) => {
                const value = values[r]?.[c];
                const error = props.errorAt(r, c);
                const selected = props.selected.row === r && props.selected.column === c;
                const classes = mergeClasses(styles.cell, typeof value === "number" && styles.number, selected && styles.selected, error && styles.error);
                return (
                  <td
                    key={c}
                    className={classes}
                    title={error}
                    role="gridcell"
                    aria-selected={selected}
                    onClick={() => props.onSelect(r, c)}
                    onDoubleClick={() => setEditing({ row: r, column: c, text: props.editText(r, c) })}
                  >
                    {editing && editing.row === r && editing.column === c ? (
                      <input
                        className={styles.editor}
                        autoFocus
                        aria-label={`${columnLetters(c)}${r + 1}`}
                        value={editing.text}
                        onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                        onBlur={commit}
                        onKeyDown={(e) => {
                          if (e.key === "Enter") commit();
                          if (e.key === "Escape") setEditing(null);
                        }}
                      />
                    ) : (
                      cellText(value, props.workbook.numberFormat(props.sheet, r, c))
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          {last < rowCount && <tr style={{ height: `${(rowCount - last) * ROW_HEIGHT}px` }} aria-hidden />}
        </tbody>
      </table>
    </div>
  );
}
