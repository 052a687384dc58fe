import { Button, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import { ChargeDraft } from "./usePaymentPlanPanel";

export interface ChargesEditorProps {
  readonly charges: readonly ChargeDraft[];
  readonly onAdd: () => void;
  readonly onChange: (index: number, draft: ChargeDraft) => void;
  readonly onRemove: (index: number) => void;
}

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 6.5rem) auto", gap: tokens.spacingHorizontalS, marginBlockEnd: tokens.spacingVerticalXS },
  remove: { minWidth: "auto", paddingInline: tokens.spacingHorizontalS },
});

/** Further charges (fees, late interest) added to the plan as lines. */
export function ChargesEditor(props: ChargesEditorProps) {
  const styles = useStyles();
  return (
    <section aria-label={t("planPanel.charges")}>
      <Text weight="semibold" block>
        {t("planPanel.charges")}
      </Text>
      {props.charges.map((c, i) => (
        <div key={i} className={styles.row}>
          <Input aria-label={t("planPanel.chargeLabel")} value={c.label} onChange={(_, d) => props.onChange(i, { ...c, label: d.value })} />
          <Input aria-label={t("planPanel.chargeAmount")} value={c.amountText} inputMode="decimal" onChange={(_, d) => props.onChange(i, { ...c, amountText: d.value })} />
          <Button className={styles.remove} appearance="subtle" aria-label={t("planPanel.removeCharge", { label: c.label || String(i + 1) })} onClick={() => props.onRemove(i)}>
            ×
          </Button>
        </div>
      ))}
      <Button size="small" onClick={props.onAdd}>
        {t("planPanel.addCharge")}
      </Button>
    </section>
  );
}
