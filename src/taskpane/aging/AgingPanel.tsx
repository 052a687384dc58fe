import { Button, Divider, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import { PanelProps } from "../panelTypes";
import { Notice } from "../shell/Notice";
import { AgingOptions } from "./AgingOptions";
import { AgingResult } from "./AgingResult";
import { MappingEditor } from "./MappingEditor";
import { RunProgress } from "./RunProgress";
import { SourcePicker } from "./SourcePicker";
import { useAgingPanel } from "./useAgingPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The Aging job: pick the ledger, check its columns, choose the date and buckets, run, read the result. */
export function AgingPanel({ port, today }: PanelProps) {
  const styles = useStyles();
  const s = useAgingPanel(port, today);
  const running = s.run.status === "running";
  const ready = s.detect.status === "ready" && s.detect.preview.missing.length === 0;
  return (
    <div className={styles.panel}>
      <SourcePicker sources={s.sources} source={s.source} onChoose={s.chooseSource} onRefresh={s.refresh} disabled={running} />
      {s.detect.status === "loading" && <Spinner size="tiny" label={t("pane.aging.detecting")} />}
      {s.detect.status === "none" && <Notice intent="info" message={t("pane.aging.noSources")} action={{ label: t("pane.aging.refresh"), onClick: s.refresh }} />}
      {s.detect.status === "empty" && <Notice intent="warning" message={t("pane.aging.empty", { name: s.detect.sheet })} action={{ label: t("pane.aging.refresh"), onClick: s.refresh }} />}
      {s.detect.status === "error" && (
        <Notice intent="error" title={t("pane.aging.readFailed")} message={s.detect.message} action={{ label: t("pane.error.retry"), onClick: s.refresh }} />
      )}
      {s.detect.status === "ready" && (
        <section aria-label={t("pane.aging.mapping")}>
          <Text as="h3" weight="semibold" block className={styles.heading}>
            {t("pane.aging.mapping")}
          </Text>
          <Text className={styles.hint} block>
            {t("pane.aging.mappingHint")}
          </Text>
          {s.detect.preview.missing.length > 0 && (
            <Notice intent="warning" message={t("pane.aging.missing", { fields: s.detect.preview.missing.map((f) => t(`pane.field.${f}`)).join(", ") })} />
          )}
          <MappingEditor
            preview={s.detect.preview}
            columns={s.detect.columns}
            firstRow={s.detect.firstRow}
            overrides={s.overrides}
            onMap={s.mapField}
            remembered={s.remembered}
            onForget={s.forgetMapping}
            disabled={running}
          />
        </section>
      )}
      <Divider />
      <AgingOptions
        asOfText={s.asOfText}
        bucketsText={s.bucketsText}
        buckets={s.buckets}
        groupByCustomer={s.groupByCustomer}
        onAsOf={s.setAsOfText}
        onBuckets={s.setBucketsText}
        onGroup={s.setGroupByCustomer}
        disabled={running}
      />
      {running ? (
        <RunProgress phase={s.run.phase ?? "read"} fraction={s.run.fraction} onCancel={s.cancel} />
      ) : (
        <Button appearance="primary" onClick={s.start} disabled={!ready || !s.asOfValid || !s.buckets.ok}>
          {t("pane.aging.run")}
        </Button>
      )}
      {s.run.status === "cancelled" && <Notice intent="info" message={t("pane.aging.cancelled")} />}
      {s.run.status === "error" && <Notice intent="error" title={t("pane.aging.runFailed")} message={s.run.message} action={{ label: t("pane.error.retry"), onClick: s.start }} />}
      {s.run.status === "done" && <AgingResult result={s.run.result} onJump={s.jumpTo} />}
    </div>
  );
}

export default AgingPanel;
