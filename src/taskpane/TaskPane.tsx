import { FluentProvider, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { CSSProperties, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { t } from "../i18n";
import { WorkbookPort } from "../workbook/port";
import { builtGroups, JobGroup, PanelEntry, panels as defaultPanels } from "./panels";
import { ErrorBoundary } from "./shell/ErrorBoundary";
import { errorText } from "./shell/errors";
import { paneContainer, visuallyHidden } from "./shell/layout";
import { LocaleProvider, useLocale, useOptionalLocale } from "./shell/LocaleContext";
import { onGroupRequest } from "./shell/navRequests";
import { Notice } from "./shell/Notice";
import { PaneNav } from "./shell/PaneNav";
import { currentPaneLocale, PaneLocale } from "./shell/paneLocale";
import { fluentTheme, PaneThemeKind } from "./shell/theme";

export interface TaskPaneProps {
  readonly port: WorkbookPort;
  /** Today's date from the host, ISO "YYYY-MM-DD". */
  readonly today: string;
  readonly theme?: PaneThemeKind;
  readonly panels?: readonly PanelEntry[];
  /** The job open at first (default: the first). */
  readonly initialPanel?: string;
  /** The locale to start in when no LocaleProvider is above (default: the current language's). */
  readonly locale?: PaneLocale;
}

/**
 * The provider fills the pane through an inline style on purpose: FluentProvider hands its className to
 * the portals it hosts (the job menu), and a min-height there made the menu's portal cover the pane.
 */
const PROVIDER_STYLE: CSSProperties = { minHeight: "100%", display: "flex", flexDirection: "column" };

const useStyles = makeStyles({
  root: { flexGrow: 1, display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  body: { ...paneContainer, padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  hidden: visuallyHidden,
});

/**
 * The task pane: the navigation by job group and the open job's panel, inside an error boundary. An
 * unhandled promise anywhere in the pane shows as a message instead of vanishing. The pane's language
 * is React state (LocaleProvider): switching it re-renders in place and keeps the open job and what
 * was typed.
 */
export function TaskPane(props: TaskPaneProps) {
  const outer = useOptionalLocale();
  if (outer) return <PaneBody {...props} />;
  return (
    <LocaleProvider initial={props.locale ?? currentPaneLocale()}>
      <PaneBody {...props} />
    </LocaleProvider>
  );
}

function PaneBody(props: TaskPaneProps) {
  // Read so that a change of language re-renders the pane (and with it the open panel).
  useLocale();
  const styles = useStyles();
  const headingId = useId();
  const list = props.panels ?? defaultPanels;
  const groups = useMemo(() => builtGroups(list), [list]);
  const [open, setOpen] = useState(props.initialPanel ?? list[0]?.id);
  const [background, setBackground] = useState<string | null>(null);
  const lastJob = useRef<Partial<Record<JobGroup, string>>>({});
  const entry = list.find((p) => p.id === open) ?? list[0];
  if (entry) lastJob.current[entry.group] = entry.id;

  const openGroup = useCallback(
    (group: JobGroup) => {
      const jobs = groups.find((g) => g.id === group)?.jobs ?? [];
      const job = jobs.find((j) => j.id === lastJob.current[group]) ?? jobs[0];
      if (job) setOpen(job.id);
    },
    [groups],
  );
  useEffect(() => onGroupRequest(openGroup), [openGroup]);

  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      setBackground(errorText(event.reason));
    };
    window.addEventListener("unhandledrejection", onRejection);
    return () => window.removeEventListener("unhandledrejection", onRejection);
  }, []);

  const Panel = entry?.component;
  const groupTitle = entry ? groups.find((g) => g.id === entry.group)?.titleKey : undefined;
  return (
    <FluentProvider theme={fluentTheme(props.theme ?? "light")} style={PROVIDER_STYLE}>
      <div className={styles.root}>
        {entry && <PaneNav groups={groups} current={entry} onOpen={setOpen} />}
        <main className={styles.body} aria-labelledby={entry ? headingId : undefined}>
          {entry && (
            <h2 id={headingId} className={styles.hidden}>
              {t("nav.current", { group: groupTitle ? t(groupTitle) : "", job: t(entry.titleKey) })}
            </h2>
          )}
          {background && <Notice intent="error" title={t("pane.error.title")} message={t("pane.error.background", { detail: background })} action={{ label: t("pane.dismiss"), onClick: () => setBackground(null) }} />}
          {Panel && (
            <ErrorBoundary key={entry.id}>
              <Suspense fallback={<Spinner size="small" label={t("pane.loading")} />}>
                <Panel port={props.port} today={props.today} openPanel={setOpen} />
              </Suspense>
            </ErrorBoundary>
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
