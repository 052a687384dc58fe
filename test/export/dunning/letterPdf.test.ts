import { renderPdf } from "../../../src/export/core/pdf";
import { dunningLetterDocument } from "../../../src/export/dunning/letter";
import { pageQr, pageTexts, pdfFonts } from "../core/pdfReader";
import { AS_OF, SENDER, sampleLetter } from "./letterFixture";

const flat = (pdf: Uint8Array) => pageTexts(pdf).join("\n").replace(/\s+/g, " ");

describe("dunning letters as PDF (read back with pdftotext)", () => {
  it.each([
    ["it", "final", "Diffida ad adempiere", "entro 15 giorni dal ricevimento"],
    ["de", "second", "Mahnung", "Pauschale von 40 EUR nach § 288 Abs. 5 BGB"],
    ["nl", "final", "Ingebrekestelling", "in gebreke"],
    ["fr", "final", "Mise en demeure", "indemnité forfaitaire pour frais de recouvrement de 40 euros"],
    ["en", "reminder", "Payment reminder", "friendly reminder"],
  ] as const)("prints the %s %s letter with its title, its legal sentence, the items and the names as written", async (lang, id, title, sentence) => {
    const pdf = await renderPdf(dunningLetterDocument(sampleLetter(id, lang), SENDER, AS_OF));
    const text = flat(pdf);
    expect(text).toContain(title);
    expect(text).toContain(sentence);
    expect(text).toContain("INV-1001");
    expect(text).toContain("Łódź Škoda Dvořák Ősz");
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
  });

  it("carries an EPC QR code with the beneficiary, IBAN, amount and reference on a EUR letter", async () => {
    const pdf = await renderPdf(dunningLetterDocument(sampleLetter("second", "it"), SENDER, AS_OF));
    const qr = pageQr(pdf, 1, 150);
    expect(qr).toBeDefined();
    const lines = qr!.split("\n");
    expect(lines[0]).toBe("BCD");
    expect(lines).toContain("Sample Trading S.p.A.");
    expect(lines).toContain("IT60X0542811101000000123456");
    expect(lines).toContain("EUR1844.12");
    expect(lines.some((l) => l.includes("INV-1001 INV-1002"))).toBe(true);
  });
});
