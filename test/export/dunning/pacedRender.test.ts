import { strFromU8, unzipSync } from "fflate";
import { LetterItem } from "../../../src/domain/dunning";
import { blocksInOrder } from "../../../src/export/core/document";
import { renderDocx } from "../../../src/export/core/docx";
import { renderPdf } from "../../../src/export/core/pdf";
import { dunningLetterDocument } from "../../../src/export/dunning/letter";
import { pageTexts } from "../core/pdfReader";
import { AS_OF, SENDER, sampleLetter } from "./letterFixture";

/** A pause that counts its calls and yields a macrotask, as the pane's does once its slice is used up. */
function countingPause() {
  const calls = { n: 0 };
  return { calls, pause: () => new Promise<void>((resolve) => setImmediate(() => ((calls.n += 1), resolve()))) };
}

/** A letter of `n` items: several pages. */
function longLetter(n: number) {
  const base = sampleLetter("second", "it");
  const items: LetterItem[] = Array.from({ length: n }, (_, k) => ({ ...base.items[0], entry: k, sourceIndex: k + 1, invoice: `INV-${2000 + k}` }));
  return dunningLetterDocument({ ...base, items }, SENDER, AS_OF);
}

/** word/document.xml with the ids docx numbers across documents (drawings) set aside. */
const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["word/document.xml"]).replace(/ id="\d+"/g, "");

describe("renderPdf and renderDocx with a pause", () => {
  it("pauses between the PDF's blocks, at each new page and before writing, and the paced PDF is the same file", async () => {
    const doc = longLetter(120);
    const { calls, pause } = countingPause();
    const paced = await renderPdf(doc, { pause });
    const pages = pageTexts(paced).length;
    expect(pages).toBeGreaterThan(2);
    expect(calls.n).toBeGreaterThanOrEqual(blocksInOrder(doc).length + pages);
    expect(Buffer.from(paced).equals(Buffer.from(await renderPdf(doc)))).toBe(true);
  });

  it("pauses between the Word file's blocks, before compiling and before zipping, and writes the file Packer writes", async () => {
    const doc = dunningLetterDocument(sampleLetter("final", "de"), SENDER, AS_OF);
    const { calls, pause } = countingPause();
    // The file's dates (docProps/core.xml, the ZIP's entries) are the clock's: one fixed time for both.
    jest.useFakeTimers({ now: new Date(2026, 11, 1, 9, 30), doNotFake: ["setImmediate"] });
    try {
      const paced = await renderDocx(doc, { pause });
      const packed = await renderDocx(doc);
      expect(calls.n).toBeGreaterThanOrEqual(blocksInOrder(doc).length + 2);
      expect(Object.keys(unzipSync(paced))).toEqual(Object.keys(unzipSync(packed)));
      expect(documentXml(paced)).toBe(documentXml(packed));
      expect(paced.byteLength).toBe(packed.byteLength);
    } finally {
      jest.useRealTimers();
    }
  });
});
