import { Button, Checkbox, Field, Input, makeStyles, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { customerKeyOf } from "../../domain/customers";
import { getLanguage, t } from "../../i18n";
import { formatMoney } from "../../i18n/numberFormat";
import { PanelProps } from "../panelTypes";
import { DateField } from "../shell/DateField";
import { Notice } from "../shell/Notice";
import { formatPaneDate } from "../shell/paneDates";
import { SourceSelect } from "../shell/SourceSelect";
import { EntriesTable } from "./EntriesTable";
import { itemKey, useWriteOffPanel } from "./useWriteOffPanel";
import { entryRange } from "./writeoffWorkbook";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  items: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The Write-off job: a customer's items written off with the reason and the approval, posted to AR Journal and AR Write-offs; a mistaken write-off reversed. */
export function WriteOffPanel({ port, today, openPanel }: PanelProps) {
  const styles = useStyles();
  const s = useWriteOffPanel(port, today);
  const lang = getLanguage();
  const money = (m: number) => formatMoney(m, lang);
  const policy = s.policy.status === "ready" ? s.policy.value : null;
  const approvers = policy?.approvers ?? [];
  const approverOptions = (value: string, onChange: (v: string) => void, label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      <Select value={value} disabled={s.busy} onChange={(_, d) => onChange(d.value)}>
        <option value="">{t("writeoffsPanel.choose")}</option>
        {approvers.map((a) => (
          <option key={a.name} value={a.name}>
            {t("writeoffsPanel.approverOption", { name: a.name, limit: money(a.limit) })}
          </option>
        ))}
      </Select>
    </Field>
  );
  const done = s.post.state.status === "done" ? s.post.state.result : null;
  const reversed = s.reverse.state.status === "done" ? s.reverse.state.result : null;
  return (
    <div className={styles.panel}>
      <Text className={styles.hint} block>
        {t("writeoffsPanel.intro")}
      </Text>
      {s.policy.status === "error" && <Notice intent="warning" title={t("writeoffsPanel.policyProblem")} message={s.policy.message} action={openPanel ? { label: t("writeoffsPanel.openSettings"), onClick: () => openPanel("settings") } : undefined} />}
      <SourceSelect label={t("writeoffsPanel.ledger")} sources={s.sources} source={s.ledger} onChoose={s.chooseLedger} disabled={s.busy} />
      {s.data.status === "loading" && <Spinner size="tiny" label={t("writeoffsPanel.loading")} />}
      {s.data.status === "error" && <Notice intent="error" message={s.data.message} />}
      {s.data.status === "ready" && s.data.value.missing.length > 0 && <Notice intent="warning" message={t("writeoffsPanel.missing", { fields: s.data.value.missing.map((f) => t(`pane.field.${f}`)).join(", ") })} />}
      {s.data.status === "ready" && s.data.value.writtenOff > 0 && <Notice intent="info" message={t("writeoffsPanel.leftOut", { count: s.data.value.writtenOff })} />}
      {s.data.status === "ready" && s.data.value.customers.length > 0 && (
        <Field label={t("writeoffsPanel.customer")}>
          <Select value={s.customer} disabled={s.busy} onChange={(_, d) => s.chooseCustomer(d.value)}>
            {s.data.value.customers.map((c) => (
              <option key={customerKeyOf(c)} value={customerKeyOf(c)}>
                {c.customerId ? `${c.customer} (${c.customerId})` : c.customer}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {s.items.length > 0 && (
        <fieldset className={styles.items} aria-label={t("writeoffsPanel.items")}>
          <legend>
            <Text weight="semibold">{t("writeoffsPanel.items")}</Text>
          </legend>
          {s.items.map((i, k) => (
            <Checkbox
              key={itemKey(i, k)}
              checked={s.selected.has(itemKey(i, k))}
              disabled={s.busy}
              onChange={() => s.toggle(itemKey(i, k))}
              label={t("writeoffsPanel.item", { invoice: i.invoice || "—", date: Number.isFinite(i.dueDate) ? formatPaneDate(i.dueDate) : "—", amount: money(i.open), currency: i.currency })}
            />
          ))}
          <Text>{t("writeoffsPanel.selectedTotal", { amount: money(s.total) })}</Text>
        </fieldset>
      )}
      <DateField label={t("writeoffsPanel.date")} value={s.dateText} disabled={s.busy} onChange={s.setDateText} />
      <Field label={t("writeoffsPanel.reason")}>
        <Input value={s.reason} disabled={s.busy} onChange={(_, d) => s.setReason(d.value)} />
      </Field>
      {approverOptions(s.approver, s.setApprover, t("writeoffsPanel.approver"))}
      {s.needsSecond && approverOptions(s.second, s.setSecond, t("writeoffsPanel.second"), t("writeoffsPanel.secondHint"))}
      <div>
        <Button appearance="primary" disabled={!s.canPost} onClick={() => s.post.start()}>
          {t("writeoffsPanel.post")}
        </Button>{" "}
        <Button disabled={s.busy} onClick={s.refresh}>
          {t("pane.aging.refresh")}
        </Button>
      </div>
      {s.post.running && <Spinner size="tiny" label={t("writeoffsPanel.posting")} />}
      {s.post.state.status === "error" && <Notice intent="error" title={t("writeoffsPanel.notPosted")} message={s.post.state.message} />}
      {done && (
        <section className={styles.section} aria-label={t("writeoffsPanel.posted")}>
          <Notice intent="success" message={t("writeoffsPanel.postedWriteOffs", { count: done.entries.length, amount: money(done.total), entries: entryRange(done.entries) })} />
          <EntriesTable label={t("writeoffsPanel.entries")} entries={done.entries} />
        </section>
      )}
      <section className={styles.section} aria-label={t("writeoffsPanel.reverseTitle")}>
        <Text weight="semibold">{t("writeoffsPanel.reverseTitle")}</Text>
        <Text className={styles.hint}>{t("writeoffsPanel.reverseHint")}</Text>
        <Field label={t("writeoffsPanel.reverseWhich")}>
          <Select value={s.reverseId} disabled={s.busy || s.reversible.length === 0} onChange={(_, d) => s.setReverseId(d.value)}>
            <option value="">{s.reversible.length === 0 ? t("writeoffsPanel.noneToReverse") : t("writeoffsPanel.choose")}</option>
            {s.reversible.map((w) => (
              <option key={w.entryId} value={w.entryId}>
                {t("writeoffsPanel.reverseOption", { entry: w.entryId, customer: w.customer, invoice: w.invoice, amount: money(w.amount), currency: w.currency })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("writeoffsPanel.reverseReason")}>
          <Input value={s.reverseReason} disabled={s.busy} onChange={(_, d) => s.setReverseReason(d.value)} />
        </Field>
        <Field label={t("writeoffsPanel.reverseApprover")}>
          <Input value={s.reverseApprover} disabled={s.busy} onChange={(_, d) => s.setReverseApprover(d.value)} />
        </Field>
        <div>
          <Button disabled={!s.canReverse} onClick={() => s.reverse.start()}>
            {t("writeoffsPanel.reverse")}
          </Button>
        </div>
        {s.reverse.state.status === "error" && <Notice intent="error" title={t("writeoffsPanel.notPosted")} message={s.reverse.state.message} />}
        {reversed && (
          <>
            <Notice intent="success" message={t("writeoffsPanel.reversed", { entries: entryRange(reversed.entries), of: reversed.entries[0].reverses })} />
            <EntriesTable label={t("writeoffsPanel.entries")} entries={reversed.entries} />
          </>
        )}
      </section>
    </div>
  );
}

export default WriteOffPanel;
