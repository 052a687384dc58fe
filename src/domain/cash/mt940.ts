import { Parser } from "mt940js";
import { Serial, toMinor, ymdToSerial } from "../core";
import { readField86 } from "./field86";
import { compactId, failedRead, StatementInfo, StatementLine, StatementRead } from "./types";

/**
 * SWIFT MT940 customer statements, read with mt940js (tags, :61: lines, balances checked: opening
 * balance + lines = closing balance), then field 86 in its common dialects (field86.ts). The :61:
 * entry date has no year: it is taken from the value date, a year earlier or later across a year end.
 * A file that mt940js cannot read gives one problem naming the line of the bad field and no lines.
 */

interface Mt940Transaction {
  readonly date: Date;
  readonly entryDate: Date | "";
  readonly amount: number;
  readonly isReversal?: boolean;
  readonly currency: string;
  readonly details: string;
  readonly transactionType: string;
  readonly reference: string;
  readonly bankReference: string;
  readonly extraDetails: string;
}

interface Mt940Statement {
  readonly transactionReference: string;
  readonly accountIdentification: string;
  readonly number: { readonly statement: string; readonly sequence?: string };
  readonly currency: string;
  readonly transactions: readonly Mt940Transaction[];
}

const serialOf = (d: Date): Serial => ymdToSerial(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());

/** The booking date of a :61: line: its MMDD in the value date's year, or the year before or after across a year end. */
function entrySerial(value: Date, entry: Date | ""): Serial {
  if (entry === "") return serialOf(value);
  const month = entry.getUTCMonth() + 1;
  const valueMonth = value.getUTCMonth() + 1;
  const year = value.getUTCFullYear() + (month === 12 && valueMonth === 1 ? -1 : month === 1 && valueMonth === 12 ? 1 : 0);
  return ymdToSerial(year, month, entry.getUTCDate());
}

/** The 1-based line of the file where mt940js's complaint points, or undefined. */
function lineOf(lines: readonly string[], message: string): { line?: number; field?: string } {
  const tag = /tag (\d{2}[A-Z]?|NS)\b[^:]*:\s*(.*)$/s.exec(message);
  if (tag) {
    const data = tag[2].split("\n")[0].trim();
    const at = lines.findIndex((l) => l.startsWith(`:${tag[1]}`) && (data === "" || l.includes(data.slice(0, 20))));
    if (at >= 0) return { line: at + 1, field: `:${tag[1]}:` };
    const any = lines.findIndex((l) => data !== "" && l.includes(data.slice(0, 20)));
    return any >= 0 ? { line: any + 1, field: `:${tag[1]}:` } : { field: `:${tag[1]}:` };
  }
  const unknown = /Unknown tag (\S+)/.exec(message);
  if (unknown) {
    const at = lines.findIndex((l) => l.startsWith(`:${unknown[1]}:`));
    return at >= 0 ? { line: at + 1, field: `:${unknown[1]}:` } : {};
  }
  const missing = /Mandatory tag (\S+) is missing/.exec(message);
  return missing ? { field: `:${missing[1]}:` } : {};
}

/** The :25: account, without the currency some Dutch banks append to the IBAN. */
function accountOf(raw: string, currency: string): string {
  const id = compactId(raw);
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(id) && currency !== "" && id.endsWith(currency) && id.length > 18 ? id.slice(0, -3) : id;
}

/** Reads an MT940 file (one or more statements; CRLF or LF; optional {1:…}{4: blocks). */
export function readMt940(text: string, file: string): StatementRead {
  const body = text.replace(/^\uFEFF/, "");
  const fileLines = body.split(/\r?\n/);
  if (!fileLines.some((l) => /^:20:/.test(l)) || !fileLines.some((l) => /^:61:/.test(l) || /^:62[FM]:/.test(l))) {
    return failedRead(file, null, [{ file, problem: { code: "cash.read.notMt940", params: { file } } }]);
  }
  let parsed: Mt940Statement[];
  try {
    parsed = new Parser().parse(body.replace(/\r\n/g, "\n")) as Mt940Statement[];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = lineOf(fileLines, detail);
    return failedRead(file, "mt940", [{ file, line: at.line, field: at.field, problem: { code: "cash.read.mt940Field", params: { file, line: at.line ?? 0, field: at.field ?? "", detail } } }]);
  }
  const statements: StatementInfo[] = [];
  const lines: StatementLine[] = [];
  for (const s of parsed) {
    const statementId = [s.transactionReference, s.number?.statement, s.number?.sequence].filter((x) => x !== undefined && x !== "").join("/");
    const currency = (s.currency ?? "").toUpperCase();
    const account = accountOf(s.accountIdentification ?? "", currency);
    statements.push({ statementId, account, currency });
    s.transactions.forEach((tx, i) => {
      const info = readField86(tx.details ?? "");
      const reversal = Boolean(tx.isReversal);
      lines.push({
        index: lines.length,
        position: `${parsed.length > 1 ? `${statementId} ` : ""}:61: ${i + 1}`,
        statementId,
        account,
        bookingDate: entrySerial(tx.date, tx.entryDate),
        valueDate: serialOf(tx.date),
        amount: Math.abs(toMinor(tx.amount)),
        direction: tx.amount >= 0 ? "credit" : "debit",
        currency: (tx.currency || currency).toUpperCase(),
        payerName: info.payerName,
        payerIban: info.payerIban,
        remittance: info.remittance,
        creditorRef: info.creditorRef,
        endToEndId: info.endToEndId,
        reversal,
        status: "BOOK",
      });
    });
  }
  return { file, format: "mt940", version: "", statements, lines, problems: [] };
}
