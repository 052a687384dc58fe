/** The settings the pane keeps in the workbook: one key each, grouped in sections. */

export type SettingKind = "text" | "multiline" | "language" | "jurisdiction" | "logo" | "iban" | "writeoffMethod";

export interface SettingField {
  /** Key in the workbook's settings. */
  readonly key: string;
  /** Catalogue key of the label. */
  readonly label: string;
  readonly kind: SettingKind;
}

export interface SettingSection {
  readonly title: string;
  readonly fields: readonly SettingField[];
}

export const JURISDICTIONS = ["IT", "DE", "NL", "FR", "GB"] as const;

export const SETTING_SECTIONS: readonly SettingSection[] = [
  {
    title: "pane.settings.company",
    fields: [
      { key: "company.name", label: "pane.settings.name", kind: "text" },
      { key: "company.address", label: "pane.settings.address", kind: "multiline" },
      { key: "company.vatId", label: "pane.settings.vatId", kind: "text" },
      { key: "company.iban", label: "pane.settings.iban", kind: "iban" },
      { key: "company.contact", label: "pane.settings.contact", kind: "text" },
      { key: "company.logo", label: "pane.settings.logo", kind: "logo" },
    ],
  },
  {
    title: "pane.settings.defaults",
    fields: [
      { key: "defaults.language", label: "pane.settings.language", kind: "language" },
      { key: "defaults.jurisdiction", label: "pane.settings.jurisdiction", kind: "jurisdiction" },
    ],
  },
  {
    title: "pane.settings.accounts",
    fields: [
      { key: "accounts.receivable", label: "pane.settings.accountReceivable", kind: "text" },
      { key: "accounts.writeOff", label: "pane.settings.accountWriteOff", kind: "text" },
      { key: "accounts.provision", label: "pane.settings.accountProvision", kind: "text" },
      { key: "accounts.interest", label: "pane.settings.accountInterest", kind: "text" },
    ],
  },
  {
    title: "writeoffsSettings.section",
    fields: [
      { key: "accounts.bank", label: "writeoffsSettings.bank", kind: "text" },
      { key: "accounts.badDebtRecovered", label: "writeoffsSettings.recovered", kind: "text" },
      { key: "writeoffs.method", label: "writeoffsSettings.method", kind: "writeoffMethod" },
      { key: "writeoffs.approvers", label: "writeoffsSettings.approvers", kind: "multiline" },
    ],
  },
  { title: "dunPanel.settings.section", fields: [{ key: "dunning.minimum", label: "dunPanel.settings.minimum", kind: "text" }] },
  {
    title: "followUp.settings",
    fields: ["overdue", "brokenPlan", "brokenPromise", "promiseDueToday", "lastDunningLevel", "creditHold", "window"].map((k) => ({ key: `followUp.${k}`, label: `followUp.settings.${k}`, kind: "text" as const })),
  },
  {
    title: "cashPanel.settings.title",
    fields: [
      { key: "cash.toleranceAmount", label: "cashPanel.settings.toleranceAmount", kind: "text" },
      { key: "cash.tolerancePercent", label: "cashPanel.settings.tolerancePercent", kind: "text" },
    ],
  },
];

/**
 * True when an IBAN's check digits are right (ISO 13616 mod 97); spaces are ignored.
 *
 * @example
 * ibanLooksValid("GB82 WEST 1234 5698 7654 32") //=> true
 */
export function ibanLooksValid(text: string): boolean {
  const iban = text.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}
