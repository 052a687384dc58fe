import { Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { t } from "../i18n";

export interface FormulaBarProps {
  /** "B3" */
  readonly address: string;
  /** The formula or value of the selected cell, as the user would type it. */
  readonly text: string;
  /** The selected cell's error message, if its formula failed. */
  readonly error?: string;
  readonly onCommit: (text: string) => void;
}

const useStyles = makeStyles({
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, padding: tokens.spacingHorizontalXS },
  address: { minWidth: "56px", fontFamily: tokens.fontFamilyMonospace },
  input: { flexGrow: 1, fontFamily: tokens.fontFamilyMonospace },
  error: { color: tokens.colorPaletteRedForeground1, paddingInline: tokens.spacingHorizontalS },
});

/** Excel's formula bar: shows the selected cell's formula; Enter enters what was typed. */
export function FormulaBar(props: FormulaBarProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(props.text);
  useEffect(() => setDraft(props.text), [props.text, props.address]);
  return (
    <div>
      <div className={styles.bar}>
        <Text className={styles.address} aria-label={t("pane.bench.cell")}>
          {props.address}
        </Text>
        <Input
          className={styles.input}
          aria-label={t("pane.bench.formulaBar")}
          value={draft}
          onChange={(_, d) => setDraft(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") props.onCommit(draft);
            if (e.key === "Escape") setDraft(props.text);
          }}
        />
      </div>
      {props.error && (
        <Text className={styles.error} block role="status">
          {props.error}
        </Text>
      )}
    </div>
  );
}
