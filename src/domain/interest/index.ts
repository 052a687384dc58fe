/**
 * What the interest job offers; other folders import this, not the modules behind it.
 * - lateInterest / lateInterestTotal: statutory (EU, DE, IT, FR, NL, UK) or contractual interest on
 *   one invoice with its payments → segments and total; lateInterestTotals: a whole ledger at once;
 * - interestClaim / invoicesByCustomer / interestSheetName: a customer's claim over the ledger, the
 *   payments spread oldest invoice first, with fees and totals per currency;
 * - lateFee: the fixed recovery compensation;
 * - referenceRate / rateOn / rateBook / readRateTable: the shipped reference rates, the AR_Rates table
 *   that overrides them, and the lookup.
 */
export * from "./claim";
export * from "./lateFee";
export * from "./lateInterest";
export * from "./rateChannel";
export * from "./rates";
export * from "./rateTable";
export * from "./rateTypes";
export * from "./regimes";
