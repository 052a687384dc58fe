import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import { Notice } from "../shell/Notice";
import { FilesState } from "./usePaymentPlanPanel";

export interface LetterDownloadsProps {
  readonly files: FilesState;
}

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
  link: { color: tokens.colorBrandForegroundLink },
});

/** Links to the letter's PDF and Word files (object URLs with <a download>). */
export function LetterDownloads({ files }: LetterDownloadsProps) {
  const styles = useStyles();
  if (files.status === "running") return <Spinner size="tiny" label={t("planPanel.preparingFiles")} />;
  if (files.status === "error") return <Notice intent="warning" message={files.message} />;
  if (files.status !== "done") return null;
  return (
    <div className={styles.row}>
      <a className={styles.link} href={files.result.pdf.url} download={files.result.pdf.name}>
        {t("planPanel.downloadPdf")}
      </a>
      <a className={styles.link} href={files.result.docx.url} download={files.result.docx.name}>
        {t("planPanel.downloadDocx")}
      </a>
    </div>
  );
}
