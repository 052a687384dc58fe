import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { serialToIso } from "../../domain/core";
import { getLanguage, t } from "../../i18n";
import { interestNoteText } from "../../i18n/interestNote";
import { formatMoney } from "../../i18n/numberFormat";
import { Notice } from "../shell/Notice";
import { rateSourceText, ratesText, termsText } from "./claimSheet";
import { ClaimOutcome } from "./claimWorkbook";

export interface ClaimResultProps {
  readonly outcome: Extract<ClaimOutcome, { status: "done" }>;
}

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
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
      <Table size="extra-small" aria-label={t("interestPanel.perInvoice")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("interestSheet.col.invoice")}</TableHeaderCell>
            <TableHeaderCell>{t("interestSheet.col.dueDate")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("interestSheet.col.principal")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("interestSheet.col.paid")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("interestSheet.col.interest")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("interestSheet.col.fee")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.lines.map((l) => (
            <TableRow key={l.invoice.sourceIndex}>
              <TableCell>{l.invoice.invoice || "—"}</TableCell>
              <TableCell>{serialToIso(l.invoice.dueDate)}</TableCell>
              <TableCell className={styles.number}>{money(l.invoice.principal)}</TableCell>
              <TableCell className={styles.number}>{money(l.paid)}</TableCell>
              <TableCell className={styles.number}>{money(l.detail.total)}</TableCell>
              <TableCell className={styles.number}>{money(l.fee)}</TableCell>
            </TableRow>
          ))}
          {result.totals.map((tot) => (
            <TableRow key={`total-${tot.currency}`}>
              <TableCell>
                <Text weight="semibold">{tot.currency ? t("interestPanel.totalIn", { currency: tot.currency }) : t("interestSheet.kind.total")}</Text>
              </TableCell>
              <TableCell />
              <TableCell className={styles.number}>{money(tot.principal)}</TableCell>
              <TableCell className={styles.number}>{money(tot.paid)}</TableCell>
              <TableCell className={styles.number}>{money(tot.interest)}</TableCell>
              <TableCell className={styles.number}>{money(tot.fee)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
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
