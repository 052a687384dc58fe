import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { getLanguage, t } from "../../i18n";
import { interestNoteText } from "../../i18n/interestNote";
import { formatMoney } from "../../i18n/numberFormat";
import { Notice } from "../shell/Notice";
import { formatPaneDate } from "../shell/paneDates";
import { RecordColumn, RecordTable } from "../shell/RecordTable";
import { rateSourceText, ratesText, termsText } from "./claimSheet";
import { ClaimOutcome } from "./claimWorkbook";

interface ClaimRow {
  readonly key: string;
  readonly name: string;
  readonly due: string;
  readonly principal: number;
  readonly paid: number;
  readonly interest: number;
  readonly fee: number;
  readonly total: boolean;
}

export interface ClaimResultProps {
  readonly outcome: Extract<ClaimOutcome, { status: "done" }>;
}

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What a claim wrote: per invoice and per currency, the rates it used and where they came from, the notes. */
export function ClaimResult({ outcome }: ClaimResultProps) {
  const styles = useStyles();
  const lang = getLanguage();
  const money = (minor: number) => formatMoney(minor, lang);
  const { result } = outcome;
  const sources = [...new Set(result.lines.flatMap((l) => l.detail.segments.map(rateSourceText)))];
  // One record per invoice, then one total per currency: in a narrow pane each stacks as a block.
  const rows: ClaimRow[] = [
    ...result.lines.map((l) => ({ key: `i${l.invoice.sourceIndex}`, name: l.invoice.invoice || "—", due: formatPaneDate(l.invoice.dueDate), principal: l.invoice.principal, paid: l.paid, interest: l.detail.total, fee: l.fee, total: false })),
    ...result.totals.map((tot) => ({ key: `t${tot.currency}`, name: tot.currency ? t("interestPanel.totalIn", { currency: tot.currency }) : t("interestSheet.kind.total"), due: "", principal: tot.principal, paid: tot.paid, interest: tot.interest, fee: tot.fee, total: true })),
  ];
  const amount = (value: number, total: boolean) => (total ? <Text weight="semibold">{money(value)}</Text> : money(value));
  const columns: RecordColumn<ClaimRow>[] = [
    { key: "invoice", header: t("interestSheet.col.invoice"), cell: (r) => (r.total ? <Text weight="semibold">{r.name}</Text> : r.name) },
    { key: "due", header: t("interestSheet.col.dueDate"), cell: (r) => r.due },
    { key: "principal", header: t("interestSheet.col.principal"), numeric: true, cell: (r) => amount(r.principal, r.total) },
    { key: "paid", header: t("interestSheet.col.paid"), numeric: true, cell: (r) => amount(r.paid, r.total) },
    { key: "interest", header: t("interestSheet.col.interest"), numeric: true, cell: (r) => amount(r.interest, r.total) },
    { key: "fee", header: t("interestSheet.col.fee"), numeric: true, cell: (r) => amount(r.fee, r.total) },
  ];
  return (
    <div className={styles.column}>
      <Notice intent="success" message={t("interestPanel.wrote", { sheet: outcome.sheet })} />
      <Text className={styles.hint} block>
        {t("interestSheet.terms", { terms: termsText(outcome.terms), rates: ratesText(outcome.rates) })}
      </Text>
      <Text className={styles.hint} block>
        {outcome.invoiceAmounts ? t("interestPanel.basisInvoice") : t("interestPanel.basisOpen")}
      </Text>
      {result.unallocated > 0 && <Notice intent="warning" message={t("interestPanel.unallocated", { amount: money(result.unallocated) })} />}
      {result.afterEnd > 0 && <Notice intent="info" message={t("interestPanel.afterEnd", { count: result.afterEnd })} />}
      {outcome.paymentsLeftOut > 0 && <Notice intent="warning" message={t("interestPanel.paymentsLeftOut", { count: outcome.paymentsLeftOut })} />}
      {outcome.creditNotes > 0 && <Notice intent="info" message={t("interestPanel.creditNotes", { count: outcome.creditNotes })} />}
      <RecordTable label={t("interestPanel.perInvoice")} columns={columns} rows={rows} rowKey={(r) => r.key} />
      <section aria-label={t("interestPanel.ratesUsed")}>
        <Text weight="semibold" block>
          {t("interestPanel.ratesUsed")}
        </Text>
        <ul className={styles.list}>
          {sources.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      </section>
      {result.notes.length > 0 && (
        <section aria-label={t("interestPanel.check")}>
          <Notice intent="warning" title={t("interestPanel.check")} message={result.notes.map(interestNoteText).join(" · ")} />
        </section>
      )}
    </div>
  );
}
