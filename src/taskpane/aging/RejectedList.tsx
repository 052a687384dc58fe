import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { LedgerField, RejectedRow } from "../../domain/ledger";
import { t } from "../../i18n";

export interface RejectedListProps {
  readonly rejected: readonly RejectedRow[];
  /** Sheet row (0-based) of the range's first row, to show sheet row numbers. */
  readonly firstRow: number;
  readonly onJump: (index: number, field?: LedgerField) => void;
}

/** Rows shown at first, and added by each "Show more". */
export const PAGE = 100;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { justifyContent: "flex-start", textAlign: "start", minWidth: 0, width: "100%", fontWeight: tokens.fontWeightRegular },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The rows a run refused, each with its sheet row and reason; clicking one selects it in the workbook. */
export function RejectedList(props: RejectedListProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const more = Math.min(PAGE, props.rejected.length - shown);
  return (
    <section aria-label={t("pane.aging.rejectedTitle")}>
      <Text weight="semibold" as="h3" block>
        {t("pane.aging.rejectedTitle")}
      </Text>
      <Text className={styles.hint} block>
        {t("pane.aging.rejectedHint")}
      </Text>
      <ul className={styles.list}>
        {props.rejected.slice(0, shown).map((r) => (
          <li key={`${r.index}:${r.field ?? ""}`}>
            <Button appearance="subtle" size="small" className={styles.item} onClick={() => props.onJump(r.index, r.field)}>
              {t("pane.aging.rejectedRow", { row: props.firstRow + r.index + 1, reason: t(r.problem.code, r.problem.params) })}
            </Button>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <Button appearance="transparent" onClick={() => setShown((n) => n + PAGE)}>
          {t("pane.aging.showMore", { count: more })}
        </Button>
      )}
    </section>
  );
}
