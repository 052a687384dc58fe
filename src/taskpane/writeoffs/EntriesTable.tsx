import { Text } from "@fluentui/react-components";
import { JournalEntry } from "../../domain/writeoffs";
import { getLanguage, t } from "../../i18n";
import { formatMoney } from "../../i18n/numberFormat";
import { RecordColumn, RecordTable } from "../shell/RecordTable";

interface LineRow {
  readonly key: string;
  readonly entry: string;
  readonly account: string;
  readonly debit: number;
  readonly credit: number;
  readonly total: boolean;
}

export interface EntriesTableProps {
  readonly label: string;
  readonly entries: readonly JournalEntry[];
}

/** Entries as their lines (entry, account, debit, credit), with the totals that show debits = credits. */
export function EntriesTable({ label, entries }: EntriesTableProps) {
  const lang = getLanguage();
  const money = (m: number) => (m === 0 ? "" : formatMoney(m, lang));
  const rows: LineRow[] = entries.flatMap((e) => e.lines.map((l, k) => ({ key: `${e.id}-${k}`, entry: k === 0 ? `${e.id} ${t(`writeoffsPanel.type.${e.type}`)}` : "", account: l.account, debit: l.debit, credit: l.credit, total: false })));
  const debits = rows.reduce((s, r) => s + r.debit, 0);
  const credits = rows.reduce((s, r) => s + r.credit, 0);
  rows.push({ key: "total", entry: t("writeoffsPanel.totals"), account: "", debit: debits, credit: credits, total: true });
  const bold = (r: LineRow, text: string) => (r.total ? <Text weight="semibold">{text}</Text> : text);
  const columns: RecordColumn<LineRow>[] = [
    { key: "entry", header: t("writeoffsPanel.col.entry"), cell: (r) => bold(r, r.entry) },
    { key: "account", header: t("writeoffsPanel.col.account"), cell: (r) => r.account },
    { key: "debit", header: t("writeoffsPanel.col.debit"), numeric: true, cell: (r) => bold(r, money(r.debit)) },
    { key: "credit", header: t("writeoffsPanel.col.credit"), numeric: true, cell: (r) => bold(r, money(r.credit)) },
  ];
  return <RecordTable label={label} columns={columns} rows={rows} rowKey={(r) => r.key} />;
}
