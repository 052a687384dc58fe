import { unzipSync, strFromU8 } from "fflate";
import { renderDocx } from "../../../src/export/core/docx";
import { safeFileName } from "../../../src/export/core/files";
import { agreementFiles } from "../../../src/export/plans/agreementFiles";
import { agreementDocument } from "../../../src/export/plans/letterText";
import { epcQrPng } from "../../../src/export/core/epcQr";
import { sampleLetter } from "./letterFixture";

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["word/document.xml"]);
const cellTexts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);

describe("the agreement letter in Word", () => {
  it("is a zip whose word/document.xml holds every schedule row, in Italian", async () => {
    const letter = sampleLetter("it");
    const bytes = await renderDocx(agreementDocument(letter));
    expect(Buffer.from(bytes.slice(0, 2)).toString("latin1")).toBe("PK");
    const xml = documentXml(bytes);
    const texts = cellTexts(xml);
    expect(texts).toContain("Accordo di piano di rientro");
    expect(texts).toContain("Scadenza");
    expect(texts).toContain("Debito residuo");
    for (const date of ["31/01/2027", "28/02/2027", "31/03/2027", "31/12/2027"]) expect(texts).toContain(date);
    expect(texts.filter((t) => t === "856,08")).toHaveLength(11);
    expect(texts).toContain("10.272,89");
    // The schedule's header, 12 rows and the total; one row each for the bank details beside the QR code and the two signatures side by side.
    expect((xml.match(/<w:tr[ >]/g) ?? []).length).toBe(12 + 2 + 1 + 1);
    expect(texts).toContain("Prima rata: EUR 856,08, con scadenza il 31/01/2027 · Riferimento: MULLERMASC-261125");
  });

  it("writes the letter in the customer's language", async () => {
    const xml = documentXml(await renderDocx(agreementDocument(sampleLetter("nl"))));
    expect(xml).toContain("Overeenkomst betalingsregeling");
    expect(xml).toContain("Vervaldatum");
    expect(xml).not.toContain("Payment plan agreement");
  });
});

describe("agreementFiles", () => {
  it("names both files after the plan, safely", async () => {
    const files = await agreementFiles(sampleLetter("fr"));
    expect(files.pdf.name).toBe("Agreement MULLERMASC-261125.pdf");
    expect(files.docx.name).toBe("Agreement MULLERMASC-261125.docx");
    expect(safeFileName('a/b:c*"d', "pdf")).toBe("a_b_c__d.pdf");
  });

  it("puts the logo of the settings on both files, and names a logo that is not an image as the problem", async () => {
    const png = "data:image/png;base64," + Buffer.from(epcQrPng("logo", 2)).toString("base64");
    const letter = sampleLetter("de");
    const files = await agreementFiles({ ...letter, company: { ...letter.company, logo: png } });
    expect(Buffer.from(files.pdf.bytes).toString("latin1")).toMatch(/\/Subtype\s*\/Image/);
    expect(Object.keys(unzipSync(files.docx.bytes)).filter((k) => k.startsWith("word/media/"))).toHaveLength(2);
    for (const logo of ["data:image/svg+xml;base64,PHN2Zy8+", "https://acme.example/logo.png"])
      await expect(agreementFiles({ ...letter, company: { ...letter.company, logo } })).rejects.toMatchObject({ problem: { code: "documents.logo.notImage" } });
  });
});
