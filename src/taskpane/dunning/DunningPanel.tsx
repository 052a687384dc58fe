import { Button, Field, makeStyles, ProgressBar, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { DunningRunResult, EXCLUSION_REASONS } from "../../domain/dunning";
import type { LetterSender } from "../../export/dunning/letter";
import { getLanguage, t } from "../../i18n";
import { formatMoney } from "../../i18n/numberFormat";
import { PanelProps } from "../panelTypes";
import { DateField } from "../shell/DateField";
import { Notice } from "../shell/Notice";
import { RecordTable } from "../shell/RecordTable";
import { SourceSelect } from "../shell/SourceSelect";
import { useDunningPanel } from "./useDunningPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  grow: { flexGrow: 1 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  link: { color: tokens.colorBrandForegroundLink },
  preview: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalS,
    maxHeight: "420px",
    overflow: "auto",
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    "& table": { width: "100%", borderCollapse: "collapse" },
    "& td, & th": { paddingInline: "2px" },
  },
});

/** A letter of the run as the customer will read it (HTML; every value escaped by documentHtml). */
function LetterPreview({ result, sender }: { result: DunningRunResult; sender: LetterSender }) {
  const styles = useStyles();
  const [key, setKey] = useState(result.letters[0]?.key ?? "");
  const [html, setHtml] = useState<string | null>(null);
  const letter = result.letters.find((l) => l.key === key) ?? result.letters[0];
  useEffect(() => {
    let current = true;
    if (!letter) return;
    Promise.all([import("../../export/dunning/letter"), import("../../export/dunning/preview")]).then(([{ dunningLetterDocument }, { documentHtml }]) => {
      if (current) setHtml(documentHtml(dunningLetterDocument(letter, sender, result.asOf)));
    });
    return () => {
      current = false;
    };
  }, [letter, sender, result.asOf]);
  if (!letter) return null;
  return (
    <section aria-label={t("dunPanel.preview")}>
      <Field label={t("dunPanel.preview")}>
        <Select value={letter.key} onChange={(_, d) => setKey(d.value)}>
          {result.letters.map((l) => (
            <option key={l.key} value={l.key}>
              {t("dunPanel.letterOption", { customer: l.customer, level: l.level, language: l.language.toUpperCase() })}
            </option>
          ))}
        </Select>
      </Field>
      {html === null ? <Spinner size="tiny" /> : <div className={styles.preview} data-testid="dunning-preview" dangerouslySetInnerHTML={{ __html: html }} />}
    </section>
  );
}

