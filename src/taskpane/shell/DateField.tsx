import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { t } from "../../i18n";
import { useOptionalLocale } from "./LocaleContext";
import { dateExample, formatDateInput, formatMonthYear, formatPaneDate, PaneDateParse, parsePaneDate } from "./paneDates";
import { currentPaneLocale, PaneLocale } from "./paneLocale";

export interface DateFieldProps {
  readonly label: string;
  /**
   * What the panel's hook holds: an ISO "YYYY-MM-DD" for a date, or the text typed when it is not one
   * (which the hooks' own ISO check refuses, so a job cannot run on a date the field did not read).
   */
  readonly value: string;
  /** Called on every keystroke with the ISO date read, or the typed text when it reads as no date. */
  readonly onChange: (value: string) => void;
  /** An empty field is an error (default), or allowed (optional dates such as a vetting date). */
  readonly required?: boolean;
  /** The form's own problem with a date that reads fine (in the future, say). */
  readonly problem?: string;
  readonly disabled?: boolean;
  /** The input's accessible name when it is not the label. */
  readonly ariaLabel?: string;
  readonly className?: string;
}

/** The field's message for what it could not read. */
function failureText(text: string, parsed: Exclude<PaneDateParse, { ok: true }>, locale: PaneLocale): string {
  const example = dateExample(locale);
  switch (parsed.reason) {
    case "empty":
      return t("nav.date.required", { example });
    case "notADate":
      return t("nav.date.notADate", { text: text.trim(), example, iso: "2026-12-31" });
    case "noSuchMonth":
      return t("nav.date.noSuchMonth", { text: text.trim(), month: parsed.month, example });
    case "noSuchDay":
      return t("nav.date.noSuchDay", { text: text.trim(), month: formatMonthYear(parsed.year, parsed.month, locale), days: parsed.days });
    case "outOfRange":
      return t("nav.date.outOfRange", { text: text.trim() });
  }
}

/** The text to show for a value the hook holds: the date as the locale types it, or the typed text as is. */
const shown = (value: string, locale: PaneLocale) => formatDateInput(value, locale);

/**
 * The pane's one date field. It reads ISO (2026-12-31) and the pane locale's own order (31.12.2026,
 * 31/12/2026, 12/31/2026 in US English; see paneDates.ts), says under the box how it read the date
 * ("Read as 31 Dec 2026") or why it could not, and hands the panel's hook an ISO date, exactly what the
 * hooks held before it existed. A change of pane language rewrites a date that reads fine in the new
 * language's order and leaves a half-typed one as typed.
 */
export function DateField(props: DateFieldProps) {
  // The provider re-renders the field on a change of language; a panel rendered alone (tests) has none.
  const locale = useOptionalLocale()?.locale ?? currentPaneLocale();
  const [text, setText] = useState(() => shown(props.value, locale));
  // What this field last handed up, and the locale it was typed in: anything else is a change from outside.
  const [sent, setSent] = useState(props.value);
  const [typedIn, setTypedIn] = useState(locale);

  let current = text;
  if (props.value !== sent) {
    current = shown(props.value, locale);
    setText(current);
    setSent(props.value);
  } else if (locale !== typedIn) {
    const before = parsePaneDate(text, typedIn);
    if (before.ok) {
      current = formatDateInput(before.iso, locale);
      setText(current);
    }
    setTypedIn(locale);
  }

  const parsed = parsePaneDate(current, locale);
  const required = props.required ?? true;
  const blankOk = !required && parsed.ok === false && parsed.reason === "empty";
  const error = parsed.ok ? props.problem : blankOk ? undefined : failureText(current, parsed, locale);
  const hint = parsed.ok ? t("nav.date.readAs", { date: formatPaneDate(parsed.serial, locale) }) : t("nav.date.example", { example: dateExample(locale) });

  const change = (next: string) => {
    setText(next);
    setTypedIn(locale);
    const read = parsePaneDate(next, locale);
    const value = read.ok ? read.iso : next.trim() === "" ? "" : next;
    setSent(value);
    props.onChange(value);
  };

  return (
    <Field className={props.className} label={props.label} validationState={error ? "error" : "none"} validationMessage={error} hint={error ? undefined : hint}>
      <Input
        value={current}
        autoComplete="off"
        disabled={props.disabled}
        aria-label={props.ariaLabel}
        onChange={(_, d) => change(d.value)}
        onBlur={() => {
          // Leaving the field writes a date it read the way the locale writes it (31.12.26 → 31.12.2026).
          const read = parsePaneDate(current, locale);
          if (read.ok && formatDateInput(read.iso, locale) !== current) setText(formatDateInput(read.iso, locale));
        }}
      />
    </Field>
  );
}
