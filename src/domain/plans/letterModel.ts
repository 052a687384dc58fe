import { Serial, Minor } from "../core";
import { PlanRow } from "./paymentPlan";
import { Frequency } from "./planFrequency";
import { Charge } from "./proposal";
import { OpenItem } from "./openItems";

/**
 * What an agreement letter says, as plain data: the renderers (PDF, Word, the workbook sheet) turn it
 * into text in `language` and lay it out. Amounts in minor units, dates as serials.
 */
export interface AgreementLetter {
  readonly language: string;
  readonly planId: string;
  readonly date: Serial;
  readonly company: {
    readonly name: string;
    readonly addressLines: readonly string[];
    readonly vatId: string;
    readonly iban: string;
    readonly contact: string;
    /** The logo as the Settings panel keeps it (a data: URL of a PNG or JPEG); "" or absent: none. */
    readonly logo?: string;
  };
  readonly customer: string;
  /** The contact person the salutation names, from the customer file; "" or absent: none. */
  readonly contactName?: string;
  readonly items: readonly OpenItem[];
  readonly charges: readonly Charge[];
  readonly balance: Minor;
  readonly annualRate: number;
  readonly frequency: Frequency;
  readonly schedule: readonly PlanRow[];
  readonly totalPayable: Minor;
  readonly totalInterest: Minor;
  readonly graceDays: number;
  /** The id of the plan this one replaces; "" for a first plan. */
  readonly replaces: string;
}

/** The company letterhead from the workbook's settings (keys of the Settings panel). */
export function letterheadFromSettings(settings: Readonly<Record<string, string>>): AgreementLetter["company"] {
  const get = (k: string) => (settings[k] ?? "").trim();
  return {
    name: get("company.name"),
    addressLines: get("company.address").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ""),
    vatId: get("company.vatId"),
    iban: get("company.iban"),
    contact: get("company.contact"),
    logo: get("company.logo"),
  };
}
