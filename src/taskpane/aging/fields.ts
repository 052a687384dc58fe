import { LedgerField } from "../../domain/ledger";

/** The fields a ledger column can feed, in the order the panel lists them. */
export const LEDGER_FIELDS: readonly LedgerField[] = ["customer", "customerId", "invoice", "invoiceDate", "dueDate", "amount", "openAmount", "currency", "status", "country", "language"];
