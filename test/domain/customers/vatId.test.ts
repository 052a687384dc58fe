import { validateVatId, VAT_COUNTRIES } from "../../../src/domain/customers/vatId";

describe("validateVatId", () => {
  // Published valid numbers (tax authorities' and validation libraries' examples).
  it.each([
    ["IT 00743110157", "IT00743110157"],
    ["IT01114601006", "IT01114601006"],
    ["DE136695976", "DE136695976"],
    ["DE 129 273 398", "DE129273398"],
    ["NL004495445B01", "NL004495445B01"],
    ["NL000099998B57", "NL000099998B57"],
    ["FR 40 303 265 045", "FR40303265045"],
    ["FR83404833048", "FR83404833048"],
    ["GB980780684", "GB980780684"],
    ["GB 100 1908 74", "GB100190874"],
    ["GB980780684001", "GB980780684001"],
    ["GBGD001", "GBGD001"],
    ["GBHA500", "GBHA500"],
    ["ATU13585627", "ATU13585627"],
    ["ESA12345674", "ESA12345674"],
    ["EL094259216", "EL094259216"],
    ["GR094259216", "EL094259216"],
  ])("accepts %s", (text, value) => {
    expect(validateVatId(text)).toEqual({ valid: true, value, country: value.slice(0, 2) });
  });

  it("takes the country from the options when the number has none", () => {
    expect(validateVatId("136695976", { country: "DE" })).toMatchObject({ valid: true, value: "DE136695976" });
    expect(validateVatId("136695976").problem).toMatchObject({ code: "credit.vat.noCountry" });
  });

  it.each([
    ["IT00743110158", "IT"],
    ["DE136695977", "DE"],
    ["NL004495446B01", "NL"],
    ["FR41303265045", "FR"],
    ["GB980780685", "GB"],
  ])("refuses %s (one digit changed) with a check-digit problem", (text, country) => {
    expect(validateVatId(text)).toEqual({ valid: false, problem: { code: "credit.vat.badCheck", params: { text, country } } });
  });

  it("refuses parts a state does not issue", () => {
    expect(validateVatId("IT00000000000").problem).toMatchObject({ code: "credit.vat.badPart" });
    expect(validateVatId("NL004495445B00").problem).toMatchObject({ code: "credit.vat.badPart" });
    expect(validateVatId("FR40303265046").problem).toMatchObject({ code: "credit.vat.badPart" }); // SIREN fails Luhn
    expect(validateVatId("GBGD500").problem).toMatchObject({ code: "credit.vat.badPart" });
    expect(validateVatId("GBHA499").problem).toMatchObject({ code: "credit.vat.badPart" });
  });

  it("refuses the wrong length or shape, naming the form", () => {
    expect(validateVatId("IT0074311015")).toEqual({ valid: false, problem: { code: "credit.vat.badFormat", params: { text: "IT0074311015", country: "IT", shape: "IT99999999999" } } });
    expect(validateVatId("DE036695976").problem).toMatchObject({ code: "credit.vat.badFormat" }); // no leading 0
    expect(validateVatId("NL004495445X01").problem).toMatchObject({ code: "credit.vat.badFormat" });
    expect(validateVatId("AT13585627").problem).toMatchObject({ code: "credit.vat.badFormat" }); // the U is missing
    expect(validateVatId("SE123456789012").problem).toMatchObject({ code: "credit.vat.badFormat" }); // must end 01
  });

  it("refuses a number under the wrong country", () => {
    expect(validateVatId("DE00743110157").valid).toBe(false);
    expect(validateVatId("IT136695976").valid).toBe(false);
    expect(validateVatId("US136695976").problem).toEqual({ code: "credit.vat.unknownCountry", params: { country: "US" } });
  });

  describe("edge cases", () => {
    it("refuses blank text", () => {
      expect(validateVatId(" ").problem).toEqual({ code: "credit.vat.empty" });
    });
    it("knows every EU state and the UK", () => {
      const needed = "AT BE BG HR CY CZ DK EE FI FR DE EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GB XI".split(" ");
      expect(needed.filter((c) => !VAT_COUNTRIES.includes(c))).toEqual([]);
    });
  });
});
