import { Button, Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { getLanguage, t } from "../../i18n";
import { formatMoney } from "../../i18n/numberFormat";
import { PanelProps } from "../panelTypes";
import { DateField } from "../shell/DateField";
import { Notice } from "../shell/Notice";
import { formatPaneDate } from "../shell/paneDates";
import { EntriesTable } from "./EntriesTable";
import { MatchMode, useRecoveryPanel } from "./useRecoveryPanel";
import { entryRange } from "./writeoffWorkbook";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  items: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
});

/** The Recovery job: money in for a written-off customer, matched to the write-offs and posted in two steps (reinstate, then the cash). */
export function RecoveryPanel({ port, today }: PanelProps) {
  const styles = useStyles();
  const s = useRecoveryPanel(port, today);
  const lang = getLanguage();
  const money = (m: number) => formatMoney(m, lang);
  const done = s.post.state.status === "done" ? s.post.state.result : null;
  const busy = s.post.running;
  return (
    <div className={styles.panel}>
      <Text className={styles.hint} block>
        {t("writeoffsPanel.recoveryIntro")}
      </Text>
      {s.register.status === "loading" && <Spinner size="tiny" label={t("writeoffsPanel.loading")} />}
      {s.register.status === "error" && <Notice intent="error" message={s.register.message} />}
      {s.register.status === "ready" && s.customers.length === 0 && <Notice intent="info" message={t("writeoffsPanel.noWrittenOff")} />}
      {s.customers.length > 0 && (
        <Field label={t("writeoffsPanel.customer")}>
          <Select value={s.customer} disabled={busy} onChange={(_, d) => s.chooseCustomer(d.value)}>
            {s.customers.map((c) => (
              <option key={c.key} value={c.key}>
                {c.customerId ? `${c.customer} (${c.customerId})` : c.customer}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {s.open.length > 0 && <Text>{t("writeoffsPanel.outstanding", { amount: money(s.outstanding), count: s.open.length })}</Text>}
      <Field label={t("writeoffsPanel.amount")} validationState={s.amountValid ? "none" : "error"} validationMessage={s.amountValid ? undefined : t("writeoffsPanel.badAmount")}>
        <Input value={s.amountText} disabled={busy} onChange={(_, d) => s.setAmountText(d.value)} />
      </Field>
      <DateField label={t("writeoffsPanel.paymentDate")} value={s.dateText} disabled={busy} onChange={s.setDateText} />
      <Field label={t("writeoffsPanel.reference")}>
        <Input value={s.reference} disabled={busy} onChange={(_, d) => s.setReference(d.value)} />
      </Field>
      <Field label={t("writeoffsPanel.recordedBy")}>
        <Input value={s.recordedBy} disabled={busy} onChange={(_, d) => s.setRecordedBy(d.value)} />
      </Field>
      <Field label={t("writeoffsPanel.match")}>
        <RadioGroup value={s.mode} disabled={busy} onChange={(_, d) => s.setMode(d.value as MatchMode)}>
          <Radio value="oldest" label={t("writeoffsPanel.matchOldest")} />
          <Radio value="chosen" label={t("writeoffsPanel.matchChosen")} />
        </RadioGroup>
      </Field>
      {s.mode === "chosen" && s.open.length > 0 && (
        <fieldset className={styles.items} aria-label={t("writeoffsPanel.writeOffs")}>
          <legend>
            <Text weight="semibold">{t("writeoffsPanel.writeOffs")}</Text>
          </legend>
          {s.open.map((w) => (
            <Checkbox
              key={w.entryId}
              checked={s.chosen.includes(w.entryId)}
              disabled={busy}
              onChange={() => s.toggle(w.entryId)}
              label={t("writeoffsPanel.writeOffOption", { invoice: w.invoice, date: formatPaneDate(w.date), amount: money(w.amount - w.recovered), currency: w.currency, entry: w.entryId })}
            />
          ))}
        </fieldset>
      )}
      <div>
        <Button appearance="primary" disabled={!s.canPost} onClick={() => s.post.start()}>
          {t("writeoffsPanel.postRecovery")}
        </Button>{" "}
        <Button disabled={busy} onClick={s.refresh}>
          {t("pane.aging.refresh")}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t("writeoffsPanel.posting")} />}
      {s.post.state.status === "error" && <Notice intent="error" title={t("writeoffsPanel.notPosted")} message={s.post.state.message} />}
      {done && (
        <section aria-label={t("writeoffsPanel.posted")}>
          <Notice intent="success" message={t("writeoffsPanel.postedRecovery", { amount: money(done.total), entries: entryRange(done.entries) })} />
          <EntriesTable label={t("writeoffsPanel.entries")} entries={done.entries} />
        </section>
      )}
    </div>
  );
}

export default RecoveryPanel;
