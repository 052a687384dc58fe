import jsQR from "jsqr";
import { PNG } from "pngjs";
import { PaymentRequest } from "../../../src/export/core/document";
import { epcPayload, epcQrMatrix, epcQrPng, isRfReference, QR_QUIET, QrMatrix } from "../../../src/export/core/epcQr";

const request = (over: Partial<PaymentRequest> = {}): PaymentRequest => ({
  beneficiary: "Acme S.p.A.",
  iban: "IT60 X054 2811 1010 0000 0123 456",
  bic: "BPMOIT22XXX",
  amount: 123456,
  currency: "EUR",
  reference: "RF18 5390 0754 7034",
  lines: [],
  ...over,
});

/** The code as a scanner sees it: RGBA pixels, `scale` per module, with the quiet zone. */
function pixels(m: QrMatrix, scale = 3): { data: Uint8ClampedArray; side: number } {
  const side = (m.size + 2 * QR_QUIET) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const r = Math.floor(y / scale) - QR_QUIET;
      const c = Math.floor(x / scale) - QR_QUIET;
      if (r >= 0 && c >= 0 && r < m.size && c < m.size && m.modules[r * m.size + c]) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  return { data, side };
}

const decode = (m: QrMatrix) => {
  const { data, side } = pixels(m);
  return jsQR(data, side, side)?.data;
};

describe("epcPayload", () => {
  it("writes the EPC069-12 version 002 fields in order, the RF reference structured", () => {
    expect(epcPayload(request())?.split("\n")).toEqual(["BCD", "002", "1", "SCT", "BPMOIT22XXX", "Acme S.p.A.", "IT60X0542811101000000123456", "EUR1234.56", "", "RF18539007547034"]);
  });

  it("puts other references in the unstructured field, and leaves out a missing or invalid BIC", () => {
    expect(epcPayload(request({ reference: "Plan ROSSI-8B1C, INV-1 INV-2", bic: undefined }))?.split("\n")).toEqual([
      "BCD", "002", "1", "SCT", "", "Acme S.p.A.", "IT60X0542811101000000123456", "EUR1234.56", "", "", "Plan ROSSI-8B1C, INV-1 INV-2",
    ]);
    // RF19…: wrong check digits, so free text.
    expect(epcPayload(request({ reference: "RF19 5390 0754 7034", bic: "NOTABIC" }))?.split("\n").slice(4)).toEqual(["", "Acme S.p.A.", "IT60X0542811101000000123456", "EUR1234.56", "", "", "RF19 5390 0754 7034"]);
    expect(epcPayload(request({ reference: "" }))?.split("\n").at(-1)).toBe("EUR1234.56");
  });

  it("writes cents with two decimals at both ends of the allowed range", () => {
    expect(epcPayload(request({ amount: 1 }))?.split("\n")[7]).toBe("EUR0.01");
    expect(epcPayload(request({ amount: 99_999_999_999 }))?.split("\n")[7]).toBe("EUR999999999.99");
    expect(epcPayload(request({ amount: 1000 }))?.split("\n")[7]).toBe("EUR10.00");
  });

  it("draws no code for another currency, a non-positive or too large amount, an invalid or non-SEPA IBAN, or no name", () => {
    expect(epcPayload(request({ currency: "USD" }))).toBeUndefined();
    expect(epcPayload(request({ amount: 0 }))).toBeUndefined();
    expect(epcPayload(request({ amount: -500 }))).toBeUndefined();
    expect(epcPayload(request({ amount: 100_000_000_000 }))).toBeUndefined();
    expect(epcPayload(request({ amount: 12.5 }))).toBeUndefined();
    expect(epcPayload(request({ iban: "IT61 X054 2811 1010 0000 0123 456" }))).toBeUndefined();
    expect(epcPayload(request({ iban: "TR33 0006 1005 1978 6457 8413 26" }))).toBeUndefined();
    expect(epcPayload(request({ beneficiary: " \n " }))).toBeUndefined();
    expect(epcPayload(request({ currency: "eur" }))).toBeDefined();
  });

  it("keeps each field on its line and within its length, and the whole within 331 bytes", () => {
    const payload = epcPayload(request({ beneficiary: `Łódź\nEvil\r${"Ő".repeat(100)}`, reference: `INV-1\nBCD ${"ő".repeat(300)}` }))!;
    const fields = payload.split("\n");
    expect(fields).toHaveLength(11);
    expect(fields[5].startsWith("Łódź Evil ŐŐ")).toBe(true);
    expect([...fields[5]].length).toBeLessThanOrEqual(70);
    expect([...fields[10]].length).toBeLessThanOrEqual(140);
    expect(fields[10].startsWith("INV-1 BCD ő")).toBe(true);
    expect(new TextEncoder().encode(payload).byteLength).toBeLessThanOrEqual(331);
  });
});

describe("isRfReference", () => {
  it("accepts ISO 11649's example and rejects a wrong check digit or form", () => {
    expect(["RF18 5390 0754 7034", "rf18539007547034", "RF19 5390 0754 7034", "RF18", "XX18539007547034", "RF18 5390 0754 7034 0000 0000 0000"].map(isRfReference)).toEqual([true, true, false, false, false, false]);
  });
});

describe("epcQrMatrix", () => {
  it("draws a code that a QR reader decodes back to every field, with error correction M", () => {
    const payload = epcPayload(request({ beneficiary: "Škoda Dvořák Ősz Łódź" }))!;
    const m = epcQrMatrix(payload);
    expect(decode(m)).toBe(payload);
    expect(decode(m)?.split("\n")).toEqual(["BCD", "002", "1", "SCT", "BPMOIT22XXX", "Škoda Dvořák Ősz Łódź", "IT60X0542811101000000123456", "EUR1234.56", "", "RF18539007547034"]);
  });

  it("stays within version 13 (69 modules) for the longest payload", () => {
    const payload = epcPayload(request({ beneficiary: "B".repeat(70), reference: "x".repeat(140) }))!;
    expect(epcQrMatrix(payload).size).toBeLessThanOrEqual(69);
    expect(decode(epcQrMatrix(payload))).toBe(payload);
  });

  it("hands a letter's PDF and Word file the same code, and makes a forgotten one again module for module", () => {
    const payload = epcPayload(request({ amount: 987654 }))!;
    const first = epcQrMatrix(payload);
    expect(epcQrMatrix(payload)).toBe(first);
    const copy = { size: first.size, modules: Uint8Array.from(first.modules) };
    // Enough other codes to push it out of the remembered few.
    for (let cents = 1; cents <= 20; cents++) epcQrMatrix(epcPayload(request({ amount: cents }))!);
    const again = epcQrMatrix(payload);
    expect(again).not.toBe(first);
    expect(again).toEqual(copy);
    expect(decode(again)).toBe(payload);
  });
});

describe("epcQrPng", () => {
  it("is a PNG that decodes, pixel for pixel, to the same code", () => {
    const payload = epcPayload(request())!;
    const png = PNG.sync.read(Buffer.from(epcQrPng(payload, 4)));
    const side = (epcQrMatrix(payload).size + 2 * QR_QUIET) * 4;
    expect([png.width, png.height]).toEqual([side, side]);
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(payload);
  });
});
