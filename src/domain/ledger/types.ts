import { Problem } from "../core";

/** The canonical fields a ledger column can be mapped to. */
export type LedgerField =
  | "customer"
  | "customerId"
  | "invoice"
  | "invoiceDate"
  | "dueDate"
  | "amount"
  | "openAmount"
  | "currency"
  | "status"
  | "country"
  | "language";

/** One mapped column: which field it feeds, its 0-based column index in the range and its header text. */
export interface ColumnMapping {
  readonly field: LedgerField;
  readonly column: number;
  readonly header: string;
}

/** A row that could not be used, with the reason. `index` is the 0-based row index in the range read. */
export interface RejectedRow {
  readonly index: number;
  /** The field whose cell is bad, when one cell is to blame. */
  readonly field?: LedgerField;
  readonly problem: Problem;
}

/**
 * The rows read from a ledger, column by column (1,048,576 rows must fit without an object per row).
 * Entry i of every array belongs to the same accepted row; `sourceIndex[i]` is its 0-based row index in
 * the range read. Amounts are minor units; dates are 1900-system serials; NaN where a field is unmapped.
 */
export interface LedgerColumns {
  readonly length: number;
  readonly sourceIndex: Int32Array;
  /** The customer's name (or, when the ledger has only a number column, that number). */
  readonly customer: string[];
  /** The customer's number or code in the ERP ("Customer No.", "Konto", "A/C", "Party"); "" where unmapped. */
  readonly customerId: string[];
  readonly invoice: string[];
  readonly invoiceDate: Float64Array;
  readonly dueDate: Float64Array;
  /** The open amount to age: the open-amount column when mapped, else the amount column. */
  readonly open: Float64Array;
  readonly currency: string[];
  /** True where the status column says disputed (in any of the five languages). */
  readonly disputed: Uint8Array;
  readonly country: string[];
  readonly language: string[];
}

export interface LedgerReport {
  /** 0-based index of the header row in the range read. */
  readonly headerIndex: number;
  readonly mapping: readonly ColumnMapping[];
  /** Headers that were not mapped to any field (kept for the user to map by hand). */
  readonly unmapped: readonly { readonly column: number; readonly header: string }[];
  /** Required fields no column could be found for (nothing is read when this is not empty). */
  readonly missing: readonly LedgerField[];
  readonly rows: LedgerColumns;
  /** Every data row that was not used and is not entirely blank, with its reason, in row order. */
  readonly rejected: readonly RejectedRow[];
  /** Rows between the header and the end that were entirely blank (ignored, counted for the summary). */
  readonly blankRows: number;
  /** How text cells were read: the decimal mark of text amounts and the day/month order of d/m/y texts, each detected or forced. */
  readonly conventions?: { readonly decimal: "," | "."; readonly dateOrder: "DMY" | "MDY" };
  /** True when some row below the header had a customer: what `customerAbove` tells a read of the rows below these. */
  readonly sawCustomer?: boolean;
  /** What the mapping could not decide and the user should check (shown beside the mapping); none when absent. */
  readonly warnings?: readonly LedgerWarning[];
}

/**
 * A doubt about the mapping. `originalAmounts`: no open-amount column was found, so the amount column's
 * (original) amounts are aged, while these unmapped columns hold numbers and one of them may be the
 * open amount.
 */
export interface LedgerWarning {
  readonly code: "ledger.originalAmounts";
  readonly columns: readonly { readonly column: number; readonly header: string }[];
}

export interface ReadLedgerOptions {
  /** Fields the user mapped by hand: field → 0-based column index; overrides detection. */
  /** NOT_MAPPED for a field the user wants left unread even though a header names it. */
  readonly mapping?: Partial<Record<LedgerField, number>>;
  readonly dateSystem?: 1900 | 1904;
  /** Forces the decimal mark of text amounts (detected per column when omitted). */
  readonly decimal?: "," | ".";
  /** Forces the day/month order of d/m/y text dates (detected per column when omitted; day-first when undecided). */
  readonly dateOrder?: "DMY" | "MDY";
  /** Forces the day/month order of the invoice-date column alone (`dateOrder`, else detected, when omitted). */
  readonly invoiceDateOrder?: "DMY" | "MDY";
  /**
   * True when the rows above these (the same range, read separately) had a customer: a blank customer
   * on the first rows here is then a merged cell (ledger.mergedCustomer), as a single read would say.
   */
  readonly customerAbove?: boolean;
}

/** A manual mapping value: leave this field unread (no column feeds it, whatever the headers say). */
export const NOT_MAPPED = -1;
