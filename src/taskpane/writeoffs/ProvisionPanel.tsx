import { Button, Field, Input, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { serialToIso } from "../../domain/core";
import { getLanguage, t } from "../../i18n";
import { formatMoney } from "../../i18n/numberFormat";
import { PanelProps } from "../panelTypes";
import { DateField } from "../shell/DateField";
import { fieldGrid } from "../shell/layout";
import { Notice } from "../shell/Notice";
import { RecordColumn, RecordTable } from "../shell/RecordTable";
import { SourceSelect } from "../shell/SourceSelect";
import { EntriesTable } from "./EntriesTable";
import { bucketNames } from "./runProvision";
import { useProvisionPanel } from "./useProvisionPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  grid: fieldGrid,
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface MatrixRow {
  readonly key: string;
  readonly bucket: string;
  readonly gross: number;
  readonly rate: string;
  readonly allowance: number;
}

/** The Provision job: the IFRS 9 provision matrix of the ledger as of a date, its movement and the entry for the change. */
export function ProvisionPanel({ port, today }: PanelProps) {
  const styles = useStyles();
  const s = useProvisionPanel(port, today);
  const lang = getLanguage();
  const money = (m: number) => formatMoney(m, lang);
  const labels = bucketNames();
  const done = s.run.state.status === "done" ? s.run.state.result : null;
  const historyDone = s.history.state.status === "done" ? s.history.state.result : null;
  const percent = (r: number) => `${Number((r * 100).toPrecision(12)).toLocaleString(lang)}%`;
  const columns: RecordColumn<MatrixRow>[] = [
    { key: "bucket", header: t("writeoffsPanel.col.bucket"), cell: (r) => r.bucket },
    { key: "gross", header: t("writeoffsPanel.col.gross"), numeric: true, cell: (r) => money(r.gross) },
    { key: "rate", header: t("writeoffsPanel.col.rate"), numeric: true, cell: (r) => r.rate },
    { key: "allowance", header: t("writeoffsPanel.col.allowance"), numeric: true, cell: (r) => money(r.allowance) },
  ];
  const failure = [s.run, s.history, s.compute].find((task) => task.state.status === "error")?.state;
  return (
    <div className={styles.panel}>
      <Text className={styles.hint} block>
        {t("writeoffsPanel.provisionIntro")}
      </Text>
      <SourceSelect label={t("writeoffsPanel.ledger")} sources={s.sources} source={s.ledger} onChoose={s.chooseLedger} disabled={s.busy} />
      <DateField label={t("writeoffsPanel.asOf")} value={s.asOfText} disabled={s.busy} onChange={s.setAsOfText} />
      {s.tableProblem && <Notice intent="warning" title={t("writeoffsPanel.badRatesTable")} message={s.tableProblem} />}
      <fieldset className={styles.grid} aria-label={t("writeoffsPanel.rates")}>
        <legend>
          <Text weight="semibold">{t("writeoffsPanel.rates")}</Text>
        </legend>
        {labels.map((label, k) => (
          <Field key={label} label={label}>
            <Input value={s.rateTexts[k]} disabled={s.busy} onChange={(_, d) => s.setRate(k, d.value)} />
          </Field>
        ))}
      </fieldset>
      {s.ratesProblem && <Text className={styles.hint}>{s.ratesProblem}</Text>}
      <div className={styles.buttons}>
        <Button disabled={s.busy || s.asOfText === ""} onClick={() => s.history.start()}>
          {t("writeoffsPanel.buildHistory")}
        </Button>
        <Button disabled={s.busy} onClick={() => s.compute.start()}>
          {t("writeoffsPanel.computeRates")}
        </Button>
      </div>
      {historyDone && (
        <Notice intent={historyDone.months.length >= 2 ? "success" : "warning"} message={t("writeoffsPanel.historyBuilt", { count: historyDone.months.length, skipped: historyDone.skipped.length })} />
      )}
      {s.compute.state.status === "done" && <Notice intent="success" message={t("writeoffsPanel.ratesComputed")} />}
      <Field label={t("writeoffsPanel.preparedBy")}>
        <Input value={s.preparedBy} disabled={s.busy} onChange={(_, d) => s.setPreparedBy(d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!s.canRun} onClick={() => s.run.start(false)}>
          {t("writeoffsPanel.writeProvision")}
        </Button>
        <Button disabled={!s.canPost} onClick={() => s.run.start(true)}>
          {t("writeoffsPanel.postChange")}
        </Button>
      </div>
      {s.busy && <Spinner size="tiny" label={t("writeoffsPanel.working")} />}
      {failure?.status === "error" && <Notice intent="error" title={t("writeoffsPanel.notPosted")} message={failure.message} />}
      {done && (
        <section aria-label={t("writeoffsPanel.provisionResult")}>
          <Notice intent="success" message={done.posted ? t("writeoffsPanel.provisionPosted", { sheet: done.sheet, count: done.entries.length }) : t("writeoffsPanel.provisionWritten", { sheet: done.sheet })} />
          {done.writtenOff > 0 && <Notice intent="info" message={t("writeoffsPanel.leftOut", { count: done.writtenOff })} />}
          {done.currencies.map((c) => (
            <div key={c.currency} className={styles.panel}>
              <RecordTable
                label={t("writeoffsPanel.matrix", { currency: c.currency || "—" })}
                columns={columns}
                rows={[
                  ...c.provision.lines.map((l, k) => ({ key: `b${k}`, bucket: labels[k], gross: l.balance, rate: percent(l.rate), allowance: l.allowance })),
                  { key: "total", bucket: t("writeoffsPanel.row.total"), gross: c.provision.lines.reduce((x, l) => x + l.balance, 0), rate: "", allowance: c.provision.total },
                ]}
                rowKey={(r) => r.key}
              />
              <Text>
                {c.last ? t("writeoffsPanel.movementLast", { date: serialToIso(c.last.date), last: money(c.last.amount) }) : t("writeoffsPanel.movementFirst")}{" "}
                {t("writeoffsPanel.movement", { booked: money(c.change.booked), required: money(c.change.required), change: money(c.change.change) })}
              </Text>
              {c.change.entry ? <EntriesTable label={t("writeoffsPanel.entries")} entries={[c.change.entry]} /> : <Text>{t("writeoffsPanel.noChange")}</Text>}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

export default ProvisionPanel;
