import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { t } from "../i18n";

export interface SheetTabsProps {
  readonly sheets: readonly string[];
  readonly active: string;
  readonly onSelect: (sheet: string) => void;
}

const useStyles = makeStyles({
  bar: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowX: "auto", flexShrink: 0 },
});

/** The workbook's sheet tabs, as at the bottom of Excel. */
export function SheetTabs(props: SheetTabsProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <TabList size="small" selectedValue={props.active} onTabSelect={(_, d) => props.onSelect(String(d.value))} aria-label={t("pane.bench.sheets")}>
        {props.sheets.map((s) => (
          <Tab key={s} value={s}>
            {s}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
