import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { t } from "../i18n";
import { sampleStatements } from "../samples/statements";
import { isoToSerial } from "../taskpane/shell/asOf";
import { MemoryWorkbook } from "../workbook/memoryWorkbook";

export interface SampleStatementsProps {
  readonly workbook: MemoryWorkbook;
  readonly today: string;
}

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Downloads bank statements (camt.053, MT940, CSV) that pay invoices of the sample ledger, to load in the Cash panel. */
export function SampleStatements({ workbook, today }: SampleStatementsProps) {
  const styles = useStyles();
  const download = (index: number) => {
    const asOf = isoToSerial(today) ?? 0;
    const statement = sampleStatements(workbook.values("Ledger"), asOf)[index];
    const url = URL.createObjectURL(new Blob([statement.text], { type: statement.mime }));
    const link = document.createElement("a");
    link.href = url;
    link.download = statement.name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <div className={styles.bar} role="group" aria-label={t("cashPanel.bench.samples")}>
      <Text className={styles.hint}>{t("cashPanel.bench.samples")}</Text>
      {["camt.053", "MT940", "CSV"].map((label, i) => (
        <Button key={label} size="small" onClick={() => download(i)} aria-label={t("cashPanel.bench.sample", { format: label })}>
          {label}
        </Button>
      ))}
    </div>
  );
}
