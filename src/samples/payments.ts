import { seededRandom } from "./random";
import { Serial } from "../domain/core";
import { SampleCell } from "./ledger";

/**
 * A generated payments table to go with a sample ledger, for the workbench and tests: payments received
 * from the ledger's customers in the 120 days before `asOf` (never on or after it, so a plan accepted
 * on `asOf` starts with nothing paid), a few amounts as "1.234,56" text the way ERPs export them.
 * Columns: Customer, Payment date, Amount, Reference. The same ledger, seed and date give the same rows.
 */
export interface SamplePaymentsOptions {
  readonly asOf: Serial;
  readonly seed?: number;
  /** Number of payments; default 40. */
  readonly count?: number;
}

export const SAMPLE_PAYMENT_HEADERS = ["Customer", "Payment date", "Amount", "Reference"] as const;


/**
 * @example
 * generateSamplePayments(generateSampleLedger({ asOf: 46351 }), { asOf: 46351 }).length //=> 41
 */
export function generateSamplePayments(ledger: readonly (readonly SampleCell[])[], options: SamplePaymentsOptions): SampleCell[][] {
  const rand = seededRandom(options.seed ?? 4242);
  const customers = [...new Set(ledger.slice(1).map((r) => r[0]).filter((c): c is string => typeof c === "string" && c !== ""))].sort();
  const out: SampleCell[][] = [[...SAMPLE_PAYMENT_HEADERS]];
  if (customers.length === 0) return out;
  const count = options.count ?? 40;
  const rows: SampleCell[][] = [];
  for (let i = 0; i < count; i++) {
    const customer = customers[Math.floor(rand() * customers.length)];
    const date = options.asOf - 1 - Math.floor(rand() * 120);
    const cents = 5000 + Math.floor(rand() * 500000);
    const amount = rand() < 0.15 ? `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}` : cents / 100;
    rows.push([customer, date, amount, `PAY-${String(1000 + i)}`]);
  }
  rows.sort((a, b) => (a[1] as number) - (b[1] as number));
  return out.concat(rows);
}
