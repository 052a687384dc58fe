import { DomainError, Serial, serialToIso } from "../core";
import { SHIPPED_SERIES } from "./referenceRates";
import { RateEntry, RateSeries, SeriesId } from "./rateTypes";

/** The statutory regimes of AR.LATEINTEREST and AR.LATEFEE. */
export type Jurisdiction = "EU" | "DE" | "IT" | "FR" | "NL" | "UK";

export const JURISDICTIONS: readonly Jurisdiction[] = ["EU", "DE", "IT", "FR", "NL", "UK"];

/** The reference rate each regime adds its margin to. */
export const SERIES_OF: Readonly<Record<Jurisdiction, SeriesId>> = { EU: "ECB_MRO", DE: "DE_BASISZINS", IT: "ECB_MRO", FR: "ECB_MRO", NL: "ECB_MRO", UK: "UK_BANK_RATE" };

/**
 * A jurisdiction from its code, any case, spaces around ignored; "GB" is the United Kingdom.
 *
 * @example
 * toJurisdiction(" de ") //=> "DE"
 * toJurisdiction("GB") //=> "UK"
 * toJurisdiction("ES") //=> null
 */
export function toJurisdiction(text: string): Jurisdiction | null {
  const code = text.trim().toUpperCase();
  if (code === "GB") return "UK";
  return (JURISDICTIONS as readonly string[]).includes(code) ? (code as Jurisdiction) : null;
}

/**
 * The rates the formulas and the pane compute with: for each jurisdiction its reference-rate series,
 * the shipped rows merged with the rows of the workbook's AR_Rates table.
 */
export interface RateBook {
  readonly series: Readonly<Record<Jurisdiction, RateSeries>>;
  /** True when AR_Rates rows are part of it. */
  readonly fromWorkbook: boolean;
}

/** One row of the workbook's AR_Rates table: a jurisdiction's reference rate from a date. */
export interface RateOverride {
  readonly jurisdiction: Jurisdiction;
  readonly from: Serial;
  /** The reference rate (without the statutory margin) in millionths: 2.15% is 21,500. */
  readonly micro: number;
  /** Its row in the table, the header being row 1. */
  readonly row: number;
}

function shipped(id: SeriesId): RateSeries {
  const s = SHIPPED_SERIES[id];
  const entries: RateEntry[] = s.entries.map((e) => ({ from: e.from, micro: e.bp * 100, confidence: e.confidence, source: e.source }));
  return { id, entries, knownThrough: s.knownThrough.serial };
}

const SHIPPED_BY_ID: Readonly<Record<SeriesId, RateSeries>> = { ECB_MRO: shipped("ECB_MRO"), DE_BASISZINS: shipped("DE_BASISZINS"), UK_BANK_RATE: shipped("UK_BANK_RATE") };

/** The shipped series (docs/reference/rates.csv, generated into referenceRates.ts). */
export function shippedSeries(id: SeriesId): RateSeries {
  return SHIPPED_BY_ID[id];
}

/** The shipped rates alone: what the formulas use when the workbook has no AR_Rates table. */
export const SHIPPED_RATES: RateBook = {
  series: Object.fromEntries(JURISDICTIONS.map((j) => [j, SHIPPED_BY_ID[SERIES_OF[j]]])) as Record<Jurisdiction, RateSeries>,
  fromWorkbook: false,
};

/**
 * The shipped rates with AR_Rates rows merged in. A jurisdiction's series is the shipped one plus its
 * own rows, and, for the regimes on the ECB rate (EU, IT, FR, NL), the rows given for EU; where rows
 * share a date the most specific wins (the jurisdiction's own, then EU's, then the shipped one). Rows
 * must be ascending per jurisdiction (readRateTable checks). Known through the later of the shipped
 * data's date and the last row given.
 *
 * @example
 * rateBook([{ jurisdiction: "DE", from: 46204, micro: 10000, row: 2 }]).series.DE.entries.at(-1)
 * //=> { from: 46204, micro: 10000, confidence: "workbook", source: "AR_Rates", row: 2 }
 */
export function rateBook(overrides: readonly RateOverride[]): RateBook {
  if (overrides.length === 0) return SHIPPED_RATES;
  const series = {} as Record<Jurisdiction, RateSeries>;
  for (const j of JURISDICTIONS) {
    const base = SHIPPED_BY_ID[SERIES_OF[j]];
    const eu = j !== "EU" && SERIES_OF[j] === "ECB_MRO" ? overrides.filter((o) => o.jurisdiction === "EU") : [];
    const own = overrides.filter((o) => o.jurisdiction === j);
    if (eu.length === 0 && own.length === 0) {
      series[j] = base;
      continue;
    }
    const byDate = new Map<Serial, RateEntry>();
    for (const e of base.entries) byDate.set(e.from, e);
    for (const o of [...eu, ...own]) byDate.set(o.from, { from: o.from, micro: o.micro, confidence: "workbook", source: "AR_Rates", row: o.row });
    const entries = [...byDate.values()].sort((a, b) => a.from - b.from);
    const lastGiven = Math.max(...eu.map((o) => o.from), ...own.map((o) => o.from));
    series[j] = { id: base.id, entries, knownThrough: Math.max(base.knownThrough, lastGiven) };
  }
  return { series, fromWorkbook: true };
}

/** The reference rate found for a date: the entry in force on it, and whether the date is past the data. */
export interface RateLookup {
  readonly series: SeriesId;
  /** The reference date asked about (1 January or 1 July of a half-year; 30 June or 31 December for the UK). */
  readonly date: Serial;
  readonly entry: RateEntry;
  /** The date is after the series is known through: the last known rate is used, and a note says so. */
  readonly beyondKnown: boolean;
  readonly knownThrough: Serial;
}

/** The index of the last entry with `from` ≤ date, −1 when none. */
function entryIndex(entries: readonly RateEntry[], date: Serial): number {
  let lo = 0;
  let hi = entries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].from <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The rate of a series in force on `date` (the latest entry from that day or before). A date before
 * the first entry is refused: no rate is guessed.
 *
 * @example
 * rateOn(shippedSeries("DE_BASISZINS"), ymdToSerial(2025, 6, 30)).entry.micro //=> 22700 (2.27%)
 */
export function rateOn(series: RateSeries, date: Serial): RateLookup {
  const k = entryIndex(series.entries, date);
  if (k < 0) throw new DomainError("interest.noRateBefore", { series: series.id, date: serialToIso(date), first: serialToIso(series.entries[0].from) });
  return { series: series.id, date, entry: series.entries[k], beyondKnown: date > series.knownThrough, knownThrough: series.knownThrough };
}

/**
 * The reference rate of a jurisdiction on a date, from `book` (the shipped rates by default).
 *
 * @example
 * referenceRate("NL", ymdToSerial(2025, 7, 1)).entry.micro //=> 21500 (ECB 2.15%)
 */
export function referenceRate(jurisdiction: Jurisdiction, date: Serial, book: RateBook = SHIPPED_RATES): RateLookup {
  return rateOn(book.series[jurisdiction], date);
}
