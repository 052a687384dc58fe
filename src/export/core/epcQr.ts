import { electronicFormatIBAN, isSEPACountry, isValidBIC, isValidIBAN } from "ibantools";
import { create } from "qrcode";
import { PaymentRequest } from "./document";
import { grayPng } from "./png";

/**
 * The EPC069-12 "SEPA credit transfer" QR code (GiroCode, "Scan to pay"), version 002: the payer's
 * banking app reads the beneficiary, IBAN, amount and reference from it. The code is drawn with
 * error correction M and must fit version 13 (331 bytes), as the guideline requires.
 */

const MAX_BYTES = 331;
const MAX_NAME = 70;
const MAX_TEXT = 140;
/** 0.01 to 999,999,999.99 EUR, in cents. */
const MAX_CENTS = 99_999_999_999;

/** A field on one line: line breaks and controls would shift every field after it. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Whether `text` is an ISO 11649 creditor reference: "RF", two check digits, 1–21 letters or digits,
 * the whole (moved to the end, letters as 10–35) equal to 1 modulo 97. Spaces are allowed, case is not
 * significant.
 *
 * @example
 * isRfReference("RF18 5390 0754 7034") //=> true
 * isRfReference("RF19 5390 0754 7034") //=> false
 */
export function isRfReference(text: string): boolean {
  const ref = text.replace(/\s+/g, "").toUpperCase();
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(ref)) return false;
  const digits = (ref.slice(4) + ref.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

/** "EUR12.34": the amount with a dot and two decimals, as the guideline's examples write it. */
function eurAmount(cents: number): string {
  return `EUR${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

const utf8Length = (text: string) => new TextEncoder().encode(text).byteLength;

/**
 * The text of the EPC QR code for a payment request, or undefined when a code must not be drawn:
 * another currency than EUR, an amount not between 0.01 and 999,999,999.99, no beneficiary, or an
 * IBAN that is invalid or outside SEPA. A BIC that is not valid is left out (optional since version
 * 002). The reference goes in as a structured RF creditor reference when it is one, else as
 * unstructured remittance text (at most 140 characters, shortened to keep the code within 331 bytes).
 *
 * @example
 * epcPayload({ beneficiary: "Acme S.p.A.", iban: "IT60 X054 2811 1010 0000 0123 456", amount: 123456, currency: "EUR", reference: "Plan ROSSI-1", lines: [] })
 * //=> "BCD\n002\n1\nSCT\n\nAcme S.p.A.\nIT60X0542811101000000123456\nEUR1234.56\n\n\nPlan ROSSI-1"
 */
export function epcPayload(req: PaymentRequest): string | undefined {
  if (req.currency.trim().toUpperCase() !== "EUR") return undefined;
  if (!Number.isSafeInteger(req.amount) || req.amount < 1 || req.amount > MAX_CENTS) return undefined;
  const iban = electronicFormatIBAN(req.iban.replace(/^\s*IBAN:?/i, "")) ?? "";
  if (!isValidIBAN(iban) || !isSEPACountry(iban.slice(0, 2))) return undefined;
  let name = [...oneLine(req.beneficiary)].slice(0, MAX_NAME).join("");
  if (name === "") return undefined;
  const bic = (req.bic ?? "").replace(/\s+/g, "").toUpperCase();
  const reference = oneLine(req.reference);
  const rf = isRfReference(reference) ? reference.replace(/\s+/g, "").toUpperCase() : "";
  let text = rf ? "" : [...reference].slice(0, MAX_TEXT).join("");
  const build = () => {
    const fields = ["BCD", "002", "1", "SCT", isValidBIC(bic) ? bic : "", name, iban, eurAmount(req.amount), "", rf, text];
    while (fields[fields.length - 1] === "") fields.pop();
    return fields.join("\n");
  };
  let payload = build();
  // Multi-byte names and texts can pass 331 bytes within the character limits: the free text gives way first.
  while (utf8Length(payload) > MAX_BYTES && text !== "") {
    text = [...text].slice(0, -1).join("").trimEnd();
    payload = build();
  }
  while (utf8Length(payload) > MAX_BYTES) {
    name = [...name].slice(0, -1).join("").trimEnd();
    payload = build();
  }
  return payload;
}

/** A QR code's modules: `size` × `size`, row by row, 1 for dark. */
export interface QrMatrix {
  readonly size: number;
  readonly modules: Uint8Array;
}

/**
 * The QR code of an EPC payload with error correction M (the level the guideline asks for).
 *
 * @example
 * epcQrMatrix(payload).size //=> 41..69 (version 6..13), depending on the payload's length
 */
export function epcQrMatrix(payload: string): QrMatrix {
  const known = recent.get(payload);
  if (known) return known;
  const code = create(payload, { errorCorrectionLevel: "M" });
  const matrix: QrMatrix = { size: code.modules.size, modules: Uint8Array.from(code.modules.data) };
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
  recent.set(payload, matrix);
  return matrix;
}

/**
 * The last codes made, by payload: a letter's PDF and its Word file draw the same code, and qrcode's
 * search for the best of eight masks is most of a code's cost. The same payload always gives the same
 * modules, so a remembered code is the code; callers only read it.
 */
const recent = new Map<string, QrMatrix>();
const RECENT = 8;

/** The quiet zone around a QR code, in modules (ISO 18004 asks for 4). */
export const QR_QUIET = 4;

/**
 * A QR code as a black-on-white PNG: `scale` pixels per module, the 4-module quiet zone included.
 *
 * @example
 * qrPng(epcQrMatrix(payload), 4) // PNG bytes, (size + 8) * 4 pixels square
 */
export function qrPng(matrix: QrMatrix, scale = 4): Uint8Array {
  const side = (matrix.size + 2 * QR_QUIET) * scale;
  const pixels = new Uint8Array(side * side).fill(255);
  for (let r = 0; r < matrix.size; r++) {
    for (let c = 0; c < matrix.size; c++) {
      if (!matrix.modules[r * matrix.size + c]) continue;
      for (let dy = 0; dy < scale; dy++) {
        const start = ((r + QR_QUIET) * scale + dy) * side + (c + QR_QUIET) * scale;
        pixels.fill(0, start, start + scale);
      }
    }
  }
  return grayPng(side, side, pixels);
}

/** The EPC QR code of a payload as PNG bytes (for Word and e-mail; the PDF draws the modules as vectors). */
export function epcQrPng(payload: string, scale = 4): Uint8Array {
  return qrPng(epcQrMatrix(payload), scale);
}
