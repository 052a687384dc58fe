import { strFromU8, unzipSync } from "fflate";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { blocksInOrder } from "../../../src/export/core/document";
import { renderDocx } from "../../../src/export/core/docx";
import { epcPayload, epcQrPng } from "../../../src/export/core/epcQr";
import { sampleDocument } from "./documentFixture";

const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1].replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">"));

describe("renderDocx", () => {
  it("is a Word file whose document.xml holds the letter's text as written, in order", async () => {
    const files = unzipSync(await renderDocx(sampleDocument()));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
    const words = texts(strFromU8(files["word/document.xml"]));
    const joined = words.join("|");
    for (const s of ["Acme S.p.A.", "Škoda Dvořák Ősz Sp. z o.o.", "90-001 Łódź", "01/12/2026", "Our reference: DUN-2026-12-01-0042", "Payment reminder", "Deliveries to Łódź and Kraków continue as agreed.", "Maria Rossi"]) expect(words).toContain(s);
    expect(joined.indexOf("Payment reminder")).toBeLessThan(joined.indexOf("Dear Sir or Madam,"));
    expect(joined.indexOf("Bank details")).toBeLessThan(joined.indexOf("Kind regards,"));
  });

  it("writes the items as a real table: a repeating header, one row per item, the total bold", async () => {
    const xml = strFromU8(unzipSync(await renderDocx(sampleDocument({ rows: 25 })))["word/document.xml"]);
    const items = xml.slice(xml.indexOf("Invoice"), xml.indexOf("Deliveries to"));
    const rows = items.split(/<w:tr[ >]/).slice(1);
    expect(rows).toHaveLength(25 + 1);
    expect(xml).toMatch(/<w:tblHeader\/>[\s\S]*?Invoice/);
    expect(texts(rows[0]).slice(0, 4)).toEqual(["INV-2026-1001", "01/09/2026", "40", "1234.50"]);
    const total = rows[rows.length - 1];
    expect(texts(total)).toEqual(["Total", "", "", "1,234.56"]);
    expect(total).toContain("<w:b/>");
    expect(rows[3]).not.toContain("<w:b/>");
    // Amount columns are right-aligned.
    expect(rows[0].split("<w:tc>")[4]).toContain('<w:jc w:val="right"/>');
  });

  it("numbers the pages in the footer with Word's PAGE and NUMPAGES fields", async () => {
    const files = unzipSync(await renderDocx(sampleDocument()));
    const footers = Object.keys(files).filter((k) => /^word\/footer\d+\.xml$/.test(k)).map((k) => strFromU8(files[k]));
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) {
      expect(f).toMatch(/PAGE[\s\S]*NUMPAGES/);
      expect(texts(f).join("")).toContain("Page");
    }
  });

  it("carries the EPC QR code as a PNG that a scanner reads back as the payment's fields", async () => {
    const doc = sampleDocument();
    const files = unzipSync(await renderDocx(doc));
    const media = Object.keys(files).filter((k) => k.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    const png = PNG.sync.read(Buffer.from(files[media[0]]));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(epcPayload(doc.payment!));
  });

  it("has no QR image for another currency, and the logo as an image when given", async () => {
    expect(Object.keys(unzipSync(await renderDocx(sampleDocument({ currency: "GBP" })))).filter((k) => k.startsWith("word/media/"))).toHaveLength(0);
    const withLogo = unzipSync(await renderDocx(sampleDocument({ currency: "GBP", logo: epcQrPng("logo", 3) })));
    expect(Object.keys(withLogo).filter((k) => k.startsWith("word/media/"))).toHaveLength(1);
  });

  it("reports a logo that is not a PNG or JPEG", async () => {
    await expect(renderDocx(sampleDocument({ logo: new TextEncoder().encode("GIF89a...") }))).rejects.toMatchObject({ problem: { code: "documents.logo.notImage" } });
  });

  it("starts a new page at a page break", async () => {
    const doc = { ...sampleDocument(), blocks: [{ kind: "paragraph", text: "One" }, { kind: "pageBreak" }, { kind: "paragraph", text: "Two" }] as const };
    const xml = strFromU8(unzipSync(await renderDocx(doc))["word/document.xml"]);
    expect(xml).toMatch(/One[\s\S]*<w:pageBreakBefore\/>[\s\S]*Two/);
  });
});

describe("blocksInOrder", () => {
  it("puts the payment block before the first signature, at the end without one, and where the document says", () => {
    const doc = sampleDocument();
    expect(blocksInOrder(doc).map((b) => b.kind)).toEqual(["paragraph", "paragraph", "table", "paragraph", "payment", "signature"]);
    expect(blocksInOrder({ ...doc, blocks: [{ kind: "paragraph", text: "x" }] }).map((b) => b.kind)).toEqual(["paragraph", "payment"]);
    expect(blocksInOrder({ ...doc, blocks: [{ kind: "payment" }, { kind: "signature", lines: ["x"] }] }).map((b) => b.kind)).toEqual(["payment", "signature"]);
    expect(blocksInOrder({ ...doc, payment: undefined }).map((b) => b.kind)).not.toContain("payment");
  });
});
