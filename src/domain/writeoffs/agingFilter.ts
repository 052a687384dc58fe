import { Minor } from "../core";
import { sameCustomer } from "../customers";
import { LedgerColumns } from "../ledger";
import { invoiceKey, WriteOffRecord } from "./register";

/**
 * Leaves written-off items out of a ledger's rows, so aging, dunning and the provision no longer count
 * them: an item is out while its row in `AR Write-offs` says Written off or Recovered (a reversed
 * write-off brings it back). A ledger row is the item when the invoice number matches (trimmed, any
 * case), the customer is the same by the one customer key (id when both have one, else the name), and
 * the currencies match where both are given.
 */

export interface WithoutWrittenOff {
  readonly rows: LedgerColumns;
  /** Ledger rows left out, and the sum of their open amounts (minor units). */
  readonly excluded: number;
  readonly excludedAmount: Minor;
}

/** 1 for each ledger row that is a written-off item; null when none is. */
export function writtenOffMask(rows: LedgerColumns, register: readonly WriteOffRecord[]): Uint8Array | null {
  const byInvoice = new Map<string, WriteOffRecord[]>();
  for (const w of register) {
    if (w.status === "Reversed") continue;
    const key = invoiceKey(w.invoice);
    const list = byInvoice.get(key);
    if (list) list.push(w);
    else byInvoice.set(key, [w]);
  }
  if (byInvoice.size === 0) return null;
  let mask: Uint8Array | null = null;
  for (let i = 0; i < rows.length; i++) {
    const list = byInvoice.get(invoiceKey(rows.invoice[i] ?? ""));
    if (!list) continue;
    const ref = { customer: rows.customer[i], customerId: rows.customerId[i] };
    const currency = (rows.currency[i] ?? "").trim().toUpperCase();
    if (list.some((w) => sameCustomer(w, ref) && (w.currency === "" || currency === "" || w.currency.toUpperCase() === currency))) {
      mask ??= new Uint8Array(rows.length);
      mask[i] = 1;
    }
  }
  return mask;
}

/**
 * The ledger rows without the written-off items (the same object when none is written off).
 * Also how many rows and how much open amount were left out.
 */
export function withoutWrittenOff(rows: LedgerColumns, register: readonly WriteOffRecord[]): WithoutWrittenOff {
  const mask = writtenOffMask(rows, register);
  if (!mask) return { rows, excluded: 0, excludedAmount: 0 };
  let kept = 0;
  let excludedAmount = 0;
  for (let i = 0; i < rows.length; i++) {
    if (mask[i]) {
      const open = rows.open[i];
      if (Number.isFinite(open)) excludedAmount += open;
    } else kept++;
  }
  const index = new Int32Array(kept);
  for (let i = 0, k = 0; i < rows.length; i++) if (!mask[i]) index[k++] = i;
  return { rows: pickRows(rows, index), excluded: rows.length - kept, excludedAmount };
}

/** The rows at `index`, in that order, column by column. */
function pickRows(rows: LedgerColumns, index: Int32Array): LedgerColumns {
  const n = index.length;
  const floats = (a: Float64Array) => {
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) out[k] = a[index[k]];
    return out;
  };
  const texts = (a: string[]) => {
    const out = new Array<string>(n);
    for (let k = 0; k < n; k++) out[k] = a[index[k]];
    return out;
  };
  const sourceIndex = new Int32Array(n);
  const disputed = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    sourceIndex[k] = rows.sourceIndex[index[k]];
    disputed[k] = rows.disputed[index[k]];
  }
  return {
    length: n,
    sourceIndex,
    customer: texts(rows.customer),
    customerId: texts(rows.customerId),
    invoice: texts(rows.invoice),
    invoiceDate: floats(rows.invoiceDate),
    dueDate: floats(rows.dueDate),
    open: floats(rows.open),
    currency: texts(rows.currency),
    disputed,
    country: texts(rows.country),
    language: texts(rows.language),
  };
}
