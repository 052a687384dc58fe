import { PDFDocument } from "pdf-lib";
import { agreementPdf } from "../../../src/export/plans/agreementPdf";
import { letterDocument } from "../../../src/export/plans/letterText";
import { winAnsiSafe } from "../../../src/export/core/winAnsi";
import { pdfPageTexts, pdfText, sampleLetter } from "./letterFixture";

describe("agreementPdf", () => {
  it("makes a PDF that pdf-lib loads back, one page for a short plan, with the customer, the schedule and its total", async () => {
    const bytes = await agreementPdf(letterDocument(sampleLetter("de")));
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const loaded = await PDFDocument.load(bytes);
    expect(loaded.getPageCount()).toBe(1);
    const text = pdfText(bytes);
    expect(text).toContain("Müller Maschinenbau GmbH");
    expect(text).toContain("Ratenzahlungsvereinbarung");
    // 12 payments of 856.07 less the last's adjustment: total 10,272.89 written the German way.
    expect(text).toContain("10.272,89");
    expect(text).toContain("31.12.2027");
    expect(text).toContain("Seite 1 von 1");
  });

  it("runs a long schedule over several pages, numbering each", async () => {
    const bytes = await agreementPdf(letterDocument(sampleLetter("en", 240)));
    const loaded = await PDFDocument.load(bytes);
    expect(loaded.getPageCount()).toBeGreaterThanOrEqual(5);
    const text = pdfText(bytes);
    expect(text).toContain(`Page ${loaded.getPageCount()} of ${loaded.getPageCount()}`);
    expect(text).toContain("240");
  });

  it("keeps the last paragraph, the closing and the signatures on one page, whatever the schedule's length", async () => {
    let multiPage = 0;
    for (let n = 12; n <= 72; n += 2) {
      const doc = letterDocument(sampleLetter("en", n));
      const pages = await pdfPageTexts(await agreementPdf(doc));
      if (pages.length > 1) multiPage++;
      const withSignature = pages.findIndex((p) => p.includes(winAnsiSafe(doc.signature)));
      const page = pages[withSignature];
      expect([n, page.includes(winAnsiSafe(doc.closing)), page.includes(winAnsiSafe(doc.after.at(-1)!).split(" ")[0])]).toEqual([n, true, true]);
      expect(page.includes(winAnsiSafe(doc.acceptance).split(" ").slice(0, 3).join(" "))).toBe(true);
    }
    expect(multiPage).toBeGreaterThan(10);
  });

  it("draws names a standard font cannot show instead of failing", async () => {
    const bytes = await agreementPdf(letterDocument(sampleLetter("fr", 3, "Łódź Trading – Ωmega 株式会社")));
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    expect(pdfText(bytes)).toContain("Lódz Trading \x96 ?mega ????");
  });
});

describe("winAnsiSafe", () => {
  it("keeps Latin-1 and the WinAnsi extras, folds accents it cannot show and replaces the rest", () => {
    expect(winAnsiSafe("Éàü€ – “x” ő Ł 5\u202f% 漢")).toBe("Éàü€ – “x” o L 5 % ?");
  });
});
