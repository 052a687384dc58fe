import { CellInput, DateSystem } from "../core";

/**
 * The AR_Rates table as a host hands it to the formulas. In Excel the task pane and the formulas run in
 * one JavaScript context but are separate bundles, so the pane publishes the table's cells on
 * `globalThis[Symbol.for(RATE_TABLE_CHANNEL)]` and the formulas read it from there (the domain itself
 * keeps no state: it only names the slot and its shape).
 */
export const RATE_TABLE_CHANNEL = "credit-desk.AR_Rates";

export interface PublishedRateTable {
  /** The table's cells, header first. */
  readonly values: readonly (readonly CellInput[])[];
  readonly dateSystem: DateSystem;
}
