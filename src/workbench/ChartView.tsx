import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { t } from "../i18n";
import { MemoryChart } from "../workbook/memoryWorkbook";

export interface ChartViewProps {
  readonly chart: MemoryChart;
}

const useStyles = makeStyles({
  chart: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, maxWidth: "520px" },
  row: { display: "grid", gridTemplateColumns: "90px 1fr 110px", alignItems: "center", gap: tokens.spacingHorizontalS },
  bar: { height: "14px", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  value: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/** The report's column chart, drawn as bars (the workbench has no Excel charts). */
export function ChartView({ chart }: ChartViewProps) {
  const styles = useStyles();
  const max = Math.max(1, ...chart.values.map((v) => Math.abs(v)));
  return (
    <figure className={styles.chart} aria-label={t("pane.bench.chart", { title: chart.title })}>
      <Text weight="semibold">{chart.title}</Text>
      {chart.categories.map((category, k) => (
        <div key={category} className={styles.row}>
          <Text>{category}</Text>
          <div className={styles.bar} style={{ width: `${(Math.abs(chart.values[k]) / max) * 100}%` }} />
          <Text className={styles.value}>{chart.values[k].toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</Text>
        </div>
      ))}
    </figure>
  );
}
