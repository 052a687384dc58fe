import { FluentProvider, makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { Suspense, useEffect, useState } from "react";
import { t } from "../i18n";
import { WorkbookPort } from "../workbook/port";
import { PanelEntry, panels as defaultPanels } from "./panels";
import { ErrorBoundary } from "./shell/ErrorBoundary";
import { errorText } from "./shell/errors";
import { Notice } from "./shell/Notice";
import { fluentTheme, PaneThemeKind } from "./shell/theme";

export interface TaskPaneProps {
  readonly port: WorkbookPort;
  /** Today's date from the host, ISO "YYYY-MM-DD". */
  readonly today: string;
  readonly theme?: PaneThemeKind;
  readonly panels?: readonly PanelEntry[];
  /** The panel open at first (default: the first). */
  readonly initialPanel?: string;
}

const useStyles = makeStyles({
  root: { minHeight: "100%", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  nav: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowX: "auto", flexShrink: 0 },
  body: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/**
 * The task pane: a tab per job and the open job's panel, inside an error boundary. An unhandled
 * promise anywhere in the pane shows as a message instead of vanishing.
 */
export function TaskPane(props: TaskPaneProps) {
  const styles = useStyles();
  const list = props.panels ?? defaultPanels;
  const [open, setOpen] = useState(props.initialPanel ?? list[0]?.id);
  const [background, setBackground] = useState<string | null>(null);
  const entry = list.find((p) => p.id === open) ?? list[0];

  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      setBackground(errorText(event.reason));
    };
    window.addEventListener("unhandledrejection", onRejection);
    return () => window.removeEventListener("unhandledrejection", onRejection);
  }, []);

  const Panel = entry?.component;
  return (
    <FluentProvider theme={fluentTheme(props.theme ?? "light")} className={styles.root}>
      <nav className={styles.nav} aria-label={t("pane.nav")}>
        <TabList selectedValue={entry?.id} onTabSelect={(_, data) => setOpen(String(data.value))} size="small">
          {list.map((p) => (
            <Tab key={p.id} value={p.id}>
              {t(p.titleKey)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.body}>
        {background && <Notice intent="error" title={t("pane.error.title")} message={t("pane.error.background", { detail: background })} action={{ label: t("pane.dismiss"), onClick: () => setBackground(null) }} />}
        {Panel && (
          <ErrorBoundary key={entry.id}>
            <Suspense fallback={<Spinner size="small" label={t("pane.loading")} />}>
              <Panel port={props.port} today={props.today} openPanel={setOpen} />
            </Suspense>
          </ErrorBoundary>
        )}
      </main>
    </FluentProvider>
  );
}
