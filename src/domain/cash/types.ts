import { Minor, Problem, Serial } from "../core";

/** The formats a bank statement is read from. */
export type StatementFormat = "camt.053" | "camt.054" | "mt940" | "csv";

/**
 * One booked movement of a bank statement as the matcher sees it: a camt TxDtls (or an entry without
 * details), an MT940 :61: line with its :86:, or a CSV row. Amounts are positive minor units; the
 * direction says credit or debit.
 */
export interface StatementLine {
  /** 0-based position among the lines of everything read from the file; the line's id in a run. */
  readonly index: number;
  /** Where the line is in the file, for the user: "Ntry 3", "Ntry 3 TxDtls 2", "line 14". */
  readonly position: string;
  readonly statementId: string;
  /** The account the statement is for (IBAN without spaces, or the bank's account id). */
  readonly account: string;
  readonly bookingDate: Serial | null;
  readonly valueDate: Serial | null;
  readonly amount: Minor;
  readonly direction: "credit" | "debit";
  readonly currency: string;
  readonly payerName: string;
  /** The payer's IBAN without spaces, upper case; "" when not given. */
  readonly payerIban: string;
  /** The unstructured remittance text (lines joined with a space). */
  readonly remittance: string;
  /** The structured creditor reference (camt Strd/CdtrRefInf/Ref, MT940 /REMI/STRD/ or an RF in ?20-?29), "" when none. */
  readonly creditorRef: string;
  /** The payer's end-to-end id; "" when none or NOTPROVIDED. */
  readonly endToEndId: string;
  /** True for a reversal (camt RvslInd, MT940 RC/RD): never a customer payment. */
  readonly reversal: boolean;
  /** The entry status (camt Sts: BOOK, PDNG, INFO); "BOOK" for formats without one. */
  readonly status: string;
}

/** One statement of a file: its id and account (the pair an import is known by) and its lines. */
export interface StatementInfo {
  readonly statementId: string;
  readonly account: string;
  readonly currency: string;
}

/** A problem of a file, naming the file and, where known, the line (1-based) and the field. */
export interface StatementProblem {
  readonly file: string;
  readonly line?: number;
  readonly field?: string;
  readonly problem: Problem;
}

/**
 * What a reader made of a file. When `problems` is not empty the file was not read whole and nothing
 * of it may be applied: `lines` is then empty.
 */
export interface StatementRead {
  readonly file: string;
  readonly format: StatementFormat | null;
  /** The camt schema version ("001.02" … "001.08"); "" for other formats. */
  readonly version: string;
  readonly statements: readonly StatementInfo[];
  readonly lines: readonly StatementLine[];
  readonly problems: readonly StatementProblem[];
}

/** A read that failed: nothing usable, the problems said. */
export function failedRead(file: string, format: StatementFormat | null, problems: readonly StatementProblem[], version = ""): StatementRead {
  return { file, format, version, statements: [], lines: [], problems };
}

/** Text in comparable form for ids and IBANs: no spaces, upper case. */
export function compactId(text: string): string {
  return text.replace(/\s+/g, "").toUpperCase();
}
