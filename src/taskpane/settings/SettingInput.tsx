import { Button, Field, Input, makeStyles, Select, Textarea } from "@fluentui/react-components";
import { ChangeEvent, useRef } from "react";
import { LANGUAGES, t } from "../../i18n";
import { controlRow, controlRowGrow } from "../shell/layout";
import { ibanLooksValid, JURISDICTIONS, SettingField } from "./settingsFields";

export interface SettingInputProps {
  readonly field: SettingField;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

const useStyles = makeStyles({
  logo: { ...controlRow, alignItems: "center" },
  grow: controlRowGrow,
  preview: { maxHeight: "40px", maxWidth: "120px" },
  hidden: { display: "none" },
});

/** One setting's input, by kind. */
export function SettingInput({ field, value, onChange }: SettingInputProps) {
  const styles = useStyles();
  const file = useRef<HTMLInputElement>(null);
  const label = t(field.label);
  const badIban = field.kind === "iban" && value.trim() !== "" && !ibanLooksValid(value);

  const readLogo = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const reader = new FileReader();
    reader.onload = () => typeof reader.result === "string" && onChange(reader.result);
    reader.readAsDataURL(chosen);
  };

  if (field.kind === "multiline")
    return (
      <Field label={label}>
        <Textarea value={value} onChange={(_, d) => onChange(d.value)} resize="vertical" />
      </Field>
    );
  if (field.kind === "language" || field.kind === "jurisdiction" || field.kind === "writeoffMethod") {
    const options =
      field.kind === "language" ? LANGUAGES.map((l) => [l, t(`pane.lang.${l}`)]) : field.kind === "jurisdiction" ? JURISDICTIONS.map((j) => [j, t(`pane.jurisdiction.${j}`)]) : ["allowance", "expense"].map((m) => [m, t(`writeoffsSettings.method.${m}`)]);
    return (
      <Field label={label}>
        <Select value={value} onChange={(_, d) => onChange(d.value)}>
          <option value="">{t("pane.settings.unset")}</option>
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  if (field.kind === "logo")
    return (
      <Field label={label} hint={t("pane.settings.logoHint")}>
        <div className={styles.logo}>
          <Input className={styles.grow} value={value.startsWith("data:") ? t("pane.settings.logoEmbedded") : value} onChange={(_, d) => onChange(d.value)} />
          {value.startsWith("data:image/") && <img className={styles.preview} src={value} alt={t("pane.settings.logoPreview")} />}
          <Button onClick={() => file.current?.click()}>{t("pane.settings.logoFile")}</Button>
          <input ref={file} className={styles.hidden} type="file" accept="image/png,image/jpeg,image/svg+xml" onChange={readLogo} aria-label={t("pane.settings.logoFile")} />
        </div>
      </Field>
    );
  return (
    <Field label={label} validationState={badIban ? "warning" : "none"} validationMessage={badIban ? t("pane.settings.ibanInvalid") : undefined}>
      <Input value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
