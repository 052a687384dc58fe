import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { Lang } from "../../i18n";
import { applyPaneLocale, langOf, PaneLocale } from "./paneLocale";

export interface LocaleState {
  readonly locale: PaneLocale;
  readonly lang: Lang;
  /** Switches the pane at once: every label re-renders in place, nothing is remounted or lost. */
  setLocale(locale: PaneLocale): void;
}

const LocaleContext = createContext<LocaleState | null>(null);

export interface LocaleProviderProps {
  readonly initial: PaneLocale;
  /** Told of every change the user makes (the Excel entry keeps the choice for next time). */
  readonly onChange?: (locale: PaneLocale) => void;
  readonly children: ReactNode;
}

/**
 * Holds the pane's locale as React state. A change re-renders the tree under the provider with the new
 * language; it never re-keys or remounts it, so the open panel and what was typed stay.
 */
export function LocaleProvider({ initial, onChange, children }: LocaleProviderProps) {
  const [locale, setState] = useState<PaneLocale>(() => {
    applyPaneLocale(initial);
    return initial;
  });
  const setLocale = useCallback(
    (next: PaneLocale) => {
      // Applied before the re-render, so t() and the formatters already speak the new language.
      applyPaneLocale(next);
      setState(next);
      onChange?.(next);
    },
    [onChange],
  );
  useEffect(() => {
    applyPaneLocale(locale);
    if (typeof document !== "undefined") document.documentElement.lang = langOf(locale);
  }, [locale]);
  const value = useMemo(() => ({ locale, lang: langOf(locale), setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The pane's locale and its setter; components that read it re-render when it changes. */
export function useLocale(): LocaleState {
  const value = useContext(LocaleContext);
  if (!value) throw new Error("useLocale outside a LocaleProvider");
  return value;
}

/** The locale when a provider is above, else null (the task pane then provides its own). */
export function useOptionalLocale(): LocaleState | null {
  return useContext(LocaleContext);
}
