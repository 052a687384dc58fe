import { LETTER_TEXT_IDS, letterTotals } from "../../../src/domain/dunning";
import { epcPayload } from "../../../src/export/core/epcQr";
import { documentText, dunningLetterDocument, letterSubject } from "../../../src/export/dunning/letter";
import { documentHtml, escapeHtml } from "../../../src/export/dunning/preview";
import { AS_OF, SENDER, sampleLetter } from "./letterFixture";

const LANGS = ["en", "it", "de", "nl", "fr"] as const;
const text = (textId: (typeof LETTER_TEXT_IDS)[number], lang: string, individual = false) => documentText(dunningLetterDocument(sampleLetter(textId, lang, individual), SENDER, AS_OF));

/** Sentences of the English letters (the letter's own words, not the names and numbers put into it). */
function englishSentences(): string[] {
  const out = new Set<string>();
  for (const id of LETTER_TEXT_IDS) for (const individual of [false, true]) for (const line of text(id, "en", individual)) {
    for (const s of line.split(/(?<=[.:])\s+/)) if (s.length > 25 && /[a-z]{4} [a-z]{3,}/.test(s) && !s.includes("Sample") && !s.includes("@")) out.add(s);
  }
  return [...out];
}

/** Common English words that have no business in another language's letter. */
const ENGLISH_WORDS = /\b(the|please|your|invoice|invoices|payment|we|our|days|dear|letter|by)\b/i;

describe("dunning letters in five languages", () => {
  const english = englishSentences();
  it.each(LANGS.flatMap((lang) => LETTER_TEXT_IDS.flatMap((id) => [false, true].map((individual) => [lang, id, individual] as const))))(
    "%s %s (individual: %s) has no placeholder left and no English sentence",
    (lang, id, individual) => {
      const lines = text(id, lang, individual);
      const all = lines.join("\n");
      expect(all).not.toMatch(/[{}]/);
      expect(all).toContain("Łódź Škoda Dvořák Ősz");
      expect(all).toContain("INV-1001");
      if (lang !== "en") {
        for (const s of english) expect(all).not.toContain(s);
        const words = lines.filter((l) => !l.includes("Łódź") && !l.includes("Sample") && !l.includes("@") && !l.startsWith("INV-") && !l.startsWith("IBAN"));
        for (const l of words) expect([l, ENGLISH_WORDS.test(l.replace(/INV-\d+/g, ""))]).toEqual([l, false]);
      }
    },
  );

  it("writes the Italian final demand as a diffida ad adempiere with at least 15 days from receipt", () => {
    const lines = text("final", "it").join("\n");
    expect(lines).toContain("Diffida ad adempiere");
    expect(lines).toContain("art. 1454 c.c.");
    expect(lines).toContain("entro 15 giorni dal ricevimento");
    expect(lines).toContain("risolto di diritto");
  });

  it("writes the German Mahnung with the Verzug consequences and the EUR 40 Pauschale for businesses only", () => {
    const business = text("second", "de").join("\n");
    expect(business).toContain("Mahnung");
    expect(business).toContain("Verzug (§ 286 BGB)");
    expect(business).toContain("Pauschale von 40 EUR nach § 288 Abs. 5 BGB");
    expect(text("second", "de", true).join("\n")).not.toContain("§ 288 Abs. 5");
  });

  it("writes the Dutch 14-day letter to a consumer: 14 days from the day after receipt and the exact collection costs", () => {
    const lines = text("final", "nl", true).join("\n");
    expect(lines).toContain("binnen 14 dagen na de dag van ontvangst van deze brief");
    // WIK on 1,734.56: 15% = 260.18, at least 40.
    expect(lines).toContain("incassokosten verschuldigd van EUR 260,18");
    expect(lines).toContain("geen kosten");
  });

  it("writes the French mise en demeure with the EUR 40 indemnité forfaitaire", () => {
    const lines = text("final", "fr").join("\n");
    expect(lines).toContain("Mise en demeure");
    expect(lines).toContain("mettons en demeure");
    expect(lines).toContain("indemnité forfaitaire pour frais de recouvrement de 40 euros");
  });

  it("writes the UK letter before action to an individual under the Pre-Action Protocol: enclosures and 30 days", () => {
    const letter = sampleLetter("prelegal", "en", true, { deadlineDays: 30, deadline: AS_OF + 30 });
    const lines = documentText(dunningLetterDocument(letter, SENDER, AS_OF)).join("\n");
    expect(lines).toContain("Pre-Action Protocol for Debt Claims");
    expect(lines).toContain("statement of account, the Information Sheet, the Reply Form");
    expect(lines).toContain("within 30 days");
    expect(lines).toContain("(30 days from the date of this letter)");
  });

  it("asks for the first currency's total by EPC QR code for EUR only", () => {
    const doc = dunningLetterDocument(sampleLetter("second", "it"), SENDER, AS_OF);
    expect(doc.payment).toMatchObject({ iban: "IT60X0542811101000000123456", amount: 123456 + 50000 + 2345 + 611 + 8000, currency: "EUR", reference: "INV-1001 INV-1002" });
    expect(letterSubject(sampleLetter("second", "it"))).toBe("Secondo sollecito: EUR 1.844,12 scaduti (Łódź Škoda Dvořák Ősz)");
  });

  it("gives a letter in EUR and GBP a QR code for its EUR part, naming the EUR invoices, and says the rest goes by transfer", () => {
    const base = sampleLetter("reminder", "de");
    const gbp = { ...base.items[1], invoice: "INV-2001", currency: "GBP", open: 70000 };
    const items = [gbp, base.items[0]];
    const letter = { ...base, items, totals: letterTotals(items, 0) };
    expect(letter.totals.map((x) => x.currency)).toEqual(["GBP", "EUR"]);
    const doc = dunningLetterDocument(letter, SENDER, AS_OF);
    expect(doc.payment).toMatchObject({ amount: 123456, currency: "EUR", reference: "INV-1001" });
    expect(epcPayload(doc.payment!)).toContain("\nEUR1234.56\n");
    const text = documentText(doc).join("\n");
    expect(text).toContain("EUR 1.234,56 zu überweisen; die anderen Währungen bitte per Überweisung");
    expect(text).toContain("GBP 700,00 + EUR 1.234,56");
  });

  it("gives a letter with no EUR total no QR code", () => {
    const doc = dunningLetterDocument(sampleLetter("reminder", "en"), SENDER, AS_OF);
    expect(doc.payment?.currency).toBe("GBP");
    expect(epcPayload(doc.payment!)).toBeUndefined();
    expect(documentText(doc).join("\n")).not.toContain("Scan the code");
  });
});

describe("documentHtml", () => {
  it("escapes every value, a hostile customer name included", () => {
    const hostile = `<img src=x onerror="alert('x')">&`;
    const letter = sampleLetter("reminder", "en", false, { customer: hostile });
    const html = documentHtml(dunningLetterDocument(letter, { ...SENDER, name: "<script>alert(1)</script>" }, AS_OF));
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).toContain(escapeHtml(hostile));
    expect(html).toContain("&lt;script&gt;");
  });
});
