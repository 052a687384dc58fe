import { formatIban, validateIban } from "../../../src/domain/customers/iban";
import { IBAN_EXAMPLES, ibanWithCheck } from "./examples";

describe("validateIban", () => {
  it.each(IBAN_EXAMPLES)("accepts the published example %s", (text, country) => {
    expect(validateIban(text)).toEqual({ valid: true, value: text.replace(/ /g, ""), country });
  });

  it("accepts lower case, no spaces and an IBAN prefix", () => {
    expect(validateIban("gb82west12345698765432")).toMatchObject({ valid: true, value: "GB82WEST12345698765432" });
    expect(validateIban("IBAN DE89 3704 0044 0532 0130 00").valid).toBe(true);
  });

  it.each(IBAN_EXAMPLES)("refuses %s with its last digit changed", (text) => {
    const compact = text.replace(/ /g, "");
    const i = compact.search(/\d\D*$/);
    const changed = compact.slice(0, i) + String((Number(compact[i]) + 1) % 10) + compact.slice(i + 1);
    expect(validateIban(changed).valid).toBe(false);
  });

  it("refuses two swapped digits", () => {
    expect(validateIban("DE89 3704 0044 0532 0130 00".replace("3704", "7304")).problem).toEqual({ code: "credit.iban.badCheck", params: { text: "DE89730400440532013000" } });
  });

  it("refuses an account whose national check digits are wrong, even with right IBAN check digits", () => {
    // Belgium: the last two digits are the account's MOD 97; Spain: two control digits after the branch;
    // France: the RIB key; Portugal: the NIB's two; Norway: MOD 11.
    for (const [country, bban] of [["BE", "539007547035"], ["ES", "21000418460200051332"], ["FR", "20041010050500013M02607"], ["PT", "000201231234567890155"], ["NO", "86011117948"]] as const) {
      const iban = ibanWithCheck(country, bban);
      expect(validateIban(iban).problem).toEqual({ code: "credit.iban.badNationalCheck", params: { text: iban, country } });
    }
  });

  it("refuses a BBAN without the country's structure, even with right IBAN check digits", () => {
    // A German BBAN is 18 digits, a Dutch one four letters and ten digits.
    const de = ibanWithCheck("DE", "3704004405320130AB");
    expect(validateIban(de).problem).toEqual({ code: "credit.iban.badFormat", params: { text: de, country: "DE" } });
    const nl = ibanWithCheck("NL", "AB1N0417164300");
    expect(validateIban(nl).problem).toMatchObject({ code: "credit.iban.badFormat" });
  });

  it("refuses a wrong length, naming the expected one", () => {
    expect(validateIban("GB82 WEST 1234 5698 7654 3")).toEqual({ valid: false, problem: { code: "credit.iban.wrongLength", params: { country: "GB", expected: 22, actual: 21 } } });
    expect(validateIban("NL91 ABNA 0417 1643 001").problem).toMatchObject({ code: "credit.iban.wrongLength", params: { expected: 18 } });
    expect(validateIban("NO93 8601 1117 9470").problem).toMatchObject({ code: "credit.iban.wrongLength", params: { expected: 15 } });
  });

  it("refuses a wrong or unknown country", () => {
    expect(validateIban("DE82 WEST 1234 5698 7654 32").valid).toBe(false);
    expect(validateIban("QQ82 WEST 1234 5698 7654 32").problem).toEqual({ code: "credit.iban.unknownCountry", params: { country: "QQ" } });
    expect(validateIban("US82 WEST 1234 5698 7654 32").problem).toEqual({ code: "credit.iban.unknownCountry", params: { country: "US" } });
  });

  it("refuses check digits 00, 01 and 99 even when the remainder is right", () => {
    // 99 ≡ 02 (mod 97): "GB99…" passes the remainder test whenever "GB02…" would.
    const base = "WEST12345698765432";
    const good = ibanWithCheck("GB", base);
    expect(validateIban(good).valid).toBe(true);
    for (const check of ["00", "01", "99"]) expect(validateIban(`GB${check}${base}`).valid).toBe(false);
  });

  it("warns, without refusing, when the IBAN's country is not the customer's", () => {
    expect(validateIban("BE68 5390 0754 7034", { country: "nl" })).toEqual({
      valid: true,
      value: "BE68539007547034",
      country: "BE",
      warning: { code: "credit.iban.otherCountry", params: { country: "BE", customerCountry: "NL" } },
    });
    expect(validateIban("BE68 5390 0754 7034", { country: "BE" }).warning).toBeUndefined();
    expect(validateIban("BE68 5390 0754 7034").warning).toBeUndefined();
    expect(validateIban("BE68 5390 0754 7035", { country: "NL" }).warning).toBeUndefined();
  });

  describe("edge cases", () => {
    it("refuses blank text, bad characters and a missing country", () => {
      expect(validateIban("  ").problem).toEqual({ code: "credit.iban.empty" });
      expect(validateIban("GB82 WEST 1234 5698 7654 3€").problem).toMatchObject({ code: "credit.iban.badCharacters" });
      expect(validateIban("8282 WEST 1234 5698 7654 32").problem).toMatchObject({ code: "credit.iban.badStart" });
    });
    it("knows every EU and EEA state, the UK and Switzerland", () => {
      const needed = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB CH".split(" ");
      expect(needed.filter((c) => validateIban(`${c}00`).problem?.code === "credit.iban.unknownCountry")).toEqual([]);
    });
  });
});

describe("formatIban", () => {
  it("groups by four", () => {
    expect(formatIban("fr1420041010050500013m02606")).toBe("FR14 2004 1010 0505 0001 3M02 606");
  });
});