/** The run: counts, totals per currency and level, problems, what was left out and why. */
function RunSummary({ result }: { result: DunningRunResult }) {
  const styles = useStyles();
  const lang = getLanguage();
  const byReason = useMemo(() => EXCLUSION_REASONS.map((r) => ({ reason: r, items: result.exclusions.filter((e) => e.reason === r) })).filter((g) => g.items.length > 0), [result]);
  return (
    <>
      <Text block>{t("dunPanel.counts", { letters: result.letters.length, items: result.overdueItems, excluded: result.exclusions.length, problems: result.problems.length })}</Text>
      {result.totals.length > 0 && (
        <RecordTable
          label={t("dunPanel.totals")}
          rows={result.totals}
          rowKey={(r) => `${r.currency} ${r.level}`}
          titleColumns={2}
          columns={[
            { key: "currency", header: t("dunPanel.sheet.currency"), cell: (r) => r.currency },
            { key: "level", header: t("dunPanel.sheet.level"), cell: (r) => r.level },
            { key: "letters", header: t("dunPanel.letters"), numeric: true, cell: (r) => r.letters },
            { key: "total", header: t("dunPanel.total"), numeric: true, cell: (r) => formatMoney(r.total, lang) },
          ]}
        />
      )}
      {result.problems.length > 0 && (
        <section aria-label={t("dunPanel.problems")}>
          <Notice intent="warning" title={t("dunPanel.problems")} message={t("dunPanel.problemsHint")} />
          <ul className={styles.list}>
            {result.problems.map((p, i) => (
              <li key={i}>{`${p.customer}: ${t(p.problem.code, p.problem.params)}`}</li>
            ))}
          </ul>
        </section>
      )}
      {byReason.length > 0 && (
        <details>
          <summary>{t("dunPanel.excluded", { count: result.exclusions.length })}</summary>
          <ul className={styles.list}>
            {byReason.map((g) => (
              <li key={g.reason}>
                {t(`dunning.reason.${g.reason}`, { plan: "", date: "", level: "", minimum: "" }).replace(/\s+$/, "")}: {g.items.length}
                <ul className={styles.list}>
                  {g.items.slice(0, 50).map((e) => (
                    <li key={e.item.entry}>{`${e.customer} · ${e.item.invoice || "—"} · ${t(`dunning.reason.${e.reason}`, { ...e.detail, minimum: typeof e.detail.minimum === "number" ? formatMoney(e.detail.minimum, lang) : "" })}`}</li>
                  ))}
                  {g.items.length > 50 && <li>{t("dunPanel.more", { count: g.items.length - 50 })}</li>}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** The legal escalation pack of one customer of the run: its sheet, its PDF and the ZIP for the lawyer. */
function LegalPackSection({ s }: { s: ReturnType<typeof useDunningPanel> }) {
  const styles = useStyles();
  const result = s.outcome!.result!;
  const choices = useMemo(() => {
    const seen = new Map<string, string>();
    for (const l of result.letters) seen.set(l.key, l.customer);
    for (const e of result.exclusions) if (![...seen.values()].includes(e.customer)) seen.set(`${e.customerId}\u0000${e.customer}`, e.customer);
    return [...seen];
  }, [result]);
  const [key, setKey] = useState(choices[0]?.[0] ?? "");
  const state = s.legal.state;
  if (choices.length === 0) return null;
  return (
    <section aria-label={t("dunLegal.button")}>
      <div className={styles.row}>
        <Field className={styles.grow} label={t("dunLegal.customer")}>
          <Select value={key} onChange={(_, d) => setKey(d.value)}>
            {choices.map(([k, name]) => (
              <option key={k} value={k}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => s.legal.start(s.outcome!, key)} disabled={s.legal.running}>
          {t("dunLegal.button")}
        </Button>
      </div>
      {state.status === "running" && <Spinner size="tiny" />}
      {state.status === "error" && <Notice intent="error" message={state.message} />}
      {state.status === "done" && (
        <>
          <Notice intent="success" message={t("dunLegal.done", { sheet: state.result.sheet })} />
          <div className={styles.row}>
            {state.result.downloads.map((d) => (
              <a key={d.name} className={styles.link} href={d.url} download={d.name}>
                {d.name}
              </a>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

/** The Dunning run: every overdue item of the ledger into one letter per customer, exported in one click. */
export function DunningPanel({ port, today, openPanel }: PanelProps) {
  const styles = useStyles();
  const s = useDunningPanel(port, today);
  const state = s.run.state;
  const ex = s.exporting.state;
  const running = state.status === "running" ? state : ex.status === "running" ? ex : null;
  return (
    <div className={styles.panel}>
      <Text className={styles.hint} block>
        {t("dunPanel.intro")}
      </Text>
      <SourceSelect label={t("dunPanel.ledger")} sources={s.sources} source={s.ledger} onChoose={s.chooseLedger} disabled={!!running} />
      <DateField label={t("dunPanel.asOf")} value={s.asOfText} disabled={!!running} onChange={s.setAsOfText} />
      <DateField label={t("dunPanel.ledgerExported")} value={s.exportedText} disabled={!!running} onChange={s.setExportedText} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={s.start} disabled={!s.canRun}>
          {t("dunPanel.run")}
        </Button>
        <Button onClick={s.createPolicy} disabled={!!running}>
          {t("dunPanel.createPolicy")}
        </Button>
      </div>
      {s.policyNote && <Notice intent="info" message={s.policyNote} />}
      {running && (
        <div className={styles.row}>
          <Field className={styles.grow} validationMessage={t(`dunPanel.phase.${running.phase ?? "reading"}`)} validationState="none">
            <ProgressBar value={running.fraction} max={1} aria-label={t(`dunPanel.phase.${running.phase ?? "reading"}`)} />
          </Field>
          <Button onClick={state.status === "running" ? s.run.cancel : s.exporting.cancel}>{t("pane.aging.cancel")}</Button>
        </div>
      )}
      {state.status === "cancelled" && <Notice intent="info" message={t("dunPanel.cancelled")} />}
      {state.status === "error" && <Notice intent="error" title={t("dunPanel.failed")} message={state.message} />}
      {s.outcome && s.outcome.blocking.length > 0 && (
        <section aria-label={t("dunPanel.blocked")}>
          <Notice intent="error" title={t("dunPanel.blocked")} message={t("dunPanel.nothingWritten")} action={openPanel ? { label: t("dunPanel.openSettings"), onClick: () => openPanel("settings") } : undefined} />
          <ul className={styles.list}>
            {s.outcome.blocking.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
      {s.outcome && s.outcome.warnings.map((w) => <Notice key={w} intent="warning" message={w} />)}
      {s.outcome?.template && s.outcome.result && <Notice intent="info" message={t("dunPanel.templateUsed")} />}
      {s.outcome?.result && <RunSummary result={s.outcome.result} />}
      {s.outcome?.result && s.outcome.result.letters.length > 0 && (
        <>
          <div className={styles.row}>
            <Button appearance="primary" onClick={s.exportNow} disabled={!s.canExport}>
              {t("dunPanel.export")}
            </Button>
          </div>
          <LetterPreview result={s.outcome.result} sender={s.outcome.sender} />
        </>
      )}
      {s.outcome?.result && <LegalPackSection s={s} />}
      {ex.status === "error" && <Notice intent="error" title={t("dunPanel.exportFailed")} message={ex.message} />}
      {ex.status === "cancelled" && <Notice intent="info" message={t("dunPanel.exportCancelled")} />}
      {ex.status === "done" && (
        <section aria-label={t("dunPanel.exported")}>
          <Notice intent="success" message={t("dunPanel.exportedSummary", { letters: ex.result.letters, sheets: ex.result.sheets.join(", ") })} />
          {ex.result.failed.length > 0 && <Notice intent="warning" title={t("dunPanel.filesFailed")} message={ex.result.failed.slice(0, 5).join(" · ")} />}
          <div className={styles.row}>
            {ex.result.downloads.map((d) => (
              <a key={d.name} className={styles.link} href={d.url} download={d.name}>
                {d.name}
              </a>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}

export default DunningPanel;
