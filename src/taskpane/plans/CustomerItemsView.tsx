import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { CustomerItems, OpenItem } from "../../domain/plans";
import { t } from "../../i18n";
import { paneAmount, paneDate } from "./format";

export interface CustomerItemsViewProps {
  readonly customer: CustomerItems;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  disputed: { color: tokens.colorNeutralForeground3 },
});

const line = (i: OpenItem) => t("planPanel.item", { invoice: i.invoice || "—", date: paneDate(i.dueDate), amount: paneAmount(i.open) });

/** The customer's open items the plan covers, and the disputed ones it leaves out. */
export function CustomerItemsView({ customer }: CustomerItemsViewProps) {
  const styles = useStyles();
  return (
    <>
      <section aria-label={t("planPanel.items")}>
        <Text weight="semibold" block>
          {t("planPanel.items")}
        </Text>
        <ul className={styles.list}>
          {customer.items.map((i, k) => (
            <li key={`${i.invoice}-${k}`}>{line(i)}</li>
          ))}
        </ul>
      </section>
      {customer.disputed.length > 0 && (
        <section aria-label={t("planPanel.disputed")} className={styles.disputed}>
          <Text weight="semibold" block>
            {t("planPanel.disputed")}
          </Text>
          <ul className={styles.list}>
            {customer.disputed.map((i, k) => (
              <li key={`${i.invoice}-${k}`}>{line(i)}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
