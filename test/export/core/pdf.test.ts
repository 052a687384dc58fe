import fc from "fast-check";
import { PDFDocument } from "pdf-lib";
import { BusinessDocument, DocumentBlock } from "../../../src/export/core/document";
import { epcPayload, epcQrPng } from "../../../src/export/core/epcQr";
import { renderPdf } from "../../../src/export/core/pdf";
import { sampleDocument } from "./documentFixture";
import { pageQr, pageTexts, pdfFonts } from "./pdfReader";

const squash = (text: string) => text.replace(/\s+/g, " ");
const withBlocks = (doc: BusinessDocument, blocks: readonly DocumentBlock[]): BusinessDocument => ({ ...doc, blocks });
const filler = (n: number): DocumentBlock[] => Array.from({ length: n }, (_, i) => ({ kind: "paragraph", text: `Filler paragraph ${i + 1} of the letter, long enough to take one line.` }));

describe("renderPdf", () => {
  it("prints names that need more than Latin-1 as written, with the letterhead, table, totals and page number", async () => {
    const bytes = await renderPdf(sampleDocument());
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const pages = pageTexts(bytes);
    expect(pages).toHaveLength(1);
    const text = squash(pages[0]);
    for (const s of ["Škoda Dvořák Ősz Sp. z o.o.", "90-001 Łódź", "Łódź and Kraków", "Acme S.p.A.", "Payment reminder", "Our reference: DUN-2026-12-01-0042", "01/12/2026", "Page 1 of 1"]) expect(text).toContain(s);
    expect(text).toMatch(/INV-2026-1001 01\/09\/2026 40 1234\.50/);
    expect(text).toMatch(/INV-2026-1010 10\/09\/2026 49 2134\.50 Total 1,234\.56/);
    expect(text.indexOf("Kind regards,")).toBeGreaterThan(text.indexOf("Bank details"));
  });

  it("prints any text of European letters as written, whatever the documents before it used (property)", async () => {
    const letters = [..."aąbcčćdďeéęěfghiíjklłľmnńňoóőöpqrřsśštťuúůűüvwxyýzźżžAĄBCČĆDĎEÉĘĚFGHIÍJKLŁĽMNŃŇOÓŐÖPRŘSŚŠTŤUÚŮŰÜVWYÝZŹŻŽßæøåÆØÅçÇğĞışŞΑβγδЖжЯя€"];
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }).map((a) => a.join(""));
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 8 }), async (words) => {
        const text = words.join(" ");
        const doc = withBlocks(sampleDocument(), [{ kind: "paragraph", text }]);
        expect(squash(pageTexts(await renderPdf({ ...doc, payment: undefined }))[0])).toContain(text);
      }),
      { numRuns: 12 },
    );
  });

  it("embeds DejaVu Sans regular and bold and no standard font", async () => {
    const fonts = pdfFonts(await renderPdf(sampleDocument()));
    expect(fonts.map((f) => f.name.replace(/-\d+$/, "")).sort()).toEqual(["DejaVuSans", "DejaVuSans-Bold"]);
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  it("subsets the font: a letter is tens of kilobytes, not the font's 750", async () => {
    expect((await renderPdf(sampleDocument())).byteLength).toBeLessThan(80_000);
  });

  it("draws the EPC QR code for EUR, which a scanner reads back as the payment's every field", async () => {
    const doc = sampleDocument();
    const bytes = await renderPdf(doc);
    const read = pageQr(bytes);
    expect(read).toBe(epcPayload(doc.payment!));
    expect(read?.split("\n")).toEqual(["BCD", "002", "1", "SCT", "BPMOIT22XXX", "Acme S.p.A.", "IT60X0542811101000000123456", "EUR1234.56", "", "RF18539007547034"]);
    expect(squash(pageTexts(bytes)[0])).toContain("Scan to pay");
  });

  it("prints the bank details without a code for another currency", async () => {
    const bytes = await renderPdf(sampleDocument({ currency: "CHF" }));
    expect(pageQr(bytes)).toBeUndefined();
    expect(squash(pageTexts(bytes)[0])).toContain("IBAN IT60 X054 2811 1010 0000 0123 456");
    expect(squash(pageTexts(bytes)[0])).not.toContain("Scan to pay");
  });

  it("runs a long table over pages, its header on each, every row once, and numbers every page", async () => {
    const bytes = await renderPdf(sampleDocument({ rows: 130 }));
    const pages = pageTexts(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(pages.length);
    const all = pages.join("\n");
    for (let i = 1; i <= 130; i++) expect([i, all.split(`INV-2026-${1000 + i} `).length - 1]).toEqual([i, 1]);
    pages.forEach((p, k) => {
      expect(p).toContain(`Page ${k + 1} of ${pages.length}`);
      if (/INV-2026-\d{4}/.test(p)) expect(p).toMatch(/Invoice\s+Due date\s+Days overdue\s+Open amount/);
    });
    // A continuation page says whose letter it is.
    expect(pages[1]).toContain("Škoda Dvořák Ősz Sp. z o.o. · 01/12/2026 · Payment reminder");
  });

  it("keeps a keepWithNext paragraph with the table's header and first row, wherever the page ends", async () => {
    const base = sampleDocument();
    const intro = base.blocks[1];
    const table = base.blocks[2];
    let moved = 0;
    for (let n = 30; n <= 44; n++) {
      const pages = pageTexts(await renderPdf(withBlocks(base, [...filler(n), intro, table])));
      const at = pages.findIndex((p) => p.includes("According to our records"));
      expect([n, pages[at].includes("Open amount"), pages[at].includes("INV-2026-1001")]).toEqual([n, true, true]);
      if (at > 0) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it("keeps a signature's lines together and a heading with what follows it", async () => {
    const base = sampleDocument();
    for (let n = 38; n <= 48; n++) {
      const pages = pageTexts(
        await renderPdf(withBlocks(base, [...filler(n), { kind: "heading", text: "What happens next" }, { kind: "paragraph", text: "Next steps." }, { kind: "signature", lines: ["Kind regards,", "Maria Rossi", "Credit department"] }])),
      );
      const heading = pages.findIndex((p) => p.includes("What happens next"));
      expect([n, pages[heading].includes("Next steps.")]).toEqual([n, true]);
      const signature = pages.findIndex((p) => p.includes("Kind regards,"));
      expect([n, pages[signature].includes("Maria Rossi"), pages[signature].includes("Credit department")]).toEqual([n, true, true]);
    }
  });

  it("starts the block after a page break on a new page", async () => {
    const pages = pageTexts(await renderPdf(withBlocks(sampleDocument({ currency: "USD" }), [{ kind: "paragraph", text: "Part one." }, { kind: "pageBreak" }, { kind: "heading", text: "Statement of account" }])));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("Part one.");
    expect(pages[1]).toContain("Statement of account");
    expect(pages[1]).toContain("Page 2 of 2");
  });

  it("draws a PNG logo, and reports a logo that is not a PNG or JPEG instead of failing somewhere inside", async () => {
    const logo = epcQrPng("logo", 2);
    const bytes = await renderPdf(sampleDocument({ logo }));
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/Subtype\s*\/Image/);
    await expect(renderPdf(sampleDocument({ logo: new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>") }))).rejects.toMatchObject({ problem: { code: "documents.logo.notImage" } });
    const broken = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 1, 2, 3);
    await expect(renderPdf(sampleDocument({ logo: broken }))).rejects.toMatchObject({ problem: { code: "documents.logo.unreadable", params: { kind: "PNG" } } });
  });

  it("has edge cases: no blocks, characters the font lacks, controls and a word longer than a line", async () => {
    const doc = withBlocks(sampleDocument({ customer: "Ωmega 株式会社\tTrading" }), [{ kind: "paragraph", text: `${"Überlangeswort".repeat(12)} end\u0007` }]);
    const pages = pageTexts(await renderPdf({ ...doc, payment: undefined }));
    expect(pages).toHaveLength(1);
    expect(squash(pages[0])).toContain("Ωmega");
    expect(squash(pages[0])).toContain("Trading");
    expect(squash(pages[0]).replace(/ /g, "")).toContain("Überlangeswort".repeat(12) + "end");
    expect(pageTexts(await renderPdf({ ...withBlocks(sampleDocument(), []), payment: undefined }))[0]).toContain("Page 1 of 1");
  });
});
