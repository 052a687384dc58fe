/** Customer ids of `AR Customers`: "C-" and six digits, given out in order and never reused. */

export const CUSTOMER_ID_PATTERN = /^C-(\d{1,12})$/;

/**
 * The next id after the highest one among `existing` (anything that is not an id is ignored):
 * deterministic, so the same customer file always gives the same next id.
 *
 * @example
 * nextCustomerId(["C-000041", "C-000007", "note"]) //=> "C-000042"
 * nextCustomerId([]) //=> "C-000001"
 */
export function nextCustomerId(existing: Iterable<unknown>): string {
  let highest = 0;
  for (const value of existing) {
    const m = typeof value === "string" ? CUSTOMER_ID_PATTERN.exec(value.trim()) : null;
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return `C-${String(highest + 1).padStart(6, "0")}`;
}
