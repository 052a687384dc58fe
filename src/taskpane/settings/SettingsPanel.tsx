import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { t } from "../../i18n";
import { PanelProps } from "../panelTypes";
import { errorText } from "../shell/errors";
import { LocaleSelect } from "../shell/LocaleSelect";
import { Notice } from "../shell/Notice";
import { SettingInput } from "./SettingInput";
import { SETTING_SECTIONS } from "./settingsFields";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // A fieldset is as wide as its widest input by default (min-inline-size: min-content); here it is the pane's.
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: "none", padding: 0, margin: 0, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Status = { readonly kind: "loading" } | { readonly kind: "ready" } | { readonly kind: "saving" } | { readonly kind: "saved" } | { readonly kind: "error"; readonly message: string };

/** The company letterhead, defaults and account codes, read from and saved to the workbook. */
export function SettingsPanel({ port }: PanelProps) {
  const styles = useStyles();
  const [values, setValues] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ kind: "loading" });
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let current = true;
    setStatus({ kind: "loading" });
    port
      .readSettings()
      .then((read) => {
        if (!current) return;
        setValues(read);
        setStatus({ kind: "ready" });
      })
      .catch((error) => current && setStatus({ kind: "error", message: errorText(error) }));
    return () => {
      current = false;
    };
  }, [port, reload]);

  const save = async () => {
    setStatus({ kind: "saving" });
    try {
      // Keep the keys other panels stored; replace only what this panel edits.
      const stored = await port.readSettings();
      await port.writeSettings({ ...stored, ...values });
      setStatus({ kind: "saved" });
    } catch (error) {
      setStatus({ kind: "error", message: errorText(error) });
    }
  };

  if (status.kind === "loading") return <Spinner size="small" label={t("pane.settings.loading")} />;
  return (
    <form
      className={styles.panel}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset className={styles.section}>
        <legend>
          <Text weight="semibold">{t("nav.pane")}</Text>
        </legend>
        <LocaleSelect label={t("nav.paneLanguage")} hint={t("nav.paneLanguageHint")} />
      </fieldset>
      <Text className={styles.hint}>{t("pane.settings.hint")}</Text>
      {SETTING_SECTIONS.map((section) => (
        <fieldset key={section.title} className={styles.section}>
          <legend>
            <Text weight="semibold">{t(section.title)}</Text>
          </legend>
          {section.fields.map((field) => (
            <SettingInput key={field.key} field={field} value={values[field.key] ?? ""} onChange={(value) => setValues((v) => ({ ...v, [field.key]: value }))} />
          ))}
        </fieldset>
      ))}
      {status.kind === "error" && <Notice intent="error" title={t("pane.settings.failed")} message={status.message} action={{ label: t("pane.error.retry"), onClick: () => setReload((n) => n + 1) }} />}
      {status.kind === "saved" && <Notice intent="success" message={t("pane.settings.saved")} />}
      <Button appearance="primary" type="submit" disabled={status.kind === "saving"}>
        {t("pane.settings.save")}
      </Button>
    </form>
  );
}

export default SettingsPanel;
