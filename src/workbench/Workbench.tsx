import { FluentProvider, makeStyles, mergeClasses, MessageBar, MessageBarBody, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { CSSProperties, useMemo, useState } from "react";
import { t } from "../i18n";
import { TaskPane } from "../taskpane/TaskPane";
import { LocaleProvider, useLocale } from "../taskpane/shell/LocaleContext";
import { LocaleSelect } from "../taskpane/shell/LocaleSelect";
import { currentPaneLocale, PaneLocale } from "../taskpane/shell/paneLocale";
import { columnLetters } from "../domain/core";
import { ChartView } from "./ChartView";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { LoadBar } from "./LoadBar";
import { createWorkbench, Workbench as WorkbenchState } from "./sampleWorkbook";
import { SampleStatements } from "./SampleStatements";
import { SheetTabs } from "./SheetTabs";
import { useWorkbookVersion } from "./useWorkbookVersion";

export interface WorkbenchProps {
  /** Today's date, ISO "YYYY-MM-DD", from the page (the domain never reads the clock). */
  readonly today: string;
  /** A workbench to show (tests); a fresh one with the sample ledger otherwise. */
  readonly bench?: WorkbenchState;
  /** The pane's locale at first (default: the current language's). */
  readonly locale?: PaneLocale;
  /** The task pane's width in CSS pixels (default 380; ?pane=320 on the page sets it). */
  readonly paneWidth?: number;
}

/** Narrowest and widest pane the workbench shows: Excel's own task pane goes from about 320 px up. */
export const PANE_WIDTH = { min: 280, default: 380, max: 800 } as const;

const useStyles = makeStyles({
  page: { height: "100vh", display: "grid", gridTemplateColumns: `minmax(0, 1fr) var(--pane-width, ${PANE_WIDTH.default}px)`, gridTemplateRows: "auto minmax(0, 1fr)", backgroundColor: tokens.colorNeutralBackground2 },
  header: { gridColumn: "1 / 3", display: "flex", alignItems: "center", gap: tokens.spacingHorizontalL, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, flexWrap: "wrap" },
  grow: { flexGrow: 1 },
  sheet: { display: "flex", flexDirection: "column", minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  pane: { borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowY: "auto", minHeight: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  charts: { display: "flex", flexWrap: "wrap", maxHeight: "45vh", overflowY: "auto", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/**
 * The workbench page: an in-memory workbook (grid, formula bar, sheet tabs) beside the real task pane.
 * The page and the pane share one LocaleProvider: the header's language switch re-renders the pane in
 * place, as the pane's own switch in Settings does, without remounting it.
 */
export function Workbench(props: WorkbenchProps) {
  return (
    <LocaleProvider initial={props.locale ?? currentPaneLocale()}>
      <WorkbenchPage {...props} />
    </LocaleProvider>
  );
}

function WorkbenchPage(props: WorkbenchProps) {
  useLocale();
  const styles = useStyles();
  const bench = useMemo(() => props.bench ?? createWorkbench(props.today), [props.bench, props.today]);
  const { workbook, formulas } = bench;
  const version = useWorkbookVersion(workbook);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [cursor, setCursor] = useState({ row: 0, column: 0 });
  const sheet = workbook.active();
  const jumped = workbook.selection();
  // A jump from the pane (port.select) moves the cursor to that cell.
  const [seenJump, setSeenJump] = useState(jumped);
  if (jumped !== seenJump) {
    setSeenJump(jumped);
    if (jumped) setCursor({ row: jumped.row, column: jumped.column });
  }
  const formula = formulas.at(sheet, cursor.row, cursor.column);
  const editText = (row: number, column: number) => {
    const f = formulas.at(sheet, row, column);
    if (f) return f.text;
    const v = workbook.values(sheet)[row]?.[column];
    return v === null || v === undefined ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
  };
  const errorAt = (row: number, column: number) => {
    const f = formulas.at(sheet, row, column);
    return f && !f.result.ok ? f.result.message : undefined;
  };
  const charts = workbook.charts().filter((c) => c.sheet === sheet);
  const stats = workbook.stats();

  return (
    <FluentProvider theme={webLightTheme} className={styles.page} style={paneWidthStyle(props.paneWidth)}>
      <header className={styles.header}>
        <Text as="h1" weight="semibold" size={400}>
          {t("pane.bench.title")}
        </Text>
        <Text className={mergeClasses(styles.grow, styles.hint)}>{t("pane.bench.subtitle")}</Text>
        <LoadBar
          onMessage={setMessage}
          onLoaded={(sheets) => sheets.map((s) => workbook.addSheet(s.name, s.values, { numberFormats: s.numberFormats }))}
        />
        <SampleStatements workbook={workbook} today={props.today} />
        <Text className={styles.hint} aria-live="polite">
          {t("pane.bench.writes", { requests: stats.writeRequests, kb: Math.ceil(stats.largestWriteBytes / 1024) })}
        </Text>
        <LocaleSelect ariaLabel={t("pane.bench.language")} />
      </header>
      <section className={styles.sheet} aria-label={t("pane.bench.workbook")}>
        {message && (
          <MessageBar intent={message.intent}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
        <FormulaBar
          address={`${columnLetters(cursor.column)}${cursor.row + 1}`}
          text={editText(cursor.row, cursor.column)}
          error={formula && !formula.result.ok ? `${formula.result.code} ${formula.result.message}` : undefined}
          onCommit={(text) => formulas.enter(sheet, cursor.row, cursor.column, text)}
        />
        {charts.length > 0 && (
          // Scrolls when the charts are taller than their slot, so it takes focus (keyboard users scroll it too).
          <div className={styles.charts} role="region" aria-label={t("pane.bench.charts")} tabIndex={0}>
            {charts.map((chart, k) => (
              <ChartView key={`${chart.title}-${k}`} chart={chart} />
            ))}
          </div>
        )}
        <Grid
          workbook={workbook}
          sheet={sheet}
          version={version}
          selected={cursor}
          onSelect={(row, column) => setCursor({ row, column })}
          onEdit={(row, column, text) => formulas.enter(sheet, row, column, text)}
          editText={editText}
          errorAt={errorAt}
        />
        <SheetTabs
          sheets={workbook.sheetNames()}
          active={sheet}
          onSelect={(s) => {
            workbook.setActive(s);
            setCursor({ row: 0, column: 0 });
          }}
        />
      </section>
      <aside className={styles.pane} aria-label={t("pane.bench.pane")}>
        <TaskPane port={workbook} today={props.today} />
      </aside>
    </FluentProvider>
  );
}

/** The page's CSS variable for the pane's width, clamped to what a task pane can be. */
function paneWidthStyle(width: number | undefined): CSSProperties | undefined {
  if (width === undefined || !Number.isFinite(width)) return undefined;
  const px = Math.round(Math.min(PANE_WIDTH.max, Math.max(PANE_WIDTH.min, width)));
  return { "--pane-width": `${px}px` } as CSSProperties;
}
