import { validateVatId, VAT_COUNTRIES } from "../../../src/domain/customers/vatId";
import { VAT_EXAMPLES } from "./examples";

describe("validateVatId", () => {
  it.each(VAT_EXAMPLES)("accepts %s", (text, value) => {
    expect(validateVatId(text)).toEqual({ valid: true, value, country: value.slice(0, 2) });
  });

  it("has an example for every EU state, the UK and Northern Ireland", () => {
    const needed = "AT BE BG HR CY CZ DK EE FI FR DE EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GB XI".split(" ");
    expect(needed.filter((c) => !VAT_EXAMPLES.some(([, value]) => value.startsWith(c)))).toEqual([]);
    expect(needed.filter((c) => !VAT_COUNTRIES.includes(c))).toEqual([]);
  });

  it("takes the customer's country when the number has no prefix, also for the UK's GD and HA numbers", () => {
    expect(validateVatId("136695976", { country: "DE" })).toEqual({ valid: true, value: "DE136695976", country: "DE" });
    expect(validateVatId("GD001", { country: "GB" })).toEqual({ valid: true, value: "GBGD001", country: "GB" });
    expect(validateVatId("HA 599", { country: "GB" })).toEqual({ valid: true, value: "GBHA599", country: "GB" });
    expect(validateVatId("403.019.261", { country: "BE" })).toEqual({ valid: true, value: "BE0403019261", country: "BE" });
    expect(validateVatId("094259216", { country: "GR" })).toEqual({ valid: true, value: "EL094259216", country: "EL" });
    expect(validateVatId("136695976").problem).toMatchObject({ code: "credit.vat.noCountry" });
  });

  it("warns, without refusing, when the number's country is not the customer's", () => {
    expect(validateVatId("IT00743110157", { country: "DE" })).toEqual({
      valid: true,
      value: "IT00743110157",
      country: "IT",
      warning: { code: "credit.vat.otherCountry", params: { country: "IT", customerCountry: "DE" } },
    });
    expect(validateVatId("IT00743110157", { country: "IT" }).warning).toBeUndefined();
    expect(validateVatId("EL094259216", { country: "GR" }).warning).toBeUndefined();
    expect(validateVatId("XI980780684", { country: "GB" }).warning).toBeUndefined();
    expect(validateVatId("IT00743110157").warning).toBeUndefined();
  });

  it.each([
    ["IT00743110158", "IT"],
    ["DE136695977", "DE"],
    ["NL004495446B01", "NL"],
    ["FR41303265045", "FR"],
    ["GB980780685", "GB"],
    ["BE0403019262", "BE"],
    ["ATU13585626", "AT"],
    ["ESB58378432", "ES"],
  ])("refuses %s (one digit changed) with a check-digit problem", (text, country) => {
    expect(validateVatId(text)).toEqual({ valid: false, problem: { code: "credit.vat.badCheck", params: { text, country } } });
  });

  it("checks the parts a state issues and the keys it computes", () => {
    // Italy: digits 8–10 are the tax office (001–100, 120, 121, 888, 999); 200 is none, though the Luhn digit is right.
    expect(validateVatId("IT12345672005").problem).toEqual({ code: "credit.vat.badPart", params: { text: "IT12345672005", country: "IT" } });
    expect(validateVatId("IT00000000000").valid).toBe(false);
    // France: a letter key is computed from the SIREN too.
    expect(validateVatId("FRK7399859413").valid).toBe(false);
    expect(validateVatId("FRL7399859412").valid).toBe(false);
    expect(validateVatId("FR40303265046").valid).toBe(false); // the SIREN fails its Luhn check
    // The UK: GD numbers are below 500, HA numbers 500 and above.
    expect(validateVatId("GBGD500").problem).toMatchObject({ code: "credit.vat.badPart" });
    expect(validateVatId("GBHA499").problem).toMatchObject({ code: "credit.vat.badPart" });
  });

  it("refuses the wrong length or shape, naming the form", () => {
    expect(validateVatId("IT0074311015")).toEqual({ valid: false, problem: { code: "credit.vat.badFormat", params: { text: "IT0074311015", country: "IT", shape: "IT99999999999" } } });
    expect(validateVatId("NL004495445X01").problem).toMatchObject({ code: "credit.vat.badFormat" });
    expect(validateVatId("AT13585627").problem).toMatchObject({ code: "credit.vat.badFormat" }); // the U is missing
    expect(validateVatId("SE123456789012").problem).toMatchObject({ code: "credit.vat.badFormat" }); // must end 01
  });

  it("refuses a number under the wrong country", () => {
    expect(validateVatId("DE00743110157").valid).toBe(false);
    expect(validateVatId("IT136695976").valid).toBe(false);
    expect(validateVatId("US136695976").problem).toEqual({ code: "credit.vat.unknownCountry", params: { country: "US" } });
    expect(validateVatId("136695976", { country: "US" }).problem).toEqual({ code: "credit.vat.unknownCountry", params: { country: "US" } });
  });

  it("refuses blank text", () => {
    expect(validateVatId(" ").problem).toEqual({ code: "credit.vat.empty" });
  });
});
