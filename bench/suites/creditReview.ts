import { EXAMPLE_CREDIT_POLICY, exposureByCustomer, holdList, reviewCustomers, readCustomerTable } from "../../src/domain/credit";
import { readLedger } from "../../src/domain/ledger";
import { functions } from "../../src/functions";
import { holdReport, reviewReport } from "../../src/taskpane/credit/reviewReport";
import { customerName, DEFAULT_SEED, generateLedger, Ledger, mulberry32 } from "../lib/generate";
import { collect, now, repetitionsFor, timeAlternating } from "../lib/measure";
import { count, ms, ratio, Section, Suite, SuiteContext, verdict } from "../lib/table";

/**
 * The credit review (issue 4): a customer table of up to 100,000 customers decided under the policy,
 * with each customer's open exposure from the ledger, against AR.AGING grouped by customer on the same
 * ledger, measured in the same run.
 */

export const TARGET_VS_AGING = 2;
const MAX_CUSTOMERS = 100_000;

let sink = 0;
const keep = (x: unknown) => {
  sink += Array.isArray(x) ? x.length : typeof x === "number" ? x : 1;
};

/** The ledger as a sheet's used range, header first, as the pane reads it. */
function ledgerRange(l: Ledger): (string | number)[][] {
  const rows: (string | number)[][] = new Array(l.amounts.length + 1);
  rows[0] = ["Customer", "Due date", "Amount"];
  for (let i = 0; i < l.amounts.length; i++) rows[i + 1] = [l.customers[i][0], l.dueDates[i][0], l.amounts[i][0]];
  return rows;
}

/** A customer table for the ledger's customers: scores, incomes, debts, requests; a third with balance sheets. */
function customerRange(customers: number, seed: number): (string | number | null)[][] {
  const rand = mulberry32(seed ^ 0x5eed);
  const rows: (string | number | null)[][] = [["Customer", "Score", "Annual income", "Monthly debt", "Requested limit", "Current limit", "Working capital", "Retained earnings", "EBIT", "Equity", "Sales", "Total assets", "Total liabilities"]];
  for (let c = 1; c <= customers; c++) {
    const income = Math.round(20_000 + rand() * 200_000);
    const row: (string | number | null)[] = [customerName(c), Math.round(450 + rand() * 400), income, Math.round(rand() * income * 0.05) / 1, c % 4 === 0 ? null : Math.round(rand() * 30_000), Math.round(rand() * 20_000)];
    if (c % 3 === 0) {
      const ta = 1_000_000 + Math.round(rand() * 9_000_000);
      row.push(Math.round(ta * (rand() * 0.6 - 0.2)), Math.round(ta * (rand() * 0.6 - 0.2)), Math.round(ta * (rand() * 0.3 - 0.05)), Math.round(ta * rand()), Math.round(ta * (0.5 + rand() * 2)), ta, Math.round(ta * (0.2 + rand() * 0.8)));
    }
    rows.push(row);
  }
  return rows;
}

/** The review as the pane runs it, without the port: read both tables, exposures, decisions, holds. */
function review(ledger: (string | number)[][], customers: (string | number | null)[][]) {
  const table = readCustomerTable(customers);
  const read = readLedger(ledger);
  const lines = reviewCustomers(table.customers, exposureByCustomer(read.rows), EXAMPLE_CREDIT_POLICY);
  return { lines, holds: holdList(lines), issues: table.issues.length + read.rejected.length };
}

const agingGrouped = (l: Ledger) => functions.AGING(l.amounts, l.dueDates, l.asOf, null as never, l.customers, null);

