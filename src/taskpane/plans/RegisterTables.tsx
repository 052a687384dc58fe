import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { PromiseRecord } from "../../domain/plans/promises";
import { PlanRecord, RegisterStatus } from "../../domain/plans/register";
import { t } from "../../i18n";
import { paneAmount, paneDate } from "./format";

const PLAN_STATE: Readonly<Record<RegisterStatus, string>> = { "On track": "onTrack", Late: "late", Broken: "broken", Completed: "completed", Closed: "closed" };

export const planStateText = (status: RegisterStatus) => t(`planPanel.state.${PLAN_STATE[status]}`);
export const promiseStateText = (status: PromiseRecord["status"]) => t(`planPanel.state.${status.toLowerCase()}`);

const useStyles = makeStyles({
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function PlansTable({ plans }: { readonly plans: readonly PlanRecord[] }) {
  const styles = useStyles();
  return (
    <section aria-label={t("planPanel.plans")}>
      <Text weight="semibold" block>
        {t("planPanel.plans")}
      </Text>
      {plans.length === 0 ? (
        <Text className={styles.hint}>{t("planPanel.noPlans")}</Text>
      ) : (
        <Table size="extra-small" aria-label={t("planPanel.plans")}>
          <TableHeader>
            <TableRow>
              {["plan", "customer", "status", "arrears", "daysLate"].map((k) => (
                <TableHeaderCell key={k}>{t(`planPanel.col.${k}`)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {plans.map((p) => (
              <TableRow key={p.id} data-plan={p.id}>
                <TableCell>{p.id}</TableCell>
                <TableCell>{p.customer}</TableCell>
                <TableCell>{planStateText(p.status)}</TableCell>
                <TableCell className={styles.number}>{paneAmount(p.arrears)}</TableCell>
                <TableCell className={styles.number}>{p.daysLate}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

export function PromisesTable({ promises }: { readonly promises: readonly PromiseRecord[] }) {
  const styles = useStyles();
  return (
    <section aria-label={t("planPanel.promises")}>
      <Text weight="semibold" block>
        {t("planPanel.promises")}
      </Text>
      {promises.length === 0 ? (
        <Text className={styles.hint}>{t("planPanel.noPromises")}</Text>
      ) : (
        <Table size="extra-small" aria-label={t("planPanel.promises")}>
          <TableHeader>
            <TableRow>
              {["promise", "customer", "amount", "date", "status", "arrears", "daysLate"].map((k) => (
                <TableHeaderCell key={k}>{t(`planPanel.col.${k}`)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {promises.map((p) => (
              <TableRow key={p.id}>
                <TableCell>{p.id}</TableCell>
                <TableCell>{p.customer}</TableCell>
                <TableCell className={styles.number}>{paneAmount(p.amount)}</TableCell>
                <TableCell>{paneDate(p.date)}</TableCell>
                <TableCell>{promiseStateText(p.status)}</TableCell>
                <TableCell className={styles.number}>{paneAmount(p.arrears)}</TableCell>
                <TableCell className={styles.number}>{p.daysLate}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
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
