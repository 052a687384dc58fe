import { findRf, isValidRf, makeRf } from "../../../src/domain/cash";

describe("isValidRf", () => {
  it("accepts the ISO 11649 example, printed or stored", () => {
    expect(isValidRf("RF18 5390 0754 7034")).toBe(true);
    expect(isValidRf("RF18539007547034")).toBe(true);
    expect(isValidRf("rf18539007547034")).toBe(true);
  });

  it("rejects every one-digit change of the example", () => {
    const ref = "RF18539007547034";
    for (let i = 2; i < ref.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === ref[i]) continue;
        const changed = ref.slice(0, i) + d + ref.slice(i + 1);
        expect([changed, isValidRf(changed)]).toEqual([changed, false]);
      }
    }
  });

  it("rejects what is not an RF reference", () => {
    for (const bad of ["", "RF", "RF18", "XX18539007547034", "RF18 5390 0754 7034 1234 5678 9012", "RF1A539007547034", "RF18-5390"]) expect(isValidRf(bad)).toBe(false);
  });
});

describe("makeRf", () => {
  it("gives the check digits of the standard's example", () => {
    expect(makeRf("539007547034")).toBe("RF18539007547034");
  });
  it("makes references that check", () => {
    for (const body of ["INV20260042", "1", "ABCDEFGHIJKLMNOPQRSTU", "0000"]) expect(isValidRf(makeRf(body))).toBe(true);
  });
});

describe("findRf", () => {
  it("finds a printed RF in free text, stopping at the next word", () => {
    expect(findRf("Payment RF18 5390 0754 7034 thanks").valid).toEqual(["RF18539007547034"]);
    expect(findRf("ref:RF18539007547034, INV 42").valid).toEqual(["RF18539007547034"]);
  });
  it("reports an RF whose check digits fail", () => {
    const found = findRf("RF19 5390 0754 7034");
    expect(found.valid).toEqual([]);
    expect(found.invalid).toEqual(["RF19"]);
  });
});
