import { FluentProvider, makeStyles, mergeClasses, MessageBar, MessageBarBody, Select, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { Lang, LANGUAGES, setLanguage, getLanguage, t } from "../i18n";
import { TaskPane } from "../taskpane/TaskPane";
import { columnName } from "../workbook/memoryWorkbook";
import { ChartView } from "./ChartView";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { LoadBar } from "./LoadBar";
import { createWorkbench, Workbench as WorkbenchState } from "./sampleWorkbook";
import { SheetTabs } from "./SheetTabs";
import { useWorkbookVersion } from "./useWorkbookVersion";

export interface WorkbenchProps {
  /** Today's date, ISO "YYYY-MM-DD", from the page (the domain never reads the clock). */
  readonly today: string;
  /** A workbench to show (tests); a fresh one with the sample ledger otherwise. */
  readonly bench?: WorkbenchState;
}

const useStyles = makeStyles({
  page: { height: "100vh", display: "grid", gridTemplateColumns: "minmax(0, 1fr) 380px", gridTemplateRows: "auto minmax(0, 1fr)", backgroundColor: tokens.colorNeutralBackground2 },
  header: { gridColumn: "1 / 3", display: "flex", alignItems: "center", gap: tokens.spacingHorizontalL, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, flexWrap: "wrap" },
  grow: { flexGrow: 1 },
  sheet: { display: "flex", flexDirection: "column", minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  pane: { borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowY: "auto", minHeight: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The workbench page: an in-memory workbook (grid, formula bar, sheet tabs) beside the real task pane. */
export function Workbench(props: WorkbenchProps) {
  const styles = useStyles();
  const bench = useMemo(() => props.bench ?? createWorkbench(props.today), [props.bench, props.today]);
  const { workbook, formulas } = bench;
  const version = useWorkbookVersion(workbook);
  const [lang, setLang] = useState<Lang>(getLanguage());
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
  const chart = workbook.charts().find((c) => c.sheet === sheet);
  const stats = workbook.stats();

  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <header className={styles.header}>
        <Text as="h1" weight="semibold" size={400}>
          {t("pane.bench.title")}
        </Text>
        <Text className={mergeClasses(styles.grow, styles.hint)}>{t("pane.bench.subtitle")}</Text>
        <LoadBar
          onMessage={setMessage}
          onLoaded={(sheets) => sheets.map((s) => workbook.addSheet(s.name, s.values, { numberFormats: s.numberFormats }))}
        />
        <Text className={styles.hint} aria-live="polite">
          {t("pane.bench.writes", { requests: stats.writeRequests, kb: Math.ceil(stats.largestWriteBytes / 1024) })}
        </Text>
        <Select
          aria-label={t("pane.bench.language")}
          value={lang}
          onChange={(_, d) => {
            setLanguage(d.value as Lang);
            setLang(d.value as Lang);
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`pane.lang.${l}`)}
            </option>
          ))}
        </Select>
      </header>
      <section className={styles.sheet} aria-label={t("pane.bench.workbook")}>
        {message && (
          <MessageBar intent={message.intent}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
        <FormulaBar
          address={`${columnName(cursor.column)}${cursor.row + 1}`}
          text={editText(cursor.row, cursor.column)}
          error={formula && !formula.result.ok ? `${formula.result.code} ${formula.result.message}` : undefined}
          onCommit={(text) => formulas.enter(sheet, cursor.row, cursor.column, text)}
        />
        {chart && <ChartView chart={chart} />}
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
        <TaskPane key={lang} port={workbook} today={props.today} />
      </aside>
    </FluentProvider>
  );
}
