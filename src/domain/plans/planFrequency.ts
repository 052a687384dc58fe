import { edate, Serial } from "../core";

/** Payments a year of a payment plan: monthly, quarterly, biweekly or weekly. */
export type Frequency = 12 | 4 | 26 | 52;

export const FREQUENCIES: readonly Frequency[] = [12, 4, 26, 52];

// The English words of the contract, and the same words in the other languages of the add-in.
const WORDS: Readonly<Record<string, Frequency>> = {
  monthly: 12, mensile: 12, monatlich: 12, maandelijks: 12, mensuel: 12, mensuelle: 12,
  quarterly: 4, trimestrale: 4, "vierteljährlich": 4, quartalsweise: 4, driemaandelijks: 4, "per kwartaal": 4, trimestriel: 4, trimestrielle: 4,
  biweekly: 26, fortnightly: 26, quindicinale: 26, "zweiwöchentlich": 26, "vierzehntäglich": 26, tweewekelijks: 26, quinzomadaire: 26,
  weekly: 52, settimanale: 52, "wöchentlich": 52, wekelijks: 52, hebdomadaire: 52,
};

/**
 * The frequency a number or word names: 12, 4, 26, 52 or "monthly", "quarterly", "biweekly",
 * "weekly" (any case; also the Italian, German, Dutch and French words). Undefined for anything else.
 *
 * @example
 * toFrequency("Quarterly") //=> 4
 * toFrequency(13) //=> undefined
 */
export function toFrequency(value: string | number): Frequency | undefined {
  if (typeof value === "number") return (FREQUENCIES as readonly number[]).includes(value) ? (value as Frequency) : undefined;
  const word = value.trim().toLowerCase().replace(/\s+/g, " ");
  return Object.prototype.hasOwnProperty.call(WORDS, word) ? WORDS[word] : undefined;
}

/**
 * The due date of instalment `k` (1-based) of a plan whose first instalment is due on `start`: EDATE from
 * the start date for monthly and quarterly plans (never chained, so 31 Jan → 28 Feb → 31 Mar), every 7 or
 * 14 days for weekly and biweekly ones.
 *
 * @example
 * instalmentDueDate(ymdToSerial(2025, 1, 31), 3, 12) //=> 45747 (2025-03-31)
 */
export function instalmentDueDate(start: Serial, k: number, frequency: Frequency): Serial {
  if (frequency === 12 || frequency === 4) return edate(start, (k - 1) * (12 / frequency));
  return start + (k - 1) * (frequency === 26 ? 14 : 7);
}
