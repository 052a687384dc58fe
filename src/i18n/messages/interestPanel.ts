import { Translations } from "../languages";

/** Texts of the Interest claim panel and the sheet it writes. */
const en = {
  "interestPanel.tab": "Interest claim",
} as const;

type Key = keyof typeof en;

export const interestPanel: Translations<Key> = {
  en,
  it: { "interestPanel.tab": "Interessi di mora" },
  de: { "interestPanel.tab": "Verzugszinsen" },
  nl: { "interestPanel.tab": "Renteclaim" },
  fr: { "interestPanel.tab": "Intérêts de retard" },
};
