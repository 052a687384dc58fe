import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { ChangeEvent, useRef, useState } from "react";
import { t } from "../i18n";
import { errorText } from "../taskpane/shell/errors";
import { LoadedSheet, loadLedgerFile, parseCsv } from "./loadLedger";

export interface LoadBarProps {
  /** Adds the sheets read; returns the names they got. */
  readonly onLoaded: (sheets: readonly LoadedSheet[]) => string[];
  readonly onMessage: (message: { intent: "success" | "error"; text: string }) => void;
}

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  paste: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

/** Load a CSV or XLSX ledger, or paste CSV text, into the workbook as a new sheet. */
export function LoadBar(props: LoadBarProps) {
  const styles = useStyles();
  const file = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);

  const added = (sheets: readonly LoadedSheet[], source: string) => {
    const rows = sheets.reduce((n, s) => n + s.values.length, 0);
    if (rows === 0) return props.onMessage({ intent: "error", text: t("pane.bench.emptyFile", { file: source }) });
    const names = props.onLoaded(sheets);
    props.onMessage({ intent: "success", text: t("pane.bench.loaded", { name: names.join(", "), rows }) });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = "";
    if (!chosen) return;
    setBusy(true);
    try {
      added(await loadLedgerFile(chosen), chosen.name);
    } catch (error) {
      props.onMessage({ intent: "error", text: t("pane.bench.loadFailed", { file: chosen.name, detail: errorText(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const onPaste = async () => {
    setBusy(true);
    try {
      added([{ name: t("pane.bench.pastedSheet"), values: await parseCsv(text) }], t("pane.bench.pastedSheet"));
      setPasting(false);
      setText("");
    } catch (error) {
      props.onMessage({ intent: "error", text: t("pane.bench.loadFailed", { file: t("pane.bench.pastedSheet"), detail: errorText(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <div className={styles.bar}>
        <Button onClick={() => file.current?.click()} disabled={busy}>
          {t("pane.bench.load")}
        </Button>
        <input ref={file} className={styles.hidden} type="file" accept=".csv,.txt,.xlsx,text/csv" onChange={(e) => void onFile(e)} aria-label={t("pane.bench.load")} />
        <Button onClick={() => setPasting((p) => !p)} disabled={busy} aria-expanded={pasting}>
          {t("pane.bench.paste")}
        </Button>
      </div>
      {pasting && (
        <div className={styles.paste}>
          <Field label={t("pane.bench.pasteLabel")}>
            <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={6} resize="vertical" />
          </Field>
          <Button appearance="primary" onClick={() => void onPaste()} disabled={busy || text.trim() === ""}>
            {t("pane.bench.addSheet")}
          </Button>
        </div>
      )}
    </div>
  );
}
