import { seededRandom } from "./random";
import { Serial } from "../domain/core";

/**
 * A generated customer table for demos, the workbench and tests: one row per customer name given
 * (the workbench passes the sample ledger's customers, so exposures match), with a score, annual
 * income (revenue), monthly debt, requested and current limits, and balance-sheet figures for most
 * of them (a few in Altman's distress zone). The same names and seed always give the same table.
 */

export type SampleCustomerCell = string | number | null;

export const SAMPLE_CUSTOMER_HEADERS = [
  "Customer", "Score", "Annual income", "Monthly debt", "Requested limit", "Current limit",
  "Working capital", "Retained earnings", "EBIT", "Equity", "Sales", "Total assets", "Total liabilities", "Z model", "Address",
] as const;

/** A postal address in the style of the country the company form names (every sixth customer has none: the statements' "no address" case). */
function sampleAddress(name: string, i: number): string | null {
  if (i % 6 === 5) return null;
  const n = 1 + (i * 7) % 90;
  if (/S\.r\.l\.|S\.p\.A\./.test(name)) return `Via Garibaldi ${n}\n20121 Milano MI\nItalia`;
  if (/GmbH|AG\b|KG\b/.test(name)) return `Hauptstraße ${n}\n80331 München\nDeutschland`;
  if (/B\.V\.|N\.V\./.test(name)) return `Keizersgracht ${n}\n1015 CJ Amsterdam\nNederland`;
  if (/SARL|SAS|\bSA\b/.test(name)) return `${n} rue de la République\n69002 Lyon\nFrance`;
  return `${n} High Street\nLondon EC1A 1BB\nUnited Kingdom`;
}


/** The distinct customer names of a sample ledger (first column, header skipped), in order of first appearance. */
export function customerNamesOf(ledger: readonly (readonly unknown[])[]): string[] {
  const names = new Set<string>();
  for (let r = 1; r < ledger.length; r++) {
    const name = ledger[r]?.[0];
    if (typeof name === "string" && name.trim() !== "") names.add(name);
  }
  return [...names];
}

const round = (x: number, step: number) => Math.round(x / step) * step;

/**
 * The customer table, header first.
 *
 * @example
 * generateSampleCustomers(["Rossi Forniture S.r.l."])[1][0] //=> "Rossi Forniture S.r.l."
 */
export function generateSampleCustomers(names: readonly string[], seed = 20261125): SampleCustomerCell[][] {
  const rand = seededRandom(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const rows: SampleCustomerCell[][] = [[...SAMPLE_CUSTOMER_HEADERS]];
  names.forEach((customer, i) => {
    const score = Math.round(between(520, 830));
    const income = round(between(800_000, 6_000_000), 1000);
    const monthlyDebt = round((income / 12) * between(0.05, i % 7 === 3 ? 0.6 : 0.4), 100);
    const requested = i % 4 === 0 ? null : round(between(50_000, 400_000), 5000);
    const currentLimit = round(between(50_000, 300_000), 5000);
    const base: SampleCustomerCell[] = [customer, score, income, monthlyDebt, requested, currentLimit];
    if (i % 5 === 4) {
      rows.push([...base, null, null, null, null, null, null, null, null, sampleAddress(customer, i)]);
      return;
    }
    // Ratios drawn across Altman's zones; every seventh firm is made weak on purpose.
    const weak = i % 7 === 1;
    const totalAssets = round(between(1_000_000, 20_000_000), 1000);
    const x1 = weak ? between(-0.2, 0) : between(0, 0.4);
    const x2 = weak ? between(-0.3, 0) : between(0, 0.4);
    const x3 = weak ? between(-0.1, 0) : between(0.02, 0.2);
    const x4 = weak ? between(0.05, 0.3) : between(0.4, 2.5);
    const x5 = weak ? between(0.3, 0.8) : between(0.8, 2.2);
    const totalLiabilities = round(totalAssets / (1 + x4), 1000);
    rows.push([
      ...base,
      round(x1 * totalAssets, 1000),
      round(x2 * totalAssets, 1000),
      round(x3 * totalAssets, 1000),
      round(x4 * totalLiabilities, 1000),
      round(x5 * totalAssets, 1000),
      totalAssets,
      totalLiabilities,
      "Z1",
      sampleAddress(customer, i),
    ]);
  });
  return rows;
}

/**
 * An effective-dated credit policy for business customers, as the `AR Credit Policy` table holds it:
 * an older version and the one in force from `currentFrom`. Amounts in major units, percentages as
 * fractions.
 *
 * @example
 * samplePolicyTable(46023)[0] //=> ["valid_from", "min_score", "income_pct", "max_dti", "max_limit", "step"]
 */
export function samplePolicyTable(currentFrom: Serial): (string | number)[][] {
  const older = currentFrom - 365;
  return [
    ["valid_from", "min_score", "income_pct", "max_dti", "max_limit", "step"],
    [older, 550, 0.04, 0.35, 40_000, 1000],
    [older, 650, 0.08, 0.4, 150_000, 1000],
    [older, 750, 0.12, 0.45, 300_000, 1000],
    [currentFrom, 500, 0.03, 0.35, 50_000, 1000],
    [currentFrom, 600, 0.06, 0.4, 150_000, 1000],
    [currentFrom, 680, 0.1, 0.45, 300_000, 1000],
    [currentFrom, 750, 0.15, 0.5, 500_000, 1000],
  ];
}
