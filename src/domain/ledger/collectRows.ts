import { CellInput, trimText } from "../core";
import { isDisputedStatus } from "./status";
import { LedgerColumns } from "./types";

/** A text field read in place: column `column` of the rows below the header. */
export interface TextColumn {
  readonly values: readonly (readonly CellInput[] | undefined)[];
  readonly first: number;
  readonly column: number;
}

/** Cell i (0-based below the header) of a text column; undefined for an unmapped column or a missing row. */
export function cellAt(col: TextColumn | null, i: number): CellInput {
  if (!col) return undefined;
  const row = col.values[col.first + i];
  return row ? row[col.column] : undefined;
}

/** A cell as text: trimmed text, a number or boolean written out, "" for a blank. */
export function textOf(cell: CellInput): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? trimText(cell) : String(cell);
}

export interface Sources {
  readonly length: number;
  readonly sourceIndex: Int32Array;
  readonly customer: string[];
  readonly dueDate: Float64Array;
  readonly open: Float64Array;
  readonly invoiceDate: Float64Array | null;
  /** invoice, currency, status, country, language, customerId, in that order (TEXT_FIELDS); null where unmapped. */
  readonly text: readonly (TextColumn | null)[];
  readonly disputedHeader: boolean;
}

/** The result's columns: the accepted rows' text fields read by their source index, "" where unmapped. */
export function collectRows(src: Sources): LedgerColumns {
  const { length, sourceIndex } = src;
  const strings = () => new Array<string>(length).fill("");
  const [invoiceCol, currencyCol, statusCol, countryCol, languageCol, customerIdCol] = src.text;
  const invoice = strings();
  const customerId = strings();
  const currency = strings();
  const country = strings();
  const language = strings();
  const disputedOut = new Uint8Array(length);
  const upper = memo((s) => s.toUpperCase());
  const lower = memo((s) => s.toLowerCase());
  const disputed = memoBool((s) => isDisputedStatus(s, src.disputedHeader));
  const anyText = src.text.find((t) => t !== null);
  if (anyText) {
    for (let j = 0; j < length; j++) {
      const row = anyText.values[sourceIndex[j]];
      if (invoiceCol) invoice[j] = textOf(cellIn(row, invoiceCol));
      if (currencyCol) currency[j] = upper(textOf(cellIn(row, currencyCol)));
      if (statusCol) disputedOut[j] = disputed(textOf(cellIn(row, statusCol)));
      if (countryCol) country[j] = upper(textOf(cellIn(row, countryCol)));
      if (languageCol) language[j] = lower(textOf(cellIn(row, languageCol)));
      if (customerIdCol) customerId[j] = textOf(cellIn(row, customerIdCol));
    }
  }
  return {
    length,
    sourceIndex,
    customer: src.customer,
    customerId,
    invoice,
    invoiceDate: src.invoiceDate ?? new Float64Array(length).fill(NaN),
    dueDate: src.dueDate,
    open: src.open,
    currency,
    disputed: disputedOut,
    country,
    language,
  };
}

function cellIn(row: readonly CellInput[] | undefined, col: TextColumn): CellInput {
  return row ? row[col.column] : undefined;
}

/** Columns of no rows. */
export function emptyColumns(): LedgerColumns {
  return collectRows({ length: 0, sourceIndex: new Int32Array(0), customer: [], dueDate: new Float64Array(0), open: new Float64Array(0), invoiceDate: null, text: [], disputedHeader: false });
}

/** Caches a string function: status, currency and country columns repeat a handful of values. */
function memo(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = f(s)));
    return v;
  };
}

function memoBool(f: (s: string) => boolean): (s: string) => number {
  const cache = new Map<string, number>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = s === "" ? 0 : f(s) ? 1 : 0));
    return v;
  };
}
