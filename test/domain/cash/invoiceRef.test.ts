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
