import { Button, Field, makeStyles, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { Figure } from "../../domain/metrics";
import { getLanguage, t } from "../../i18n";
import { formatMoney, numberFormatter } from "../../i18n/numberFormat";
import { PanelProps } from "../panelTypes";
import { isoToSerial } from "../shell/asOf";
import { DateField } from "../shell/DateField";
import { LedgerSource, listSources, sourceKey } from "../shell/ledgerSource";
import { Notice } from "../shell/Notice";
import { RecordTable } from "../shell/RecordTable";
import { SourceSelect } from "../shell/SourceSelect";
import { useTask } from "../shell/useTask";
import { DashboardOutcome, runDashboard } from "./runDashboard";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  figures: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  figure: { display: "flex", flexDirection: "column", flexBasis: "130px", flexGrow: 1, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
});

/** The collections dashboard: the figures as of a date, written to `AR Dashboard` with its charts. */
export function DashboardPanel({ port, today }: PanelProps) {
  const styles = useStyles();
  const [sources, setSources] = useState<readonly LedgerSource[]>([]);
  const [ledger, setLedger] = useState<LedgerSource | null>(null);
  const [paid, setPaid] = useState<LedgerSource | null>(null);
  const [asOfText, setAsOfText] = useState(today);
  const task = useTask((_run, asOf: number, chosen: LedgerSource, paidSource: LedgerSource | null) => runDashboard({ port, ledger: chosen, paid: paidSource, asOf, lang: getLanguage() }));
  const { fail } = task;

  useEffect(() => {
    let current = true;
    listSources(port)
      .then((list) => {
        if (!current) return;
        setSources(list.sources);
        setLedger(list.preferred);
      })
      .catch((e) => current && fail(e));
    return () => {
      current = false;
    };
  }, [port, fail]);

  const asOf = isoToSerial(asOfText);
  const running = task.state.status === "running";
  const outcome: DashboardOutcome | null = task.state.status === "done" ? task.state.result : null;
  const lang = getLanguage();
  const find = (key: string) => sources.find((s) => sourceKey(s) === key) ?? null;
  return (
    <div className={styles.panel}>
      <Text className={styles.hint} block>
        {t("dashboard.intro")}
      </Text>
      <SourceSelect label={t("dashboard.ledger")} sources={sources} source={ledger} onChoose={(k) => setLedger(find(k))} disabled={running} />
      <Field label={t("dashboard.paid")} hint={t("dashboard.paidHint")}>
        <Select value={paid ? sourceKey(paid) : ""} disabled={running} onChange={(_, d) => setPaid(find(d.value))}>
          <option value="">{t("dashboard.paidNone")}</option>
          {sources.map((s) => (
            <option key={sourceKey(s)} value={sourceKey(s)}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>
      <DateField label={t("dashboard.asOf")} value={asOfText} onChange={setAsOfText} disabled={running} />
      <div>
        <Button appearance="primary" disabled={running || !ledger || asOf === null} onClick={() => ledger && asOf !== null && task.start(asOf, ledger, paid)}>
          {t("dashboard.run")}
        </Button>
      </div>
      {running && <Spinner size="tiny" label={t("dashboard.running")} />}
      {task.state.status === "error" && <Notice intent="error" title={t("dashboard.failed")} message={task.state.message} />}
      {outcome?.status === "missing" && <Notice intent="warning" message={t("dashboard.missing", { fields: outcome.fields.map((f) => t(`pane.field.${f}`)).join(", ") })} />}
      {outcome?.status === "done" && (
        <section aria-label={t("dashboard.result")}>
          <Notice intent="success" message={t("dashboard.written", { sheet: outcome.sheet, charts: outcome.charts })} />
          <div className={styles.figures}>
            <Stat label={t("dashboard.figure.total")} value={formatMoney(outcome.dashboard.total, lang)} />
            <Stat label={t("dashboard.figure.overdueShare")} value={outcome.dashboard.overdueShare === null ? "—" : percent(outcome.dashboard.overdueShare)} />
            <Stat label={t("dashboard.col.dso")} figure={outcome.dashboard.dso} />
            <Stat label={t("dashboard.col.bpdso")} figure={outcome.dashboard.bpdso} />
            <Stat label={t("dashboard.col.add")} figure={outcome.dashboard.add} />
            <Stat label={t("dashboard.col.cei")} figure={outcome.dashboard.cei} percent />
          </div>
          <RecordTable
            label={t("dashboard.section.top")}
            rows={outcome.dashboard.topOverdue}
            rowKey={(c) => c.key}
            columns={[
              { key: "customer", header: t("dashboard.col.item"), cell: (c) => c.customer },
              { key: "overdue", header: t("dashboard.col.overdue"), numeric: true, cell: (c) => formatMoney(c.overdue, lang) },
              { key: "days", header: t("dashboard.col.days"), numeric: true, cell: (c) => c.oldestDays },
              { key: "beyond", header: t("dashboard.col.beyond"), numeric: true, cell: (c) => (c.behaviour?.averageDaysBeyondTerms != null ? days(c.behaviour.averageDaysBeyondTerms) : "—") },
            ]}
          />
        </section>
      )}
    </div>
  );
}

const percent = (v: number) => numberFormatter(getLanguage(), { style: "percent", maximumFractionDigits: 1 }).format(v);
const days = (v: number) => numberFormatter(getLanguage(), { maximumFractionDigits: 1 }).format(v);

interface StatProps {
  readonly label: string;
  readonly value?: string;
  readonly figure?: Figure;
  readonly percent?: boolean;
}

/** One figure, or a dash with the reason it cannot be given as its tooltip and text. */
function Stat(props: StatProps) {
  const styles = useStyles();
  const f = props.figure;
  const text = props.value ?? (f?.value === null || f === undefined ? "—" : props.percent ? percent(f.value) : days(f.value));
  const reason = f?.problem ? t(f.problem.code, f.problem.params as Record<string, string | number>) : undefined;
  return (
    <div className={styles.figure} title={reason}>
      <Text size={200}>{props.label}</Text>
      <Text weight="semibold" size={400}>
        {text}
      </Text>
      {reason && (
        <Text size={100} className={styles.hint}>
          {reason}
        </Text>
      )}
    </div>
  );
}

export default DashboardPanel;
