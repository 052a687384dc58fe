import { COMPANY_ID_COUNTRIES, validateCompanyId } from "../../../src/domain/customers/companyId";
import { COMPANY_ID_EXAMPLES } from "./examples";

describe("validateCompanyId", () => {
  it.each(COMPANY_ID_EXAMPLES)("accepts %s %s", (country, text, value) => {
    expect(validateCompanyId(text, country)).toEqual({ valid: true, value, country });
  });

  it("checks the five countries of the pane's languages and the UK", () => {
    expect([...COMPANY_ID_COUNTRIES].sort()).toEqual(["BE", "DE", "FR", "GB", "IT", "NL"]);
  });

  it.each([
    ["FR", "552 008 442", "SIREN"],
    ["FR", "732 829 320 00075", "SIRET"],
    ["BE", "0403.019.262", "KBO/BCE"],
    ["IT", "00743110158", "codice fiscale"],
    ["IT", "RCCMNL83S18D967H", "codice fiscale"],
  ])("refuses %s %s (one character changed) with a check-digit problem naming the %s", (country, text, scheme) => {
    expect(validateCompanyId(text, country)).toEqual({ valid: false, problem: { code: "credit.companyId.badCheck", params: { text, scheme } } });
  });

  it("refuses a part that is not issued: an Italian tax office that does not exist", () => {
    expect(validateCompanyId("12345672005", "IT").problem).toEqual({ code: "credit.companyId.badPart", params: { text: "12345672005", scheme: "codice fiscale" } });
  });

  it("refuses a number without any of the country's forms, listing them", () => {
    expect(validateCompanyId("123-ABC", "NL")).toEqual({ valid: false, problem: { code: "credit.companyId.badFormat", params: { text: "123-ABC", country: "NL", shape: "12345678 (KvK)" } } });
    expect(validateCompanyId("1234567", "NL").problem).toMatchObject({ code: "credit.companyId.badFormat" });
    expect(validateCompanyId("HRX 12345", "DE").problem).toMatchObject({ code: "credit.companyId.badFormat" });
    expect(validateCompanyId("0472480661811", "DE").problem).toMatchObject({ code: "credit.companyId.badFormat" }); // no Land's Steuernummer form
    expect(validateCompanyId("55200844", "FR").problem).toMatchObject({ code: "credit.companyId.badFormat" });
    expect(validateCompanyId("S1234567", "GB").problem).toMatchObject({ code: "credit.companyId.badFormat" });
  });

  it("takes other countries' numbers as typed, and a blank one is a problem", () => {
    expect(validateCompanyId(" B-12345678 ", "ES")).toEqual({ valid: true, value: "B-12345678", country: "ES" });
    expect(validateCompanyId("  ", "IT").problem).toEqual({ code: "credit.companyId.empty" });
  });
});
