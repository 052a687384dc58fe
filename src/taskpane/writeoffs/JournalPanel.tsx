import { Button, Checkbox, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { JOURNAL_COLUMNS, JOURNAL_SHEET } from "../../domain/writeoffs";
import type { JournalColumn } from "../../export/writeoffs/journalFiles";
import { getLanguage, t } from "../../i18n";
import { formatMoney } from "../../i18n/numberFormat";
import { pacer } from "../../workbook/pacing";
import { PanelProps } from "../panelTypes";
import { errorText } from "../shell/errors";
import { Notice } from "../shell/Notice";
import { useTask } from "../shell/useTask";
import { JournalRead, readJournalEntries } from "./writeoffWorkbook";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  columns: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  link: { color: tokens.colorBrandForegroundLink },
});

interface Links {
  readonly csv: { readonly url: string; readonly name: string };
  readonly xlsx: { readonly url: string; readonly name: string };
}

const revoke = (links: Links) => {
  URL.revokeObjectURL(links.csv.url);
  URL.revokeObjectURL(links.xlsx.url);
};

/** The Journal job: AR Journal as CSV and XLSX for the ERP, columns chosen, every cell guarded; the sheet itself is the workbook-native copy. */
export function JournalPanel({ port }: PanelProps) {
  const styles = useStyles();
  const lang = getLanguage();
  const [journal, setJournal] = useState<JournalRead | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [columns, setColumns] = useState<readonly JournalColumn[]>(JOURNAL_COLUMNS);
  const files = useTask(
    async () => {
      const [{ journalFiles }, { objectUrl }] = await Promise.all([import("../../export/writeoffs/journalFiles"), import("../../export/core/download")]);
      const pace = pacer();
      const made = await journalFiles(journal!.entries, columns, undefined, () => pace.ahead(1));
      return { csv: { url: objectUrl(made.csv.bytes, made.csv.mime), name: made.csv.name }, xlsx: { url: objectUrl(made.xlsx.bytes, made.xlsx.mime), name: made.xlsx.name } };
    },
    { discard: revoke },
  );
  const links = files.state.status === "done" ? files.state.result : null;
  useEffect(() => () => void (links && revoke(links)), [links]);
  useEffect(() => {
    let current = true;
    readJournalEntries(port)
      .then((read) => current && setJournal(read))
      .catch((error) => current && setProblem(errorText(error)));
    return () => {
      current = false;
    };
  }, [port]);
  const lines = journal?.entries.flatMap((e) => e.lines) ?? [];
  const debits = lines.reduce((s, l) => s + l.debit, 0);
  const credits = lines.reduce((s, l) => s + l.credit, 0);
  const toggle = (c: JournalColumn) => {
    files.reset();
    setColumns((prev) => (prev.includes(c) ? prev.filter((x) => x !== c) : JOURNAL_COLUMNS.filter((x) => x === c || prev.includes(x))));
  };
  return (
    <div className={styles.panel}>
      <Text className={styles.hint} block>
        {t("writeoffsPanel.journalIntro", { sheet: JOURNAL_SHEET })}
      </Text>
      {problem && <Notice intent="error" message={problem} />}
      {!journal && !problem && <Spinner size="tiny" label={t("writeoffsPanel.loading")} />}
      {journal && journal.entries.length === 0 && journal.broken.length === 0 && <Notice intent="info" message={t("writeoffsPanel.journalEmpty")} />}
      {journal && journal.entries.length > 0 && (
        <Text>{t("writeoffsPanel.journalTotals", { count: journal.entries.length, debits: formatMoney(debits, lang), credits: formatMoney(credits, lang) })}</Text>
      )}
      {journal && (journal.broken.length > 0 || journal.unreadable > 0) && (
        <Notice intent="warning" message={t("writeoffsPanel.journalBroken", { count: journal.broken.length, entries: journal.broken.join(", "), rows: journal.unreadable })} />
      )}
      <fieldset className={styles.columns} aria-label={t("writeoffsPanel.exportColumns")}>
        <legend>
          <Text weight="semibold">{t("writeoffsPanel.exportColumns")}</Text>
        </legend>
        {JOURNAL_COLUMNS.map((c) => (
          <Checkbox key={c} label={c} checked={columns.includes(c)} onChange={() => toggle(c)} />
        ))}
      </fieldset>
      <div>
        <Button appearance="primary" disabled={!journal || journal.entries.length === 0 || columns.length === 0 || files.running} onClick={() => files.start()}>
          {t("writeoffsPanel.prepareFiles")}
        </Button>
      </div>
      {files.running && <Spinner size="tiny" label={t("writeoffsPanel.working")} />}
      {files.state.status === "error" && <Notice intent="error" message={files.state.message} />}
      {links && (
        <div className={styles.links}>
          <a className={styles.link} href={links.csv.url} download={links.csv.name}>
            {t("writeoffsPanel.downloadCsv")}
          </a>
          <a className={styles.link} href={links.xlsx.url} download={links.xlsx.name}>
            {t("writeoffsPanel.downloadXlsx")}
          </a>
        </div>
      )}
      <Text className={styles.hint} block>
        {t("writeoffsPanel.nativePath", { sheet: JOURNAL_SHEET })}
      </Text>
    </div>
  );
}

export default JournalPanel;
