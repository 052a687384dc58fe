import { Field, Select } from "@fluentui/react-components";
import { t } from "../../i18n";
import { useLocale } from "./LocaleContext";
import { PANE_LOCALES, PaneLocale } from "./paneLocale";

/** A pane locale's name as its own speakers write it: "English (UK)", "Deutsch". */
export function localeName(locale: PaneLocale): string {
  return locale === "en-US" || locale === "en-GB" ? t(`nav.locale.${locale}`) : t(`pane.lang.${locale}`);
}

export interface LocaleSelectProps {
  /** A visible label (Settings), or none with an accessible name (the workbench header). */
  readonly label?: string;
  readonly ariaLabel?: string;
  readonly hint?: string;
}

/** Picks the pane's language; the pane switches at once and keeps what is open and typed. */
export function LocaleSelect(props: LocaleSelectProps) {
  const { locale, setLocale } = useLocale();
  const select = (
    <Select aria-label={props.ariaLabel} value={locale} onChange={(_, d) => setLocale(d.value as PaneLocale)}>
      {PANE_LOCALES.map((l) => (
        <option key={l} value={l}>
          {localeName(l)}
        </option>
      ))}
    </Select>
  );
  if (!props.label) return select;
  return (
    <Field label={props.label} hint={props.hint}>
      {select}
    </Field>
  );
}
