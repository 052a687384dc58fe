import { checkBucketDays } from "../../domain/aging";
import { DomainError, Problem } from "../../domain/core";

export type BucketsParse = { readonly ok: true; readonly days: number[] } | { readonly ok: false; readonly problem: Problem };

/**
 * The bucket bounds typed in the pane ("30,60,90", "30; 60; 90" or "30 60 90").
 *
 * @example
 * parseBuckets("30, 60,90") //=> { ok: true, days: [30, 60, 90] }
 */
export function parseBuckets(text: string): BucketsParse {
  const parts = text.split(/[,;\s]+/).filter((p) => p !== "");
  const days: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return { ok: false, problem: { code: "pane.aging.bucketsInvalid", params: { text: part } } };
    days.push(Number(part));
  }
  try {
    checkBucketDays(days);
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, problem: error.problem };
    throw error;
  }
  return { ok: true, days };
}
