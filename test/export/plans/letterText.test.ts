import { letterDocument } from "../../../src/export/plans/letterText";
import { letterAmount, letterDate, letterRate } from "../../../src/export/core/letterFormat";
import { sampleLetter } from "./letterFixture";

describe("letterDocument", () => {
  it("has the schedule, its totals and the letterhead from the settings", () => {
    const letter = sampleLetter("en");
    const doc = letterDocument(letter);
    expect(doc.table.rows).toHaveLength(12);
    expect(doc.table.rows[0]).toEqual(["1", "31/01/2027", "856.08", "41.67", "814.41", "9,185.59"]);
    expect(doc.table.total).toEqual(["Total", "", "10,272.89", "272.89", "10,000.00", ""]);
    expect(doc.letterhead).toEqual(["Acme S.p.A.", "Via Roma 1", "20100 Milano", "VAT ID IT01234567890", "crediti@acme.example"]);
    expect(doc.itemLines).toEqual(["Invoice INV-DE-10001, due 30/09/2026: 8,000.00", "Verzugszinsen: 2,000.00"]);
    expect(doc.terms[0]).toContain("12 instalments (monthly) from 31/01/2027 to 31/12/2027, at an annual interest rate of 5%");
    expect(doc.after.join(" ")).toContain("IT60 X054");
  });

  it("speaks each of the five languages and names the plan it replaces", () => {
    const titles = ["en", "it", "de", "nl", "fr"].map((l) => letterDocument(sampleLetter(l)).title);
    expect(new Set(titles).size).toBe(5);
    expect(letterDocument({ ...sampleLetter("de"), replaces: "OLD-1" }).terms[1]).toBe("Dieser Plan ersetzt Plan OLD-1, der geschlossen ist.");
  });
});

describe("letter formats", () => {
  it("writes amounts, dates and rates as each language does", () => {
    expect(["en", "it", "de", "nl", "fr"].map((l) => letterAmount(-123456789, l))).toEqual(["-1,234,567.89", "-1.234.567,89", "-1.234.567,89", "-1.234.567,89", "-1 234 567,89"]);
    expect(["en", "de", "nl"].map((l) => letterDate(46351, l))).toEqual(["25/11/2026", "25.11.2026", "25-11-2026"]);
    expect([letterRate(0.055, "en"), letterRate(0.055, "fr"), letterRate(0, "it")]).toEqual(["5.5%", "5,5 %", "0%"]);
  });
});

describe("the salutation", () => {
  it("is each language's business salutation, never the company in brackets", () => {
    const salutations = ["en", "it", "de", "nl", "fr"].map((l) => letterDocument(sampleLetter(l)).salutation);
    expect(salutations).toEqual(["Dear Sir or Madam,", "Spettabile Ditta,", "Sehr geehrte Damen und Herren,", "Geachte heer, mevrouw,", "Madame, Monsieur,"]);
    for (const s of salutations) expect(s).not.toMatch(/[()]|Müller/);
  });
  it("names the contact person when the customer file has one", () => {
    const named = ["en", "it", "de", "nl", "fr"].map((l) => letterDocument({ ...sampleLetter(l), contactName: "Anna Weber" }).salutation);
    expect(named).toEqual(["Dear Anna Weber,", "Gentile Anna Weber,", "Guten Tag Anna Weber,", "Geachte Anna Weber,", "Bonjour Anna Weber,"]);
  });
});
