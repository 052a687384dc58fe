import { DomainError, Minor, Serial } from "../core";

/** Standard aging buckets: Not due, 1–30, 31–60, 61–90, over 90. */
export const DEFAULT_BUCKET_DAYS: readonly number[] = [30, 60, 90];

/** Per-bucket totals in minor units: Not due first, then each bucket_days range, then "over". */
export interface AgingTotals {
  readonly buckets: Minor[];
  readonly total: Minor;
}

export interface AgingGroup extends AgingTotals {
  readonly key: string;
}

export interface AgingReport {
  /** Upper bounds in days of the overdue buckets, ascending ("1-30" has 30). */
  readonly bucketDays: readonly number[];
  readonly groups: readonly AgingGroup[];
  readonly grandTotal: AgingTotals;
}

/**
 * Checks bucket bounds: ascending positive whole numbers. Throws a DomainError naming the first bad one.
 *
 * @example
 * checkBucketDays([30, 60, 90]) // ok
 */
export function checkBucketDays(bucketDays: readonly number[]): void {
  if (bucketDays.length === 0) throw new DomainError("aging.noBuckets");
  bucketDays.forEach((days, i) => {
    if (!Number.isInteger(days) || days <= 0) throw new DomainError("aging.bucketNotPositive", { position: i + 1, text: String(days) });
    if (i > 0 && days <= bucketDays[i - 1]) throw new DomainError("aging.bucketsNotAscending", { position: i + 1, text: String(days), previous: String(bucketDays[i - 1]) });
  });
}

/**
 * The bucket an item falls in: 0 when not yet due (days ≤ 0), k when days ≤ bucketDays[k − 1], and
 * bucketDays.length + 1 beyond the last bound.
 *
 * @example
 * bucketIndex(31, [30, 60, 90]) //=> 2
 */
export function bucketIndex(daysOverdue: number, bucketDays: readonly number[]): number {
  if (daysOverdue <= 0) return 0;
  for (let k = 0; k < bucketDays.length; k++) if (daysOverdue <= bucketDays[k]) return k + 1;
  return bucketDays.length + 1;
}

/**
 * Bucket labels for a report: "Not due", "1-30", "31-60", "61-90", "Over 90". `notDue` and `over`
 * are the translated words.
 */
export function bucketLabels(bucketDays: readonly number[], notDue: string, over: (days: number) => string): string[] {
  const ranges = bucketDays.map((days, k) => `${k === 0 ? 1 : bucketDays[k - 1] + 1}-${days}`);
  return [notDue, ...ranges, over(bucketDays[bucketDays.length - 1])];
}

/**
 * Ages open items as of a date. `amounts` and `dueDates` are lined up (minor units and serials; a row
 * whose amount is NaN is skipped, so callers mark fully blank rows that way and report bad ones first).
 * With `keys`, one group per distinct key in order of first appearance. Bucket totals always add up to
 * the total, and the grand total is the exact sum of every amount, negatives included.
 *
 * @example
 * ageItems(new Float64Array([10000, 5000]), new Float64Array([45800, 45900]), 45850).grandTotal
 * //=> { buckets: [5000, 0, 10000, 0, 0], total: 15000 }
 */
export function ageItems(
  amounts: Float64Array,
  dueDates: Float64Array,
  asOf: Serial,
  bucketDays: readonly number[] = DEFAULT_BUCKET_DAYS,
  keys?: ArrayLike<string>,
): AgingReport {
  checkBucketDays(bucketDays);
  const width = bucketDays.length + 2;
  const grand = new Float64Array(width);
  // Groups get dense ids in order of first appearance; their sums sit in one flat array, so a ledger of
  // a million rows and 50,000 customers allocates per group only at the end.
  const ids = new Map<string, number>();
  const order: string[] = [];
  let sums = new Float64Array(keys ? 64 * width : 0);
  let lastKey: string | undefined;
  let lastId = -1;
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i];
    if (Number.isNaN(amount)) continue;
    const k = bucketIndex(asOf - dueDates[i], bucketDays);
    grand[k] += amount;
    if (keys) {
      const key = keys[i];
      if (key !== lastKey) {
        let id = ids.get(key);
        if (id === undefined) {
          id = order.length;
          ids.set(key, id);
          order.push(key);
          if ((id + 1) * width > sums.length) {
            const grown = new Float64Array(sums.length * 2);
            grown.set(sums);
            sums = grown;
          }
        }
        lastKey = key;
        lastId = id;
      }
      sums[lastId * width + k] += amount;
    }
  }
  const groups = order.map((key, id) => ({ key, ...totalsOf(sums, id * width, width) }));
  return { bucketDays, groups, grandTotal: totalsOf(grand, 0, width) };
}

function totalsOf(sums: Float64Array, at: number, width: number): AgingTotals {
  const buckets = new Array<number>(width);
  let total = 0;
  for (let b = 0; b < width; b++) total += buckets[b] = sums[at + b];
  return { buckets, total };
}
