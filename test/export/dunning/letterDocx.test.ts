import { strFromU8, unzipSync } from "fflate";
import { renderDocx } from "../../../src/export/core/docx";
import { dunningLetterDocument } from "../../../src/export/dunning/letter";
import { AS_OF, SENDER, sampleLetter } from "./letterFixture";

/** The text of word/document.xml, runs joined, tags dropped. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => p.replace(/<[^>]+>/g, "") + "\n").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

describe("dunning letters as Word files (unzipped)", () => {
  it.each([
    ["fr", "final", "Mise en demeure", "mettons en demeure"],
    ["nl", "final", "Veertiendagenbrief", "binnen 14 dagen na de dag van ontvangst van deze brief"],
  ] as const)("writes the %s %s letter with its legal text, the items and the names as written", async (lang, id, title, sentence) => {
    const text = docxText(await renderDocx(dunningLetterDocument(sampleLetter(id, lang, lang === "nl"), SENDER, AS_OF)));
    expect(text).toContain(title);
    expect(text).toContain(sentence);
    expect(text).toContain("INV-1002");
    expect(text).toContain("Łódź Škoda Dvořák Ősz");
    expect(text).not.toMatch(/\{\{?\w/);
  });
});
