import { Button, Field, makeStyles, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { ChangeEvent, useRef } from "react";
import { CSV_FIELDS, runTotals } from "../../domain/cash";
import { t } from "../../i18n";
import { PanelProps } from "../panelTypes";
import { ColumnMappingEditor } from "../shell/ColumnMappingEditor";
import { Notice } from "../shell/Notice";
import { SourceSelect } from "../shell/SourceSelect";
import { CashLines } from "./CashLines";
import { money, statementProblemText } from "./cashText";
import { useCashPanel } from "./useCashPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  hidden: { display: "none" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const FORMAT_NAMES: Readonly<Record<string, string>> = { "camt.053": "camt.053", "camt.054": "camt.054", mt940: "MT940", csv: "CSV" };

/** The Cash job: a bank statement in, its credits matched to the open items, confirmed, applied. */
export function CashPanel({ port, today }: PanelProps) {
  const styles = useStyles();
  const s = useCashPanel(port, today);
  const file = useRef<HTMLInputElement>(null);
  const loading = s.load.status === "running";
  const loaded = s.load.status === "done" ? s.load.result : null;
  const applying = s.apply.status === "running";
  const locked = applying || s.applied;
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = "";
    if (chosen) s.readFile(chosen);
  };
  const run = s.run;
  const totals = run ? runTotals(run) : null;
  const flagged = run && loaded?.context ? run.results.filter((r) => r.status !== "ignored" && r.customer >= 0 && loaded.context!.writtenOff.has(r.customer)) : [];
  const blocked = !loaded || loaded.prior.length > 0 || loaded.otherCurrency !== "";
  return (
    <div className={styles.panel}>
      <Text className={styles.hint} block>
        {t("cashPanel.intro")}
      </Text>
      <SourceSelect label={t("cashPanel.ledger")} sources={s.sources} source={s.ledger} onChoose={s.chooseLedger} disabled={loading || applying} />
      <Field label={t("cashPanel.file")} hint={t("cashPanel.fileHint")}>
        <div className={styles.row}>
          <Button onClick={() => file.current?.click()} disabled={loading || applying || !s.ledger}>
            {t("cashPanel.chooseFile")}
          </Button>
          <input ref={file} className={styles.hidden} type="file" accept=".xml,.sta,.mt940,.940,.txt,.csv,text/csv,application/xml,text/xml" onChange={onFile} aria-label={t("cashPanel.file")} />
        </div>
      </Field>
      <div className={styles.row}>
        <Field label={t("cashPanel.sheet")}>
          <Select value={s.sheet} disabled={loading || applying || s.sheets.length === 0} onChange={(_, d) => s.chooseSheet(d.value)}>
            {s.sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={s.readSheet} disabled={loading || applying || s.sheet === "" || !s.ledger}>
          {t("cashPanel.readSheet")}
        </Button>
      </div>
      {!s.ledger && <Notice intent="info" message={t("cashPanel.noLedger")} />}
      {loading && <Spinner size="tiny" label={t("cashPanel.reading")} />}
      {s.load.status === "error" && <Notice intent="error" message={s.load.message} />}
      {loaded && loaded.read.problems.length > 0 && (
        <section aria-label={t("cashPanel.unreadable")}>
          <Notice intent="error" title={t("cashPanel.unreadable")} message={statementProblemText(loaded.read.problems[0])} />
          {loaded.read.problems.length > 1 && (
            <ul className={styles.list}>
              {loaded.read.problems.slice(1, 20).map((p, i) => (
                <li key={i}>{statementProblemText(p)}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {s.csv && s.csv.layout.headerIndex >= 0 && (
        <section className={styles.section} aria-label={t("cashPanel.mapping.title")}>
          <Text weight="semibold" block>
            {t("cashPanel.mapping.title")}
          </Text>
          <Text className={styles.hint} block>
            {t("cashPanel.mapping.hint")}
          </Text>
          <ColumnMappingEditor
            fields={CSV_FIELDS}
            labelOf={(field) => t(`cashPanel.csvField.${field}`)}
            mapping={Object.fromEntries(s.csv.layout.mapping.map((m) => [m.field, m.column]))}
            missing={s.csv.layout.missing}
            columns={s.csv.columns}
            headerText={t(s.csv.layout.recognised ? "cashPanel.mapping.headerRow" : "cashPanel.mapping.noHeader", { row: s.csv.row + s.csv.layout.headerIndex + 1 })}
            onMap={s.mapCsvField}
            disabled={locked}
          />
        </section>
      )}
      {loaded?.context && loaded.context.missing.length > 0 && <Notice intent="warning" message={t("cashPanel.ledgerMissing", { fields: loaded.context.missing.map((f) => t(`pane.field.${f}`)).join(", ") })} />}
      {loaded && loaded.prior.length > 0 && <Notice intent="error" message={t("cashPanel.duplicate", { statementId: loaded.prior[0].statementId, account: loaded.prior[0].account, file: loaded.prior[0].file })} />}
      {loaded && loaded.otherCurrency !== "" && <Notice intent="error" message={t("cashPanel.otherCurrency", { currency: loaded.otherCurrency })} />}
      {loaded && run && totals && (
        <section className={styles.section} aria-label={loaded.read.file}>
          <Text weight="semibold" block>
            {t("cashPanel.summary", { file: loaded.read.file, format: `${FORMAT_NAMES[loaded.read.format ?? ""] ?? ""}${loaded.read.version ? ` ${loaded.read.version}` : ""}`, lines: loaded.read.lines.length })}
          </Text>
          <Text block role="status">
            {t("cashPanel.totals", { credits: money(totals.credits), applied: money(totals.applied), unapplied: money(totals.unapplied) })}
          </Text>
          {totals.pending > 0 && (
            <Text className={styles.hint} block>
              {t("cashPanel.pending", { amount: money(totals.pending) })}
            </Text>
          )}
          {totals.difference > 0 && (
            <Text className={styles.hint} block>
              {t("cashPanel.differences", { amount: money(totals.difference) })}
            </Text>
          )}
        </section>
      )}
      {flagged.length > 0 && run && <Notice intent="warning" message={t("cashPanel.writtenOff", { count: flagged.length, customers: [...new Set(flagged.map((r) => run.index.customers[r.customer].customer))].join(", ") })} />}
      {run &&
        (["matched", "suggested", "unmatched", "ignored"] as const).map((status) => (
          <section key={status} className={styles.section} aria-label={t(`cashPanel.section.${status}`, { count: run.results.filter((r) => r.status === status).length })}>
            {run.results.some((r) => r.status === status) && (
              <Text weight="semibold" block>
                {t(`cashPanel.section.${status}`, { count: run.results.filter((r) => r.status === status).length })}
              </Text>
            )}
            <CashLines run={run} status={status} disabled={locked || blocked} onConfirm={s.confirm} onRefuse={s.refuse} onAssign={s.assign} />
          </section>
        ))}
      {run && !s.applied && (
        <div className={styles.section}>
          <Text className={styles.hint} block>
            {t("cashPanel.applyHint")}
          </Text>
          <div>
            <Button appearance="primary" onClick={s.applyNow} disabled={locked || blocked || loading}>
              {t("cashPanel.apply")}
            </Button>
          </div>
        </div>
      )}
      {applying && <Spinner size="tiny" label={t("cashPanel.applying")} />}
      {s.apply.status === "error" && <Notice intent="error" title={t("cashPanel.applyFailed")} message={s.apply.message} />}
      {s.apply.status === "done" && <Notice intent="success" message={t("cashPanel.applied", { sheet: s.apply.result.sheet, rows: s.apply.result.cashRows, payments: s.apply.result.payments })} />}
    </div>
  );
}

export default CashPanel;
