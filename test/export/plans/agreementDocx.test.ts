import { unzipSync, strFromU8 } from "fflate";
import { agreementDocx } from "../../../src/export/plans/agreementDocx";
import { agreementFiles, safeFileName } from "../../../src/export/plans/agreementFiles";
import { letterDocument } from "../../../src/export/plans/letterText";
import { sampleLetter } from "./letterFixture";

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["word/document.xml"]);
const cellTexts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);

describe("agreementDocx", () => {
  it("is a zip whose word/document.xml holds every schedule row, in Italian", async () => {
    const letter = sampleLetter("it");
    const bytes = await agreementDocx(letterDocument(letter));
    expect(Buffer.from(bytes.slice(0, 2)).toString("latin1")).toBe("PK");
    const xml = documentXml(bytes);
    const texts = cellTexts(xml);
    expect(texts).toContain("Accordo di piano di rientro");
    expect(texts).toContain("Scadenza");
    expect(texts).toContain("Debito residuo");
    for (const date of ["31/01/2027", "28/02/2027", "31/03/2027", "31/12/2027"]) expect(texts).toContain(date);
    expect(texts.filter((t) => t === "856,08")).toHaveLength(11);
    expect(texts).toContain("10.272,89");
    expect((xml.match(/<w:tr[ >]/g) ?? []).length).toBe(12 + 2);
  });

  it("writes the letter in the customer's language", async () => {
    const xml = documentXml(await agreementDocx(letterDocument(sampleLetter("nl"))));
    expect(xml).toContain("Overeenkomst betalingsregeling");
    expect(xml).toContain("Vervaldatum");
    expect(xml).not.toContain("Payment plan agreement");
  });
});

describe("agreementFiles", () => {
  it("names both files after the plan, safely", async () => {
    const files = await agreementFiles(letterDocument(sampleLetter("fr")));
    expect(files.pdf.name).toBe("Agreement MULLERMASC-261125.pdf");
    expect(files.docx.name).toBe("Agreement MULLERMASC-261125.docx");
    expect(safeFileName('a/b:c*"d', "pdf")).toBe("a_b_c__d.pdf");
  });
});
