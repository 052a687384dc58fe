import { compactId } from "./types";

/**
 * Field 86 of an MT940 line (information to the account owner) in its common dialects:
 * - German DK structure (Anlage 3): `GVC?00text?10…?20…?29 purpose?30 BIC?31 IBAN?32?33 name?60…?63`,
 *   the purpose subfields joined and split on the SEPA identifiers EREF+, KREF+, MREF+, CRED+, DEBT+,
 *   SVWZ+, ABWA+, ABWE+, IBAN+, BIC+;
 * - Dutch / SWIFT code words (ING, Rabobank, ABN AMRO): `/EREF/…//CNTP/IBAN/BIC/NAME/CITY//REMI/USTD//text/`,
 *   `/REMI/STRD/CUR/ref/`, older `/ORDP//NAME/…`;
 * - anything else: free text, the remittance as it stands.
 * Bank line breaks fall anywhere (inside words, IBANs and tags), so lines are joined without spaces.
 */
export interface Field86 {
  readonly payerName: string;
  readonly payerIban: string;
  readonly remittance: string;
  readonly creditorRef: string;
  readonly endToEndId: string;
  /** The German business transaction code (GVC), "" when none. */
  readonly gvc: string;
}

const SEPA_IDS = ["EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA", "ABWE", "IBAN", "BIC"];

function dk(text: string): Field86 {
  const gvc = text.slice(0, 3);
  const sub: Record<string, string> = {};
  const re = /\?(\d{2})/g;
  const marks: { tag: string; at: number; end: number }[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) marks.push({ tag: m[1], at: m.index, end: re.lastIndex });
  marks.forEach((mark, i) => {
    sub[mark.tag] = (sub[mark.tag] ?? "") + text.slice(mark.end, i + 1 < marks.length ? marks[i + 1].at : text.length);
  });
  const purpose = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "60", "61", "62", "63"].map((k) => sub[k] ?? "").join("");
  const parts: Record<string, string> = {};
  const idRe = new RegExp(`(${SEPA_IDS.join("|")})\\+`, "g");
  const found: { id: string; at: number; end: number }[] = [];
  for (let m = idRe.exec(purpose); m !== null; m = idRe.exec(purpose)) found.push({ id: m[1], at: m.index, end: idRe.lastIndex });
  found.forEach((f, i) => (parts[f.id] = purpose.slice(f.end, i + 1 < found.length ? found[i + 1].at : purpose.length).trim()));
  const free = found.length === 0 ? purpose : purpose.slice(0, found[0].at);
  const remittance = [free.trim(), parts.SVWZ ?? ""].filter((s) => s !== "").join(" ");
  const eref = parts.EREF ?? "";
  return {
    gvc,
    payerName: `${sub["32"] ?? ""}${sub["33"] ?? ""}`.trim() || (parts.ABWA ?? ""),
    payerIban: compactId(sub["31"] ?? parts.IBAN ?? ""),
    remittance,
    creditorRef: "",
    endToEndId: eref.toUpperCase() === "NOTPROVIDED" ? "" : eref,
  };
}

const CODE_WORDS = ["EREF", "CNTP", "REMI", "ORDP", "BENM", "MARF", "CSID", "RTRN", "TRCD", "IREF", "PURP", "ULTD", "ULTC", "ULTB", "SVCL", "BUSP", "EXCH", "CHGS", "OCMT", "NAME", "ADDR", "ISDT", "ID", "BIC", "ACCW", "ORDR"];

function codeWords(text: string): Field86 {
  const re = new RegExp(`/(${CODE_WORDS.join("|")})/`, "g");
  const found: { word: string; at: number; end: number }[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push({ word: m[1], at: m.index, end: re.lastIndex });
    re.lastIndex = m.index + m[0].length - 1; // the closing slash may open the next code word
  }
  const part: Record<string, string> = {};
  found.forEach((f, i) => {
    if (part[f.word] === undefined) part[f.word] = text.slice(f.end, i + 1 < found.length ? found[i + 1].at : text.length).replace(/\/+$/, "");
  });
  const cntp = (part.CNTP ?? "").split("/");
  const remi = part.REMI ?? "";
  let remittance = remi;
  let creditorRef = "";
  const strd = /^STRD\/(?:CUR|ISO|[A-Z]{3})\/(.*)$/.exec(remi);
  if (strd) {
    creditorRef = strd[1].replace(/\/+$/, "").trim();
    remittance = "";
  } else remittance = remi.replace(/^USTD\/\/?/, "").replace(/\/+$/, "");
  const eref = (part.EREF ?? "").trim();
  return {
    gvc: "",
    payerName: (part.NAME ?? cntp[2] ?? "").trim(),
    payerIban: compactId(cntp[0] ?? ""),
    remittance: remittance.trim(),
    creditorRef,
    endToEndId: eref.toUpperCase() === "NOTPROVIDED" ? "" : eref,
  };
}

/**
 * The payer, remittance and references of a field 86 text (its lines as the file has them).
 *
 * @example
 * readField86("166?00GUTSCHRIFT?20EREF+INV-2026-0042?21SVWZ+Rechnung 2026-0042?32MUELLER GMBH").remittance
 * //=> "Rechnung 2026-0042"
 */
export function readField86(raw: string): Field86 {
  const text = raw.replace(/\r?\n/g, "");
  if (/^\d{3}\?/.test(text)) return dk(text);
  if (/^\/[A-Z]{2,4}\//.test(text)) return codeWords(text);
  return { gvc: "", payerName: "", payerIban: "", remittance: text.trim(), creditorRef: "", endToEndId: "" };
}