export const creditReviewSuite: Suite = {
  name: "Credit review",
  run({ sizes, log, env }: SuiteContext): Section[] {
    const seed = Number(env.BENCH_SEED ?? DEFAULT_SEED);
    const rows: string[][] = [];
    const notes: string[] = [];
    let allPass = true;
    // Warm-up on a small case.
    {
      const l = generateLedger({ rows: 4096, customers: 1000, seed: 1 });
      const lr = ledgerRange(l);
      const cr = customerRange(1000, 1);
      for (let i = 0; i < 10; i++) {
        keep(review(lr, cr).lines);
        keep(agingGrouped(l));
      }
    }
    for (const n of sizes) {
      const customers = Math.min(MAX_CUSTOMERS, n);
      const l = generateLedger({ rows: n, seed, customers });
      const lr = ledgerRange(l);
      const cr = customerRange(customers, seed);
      const { warmup, reps } = repetitionsFor(n);
      const [agingT, reviewT] = timeAlternating([() => agingGrouped(l), () => review(lr, cr)], warmup, reps, keep);
      const result = review(lr, cr);
      if (result.issues > 0 || result.lines.length !== customers) {
        notes.push(`Check failed at ${count(n)} rows: ${result.lines.length} lines for ${customers} customers, ${result.issues} issues.`);
        allPass = false;
      }
      // Exposure check: the review's total exposure equals the ledger's exact total in cents.
      let cents = 0;
      for (const a of l.amounts) cents += Math.round(a[0] * 100);
      const reviewed = result.lines.reduce((s, x) => s + x.exposure, 0);
      if (reviewed !== cents) {
        notes.push(`Exposure check failed at ${count(n)} rows: ${reviewed} ≠ ${cents} cents.`);
        allPass = false;
      }
      // Building the two sheets' rows (reason sentences in the user's language), informational.
      collect();
      const t0 = now();
      const options = { date: l.asOf, validFrom: null, customersSource: "table Customers", ledgerSource: "table Ledger", reveal: false };
      keep(reviewReport(result.lines, options).rows);
      keep(holdReport(result.holds, options).rows);
      const sheetsMs = now() - t0;
      const r = reviewT.ms / agingT.ms;
      const pass = r <= TARGET_VS_AGING;
      allPass &&= pass;
      log(`  ${count(n)} rows, ${count(customers)} customers: review ${ms(reviewT.ms)} ms, AR.AGING grouped ${ms(agingT.ms)} ms, sheets ${ms(sheetsMs)} ms`);
      rows.push([count(n), count(customers), count(result.holds.length), ms(reviewT.ms), ms(agingT.ms), ratio(r), `${verdict(pass)} (≤ ${TARGET_VS_AGING}×)`, ms(sheetsMs)]);
    }
    notes.push(`Overall: ${allPass ? "every target met" : "some targets missed (MISS above)"}.`);
    return [
      {
        title: "Credit review",
        intro: [
          "The credit review's computation as the task pane runs it, without the workbook port: `readCustomerTable` on a customer table (score, income, monthly debt, requested and current limit; a third of the customers with the seven balance-sheet figures, so Z-scores are computed), `readLedger` on the ledger's used range (customer, due date, amount), `exposureByCustomer`, `reviewCustomers` under the example policy and `holdList`. Customers: one per ledger customer, up to 100,000 (the ledger of `bench/lib/generate.ts` with that many distinct customers).",
          "Baseline: AR.AGING grouped by customer (`functions.AGING(amounts, due_dates, as_of, null, customers, null)`) on the same ledger, timed alternately with the review (median; same repetitions as the AR.AGING suite). Target: review ≤ 2× the baseline.",
          "Checks: every customer reviewed exactly once, no cell refused, and the review's total exposure equals the ledger's exact total in cents. \"Sheets\" is the extra time to build the rows of the review and hold-list sheets (reason sentences formatted in the user's language), measured once, not part of the ratio.",
        ],
        table: {
          columns: [
            { title: "Ledger rows", align: "right" },
            { title: "Customers", align: "right" },
            { title: "On hold", align: "right" },
            { title: "Review ms", align: "right" },
            { title: "AR.AGING grouped ms", align: "right" },
            { title: "÷ AR.AGING", align: "right" },
            { title: "Target" },
            { title: "Sheets ms", align: "right" },
          ],
          rows,
        },
        notes: [...notes, `(checksum ${sink > 0 ? "ok" : "?"})`],
      },
    ];
  },
};
