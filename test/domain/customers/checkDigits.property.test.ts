import fc from "fast-check";
import { validateCompanyId, validateIban, validateVatId } from "../../../src/domain/customers";
import { COMPANY_ID_EXAMPLES, IBAN_EXAMPLES, VAT_EXAMPLES } from "./examples";

/**
 * One mistyped digit in a valid number makes it invalid, for every check-digit scheme that guarantees
 * it: ISO 7064 MOD 97-10 (IBAN, Belgium, France's key), MOD 11,10 (Germany, Croatia), Luhn (Italy,
 * Austria, SIREN, SIRET), weighted MOD 11 with nonzero weights (Denmark, Finland, Poland), MOD 89
 * (Luxembourg) and the codice fiscale's MOD 26. Left out are the schemes where a change can land on
 * another accepted form: the Dutch number's two algorithms, the UK's three remainders, the Czech,
 * Romanian and Bulgarian numbers of several lengths, the Portuguese and Slovenian MOD 11 that write
 * 10 and 11 alike, and numbers without check digits (REA, Handelsregister, KvK, Companies House).
 */

const VAT_SCHEMES = ["IT", "DE", "BE", "AT", "FR", "HR", "DK", "FI", "LU", "PL"];
const COMPANY_SCHEMES = /^(\d{9}|\d{10}|\d{11}|\d{14}|[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z])$/;

/** The example with the digit at the `pick`-th digit position raised by `delta` (mod 10): always another digit. */
function changeOneDigit(example: string, pick: number, delta: number): string {
  const positions = [...example].flatMap((ch, i) => (/\d/.test(ch) ? [i] : []));
  const at = positions[pick % positions.length];
  return example.slice(0, at) + String((Number(example[at]) + delta) % 10) + example.slice(at + 1);
}

const change = (examples: readonly string[]) =>
  fc.record({ example: fc.constantFrom(...examples), pick: fc.nat(), delta: fc.integer({ min: 1, max: 9 }) }).map(({ example, pick, delta }) => ({ example, changed: changeOneDigit(example, pick, delta) }));

const ibans = IBAN_EXAMPLES.map(([text]) => text.replace(/ /g, ""));
const vats = VAT_EXAMPLES.map(([, value]) => value).filter((v) => VAT_SCHEMES.includes(v.slice(0, 2)));
const companies = COMPANY_ID_EXAMPLES.filter(([country, , value]) => country !== "DE" && COMPANY_SCHEMES.test(value) && !value.startsWith("356000000"));

describe("one changed digit", () => {
  it("has examples of every scheme it covers", () => {
    expect(new Set(vats.map((v) => v.slice(0, 2)))).toEqual(new Set(VAT_SCHEMES));
    expect(companies.map(([country]) => country).sort()).toEqual(["BE", "BE", "BE", "FR", "FR", "FR", "FR", "IT", "IT", "IT", "IT"]);
  });

  it("makes a valid IBAN invalid", () => {
    fc.assert(fc.property(change(ibans), ({ example, changed }) => validateIban(example).valid && !validateIban(changed).valid), { numRuns: 500 });
  });

  it("makes a valid VAT number invalid", () => {
    fc.assert(fc.property(change(vats), ({ example, changed }) => validateVatId(example).valid && !validateVatId(changed).valid), { numRuns: 500 });
  });

  it("makes a valid codice fiscale, SIREN, SIRET or Belgian enterprise number invalid", () => {
    const byValue = new Map(companies.map(([country, , value]) => [value, country]));
    fc.assert(
      fc.property(change([...byValue.keys()]), ({ example, changed }) => validateCompanyId(example, byValue.get(example)!).valid && !validateCompanyId(changed, byValue.get(example)!).valid),
      { numRuns: 500 },
    );
  });
});
