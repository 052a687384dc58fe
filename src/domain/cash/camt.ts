import { XMLParser, XMLValidator } from "fast-xml-parser";
import { isValidYmd, Minor, Serial, toMinor, ymdToSerial } from "../core";
import { compactId, failedRead, StatementInfo, StatementLine, StatementProblem, StatementRead } from "./types";

/**
 * ISO 20022 camt.053 (statement) and camt.054 (debit/credit notification), versions 001.02 to 001.08,
 * read by local element name (prefixes such as ns2: do not matter) with fast-xml-parser. One line per
 * TxDtls, or per entry without details; the payer, remittance and references come from the TxDtls,
 * the amount from TxDtls/Amt, else AmtDtls/TxAmt/Amt, else the entry's (only when it has one TxDtls).
 * The version differences the reader bridges: Sts as text (001.02-001.06) or Sts/Cd (001.07+), Dbtr/Nm
 * or Dbtr/Pty/Nm (001.08), TxDtls/Amt only from 001.04.
 */

export const CAMT_VERSIONS = ["001.02", "001.03", "001.04", "001.05", "001.06", "001.07", "001.08"] as const;

type Node = Record<string, unknown>;

const ARRAYS = new Set(["Stmt", "Ntfctn", "Rpt", "Ntry", "NtryDtls", "TxDtls", "Ustrd", "Strd", "Bal", "CdtrRefInf"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

/**
 * The schema of a camt document: message (camt.053, camt.054) and version, from its namespace.
 *
 * @example
 * camtNamespace('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">') //=> { message: "camt.053", version: "001.08" }
 */
export function camtNamespace(text: string): { message: string; version: string } | null {
  const m = /xmlns(?::[\w.-]+)?\s*=\s*["']urn:iso:std:iso:20022:tech:xsd:(camt\.\d{3})\.(\d{3}\.\d{2})["']/.exec(text);
  return m ? { message: m[1], version: m[2] } : null;
}

const child = (node: unknown, name: string): unknown => (node && typeof node === "object" ? (node as Node)[name] : undefined);
const path = (node: unknown, ...names: string[]): unknown => names.reduce((n, name) => child(n, name), node);
const list = (node: unknown): unknown[] => (Array.isArray(node) ? node : node === undefined ? [] : [node]);

/** The text of an element (its #text when it has attributes); "" when absent. */
function text(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node).trim();
  const inner = (node as Node)["#text"];
  return inner === undefined ? "" : String(inner).trim();
}

/** An ISO date or date-time's day; null when absent or not a date. */
function dateOf(node: unknown): Serial | null {
  const raw = text(child(node, "Dt")) || text(child(node, "DtTm"));
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? ymdToSerial(y, mo, d) : null;
}

/** An ActiveOrHistoricCurrencyAndAmount's value in minor units, or null when it is not one. */
function amountOf(node: unknown): { amount: Minor; currency: string } | null {
  const raw = text(node);
  if (!/^\d{1,15}(\.\d{1,5})?$/.test(raw)) return null;
  const amount = toMinor(Number(raw));
  if (!Number.isFinite(amount)) return null;
  const currency = node && typeof node === "object" ? String((node as Node)["@Ccy"] ?? "").trim().toUpperCase() : "";
  return { amount, currency };
}

/** A party's name: Nm (001.02-001.07) or Pty/Nm (001.08). */
const partyName = (party: unknown) => text(child(party, "Nm")) || text(path(party, "Pty", "Nm"));
/** An account's id: IBAN or Othr/Id. */
const accountId = (acct: unknown) => compactId(text(path(acct, "Id", "IBAN")) || text(path(acct, "Id", "Othr", "Id")));

interface EntryContext {
  readonly file: string;
  readonly statementId: string;
  readonly account: string;
  readonly accountCurrency: string;
}

/**
 * Reads a camt.053 or camt.054 file. A file that is not well-formed XML, not a camt document, of an
 * unknown version, or with an entry whose amount, direction or booking date cannot be read gives
 * problems (the first bad element named) and no lines.
 */
export function readCamt(xml: string, file: string): StatementRead {
  const body = xml.replace(/^\uFEFF/, "");
  const valid = XMLValidator.validate(body);
  if (valid !== true) return failedRead(file, null, [{ file, line: valid.err.line, problem: { code: "cash.read.badXml", params: { file, line: valid.err.line, detail: valid.err.msg } } }]);
  const ns = camtNamespace(body);
  if (!ns || (ns.message !== "camt.053" && ns.message !== "camt.054")) return failedRead(file, null, [{ file, problem: { code: "cash.read.notCamt", params: { file } } }]);
  const format = ns.message as "camt.053" | "camt.054";
  if (!(CAMT_VERSIONS as readonly string[]).includes(ns.version)) return failedRead(file, format, [{ file, problem: { code: "cash.read.camtVersion", params: { file, version: `${format}.${ns.version}`, known: `${CAMT_VERSIONS[0]}-${CAMT_VERSIONS[CAMT_VERSIONS.length - 1]}` } } }], ns.version);
  let doc: unknown;
  try {
    doc = child(parser.parse(body), "Document");
  } catch (error) {
    return failedRead(file, format, [{ file, problem: { code: "cash.read.badXml", params: { file, line: 0, detail: error instanceof Error ? error.message : String(error) } } }], ns.version);
  }
  const root = format === "camt.053" ? child(doc, "BkToCstmrStmt") : child(doc, "BkToCstmrDbtCdtNtfctn");
  const reports = list(child(root, format === "camt.053" ? "Stmt" : "Ntfctn"));
  if (root === undefined || reports.length === 0) return failedRead(file, format, [{ file, field: format === "camt.053" ? "Stmt" : "Ntfctn", problem: { code: "cash.read.notCamt", params: { file } } }], ns.version);
  const statements: StatementInfo[] = [];
  const lines: StatementLine[] = [];
  const problems: StatementProblem[] = [];
  reports.forEach((stmt, s) => {
    const statementId = text(child(stmt, "Id")) || text(path(root, "GrpHdr", "MsgId"));
    const account = accountId(child(stmt, "Acct"));
    const accountCurrency = text(path(stmt, "Acct", "Ccy")).toUpperCase();
    statements.push({ statementId, account, currency: accountCurrency });
    const context: EntryContext = { file, statementId, account, accountCurrency };
    list(child(stmt, "Ntry")).forEach((entry, e) => readEntry(entry, `${reports.length > 1 ? `Stmt ${s + 1} ` : ""}Ntry ${e + 1}`, context, lines, problems));
  });
  if (problems.length > 0) return failedRead(file, format, problems, ns.version);
  return { file, format, version: ns.version, statements, lines, problems };
}

function readEntry(entry: unknown, where: string, ctx: EntryContext, lines: StatementLine[], problems: StatementProblem[]): void {
  const bad = (field: string, value: string) => problems.push({ file: ctx.file, field: `${where} ${field}`, problem: { code: "cash.read.camtField", params: { file: ctx.file, where, field, value } } });
  const entryAmount = amountOf(child(entry, "Amt"));
  if (!entryAmount) return void bad("Amt", text(child(entry, "Amt")));
  const mark = text(child(entry, "CdtDbtInd"));
  if (mark !== "CRDT" && mark !== "DBIT") return void bad("CdtDbtInd", mark);
  const bookingDate = dateOf(child(entry, "BookgDt"));
  const valueDate = dateOf(child(entry, "ValDt"));
  if (bookingDate === null && valueDate === null) return void bad("BookgDt", text(path(entry, "BookgDt", "Dt")));
  const sts = child(entry, "Sts");
  const status = (text(sts) || text(child(sts, "Cd")) || text(child(sts, "Prtry")) || "BOOK").toUpperCase();
  const reversal = text(child(entry, "RvslInd")).toLowerCase() === "true";
  const details = list(child(entry, "NtryDtls")).flatMap((d) => list(child(d, "TxDtls")));
  const base = {
    statementId: ctx.statementId,
    account: ctx.account,
    bookingDate: bookingDate ?? valueDate,
    valueDate: valueDate ?? bookingDate,
    reversal,
    status,
  };
  const txs = details.length === 0 ? [undefined] : details;
  txs.forEach((tx, t) => {
    const own = amountOf(child(tx, "Amt")) ?? amountOf(path(tx, "AmtDtls", "TxAmt", "Amt"));
    if (!own && txs.length > 1) return void bad(`TxDtls ${t + 1} Amt`, text(child(tx, "Amt")));
    const amount = own ?? entryAmount;
    const txMark = text(child(tx, "CdtDbtInd"));
    const direction = (txMark === "CRDT" || txMark === "DBIT" ? txMark : mark) === "CRDT" ? "credit" : "debit";
    const parties = child(tx, "RltdPties");
    // The payer of a credit is the debtor; of a debit, the creditor.
    const payer = direction === "credit" ? parties && (child(parties, "UltmtDbtr") && !child(parties, "Dbtr") ? child(parties, "UltmtDbtr") : child(parties, "Dbtr")) : child(parties, "Cdtr");
    const payerAcct = child(parties, direction === "credit" ? "DbtrAcct" : "CdtrAcct");
    const rmt = child(tx, "RmtInf");
    const ustrd = list(child(rmt, "Ustrd")).map(text).filter((s) => s !== "");
    const refs = list(child(rmt, "Strd")).flatMap((s) => list(child(s, "CdtrRefInf")).map((c) => text(child(c, "Ref"))).filter((r) => r !== ""));
    const e2e = text(path(tx, "Refs", "EndToEndId"));
    lines.push({
      ...base,
      index: lines.length,
      position: txs.length > 1 ? `${where} TxDtls ${t + 1}` : where,
      amount: amount.amount,
      currency: amount.currency || ctx.accountCurrency,
      direction,
      payerName: partyName(payer),
      payerIban: accountId(payerAcct),
      remittance: [...ustrd, text(child(tx, "AddtlTxInf")) && !ustrd.length ? text(child(tx, "AddtlTxInf")) : "", !ustrd.length && !refs.length ? text(child(entry, "AddtlNtryInf")) : ""].filter((s) => s !== "").join(" "),
      creditorRef: refs[0] ?? "",
      endToEndId: e2e.toUpperCase() === "NOTPROVIDED" ? "" : e2e,
    });
  });
}
