import { Button, Field, Input, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { detectDecimalMark, parseAmountText, Serial } from "../../domain/core";
import { DEFAULT_FOLLOW_UP_RULE, FollowUpEntry, followUpList, FollowUpRule, followUpRuleOf } from "../../domain/metrics";
import { getLanguage, t } from "../../i18n";
import { formatMoney } from "../../i18n/numberFormat";
import { PanelProps } from "../panelTypes";
import { isoToSerial } from "../shell/asOf";
import { DateField } from "../shell/DateField";
import { errorText } from "../shell/errors";
import { LedgerSource, listSources, sourceKey } from "../shell/ledgerSource";
import { Notice } from "../shell/Notice";
import { formatPaneDate } from "../shell/paneDates";
import { SourceSelect } from "../shell/SourceSelect";
import { loadFollowUp, logCall } from "./followUpData";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: { padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  head: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  items: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
});

/** The rule as the collector reads it, with the weights of the Settings. */
function ruleText(rule: FollowUpRule): string {
  return t("followUp.rule", { ...rule });
}

type Load = { readonly status: "loading" } | { readonly status: "ready"; readonly list: readonly FollowUpEntry[]; readonly missing: readonly string[] } | { readonly status: "error"; readonly message: string };

/** Who to call today: customers ranked by what is at stake, each with its items, last contact and next action; a call is logged in one step. */
export function FollowUpPanel({ port, today }: PanelProps) {
  const styles = useStyles();
  const [sources, setSources] = useState<readonly LedgerSource[]>([]);
  const [ledger, setLedger] = useState<LedgerSource | null>(null);
  const [rule, setRule] = useState<FollowUpRule>(DEFAULT_FOLLOW_UP_RULE);
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [open, setOpen] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const day = isoToSerial(today) ?? 0;

  useEffect(() => {
    let current = true;
    Promise.all([listSources(port), port.readSettings()])
      .then(([list, settings]) => {
        if (!current) return;
        setSources(list.sources);
        setLedger(list.preferred);
        setRule(followUpRuleOf(settings));
        if (!list.preferred) setLoad({ status: "ready", list: [], missing: [] });
      })
      .catch((e) => current && setLoad({ status: "error", message: errorText(e) }));
    return () => {
      current = false;
    };
  }, [port]);

  useEffect(() => {
    if (!ledger) return;
    let current = true;
    setLoad({ status: "loading" });
    loadFollowUp(port, ledger, day)
      .then((data) => current && setLoad({ status: "ready", list: followUpList(data.customers, day, rule), missing: data.missing }))
      .catch((e) => current && setLoad({ status: "error", message: errorText(e) }));
    return () => {
      current = false;
    };
  }, [port, ledger, day, rule, reload]);

  const lang = getLanguage();
  return (
    <div className={styles.panel}>
      <Text className={styles.hint} block>
        {t("followUp.intro")}
      </Text>
      <SourceSelect label={t("followUp.ledger")} sources={sources} source={ledger} onChoose={(k) => setLedger(sources.find((s) => sourceKey(s) === k) ?? null)} />
      <Text size={200} className={styles.hint} block>
        {ruleText(rule)}
      </Text>
      {load.status === "loading" && <Spinner size="tiny" label={t("followUp.loading")} />}
      {load.status === "error" && <Notice intent="error" message={load.message} />}
      {load.status === "ready" && load.missing.length > 0 && <Notice intent="warning" message={t("dashboard.missing", { fields: load.missing.map((f) => t(`pane.field.${f}`)).join(", ") })} />}
      {load.status === "ready" && load.missing.length === 0 && load.list.length === 0 && <Notice intent="info" message={t("followUp.nobody")} />}
      {load.status === "ready" && load.list.length > 0 && (
        <ol className={styles.list} aria-label={t("followUp.list")}>
          {load.list.map((e, k) => (
            <li key={e.key} className={styles.card} aria-label={e.customer}>
              <div className={styles.head}>
                <Text weight="semibold">{`${k + 1}. ${e.customer}`}</Text>
                <Text>{t("followUp.score", { score: e.score })}</Text>
              </div>
              <Text size={200}>{why(e)}</Text>
              <Text size={200}>
                {t("followUp.overdue", { amount: formatMoney(e.overdue, lang) })} · {e.lastContact !== null ? t("followUp.lastContact", { date: formatPaneDate(e.lastContact) }) : t("followUp.noContact")}
                {e.nextAction !== null && ` · ${t("followUp.nextAction", { date: formatPaneDate(e.nextAction) })}`}
              </Text>
              <ul className={styles.items} aria-label={t("followUp.items")}>
                {e.items
                  .filter((i) => i.open !== 0)
                  .slice(0, 8)
                  .map((i, n) => (
                    <li key={`${i.document}-${n}`}>
                      <Text size={200}>{t("followUp.item", { document: i.document || "—", date: Number.isFinite(i.dueDate) ? formatPaneDate(i.dueDate) : "—", amount: formatMoney(i.open, lang), currency: i.currency })}</Text>
                    </li>
                  ))}
              </ul>
              {open === e.key ? (
                <CallForm entry={e} port={port} today={today} onDone={() => { setOpen(null); setReload((n) => n + 1); }} onCancel={() => setOpen(null)} />
              ) : (
                <div>
                  <Button size="small" onClick={() => setOpen(e.key)}>
                    {t("followUp.logCall")}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The parts of the rule that put a customer on the list. */
function why(e: FollowUpEntry): string {
  const parts = (Object.keys(e.parts) as (keyof FollowUpRule)[]).filter((k) => e.parts[k] > 0).map((k) => t(`followUp.part.${k}`, { points: e.parts[k] }));
  return parts.join(" · ");
}

interface CallFormProps {
  readonly entry: FollowUpEntry;
  readonly port: PanelProps["port"];
  readonly today: string;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}

/** The outcome of a call, a promise if one was taken, and the next date: logged together. */
function CallForm({ entry, port, today, onDone, onCancel }: CallFormProps) {
  const styles = useStyles();
  const [outcome, setOutcome] = useState("");
  const [amountText, setAmountText] = useState("");
  const [promiseDate, setPromiseDate] = useState("");
  const [nextDate, setNextDate] = useState("");
  const [by, setBy] = useState("");
  const [state, setState] = useState<{ status: "idle" | "saving" } | { status: "error"; message: string }>({ status: "idle" });
  const amount = amountText.trim() === "" ? null : parseAmountText(amountText.trim(), detectDecimalMark([amountText.trim()]).mark);
  const amountOk = amount === null || (amount.ok && amount.minor > 0);
  const promiseOn = isoToSerial(promiseDate);
  const next = nextDate.trim() === "" ? null : isoToSerial(nextDate);
  const promiseOk = amount === null ? promiseDate.trim() === "" : promiseOn !== null;
  const canSave = state.status !== "saving" && outcome.trim() !== "" && amountOk && promiseOk && (nextDate.trim() === "" || next !== null);
  const save = useCallback(async () => {
    const date = isoToSerial(today) as Serial;
    setState({ status: "saving" });
    try {
      await logCall(port, {
        customer: entry.customer,
        customerId: entry.customerId,
        date,
        outcome: outcome.trim(),
        promise: amount && amount.ok && promiseOn !== null ? { amount: amount.minor, date: promiseOn } : undefined,
        nextAction: next,
        by: by.trim(),
      });
      onDone();
    } catch (e) {
      setState({ status: "error", message: errorText(e) });
    }
  }, [port, entry, today, outcome, amount, promiseOn, next, by, onDone]);
  return (
    <form className={styles.form} aria-label={t("followUp.callForm", { customer: entry.customer })} onSubmit={(ev) => { ev.preventDefault(); if (canSave) void save(); }}>
      <Field label={t("followUp.outcome")} required>
        <Input value={outcome} onChange={(_, d) => setOutcome(d.value)} />
      </Field>
      <Field label={t("followUp.promiseAmount")} validationState={amountOk ? "none" : "error"} validationMessage={amountOk ? undefined : t("followUp.badAmount")}>
        <Input value={amountText} onChange={(_, d) => setAmountText(d.value)} />
      </Field>
      <DateField label={t("followUp.promiseDate")} value={promiseDate} onChange={setPromiseDate} required={amount !== null} />
      <DateField label={t("followUp.nextDate")} value={nextDate} onChange={setNextDate} required={false} />
      <Field label={t("followUp.by")}>
        <Input value={by} onChange={(_, d) => setBy(d.value)} />
      </Field>
      {state.status === "error" && <Notice intent="error" message={state.message} />}
      <div>
        <Button appearance="primary" type="submit" disabled={!canSave}>
          {t("followUp.save")}
        </Button>{" "}
        <Button onClick={onCancel}>{t("followUp.cancel")}</Button>
      </div>
    </form>
  );
}

export default FollowUpPanel;
