import { PDFDocument } from "pdf-lib";
import { epcPayload } from "../../../src/export/core/epcQr";
import { renderPdf } from "../../../src/export/core/pdf";
import { agreementDocument, letterDocument } from "../../../src/export/plans/letterText";
import { pageQr, pageTexts } from "../core/pdfReader";
import { sampleLetter } from "./letterFixture";

const squash = (text: string) => text.replace(/\s+/g, " ");

// Each check runs poppler on real PDFs; on a shared machine that takes seconds.
jest.setTimeout(60_000);

describe("the agreement letter as a PDF", () => {
  it("makes a PDF that pdf-lib loads back, one page for a short plan, with the customer, the schedule and its total", async () => {
    const bytes = await renderPdf(agreementDocument(sampleLetter("de")));
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const loaded = await PDFDocument.load(bytes);
    expect(loaded.getPageCount()).toBe(1);
    const text = squash(pageTexts(bytes).join("\n"));
    expect(text).toContain("Müller Maschinenbau GmbH");
    expect(text).toContain("Ratenzahlungsvereinbarung");
    // 12 payments of 856.07 less the last's adjustment: total 10,272.89 written the German way.
    expect(text).toContain("10.272,89");
    expect(text).toContain("31.12.2027");
    expect(text).toContain("Seite 1 von 1");
  });

  it("runs a long schedule over several pages, numbering each", async () => {
    const bytes = await renderPdf(agreementDocument(sampleLetter("en", 240)));
    const pages = pageTexts(bytes);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(pages.join("\n")).toMatch(/\b240\s+31\/12\/2046\b/);
  });

  it("keeps the last paragraph, the closing and the signatures on one page, whatever the schedule's length", async () => {
    let multiPage = 0;
    for (let n = 12; n <= 72; n += 2) {
      const doc = letterDocument(sampleLetter("en", n));
      const pages = pageTexts(await renderPdf(agreementDocument(sampleLetter("en", n)))).map(squash);
      if (pages.length > 1) multiPage++;
      const withSignature = pages.findIndex((p) => p.includes(doc.signature));
      const page = pages[withSignature];
      expect([n, page.includes(doc.closing), page.includes(doc.after.at(-1)!)]).toEqual([n, true, true]);
      expect(page.includes(doc.acceptance)).toBe(true);
    }
    expect(multiPage).toBeGreaterThan(10);
  });

  it("prints names a standard font cannot show as written: Łódź, Ősz, Ω", async () => {
    const bytes = await renderPdf(agreementDocument(sampleLetter("fr", 3, "Łódź Trading – Ωmega Ősz Kft.")));
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    expect(squash(pageTexts(bytes)[0])).toContain("Łódź Trading – Ωmega Ősz Kft.");
  });

  it("carries the EPC QR code of the first instalment when the letter is in EUR and the company IBAN is set", async () => {
    const letter = sampleLetter("it");
    const doc = agreementDocument(letter);
    const bytes = await renderPdf(doc);
    const read = pageQr(bytes);
    expect(read?.split("\n")).toEqual(["BCD", "002", "1", "SCT", "", "Acme S.p.A.", "IT60X0542811101000000123456", "EUR856.08", "", "", "MULLERMASC-261125"]);
    expect(read).toBe(epcPayload(doc.payment!));
    expect(squash(pageTexts(bytes)[0])).toContain("Prima rata: EUR 856,08, con scadenza il 31/01/2027");
  });

  it("has no QR code without the company IBAN or in another currency", async () => {
    const letter = sampleLetter("en");
    const noIban = agreementDocument({ ...letter, company: { ...letter.company, iban: "" } });
    expect(noIban.payment).toBeUndefined();
    expect(pageQr(await renderPdf(noIban))).toBeUndefined();
    const chf = await renderPdf(agreementDocument({ ...letter, items: letter.items.map((i) => ({ ...i, currency: "CHF" })) }));
    expect(pageQr(chf)).toBeUndefined();
    expect(squash(pageTexts(chf)[0])).toContain("IBAN IT60 X054 2811 1010 0000 0123 456");
  });
});
