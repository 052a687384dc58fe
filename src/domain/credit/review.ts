import { Minor, Problem } from "../core";
import { CreditDecisionKind, decideUnderCheckedPolicy } from "./creditLimit";
import { checkCreditPolicy, CreditPolicy } from "./creditPolicy";
import { CustomerRecord, customerKey } from "./reviewTable";
import { altmanZone, AltmanModel, AltmanZone, altmanZScore } from "./zScore";

/**
 * A credit review: each customer of the table decided under the policy in force, its open exposure
 * from the ledger set against the new limit, and its Altman Z where balance-sheet figures exist.
 */

export type HoldReason = "overLimit" | "distress" | "slowPayer";

export interface ReviewLine {
  readonly customer: string;
  /** 0-based row index of the customer in the table read. */
  readonly index: number;
  readonly score: number;
  readonly income: Minor;
  readonly monthlyDebt: Minor;
  readonly decision: CreditDecisionKind;
  /** The limit decided (AR.CREDITLIMIT's result), minor units. */
  readonly limit: Minor;
  readonly reason: Problem;
  readonly requested: Minor | null;
  readonly currentLimit: Minor | null;
  /** Exact sum of the customer's open items in the ledger (credit notes reduce it); 0 when none. */
  readonly exposure: Minor;
  /** limit − exposure: negative when the customer owes more than the limit. */
  readonly headroom: Minor;
  /** exposure / limit; null when the limit is 0. */
  readonly utilisation: number | null;
  readonly z: number | null;
  readonly zone: AltmanZone | null;
  readonly model: AltmanModel | null;
  /** Why the customer is on the credit-hold list; empty when not. */
  readonly hold: readonly HoldReason[];
  /** Payment behaviour (see withPaymentBehaviour): average days to pay and beyond terms; null or absent when unknown. */
  readonly daysToPay?: number | null;
  readonly daysBeyondTerms?: number | null;
}

/** The ledger's open items as the review needs them: lined-up customer names and open amounts (minor units). */
export interface OpenItems {
  readonly length: number;
  readonly customer: ArrayLike<string>;
  readonly open: ArrayLike<number>;
}

/**
 * The exact open exposure per customer key (see customerKey): the sum of the open amounts in minor
 * units, integers throughout. Rows without an amount (NaN) are skipped.
 *
 * @example
 * exposureByCustomer({ length: 2, customer: ["Rossi", " rossi "], open: [1000, 250] }).get("rossi") //=> 1250
 */
export function exposureByCustomer(items: OpenItems): Map<string, Minor> {
  // Ledgers repeat a customer's name on every invoice: one lookup per row gives the name's slot, and
  // each distinct spelling is normalised once at the end.
  const slots = new Map<string, number>();
  let sums = new Float64Array(1024);
  for (let i = 0; i < items.length; i++) {
    const amount = items.open[i];
    if (amount !== amount) continue; // NaN: no amount
    const name = items.customer[i];
    let slot = slots.get(name);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(name, slot);
      if (slot === sums.length) {
        const grown = new Float64Array(sums.length * 2);
        grown.set(sums);
        sums = grown;
      }
    }
    sums[slot] += amount;
  }
  const totals = new Map<string, Minor>();
  for (const [name, slot] of slots) {
    const k = customerKey(name);
    totals.set(k, (totals.get(k) ?? 0) + sums[slot]);
  }
  return totals;
}

/**
 * Reviews every customer of the table, in table order: decision, limit and reason as AR.CREDITDECISION
 * gives them, exposure from `exposures` (customerKey → minor units), Z and zone where there is a
 * balance sheet, and the hold reasons (exposure above the limit; Z in the distress zone).
 *
 * @example
 * reviewCustomers([{ customer: "Rossi", key: "rossi", index: 1, score: 700, income: 6_000_000, monthlyDebt: 0, requested: null, currentLimit: null, balanceSheet: null, model: "Z1" }], new Map([["rossi", 1_000_000]]), EXAMPLE_CREDIT_POLICY)[0].hold
 * //=> ["overLimit"] (limit 9,000.00, exposure 10,000.00)
 */
export function reviewCustomers(customers: readonly CustomerRecord[], exposures: ReadonlyMap<string, Minor>, policy: CreditPolicy): ReviewLine[] {
  checkCreditPolicy(policy);
  return customers.map((c) => {
    const d = decideUnderCheckedPolicy({ score: c.score, income: c.income, monthlyDebt: c.monthlyDebt, requested: c.requested }, policy);
    const exposure = exposures.get(c.key) ?? 0;
    const z = c.balanceSheet ? altmanZScore(c.balanceSheet, c.model) : null;
    const zone = z === null ? null : altmanZone(z, c.model);
    const hold: HoldReason[] = [];
    if (exposure > d.limit) hold.push("overLimit");
    if (zone === "distress") hold.push("distress");
    return {
      customer: c.customer,
      index: c.index,
      score: c.score,
      income: c.income,
      monthlyDebt: c.monthlyDebt,
      decision: d.decision,
      limit: d.limit,
      reason: d.reason,
      requested: c.requested,
      currentLimit: c.currentLimit,
      exposure,
      headroom: d.limit - exposure,
      utilisation: d.limit > 0 ? exposure / d.limit : null,
      z,
      zone,
      model: z === null ? null : c.model,
      hold,
    };
  });
}

/**
 * The credit-hold list: the lines with a hold reason, largest excess over the limit first.
 *
 * @example
 * holdList(lines).every((l) => l.hold.length > 0) //=> true
 */
export function holdList(lines: readonly ReviewLine[]): ReviewLine[] {
  return lines.filter((l) => l.hold.length > 0).sort((a, b) => a.headroom - b.headroom || a.index - b.index);
}

/** Counts of a review for the pane's summary. */
export interface ReviewSummary {
  readonly customers: number;
  readonly approve: number;
  readonly refer: number;
  readonly decline: number;
  readonly holds: number;
  /** Exact total exposure of the customers reviewed. */
  readonly exposure: Minor;
}

export function summarizeReview(lines: readonly ReviewLine[]): ReviewSummary {
  let approve = 0, refer = 0, decline = 0, holds = 0, exposure = 0;
  for (const l of lines) {
    if (l.decision === "Approve") approve++;
    else if (l.decision === "Refer") refer++;
    else decline++;
    if (l.hold.length > 0) holds++;
    exposure += l.exposure;
  }
  return { customers: lines.length, approve, refer, decline, holds, exposure };
}
