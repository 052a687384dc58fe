/**
 * Seeded ledgers shaped as Excel hands ranges to a custom function: every column an n×1 matrix
 * (number[][] or string[][]), dates as 1900-system serials, amounts in major units with cents.
 * Deterministic: the same options always give the same ledger.
 */

import { seededRandom } from "../../src/samples/random";

/** The seeded generator the sample data uses too; floats in [0, 1). */
export const mulberry32 = seededRandom;

export interface LedgerOptions {
  readonly rows: number;
  /** Distinct customers wanted; capped at `rows` (every one appears at least once). Default 50,000. */
  readonly customers?: number;
  readonly seed?: number;
  /** The as-of serial; due dates spread from 400 days before to 90 days after it. Default 46351 (25 Nov 2026). */
  readonly asOf?: number;
  /** Share of rows that are credit notes (negative amounts). Default 0.05. */
  readonly creditShare?: number;
  /** False to leave out the customer column (same amounts and dates either way). Default true. */
  readonly withCustomers?: boolean;
}

export interface Ledger {
  readonly amounts: number[][];
  readonly dueDates: number[][];
  readonly customers: string[][];
  readonly asOf: number;
  /** How many distinct customer names the ledger holds (0 without the customer column). */
  readonly distinctCustomers: number;
}

export const DEFAULT_SEED = 20261125;
export const DEFAULT_AS_OF = 46351; // 2026-11-25
export const DEFAULT_CUSTOMERS = 50_000;

/** A customer name as an ERP export would carry it: "CUST-000042". */
export function customerName(id: number): string {
  return `CUST-${String(id).padStart(6, "0")}`;
}

/**
 * Generates a ledger. Customers 0…d−1 take the first d rows in a shuffled order (so each appears),
 * then every further row picks one at random. Customer names come from one pool of d strings, as a
 * sheet of repeated names would give (the input's heap is then the smallest, the strictest denominator).
 */
export function generateLedger(options: LedgerOptions): Ledger {
  const rows = options.rows;
  const seed = options.seed ?? DEFAULT_SEED;
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const creditShare = options.creditShare ?? 0.05;
  const withCustomers = options.withCustomers ?? true;
  const distinct = Math.min(options.customers ?? DEFAULT_CUSTOMERS, rows);
  const random = mulberry32(seed);
  const pool = new Array<string>(distinct);
  if (withCustomers) for (let c = 0; c < distinct; c++) pool[c] = customerName(c + 1);
  // Fisher–Yates over customer ids for the first `distinct` rows.
  const firstRows = new Int32Array(distinct);
  for (let c = 0; c < distinct; c++) firstRows[c] = c;
  for (let c = distinct - 1; c > 0; c--) {
    const j = Math.floor(random() * (c + 1));
    const swap = firstRows[c];
    firstRows[c] = firstRows[j];
    firstRows[j] = swap;
  }
  const amounts = new Array<number[]>(rows);
  const dueDates = new Array<number[]>(rows);
  const customers = new Array<string[]>(withCustomers ? rows : 0);
  for (let i = 0; i < rows; i++) {
    const cents = 1 + Math.floor(random() * 2_500_000); // 0.01 … 25,000.00
    const sign = random() < creditShare ? -1 : 1;
    amounts[i] = [(sign * cents) / 100];
    dueDates[i] = [asOf - 400 + Math.floor(random() * 491)];
    // Draw the customer even when it is not kept, so the amounts and dates do not depend on withCustomers.
    const customer = i < distinct ? firstRows[i] : Math.floor(random() * distinct);
    if (withCustomers) customers[i] = [pool[customer]];
  }
  return { amounts, dueDates, customers, asOf, distinctCustomers: withCustomers ? distinct : 0 };
}

/** Sizes from `minRows` up to `maxRows` (inclusive), multiplying by `step`: 1,024; 4,096; … 1,048,576. */
export function benchSizes(maxRows: number, step = 4, minRows = 1024): number[] {
  const sizes: number[] = [];
  for (let n = minRows; n <= maxRows; n *= step) sizes.push(n);
  return sizes;
}
