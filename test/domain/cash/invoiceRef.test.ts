import { candidateKeys, invoiceKey } from "../../../src/domain/cash";

describe("invoiceKey", () => {
  it("ignores letters, separators and leading zeros", () => {
    expect(invoiceKey("INV-2026-0042")).toBe(invoiceKey("inv 2026/42"));
    expect(invoiceKey("Rechnung 2026-0042")).toBe("2026.42");
    expect(invoiceKey("Factuur 2026.0042")).toBe("2026.42");
  });
  it("puts the year first when the number comes before it", () => {
    expect(invoiceKey("fattura n. 42/2026")).toBe("2026.42");
  });
  it("keeps whole digit runs: 2026-004417 is not 2026-0044", () => {
    expect(invoiceKey("2026-004417")).not.toBe(invoiceKey("2026-0044"));
  });
  it("keeps swapped digits apart", () => {
    expect(invoiceKey("2026-0051")).not.toBe(invoiceKey("2026-0015"));
  });
});

describe("candidateKeys", () => {
  it("finds each invoice number of a text with several", () => {
    const keys = candidateKeys("Pagamento fatture 2026/51, 2026/52 e 2026/53");
    expect(keys).toEqual(expect.arrayContaining(["2026.51", "2026.52", "2026.53"]));
  });
  it("leaves out short single numbers (days, months)", () => {
    expect(candidateKeys("vom 3. 11")).toEqual([]);
    expect(candidateKeys("RE 7 vom 3.11.")).toEqual(["3.11"]);
  });
});

describe("the ledger's fast invoice keys", () => {
  const { fastInvoiceKey, invoiceHash, keyHash } = jest.requireActual("../../../src/domain/cash") as typeof import("../../../src/domain/cash");
  it("key and hash every invoice number as invoiceKey does", () => {
    const fc = jest.requireActual("fast-check") as typeof import("fast-check");
    const part = fc.oneof(fc.stringMatching(/^[0-9]{1,8}$/), fc.constantFrom("INV", "-", "/", " ", ".", "RE", "2026", "1999", "0", "00"));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }).map((p) => p.join("")), (invoice) => {
        expect(fastInvoiceKey(invoice)).toBe(invoiceKey(invoice));
        if (invoiceKey(invoice) !== "") expect(invoiceHash(invoice)).toBe(keyHash(invoiceKey(invoice)));
      }),
      { numRuns: 500 },
    );
  });
});
