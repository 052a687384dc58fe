import { Button, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { LineMatch, MatchRun } from "../../domain/cash";
import { t } from "../../i18n";
import { formatPaneDate } from "../shell/paneDates";
import { RecordColumn, RecordTable } from "../shell/RecordTable";
import { differenceText, money, reasonsText, ruleText } from "./cashText";

export interface CashLinesProps {
  readonly run: MatchRun;
  readonly status: LineMatch["status"];
  readonly disabled: boolean;
  readonly onConfirm: (at: number) => void;
  readonly onRefuse: (at: number) => void;
  readonly onAssign: (at: number, customer: number) => void;
}

const useStyles = makeStyles({
  why: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "end" },
});

/** The form to assign one unmatched line to a customer: the customer the name points to first. */
function AssignForm({ run, line, disabled, onAssign }: { run: MatchRun; line: LineMatch; disabled: boolean; onAssign: (at: number, customer: number) => void }) {
  const styles = useStyles();
  const customers = run.index.customers.map((c, i) => ({ i, name: c.customer })).sort((a, b) => (a.i === line.hint ? -1 : b.i === line.hint ? 1 : a.name.localeCompare(b.name)));
  const [choice, setChoice] = useState(line.hint >= 0 ? String(line.hint) : "");
  return (
    <div className={styles.actions}>
      <Field label={t("cashPanel.assignTo", { line: line.line.position })} size="small">
        <Select size="small" value={choice} disabled={disabled} onChange={(_, d) => setChoice(d.value)}>
          <option value="">{t("cashPanel.pickCustomer")}</option>
          {customers.map((c) => (
            <option key={c.i} value={String(c.i)}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button size="small" disabled={disabled || choice === ""} onClick={() => onAssign(line.line.index, Number(choice))}>
        {t("cashPanel.assign")}
      </Button>
    </div>
  );
}

/** One outcome's lines (matched, suggested, unmatched or ignored) as records that stack in a narrow pane. */
export function CashLines({ run, status, disabled, onConfirm, onRefuse, onAssign }: CashLinesProps) {
  const styles = useStyles();
  const rows = run.results.filter((r) => r.status === status);
  if (rows.length === 0) return null;
  const customerName = (m: LineMatch) => (m.customer >= 0 ? run.index.customers[m.customer].customer : "");
  const columns: RecordColumn<LineMatch>[] = [
    { key: "line", header: t("cashPanel.col.line"), cell: (m) => m.line.position },
    { key: "date", header: t("cashPanel.col.date"), cell: (m) => (m.line.valueDate === null ? "" : formatPaneDate(m.line.valueDate)) },
    { key: "payer", header: t("cashPanel.col.payer"), cell: (m) => m.line.payerName || m.line.payerIban || "—" },
    { key: "amount", header: t("cashPanel.col.amount"), numeric: true, cell: (m) => `${money(m.line.amount)} ${m.line.currency}` },
  ];
  if (status === "matched" || status === "suggested") {
    columns.push(
      { key: "customer", header: t("cashPanel.col.customer"), cell: customerName },
      { key: "invoices", header: t("cashPanel.col.invoices"), cell: (m) => m.allocations.map((a) => a.invoice || "—").join(", ") },
      { key: "applied", header: t("cashPanel.col.applied"), numeric: true, cell: (m) => money(m.applied) },
      { key: "difference", header: t("cashPanel.col.difference"), cell: differenceText },
      { key: "rule", header: t("cashPanel.col.rule"), cell: ruleText },
    );
  }
  columns.push({ key: "why", header: t("cashPanel.col.why"), cell: (m) => <Text className={styles.why}>{reasonsText(m)}</Text> });
  if (status === "suggested") {
    columns.push({
      key: "action",
      header: t("cashPanel.col.action"),
      cell: (m) => (
        <span className={styles.actions}>
          <Button size="small" appearance="primary" disabled={disabled} onClick={() => onConfirm(m.line.index)} aria-label={`${t("cashPanel.confirm")} ${m.line.position}`}>
            {t("cashPanel.confirm")}
          </Button>
          <Button size="small" disabled={disabled} onClick={() => onRefuse(m.line.index)} aria-label={`${t("cashPanel.refuse")} ${m.line.position}`}>
            {t("cashPanel.refuse")}
          </Button>
        </span>
      ),
    });
  }
  if (status === "unmatched") {
    columns.push({ key: "action", header: t("cashPanel.col.action"), cell: (m) => <AssignForm run={run} line={m} disabled={disabled} onAssign={onAssign} /> });
  }
  return <RecordTable label={t(`cashPanel.section.${status}`, { count: rows.length })} columns={columns} rows={rows} rowKey={(m) => m.line.index} titleColumns={1} />;
}
