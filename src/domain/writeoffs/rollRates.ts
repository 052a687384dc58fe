import { DomainError, fromMinor, Minor } from "../core";

/**
 * Loss rates per aging bucket from a history of month-end bucket balances (a roll-rate or migration
 * analysis), ready for a provision matrix: the share of each bucket that rolls into the next one a
 * month later, and the product of those shares down to write-off.
 */

export interface RollRateAnalysis {
  /** Per bucket, Not due first: the balance-weighted share that rolled into the next bucket (the last: into write-off). */
  readonly rollRates: readonly number[];
  /** Per bucket: the product of the roll rates from it to the last, capped at 1. */
  readonly lossRates: readonly number[];
}

/**
 * The roll rates and loss rates of a bucket history. `balances` holds one row per month end, oldest
 * first, one column per bucket (Not due first), in minor units of 0 or more; at least 2 rows.
 * Roll rate of bucket k = Σₜ B[t+1][k+1] / Σₜ B[t][k] over consecutive months; the last bucket rolls
 * into write-off: Σₜ W[t+1] / Σₜ B[t][last] with `writeOffs` (one amount per row, written off in the
 * month ending on that row), else 1. Rates are computed exactly and shown to 15 significant digits, as
 * Excel shows a number. A bucket whose balances are 0 in every month but the last has no history: the
 * DomainError lists every such column.
 *
 * @example
 * rollRates([[100_000, 0, 0], [0, 50_000, 0], [0, 0, 20_000]]).lossRates //=> [0.2, 0.4, 1]
 * rollRates([[100_000, 0], [0, 40_000], [0, 0]], [0, 0, 10_000]).rollRates //=> [0.4, 0.25]
 */
export function rollRates(balances: readonly (readonly Minor[])[], writeOffs?: readonly Minor[]): RollRateAnalysis {
  checkHistory(balances, writeOffs);
  const months = balances.length;
  const width = balances[0].length;
  const last = width - 1;
  const numerators: bigint[] = [];
  const denominators: bigint[] = [];
  for (let k = 0; k < width; k++) {
    let num = 0n;
    let den = 0n;
    for (let t = 0; t + 1 < months; t++) {
      den += BigInt(balances[t][k]);
      num += BigInt(k < last ? balances[t + 1][k + 1] : writeOffs ? writeOffs[t + 1] : 0);
    }
    // Without write-offs the last bucket is taken as lost in full: a rate of 1 whatever its history.
    if (k === last && !writeOffs) num = den = 1n;
    numerators.push(num);
    denominators.push(den);
  }
  const empty = denominators.map((den, k) => (den === 0n ? k + 1 : 0)).filter((column) => column > 0);
  if (empty.length > 0) throw new DomainError("writeoffs.noHistory", { count: empty.length, columns: empty.join(", ") });
  const lossRates = new Array<number>(width);
  let num = 1n;
  let den = 1n;
  for (let k = last; k >= 0; k--) {
    num *= numerators[k];
    den *= denominators[k];
    lossRates[k] = num >= den ? 1 : quotient(num, den);
  }
  return { rollRates: numerators.map((n, k) => quotient(n, denominators[k])), lossRates };
}

/** Throws a DomainError for a history that cannot give roll rates, naming the first bad cell. */
function checkHistory(balances: readonly (readonly Minor[])[], writeOffs: readonly Minor[] | undefined): void {
  if (balances.length < 2) throw new DomainError("writeoffs.tooFewMonths", { count: balances.length });
  const width = balances[0].length;
  if (width === 0) throw new DomainError("writeoffs.noBuckets");
  balances.forEach((row, t) => {
    if (row.length !== width) throw new DomainError("writeoffs.ragged", { row: t + 1, count: row.length, width });
    row.forEach((b, k) => {
      if (!Number.isSafeInteger(b)) throw new DomainError("amount.notFinite", { text: String(b) });
      if (b < 0) throw new DomainError("writeoffs.negativeBalance", { row: t + 1, column: k + 1, text: fromMinor(b).toFixed(2) });
    });
  });
  if (!writeOffs) return;
  if (writeOffs.length !== balances.length) throw new DomainError("arg.sizeMismatch", { arg: "bucket_balances", size: balances.length, other: "write_offs", otherSize: writeOffs.length });
  writeOffs.forEach((w, t) => {
    if (!Number.isSafeInteger(w)) throw new DomainError("amount.notFinite", { text: String(w) });
    if (w < 0) throw new DomainError("writeoffs.negativeWriteOff", { row: t + 1, text: fromMinor(w).toFixed(2) });
  });
}

/** num / den (both positive) as a double shown to 15 significant digits, exact up to its last digit. */
function quotient(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  // Scale so the integer quotient keeps about 20 digits, however small or large the ratio.
  const scale = Math.max(0, den.toString().length - num.toString().length + 20);
  const value = Number((num * 10n ** BigInt(scale)) / den) / 10 ** scale;
  return Number(value.toPrecision(15));
}
