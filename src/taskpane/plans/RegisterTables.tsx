import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { PromiseRecord, PlanRecord, RegisterStatus } from "../../domain/plans";
import { t } from "../../i18n";
import { RecordTable } from "../shell/RecordTable";
import { paneAmount, paneDate } from "./format";

const PLAN_STATE: Readonly<Record<RegisterStatus, string>> = { "On track": "onTrack", Late: "late", Broken: "broken", Completed: "completed", Closed: "closed" };

export const planStateText = (status: RegisterStatus) => t(`planPanel.state.${PLAN_STATE[status]}`);
export const promiseStateText = (status: PromiseRecord["status"]) => t(`planPanel.state.${status.toLowerCase()}`);

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

interface RegisterColumn<T> {
  /** Catalogue key suffix of the header: planPanel.col.<key>. */
  readonly key: string;
  readonly numeric?: boolean;
  readonly cell: (row: T) => string | number;
}

interface RegisterTableProps<T extends { readonly id: string }> {
  /** Catalogue keys of the title and of the text shown when there is no row. */
  readonly titleKey: string;
  readonly emptyKey: string;
  readonly columns: readonly RegisterColumn<T>[];
  readonly rows: readonly T[];
}

/** A register as a titled table, or a hint when it is empty. */
function RegisterTable<T extends { readonly id: string }>({ titleKey, emptyKey, columns, rows }: RegisterTableProps<T>) {
  const styles = useStyles();
  return (
    <section aria-label={t(titleKey)}>
      <Text weight="semibold" block>
        {t(titleKey)}
      </Text>
      {rows.length === 0 ? (
        <Text className={styles.hint}>{t(emptyKey)}</Text>
      ) : (
        <RecordTable
          label={t(titleKey)}
          columns={columns.map((c) => ({ key: c.key, header: t(`planPanel.col.${c.key}`), numeric: c.numeric, cell: c.cell }))}
          rows={rows}
          rowKey={(row) => row.id}
        />
      )}
    </section>
  );
}

const PLAN_COLUMNS: readonly RegisterColumn<PlanRecord>[] = [
  { key: "plan", cell: (p) => p.id },
  { key: "customer", cell: (p) => p.customer },
  { key: "status", cell: (p) => planStateText(p.status) },
  { key: "arrears", numeric: true, cell: (p) => paneAmount(p.arrears) },
  { key: "daysLate", numeric: true, cell: (p) => p.daysLate },
];

const PROMISE_COLUMNS: readonly RegisterColumn<PromiseRecord>[] = [
  { key: "promise", cell: (p) => p.id },
  { key: "customer", cell: (p) => p.customer },
  { key: "amount", numeric: true, cell: (p) => paneAmount(p.amount) },
  { key: "date", cell: (p) => paneDate(p.date) },
  { key: "status", cell: (p) => promiseStateText(p.status) },
  { key: "arrears", numeric: true, cell: (p) => paneAmount(p.arrears) },
  { key: "daysLate", numeric: true, cell: (p) => p.daysLate },
];

export function PlansTable({ plans }: { readonly plans: readonly PlanRecord[] }) {
  return <RegisterTable titleKey="planPanel.plans" emptyKey="planPanel.noPlans" columns={PLAN_COLUMNS} rows={plans} />;
}

export function PromisesTable({ promises }: { readonly promises: readonly PromiseRecord[] }) {
  return <RegisterTable titleKey="planPanel.promises" emptyKey="planPanel.noPromises" columns={PROMISE_COLUMNS} rows={promises} />;
}

/** The broken plans and promises, each with its arrears and days late. */
export function BrokenList({ plans, promises }: { readonly plans: readonly PlanRecord[]; readonly promises: readonly PromiseRecord[] }) {
  const styles = useStyles();
  const brokenPlans = plans.filter((p) => p.status === "Broken");
  const brokenPromises = promises.filter((p) => p.status === "Broken");
  return (
    <section aria-label={t("planPanel.brokenList")}>
      <Text weight="semibold" block>
        {t("planPanel.brokenList")}
      </Text>
      {brokenPlans.length + brokenPromises.length === 0 ? (
        <Text className={styles.hint}>{t("planPanel.noneBroken")}</Text>
      ) : (
        <ul className={styles.list}>
          {brokenPlans.map((p) => (
            <li key={p.id}>
              {t("planPanel.brokenPlan", { planId: p.id, customer: p.customer, date: p.brokenOn === null ? "" : paneDate(p.brokenOn), amount: paneAmount(p.arrears), days: p.daysLate })}
            </li>
          ))}
          {brokenPromises.map((p) => (
            <li key={p.id}>{t("planPanel.brokenPromise", { id: p.id, customer: p.customer, amount: paneAmount(p.amount), date: paneDate(p.date), days: p.daysLate })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
