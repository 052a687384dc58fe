import { Serial } from "../core";

/** The reference-rate series Credit Desk ships (docs/reference/rates.csv). */
export type SeriesId = "ECB_MRO" | "DE_BASISZINS" | "UK_BANK_RATE";

/** How sure the shipped data is of a rate; "workbook" for a row of the user's AR_Rates table. */
export type RateConfidence = "confirmed" | "unconfirmed" | "workbook";

/** One row of a shipped series, as scripts/generate-rates.js writes it. */
export interface ShippedEntry {
  readonly iso: string;
  readonly from: Serial;
  /** The rate in basis points: 2.27% is 227. */
  readonly bp: number;
  readonly confidence: "confirmed" | "unconfirmed";
  readonly source: string;
}

export interface ShippedSeries {
  /** The latest date the data vouches for (its last row, or a cross-check dated later). */
  readonly knownThrough: { readonly iso: string; readonly serial: Serial };
  readonly entries: readonly ShippedEntry[];
}

/** One rate of a series in force from `from` until the next entry. */
export interface RateEntry {
  readonly from: Serial;
  /** The rate in millionths of one: 2.27% is 22,700 (so AR_Rates may give four decimals of a percent). */
  readonly micro: number;
  readonly confidence: RateConfidence;
  /** Where the rate comes from: the shipped source, or "AR_Rates". */
  readonly source: string;
  /** For an AR_Rates row: its row in the table, the header being row 1. */
  readonly row?: number;
}

/** A reference-rate series as one jurisdiction sees it: the shipped rows merged with AR_Rates rows. */
export interface RateSeries {
  readonly id: SeriesId;
  /** Ascending by `from`, no two alike. */
  readonly entries: readonly RateEntry[];
  /** Dates after this one are beyond the last known rate (the last rate is used and a note says so). */
  readonly knownThrough: Serial;
}
