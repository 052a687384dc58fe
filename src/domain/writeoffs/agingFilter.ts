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

/** A test of ledger row i against the register's write-offs in force; null when none is. */
function writtenOffMatcher(rows: LedgerColumns, register: readonly WriteOffRecord[]): ((i: number) => boolean) | null {
  const byInvoice = new Map<string, WriteOffRecord[]>();
  for (const w of register) {
    if (w.status === "Reversed") continue;
    const key = invoiceKey(w.invoice);
    const list = byInvoice.get(key);
    if (list) list.push(w);
    else byInvoice.set(key, [w]);
  }
  if (byInvoice.size === 0) return null;
  return (i) => {
    const list = byInvoice.get(invoiceKey(rows.invoice[i] ?? ""));
    if (!list) return false;
    const ref = { customer: rows.customer[i], customerId: rows.customerId[i] };
    const currency = (rows.currency[i] ?? "").trim().toUpperCase();
    return list.some((w) => sameCustomer(w, ref) && (w.currency === "" || currency === "" || w.currency.toUpperCase() === currency));
  };
}

/** 1 for each ledger row that is a written-off item; null when none is. */
export function writtenOffMask(rows: LedgerColumns, register: readonly WriteOffRecord[]): Uint8Array | null {
  const matches = writtenOffMatcher(rows, register);
  if (!matches) return null;
  let mask: Uint8Array | null = null;
  for (let i = 0; i < rows.length; i++) {
    if (matches(i)) {
      mask ??= new Uint8Array(rows.length);
      mask[i] = 1;
    }
  }
  return mask;
}

/**
 * withoutWrittenOff a step of `step` rows at a time: it yields the fraction done after each step, so a
 * caller can pause between steps and keep a pane responsive on a million rows; its return value is the
 * result.
 */
export function* withoutWrittenOffSteps(rows: LedgerColumns, register: readonly WriteOffRecord[], step = 4096): Generator<number, WithoutWrittenOff> {
  const n = rows.length;
  const matches = writtenOffMatcher(rows, register);
  if (!matches) return { rows, excluded: 0, excludedAmount: 0 };
  const mask = new Uint8Array(n);
  let excluded = 0;
  let excludedAmount = 0;
  for (let from = 0; from < n; from += step) {
    for (let i = from; i < Math.min(n, from + step); i++) {
      if (!matches(i)) continue;
      mask[i] = 1;
      excluded++;
      if (Number.isFinite(rows.open[i])) excludedAmount += rows.open[i];
    }
    yield Math.min(n, from + step) / (2 * n);
  }
  if (excluded === 0) return { rows, excluded: 0, excludedAmount: 0 };
  const out = emptyLike(n - excluded);
  let k = 0;
  for (let from = 0; from < n; from += step) {
    for (let i = from; i < Math.min(n, from + step); i++) if (!mask[i]) copyRow(rows, i, out, k++);
    yield 0.5 + Math.min(n, from + step) / (2 * n);
  }
  return { rows: out, excluded, excludedAmount };
}

/**
 * The ledger rows without the written-off items (the same object when none is written off), with
 * how many rows and how much open amount were left out.
 */
export function withoutWrittenOff(rows: LedgerColumns, register: readonly WriteOffRecord[]): WithoutWrittenOff {
  const steps = withoutWrittenOffSteps(rows, register, Math.max(1, rows.length));
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

/** Columns for n rows, sized once. */
function emptyLike(n: number): LedgerColumns {
  return {
    length: n,
    sourceIndex: new Int32Array(n),
    customer: new Array<string>(n),
    customerId: new Array<string>(n),
    invoice: new Array<string>(n),
    invoiceDate: new Float64Array(n),
    dueDate: new Float64Array(n),
    open: new Float64Array(n),
    currency: new Array<string>(n),
    disputed: new Uint8Array(n),
    country: new Array<string>(n),
    language: new Array<string>(n),
  };
}

function copyRow(from: LedgerColumns, i: number, to: LedgerColumns, k: number): void {
  to.sourceIndex[k] = from.sourceIndex[i];
  to.customer[k] = from.customer[i];
  to.customerId[k] = from.customerId[i];
  to.invoice[k] = from.invoice[i];
  to.invoiceDate[k] = from.invoiceDate[i];
  to.dueDate[k] = from.dueDate[i];
  to.open[k] = from.open[i];
  to.currency[k] = from.currency[i];
  to.disputed[k] = from.disputed[i];
  to.country[k] = from.country[i];
  to.language[k] = from.language[i];
}
