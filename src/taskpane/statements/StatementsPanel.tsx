import { Button, Checkbox, Field, makeStyles, Radio, RadioGroup, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { Serial } from "../../domain/core";
import { getLanguage, t } from "../../i18n";
import { objectUrl } from "../../export/core/download";
import { PanelProps } from "../panelTypes";
import { isoToSerial } from "../shell/asOf";
import { DateField } from "../shell/DateField";
import { LedgerSource, listSources, sourceKey } from "../shell/ledgerSource";
import { readLedgerItems } from "../shell/ledgerItems";
import { Notice } from "../shell/Notice";
import { SourceSelect } from "../shell/SourceSelect";
import { useTask } from "../shell/useTask";
import { runStatements, StatementsOutcome } from "./runStatements";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  customers: { display: "flex", flexDirection: "column", maxHeight: "220px", overflowY: "auto" },
  links: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  link: { color: tokens.colorBrandForegroundLink, overflowWrap: "anywhere" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The first day of the month of an ISO date: a statement period's usual start. */
const monthStart = (iso: string) => `${iso.slice(0, 8)}01`;

interface Customer {
  readonly key: string;
  readonly name: string;
}

/** Statements of account: one customer, a selection or everyone with open items or activity, as PDFs, a ZIP and a sheet. */
export function StatementsPanel({ port, today, openPanel }: PanelProps) {
  const styles = useStyles();
  const [sources, setSources] = useState<readonly LedgerSource[]>([]);
  const [ledger, setLedger] = useState<LedgerSource | null>(null);
  const [customers, setCustomers] = useState<readonly Customer[]>([]);
  const [fromText, setFromText] = useState(monthStart(today));
  const [toText, setToText] = useState(today);
  const [scope, setScope] = useState<"all" | "some">("all");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const task = useTask(
    (run, from: Serial, to: Serial, source: LedgerSource, keys: ReadonlySet<string> | undefined) =>
      runStatements({ port, ledger: source, from, to, keys, lang: getLanguage(), signal: run.signal, progress: (f) => run.progress("writing", f) }),
  );
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

  // The ledger's customers, for a selection.
  useEffect(() => {
    if (!ledger) return;
    let current = true;
    readLedgerItems(port, ledger)
      .then((items) => {
        if (!current) return;
        const seen = new Map<string, string>();
        for (let i = 0; i < items.length; i++) if (!seen.has(items.keys[i])) seen.set(items.keys[i], items.customers[i]);
        setCustomers([...seen].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name)));
      })
      .catch(() => current && setCustomers([]));
    return () => {
      current = false;
    };
  }, [port, ledger]);

  const from = isoToSerial(fromText);
  const to = isoToSerial(toText);
  const badPeriod = from !== null && to !== null && from > to;
  const running = task.state.status === "running";
  const canRun = !running && ledger !== null && from !== null && to !== null && !badPeriod && (scope === "all" || chosen.size > 0);
  const outcome: StatementsOutcome | null = task.state.status === "done" ? task.state.result : null;
  const toggle = (key: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <div className={styles.panel}>
      <Text className={styles.hint} block>
        {t("statements.panelIntro")}
      </Text>
      <SourceSelect label={t("statements.ledger")} sources={sources} source={ledger} onChoose={(k) => setLedger(sources.find((s) => sourceKey(s) === k) ?? null)} disabled={running} />
      <DateField label={t("statements.from")} value={fromText} onChange={setFromText} disabled={running} problem={badPeriod ? t("statements.badPeriod") : undefined} />
      <DateField label={t("statements.to")} value={toText} onChange={setToText} disabled={running} />
      <Field label={t("statements.scope")}>
        <RadioGroup value={scope} onChange={(_, d) => setScope(d.value as "all" | "some")} disabled={running}>
          <Radio value="all" label={t("statements.scope.all")} />
          <Radio value="some" label={t("statements.scope.some")} />
        </RadioGroup>
      </Field>
      {scope === "some" && (
        <fieldset className={styles.customers} aria-label={t("statements.scope.some")}>
          {customers.map((c) => (
            <Checkbox key={c.key} label={c.name} checked={chosen.has(c.key)} onChange={() => toggle(c.key)} disabled={running} />
          ))}
        </fieldset>
      )}
      <div>
        <Button appearance="primary" disabled={!canRun} onClick={() => ledger && from !== null && to !== null && task.start(from, to, ledger, scope === "all" ? undefined : chosen)}>
          {t("statements.run")}
        </Button>
      </div>
      {running && <Spinner size="tiny" label={t("statements.running")} />}
      {task.state.status === "error" && <Notice intent="error" title={t("statements.failed")} message={task.state.message} />}
      {outcome?.status === "missing" && <Notice intent="warning" message={t("statements.missing", { fields: outcome.fields.map((f) => t(`pane.field.${f}`)).join(", ") })} />}
      {outcome?.status === "letterhead" && (
        <Notice intent="warning" message={t("statements.letterhead", { fields: outcome.fields.join(", ") })} action={openPanel ? { label: t("statements.openSettings"), onClick: () => openPanel("settings") } : undefined} />
      )}
      {outcome?.status === "done" && <StatementsResult outcome={outcome} />}
    </div>
  );
}

function StatementsResult({ outcome }: { readonly outcome: Extract<StatementsOutcome, { status: "done" }> }) {
  const styles = useStyles();
  const urls = useMemo(() => {
    if (!outcome.files || typeof URL.createObjectURL !== "function") return null;
    return { zip: objectUrl(outcome.files.zip.bytes, outcome.files.zip.mime), pdfs: outcome.files.pdfs.map((f) => ({ name: f.name, url: objectUrl(f.bytes, f.mime) })) };
  }, [outcome]);
  useEffect(
    () => () => {
      if (urls) [urls.zip, ...urls.pdfs.map((p) => p.url)].forEach((u) => URL.revokeObjectURL(u));
    },
    [urls],
  );
  return (
    <section aria-label={t("statements.tab")}>
      {outcome.sheet ? <Notice intent="success" message={t("statements.written", { count: outcome.statements.length, sheet: outcome.sheet })} /> : outcome.problems.length === 0 && <Notice intent="info" message={t("statements.none")} />}
      {outcome.problems.length > 0 && (
        <>
          <Notice intent="warning" message={t("statements.problems", { count: outcome.problems.length })} />
          <ul className={styles.list} aria-label={t("statements.problems", { count: outcome.problems.length })}>
            {outcome.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      {urls && outcome.files && outcome.files.pdfs.length > 0 && (
        <div className={styles.links}>
          <a className={styles.link} href={urls.zip} download={outcome.files.zip.name}>
            {t("statements.zip")}
          </a>
          {urls.pdfs.map((p) => (
            <a key={p.url} className={styles.link} href={p.url} download={p.name}>
              {t("statements.pdf", { file: p.name })}
            </a>
          ))}
        </div>
      )}
    </section>
  );
}

export default StatementsPanel;
