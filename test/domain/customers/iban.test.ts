import { formatIban, IBAN_LENGTHS, validateIban } from "../../../src/domain/customers/iban";
import { mod97 } from "../../../src/domain/customers/validation";

// Published examples (ISO 13616 registry and the banks' documentation).
const VALID = [
  ["GB82 WEST 1234 5698 7654 32", "GB"],
  ["DE89 3704 0044 0532 0130 00", "DE"],
  ["NL91 ABNA 0417 1643 00", "NL"],
  ["FR14 2004 1010 0505 0001 3M02 606", "FR"],
  ["IT60 X054 2811 1010 0000 0123 456", "IT"],
] as const;

describe("validateIban", () => {
  it.each(VALID)("accepts %s", (text, country) => {
    expect(validateIban(text)).toEqual({ valid: true, value: text.replace(/ /g, ""), country });
  });

  it("accepts lower case, no spaces and an IBAN prefix", () => {
    expect(validateIban("gb82west12345698765432")).toMatchObject({ valid: true, value: "GB82WEST12345698765432" });
    expect(validateIban("IBAN DE89 3704 0044 0532 0130 00").valid).toBe(true);
  });

  it.each(VALID)("refuses %s with one digit changed", (text) => {
    const compact = text.replace(/ /g, "");
    const i = compact.length - 1;
    const changed = compact.slice(0, i) + String((Number(compact[i]) + 1) % 10);
    expect(validateIban(changed)).toEqual({ valid: false, problem: { code: "credit.iban.badCheck", params: { text: changed } } });
  });

  it("refuses two swapped digits", () => {
    expect(validateIban("DE89 3704 0044 0532 0130 00".replace("3704", "7304")).valid).toBe(false);
  });

  it("refuses a wrong length, naming the expected one", () => {
    expect(validateIban("GB82 WEST 1234 5698 7654 3")).toEqual({ valid: false, problem: { code: "credit.iban.wrongLength", params: { country: "GB", expected: 22, actual: 21 } } });
    expect(validateIban("NL91 ABNA 0417 1643 001").problem).toMatchObject({ code: "credit.iban.wrongLength" });
  });

  it("refuses a wrong or unknown country", () => {
    // Same digits under another country: the length matches (DE 22 = GB 22) but the check fails.
    expect(validateIban("DE82 WEST 1234 5698 7654 32").problem).toMatchObject({ code: "credit.iban.badCheck" });
    expect(validateIban("QQ82 WEST 1234 5698 7654 32").problem).toEqual({ code: "credit.iban.unknownCountry", params: { country: "QQ" } });
  });

  it("refuses check digits 00, 01 and 99 even when the remainder is right", () => {
    // 99 ≡ 02 (mod 97): "GB99…" passes the remainder test whenever "GB02…" would.
    const base = "WEST12345698765432";
    const good = (98 - mod97(`${base}GB00`)).toString().padStart(2, "0");
    expect(validateIban(`GB${good}${base}`).valid).toBe(true);
    for (const check of ["00", "01", "99"]) expect(validateIban(`GB${check}${base}`).valid).toBe(false);
  });

  describe("edge cases", () => {
    it("refuses blank text, bad characters and a missing country", () => {
      expect(validateIban("  ").problem).toEqual({ code: "credit.iban.empty" });
      expect(validateIban("GB82 WEST 1234 5698 7654 3€").problem).toMatchObject({ code: "credit.iban.badCharacters" });
      expect(validateIban("8282 WEST 1234 5698 7654 32").problem).toMatchObject({ code: "credit.iban.badStart" });
    });
    it("knows every EU and EEA state, the UK and Switzerland", () => {
      const needed = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB CH".split(" ");
      expect(needed.filter((c) => !(c in IBAN_LENGTHS))).toEqual([]);
      expect([IBAN_LENGTHS.NO, IBAN_LENGTHS.BE, IBAN_LENGTHS.CH, IBAN_LENGTHS.MT]).toEqual([15, 16, 21, 31]);
    });
  });
});

describe("formatIban", () => {
  it("groups by four", () => {
    expect(formatIban("fr1420041010050500013m02606")).toBe("FR14 2004 1010 0505 0001 3M02 606");
  });
});

describe("mod97", () => {
  it("is the ISO 7064 MOD 97-10 remainder with letters as 10–35", () => {
    expect(mod97("3214282912345698765432161182")).toBe(1);
    expect(mod97("WEST12345698765432GB82")).toBe(1);
  });
});
